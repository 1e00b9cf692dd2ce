-- Schema version 3: near-duplicate articles and storylines.

ALTER TABLE articles ADD COLUMN duplicate_of TEXT REFERENCES articles(id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN storyline_id TEXT REFERENCES storylines(id) ON DELETE SET NULL;
CREATE INDEX articles_storyline ON articles(storyline_id);

CREATE TABLE storylines (
    id              TEXT PRIMARY KEY,              -- 's-' + the id of its anchor (first) article
    title           TEXT NOT NULL,
    anchor_article  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);

-- A user's manual placement: put this article in the storyline that holds ``with_article`` (or, when
-- the two are the same, in a storyline of its own). Kept apart from the computed grouping, so it
-- survives every rebuild.
CREATE TABLE storyline_moves (
    article_id      TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    with_article    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    moved_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

ALTER TABLE timeline_entries ADD COLUMN storyline_id TEXT REFERENCES storylines(id) ON DELETE CASCADE;
CREATE INDEX timeline_entries_storyline ON timeline_entries(storyline_id, day);
