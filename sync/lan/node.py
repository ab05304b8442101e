"""Meeting sync between laptops: keys, who may connect, finding the server's key, serving.

**Network key and epochs.** The Secret Handshake's network key is
``derive_network_key(branch key of epoch e, e)``. After a revocation the admin's laptop
moves to a new epoch while the others still use the old one until they sync, so both
sides accept their current epoch and up to :data:`OLDER_EPOCHS_TRIED` older ones they
hold (the server checks the client's hello against each; the client tries newest
first). A revoked laptop still holds an old key and so gets as far as the server's
hello (64 bytes, nothing about the branch beyond "a laptop of it listens here"), then
the roster check turns it away: it never receives message 4 or any data. Without this,
a laptop that has not yet heard of a rotation could not sync with the admin's laptop
by LAN at all.

**How a client learns the server's key.** Shs1 needs the server's long-term public key
before the first byte. From discovery it is in the (sealed) TXT record. For a bare
``HOST:PORT`` we do better than trying every roster key in turn: an *identify probe*
on the same port. The probe is 64 bytes, the size of a shs1 client hello::

    "CAUCUSID" ‖ nonce (24) ‖ auth(key_id, "CAUCUSID" ‖ nonce) (32)

where ``key_id = derive_key(branch key, "lan/identify/v2")``. Every answer is a box
``nonce' ‖ secretbox(key_id, nonce', kind ‖ value (32) ‖ sha256(probe)[:16])``:

* a probe under the server's *current* key is answered at once with kind 1, its device
  key, and the connection closes;
* a probe under one of its older keys gets kind 2, a random 32-byte challenge; the
  client must send ``nonce'' ‖ secretbox(key_id, nonce'', device key ‖ signature)``, its
  device key signing ``"caucus/lan/identify-proof/v1" ‖ sha256(probe) ‖ challenge``,
  and only a device that is active in the server's roster then gets kind 1. A revoked
  laptop, which holds only old keys, learns no device key: only that a laptop of its
  former branch listens there, which its shs1 hello with the old key tells it too.

Anyone without one of those keys gets nothing: the port closes after 64 bytes, as a
shs1 server does after a bad hello. A genuine shs1 hello starts with the magic with
probability 2^-64. A probe that is read and then closed on means "not recognised"
(:class:`NetworkMismatch`); a reset or silence means the laptop is busy or did not
answer (:class:`PeerNotAnswering`), never "another branch".

**Roster.** The server's handshake refuses (before message 4, so before any data) a
client whose key is not an active device of the roster; after the handshake the check
is repeated on a fresh view of the vault, and again before every chunk either side
sends (:mod:`sync.lan.session`). The client likewise refuses a server that is not an
active device of *its* roster.

**Connections.** Anyone on the network can open a TCP connection, so those not yet
through the handshake are kept apart from the sessions: at most :data:`MAX_PENDING` in
all and :data:`PENDING_PER_ADDRESS` silent ones per IP address, each given
:data:`HELLO_TIMEOUT` seconds for its first 64 bytes. When either bound is reached, a
newcomer takes the place of the oldest silent connection (one that has not shown a
branch key and has no bytes waiting; it is dropped with a reset); only if all
:data:`MAX_PENDING` places are held by connections that are not silent, is the newcomer
reset. Authenticated sessions have their own pool
(``max_connections``); a laptop arriving when it is full is told "busy" over the
encrypted stream. So silent sockets cannot lock members out: a member's connection
shows its key within a round trip, and from then on is not displaced.

**Threads.** :class:`LanServer` accepts on one thread and runs each connection on its
own. Network waits never hold the vault; the vault is held only to read the version
vector, to apply one received batch, and while reading each chunk of what the peer
lacks (see :class:`~sync.lan.session.ReplicaHost`). :meth:`LanServer.stop` raises a flag
that every wait for the vault checks, so no new batch is applied after it returns. One
log line per refused, broken or finished peer, at WARNING or INFO, on the
``caucus.lan`` logger.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import select
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import nacl.bindings
import nacl.exceptions
import nacl.signing
import nacl.utils

from sync import trust
from sync.errors import CaucusError, NotPermitted
from sync.keys import derive_key
from sync.lan.errors import (
    ClientAuthFailed,
    ClientNotAuthorized,
    ConnectionLost,
    HandshakeFailed,
    HandshakeMalformed,
    HandshakeRefused,
    HandshakeTimeout,
    LanError,
    LanUsageError,
    NetworkMismatch,
    NotReachable,
    PeerNotAnswering,
    PeerNotInRoster,
    printable,
)
from sync.lan.framing import BoxTransport, FrameChannel
from sync.lan.kdf import auth, auth_verify, derive_network_key
from sync.lan.session import (
    DEFAULT_IDLE_TIMEOUT,
    DEFAULT_SESSION_TIMEOUT,
    Progress,
    ReplicaHost,
    Role,
    SyncResult,
    error_message,
    run_session,
)
from sync.lan.shs import (
    MSG1_BYTES,
    MSG3_BYTES,
    ServerHandshake,
    client_handshake,
    read_exact,
)
from sync.replica import Replica

log = logging.getLogger("caucus.lan")

PROBE_MAGIC = b"CAUCUSID"
PROBE_NONCE_BYTES = 24
PROBE_BYTES = len(PROBE_MAGIC) + PROBE_NONCE_BYTES + 32
PROBE_ANSWER, PROBE_CHALLENGE = 1, 2
PROBE_RESPONSE_BYTES = 24 + 16 + 1 + 32 + 16
PROBE_PROOF_BYTES = 24 + 16 + 32 + 64
PROOF_CONTEXT = b"caucus/lan/identify-proof/v1"
OLDER_EPOCHS_TRIED = 2
HANDSHAKE_TIMEOUT = 10.0
#: Seconds a new connection has for its first 64 bytes (a shs1 hello or a probe).
HELLO_TIMEOUT = 2.0
MAX_PENDING = 8
PENDING_PER_ADDRESS = 2
CONNECT_TIMEOUT = 5.0
DEFAULT_PORT = 0


# -- what the LAN code needs from the vault, read under the lock ---------------------------
@dataclass(frozen=True)
class Keyring:
    """This device's key and the branch keys it holds, by epoch."""

    signing_key: nacl.signing.SigningKey = field(repr=False)
    branch_id: bytes
    epoch: int
    branch_keys: dict[int, bytes] = field(repr=False)

    @property
    def device_pk(self) -> bytes:
        return bytes(self.signing_key.verify_key)

    def network_key(self, epoch: int | None = None) -> bytes:
        epoch = self.epoch if epoch is None else epoch
        return derive_network_key(self.branch_keys[epoch], epoch)

    def epochs(self, older: int = OLDER_EPOCHS_TRIED) -> list[int]:
        """The current epoch first, then up to ``older`` earlier ones this device holds."""
        return [e for e in range(self.epoch, self.epoch - older - 1, -1)
                if e in self.branch_keys]

    @classmethod
    def read(cls, replica: Replica) -> Keyring:
        if not replica.initialised:
            raise CaucusError("This vault does not belong to a branch yet.")
        epoch = int(replica.meta("key_epoch") or 0)
        keys = {}
        for e in range(epoch, -1, -1):
            key = replica.secret(f"branch_key.{e}")
            if key is not None:
                keys[e] = key
        if epoch not in keys:
            raise CaucusError(f"This device does not hold the branch key of epoch {epoch}.")
        return cls(replica.signing_key, replica.branch_id, epoch, keys)


