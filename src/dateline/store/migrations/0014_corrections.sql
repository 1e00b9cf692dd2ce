-- Schema version 14: a user's corrections, kept apart from everything the build computes and re-applied on
-- every rebuild (dateline.link.corrections; timeline ones as the timeline is stored). A storyline move is one
-- kind of correction: the moves made before this version become corrections, and their table goes.
--
-- kind      what it corrects, and what article_id/start/end and value name:
--   hide    a timeline entry (the sentence article_id[start:end]) is left out of the timeline
--   pin     that sentence is on the timeline, on value.day, whatever the summarizer chooses
--   date    the article's publication day is value.day
--   speaker the quote at article_id[start:end] was said by value.speaker (null: unknown)
--   figure  the figure at article_id[start:end] is value.value of value.what, per value.source
--   merge   value.entity is the same as value.into (its mentions join it)
--   split   the mentions of value.entity named value.alias are an entity of their own
--   move    the article belongs to the storyline holding value.with_article (itself: one of its own)
-- before    what the correction replaced (date, speaker, figure), restored when it is undone; the corpus
--           kinds need none, since the next link recomputes what they changed.
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('hide', 'pin', 'date', 'speaker', 'figure', 'merge', 'split', 'move')),
    article_id  TEXT REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER,
    end         INTEGER,
    value       TEXT NOT NULL DEFAULT '{}',        -- JSON object
    before      TEXT,                              -- JSON object, once first applied
    author      TEXT NOT NULL,                     -- who made it: the user running the command or the server
    via         TEXT NOT NULL CHECK (via IN ('cli', 'web')),
    note        TEXT,
    made_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    undone_at   TEXT,
    undone_by   TEXT
);
CREATE INDEX corrections_active ON corrections(kind, article_id) WHERE undone_at IS NULL;

INSERT INTO corrections (kind, article_id, value, author, via, made_at)
    SELECT 'move', article_id, json_object('with_article', with_article), 'unknown', 'cli', moved_at
    FROM storyline_moves ORDER BY moved_at, rowid;
DROP TABLE storyline_moves;
