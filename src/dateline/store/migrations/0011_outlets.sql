-- Schema version 9: the outlet that published each article, named in every citation and counted per storyline.
-- Set on ingest from the page's publisher, the URL's host (without "www.") or the user's --outlet; NULL when
-- none says (a file read without --outlet), and such an article is cited by its file name and not counted.
ALTER TABLE articles ADD COLUMN outlet TEXT;

-- Stores built before: the URL's host, as the storylines page counted outlets until now.
UPDATE articles SET outlet = (
    SELECT CASE WHEN host LIKE 'www.%' THEN substr(host, 5) ELSE host END
    FROM (SELECT lower(substr(rest, 1, instr(rest || '/', '/') - 1)) AS host
          FROM (SELECT substr(url, instr(url, '://') + 3) AS rest)))
WHERE url IS NOT NULL AND instr(url, '://') > 0;

-- Counting a storyline's outlets reads this index only.
CREATE INDEX articles_storyline_outlet ON articles(storyline_id, outlet);
DROP INDEX articles_url;
