-- Schema version 18: what the link stage keeps between builds, so that adding articles links only them
-- (dateline.link.incremental): the near-duplicate index, each storyline's representation, what each entity
-- mention was keyed by, and a log of every link. A consolidation (a full link) rewrites all of it.

-- The near-duplicate index: every original article's MinHash signature (PERMUTATIONS unsigned 64-bit values,
-- little-endian) and its LSH band buckets; a new article is compared only with the originals sharing a bucket.
CREATE TABLE minhash_signatures (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature   BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE minhash_bands (
    band        INTEGER NOT NULL,
    bucket      INTEGER NOT NULL,                  -- a 64-bit hash of the band's values
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, article_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_article ON minhash_bands(article_id);

-- The inverse document frequencies of the last consolidation's words ('w ' and the word) and merged entities
-- ('e ' and the entity id): new articles are weighed by them.
CREATE TABLE storyline_vocabulary (
    term        TEXT PRIMARY KEY,
    idf         REAL NOT NULL
) WITHOUT ROWID;

-- Each storyline's articles' unit vectors (words and entities joined, as dateline.link.storylines joins them)
-- summed term by term, and how many articles were summed: an article's mean cosine to the storyline's articles
-- is its dot product with the sum over that number (average linkage).
CREATE TABLE storyline_sums (
    storyline_id  TEXT PRIMARY KEY REFERENCES storylines(id) ON DELETE CASCADE,
    members       INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE storyline_terms (
    storyline_id  TEXT NOT NULL REFERENCES storylines(id) ON DELETE CASCADE,
    term          TEXT NOT NULL,
    weight        REAL NOT NULL,
    PRIMARY KEY (storyline_id, term)
) WITHOUT ROWID;
CREATE INDEX storyline_terms_term ON storyline_terms(term, weight);

-- What keyed each entity mention: its label after the article's relabelling; for an organisation or place its
-- normalised name (form) and initials; for a person the name it stands for (form) and, for a full name, the
-- surname a bare mention elsewhere may stand for.
CREATE TABLE mention_keys (
    mention_id  INTEGER PRIMARY KEY REFERENCES entity_mentions(id) ON DELETE CASCADE,
    label       TEXT NOT NULL,
    form        TEXT NOT NULL,
    initials    TEXT,
    surname     TEXT
);
CREATE INDEX mention_keys_form ON mention_keys(form);
CREATE INDEX mention_keys_surname ON mention_keys(surname) WHERE surname IS NOT NULL;

-- The longest organisation or place mention of each form (a normalised name or initials), which names the
-- entity of every mention of that normalised name; of two as long, the last by article and position.
CREATE TABLE entity_forms (
    form        TEXT PRIMARY KEY,
    label       TEXT NOT NULL,
    text        TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    start       INTEGER NOT NULL
) WITHOUT ROWID;

-- Appositions are looked up from the mention they describe.
CREATE INDEX entity_mentions_related ON entity_mentions(article_id, related_to) WHERE related_to IS NOT NULL;

-- Each entity's normalised name and every run of its words, so that names containing another are found by
-- lookup, not by comparing every pair of entities.
CREATE TABLE entity_words (
    entity_id   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    run         TEXT NOT NULL,
    whole       INTEGER NOT NULL CHECK (whole IN (0, 1)),  -- 1: the run is the whole normalised name
    PRIMARY KEY (run, whole, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_words_entity ON entity_words(entity_id);

-- Every link: a consolidation (kind 'full') regroups the whole store, an incremental one (kind 'incremental')
-- adds articles to it. detail: JSON, what changed (storylines merged or split by a consolidation).
CREATE TABLE link_log (
    id          INTEGER PRIMARY KEY,
    linked_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    kind        TEXT NOT NULL CHECK (kind IN ('full', 'incremental')),
    articles    INTEGER NOT NULL,                  -- how many articles this link took in
    detail      TEXT NOT NULL DEFAULT '{}'
);

-- An article analysed again, or dated anew, is linked again: its 'link' stage run is dropped.
CREATE TRIGGER analysed_article_relinked AFTER INSERT ON stage_runs WHEN new.stage = 'analyze'
BEGIN DELETE FROM stage_runs WHERE article_id = new.article_id AND stage = 'link'; END;
CREATE TRIGGER reanalysed_article_relinked AFTER UPDATE ON stage_runs WHEN new.stage = 'analyze'
BEGIN DELETE FROM stage_runs WHERE article_id = new.article_id AND stage = 'link'; END;
CREATE TRIGGER redated_article_relinked AFTER UPDATE OF published_earliest, published_latest ON articles
BEGIN DELETE FROM stage_runs WHERE article_id = new.id AND stage = 'link'; END;
-- A user's correction, made or undone, is applied by the next link: one of an article (its day, a quote's
-- speaker, a figure, a timeline entry hidden or pinned) relinks that article, whose storyline's series and
-- timeline are made again; a storyline move or an entity merge or split relinks every article, which
-- consolidates (the storylines are regrouped, the entities merged afresh).
CREATE TRIGGER correction_made_relinks AFTER INSERT ON corrections
BEGIN DELETE FROM stage_runs WHERE stage = 'link'
    AND (new.kind IN ('move', 'merge', 'split') OR article_id = new.article_id); END;
CREATE TRIGGER correction_undone_relinks AFTER UPDATE OF undone_at ON corrections
BEGIN DELETE FROM stage_runs WHERE stage = 'link'
    AND (new.kind IN ('move', 'merge', 'split') OR article_id = new.article_id); END;
-- An article whose figures change (analysed again, or edited) is linked again: its storyline's series and those
-- of its figures' keys are grouped again.
CREATE TRIGGER figure_inserted_relinks AFTER INSERT ON figures
BEGIN DELETE FROM stage_runs WHERE article_id = new.article_id AND stage = 'link'; END;
-- An update that writes the same claim again (a user's correction, re-applied by every link) changes nothing.
CREATE TRIGGER figure_updated_relinks AFTER UPDATE ON figures
WHEN old.article_id IS NOT new.article_id OR old.value IS NOT new.value OR old.qualifier IS NOT new.qualifier
    OR old.what IS NOT new.what OR old.source IS NOT new.source OR old.date IS NOT new.date
    OR old.series_key IS NOT new.series_key OR old.confidence IS NOT new.confidence
    OR old.series_candidate IS NOT new.series_candidate
BEGIN DELETE FROM stage_runs WHERE article_id IN (old.article_id, new.article_id) AND stage = 'link'; END;
CREATE TRIGGER figure_deleted_relinks AFTER DELETE ON figures
BEGIN DELETE FROM stage_runs WHERE article_id = old.article_id AND stage = 'link'; END;
