"""The replication session over a finished Secret Handshake: "what do you have? here is
what you lack", both directions in one connection.

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

Order, as an explicit state machine per role (``TRANSITIONS``; wormhole style)::

    client: START -start-> AWAIT_HELLO -hello-> SENDING (batches, then done)
            -> RECEIVING (batches) -done-> DONE (sends bye)
    server: START -start-> AWAIT_HELLO -hello-> RECEIVING (sends its hello; batches)
            -done-> SENDING (batches, then done) -> AWAIT_BYE -bye-> DONE

Each side announces its version vector in its hello; each sends what the other lacks
(``Replica.export_changesets(since=peer's vector)``, a causal order) in batches of at
most :data:`BATCH_ITEMS` change sets or about :data:`BATCH_BYTES`; the receiver applies
each batch atomically with ``Replica.receive``. A broken connection keeps every batch
already committed, and the next session recomputes what is still lacking: resumable
by construction. The client sends first and the server second. A side holds its
vault only to read a chunk of what it sends or to apply one batch it received, never
while it waits on the network. Each time it reads a chunk to send (under the vault
lock) it checks that the peer is still an active device of its roster: a laptop revoked
during its session gets an ``["error", "revoked", …]`` and nothing more.

Until the peer's hello arrives a frame may carry at most :data:`MAX_HELLO_FRAME` bytes;
after it, :data:`~sync.lan.framing.MAX_FRAME`, the largest batch a sender builds.

:class:`SessionMachine` is pure (messages in, actions out) and is what the transition
and fuzz tests drive; :func:`run_session` executes its actions over a
:class:`~sync.lan.framing.FrameChannel` against a :class:`ReplicaHost`.
"""

from __future__ import annotations

import contextlib
import enum
import io
import math
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlcipher3

from sync import changes
from sync.errors import CaucusError
from sync.lan.errors import (
    IncompatibleVersion,
    LanError,
    LanUsageError,
    MalformedFrame,
    PeerBusy,
    PeerNotInRoster,
    ProtocolError,
    RemoteError,
    SessionTimeout,
    TurnedAway,
    UnexpectedMessage,
    VaultFailed,
    printable,
)
from sync.lan.framing import MAX_FRAME, FrameChannel, head
from sync.replica import EXPORT_CHUNK, ImportReport, Replica
from sync.store.vault import db_errors

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
DEFAULT_IDLE_TIMEOUT = 60.0
DEFAULT_SESSION_TIMEOUT = 3600.0
PING_INTERVAL = 5.0
#: How often a wait for the vault asks whether it was cancelled (or the server stopped).
CANCEL_POLL = 0.2

Item = tuple[bytes, bytes, bytes]


class SyncCancelled(LanError):
    """The sync was cancelled; the changes that arrived before are kept."""


