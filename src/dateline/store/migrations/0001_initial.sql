-- Dateline store, schema version 1.
-- Every derived row points back to its article and a character span in articles.text.

CREATE TABLE articles (
    id                  TEXT PRIMARY KEY,          -- content hash of the whitespace-normalised raw text
    source              TEXT NOT NULL,             -- path or URL as given
    url                 TEXT,
    title               TEXT,
    text                TEXT NOT NULL,             -- cleaned text; all offsets index into it
    metadata_published  TEXT,                      -- the date the source's metadata stated, if any
    published_earliest  TEXT,                      -- YYYY-MM-DD; NULL when unknown
    published_latest    TEXT,
    published_basis     TEXT NOT NULL DEFAULT 'unknown'
                        CHECK (published_basis IN ('metadata', 'text', 'corpus', 'unknown')),
    published_evidence  TEXT NOT NULL DEFAULT '[]', -- JSON list of [start, end] spans in text
    ingested_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE dropped_lines (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    line_no     INTEGER NOT NULL,                  -- 1-based line in the raw input
    text        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (article_id, line_no)
);

CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    UNIQUE (article_id, idx)
);

CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE entity_mentions (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    label       TEXT NOT NULL,                     -- spaCy NER label (PERSON, ORG, GPE, NORP, ...)
    entity_id   TEXT REFERENCES entities(id) ON DELETE SET NULL
);
CREATE INDEX entity_mentions_article ON entity_mentions(article_id);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);

CREATE TABLE entities (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    aliases     TEXT NOT NULL DEFAULT '[]',        -- JSON list
    titles      TEXT NOT NULL DEFAULT '[]'         -- JSON list
);

CREATE TABLE time_expressions (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
    value       TEXT,                              -- TIMEX3 value; NULL when it cannot be resolved
    mod         TEXT
);
CREATE INDEX time_expressions_article ON time_expressions(article_id);
CREATE INDEX time_expressions_value ON time_expressions(value);

CREATE TABLE timeline_entries (
    id          INTEGER PRIMARY KEY,
    day         TEXT NOT NULL,                     -- YYYY-MM-DD
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    score       REAL NOT NULL DEFAULT 0
);
CREATE INDEX timeline_entries_day ON timeline_entries(day);

-- What each stage has finished, per article, so a killed build resumes and a re-run skips done work.
CREATE TABLE stage_runs (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    stage       TEXT NOT NULL,
    version     TEXT NOT NULL,
    done_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (article_id, stage)
);
