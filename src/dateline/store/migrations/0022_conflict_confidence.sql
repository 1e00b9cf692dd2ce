-- Schema version 22: every figure conflict carries a confidence (dateline.link.series.conflict_confidence):
-- the less sure of its two figures' confidences times how comparable their two claims are. Below the line a
-- conflict is kept here and in the JSON export with its confidence, and the pages and the Markdown export mark
-- it unconfirmed instead of flagging it.
ALTER TABLE figure_series_conflicts ADD COLUMN confidence REAL;  -- NULL: saved before confidences were kept

-- Conflicts saved before this version have no confidence: the series are stale, so they are grouped afresh
-- (with their confidences) on every read until the next link saves them again.
UPDATE figure_claims_state SET stale = 1 WHERE EXISTS (SELECT 1 FROM figure_series_conflicts);
