-- Schema version 2: who said what, and which figures were claimed by whom.

ALTER TABLE entities ADD COLUMN related TEXT NOT NULL DEFAULT '[]';   -- JSON list of related entity ids
ALTER TABLE entity_mentions ADD COLUMN title TEXT;       -- role words before a name ("US President")
ALTER TABLE entity_mentions ADD COLUMN refers_to TEXT;   -- fullest name the article gives the same referent
ALTER TABLE entity_mentions ADD COLUMN related_to TEXT;  -- entity an apposition ties it to

CREATE TABLE quotes (
    id                  INTEGER PRIMARY KEY,
    article_id          TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
    start               INTEGER NOT NULL,          -- first content fragment's start
    end                 INTEGER NOT NULL,          -- last content fragment's end
    content             TEXT NOT NULL,             -- JSON list of [start, end] fragments
    text                TEXT NOT NULL,             -- the article text from start to end
    cue_start           INTEGER,                   -- "said", "told", "according to"
    cue_end             INTEGER,
    source_start        INTEGER,                   -- the words naming the source here ("he", "the US official")
    source_end          INTEGER,
    speaker             TEXT,                      -- who it resolves to; NULL for anonymous or unresolved
    speaker_label       TEXT,                      -- PERSON, ORG...
    speaker_start       INTEGER,                   -- the mention that names the speaker
    speaker_end         INTEGER,
    speaker_entity_id   TEXT REFERENCES entities(id) ON DELETE SET NULL,
    speech              INTEGER NOT NULL DEFAULT 1, -- 0 for a stance or intention ("criticized the deal")
    date                TEXT                       -- YYYY-MM-DD: the day the cue names, else the article's
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);

CREATE TABLE figures (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    value           REAL NOT NULL,
    text            TEXT NOT NULL,                 -- the words stating the value ("more than 200")
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    qualifier       TEXT,                          -- more than, at least, about, nearly...
    what            TEXT,                          -- what it counts
    source          TEXT,                          -- who states it
    source_start    INTEGER,
    source_end      INTEGER,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    date            TEXT,                          -- YYYY-MM-DD: the attribution's day, else the article's
    series_key      TEXT                           -- figures counting the same thing share a key
);
CREATE INDEX figures_article ON figures(article_id);
CREATE INDEX figures_series ON figures(series_key);
