-- Schema version 7: the figures pages' claims, saved when the corpus is linked instead of grouped from every
-- figure on every request (dateline.store.attribution; benchmarks/web_pages.py).

-- Every figure with the day it was reported: its own date, else its article's publication day as it stands
-- now (the corpus may date the article after its figures were stored); an article dated only to a range
-- gives the range (earliest, latest) instead of a day, never one of its days.
CREATE VIEW figure_reports AS
SELECT f.id, f.article_id, f.series_key, f.value, f.text, f.start, f.end, f.qualifier, f.what, f.source,
       f.source_start, f.source_end, f.sentence_start, f.sentence_end, f.date, a.storyline_id,
       coalesce(f.date, CASE WHEN a.published_earliest = a.published_latest THEN a.published_earliest END) AS day,
       CASE WHEN f.date IS NULL AND a.published_earliest IS NOT a.published_latest
            THEN a.published_earliest END AS earliest,
       CASE WHEN f.date IS NULL AND a.published_earliest IS NOT a.published_latest
            THEN a.published_latest END AS latest
FROM figures f JOIN articles a ON a.id = f.article_id;

-- The series page picks a page of one series' reports by these columns alone (the rest of the order is the
-- article's date), then reads only that page's rows (dateline.store.attribution.load_figure_points).
CREATE INDEX figures_series_order ON figures(series_key, start, end, article_id, date);
-- Only the grouping on every request read the undated figures apart (schema 6).
DROP INDEX figures_undated;

-- One claim per set of identical reports in a storyline: the same value and qualifier from the same source,
-- reported the same day or from the same range of days; figure_id is the first of them stored.
CREATE VIEW figure_claims_grouped AS
SELECT storyline_id, series_key, value, qualifier, source, day, earliest, latest,
       count(*) AS reports, min(id) AS figure_id
FROM figure_reports WHERE series_key IS NOT NULL
GROUP BY storyline_id, series_key, value, qualifier, source, day, earliest, latest;

-- figure_claims_grouped as it stood when the corpus was last linked.
CREATE TABLE figure_claims (
    storyline_id    TEXT,                          -- NULL: reports in articles no storyline holds yet
    series_key      TEXT NOT NULL,
    value           REAL NOT NULL,
    qualifier       TEXT,
    source          TEXT,
    day             TEXT,
    earliest        TEXT,
    latest          TEXT,
    reports         INTEGER NOT NULL,
    figure_id       INTEGER NOT NULL
);
CREATE INDEX figure_claims_storyline ON figure_claims(storyline_id, series_key);
CREATE INDEX figure_claims_series ON figure_claims(series_key);

-- One row: 1 once a figure, an article's dates or its storyline changed after figure_claims was saved; the
-- pages then read figure_claims_grouped until the next link saves the claims again. Triggers set it, so no
-- writer (a build killed before linking, a user's edit in Datasette) can leave stale claims in view.
CREATE TABLE figure_claims_state (stale INTEGER NOT NULL CHECK (stale IN (0, 1)));
CREATE TRIGGER figure_inserted_claims_stale AFTER INSERT ON figures
BEGIN UPDATE figure_claims_state SET stale = 1 WHERE stale = 0; END;
CREATE TRIGGER figure_deleted_claims_stale AFTER DELETE ON figures
BEGIN UPDATE figure_claims_state SET stale = 1 WHERE stale = 0; END;
CREATE TRIGGER figure_updated_claims_stale AFTER UPDATE ON figures
BEGIN UPDATE figure_claims_state SET stale = 1 WHERE stale = 0; END;
CREATE TRIGGER article_moved_claims_stale AFTER UPDATE OF published_earliest, published_latest, storyline_id
ON articles BEGIN UPDATE figure_claims_state SET stale = 1 WHERE stale = 0; END;

-- A store made before this version gets its claims now.
INSERT INTO figure_claims SELECT * FROM figure_claims_grouped;
INSERT INTO figure_claims_state (stale) VALUES (0);
