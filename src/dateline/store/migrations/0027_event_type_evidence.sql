-- Schema version 27: which rule typed a lead event (dateline.records.TypeEvidence): 'verb' (the word table's
-- rule for its verb), 'noun' (its rule for a noun leading a verbless sentence), 'happening' (a rule reading
-- the verb as a happening outside PLOVER), 'carried' (the act an untyped verb's clause goes on to tell),
-- 'default' (no rule: OCCURRENCE). The type's confidence follows from it (dateline.confidence.TYPE_CONFIDENCE),
-- so a type below the line is shown as unknown, kept as the candidate; NULL (any other event, or a lead
-- stored before this version) is not scored, so an old store reads and shows as it did.
ALTER TABLE events ADD COLUMN type_evidence TEXT
    CHECK (type_evidence IN ('verb', 'noun', 'happening', 'carried', 'default'));

-- Leads stored before this version have no type evidence: their articles are analysed again by the next
-- build, as when the analysis code changes.
UPDATE stage_runs SET version = 'before-event-type-evidence' WHERE stage = 'analyze';
