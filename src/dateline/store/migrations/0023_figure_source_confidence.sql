-- Schema version 23: a figure's source carries a confidence (dateline.extract.figures): how sure the named
-- source is the one who states the figure. Below the line the source is NULL (shown as unknown) and
-- source_candidate keeps the name it would have been, for audit.
ALTER TABLE figures ADD COLUMN source_confidence REAL;  -- NULL: no source found, or saved before this version
ALTER TABLE figures ADD COLUMN source_candidate TEXT;
