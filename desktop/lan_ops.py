"""Meeting sync over the LAN, off the UI thread: meeting mode, finding laptops, syncing,
pairing a new laptop. Nothing here touches a widget.

These compose the engine that ``caucus lan serve|peers|sync|pair`` drive
(:mod:`sync.cli.lan`); the Meeting tab runs them on threads of its own, never on the
vault worker: a network wait on that single thread would stall every view. The vault
is still used by one thread at a time: the :class:`~sync.lan.node.Node` is built over
the task runner's ``db_lock``, which the LAN code holds only while it reads or writes
the vault (see ``sync.lan.node``, "Threads"), and pairing hands the same lock to
:func:`sync.lan.pairing.offer`.
"""

from __future__ import annotations

import queue
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sync.lan.discovery import Announcer, local_addresses, pairing_txt
from sync.lan.errors import LanError
from sync.lan.node import (
    LanServer,
    Node,
    Peer,
    announcer,
    discover,
    format_address,
    sync_with,
    sync_with_peer,
)
from sync.lan.pairing import (
    DECISION_TIMEOUT,
    DEFAULT_OFFER_SECONDS,
    PairingOffer,
    PairingOutcome,
    offer,
)
from sync.lan.session import Progress, SyncResult
from sync.records import Branch

#: The port meeting mode tries first, so a typed address may leave it out.
MEETING_PORT = 47300
FIND_SECONDS = 3.0
WILDCARD = ("0.0.0.0", "::")  # noqa: S104 - listening on every interface is the point
#: The admin answers within this; the new laptop gives up waiting a little later.
ANSWER_SECONDS = DECISION_TIMEOUT - 30

#: report(text, fraction 0..1)
Report = Callable[[str, float], None]


@dataclass
class Setup:
    node: Node
    admin: bool


def prepare(branch: Branch, lock: Any, node: Node | None = None) -> Setup:
    """On the vault worker: this laptop's LAN node (a new one, or ``node`` refreshed)."""
    if node is None:
        node = Node(branch.replica, lock)
    else:
        node.refresh()
    replica = branch.replica
    return Setup(node, replica.device_role(replica.device_id) == "admin")


def _announced(host: str) -> list[str] | None:
    """The addresses to announce: every interface's, or the one we listen on."""
    return None if host in WILDCARD else [host]


def reachable_at(address: tuple[str, int]) -> list[str]:
    """What the other laptops type to reach ``address`` (``HOST:PORT``)."""
    host, port = address
    hosts = local_addresses() if host in WILDCARD else [host]
    return [format_address((h, port)) for h in hosts]


# -- meeting mode -------------------------------------------------------------------
class Meeting:
    """Meeting mode: serve this branch's laptops and announce this one, until :meth:`stop`.

    :meth:`start` runs on a LAN thread (announcing takes a couple of seconds); :meth:`stop`
    may come at any moment, even while :meth:`start` is still running.
    """

    def __init__(self, node: Node, host: str = "0.0.0.0",  # noqa: S104
                 port: int = MEETING_PORT, *, interfaces: Any = None,
                 on_result: Callable[[SyncResult], None] | None = None) -> None:
        self.node = node
        self.host = host
        self.port = port
        self.interfaces = interfaces
        self.on_result = on_result
        self.address: tuple[str, int] | None = None
        self._guard = threading.Lock()
        self._parts: list[Any] = []
        self._stopped = False

    def start(self) -> tuple[str, int]:
        try:
            server, address = self._serve(self.port)
        except LanError:
            if not self.port:
                raise
            server, address = self._serve(0)  # the usual port is taken: any free one
        self.address = address
        if self._adopt(server):
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
        server = LanServer(self.node, (self.host, port), on_result=self.on_result)
        return server, server.start()

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


def phase(step: Progress) -> float:
    """How far one session is, 0..1: sending comes first, then receiving."""
    part = min(1.0, step.items / step.expected) if step.expected else 1.0
    return 0.5 * part + (0.5 if step.direction == "receive" else 0.0)


def sync_laptops(node: Node, laptops: list[Laptop], report: Report,
                 cancelled: Callable[[], bool]) -> SyncOutcome:
    """Sync with each laptop in turn (a LAN thread); stops early once ``cancelled()``."""
    results = []
    for index, laptop in enumerate(laptops):
        if cancelled():
            break

        def step(p: Progress, index: int = index, name: str = laptop.name) -> None:
            verb = "Sending to" if p.direction == "send" else "Receiving from"
            total = f" of {p.expected:,}" if p.expected else ""
            report(f"{verb} {name}: {p.items:,}{total} changes",
                   (index + phase(p)) / len(laptops))

        report(f"Connecting to {laptop.name}…", index / len(laptops))
        if laptop.peer is not None:
            result = sync_with_peer(node, laptop.peer, progress=step, cancelled=cancelled)
        elif laptop.target is not None:
            result = sync_with(node, laptop.target, progress=step, cancelled=cancelled)
        else:
            continue
        results.append((laptop, result))
    with node.host.use() as replica:
        conflicts = len(replica.conflicts())
    return SyncOutcome(results, conflicts)


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
                 host: str = "0.0.0.0", interfaces: Any = None,  # noqa: S104
                 seconds: float = DEFAULT_OFFER_SECONDS) -> None:
        self.replica = replica
        self.lock = lock
        self.role = role
        self.ask = ask
        self.say = say
        self.interfaces = interfaces
        self.offer = PairingOffer(None, seconds)
        self.stopped = False
        self._answers: queue.Queue[bool] = queue.Queue()
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.listener = socket.socket(family, socket.SOCK_STREAM)
        try:
            self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.listener.bind((host, 0))
            self.listener.listen(4)
        except OSError as exc:
            self.listener.close()
            raise LanError(f"Cannot listen for the new laptop: {exc.strerror or exc}.") from None
        self.address: tuple[str, int] = self.listener.getsockname()[:2]

    @property
    def seconds_left(self) -> float:
        return max(0.0, self.offer.expires - time.monotonic())

    def run(self) -> PairingOutcome:
        announcing: Announcer | None = Announcer(
            self.address[1], lambda _port, _name: pairing_txt(self.offer.nameplate),
            addresses=_announced(self.address[0]), interfaces=self.interfaces)
        try:
            try:
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
