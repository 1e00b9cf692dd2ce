"""Registries through which Dateline finds its ingesters and exporters.

The built-in ones register exactly as a third-party package would (via the ``dateline_ingesters`` and
``dateline_exporters`` entry points or the decorators below), so the extension points are proven by use.
"""

from __future__ import annotations

import catalogue

ingesters = catalogue.create("dateline", "ingesters", entry_points=True)
exporters = catalogue.create("dateline", "exporters", entry_points=True)
