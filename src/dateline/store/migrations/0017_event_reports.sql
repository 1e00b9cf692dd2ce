-- Schema version 17: what each event's date rests on, so redating re-dates it without a parse; and the
-- reports of one event across articles, with the dates they dispute, linked when the corpus is linked
-- (dateline.link.events).

-- dated_by: the spans ([[start, end], ...]) of the time expressions attached to the predicate, resolved or
-- not; said_dated_by: those on the cue of the attribution the event sits in. A store analysed before this
-- version is analysed again (the analysis fingerprint changes), which fills them.
ALTER TABLE events ADD COLUMN dated_by TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN said_dated_by TEXT NOT NULL DEFAULT '[]';

-- Events reported by more than one article: each report with the id of the event's first report (its
-- lowest event id), which names the event. An event no other article reports has no row.
CREATE TABLE event_reports (
    event_id        INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    first_report    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE
);
CREATE INDEX event_reports_first ON event_reports(first_report);

-- Two reports of one event, from two articles, that pin it to different days.
CREATE TABLE event_date_conflicts (
    first           INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    second          INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (first, second)
) WITHOUT ROWID;
