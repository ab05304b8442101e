"""The Always-on tab's watcher: a thread that waits on Syncthing, never on the vault.

It long-polls Syncthing's event API (:meth:`sync.ops.always_on.Link.events`, at most
ten seconds a wait) and after every wake asks how things stand
(:meth:`~sync.ops.always_on.Link.observe`). Both come back to the UI thread through
queued signals of an unparented relay (a thread may still emit after the tab is gone;
Qt drops a connection to a deleted receiver). :meth:`AlwaysOnWatcher.stop` aborts the
long-poll in flight, so a lock or a quit never waits on Syncthing.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from sync.errors import CaucusError
from sync.ops.always_on import Link, Observed

WAIT_SECONDS = 10
RETRY_SECONDS = 3.0  # after Syncthing stopped answering, before asking again


class _Relay(QObject):
    arrived = Signal(int)  # generation
    observed = Signal(int, object)  # generation, Observed


class AlwaysOnWatcher(QObject):
    """One thread per unlocked session while always-on sync is on."""

    #: a bundle finished arriving (or events were missed): time to import
    arrived = Signal()
    #: how Syncthing stands now (an :class:`Observed`)
    observed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.arrived.connect(self._arrived)
        self._relay.observed.connect(self._observed)
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._link: Link | None = None
        self._events = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, link: Link) -> None:
        """Watch through ``link`` (a new one replaces the old; the thread goes on)."""
        self._link = link
        if self.running:
            return
        self._generation += 1
        self._stop = stop = threading.Event()
        generation, relay = self._generation, self._relay
        thread = threading.Thread(target=self._run, args=(stop, generation, relay),
                                  name="caucus-always-on", daemon=True)
        self._thread = thread
        thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """End the thread now (a long-poll in flight is aborted) and drop what it still
        sends."""
        self._generation += 1
        self._stop.set()
        events = self._events
        if events is not None:
            events.rest.abort()
        link = self._link
        if link is not None:
            link.rest.abort()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
        self._link = None

    def _run(self, stop: threading.Event, generation: int, relay: _Relay) -> None:
        events = None
        while not stop.is_set():
            link = self._link
            if link is None:
                return
            try:
                if events is None:
                    events = self._events = link.events()
                    woken = events.wait(0)
                else:
                    woken = events.wait(WAIT_SECONDS)
            except CaucusError:
                events = None  # Syncthing stopped or restarted: look again later
                if not stop.is_set():
                    relay.observed.emit(generation, link.observe())
                stop.wait(RETRY_SECONDS)
                continue
            if stop.is_set():
                return
            if woken.arrived or woken.lost:
                relay.arrived.emit(generation)
            relay.observed.emit(generation, link.observe())

    def _arrived(self, generation: int) -> None:
        if generation == self._generation:
            self.arrived.emit()

    def _observed(self, generation: int, seen: Observed) -> None:
        if generation == self._generation:
            self.observed.emit(seen)
