"""Meeting mode's server: accepts branch laptops on one TCP port and syncs with each.

Anyone on the network can open a TCP connection, so those not yet through the handshake
are kept apart from the sessions: at most :data:`MAX_PENDING` in all and
:data:`PENDING_PER_ADDRESS` silent ones per IP address, each given
:data:`HELLO_TIMEOUT` seconds for its first 64 bytes (a shs1 hello, or an identify
probe, :mod:`sync.lan.probe`). The rest of the design (epochs, the roster checks,
threads) is told in :mod:`sync.lan.node`.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sync.errors import QT_TRANSLATE_NOOP, CaucusError
from sync.lan.errors import (
    CannotListen,
    ClientAuthFailed,
    ClientNotAuthorized,
    ConnectionLost,
    HandshakeFailed,
    HandshakeMalformed,
)
from sync.lan.framing import BoxTransport, FrameChannel
from sync.lan.handshake import MSG1_BYTES, MSG3_BYTES, ServerHandshake
from sync.lan.kdf import auth_verify
from sync.lan.keyring import Node
from sync.lan.probe import PROBE_MAGIC, PROBE_PROOF_BYTES, ProbeServer, check_probe, probe_key
from sync.lan.session import (
    DEFAULT_IDLE_TIMEOUT,
    DEFAULT_SESSION_TIMEOUT,
    Role,
    SyncResult,
    error_message,
    run_session,
)
from sync.lan.wire import HANDSHAKE_TIMEOUT, format_address, read_exact, write_all

log = logging.getLogger("caucus.lan")

#: Seconds a new connection has for its first 64 bytes (a shs1 hello or a probe).
HELLO_TIMEOUT = 2.0
MAX_PENDING = 8
PENDING_PER_ADDRESS = 2
DEFAULT_PORT = 0


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
            raise CannotListen.of(QT_TRANSLATE_NOOP(
                "errors", "Cannot listen on {bind}: {reason}."),
                bind=format_address(self.bind), reason=exc.strerror or exc) from None
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
            write_all(sock, machine.hello(), deadline)
            machine.receive_client_authenticate(read_exact(sock, MSG3_BYTES, deadline))
            write_all(sock, machine.accept(), deadline)
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
            probe_key(keyring.branch_key(e)), first))
        if epoch is None:
            return
        machine = ProbeServer(keyring.branch_key(epoch), keyring.device_pk,
                              current=epoch == keyring.epoch, authorize=self.node.is_active_now)
        try:
            machine.receive_probe(first)
            if machine.must_challenge:
                write_all(conn.sock, machine.challenge(), deadline)
                machine.receive_proof(read_exact(conn.sock, PROBE_PROOF_BYTES, deadline))
            write_all(conn.sock, machine.answer(), deadline)
        except (ClientAuthFailed, ClientNotAuthorized):
            log.warning("refused %s: it holds only an older branch key and did not "
                        "prove to be an active device", label)
            return
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
