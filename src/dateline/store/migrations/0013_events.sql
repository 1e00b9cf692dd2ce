-- Schema version 9: events (dateline_events): who did what to whom, when and where, one row per predicate
-- that denotes an event, with the spans it came from. Spans are offsets into the article's text; an actor's
-- or target's *_mention span is the entity mention heading it, through which entity_mentions gives its
-- canonical entity.

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type            TEXT NOT NULL,                 -- a PLOVER event type, or OCCURRENCE
    mode            TEXT,                          -- its PLOVER mode, where the words give one
    start           INTEGER NOT NULL,              -- the predicate ("vetoed", "release")
    end             INTEGER NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('happened', 'ongoing', 'planned', 'conditional',
                                                    'hypothetical', 'denied', 'claimed')),
    claimed_by      TEXT,                          -- whose attribution it sits in
    actor_start     INTEGER,
    actor_end       INTEGER,
    actor_mention_start INTEGER,
    actor_mention_end   INTEGER,
    target_start    INTEGER,
    target_end      INTEGER,
    target_mention_start INTEGER,
    target_mention_end   INTEGER,
    location_start  INTEGER,
    location_end    INTEGER,
    day             TEXT,                          -- YYYY-MM-DD when the text pins the day
    earliest        TEXT,                          -- else the range it allows; either side may be open
    latest          TEXT,
    main            INTEGER NOT NULL DEFAULT 0     -- 1: the article's lead event
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type ON events(type);
