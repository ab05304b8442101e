"""Waiting for bundles to arrive: Syncthing's event API, long-polled with a bound.

``GET /rest/events?since=N&timeout=S&events=...`` answers as soon as an event comes, or
with nothing after S seconds. Caucus asks for the events that matter to it (a file
finished arriving; a device connected or left) and, for an arrival, only of its folder
and of a bundle's name. The folder itself stays the truth: an event tells the watcher
to look, and a look after a gap (Syncthing restarted, events lost while the vault was
locked) finds whatever came meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..bundle import SUFFIX
from .rest import Rest

WATCHED = ("ItemFinished", "DeviceConnected", "DeviceDisconnected", "FolderCompletion")
#: the longest one poll waits (Syncthing's own default is 60 s)
MAX_WAIT = 30


@dataclass
class Woken:
    """What one wait saw."""

    arrived: int = 0  # bundles that finished arriving in the folder
    peers: bool = False  # a device connected or left, or another device's progress
    lost: bool = False  # events were missed (or this is the first look): look anyway

    def __bool__(self) -> bool:
        return bool(self.arrived or self.peers or self.lost)


class Events:
    """Syncthing's events for one folder, from the moment :meth:`wait` is first called."""

    def __init__(self, rest: Rest, folder_id: str) -> None:
        self.rest = rest
        self.folder_id = folder_id
        self.last: int | None = None

    def wait(self, seconds: int) -> Woken:
        """Wait at most ``seconds`` (≤ :data:`MAX_WAIT`) for the next events. The first
        call only finds where the events stand and says to look (``lost``)."""
        seconds = max(0, min(int(seconds), MAX_WAIT))
        kinds = ",".join(WATCHED)
        if self.last is None:
            latest = self._get({"since": 0, "limit": 1, "timeout": 0, "events": kinds}, 0)
            self.last = max((e.get("id", 0) for e in latest), default=0)
            return Woken(lost=True)
        woken = Woken()
        for event in self._get({"since": self.last, "timeout": seconds, "events": kinds},
                               seconds):
            number = event.get("id")
            if not isinstance(number, int) or number <= self.last:
                continue
            if number > self.last + 1:
                woken.lost = True  # more came than Syncthing keeps: look at everything
            self.last = number
            self._take(event, woken)
        return woken

    def _get(self, query: dict, seconds: int) -> list[dict]:
        events = self.rest.call("GET", "/rest/events", query=query,
                                timeout=seconds + self.rest.timeout)
        return [e for e in events or [] if isinstance(e, dict)]

    def _take(self, event: dict, woken: Woken) -> None:
        kind, data = event.get("type"), event.get("data") or {}
        if kind == "ItemFinished":
            if data.get("folder") == self.folder_id and data.get("error") is None \
                    and data.get("type") == "file" and data.get("action") == "update" \
                    and str(data.get("item", "")).endswith(SUFFIX) \
                    and "/" not in str(data.get("item", "")):
                woken.arrived += 1
        elif kind in ("DeviceConnected", "DeviceDisconnected"):
            woken.peers = True
        elif kind == "FolderCompletion" and data.get("folder") == self.folder_id:
            woken.peers = True
