"""Waiting in a test on a condition, never on the clock."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_for(condition: Callable[[], object], what: str, seconds: float = 90.0,
             every: float = 0.2) -> object:
    """Poll ``condition`` until it is true (returned) or ``seconds`` pass (an error that
    says what did not happen). The pause between looks is not a synchronisation: the
    condition is."""
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")
        time.sleep(every)
