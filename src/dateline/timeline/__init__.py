"""Timeline: from dated candidate sentences to the days that matter and what happened on each.

Every entry cites its article and the character span of its sentence.
"""

from dateline.timeline.store import rebuild_timeline, timeline_by_day

__all__ = ["rebuild_timeline", "timeline_by_day"]
