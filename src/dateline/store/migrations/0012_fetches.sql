-- Schema version 8: what each URL last answered `dateline fetch` (dateline.store.fetches), so the next fetch
-- asks only for what changed (If-None-Match, If-Modified-Since) and a feed's old items are not fetched again.
-- The pages themselves are kept in WARC files and stored as articles by the ingest stage.
CREATE TABLE fetches (
    url             TEXT PRIMARY KEY,
    status          INTEGER NOT NULL,              -- the last answer: 200, 304, or a redirect's 3xx
    etag            TEXT,
    last_modified   TEXT,
    fetched_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