@dataclass(frozen=True)
class RosterView:
    """Who is in the branch, as of the last look at the vault."""

    active: frozenset[bytes]
    revoked: frozenset[bytes]
    names: dict[bytes, str]

    @classmethod
    def read(cls, replica: Replica) -> RosterView:
        active = frozenset(bytes.fromhex(d) for d in replica.active_devices())
        names, revoked = {}, set()
        for device in trust.list_devices(replica):
            pk = bytes.fromhex(device.id)
            names[pk] = device.name
            if device.revoked:
                revoked.add(pk)
        return cls(active, frozenset(revoked - active), names)

    def name(self, pk: bytes) -> str:
        """The device's name in the roster (made printable: any member chose it)."""
        return printable(self.names.get(pk) or pk.hex()[:8], 100)

    def describe(self, pk: bytes) -> str:
        return f"{self.name(pk)} ({pk.hex()[:8]})"


class Node:
    """One laptop on the meeting network: its vault (shared safely), keys and roster view."""

    def __init__(self, replica: Replica, lock: threading.RLock | None = None) -> None:
        self.host = ReplicaHost(replica, lock)
        self.keyring: Keyring
        self.roster: RosterView
        self.refresh()

    def refresh(self, cancelled: Callable[[], bool] | None = None) -> None:
        """Re-read keys and roster (after a session: either may have changed)."""
        with self.host.use(cancelled=cancelled) as replica:
            self.keyring = Keyring.read(replica)
            self.roster = RosterView.read(replica)

    @property
    def device_pk(self) -> bytes:
        return self.keyring.device_pk

    def check_self(self) -> None:
        if self.device_pk not in self.roster.active:
            raise NotPermitted("This laptop is not an active device of its branch "
                               "(it was revoked, or has not joined yet).")

    def is_active(self, pk: bytes) -> bool:
        return pk in self.roster.active

    def is_active_now(self, pk: bytes, wait: float = 1.0) -> bool:
        """Like :meth:`is_active`, but a key the snapshot does not know triggers a fresh
        look at the vault (another program may have admitted it), if the vault is free
        within ``wait`` seconds."""
        if pk in self.roster.active:
            return True
        with contextlib.suppress(CaucusError):
            with self.host.use(wait) as replica:
                self.roster = RosterView.read(replica)
        return pk in self.roster.active


