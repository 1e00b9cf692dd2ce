-- Schema version 26: a third kind of stored actor evidence, 'doubtful': a lead's actor named by an entity
-- mention but read off a parse that misread its clause (two subjects for one predicate: "The Rams wide
-- receiver said", dateline.extract.events.lead._two_subjects). It keeps its mention, so the candidate stays
-- linked to its canonical entity for audit, and sits below the confidence line, so the views and exports
-- show the actor as unknown with its words as the candidate.
-- SQLite cannot change a CHECK in place; a column's CHECK that names only that column does not stop it being
-- dropped (https://sqlite.org/lang_altertable.html#altertabdropcol), so the column is made anew with the wider
-- CHECK, filled from the old one, and takes the old one's name.
ALTER TABLE events ADD COLUMN actor_evidence_widened TEXT
    CHECK (actor_evidence_widened IN ('thing', 'proper', 'doubtful'));
UPDATE events SET actor_evidence_widened = actor_evidence;
ALTER TABLE events DROP COLUMN actor_evidence;
ALTER TABLE events RENAME COLUMN actor_evidence_widened TO actor_evidence;

-- Leads stored before this version dropped such an actor's mention: their articles are analysed again by the
-- next build, as when the analysis code changes.
UPDATE stage_runs SET version = 'before-event-actor-doubtful' WHERE stage = 'analyze';
