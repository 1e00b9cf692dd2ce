-- Schema version 15: indexes for a storyline's views in the web app (dateline.web.story), each read in order and
-- stopped at a page's worth, so that they stay quick on a store of hundreds of thousands of quotes and events.

-- The interactive timeline's quotes, oldest first.
CREATE INDEX quotes_by_date ON quotes(date);
-- The events page and the interactive timeline's events, oldest first, undated last.
CREATE INDEX events_by_date ON events(coalesce(day, earliest, latest, '9999-12-31'), id);
-- The lead events alone, in the same order: the interactive timeline draws those.
CREATE INDEX events_leads_by_date ON events(coalesce(day, earliest, latest, '9999-12-31'), id) WHERE main;
