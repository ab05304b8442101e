"""Meeting mode's client side: announcing this laptop, finding the others, syncing with one.

:func:`sync_with` runs one whole session with the laptop at an address: the identify
probe when its key is not known yet (:mod:`sync.lan.probe`), the roster check, the
Secret Handshake (:mod:`sync.lan.shs`) and the session (:mod:`sync.lan.session`); it
returns a :class:`~sync.lan.session.SyncResult` and never raises a
:class:`~sync.errors.CaucusError`. :func:`sync_with_peer` tries each address a
discovered laptop announced.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from sync.errors import QT_TRANSLATE_NOOP, CaucusError
from sync.lan.errors import IsThisLaptop, NetworkMismatch, PeerNotInRoster
from sync.lan.framing import BoxTransport, FrameChannel
from sync.lan.keyring import Node
from sync.lan.probe import identify
from sync.lan.session import (
    DEFAULT_IDLE_TIMEOUT,
    DEFAULT_SESSION_TIMEOUT,
    Progress,
    Role,
    SyncResult,
    run_session,
)
from sync.lan.shs import client_handshake
from sync.lan.wire import CONNECT_TIMEOUT, HANDSHAKE_TIMEOUT, connect, format_address


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
            raise IsThisLaptop.of(QT_TRANSLATE_NOOP(
                "errors", "{label} is this laptop itself."), label=label)
        if not node.is_active_now(server_pk):
            raise PeerNotInRoster.of(QT_TRANSLATE_NOOP(
                "errors", "The laptop at {label} ({key}) is not an active device of this "
                "branch; nothing was exchanged."), label=label, key=server_pk.hex()[:8])
        keyring = node.keyring
        epoch = keyring.epoch if epoch is None else epoch
        if epoch not in keyring.branch_keys:
            raise NetworkMismatch()
        with contextlib.closing(connect(address, connect_timeout)) as sock:
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
        result.failure = exc
        result.reason = type(exc).__name__
        result.complete = False
    finally:
        result.seconds = time.monotonic() - started
        with contextlib.suppress(CaucusError):
            node.refresh()
    return result


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
        return member_txt(keyring.branch_key(), keyring.device_pk, port, instance)

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
