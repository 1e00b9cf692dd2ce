-- Schema version 9: precision first. Every speaker and figure carries a confidence in [0, 1]; below the
-- component's threshold the value is shown as unknown (the speaker NULL, the figure in no series), and the
-- candidate is kept here for audit rather than dropped. (A publication date's confidence follows from its
-- stored basis, range and evidence: dateline.model.PublicationDate.confidence.)

ALTER TABLE quotes ADD COLUMN speaker_confidence REAL;     -- how sure the speaker's resolution is; NULL: none
ALTER TABLE quotes ADD COLUMN speaker_candidate TEXT;      -- the speaker it resolved to when shown as unknown
ALTER TABLE figures ADD COLUMN confidence REAL;            -- how sure it is a claim a series can follow
ALTER TABLE figures ADD COLUMN series_candidate TEXT;      -- its series key when below the threshold (series_key NULL)
