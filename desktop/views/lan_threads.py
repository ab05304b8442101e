"""Threads of the Meeting tab: network work off the UI thread, results back on it.

Each result, progress step or question comes back through one queued signal as a
callable to run on the UI thread. :meth:`LanThreads.invalidate` (a lock) starts a new
generation: callables from before it are dropped on arrival, so nothing from an old
session reaches the screen.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    """Carries callables from LAN threads to the UI thread (a queued signal).

    Unparented on purpose: a thread may still emit after the tab was deleted; Qt drops
    the connection to a deleted receiver.
    """

    call = Signal(int, object)


class LanThreads:
    """The LAN threads of one tab, and the way back to its UI thread."""

    def __init__(self) -> None:
        self.generation = 0
        self.threads: set[threading.Thread] = set()
        self._relay = _Relay()
        self._relay.call.connect(self._deliver)

    def invalidate(self) -> None:
        """Drop everything still on its way from the threads running now."""
        self.generation += 1

    def current(self, generation: int) -> bool:
        return generation == self.generation

    def poster(self) -> Callable[[Callable[[], None]], None]:
        """A function any thread may call to run ``fn`` on the UI thread, unless the tab
        was cleared in between."""
        relay, generation = self._relay, self.generation
        return lambda fn: relay.call.emit(generation, fn)

    def _deliver(self, generation: int, fn: Callable[[], None]) -> None:
        if generation == self.generation:
            fn()

    def spawn(self, name: str, work: Callable[[], Any],
              done: Callable[[Any], None] | None = None,
              failed: Callable[[BaseException], None] | None = None) -> None:
        """Run ``work`` on a LAN thread; ``done(result)`` or ``failed(error)`` on the UI
        thread."""
        post, threads = self.poster(), self.threads

        def run() -> None:
            try:
                result = work()
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
                if failed is not None:
                    post(lambda error=exc: failed(error))
            else:
                if done is not None:
                    post(lambda: done(result))
            finally:
                threads.discard(threading.current_thread())

        thread = threading.Thread(target=run, name=f"caucus-lan-{name}", daemon=True)
        threads.add(thread)
        thread.start()

    def join(self, timeout: float) -> None:
        """Wait, at most ``timeout`` seconds in all, for the threads to end."""
        end = time.monotonic() + timeout
        for thread in list(self.threads):
            thread.join(max(0.0, end - time.monotonic()))
