-- Schema version 19: what a sentence's words alone say of it as a timeline entry (dateline.timeline.features
-- SentenceTraits), kept from the first summary that read it, so that a storyline summarized again as articles
-- join it reads the words of its new sentences only. usable: 1 if it may be a timeline entry; text_features:
-- JSON, its TEXT_FEATURES (an empty list for an unusable sentence). A sentence analysed again is a new row, and
-- loses its traits with the old one; a consolidation (link code changed, or asked for) forgets them all.
CREATE TABLE sentence_traits (
    sentence_id    INTEGER PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,
    usable         INTEGER NOT NULL CHECK (usable IN (0, 1)),
    text_features  TEXT NOT NULL
);
