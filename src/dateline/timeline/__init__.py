"""Timeline: from dated candidate sentences to the days that matter and what happened on each.

Every entry cites its article and the character span of its sentence. The stage stores each storyline's
timeline (:func:`dateline.timeline.store.rebuild_timeline`); :mod:`dateline.store.timeline` reads it back.
"""
