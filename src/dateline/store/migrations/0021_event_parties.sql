-- Schema version 21: every party of an event, not only the primary actor and target the events row keeps
-- (which stay as they are). PLOVER codes each member of a compound party apart ("Jordan", "Britain") and
-- every side of a joint act (a meeting, a call, talks) as an actor; each is a row here, in text order within
-- its role. start/end: the party's words in the article's text (kept in text, for audit in SQL);
-- mention_start/mention_end: the entity mention that names it (NULL: it names none), through which
-- entity_mentions gives its canonical entity, merged across articles as the primary actor's is. Rows are
-- written with their event's analysis and go with it (a re-analysis replaces them, never adds to them).
CREATE TABLE event_parties (
    event_id        INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('actor', 'target')),
    position        INTEGER NOT NULL,              -- its place among the event's parties in this role
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    mention_start   INTEGER,
    mention_end     INTEGER,
    PRIMARY KEY (event_id, role, position)
) WITHOUT ROWID;

-- Events stored before this version have no party rows: their articles are analysed again by the next
-- build, as when the analysis code changes.
UPDATE stage_runs SET version = 'before-event-parties' WHERE stage = 'analyze';
