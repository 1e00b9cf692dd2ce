-- Schema version 19: a lead event told as news of the day it was reported ("has agreed a deal", or a
-- simple-past lead whose opening names no earlier day) keeps that reading, so redating dates it again by
-- the day of its report (its attribution's, else its dateline's, stored as said_dated_by, else the
-- publication's) instead of losing the day. A store analysed before this version is analysed again.
ALTER TABLE events ADD COLUMN news_of_day INTEGER NOT NULL DEFAULT 0;
