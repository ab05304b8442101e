"""The messages of the replication session: their shapes, the strict parser, the limits.

Messages are CBOR arrays carried in frames (:mod:`sync.lan.framing`)::

    ["hello", {"v": version, "device": pk(32), "vv": {pk(32): seq, ...}}]
    ["batch", [[body, sig, vals], ...]]      change sets, applied as one transaction
    ["big", total, chunk]                    one change set too large for a batch, in parts
    ["done", count]                          the sender sent ``count`` change sets
    ["bye", {"received": n}]                 the client got everything (a courtesy)
    ["ping"]                                 "still here" while waiting for the vault
    ["error", code, text]                    the sender gives up; known codes ("busy",
                                             "revoked") are told in a sentence of our own,
                                             any other text is shown made printable

:func:`parse` turns one decoded frame into one typed message, or raises
:class:`~sync.lan.errors.MalformedFrame`; :class:`BigItem` reassembles a "big" change
set from its parts without holding it twice. The order of messages is the machine's
(:mod:`sync.lan.session_machine`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from sync import changes
from sync.lan.errors import (
    IncompatibleVersion,
    MalformedFrame,
    PeerBusy,
    PeerNotInRoster,
    ProtocolError,
    RemoteError,
    TurnedAway,
)
from sync.lan.framing import head

#: The highest session protocol this code speaks; peers use the lower of the two.
PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
BATCH_ITEMS = 256
BATCH_BYTES = 1024 * 1024
#: A change set larger than this travels alone, cut into "big" parts.
BIG_ITEM_BYTES = 4 * 1024 * 1024
BIG_CHUNK_BYTES = 1024 * 1024
#: The largest single change set (encoded) a receiver reassembles.
MAX_ITEM_BYTES = 2 * changes.MAX_BODY + 2 * 1024 * 1024
#: A hello names at most this many devices, so it fits in :data:`MAX_HELLO_FRAME`.
MAX_VV_ENTRIES = 4096
MAX_HELLO_FRAME = 256 * 1024
MAX_BATCH_ITEMS = 2 * BATCH_ITEMS
PK_BYTES = 32

Item = tuple[bytes, bytes, bytes]


@dataclass(frozen=True)
class Hello:
    version: int
    device: bytes
    vv: dict[bytes, int]


@dataclass(frozen=True)
class Batch:
    items: list[Item]


@dataclass(frozen=True)
class Big:
    total: int
    chunk: bytes


@dataclass(frozen=True)
class Done:
    count: int


@dataclass(frozen=True)
class Bye:
    stats: dict[str, int]


@dataclass(frozen=True)
class Ping:
    pass


@dataclass(frozen=True)
class Error:
    code: str
    text: str


Message = Hello | Batch | Big | Done | Bye | Ping | Error
EVENT = {Hello: "hello", Batch: "batch", Big: "big", Done: "done", Bye: "bye"}


def _uint(value: Any, limit: int = 1 << 63) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < limit


def _item(value: Any) -> Item:
    if not (isinstance(value, list) and len(value) == 3
            and all(isinstance(part, bytes) for part in value)):
        raise MalformedFrame("The other laptop sent a change set in an unknown form.")
    return value[0], value[1], value[2]


def parse(obj: Any) -> Message:
    """The typed message of one decoded frame; :class:`MalformedFrame` unless exactly valid."""
    if not isinstance(obj, list) or not obj or not isinstance(obj[0], str):
        raise MalformedFrame()
    kind, args = obj[0], obj[1:]
    if kind == "hello" and len(args) == 1 and isinstance(args[0], dict):
        body = args[0]
        version, device, vv = body.get("v"), body.get("device"), body.get("vv")
        if not (_uint(version) and version >= 1 and isinstance(device, bytes)
                and len(device) == PK_BYTES and isinstance(vv, dict)
                and len(vv) <= MAX_VV_ENTRIES):
            raise MalformedFrame("The other laptop sent a malformed hello.")
        clean: dict[bytes, int] = {}
        for pk, seq in vv.items():
            if not (isinstance(pk, bytes) and len(pk) == PK_BYTES and _uint(seq)):
                raise MalformedFrame("The other laptop sent a malformed version vector.")
            clean[pk] = seq
        return Hello(version, device, clean)
    if kind == "batch" and len(args) == 1 and isinstance(args[0], list):
        if not 1 <= len(args[0]) <= MAX_BATCH_ITEMS:
            raise MalformedFrame("The other laptop sent an empty or oversize batch.")
        return Batch([_item(v) for v in args[0]])
    if (kind == "big" and len(args) == 2 and _uint(args[0]) and isinstance(args[1], bytes)
            and args[1] and 0 < args[0] <= MAX_ITEM_BYTES):
        return Big(args[0], args[1])
    if kind == "done" and len(args) == 1 and _uint(args[0]):
        return Done(args[0])
    if kind == "bye" and len(args) == 1 and isinstance(args[0], dict) and len(args[0]) <= 16:
        stats = args[0]
        if all(isinstance(k, str) and _uint(v) for k, v in stats.items()):
            return Bye(dict(stats))
        raise MalformedFrame()
    if kind == "ping" and not args:
        return Ping()
    if (kind == "error" and len(args) == 2 and isinstance(args[0], str)
            and isinstance(args[1], str) and len(args[0]) <= 64 and len(args[1]) <= 1000):
        return Error(args[0], args[1])
    raise MalformedFrame(f"The other laptop sent an unknown or malformed {kind[:20]!r} message.")


def hello_message(device: bytes, vv: dict[bytes, int],
                  version: int = PROTOCOL_VERSION) -> list:
    return ["hello", {"v": version, "device": device, "vv": vv}]


def error_message(code: str, text: str) -> list:
    return ["error", code[:64], text[:1000]]


#: What an error from the peer means, by code (told in our own words); any other code
#: is a plain RemoteError showing the peer's text, made printable.
REMOTE_ERRORS: dict[str, type[RemoteError]] = {"busy": PeerBusy, "revoked": TurnedAway}


def error_code(exc: BaseException) -> str:
    if isinstance(exc, IncompatibleVersion):
        return "version"
    if isinstance(exc, PeerBusy):
        return "busy"
    if isinstance(exc, PeerNotInRoster):
        return "revoked"
    if isinstance(exc, ProtocolError):
        return "protocol"
    return "failed"


class BigItem:
    """One change set too large for a batch, taken from its "big" parts as they come.

    Its CBOR ``[body, sig, vals]`` is read by the item heads as it arrives and each
    field's bytes go straight into a buffer of their own, which becomes the field
    without a copy (``BytesIO.getvalue``): the change set is held once, never as a
    reassembled whole plus the fields decoded from it.
    """

    def __init__(self, total: int) -> None:
        self.total = total
        self.received = 0
        self._head = bytearray()  # an item head, while it is incomplete
        self._fields: list[io.BytesIO] = []
        self._due = 0  # bytes still due for the last field
        self._array = False

    def feed(self, chunk: bytes) -> Item | None:
        """Take the next part; the change set once it is complete."""
        bad = MalformedFrame("The other laptop sent a large change set in an unknown form.")
        self.received += len(chunk)
        if self.received > self.total:
            raise MalformedFrame("A large change set is longer than announced.")
        view = memoryview(chunk)
        while view:
            if self._due:
                taken = view[:self._due]
                self._fields[-1].write(taken)
                self._due -= len(taken)
                view = view[len(taken):]
                continue
            self._head.append(view[0])
            view = view[1:]
            info = self._head[0] & 0x1F
            if info < 28 and len(self._head) < (1 if info < 24 else 1 + (1 << (info - 24))):
                continue
            major, arg, _end = head(self._head, 0)
            self._head.clear()
            if not self._array and (major, arg) == (4, 3):
                self._array = True
            elif self._array and major == 2 and len(self._fields) < 3:
                self._fields.append(io.BytesIO())
                self._due = arg
            else:
                raise bad
        if self.received < self.total:
            return None
        if len(self._fields) != 3 or self._due or self._head:
            raise bad
        body, sig, vals = (f.getvalue() for f in self._fields)
        return body, sig, vals
