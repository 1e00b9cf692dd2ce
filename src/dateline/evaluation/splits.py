"""The real-news gold set's splits (``eval/real``): which are tuned on, and which are held out.

``dev`` is tuned on and ``test`` checks what was tuned. ``dev2`` is more tuning data from outlets and sources no
other split has, gathered when fixes tuned on ``dev`` stopped carrying to the held-out splits, ``dev3`` more again
(new outlets and page layouts, once dev2's lessons had been drawn), and ``dev4`` more again from outlets no split
had, labelled before anything was tuned on it, so its first measurement is one on news nobody tuned on; ``dev5`` to
``dev12`` were each gathered the same way, one per session, and measured untuned at that session's start and end
before being tuned on (``dev10`` and ``dev11`` are BASIL triplets: one event told by Fox News, The New York Times
and HuffPost; ``dev12`` adds texts and pages from outlets no other split had; ``dev13``, session 23's untuned check,
adds pages from hosts no other split had and BASIL texts of stories no split had; ``dev14``, session 24's
untuned check, BASIL texts of stories no split had; ``dev15``, session 25's untuned check, BASIL texts of
stories no split had; ``dev16``, session 26's untuned check, BASIL texts of stories no split had; ``dev17``,
session 27's untuned check, BASIL texts of stories no split had; ``dev18``, session 28's untuned check, BASIL texts
of stories no split had, and ``dev19`` beside it, web pages from hosts and outlets no split had; ``dev20``, session
29's untuned check, web pages from hosts and outlets no split had; ``dev21``, session 30's untuned check, web pages from
hosts and outlets no split had, most of them news reports with quotes and figures; ``dev22``, session 31's untuned
check, web pages from hosts and outlets no split had: short technology and entertainment news reports, one
explainer with the police's statements; ``dev23``, session 32's untuned check, web pages from hosts and outlets no
split had, from an extraction benchmark's pages: local, health, sports, technology and wildlife news; ``dev24``,
session 33's untuned check, web pages from hosts and outlets no split had, from a date extractor's test pages of 2017:
local, regional and student news reports with quotes). Each is built
only when asked for by name, so the long-standing dev and test numbers stay comparable. The held-out splits are
never tuned on, so a command builds them only when asked for by name too: ``fresh``, and ``fresh2``, articles from
other sources gathered after ``fresh`` had been measured several times; and ``dev25``, labelled in session 31 and
session 34's untuned check (web pages from hosts and outlets no split has, from a date extractor's test pages of
2017: national, sports, markets, technology and science news with quotes and figures), held out while the session
fixes and measured at its start and end, so that nothing tuned in the session (the speaker calibration included)
reads it; and ``dev26``,
labelled in session 32 for a later session's untuned check (more web pages from hosts and outlets no split has,
from the same date extractor's test pages of 2017: science, technology and research news with quotes and figures),
held out until that session opens it; and ``dev27``, labelled in session 33 for a later session's untuned check (web
pages from hosts and outlets no split has, from a mercury-parser fork's test pages of 2019: Irish, music, health,
Australian political and sports news, a column and an analysis among them, with quotes and figures), held out until
that session opens it; and ``dev28``, labelled in session 34 for a later session's untuned check (web pages from hosts
and outlets no split has, from a news crawler's test pages of 2017 to 2021: Indian national, state, health and sports
news with quotes), held out until that session opens it.
"""

TUNED_SPLITS = ("dev", "test")
HELD_OUT_SPLITS = ("dev25", "dev26", "dev27", "dev28", "fresh", "fresh2")
SPLITS = (*TUNED_SPLITS, "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
          "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22",
          "dev23", "dev24", *HELD_OUT_SPLITS)
#: The splits a fix may be read, debugged and measured on: every split but ``test`` (read once, to report) and
#: the held-out ones (never).
READABLE_SPLITS = tuple(split for split in SPLITS if split != "test" and split not in HELD_OUT_SPLITS)
#: The five newest of them, each labelled before anybody tuned on it and the nearest stand-in for unseen news:
#: measurements report them apart as well as pooled.
NEWEST_SPLITS = READABLE_SPLITS[-5:]