# -- the identify probe -----------------------------------------------------------------
def probe_key(branch_key: bytes) -> bytes:
    return derive_key(branch_key, "lan/identify/v2")


def probe_request(key: bytes, nonce: bytes | None = None) -> bytes:
    nonce = nacl.utils.random(PROBE_NONCE_BYTES) if nonce is None else nonce
    head = PROBE_MAGIC + nonce
    return head + auth(head, key)


def check_probe(key: bytes, request: bytes) -> bool:
    head, tag = request[:PROBE_BYTES - 32], request[PROBE_BYTES - 32:]
    return (len(request) == PROBE_BYTES and request.startswith(PROBE_MAGIC)
            and auth_verify(tag, head, key))


def _binding(request: bytes) -> bytes:
    return hashlib.sha256(request).digest()[:16]


def _seal(key: bytes, plain: bytes) -> bytes:
    nonce = nacl.utils.random(24)
    return nonce + nacl.bindings.crypto_secretbox_easy(plain, nonce, key)


def _open(key: bytes, box: bytes) -> bytes | None:
    try:
        return nacl.bindings.crypto_secretbox_open_easy(box[24:], box[:24], key)
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        return None


def probe_response(key: bytes, request: bytes, kind: int, value: bytes) -> bytes:
    """The server's answer (:data:`PROBE_ANSWER`, its device key) or challenge."""
    return _seal(key, bytes([kind]) + value + _binding(request))


def open_probe_response(key: bytes, request: bytes,
                        response: bytes) -> tuple[int, bytes] | None:
    """``(kind, value)`` of a genuine response to ``request``, else ``None``."""
    plain = _open(key, response) if len(response) == PROBE_RESPONSE_BYTES else None
    if plain is None or plain[0] not in (PROBE_ANSWER, PROBE_CHALLENGE) or (
            plain[33:] != _binding(request)):
        return None
    return plain[0], plain[1:33]


def _proof_message(request: bytes, challenge: bytes) -> bytes:
    return PROOF_CONTEXT + hashlib.sha256(request).digest() + challenge


def probe_proof(key: bytes, request: bytes, challenge: bytes,
                signing_key: nacl.signing.SigningKey) -> bytes:
    """The client's proof that it is the device it names (sealed: only key holders see who)."""
    signed = signing_key.sign(_proof_message(request, challenge)).signature
    return _seal(key, bytes(signing_key.verify_key) + signed)


def open_probe_proof(key: bytes, request: bytes, challenge: bytes,
                     proof: bytes) -> bytes | None:
    """The device key that signed this challenge, or ``None``."""
    plain = _open(key, proof) if len(proof) == PROBE_PROOF_BYTES else None
    if plain is None:
        return None
    try:
        nacl.signing.VerifyKey(plain[:32]).verify(_proof_message(request, challenge),
                                                  plain[32:])
    except (nacl.exceptions.CryptoError, ValueError):
        return None
    return plain[:32]


