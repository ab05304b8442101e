"""The replication session over a finished Secret Handshake: "what do you have? here is
what you lack", both directions in one connection.

Its messages (and the limits on them) are in :mod:`sync.lan.session_messages`, their
order in the machine of :mod:`sync.lan.session_machine`; this module runs that machine
over a :class:`~sync.lan.framing.FrameChannel` against a :class:`ReplicaHost`, and is
where callers import the session from.

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
"""

from __future__ import annotations

import contextlib
import math
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field

import sqlcipher3

from sync.errors import QT_TRANSLATE_NOOP, CaucusError
from sync.lan.errors import (
    HungUp,
    PeerBusy,
    PeerNotInRoster,
    ProtocolError,
    SessionTimeout,
    SyncCancelled,
    VaultFailed,
)
from sync.lan.framing import MAX_FRAME, FrameChannel
from sync.lan.session_machine import (
    TERMINAL,
    TRANSITIONS,
    Action,
    Apply,
    Finished,
    Role,
    Send,
    SessionMachine,
    StartSending,
    State,
)
from sync.lan.session_messages import (
    BATCH_BYTES,
    BATCH_ITEMS,
    BIG_CHUNK_BYTES,
    BIG_ITEM_BYTES,
    EVENT,
    MAX_BATCH_ITEMS,
    MAX_HELLO_FRAME,
    MAX_ITEM_BYTES,
    MAX_VV_ENTRIES,
    MIN_PROTOCOL_VERSION,
    PK_BYTES,
    PROTOCOL_VERSION,
    REMOTE_ERRORS,
    Batch,
    Big,
    BigItem,
    Bye,
    Done,
    Error,
    Hello,
    Item,
    Message,
    Ping,
    error_code,
    error_message,
    hello_message,
    parse,
)
from sync.replica import EXPORT_CHUNK, ImportReport, Replica
from sync.store.vault import db_errors
from sync.verifier import PARALLEL_BYTES, Inbox

__all__ = [
    "BATCH_BYTES", "BATCH_ITEMS", "BIG_CHUNK_BYTES", "BIG_ITEM_BYTES", "CANCEL_POLL",
    "DEFAULT_IDLE_TIMEOUT", "DEFAULT_SESSION_TIMEOUT", "EVENT", "MAX_BATCH_ITEMS",
    "MAX_HELLO_FRAME", "MAX_ITEM_BYTES", "MAX_VV_ENTRIES", "MIN_PROTOCOL_VERSION",
    "PING_INTERVAL", "PK_BYTES", "PROTOCOL_VERSION", "REMOTE_ERRORS", "TERMINAL",
    "TRANSITIONS", "Action", "Apply", "Batch", "Big", "BigItem", "Bye", "Done", "Error",
    "Finished", "Hello", "Item", "Message", "Ping", "Progress", "ReplicaHost", "Role",
    "Send", "SessionMachine", "StartSending", "State", "SyncCancelled", "SyncResult",
    "bytes_vv", "check_cancel", "error_code", "error_message", "expected_items",
    "hello_message", "parse", "run_session",
]

DEFAULT_IDLE_TIMEOUT = 60.0
DEFAULT_SESSION_TIMEOUT = 3600.0
PING_INTERVAL = 5.0
#: How often a wait for the vault asks whether it was cancelled (or the server stopped).
CANCEL_POLL = 0.2
S = State


def check_cancel(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise SyncCancelled()


# -- the vault, shared between threads ---------------------------------------------------
class ReplicaHost:
    """One open vault used by several threads (LAN threads, the app's vault worker),
    one at a time.

    :meth:`use` gives the :class:`Replica` under the lock. It is always the caller's
    own object: the app keeps writing through it (``Node(branch.replica, lock)``), so
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
                raise PeerBusy(QT_TRANSLATE_NOOP(
                    "errors", "This laptop's vault is busy with other laptops; try again."))
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
            raise VaultFailed.of(
                QT_TRANSLATE_NOOP(
                    "errors", "This laptop's vault failed during the meeting sync (database "
                    "error: {name}); what was stored before is kept. Try again, and "
                    "restart Caucus if it happens again."), name=type(exc).__name__
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
    #: The error itself (the window writes its sentence in the user's language)
    failure: CaucusError | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict:
        failure, self.failure = self.failure, None  # an exception is no JSON
        try:
            out = asdict(self)
        finally:
            self.failure = failure
        del out["failure"]
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
    inbox: Inbox | None = None  # once a large receive is under way: its verifying child
    # into an empty vault (a laptop joining), every batch received is one bulk load:
    # the tables' indexes are built once, when the session ends (sync.replica.bulk)
    loading: contextlib.ExitStack | None = None

    def apply(items: list[tuple[bytes, bytes, bytes]]) -> None:
        nonlocal inbox, loading
        if inbox is None and report.bytes >= PARALLEL_BYTES:
            inbox = Inbox()
        with host.use(lock_timeout, cancelled=cancelled) as replica:
            if loading is None:
                loading = contextlib.ExitStack()
                loading.enter_context(replica.bulk_load())
            if inbox is not None:
                inbox.add(items)
                replica.receive_checked(inbox.take(len(items)),
                                        batch_size=len(items) + 1, report=report)
            else:
                replica.receive(items, batch_size=len(items) + 1, report=report)

    def execute(actions: list[Action]) -> bool:
        for action in actions:
            if isinstance(action, Send):
                channel.send(action.message)
                channel.flush()
            elif isinstance(action, Apply):
                apply(action.items)
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
                raise machine.fail(HungUp(
                    QT_TRANSLATE_NOOP(
                        "errors", "The other laptop ended the connection before the sync was "
                        "complete.")
                ))
            message = parse(obj)
            actions = machine.receive(message)
            if isinstance(message, Hello):
                channel.decoder.max_frame = MAX_FRAME
                mine = machine.local_vector or {}
                expected["receive"] = expected_items(mine, message.vv)
                expected["send"] = expected_items(message.vv, mine)
            finished = execute(actions)
        end_load(host, loading)  # a full disk here fails the sync: its rows stand
        loading = None
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
        result.failure = exc if isinstance(exc, CaucusError) else None
        result.reason = type(exc).__name__
        raise
    finally:
        if inbox is not None:
            inbox.close()
        with contextlib.suppress(Exception):  # a sync cut short: what it applied, indexed
            end_load(host, loading)
        result.seconds = time.monotonic() - started
    return result


def end_load(host: ReplicaHost, loading: contextlib.ExitStack | None) -> None:
    """End a session's bulk load, if it began one: build the indexes it left out, as
    the vault's holder (waiting for it: they must be built, and others hold it for a
    batch at a time)."""
    if loading is not None:
        with host.use():
            loading.close()


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
                for part in machine.big_parts(cbor2.dumps([body, sig, vals]),
                                              BIG_CHUNK_BYTES):
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
        raise PeerNotInRoster(QT_TRANSLATE_NOOP(
            "errors", "The other laptop is no longer an active device of this "
                              "branch (it was revoked); nothing more was sent to it."))
