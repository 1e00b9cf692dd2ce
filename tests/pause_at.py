"""Run a ``dateline`` command that stops for good inside a chosen function, for a test to ``kill -9`` it there.

    python pause_at.py MODULE:FUNCTION CALL MARKER ARGS...

The CALL-th call of MODULE.FUNCTION runs to its end, then MARKER is created and the process sleeps until
it is killed: a test kills a build at a known point (inside an open transaction, say) with a real signal,
and the product code carries no hook for it.
"""

from __future__ import annotations

import functools
import importlib
import sys
import time
from pathlib import Path


def pause_after(target: str, call: int, marker: Path) -> None:
    module_name, name = target.split(":")
    module = importlib.import_module(module_name)
    original = getattr(module, name)
    calls = 0

    @functools.wraps(original)
    def pausing(*args: object, **kwargs: object) -> object:
        nonlocal calls
        result = original(*args, **kwargs)
        calls += 1
        if calls == call:
            marker.touch()
            time.sleep(3600)
        return result

    setattr(module, name, pausing)


if __name__ == "__main__":
    target, call, marker, *args = sys.argv[1:]
    pause_after(target, int(call), Path(marker))
    from dateline.cli import app

    app(args)