# -- addresses ----------------------------------------------------------------------------
def parse_address(text: str, default_port: int | None = None) -> tuple[str, int]:
    """``HOST:PORT`` (``[v6]:PORT`` for IPv6) as a ``(host, port)`` pair."""
    text = text.strip()
    host, sep, port = text.rpartition(":")
    if not sep:
        host, port = text, "" if default_port is None else str(default_port)
    host = host.strip("[]")
    try:
        number = int(port)
    except ValueError:
        number = -1
    if not host or not 0 < number < 65536:
        raise LanUsageError(f"{text!r} is not an address of the form HOST:PORT.")
    return host, number


def format_address(address: tuple[str, int]) -> str:
    host, port = address[0], address[1]
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _busy(address: tuple[str, int]) -> PeerNotAnswering:
    return PeerNotAnswering(f"The laptop at {format_address(address)} is busy or did not "
                            "answer; try again in a moment.")


def _connect(address: tuple[str, int], timeout: float) -> socket.socket:
    try:
        sock = socket.create_connection(address, timeout=timeout)
    except (ConnectionResetError, ConnectionAbortedError):
        # Something listens there and dropped us at once: a full laptop resets new
        # connections, and on a fast link the reset can beat connect()'s own return.
        raise _busy(address) from None
    except OSError as exc:
        raise NotReachable(f"The laptop at {format_address(address)} could not be reached "
                           f"({exc.strerror or exc}).") from None
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def _write(sock: socket.socket, data: bytes, deadline: float) -> None:
    try:
        sock.settimeout(max(0.001, deadline - time.monotonic()))
        sock.sendall(data)
    except TimeoutError:
        raise HandshakeTimeout() from None
    except OSError as exc:
        raise ConnectionLost() from exc


def identify(node: Node, address: tuple[str, int], *,
             timeout: float = CONNECT_TIMEOUT) -> tuple[bytes, int]:
    """The device key and key epoch of the branch laptop listening at ``address``.

    Each epoch's probe the laptop reads and then hangs up on means it does not
    recognise that key (or, for an older key, this device); if none is recognised, that
    is :class:`NetworkMismatch`. A reset or silence is :class:`PeerNotAnswering`.
    """
    keyring = node.keyring
    for epoch in keyring.epochs():
        key = probe_key(keyring.branch_keys[epoch])
        request = probe_request(key)
        with contextlib.closing(_connect(address, timeout)) as sock:
            deadline = time.monotonic() + timeout
            try:
                _write(sock, request, deadline)
                answer = open_probe_response(
                    key, request, read_exact(sock, PROBE_RESPONSE_BYTES, deadline))
                if answer is not None and answer[0] == PROBE_CHALLENGE:
                    _write(sock, probe_proof(key, request, answer[1], keyring.signing_key),
                           deadline)
                    answer = open_probe_response(
                        key, request, read_exact(sock, PROBE_RESPONSE_BYTES, deadline))
            except HandshakeRefused:
                continue  # read and hung up on: try an older key
            except (ConnectionLost, HandshakeTimeout):
                raise _busy(address) from None
        if answer is not None and answer[0] == PROBE_ANSWER:
            return answer[1], epoch
    raise NetworkMismatch(
        f"The laptop at {format_address(address)} did not recognise this laptop: it belongs "
        "to another branch, or it holds a newer branch key and does not count this laptop "
        "as an active device."
    )


