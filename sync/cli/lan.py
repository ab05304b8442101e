"""``caucus lan serve|peers|sync|pair|join``: meeting sync and pairing over the LAN.

Heavy imports (the LAN node, zeroconf, spake2) happen inside the commands, so
``caucus --help`` and every other command stay as fast as before. Data (addresses,
summaries, ``--json``) go to stdout, flushed at once because a script or test waits on
them through a pipe; progress, prompts and the log of refused or broken peers go to
stderr, one line each.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

from ..trust import ROLES
from .options import address, ask, interactive, kdf, port, seconds, vault_path
from .output import note, print_json, say
from .registry import CommandTable, arg
from .session import create, unlock

DEFAULT_DISCOVERY_SECONDS = 4.0
EVERY_INTERFACE = "0.0.0.0"  # noqa: S104 (the LAN is the point)
WILDCARDS = (EVERY_INTERFACE, "::")
PORT = arg("--port", type=port, default=0, help="TCP port (default: any free port)")
BIND = arg("--bind", default=EVERY_INTERFACE, metavar="ADDR",
           help="listen on this address only (default: every interface)")

commands = CommandTable()
commands.group("lan", "meeting sync over the LAN: serve, find peers, sync, pair a new laptop")


def tell(text: str = "") -> None:
    """A line of data on stdout that reaches a waiting pipe at once."""
    say(text, flush=True)


@contextlib.contextmanager
def lan_log() -> Iterator[None]:
    """The ``caucus.lan`` log on stderr, one line per event, for the command's duration."""
    logger = logging.getLogger("caucus.lan")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("caucus lan: %(message)s"))
    logger.addHandler(handler)
    previous, propagate = logger.level, logger.propagate
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
        logger.propagate = propagate


@contextlib.contextmanager
def until_stopped() -> Iterator[threading.Event]:
    """An event set by SIGTERM (Ctrl-C raises KeyboardInterrupt as usual)."""
    stop = threading.Event()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        yield stop
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def transfer_progress(label: str) -> Callable[[Any], None] | None:
    """``Sending LABEL: N/M change sets, X MB`` rewritten in place, on a terminal only."""
    if not sys.stderr.isatty():
        return None

    def show(step: Any) -> None:
        verb = "Sending" if step.direction == "send" else "Receiving"
        total = f"/{step.expected}" if step.expected else ""
        sys.stderr.write(f"\r{verb} {label}: {step.items}{total} change sets, "
                         f"{step.bytes / 1e6:.1f} MB ")
        sys.stderr.flush()
    return show


def lan_node(branch: Any) -> Any:
    from ..lan.node import Node

    node = Node(branch.replica)
    node.check_self()
    return node


def only(host: str) -> list[str] | None:
    """The addresses to announce: all of them for a wildcard bind, else that one."""
    return None if host in WILDCARDS else [host]


# -- serve, peers, sync --------------------------------------------------------------------
@commands.command(
    "lan serve", "accept sync sessions from this branch's laptops until Ctrl-C",
    PORT, BIND,
    arg("--announce", action="store_true",
        help="meeting mode: announce this laptop (opaquely) with multicast DNS"),
    arg("--idle-timeout", type=seconds, default=60.0, metavar="S",
        help="drop a peer silent for S seconds (default 60)"),
)
def lan_serve(branch: Any, args: argparse.Namespace) -> int:
    from ..lan.discovery import local_addresses
    from ..lan.node import LanServer, announcer, format_address

    node = lan_node(branch)
    with lan_log(), until_stopped() as stop:
        server = LanServer(node, (args.bind, args.port), idle_timeout=args.idle_timeout)
        host, bound = server.start()
        meeting = None
        try:
            tell(f"Listening on {format_address((host, bound))}")
            if host in WILDCARDS:
                for local in local_addresses(include_loopback=True):
                    tell(f"  reachable at {format_address((local, bound))}")
            if args.announce:
                meeting = announcer(node, bound, addresses=only(host))
                meeting.start()
                note("Meeting mode is on: this laptop is announced on the LAN "
                     "(opaquely; only this branch's laptops recognise it).")
            note("Press Ctrl-C to stop.")
            while not stop.wait(0.5):
                pass
        finally:
            if meeting is not None:
                meeting.stop()
            server.stop()
        note(f"Stopped after {server.sessions} sync sessions.")
    return 0


@commands.command(
    "lan peers", "list this branch's laptops announcing themselves nearby",
    arg("--timeout", type=seconds, default=DEFAULT_DISCOVERY_SECONDS, metavar="S",
        help=f"listen for S seconds (default {DEFAULT_DISCOVERY_SECONDS:g})"),
    json_out=True,
)
def lan_peers(branch: Any, args: argparse.Namespace) -> int:
    from ..lan.node import discover, format_address

    peers = discover(lan_node(branch), args.timeout)
    if args.json:
        print_json([p.to_dict() for p in peers], flush=True)
    else:
        for p in peers:
            where = ", ".join(format_address(e) for e in p.endpoints)
            flag = "" if p.active else "  (not an active device)"
            tell(f"{p.name}  {p.device.hex()[:16]}  {where}{flag}")
    note(f"{len(peers)} laptop{'s' if len(peers) != 1 else ''} of this branch nearby")
    return 0


