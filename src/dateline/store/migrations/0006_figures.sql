-- Schema version 6: indexes that let the figures page rank a big store's series without reading every
-- figure's row (benchmarks/web_pages.py; dateline.store.attribution.load_figure_claims).

-- Identical reports (series, value, qualifier, source, day) are counted in this index's order, read alone;
-- it leads with series_key, so it also finds one series, as figures_series did.
CREATE INDEX figures_claims ON figures(series_key, value, qualifier, source, date, article_id);
DROP INDEX figures_series;
-- The figures without a date of their own, which take their article's day.
CREATE INDEX figures_undated ON figures(series_key, article_id) WHERE date IS NULL;
