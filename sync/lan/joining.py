"""The new laptop's side of pairing, as ``caucus lan join`` and the app both use it.

:func:`find_offer` finds the admin's pairing offer on the LAN by the code's public
nameplate; :func:`join_by_code` tries each address it found (or the one the user gave)
with :func:`sync.lan.pairing.join`. :class:`Cancel` stops either from another thread:
a Cancel button must not wait minutes for the admin's laptop to answer.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable

from sync.errors import CaucusError
from sync.lan.discovery import browse, read_pairing_txt
from sync.lan.errors import JoinCancelled, NoOffer, NotReachable
from sync.lan.pairing import NAMEPLATE_DIGITS, join, normalise_code
from sync.replica import ImportReport, Replica

__all__ = ["MAX_ADDRESSES", "Cancel", "JoinCancelled", "find_offer", "join_by_code"]

MAX_ADDRESSES = 8


class Cancel:
    """A cancel request that reaches a blocking join: it shuts the join's socket down,
    so a read waiting for the admin's approval returns at once (no polling)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._set = False
        self._sock: socket.socket | None = None

    def set(self) -> None:
        with self._lock:
            self._set = True
            if self._sock is not None:
                with contextlib.suppress(OSError):  # already closed: nothing to wake
                    self._sock.shutdown(socket.SHUT_RDWR)

    def is_set(self) -> bool:
        return self._set

    def check(self) -> None:
        if self._set:
            raise JoinCancelled()

    def watch(self, sock: socket.socket) -> None:
        """Given to :func:`~sync.lan.pairing.join` as ``on_connect``."""
        with self._lock:
            self.check()
            self._sock = sock


def find_offer(code: str, timeout: float, *, cancel: Cancel | None = None,
               say: Callable[[str], None] = lambda _t: None) -> list[tuple[str, int]]:
    """The addresses of the pairing offer announced for ``code`` (meeting-mode mDNS)."""
    plate = normalise_code(code)[:NAMEPLATE_DIGITS]
    cancel = cancel or Cancel()
    say(f"Looking for the admin's pairing offer for {timeout:g} s…")
    found = browse(lambda props, _port, _name: True if read_pairing_txt(props) == plate
                   else None, timeout, enough=lambda hits: bool(hits) or cancel.is_set())
    cancel.check()
    addresses = [endpoint for f in found for endpoint in f.endpoints]
    if not addresses:
        raise NoOffer("No pairing offer with that code was found on the LAN; check the "
                      "code, or give the admin's address (HOST:PORT).")
    return addresses


def join_by_code(replica: Replica, code: str, peer: tuple[str, int] | None, *,
                 timeout: float = 10.0, show_check: Callable[[str], None] = lambda _c: None,
                 say: Callable[[str], None] = lambda _t: None,
                 cancel: Cancel | None = None) -> ImportReport:
    """Join the branch whose admin shows ``code``: at ``peer``, or found on the LAN.

    Raises :class:`JoinCancelled` once ``cancel`` is set, whatever the connection did.
    """
    cancel = cancel or Cancel()
    addresses = [peer] if peer else find_offer(code, timeout, cancel=cancel, say=say)
    last: CaucusError = NoOffer()
    for address in addresses[:MAX_ADDRESSES]:
        try:
            cancel.check()
            return join(replica, code, address, show_check=show_check,
                        on_connect=cancel.watch)
        except NotReachable as exc:
            last = exc
        except CaucusError:
            cancel.check()  # a hang-up we caused ourselves is a cancel, not a fault
            raise
    cancel.check()
    raise last
