-- Schema version 4: indexes that keep the web app's pages under 100 ms on a 50,000-article store
-- (benchmarks/web_pages.py). Each serves one query of dateline.web.

-- The timeline page reads entries in (day, article, position) order and stops after one page.
CREATE INDEX timeline_entries_order ON timeline_entries(day, article_id, start);
-- The storylines page counts outlets from the URLs without reading the articles' text.
CREATE INDEX articles_url ON articles(url);
-- The entity page groups an entity's mentions by article, reading this index only.
CREATE INDEX entity_mentions_entity_article ON entity_mentions(entity_id, article_id, start, end);
-- Timeline entries of one article (the timeline filtered by a rarely mentioned entity).
CREATE INDEX timeline_entries_article ON timeline_entries(article_id, start);
-- Articles by publication date, undated last (the entity page's appearances).
CREATE INDEX articles_by_date ON articles(coalesce(published_earliest, '9999-12-31'), id);
-- The entity page lists an entity's quotes by date.
CREATE INDEX quotes_speaker_date ON quotes(speaker_entity_id, date);
