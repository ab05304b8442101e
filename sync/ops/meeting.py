"""Sync at a meeting, over the LAN: meeting mode, finding laptops, syncing with them,
pairing a new laptop.

The app runs these on threads of its own, never on the thread that owns the vault: a
network wait there would stall every view. The vault is still used by one thread at a
time: the :class:`~sync.lan.node.Node` is built over a lock (the app's vault lock),
which the LAN code holds only while it reads or writes the vault (see
``sync.lan.node``, "Threads"), and pairing hands the same lock to
:func:`sync.lan.pairing.offer`. The command line uses them the same way, with a lock
of its own.
"""

from __future__ import annotations

import queue
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import QT_TRANSLATE_NOOP
from ..lan.discovery import Announcer, local_addresses, pairing_txt
from ..lan.errors import LanError, PairingDeclined
from ..lan.node import (
    LanServer,
    Node,
    Peer,
    announcer,
    discover,
    format_address,
    parse_address,
    sync_with,
    sync_with_peer,
)
from ..lan.pairing import (
    DECISION_TIMEOUT,
    DEFAULT_OFFER_SECONDS,
    PairingOffer,
    PairingOutcome,
    offer,
)
from ..lan.session import Progress as SessionStep
from ..lan.session import SyncResult
from ..progress import Cancel, Progress, ProgressFn, Stage, ignore
from ..trust import ROLES
from .changed import Changes
from .session import Session

__all__ = ["MEETING_PORT", "ROLES", "Laptop", "Meeting", "Pairing", "PairingDeclined",
           "PairingOutcome", "Setup", "SyncOutcome", "SyncResult", "find_laptops",
           "format_address", "parse_address", "prepare", "reachable_at", "sync_laptops"]

#: The port meeting mode tries first, so a typed address may leave it out.
MEETING_PORT = 47300
FIND_SECONDS = 3.0
WILDCARD = ("0.0.0.0", "::")  # noqa: S104 - listening on every interface is the point
#: The admin answers within this; the new laptop gives up waiting a little later.
ANSWER_SECONDS = DECISION_TIMEOUT - 30

@dataclass
class Setup:
    node: Node
    admin: bool


def prepare(session: Session, lock: Any, node: Node | None = None) -> Setup:
    """On the vault's thread: this laptop's LAN node (a new one, or ``node`` refreshed)."""
    if node is None:
        node = Node(session.replica, lock)
    else:
        node.refresh()
    return Setup(node, session.is_admin)


def _announced(host: str) -> list[str] | None:
    """The addresses to announce: every interface's, or the one we listen on."""
    return None if host in WILDCARD else [host]


def reachable_at(address: tuple[str, int], include_loopback: bool = False) -> list[str]:
    """What the other laptops type to reach ``address`` (``HOST:PORT``)."""
    host, port = address
    hosts = local_addresses(include_loopback) if host in WILDCARD else [host]
    return [format_address((h, port)) for h in hosts]


# -- meeting mode -------------------------------------------------------------------
class Meeting:
    """Meeting mode: serve this branch's laptops and announce this one, until :meth:`stop`.

    :meth:`start` runs on a LAN thread (announcing takes a couple of seconds); :meth:`stop`
    may come at any moment, even while :meth:`start` is still running.
    """

    def __init__(self, node: Node, host: str = "0.0.0.0",  # noqa: S104
                 port: int = MEETING_PORT, *, interfaces: Any = None,
                 on_result: Callable[[SyncResult], None] | None = None,
                 announce: bool = True, any_port: bool = True,
                 idle_timeout: float | None = None) -> None:
        self.node = node
        self.host = host
        self.port = port
        self.interfaces = interfaces
        self.on_result = on_result
        self.announce = announce
        #: when ``port`` is taken, serve on any free one (else fail)
        self.any_port = any_port
        self.idle_timeout = idle_timeout
        self.address: tuple[str, int] | None = None
        self.server: LanServer | None = None
        self._guard = threading.Lock()
        self._parts: list[Any] = []
        self._stopped = False

    def start(self) -> tuple[str, int]:
        try:
            server, address = self._serve(self.port)
        except LanError:
            if not self.port or not self.any_port:
                raise
            server, address = self._serve(0)  # the usual port is taken: any free one
        self.address = address
        self.server = server
        if self._adopt(server) and self.announce:
            announcing = announcer(self.node, address[1], addresses=_announced(address[0]),
                                   interfaces=self.interfaces)
            try:
                announcing.start()
            except BaseException:
                self.stop()
                raise
            self._adopt(announcing)
        return address

    def _serve(self, port: int) -> tuple[LanServer, tuple[str, int]]:
        timeouts = {} if self.idle_timeout is None else {"idle_timeout": self.idle_timeout}
        server = LanServer(self.node, (self.host, port), on_result=self.on_result, **timeouts)
        return server, server.start()

    @property
    def sessions(self) -> int:
        """How many sync sessions other laptops have had with this one."""
        return self.server.sessions if self.server is not None else 0

    def _adopt(self, part: Any) -> bool:
        """Keep ``part`` to stop later; if :meth:`stop` came first, stop it now."""
        with self._guard:
            if not self._stopped:
                self._parts.append(part)
                return True
        part.stop()
        return False

    def stop(self) -> None:
        with self._guard:
            self._stopped = True
            parts, self._parts = self._parts, []
        for part in reversed(parts):  # say goodbye on the LAN, then stop serving
            part.stop()


