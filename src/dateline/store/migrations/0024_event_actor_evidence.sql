-- Schema version 24: how an event's actor was found, where its words and mention cannot tell it
-- (dateline.confidence.party_evidence): 'thing', a lead's subject that is a thing and acts for no one ("Heated
-- arguments often ensue"), whose words are kept as the actor's, below the confidence line, so the views show
-- no actor and the exports keep the words as the candidate, for audit; 'proper', a lead's actor headed by a
-- proper noun no entity mention covers ("Vidyard announced"); NULL: read from the words and mention.
ALTER TABLE events ADD COLUMN actor_evidence TEXT CHECK (actor_evidence IN ('thing', 'proper'));

-- Leads stored before this version dropped such an actor's words: their articles are analysed again by the
-- next build, as when the analysis code changes.
UPDATE stage_runs SET version = 'before-event-actor-evidence' WHERE stage = 'analyze';
