-- Schema version 8: what an article's dates are relative to, stored with its analysis, so an article the
-- corpus dates after its analysis has its time expressions, events, quotes and figures re-dated without a
-- parse (dateline.time.redate).

-- Each time expression as read before any publication date: the rule that read it and where its pattern
-- matched (the reader reads the match again), the tense of its clause, and the event it dates. A bare day
-- after a date ("April 24 and 25") has a form too: it is a time expression once that date is a day.
CREATE TABLE timex_forms (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    rule        TEXT NOT NULL,                     -- a rule of dateline.time.table, or 'coordinated_day'
    match_start INTEGER NOT NULL,
    direction   TEXT NOT NULL CHECK (direction IN ('past', 'future', 'nearest')),
    event       TEXT                               -- event class key, as event_mentions.event
);
CREATE INDEX timex_forms_article ON timex_forms(article_id);

-- The time expressions on the cue a quote or figure takes its date from: JSON list of [start, end]; the
-- first that names a day is its date, else the article's day.
ALTER TABLE quotes ADD COLUMN dated_by TEXT NOT NULL DEFAULT '[]';
ALTER TABLE figures ADD COLUMN dated_by TEXT NOT NULL DEFAULT '[]';
