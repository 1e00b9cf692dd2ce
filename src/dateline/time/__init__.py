"""Dateline's time stage: publication dates and TimeML time expressions.

Import :mod:`dateline.time.components` to register the spaCy components ``dateline_pubdate`` and
``dateline_timex``; :func:`dateline.time.tagger.tag_text` tags plain text without spaCy.
"""
