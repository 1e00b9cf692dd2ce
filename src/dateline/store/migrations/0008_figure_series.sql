-- Schema version 8: the figure series and their conflicts, grouped when the corpus is linked
-- (dateline.link.series) and saved with the claims they are drawn from, instead of grouped from the figures on
-- every read of a page or an export (dateline.store.series).

-- A series of one scope: the claims of one storyline (storyline_id its id, points 'claims') or of the whole
-- store (storyline_id '', points 'claims'), as the figures pages draw them; or every report of the whole store
-- (storyline_id '', points 'reports'), as the exports list them. what: how its first point says it.
CREATE TABLE figure_series (
    storyline_id    TEXT NOT NULL,                 -- '': the whole store
    points          TEXT NOT NULL CHECK (points IN ('claims', 'reports')),
    series_key      TEXT NOT NULL,
    what            TEXT NOT NULL,
    PRIMARY KEY (storyline_id, points, series_key)
) WITHOUT ROWID;

-- Each series' points in report order (position from 0). A point of a series of claims is the claim's first
-- report stored (figure_claims.figure_id) and stands for `reports` reports; a point of a series of reports is
-- its figure. day, earliest, latest: when it was reported, as figure_reports said when the series were grouped
-- (kept, so reading a series needs no article's row). claim: the position of the first point stating the
-- same claim (the same value range, for the same moment), which is in conflict exactly when that first point is.
CREATE TABLE figure_series_points (
    storyline_id    TEXT NOT NULL,
    points          TEXT NOT NULL,
    series_key      TEXT NOT NULL,
    position        INTEGER NOT NULL,
    figure_id       INTEGER NOT NULL,
    reports         INTEGER NOT NULL,
    day             TEXT,
    earliest        TEXT,
    latest          TEXT,
    claim           INTEGER NOT NULL,
    PRIMARY KEY (storyline_id, points, series_key, position)
) WITHOUT ROWID;

-- Two claims of a series that cannot both be true, each named by the position of its first point.
CREATE TABLE figure_series_conflicts (
    storyline_id    TEXT NOT NULL,
    points          TEXT NOT NULL,
    series_key      TEXT NOT NULL,
    first           INTEGER NOT NULL,
    second          INTEGER NOT NULL,
    PRIMARY KEY (storyline_id, points, series_key, first, second)
) WITHOUT ROWID;

-- The claims' triggers (schema 7) mark the series stale too. A store with figures made before this version has
-- no series saved: stale, so they are grouped afresh on every read until the next link saves them.
UPDATE figure_claims_state SET stale = 1 WHERE EXISTS (SELECT 1 FROM figures);