# -- the client -------------------------------------------------------------------------
def sync_with(node: Node, address: tuple[str, int], *, server_pk: bytes | None = None,
              epoch: int | None = None, progress: Callable[[Progress], None] | None = None,
              idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
              session_timeout: float = DEFAULT_SESSION_TIMEOUT,
              connect_timeout: float = CONNECT_TIMEOUT,
              cancelled: Callable[[], bool] | None = None) -> SyncResult:
    """One session with the laptop at ``address``; never raises a :class:`CaucusError`.

    The result says whether it completed; if not, ``error`` says why and the counts
    say what was kept (every applied batch stays). ``cancelled`` is asked between
    batches (see :func:`~sync.lan.session.run_session`); a cancelled sync ends with
    ``reason == "SyncCancelled"``.
    """
    label = format_address(address)
    result = SyncResult("", "", label)
    started = time.monotonic()
    try:
        node.check_self()
        if server_pk is None:
            server_pk, epoch = identify(node, address, timeout=connect_timeout)
        result.peer, result.peer_name = server_pk.hex(), node.roster.name(server_pk)
        if server_pk == node.device_pk:
            raise LanError(f"{label} is this laptop itself.")
        if not node.is_active_now(server_pk):
            raise PeerNotInRoster(f"The laptop at {label} ({server_pk.hex()[:8]}) is not an "
                                  "active device of this branch; nothing was exchanged.")
        keyring = node.keyring
        epoch = keyring.epoch if epoch is None else epoch
        if epoch not in keyring.branch_keys:
            raise NetworkMismatch()
        with contextlib.closing(_connect(address, connect_timeout)) as sock:
            keys = client_handshake(sock, keyring.network_key(epoch), keyring.signing_key,
                                    server_pk, timeout=HANDSHAKE_TIMEOUT)
            channel = FrameChannel(BoxTransport(sock, keys.encoder(), keys.decoder()),
                                   idle_timeout=idle_timeout,
                                   deadline=time.monotonic() + session_timeout)
            try:
                run_session(channel, Role.CLIENT, node.host, node.device_pk, server_pk,
                            progress=progress, result=result, cancelled=cancelled)
            finally:
                channel.close()
    except CaucusError as exc:
        result.error = str(exc)
        result.reason = type(exc).__name__
        result.complete = False
    finally:
        result.seconds = time.monotonic() - started
        with contextlib.suppress(CaucusError):
            node.refresh()
    return result


# -- the server -------------------------------------------------------------------------
@dataclass(eq=False)
class _Conn:
    """One accepted connection, as the server's pools see it."""

    sock: socket.socket
    address: str
    since: float
    spoke: bool = False  # showed a branch key (a valid probe or shs1 hello): not displaced
    evicted: bool = False
    session: bool = False


def _readable(sock: socket.socket) -> bool:
    """Whether bytes (or the peer's goodbye) wait on ``sock``; true when it cannot tell."""
    try:
        return bool(select.select([sock], [], [], 0)[0])
    except (OSError, ValueError):  # closed meanwhile, or a descriptor select cannot take
        return True