@commands.command(
    "lan sync", "sync with a laptop by address, or with every branch laptop nearby",
    arg("--peer", action="append", type=address, default=[], metavar="HOST:PORT",
        help="sync with the laptop at this address (repeatable); "
             "without it, with every branch laptop found nearby"),
    arg("--timeout", type=seconds, default=DEFAULT_DISCOVERY_SECONDS, metavar="S",
        help="how long to look for laptops nearby"),
    arg("--idle-timeout", type=seconds, default=60.0, metavar="S",
        help="give up on a peer silent for S seconds (default 60)"),
    json_out=True,
)
def lan_sync(branch: Any, args: argparse.Namespace) -> int:
    from ..lan.errors import NoPeers
    from ..lan.node import discover, sync_with, sync_with_peer

    node = lan_node(branch)
    results = []
    timeouts = {"idle_timeout": args.idle_timeout}
    with lan_log():
        if args.peer:
            for peer_address in args.peer:
                label = f"{peer_address[0]}:{peer_address[1]}"
                results.append(sync_with(node, peer_address,
                                         progress=transfer_progress(label), **timeouts))
        else:
            note(f"Looking for this branch's laptops for {args.timeout:g} s…")
            peers = [p for p in discover(node, args.timeout) if p.active]
            if not peers:
                raise NoPeers()
            for peer in peers:
                results.append(sync_with_peer(node, peer, progress=transfer_progress(peer.name),
                                              **timeouts))
    if sys.stderr.isatty():
        note("")
    if args.json:
        print_json([r.to_dict() for r in results], flush=True)
    else:
        for result in results:
            if result.complete:
                tell(result.summary())
            else:
                note(f"caucus: {result.summary()}")
    return 0 if all(r.complete for r in results) else 1


# -- pairing -------------------------------------------------------------------------------
@commands.command(
    "lan pair", "show a one-time code and admit the new laptop that enters it",
    arg("--role", required=True, choices=ROLES),
    PORT, BIND,
    arg("--no-announce", action="store_true",
        help="do not announce the offer on the LAN (the new laptop gives --peer)"),
    arg("--yes", action="store_true",
        help="admit without asking (after the code and check string matched)"),
    arg("--expires", type=seconds, default=600.0, metavar="S",
        help="the code expires after S seconds (default 600)"),
    arg("--code", help=argparse.SUPPRESS),  # tests only: a fixed code
)
def lan_pair(branch: Any, args: argparse.Namespace) -> int:
    import socket

    from ..lan.node import format_address
    from ..lan.pairing import PairingOffer, offer

    pairing = PairingOffer(args.code, args.expires)
    family = socket.AF_INET6 if ":" in args.bind else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    meeting = None
    with lan_log(), contextlib.closing(listener):
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((args.bind, args.port))
        listener.listen(4)
        host, bound = listener.getsockname()[:2]
        tell(f"Listening on {format_address((host, bound))}")
        tell(f"Pairing code: {pairing.code}")
        note(f"On the new laptop run: caucus lan join --code {pairing.code} --device NAME "
             f"--vault PATH   (the code works for {args.expires / 60:g} minutes, "
             "3 wrong tries at most)")
        try:
            if not args.no_announce:
                from ..lan.discovery import Announcer, pairing_txt

                meeting = Announcer(bound, lambda _port, _name: pairing_txt(pairing.nameplate),
                                    addresses=only(host))
                meeting.start()

            def approve(name: str, device: str, check: str) -> bool:
                note(f"The new laptop {name!r} ({device[:8]}) knows the code; "
                     f"check string: {check}")
                if args.yes:
                    note(f"Admitting it as {args.role} (--yes).")
                    return True
                if not interactive():
                    note("No terminal to ask for approval: declined (use --yes).")
                    return False
                return ask(f"Does the new laptop show {check}? Admit {name!r} as "
                           f"{args.role}? [y/N] ")

            outcome = offer(branch.replica, args.role, listener, pairing, approve=approve,
                            say=note)
        finally:
            if meeting is not None:
                meeting.stop()
    tell(f"Admitted {outcome.device_name} ({outcome.device[:8]}) as {outcome.role}.")
    if outcome.applied < 0:
        note("The new laptop did not confirm that it joined; its admission will sync anyway.")
    return 0


@commands.command(
    "lan join", "join a branch by entering the code an admin's laptop shows",
    arg("--code", required=True, help="the code shown by the admin, e.g. 47-105-962"),
    arg("--peer", type=address, metavar="HOST:PORT",
        help="the admin's address (default: find the offer on the LAN)"),
    arg("--device", required=True, help="this laptop's name, e.g. \"Ana's laptop\""),
    kdf("moderate", "Argon2id cost if the vault is created here"),
    arg("--timeout", type=seconds, default=10.0, metavar="S",
        help="how long to look for the admin's offer (default 10)"),
    needs_branch=False,
)
def lan_join(args: argparse.Namespace) -> int:
    from ..errors import VaultMissing
    from ..lan.errors import PairingError
    from ..lan.joining import join_by_code
    from ..lan.pairing import normalise_code
    from ..replica import Replica
    from ..store.vault import sidecar_path
    from ..trust import branch_name, prepare_device

    code = normalise_code(args.code)
    path = vault_path(args)
    if path.exists():
        vault = unlock(path)
    else:
        if sidecar_path(path).exists():
            raise VaultMissing(f"There is a sidecar but no vault at {path}; nothing was done.")
        vault = create(path, args.kdf)
        note(f"Created the vault {path}. Keep {sidecar_path(path).name} beside it.")
    try:
        replica = Replica(vault)
        if replica.initialised:
            raise PairingError("This vault already belongs to a branch; use a new --vault.")
        if replica.secret("device_signing_key") is None:
            prepare_device(replica, args.device)
        with lan_log():
            def show(check: str) -> None:
                note(f"Check string: {check} — the admin's laptop must show the same. "
                     "Waiting for the admin to approve…")

            report = join_by_code(replica, code, args.peer, timeout=args.timeout,
                                  show_check=show, say=note)
        replica = Replica(vault)
        tell(f"Joined {branch_name(replica)!r} as {replica.device_role(replica.device_id)}: "
             f"{report.applied} change sets applied.")
    finally:
        vault.lock()
    return 0
