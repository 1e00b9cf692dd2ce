"""The real-news gold set's splits (``eval/real``): which are tuned on, and which are held out.

``dev`` is tuned on and ``test`` checks what was tuned. The held-out splits are never tuned on, so a command
builds them only when asked for by name: ``fresh``, and ``fresh2``, articles from other sources gathered
after ``fresh`` had been measured several times.
"""

TUNED_SPLITS = ("dev", "test")
SPLITS = (*TUNED_SPLITS, "fresh", "fresh2")
