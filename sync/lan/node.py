"""Meeting sync between laptops: keys, who may connect, finding the server's key, serving.

**Network key and epochs.** The Secret Handshake's network key is
``derive_network_key(branch key of epoch e, e)``. After a revocation the admin's laptop
moves to a new epoch while the others still use the old one until they sync, so both
sides accept their current epoch and up to :data:`OLDER_EPOCHS_TRIED` older ones they
hold (the server checks the client's hello against each; the client tries newest
first). A revoked laptop still holds an old key and so gets as far as the server's
hello (64 bytes, nothing about the branch), then the roster check turns it away: it
never receives message 4 or any data. Without this, a laptop that has not yet heard of
a rotation could not sync with the admin's laptop by LAN at all.

**How a client learns the server's key.** Shs1 needs the server's long-term public key
before the first byte. From discovery it is in the (sealed) TXT record. For a bare
``HOST:PORT`` we do better than trying every roster key in turn: an *identify probe*
on the same port. The probe is 64 bytes, the size of a shs1 client hello::

    "CAUCUSID" ‖ nonce (24) ‖ auth(key_id, "CAUCUSID" ‖ nonce) (32)

where ``key_id = derive_key(branch key, "lan/identify/v1")``. The server answers a
valid probe (and nothing else) with ``nonce' ‖ secretbox(key_id, nonce', device key ‖
sha256(probe)[:16])`` and closes; the client then checks that key against its own
roster and connects again with the real handshake. Only holders of the current branch
key learn anything (the same people who can read the discovery TXT record); to anyone
else the port behaves exactly like a shs1 server that got a bad hello. A genuine shs1
hello starts with the magic with probability 2^-64.

**Roster.** The server's handshake refuses (before message 4, so before any data) a
client whose key is not an active device of the roster; after the handshake the check
is repeated on a fresh view of the vault. The client likewise refuses a server that is
not an active device of *its* roster.

**Threads.** :class:`LanServer` accepts on one thread and runs each connection on its
own (at most ``max_connections``). Network waits never hold the vault; the vault is
held only to read the version vector, to apply one received batch, and while streaming
what the peer lacks (see :class:`~sync.lan.session.ReplicaHost`). One log line per
refused, broken or finished peer, at WARNING or INFO, on the ``caucus.lan`` logger.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import socket
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
    PeerNotInRoster,
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
    run_session,
)
from sync.lan.shs import MSG1_BYTES, MSG3_BYTES, ServerHandshake, client_handshake
from sync.merge import Replica

log = logging.getLogger("caucus.lan")

PROBE_MAGIC = b"CAUCUSID"
PROBE_NONCE_BYTES = 24
PROBE_BYTES = len(PROBE_MAGIC) + PROBE_NONCE_BYTES + 32
PROBE_RESPONSE_BYTES = 24 + 32 + 16 + 16
OLDER_EPOCHS_TRIED = 2
HANDSHAKE_TIMEOUT = 10.0
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
        return self.names.get(pk) or pk.hex()[:8]

    def describe(self, pk: bytes) -> str:
        return f"{self.name(pk)} ({pk.hex()[:8]})"


class Node:
    """One laptop on the meeting network: its vault (shared safely), keys and roster view."""

    def __init__(self, replica: Replica, lock: threading.RLock | None = None) -> None:
        self.host = ReplicaHost(replica, lock)
        self.keyring: Keyring
        self.roster: RosterView
        self.refresh()

    def refresh(self) -> None:
        """Re-read keys and roster (after a session: either may have changed)."""
        with self.host.use() as replica:
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
    return derive_key(branch_key, "lan/identify/v1")


def probe_request(key: bytes, nonce: bytes | None = None) -> bytes:
    nonce = nacl.utils.random(PROBE_NONCE_BYTES) if nonce is None else nonce
    head = PROBE_MAGIC + nonce
    return head + auth(head, key)


def check_probe(key: bytes, request: bytes) -> bool:
    head, tag = request[:PROBE_BYTES - 32], request[PROBE_BYTES - 32:]
    return (len(request) == PROBE_BYTES and request.startswith(PROBE_MAGIC)
            and auth_verify(tag, head, key))


def probe_response(key: bytes, request: bytes, device_pk: bytes) -> bytes:
    nonce = nacl.utils.random(24)
    plain = device_pk + hashlib.sha256(request).digest()[:16]
    return nonce + nacl.bindings.crypto_secretbox_easy(plain, nonce, key)


def open_probe_response(key: bytes, request: bytes, response: bytes) -> bytes | None:
    if len(response) != PROBE_RESPONSE_BYTES:
        return None
    try:
        plain = nacl.bindings.crypto_secretbox_open_easy(response[24:], response[:24], key)
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        return None
    pk, binding = plain[:32], plain[32:]
    if binding != hashlib.sha256(request).digest()[:16]:
        return None
    return pk


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


def _connect(address: tuple[str, int], timeout: float) -> socket.socket:
    try:
        sock = socket.create_connection(address, timeout=timeout)
    except OSError as exc:
        raise NotReachable(f"The laptop at {format_address(address)} could not be reached "
                           f"({exc.strerror or exc}).") from None
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def _read_exact(sock: socket.socket, n: int, deadline: float) -> bytes:
    data = bytearray()
    while len(data) < n:
        left = deadline - time.monotonic()
        if left <= 0:
            raise HandshakeTimeout()
        try:
            sock.settimeout(left)
            chunk = sock.recv(n - len(data))
        except TimeoutError:
            raise HandshakeTimeout() from None
        except OSError as exc:
            raise ConnectionLost() from exc
        if not chunk:
            raise HandshakeRefused()
        data += chunk
    return bytes(data)


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
    """The device key and key epoch of the branch laptop listening at ``address``."""
    for epoch in node.keyring.epochs():
        key = probe_key(node.keyring.branch_keys[epoch])
        request = probe_request(key)
        with contextlib.closing(_connect(address, timeout)) as sock:
            deadline = time.monotonic() + timeout
            try:
                _write(sock, request, deadline)
                response = _read_exact(sock, PROBE_RESPONSE_BYTES, deadline)
            except (HandshakeRefused, ConnectionLost):
                continue  # it did not know this epoch's key: try an older one
        pk = open_probe_response(key, request, response)
        if pk is not None:
            return pk, epoch
    raise NetworkMismatch(
        f"The laptop at {format_address(address)} did not recognise this branch's key: it "
        "belongs to another branch, or holds a newer key than this laptop (then let it "
        "sync with this one)."
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
class LanServer:
    """Accepts branch laptops on one TCP port and syncs with each (threads, bounded).

    ``start()`` binds and returns the address; ``stop()`` closes everything and joins
    every thread it started (bounded wait).
    """

    def __init__(self, node: Node, bind: tuple[str, int] = ("0.0.0.0", DEFAULT_PORT), *,  # noqa: S104
                 max_connections: int = 16, idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
                 session_timeout: float = DEFAULT_SESSION_TIMEOUT,
                 handshake_timeout: float = HANDSHAKE_TIMEOUT,
                 lock_timeout: float = 120.0,
                 on_result: Callable[[SyncResult], None] | None = None) -> None:
        self.node = node
        self.bind = bind
        self.max_connections = max_connections
        self.idle_timeout = idle_timeout
        self.session_timeout = session_timeout
        self.handshake_timeout = handshake_timeout
        self.lock_timeout = lock_timeout
        self.on_result = on_result
        self._listener: socket.socket | None = None
        self._stop = threading.Event()
        self._slots = threading.BoundedSemaphore(max_connections)
        self._threads: set[threading.Thread] = set()
        self._socks: set[socket.socket] = set()
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
        self._stop.set()
        if self._acceptor is not None:
            self._acceptor.join(timeout)
        if self._listener is not None:
            self._listener.close()
        with self._guard:
            socks, threads = list(self._socks), list(self._threads)
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
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
            if not self._slots.acquire(blocking=False):
                log.warning("refused %s: too many laptops connected at once", label)
                sock.close()
                continue
            thread = threading.Thread(target=self._run, args=(sock, label),
                                      name=f"caucus-lan-{label}", daemon=True)
            with self._guard:
                self._threads.add(thread)
                self._socks.add(sock)
            thread.start()

    def _run(self, sock: socket.socket, label: str) -> None:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._handle(sock, label)
        except Exception:  # noqa: BLE001 - one peer's bug never stops the server
            log.exception("broken %s: unexpected internal error", label)
        finally:
            with contextlib.suppress(OSError):
                sock.close()
            with self._guard:
                self._threads.discard(threading.current_thread())
                self._socks.discard(sock)
            self._slots.release()

    def _handle(self, sock: socket.socket, label: str) -> None:
        node = self.node
        keyring = node.keyring
        deadline = time.monotonic() + self.handshake_timeout
        try:
            first = _read_exact(sock, MSG1_BYTES, deadline)
        except HandshakeFailed:
            log.warning("refused %s: it hung up or stayed silent before the handshake", label)
            return
        except ConnectionLost:
            log.warning("refused %s: the connection dropped before the handshake", label)
            return
        if first.startswith(PROBE_MAGIC):
            for epoch in keyring.epochs():
                key = probe_key(keyring.branch_keys[epoch])
                if check_probe(key, first):
                    with contextlib.suppress(HandshakeFailed, ConnectionLost):
                        _write(sock, probe_response(key, first, keyring.device_pk), deadline)
                    log.info("identified this laptop to %s", label)
                    return
            log.warning("refused %s: not on this branch's meeting network "
                        "(another branch, or a key this laptop does not hold)", label)
            return
        epoch = next((e for e in keyring.epochs()
                      if auth_verify(first[:32], first[32:], keyring.network_key(e))), None)
        if epoch is None:
            log.warning("refused %s: not on this branch's meeting network "
                        "(another branch, or a key this laptop does not hold)", label)
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
            machine.receive_client_authenticate(_read_exact(sock, MSG3_BYTES, deadline))
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
        result = SyncResult(peer.hex(), node.roster.name(peer), label)
        try:
            with node.host.use(self.lock_timeout) as replica:
                if peer.hex() not in replica.active_devices():
                    log.warning("refused %s: no longer an active device of this branch", who)
                    return
            run_session(channel, Role.SERVER, node.host, node.device_pk, peer,
                        result=result, lock_timeout=self.lock_timeout)
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
                node.refresh()
            if self.on_result is not None:
                self.on_result(result)


# -- meeting mode: announcing and finding branch laptops ------------------------------------
@dataclass
class Peer:
    """A branch laptop found on the network."""

    device: bytes
    name: str
    epoch: int
    addresses: list[str]
    port: int
    active: bool

    def to_dict(self) -> dict:
        return {"device": self.device.hex(), "name": self.name, "epoch": self.epoch,
                "addresses": list(self.addresses), "port": self.port, "active": self.active}


def announcer(node: Node, port: int, *, addresses: list[str] | None = None,
              interfaces: object = None):  # -> discovery.Announcer
    """Meeting mode for ``node`` listening on ``port`` (start it, and stop it after)."""
    from sync.lan.discovery import Announcer, member_txt

    def txt() -> dict[str, str]:
        keyring = node.keyring
        return member_txt(keyring.branch_keys[keyring.epoch], keyring.device_pk)

    return Announcer(port, txt, addresses=addresses, interfaces=interfaces)


def discover(node: Node, timeout: float, *, interfaces: object = None,
             enough: Callable[[list], bool] | None = None,
             settle: float | None = 1.5) -> list[Peer]:
    """Every other laptop of this branch announcing itself within ``timeout`` seconds."""
    from sync.lan.discovery import browse, read_member_txt

    keys = dict(node.keyring.branch_keys)
    me = node.device_pk

    def recognise(properties: dict) -> tuple[bytes, int] | None:
        found = read_member_txt(keys, properties)
        return None if found is None or found[0] == me else found

    peers = []
    for entry in browse(recognise, timeout, interfaces=interfaces, enough=enough,
                        settle=settle):
        pk, epoch = entry.value
        peers.append(Peer(pk, node.roster.name(pk), epoch, entry.addresses, entry.port,
                          node.is_active(pk)))
    peers.sort(key=lambda p: (p.name.lower(), p.device))
    return peers


def sync_with_peer(node: Node, peer: Peer, *, progress: Callable[[Progress], None] | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   **timeouts: float) -> SyncResult:
    """Sync with a discovered laptop, trying each of its addresses until one answers."""
    result = SyncResult(peer.device.hex(), peer.name, "")
    for address in peer.addresses[:8]:
        result = sync_with(node, (address, peer.port), server_pk=peer.device,
                           epoch=peer.epoch, progress=progress, cancelled=cancelled,
                           **timeouts)
        if result.complete or result.reason != "NotReachable":
            return result
    if not peer.addresses:
        result.error = "It announced no address."
    return result
