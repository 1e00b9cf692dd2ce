"""Run a ``dateline`` command that stops for good inside a chosen function, for a test to ``kill -9`` it there.

    python pause_at.py MODULE:FUNCTION CALL MARKER ARGS...

The CALL-th call of MODULE.FUNCTION runs to its end, then MARKER is created and the process sleeps until
it is killed: a test kills a build at a known point (inside an open transaction, say) with a real signal,
and the product code carries no hook for it.
"""

from __future__ import annotations

import functools
import importlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

#: How long a paused command may take to reach its stop (spaCy's loading, on a busy machine).
START_SECONDS = 240


def start_paused(target: str, call: int, marker: Path, *args: str) -> subprocess.Popen:
    """``dateline ARGS...`` in a new process, to stop after the CALL-th call of TARGET (``module:function``);
    what it prints goes to a file beside MARKER (a pipe nobody reads could fill and stall it)."""
    with _output(marker).open("wb") as output:
        return subprocess.Popen([sys.executable, __file__, target, str(call), str(marker), *args],
                                stdout=output, stderr=subprocess.STDOUT)


def wait_until_paused(child: subprocess.Popen, marker: Path) -> None:
    """Return once the command has stopped at its point; raise if it ended (with its errors) or took too long."""
    deadline = time.monotonic() + START_SECONDS
    while not marker.exists():
        if child.poll() is not None:
            raise AssertionError(f"the command ended before its stop: {_output(marker).read_text('utf-8')}")
        if time.monotonic() > deadline:
            raise AssertionError("the command did not reach its stop in time")
        time.sleep(0.05)


def _output(marker: Path) -> Path:
    return marker.with_name(marker.name + ".out")


def kill_hard(child: subprocess.Popen) -> None:
    """``kill -9``: no handler, no clean-up, no commit."""
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait() == -signal.SIGKILL


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