def _reset(sock: socket.socket) -> None:
    """Close with a TCP reset, which the other side reads as "busy", not as "refused"."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class LanServer:
    """Accepts branch laptops on one TCP port and syncs with each (threads, bounded).

    ``start()`` binds and returns the address; ``stop()`` closes everything and joins
    every thread it started (bounded wait). ``max_connections`` bounds the sessions
    (after the handshake); ``max_pending`` and ``pending_per_address`` the connections
    still before it (see "Connections" above).
    """

    def __init__(self, node: Node, bind: tuple[str, int] = ("0.0.0.0", DEFAULT_PORT), *,  # noqa: S104
                 max_connections: int = 16, max_pending: int = MAX_PENDING,
                 pending_per_address: int = PENDING_PER_ADDRESS,
                 idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
                 session_timeout: float = DEFAULT_SESSION_TIMEOUT,
                 handshake_timeout: float = HANDSHAKE_TIMEOUT,
                 hello_timeout: float = HELLO_TIMEOUT,
                 lock_timeout: float = 120.0,
                 on_result: Callable[[SyncResult], None] | None = None) -> None:
        self.node = node
        self.bind = bind
        self.max_connections = max_connections
        self.max_pending = max_pending
        self.pending_per_address = pending_per_address
        self.idle_timeout = idle_timeout
        self.session_timeout = session_timeout
        self.handshake_timeout = handshake_timeout
        self.hello_timeout = hello_timeout
        self.lock_timeout = lock_timeout
        self.on_result = on_result
        self._listener: socket.socket | None = None
        self._stop = threading.Event()
        self._pending: list[_Conn] = []
        self._active = 0
        self._conns: set[_Conn] = set()
        self._threads: set[threading.Thread] = set()
        self._guard = threading.Lock()
        self._acceptor: threading.Thread | None = None
        self.address: tuple[str, int] | None = None
        self.sessions = 0

    def start(self) -> tuple[str, int]:
        self.node.check_self()
        family = socket.AF_INET6 if ":" in self.bind[0] else socket.AF_INET
        listener = socket.socket(family, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(self.bind)
            listener.listen(32)
        except OSError as exc:
            listener.close()
            raise LanError(f"Cannot listen on {format_address(self.bind)}: "
                           f"{exc.strerror or exc}.") from None
        listener.settimeout(0.25)
        self._listener = listener
        self.address = listener.getsockname()[:2]
        self._acceptor = threading.Thread(target=self._accept_loop, name="caucus-lan-accept",
                                          daemon=True)
        self._acceptor.start()
        return self.address

    def __enter__(self) -> LanServer:
        if self._listener is None:
            self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving: every wait for the vault sees the flag, every socket is shut."""
        self._stop.set()
        if self._acceptor is not None:
            self._acceptor.join(timeout)
        if self._listener is not None:
            self._listener.close()
        with self._guard:
            conns, threads = list(self._conns), list(self._threads)
            for conn in conns:
                with contextlib.suppress(OSError):
                    conn.sock.shutdown(socket.SHUT_RDWR)
        end = time.monotonic() + timeout
        for thread in threads:
            thread.join(max(0.0, end - time.monotonic()))

    def _accept_loop(self) -> None:
        listener = self._listener
        while listener is not None and not self._stop.is_set():
            try:
                sock, addr = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                if self._stop.is_set():
                    return
                time.sleep(0.05)
                continue
            label = format_address(addr)
            conn = _Conn(sock, addr[0], time.monotonic())
            if not self._admit(conn):
                log.warning("refused %s: too many laptops connecting at once", label)
                _reset(sock)
                continue
            thread = threading.Thread(target=self._run, args=(conn, label),
                                      name=f"caucus-lan-{label}", daemon=True)
            with self._guard:
                self._threads.add(thread)
            thread.start()

    def _admit(self, conn: _Conn) -> bool:
        """Make room for ``conn`` among the connections not yet through the handshake:
        at most :attr:`pending_per_address` silent ones from its address, and at most
        :attr:`max_pending` in all; false if every place is held by one that spoke."""
        with self._guard:
            same = [c for c in self._pending if c.address == conn.address and not c.spoke]
            if len(same) >= self.pending_per_address:
                self._evict(same)
            if len(self._pending) >= self.max_pending and not self._evict(self._pending):
                return False
            self._pending.append(conn)
            self._conns.add(conn)
            return True

    def _evict(self, crowd: list[_Conn]) -> bool:
        """Drop the oldest connection of ``crowd`` that is silent (it has not shown a key,
        and no bytes of its are waiting to be read); false if there is none."""
        silent = [c for c in crowd if not c.spoke and not _readable(c.sock)]
        if not silent:
            return False
        victim = min(silent, key=lambda c: c.since)
        self._pending.remove(victim)
        victim.evicted = True
        with contextlib.suppress(OSError):  # wakes its thread's read, says nothing
            victim.sock.shutdown(socket.SHUT_RD)
        return True

    def _recognised(self, conn: _Conn, label: str,
                    matches: Callable[[int], bool]) -> int | None:
        """The key epoch whose key the first bytes of ``conn`` show (a shs hello or an
        identify probe), newest first; None, logged, for none or a displaced connection."""
        epoch = next((e for e in self.node.keyring.epochs() if matches(e)), None)
        if epoch is None:
            log.warning("refused %s: not on this branch's meeting network "
                        "(another branch, or a key this laptop does not hold)", label)
            return None
        return epoch if self._spoke(conn) else None

    def _spoke(self, conn: _Conn) -> bool:
        """Mark ``conn`` as having shown a branch key; false if it was displaced already."""
        with self._guard:
            conn.spoke = not conn.evicted
            return conn.spoke

    def _enter_session(self, conn: _Conn) -> bool:
        """Move ``conn`` from the pending pool to the sessions; false if those are full."""
        with self._guard:
            if conn in self._pending:
                self._pending.remove(conn)
            if conn.evicted or self._active >= self.max_connections:
                return False
            self._active += 1
            conn.session = True
            return True

    def _run(self, conn: _Conn, label: str) -> None:
        try:
            conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._handle(conn, label)
        except Exception:  # noqa: BLE001 - one peer's bug never stops the server
            log.exception("broken %s: unexpected internal error", label)
        finally:
            with self._guard:
                if conn in self._pending:
                    self._pending.remove(conn)
                if conn.session:
                    self._active -= 1
                self._conns.discard(conn)
                self._threads.discard(threading.current_thread())
            if conn.evicted:
                _reset(conn.sock)
            else:
                with contextlib.suppress(OSError):
                    conn.sock.close()

    def _handle(self, conn: _Conn, label: str) -> None:
        node, sock = self.node, conn.sock
        keyring = node.keyring
        started = time.monotonic()
        deadline = started + self.handshake_timeout
        try:
            first = read_exact(sock, MSG1_BYTES,
                               started + min(self.hello_timeout, self.handshake_timeout))
        except (HandshakeFailed, ConnectionLost):
            log.warning("refused %s: %s", label,
                        "it stayed silent, and a newer connection took its place"
                        if conn.evicted else "it hung up or stayed silent before the handshake")
            return
        if first.startswith(PROBE_MAGIC):
            self._answer_probe(conn, label, first, deadline)
            return
        epoch = self._recognised(conn, label, lambda e: auth_verify(
            first[:32], first[32:], keyring.network_key(e)))
        if epoch is None:
            return
        claimed: list[bytes] = []

        def authorize(pk: bytes) -> bool:
            claimed.append(pk)
            return node.is_active_now(pk)

        machine = ServerHandshake(keyring.network_key(epoch), keyring.signing_key,
                                  authorize=authorize)
        try:
            machine.receive_client_hello(first)
            _write(sock, machine.hello(), deadline)
            machine.receive_client_authenticate(read_exact(sock, MSG3_BYTES, deadline))
            _write(sock, machine.accept(), deadline)
        except ClientNotAuthorized:
            pk = claimed[-1] if claimed else b""
            why = ("was revoked" if pk in node.roster.revoked
                   else "is not in this branch's roster")
            log.warning("refused %s: device %s %s", label, node.roster.describe(pk), why)
            return
        except (ClientAuthFailed, HandshakeMalformed):
            log.warning("refused %s: it could not prove its identity (handshake failed)",
                        label)
            return
        except (HandshakeFailed, ConnectionLost) as exc:
            log.warning("refused %s: %s", label, exc)
            return
        keys = machine.session_keys
        peer = keys.peer_public_key
        who = f"{node.roster.describe(peer)} at {label}"
        channel = FrameChannel(BoxTransport(sock, keys.encoder(), keys.decoder()),
                               idle_timeout=self.idle_timeout,
                               deadline=time.monotonic() + self.session_timeout)
        if not self._enter_session(conn):
            log.warning("refused %s: too many laptops syncing at once", who)
            with contextlib.suppress(CaucusError, OSError):
                channel.idle_timeout = 2.0
                channel.send(error_message("busy", "This laptop is busy with other laptops."))
                channel.close()
            return
        self._serve(channel, peer, who, label)

    def _answer_probe(self, conn: _Conn, label: str, first: bytes, deadline: float) -> None:
        keyring = self.node.keyring
        epoch = self._recognised(conn, label, lambda e: check_probe(
            probe_key(keyring.branch_keys[e]), first))
        if epoch is None:
            return
        key = probe_key(keyring.branch_keys[epoch])
        try:
            if epoch != keyring.epoch:
                challenge = nacl.utils.random(32)
                _write(conn.sock, probe_response(key, first, PROBE_CHALLENGE, challenge),
                       deadline)
                pk = open_probe_proof(key, first, challenge,
                                      read_exact(conn.sock, PROBE_PROOF_BYTES, deadline))
                if pk is None or not self.node.is_active_now(pk):
                    log.warning("refused %s: it holds only an older branch key and did not "
                                "prove to be an active device", label)
                    return
            _write(conn.sock, probe_response(key, first, PROBE_ANSWER, keyring.device_pk),
                   deadline)
        except (HandshakeFailed, ConnectionLost) as exc:
            log.warning("refused %s: %s", label, exc)
            return
        log.info("identified this laptop to %s", label)

    def _serve(self, channel: FrameChannel, peer: bytes, who: str, label: str) -> None:
        node = self.node
        result = SyncResult(peer.hex(), node.roster.name(peer), label)
        stopping = self._stop.is_set
        try:
            with node.host.use(self.lock_timeout, cancelled=stopping) as replica:
                if peer.hex() not in replica.active_devices():
                    log.warning("refused %s: no longer an active device of this branch", who)
                    return
            run_session(channel, Role.SERVER, node.host, node.device_pk, peer,
                        result=result, lock_timeout=self.lock_timeout, cancelled=stopping)
            channel.close()
            with contextlib.suppress(CaucusError, OSError):
                channel.idle_timeout = 2.0
                channel.recv()  # the client's goodbye, if it comes at once
            with self._guard:
                self.sessions += 1
            log.info("synced with %s: received %d (%d applied), sent %d, in %.2f s", who,
                     result.received_items, result.received.applied, result.sent,
                     result.seconds)
        except CaucusError as exc:
            log.warning("broken %s: %s (kept %d received change sets)", who, exc,
                        result.received.applied)
        finally:
            with contextlib.suppress(CaucusError):
                node.refresh(stopping)
            if self.on_result is not None:
                self.on_result(result)