def check_cancel(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise SyncCancelled()


# -- messages ---------------------------------------------------------------------------
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


# -- the state machine -----------------------------------------------------------------
class Role(enum.Enum):
    CLIENT = "client"
    SERVER = "server"


class State(enum.Enum):
    START = "start"
    AWAIT_HELLO = "awaiting the other laptop's hello"
    SENDING = "sending what the other laptop lacks"
    RECEIVING = "receiving what this laptop lacks"
    AWAIT_BYE = "awaiting the other laptop's goodbye"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class Send:
    """Send this message to the peer."""

    message: list


@dataclass(frozen=True)
class Apply:
    """Apply these change sets (one atomic batch)."""

    items: list[Item]


@dataclass(frozen=True)
class StartSending:
    """Stream every change set the peer lacks, then call :meth:`SessionMachine.sent_all`."""

    peer_vv: dict[bytes, int]


@dataclass(frozen=True)
class Finished:
    """The session is complete."""


Action = Send | Apply | StartSending | Finished

S = State
TRANSITIONS: dict[Role, dict[tuple[State, str], State]] = {
    Role.CLIENT: {
        (S.START, "start"): S.AWAIT_HELLO,
        (S.AWAIT_HELLO, "hello"): S.SENDING,
        (S.SENDING, "send_batch"): S.SENDING,
        (S.SENDING, "sent_all"): S.RECEIVING,
        (S.RECEIVING, "batch"): S.RECEIVING,
        (S.RECEIVING, "big"): S.RECEIVING,
        (S.RECEIVING, "done"): S.DONE,
    },
    Role.SERVER: {
        (S.START, "start"): S.AWAIT_HELLO,
        (S.AWAIT_HELLO, "hello"): S.RECEIVING,
        (S.RECEIVING, "batch"): S.RECEIVING,
        (S.RECEIVING, "big"): S.RECEIVING,
        (S.RECEIVING, "done"): S.SENDING,
        (S.SENDING, "send_batch"): S.SENDING,
        (S.SENDING, "sent_all"): S.AWAIT_BYE,
        (S.AWAIT_BYE, "bye"): S.DONE,
    },
}
TERMINAL = (S.DONE, S.FAILED)


class SessionMachine:
    """One side of one session: validates the order of messages and says what to do.

    ``local_vv`` is called once, when this side's hello is due, so the server's vector
    is taken after it has been given the vault. ``peer_device`` is the key the
    handshake proved; a hello naming another device is a protocol error.
    """

    def __init__(self, role: Role, local_device: bytes,
                 local_vv: Callable[[], dict[bytes, int]], peer_device: bytes) -> None:
        self.role = role
        self.transitions = TRANSITIONS[role]
        self.local_device = local_device
        self._local_vv = local_vv
        self.peer_device = peer_device
        self.state = S.START
        self.version: int | None = None
        self.local_vector: dict[bytes, int] | None = None
        self.peer_vector: dict[bytes, int] | None = None
        self.sent_items = 0
        self.received_items = 0
        self.peer_stats: dict[str, int] = {}
        self._big: BigItem | None = None
        self.failure: BaseException | None = None

    # -- transitions ---------------------------------------------------------------
    def _step(self, event: str) -> State:
        if self.state in TERMINAL:
            raise LanUsageError(f"The session is already {self.state.name}.")
        try:
            return self.transitions[(self.state, event)]
        except KeyError:
            raise self.fail(UnexpectedMessage(
                f"The other laptop sent {event!r} while this one was {self.state.value}; "
                "the connection was closed."
            ) if event in EVENT.values() else LanUsageError(
                f"Session step {event!r} is not allowed in state {self.state.name}."
            )) from None

    def fail(self, error: BaseException) -> BaseException:
        """Move to FAILED for good; returns ``error`` for the caller to raise."""
        self.state = S.FAILED
        self.failure = error
        self._big = None
        return error

    def _hello(self) -> Send:
        self.local_vector = dict(self._local_vv())
        return Send(hello_message(self.local_device, self.local_vector))

    def start(self) -> list[Action]:
        self.state = self._step("start")
        return [self._hello()] if self.role is Role.CLIENT else []

    def receive(self, message: Message) -> list[Action]:
        """Handle one message from the peer; raises (and fails) on any violation."""
        if self.state in TERMINAL:
            raise LanUsageError(f"The session is already {self.state.name}.")
        if isinstance(message, Ping):
            return []
        if isinstance(message, Error):
            kind = REMOTE_ERRORS.get(message.code, RemoteError)
            raise self.fail(kind(f"The other laptop ended the sync: {printable(message.text)}"
                                 if kind is RemoteError else None))
        event = EVENT[type(message)]
        next_state = self._step(event)
        if self._big is not None and event != "big":
            raise self.fail(UnexpectedMessage(
                "The other laptop interrupted a large change set; the connection was closed."
            ))
        handler = getattr(self, f"_on_{event}")
        actions = handler(message)
        self.state = next_state
        return actions

    def _on_hello(self, hello: Hello) -> list[Action]:
        if hello.device != self.peer_device:
            raise self.fail(ProtocolError(
                "The other laptop's hello names a device other than the one it proved to be."
            ))
        if hello.version < MIN_PROTOCOL_VERSION:
            raise self.fail(IncompatibleVersion())
        self.version = min(hello.version, PROTOCOL_VERSION)
        self.peer_vector = hello.vv
        if self.role is Role.CLIENT:
            return [StartSending(hello.vv)]
        return [self._hello()]

    def _on_batch(self, batch: Batch) -> list[Action]:
        self.received_items += len(batch.items)
        return [Apply(batch.items)]

    def _on_big(self, big: Big) -> list[Action]:
        if self._big is None:
            self._big = BigItem(big.total)
        elif big.total != self._big.total:
            raise self.fail(MalformedFrame("The parts of a large change set do not agree."))
        try:
            item = self._big.feed(big.chunk)
        except MalformedFrame as exc:
            raise self.fail(exc) from None
        if item is None:
            return []
        self._big = None
        self.received_items += 1
        return [Apply([item])]

    def _on_done(self, done: Done) -> list[Action]:
        if done.count != self.received_items:
            raise self.fail(ProtocolError(
                f"The other laptop said it sent {done.count} change sets, but "
                f"{self.received_items} arrived."
            ))
        if self.role is Role.CLIENT:
            return [Send(["bye", {"received": self.received_items}]), Finished()]
        return [StartSending(dict(self.peer_vector or {}))]

    def _on_bye(self, bye: Bye) -> list[Action]:
        self.peer_stats = bye.stats
        return [Finished()]

    # -- local steps while SENDING ------------------------------------------------------
    def batch(self, items: list[Item]) -> list:
        """The message carrying one batch we send."""
        self.state = self._step("send_batch")
        if not items:
            raise LanUsageError("A batch needs at least one change set.")
        self.sent_items += len(items)
        return ["batch", [list(i) for i in items]]

    def big_parts(self, encoded_item: bytes) -> list[list]:
        """The messages carrying one oversize change set (``encoded_item`` is its CBOR)."""
        self.state = self._step("send_batch")
        self.sent_items += 1
        total = len(encoded_item)
        return [["big", total, encoded_item[i:i + BIG_CHUNK_BYTES]]
                for i in range(0, total, BIG_CHUNK_BYTES)]

    def sent_all(self) -> list[Action]:
        next_state = self._step("sent_all")
        self.state = next_state
        return [Send(["done", self.sent_items])]


# -- the vault, shared between threads ---------------------------------------------------
class ReplicaHost:
    """One open vault used by several threads (LAN threads, the desktop's vault worker),
    one at a time.

    :meth:`use` gives the :class:`Replica` under the lock. It is always the caller's
    own object: the desktop keeps writing through it (``Node(branch.replica, lock)``), so
    a second Replica over the same connection would keep caches of its own that drift
    (an author row inserted by one is unknown to the other: ``UNIQUE constraint failed``).
    When another program wrote to the vault (SQLite's ``data_version`` moved; writes on
    this connection never move it), the replica drops its caches in place instead
    (``Replica.reset_caches``: authors, roster, applied order, erasures, dependencies;
    the branch keys are read from the vault each time, and the device key never changes).
    """

    def __init__(self, replica: Replica, lock: threading.RLock | None = None) -> None:
        self._replica = replica
        self.lock = lock or threading.RLock()
        self._data_version = self._read_data_version()

    def _read_data_version(self) -> int:
        return int(self._replica.conn.execute("PRAGMA data_version").fetchone()[0])

    def _acquire(self, timeout: float | None, waiting: Callable[[], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        now = time.monotonic()
        deadline = math.inf if timeout is None else now + timeout
        next_ping = now + PING_INTERVAL
        while True:
            check_cancel(cancelled)
            step = min(next_ping, deadline) - now
            if cancelled is not None:
                step = min(step, CANCEL_POLL)
            if self.lock.acquire(timeout=max(0.0, step)):
                return
            now = time.monotonic()
            if now >= deadline:
                raise PeerBusy("This laptop's vault is busy with other laptops; try again.")
            if now >= next_ping:
                next_ping = now + PING_INTERVAL
                if waiting is not None:
                    waiting()

    @contextlib.contextmanager
    def use(self, timeout: float | None = None, waiting: Callable[[], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> Iterator[Replica]:
        """The replica, under the lock, waiting at most ``timeout`` seconds for it.

        ``waiting`` is called every :data:`PING_INTERVAL` seconds meanwhile; once
        ``cancelled()`` says yes (asked while waiting and again once the lock is held)
        this raises :class:`SyncCancelled`, so nothing is read or stored after a cancel
        or a server's stop. A database error inside becomes :class:`VaultFailed`, a
        sentence for the user; the library's own error stays as its cause.
        """
        self._acquire(timeout, waiting, cancelled)
        try:
            check_cancel(cancelled)
            with db_errors():
                version = self._read_data_version()
                if version != self._data_version:
                    self._replica.reset_caches()
                    self._data_version = version
                yield self._replica
        except (sqlite3.Error, sqlcipher3.Error) as exc:
            raise VaultFailed(
                f"This laptop's vault failed during the meeting sync (database error: "
                f"{type(exc).__name__}); what was stored before is kept. Try again, and "
                "restart Caucus if it happens again."
            ) from exc
        finally:
            self.lock.release()


# -- results and progress ------------------------------------------------------------------
@dataclass
class Progress:
    """One step of a session, for a progress bar."""

    direction: str  # "send" or "receive"
    items: int
    bytes: int
    expected: int


@dataclass
class SyncResult:
    """What one session did, for the summary line and ``--json``."""

    peer: str
    peer_name: str
    address: str
    sent: int = 0
    sent_bytes: int = 0
    received: ImportReport = field(default_factory=ImportReport)
    received_items: int = 0
    seconds: float = 0.0
    complete: bool = False
    error: str | None = None
    #: The error's class name (``NotReachable``, ``PeerIdle``, ...), for scripts.
    reason: str | None = None

    def to_dict(self) -> dict:
        out = asdict(self)
        out["received"] = self.received.to_dict()
        return out

    def summary(self) -> str:
        r = self.received
        head = f"{self.peer_name} ({self.peer[:8]}) at {self.address}"
        body = (f"received {self.received_items} change sets ({r.applied} applied, "
                f"{r.already} already here, {r.held} held back, {len(r.rejected)} rejected), "
                f"sent {self.sent}, in {self.seconds:.2f} s")
        if self.complete:
            return f"Synced with {head}: {body}."
        if not (self.received_items or self.sent):
            who = head if self.peer else self.address
            return f"Could not sync with {who}: {self.error}"
        return f"Sync with {head} did not finish ({self.error}); kept what arrived: {body}."


def expected_items(have: dict[bytes, int], other: dict[bytes, int]) -> int:
    """How many change sets ``other`` holds that ``have`` lacks (void ones aside)."""
    return sum(max(0, seq - have.get(pk, 0)) for pk, seq in other.items())


def bytes_vv(replica: Replica) -> dict[bytes, int]:
    return {bytes.fromhex(pk): seq for pk, seq in replica.version_vector().items()}


# -- the driver -------------------------------------------------------------------------
def run_session(channel: FrameChannel, role: Role, host: ReplicaHost, local_device: bytes,
                peer_device: bytes, *, progress: Callable[[Progress], None] | None = None,
                result: SyncResult | None = None,
                lock_timeout: float | None = None,
                cancelled: Callable[[], bool] | None = None) -> SyncResult:
    """Run one side of a session to the end over ``channel``; the caller closes the socket.

    Whatever the outcome, ``result`` (returned, or filled in place when raising) says
    what was sent and what was applied; every applied batch stays committed. On a
    protocol error an ``error`` message is sent to the peer (best effort) first.
    ``cancelled`` is asked between batches, before each wait for the peer and while
    waiting for the vault; once it says yes the session stops with
    :class:`SyncCancelled`, so a cancel keeps whole batches only, and the peer is told why.
    """
    result = result or SyncResult(peer_device.hex(), "", "")
    started = time.monotonic()
    report = result.received
    expected = {"send": 0, "receive": 0}

    def ping() -> None:
        channel.send(["ping"])
        channel.flush()

    def local_vv() -> dict[bytes, int]:
        with host.use(lock_timeout, ping, cancelled) as replica:
            return bytes_vv(replica)

    machine = SessionMachine(role, local_device, local_vv, peer_device)

    def execute(actions: list[Action]) -> bool:
        for action in actions:
            if isinstance(action, Send):
                channel.send(action.message)
                channel.flush()
            elif isinstance(action, Apply):
                with host.use(lock_timeout, cancelled=cancelled) as replica:
                    replica.receive(action.items, batch_size=len(action.items) + 1,
                                    report=report)
                result.received_items += len(action.items)
                if progress:
                    progress(Progress("receive", result.received_items, report.bytes,
                                      expected["receive"]))
                check_cancel(cancelled)
            elif isinstance(action, StartSending):
                _stream(channel, machine, host, action.peer_vv, result, progress,
                        expected, lock_timeout, ping, cancelled)
                execute(machine.sent_all())
            elif isinstance(action, Finished):
                return True
        return False

    channel.decoder.max_frame = MAX_HELLO_FRAME  # until the peer's hello
    try:
        finished = execute(machine.start())
        while not finished:
            if machine.state is not S.AWAIT_BYE:  # else only the peer's goodbye is left
                check_cancel(cancelled)
            obj = channel.recv()
            if obj is None:
                raise machine.fail(ProtocolError(
                    "The other laptop ended the connection before the sync was complete."
                ))
            message = parse(obj)
            actions = machine.receive(message)
            if isinstance(message, Hello):
                channel.decoder.max_frame = MAX_FRAME
                mine = machine.local_vector or {}
                expected["receive"] = expected_items(mine, message.vv)
                expected["send"] = expected_items(message.vv, mine)
            finished = execute(actions)
        result.complete = True
    except BaseException as exc:
        if machine.state is not S.FAILED:
            machine.fail(exc)
        if (isinstance(exc, ProtocolError | PeerBusy | SyncCancelled | PeerNotInRoster)
                or type(exc) is SessionTimeout):
            with contextlib.suppress(CaucusError, OSError):
                channel.idle_timeout = 2.0  # the peer may not be reading: do not wait long
                channel.deadline = None
                channel.send(error_message(error_code(exc), str(exc)))
                channel.flush()
        result.error = str(exc) if isinstance(exc, CaucusError) else type(exc).__name__
        result.reason = type(exc).__name__
        raise
    finally:
        result.seconds = time.monotonic() - started
    return result


def _stream(channel: FrameChannel, machine: SessionMachine, host: ReplicaHost,
            peer_vv: dict[bytes, int], result: SyncResult,
            progress: Callable[[Progress], None] | None, expected: dict[str, int],
            lock_timeout: float | None, ping: Callable[[], None],
            cancelled: Callable[[], bool] | None) -> None:
    """Send every change set the peer lacks, in batches.

    The vault is held only to list what to send and to read each chunk of it, never
    while a batch goes out: two laptops in meeting mode that sync with each other at
    the same moment would otherwise each hold their vault while waiting for the other
    to read, and the other needs its vault to store what it reads. Each time, the peer
    must still be an active device: a revocation made meanwhile (on this laptop, or by
    another program on its vault) stops the stream before the next chunk is read.
    """
    import cbor2

    def vault() -> contextlib.AbstractContextManager[Replica]:
        return host.use(lock_timeout, ping, cancelled)

    with vault() as replica:
        _require_active(replica, machine.peer_device)
        known = set(bytes_vv(replica))
        plan = replica.export_plan({pk: seq for pk, seq in peer_vv.items() if pk in known})
    batch: list[Item] = []
    size = 0

    def flush_batch() -> None:
        nonlocal batch, size
        if batch:
            result.sent_bytes += channel.send(machine.batch(batch))
            result.sent = machine.sent_items
            batch, size = [], 0
            if progress:
                progress(Progress("send", result.sent, result.sent_bytes, expected["send"]))
            check_cancel(cancelled)

    for start in range(0, len(plan), EXPORT_CHUNK):
        with vault() as replica:
            _require_active(replica, machine.peer_device)
            items = replica.export_items(plan[start:start + EXPORT_CHUNK])
        for body, sig, vals in items:
            item_size = len(body) + len(sig) + len(vals)
            if item_size > BIG_ITEM_BYTES:
                flush_batch()
                for part in machine.big_parts(cbor2.dumps([body, sig, vals])):
                    result.sent_bytes += channel.send(part)
                result.sent = machine.sent_items
                continue
            batch.append((body, sig, vals))
            size += item_size
            if len(batch) >= BATCH_ITEMS or size >= BATCH_BYTES:
                flush_batch()
    flush_batch()
    channel.flush()


def _require_active(replica: Replica, peer: bytes) -> None:
    if peer.hex() not in replica.active_devices():
        raise PeerNotInRoster("The other laptop is no longer an active device of this "
                              "branch (it was revoked); nothing more was sent to it.")
