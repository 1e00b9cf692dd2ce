"""Live sources: web pages, RSS and Atom feeds, sitemaps and lists of URLs, fetched politely into WARC files.

A stage below the pipeline: :func:`dateline.pipeline.fetch` crawls with :func:`~dateline.sources.crawl.crawl`
into a new WARC archive and builds the store from that archive, exactly as ``dateline build crawl.warc.gz``
would, so a rebuild needs no network.
"""