# -- meeting mode: announcing and finding branch laptops ------------------------------------
@dataclass
class Peer:
    """A branch laptop found on the network, with every (address, port) it announced."""

    device: bytes
    name: str
    epoch: int
    endpoints: list[tuple[str, int]]
    active: bool

    def to_dict(self) -> dict:
        addresses = list(dict.fromkeys(address for address, _port in self.endpoints))
        return {"device": self.device.hex(), "name": self.name, "epoch": self.epoch,
                "addresses": addresses,
                "endpoints": [format_address(e) for e in self.endpoints],
                "active": self.active}


def announcer(node: Node, port: int, *, addresses: list[str] | None = None,
              interfaces: object = None):  # -> discovery.Announcer
    """Meeting mode for ``node`` listening on ``port`` (start it, and stop it after)."""
    from sync.lan.discovery import Announcer, member_txt

    def txt(port: int, instance: str) -> dict[str, str]:
        keyring = node.keyring
        return member_txt(keyring.branch_keys[keyring.epoch], keyring.device_pk, port,
                          instance)

    return Announcer(port, txt, addresses=addresses, interfaces=interfaces)


def discover(node: Node, timeout: float, *, interfaces: object = None,
             enough: Callable[[list], bool] | None = None,
             settle: float | None = 1.5) -> list[Peer]:
    """Every other laptop of this branch announcing itself within ``timeout`` seconds."""
    from sync.lan.discovery import browse, read_member_txt

    keys = dict(node.keyring.branch_keys)
    me = node.device_pk

    def recognise(properties: dict, port: int, instance: str) -> tuple[bytes, int] | None:
        found = read_member_txt(keys, properties, port, instance)
        return None if found is None or found[0] == me else found

    peers = []
    for entry in browse(recognise, timeout, interfaces=interfaces, enough=enough,
                        settle=settle):
        pk, epoch = entry.value
        peers.append(Peer(pk, node.roster.name(pk), epoch, entry.endpoints,
                          node.is_active(pk)))
    peers.sort(key=lambda p: (p.name.lower(), p.device))
    return peers


#: Failures before any data moved, after which the peer's next announced address is tried:
#: anyone can announce a copy of a laptop's record with an address of their own.
TRY_NEXT = frozenset({"NotReachable", "PeerNotAnswering", "ConnectionLost",
                      "HandshakeRefused", "HandshakeTimeout", "HandshakeMalformed",
                      "ServerAuthFailed", "NetworkMismatch"})


def sync_with_peer(node: Node, peer: Peer, *, progress: Callable[[Progress], None] | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   **timeouts: float) -> SyncResult:
    """Sync with a discovered laptop, trying each address it announced until one answers."""
    result = SyncResult(peer.device.hex(), peer.name, "")
    for address in peer.endpoints[:8]:
        result = sync_with(node, address, server_pk=peer.device, epoch=peer.epoch,
                           progress=progress, cancelled=cancelled, **timeouts)
        if result.complete or result.sent or result.received_items or (
                result.reason not in TRY_NEXT):
            return result
    if not peer.endpoints:
        result.error = "It announced no address."
    return result
