-- Schema version 5: events that articles date, absolutely ("the October 7 attack") or relative to their own
-- day ("its attacks two weeks ago"), so the corpus can date an article that does not date itself.

CREATE TABLE event_mentions (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event       TEXT NOT NULL,                     -- event class key ("attack", "abduction", or a lemma)
    start       INTEGER NOT NULL,                  -- the time expression's span
    end         INTEGER NOT NULL,
    day         TEXT,                              -- YYYY-MM-DD when the article dates the event to the day
    amount      REAL,                              -- "two weeks ago": 2
    unit        TEXT                               -- "two weeks ago": week
);
CREATE INDEX event_mentions_event ON event_mentions(event);
CREATE INDEX event_mentions_article ON event_mentions(article_id);
