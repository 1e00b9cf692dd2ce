-- Migration 0016: every timeline entry carries a confidence, and the entries below the line are kept.
-- The confidence is the timeline model's that its day belongs on the story's timeline, 0.5 at the model's
-- listing line (dateline.timeline.summarize). The best days left off the timeline, each with the sentences
-- that would have said what happened, are kept in timeline_held for audit; the timeline shows none of them.

ALTER TABLE timeline_entries ADD COLUMN confidence REAL;  -- NULL: written before confidences were kept

CREATE TABLE timeline_held (
    id           INTEGER PRIMARY KEY,
    storyline_id TEXT REFERENCES storylines(id) ON DELETE CASCADE,
    day          TEXT NOT NULL,                     -- YYYY-MM-DD
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    confidence   REAL NOT NULL
);
CREATE INDEX timeline_held_storyline ON timeline_held(storyline_id, day);
CREATE INDEX timeline_held_article ON timeline_held(article_id);
