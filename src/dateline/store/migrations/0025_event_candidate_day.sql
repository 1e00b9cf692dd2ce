-- Schema version 25: a lead event left with a range keeps the spans of the days its story's opening names
-- (candidate_dated_by, JSON like dated_by), from which dating takes a below-line candidate day: the latest
-- named within the week up to its report, scored and kept for audit while the range stays what is shown.
-- A store analysed before this version is analysed again.
ALTER TABLE events ADD COLUMN candidate_dated_by TEXT NOT NULL DEFAULT '[]';
UPDATE stage_runs SET version = 'before-event-candidate-day' WHERE stage = 'analyze';
