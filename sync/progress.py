"""One typed progress event for every long piece of work, and a way to cancel it.

Every operation that can take more than a moment (opening a vault, syncing, joining,
importing, exporting, printing) reports :class:`Progress` events: the *stage* it is in,
how much of it is done out of how much (``total`` is None while the amount is not
known yet), whether a cancel is heeded at this stage, and the *subject* the stage works
on (a file name, a laptop's name: data, never a sentence); where ``done`` counts bytes,
``items`` counts the whole items finished (change sets). Several parts in a row (the
bundles of a sync folder, the laptops of a meeting) are numbered ``part`` of ``parts``,
so :attr:`Progress.fraction` gives one bar for the whole operation. The app turns a
stage into words in the user's language; nothing parses a sentence.

A :class:`Cancel` is set from another thread; the work checks it between steps (whole
batches are kept) and raises :class:`Cancelled`, or reports what it finished.
"""

from __future__ import annotations

import contextlib
import enum
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

from .errors import CaucusError


class Stage(enum.StrEnum):
    """What a long operation is doing now."""

    KEY = "key"              # deriving the key from the passphrase (a deliberate cost)
    CREATE = "create"        # making a new vault or branch
    LOOK = "look"            # looking for bundles, laptops or the admin's offer
    CONNECT = "connect"      # connecting to another laptop (subject: its name or address)
    CHECK = "check"          # a check string to compare on both screens (subject: it)
    APPROVE = "approve"      # waiting for the admin to approve
    VERIFY = "verify"        # checking a file before anything is applied (done/total: bytes)
    APPLY = "apply"          # applying change sets (done/total: bytes of the source)
    SEND = "send"            # sending change sets (done/total: change sets)
    RECEIVE = "receive"      # receiving change sets (done/total: change sets)
    WRITE = "write"          # writing a file (subject: its name)
    ROWS = "rows"            # rows of a spreadsheet or a list (done/total: rows)
    PAGES = "pages"          # pages of a document (done/total: pages)
    MEMBERS = "members"      # records being made (the demo; done/total: members)


@dataclass(frozen=True, slots=True)
class Progress:
    """One step of a long operation, for a progress bar and a status line."""

    stage: Stage
    done: int = 0
    total: int | None = None
    cancellable: bool = True
    subject: str = ""
    part: int = 0
    parts: int = 1
    #: when ``done`` counts bytes: how many whole items (change sets) are finished
    items: int | None = None

    @property
    def fraction(self) -> float | None:
        """How far the whole operation is, 0..1; None while the amount is unknown."""
        if self.total is None:
            return None if self.parts <= 1 else self.part / self.parts
        share = min(1.0, self.done / self.total) if self.total > 0 else 1.0
        return min(1.0, (self.part + share) / max(1, self.parts))

    def of(self, part: int, parts: int) -> Progress:
        """The same step as part ``part`` of ``parts`` of a longer operation."""
        return replace(self, part=part, parts=parts)


ProgressFn = Callable[[Progress], None]


def ignore(_step: Progress) -> None:
    """A progress callback that shows nothing."""


def in_part(progress: ProgressFn, part: int, parts: int) -> ProgressFn:
    """``progress`` for steps of part ``part`` of ``parts``."""
    return lambda step: progress(step.of(part, parts))


class Cancelled(CaucusError):
    """Stopped before the end; everything finished before the stop was kept."""


class Cancel:
    """A cancel request, set from any thread.

    Work polls :meth:`is_set` (or calls :meth:`check`) between steps. A blocking network
    read is woken at once: a socket handed to :meth:`watch` is shut down by :meth:`set`,
    so a Cancel button never waits minutes for another laptop to answer.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._set = False
        self._socks: list[socket.socket] = []

    def set(self) -> None:
        with self._lock:
            self._set = True
            socks, self._socks = self._socks, []
        for sock in socks:
            with contextlib.suppress(OSError):  # already closed: nothing to wake
                sock.shutdown(socket.SHUT_RDWR)

    def is_set(self) -> bool:
        return self._set

    def check(self) -> None:
        if self._set:
            raise Cancelled()

    def watch(self, sock: socket.socket) -> None:
        """Shut ``sock`` down when the cancel comes (at once if it already came)."""
        with self._lock:
            if not self._set:
                self._socks.append(sock)
                return
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        raise Cancelled()