# -- finding laptops and syncing with them --------------------------------------------
@dataclass
class Laptop:
    """A row of the laptops list: found nearby, or typed in by address."""

    name: str
    address: str
    device: str = ""
    peer: Peer | None = None
    target: tuple[str, int] | None = None
    last: str = ""

    @property
    def key(self) -> str:
        return self.device or self.address

    @classmethod
    def found(cls, peer: Peer) -> Laptop:
        where = ", ".join(format_address(endpoint) for endpoint in peer.endpoints)
        return cls(peer.name, where, peer.device.hex(), peer=peer,
                   last="" if peer.active else "not an active device of this branch")


def find_laptops(node: Node, interfaces: Any, stop: Callable[[], bool],
                 timeout: float = FIND_SECONDS) -> list[Laptop]:
    """This branch's laptops announcing themselves (a LAN thread); ends early on ``stop()``."""
    peers = discover(node, timeout, interfaces=interfaces, enough=lambda _found: stop())
    return [Laptop.found(peer) for peer in peers]


@dataclass
class SyncOutcome:
    results: list[tuple[Laptop, SyncResult]]
    conflicts: int
    changes: Changes


def sync_laptops(node: Node, laptops: list[Laptop], *, progress: ProgressFn = ignore,
                 cancel: Cancel | None = None,
                 idle_timeout: float | None = None) -> SyncOutcome:
    """Sync with each laptop in turn (on a thread of its own); stops early on a cancel.

    ``progress`` hears :attr:`Stage.CONNECT`, then :attr:`Stage.SEND` and
    :attr:`Stage.RECEIVE` in change sets, with the laptop's name as the subject; each
    laptop's sending and receiving are two parts of the whole."""
    cancelled = (cancel or Cancel()).is_set
    timeouts = {} if idle_timeout is None else {"idle_timeout": idle_timeout}
    results = []
    parts = 2 * len(laptops)
    for index, laptop in enumerate(laptops):
        if cancelled():
            break

        def step(p: SessionStep, index: int = index, name: str = laptop.name) -> None:
            stage = Stage.SEND if p.direction == "send" else Stage.RECEIVE
            progress(Progress(stage, p.items, p.expected or None, subject=name,
                              part=2 * index + (stage == Stage.RECEIVE), parts=parts))

        progress(Progress(Stage.CONNECT, subject=laptop.name, part=2 * index, parts=parts))
        if laptop.peer is not None:
            result = sync_with_peer(node, laptop.peer, progress=step, cancelled=cancelled,
                                    **timeouts)
        elif laptop.target is not None:
            result = sync_with(node, laptop.target, progress=step, cancelled=cancelled,
                               **timeouts)
        else:
            continue
        results.append((laptop, result))
    with node.host.use() as replica:
        conflicts = len(replica.conflicts())
    received = any(r.received_items for _l, r in results)
    return SyncOutcome(results, conflicts, Changes.all_data() if received else Changes())


# -- pairing a new laptop (admin) -------------------------------------------------------
class Pairing:
    """One pairing offer on the admin's laptop, run on a LAN thread until a laptop joined.

    The engine asks for approval on that thread: :meth:`_approve` hands the question to
    ``ask`` (the UI shows it) and waits for :meth:`decide`, at most
    :data:`ANSWER_SECONDS`. :meth:`stop` expires the code (the offer polls it every
    0.25 s) and answers "no" to a pending question.
    """

    def __init__(self, replica: Any, lock: Any, role: str, *,
                 ask: Callable[[str, str, str], None], say: Callable[[str], None],
                 host: str = "0.0.0.0", port: int = 0,  # noqa: S104
                 interfaces: Any = None, announce: bool = True,
                 seconds: float = DEFAULT_OFFER_SECONDS, code: str | None = None) -> None:
        self.replica = replica
        self.lock = lock
        self.role = role
        self.ask = ask
        self.say = say
        self.interfaces = interfaces
        self.announce = announce
        self.offer = PairingOffer(code, seconds)
        self.stopped = False
        self._answers: queue.Queue[bool] = queue.Queue()
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.listener = socket.socket(family, socket.SOCK_STREAM)
        try:
            self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.listener.bind((host, port))
            self.listener.listen(4)
        except OSError as exc:
            self.listener.close()
            raise LanError.of(QT_TRANSLATE_NOOP(
                "errors", "Cannot listen for the new laptop: {reason}."),
                reason=exc.strerror or exc) from None
        self.address: tuple[str, int] = self.listener.getsockname()[:2]

    @property
    def seconds_left(self) -> float:
        return max(0.0, self.offer.expires - time.monotonic())

    def run(self) -> PairingOutcome:
        announcing: Announcer | None = None
        if self.announce:
            announcing = Announcer(
                self.address[1], lambda _port, _name: pairing_txt(self.offer.nameplate),
                addresses=_announced(self.address[0]), interfaces=self.interfaces)
        try:
            try:
                if announcing is not None:
                    announcing.start()
            except LanError as exc:
                announcing = None
                self.say(f"{exc} The new laptop must type this laptop's address.")
            return offer(self.replica, self.role, self.listener, self.offer,
                         approve=self._approve, say=self.say, lock=self.lock)
        finally:
            if announcing is not None:
                announcing.stop()
            self.listener.close()

    def _approve(self, name: str, device: str, check: str) -> bool:
        self.ask(name, device, check)
        try:
            return self._answers.get(timeout=ANSWER_SECONDS)
        except queue.Empty:
            return False

    def decide(self, approved: bool) -> None:
        self._answers.put(approved)

    def stop(self) -> None:
        self.stopped = True
        self.offer.expires = time.monotonic()
        self.decide(False)
