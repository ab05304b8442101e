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

from ..ops import Progress, Session, Stage
from ..progress import ignore
from ..store.vault import sidecar_path
from ..trust import ROLES
from .options import address, ask, interactive, kdf, port, seconds, vault_passphrase, vault_path
from .output import note, print_json, say
from .registry import CommandTable, arg

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


def transfer_progress(label: str) -> Callable[[Progress], None] | None:
    """``Sending LABEL: N/M change sets`` rewritten in place, on a terminal only."""
    if not sys.stderr.isatty():
        return None

    def show(step: Progress) -> None:
        if step.stage in (Stage.SEND, Stage.RECEIVE):
            verb = "Sending" if step.stage == Stage.SEND else "Receiving"
            total = f"/{step.total}" if step.total else ""
            sys.stderr.write(f"\r{verb} {label}: {step.done}{total} change sets ")
            sys.stderr.flush()
    return show


def lan_node(session: Session) -> Any:
    from ..ops.meeting import prepare

    node = prepare(session, threading.RLock()).node
    node.check_self()
    return node


# -- serve, peers, sync --------------------------------------------------------------------
@commands.command(
    "lan serve", "accept sync sessions from this branch's laptops until Ctrl-C",
    PORT, BIND,
    arg("--announce", action="store_true",
        help="meeting mode: announce this laptop (opaquely) with multicast DNS"),
    arg("--idle-timeout", type=seconds, default=60.0, metavar="S",
        help="drop a peer silent for S seconds (default 60)"),
)
def lan_serve(session: Session, args: argparse.Namespace) -> int:
    from ..ops.meeting import Meeting, format_address, reachable_at

    meeting = Meeting(lan_node(session), args.bind, args.port, announce=args.announce,
                      any_port=False, idle_timeout=args.idle_timeout)
    with lan_log(), until_stopped() as stop:
        host, bound = meeting.start()
        try:
            tell(f"Listening on {format_address((host, bound))}")
            if host in WILDCARDS:
                for local in reachable_at((host, bound), include_loopback=True):
                    tell(f"  reachable at {local}")
            if args.announce:
                note("Meeting mode is on: this laptop is announced on the LAN "
                     "(opaquely; only this branch's laptops recognise it).")
            note("Press Ctrl-C to stop.")
            while not stop.wait(0.5):
                pass
        finally:
            meeting.stop()
        note(f"Stopped after {meeting.sessions} sync sessions.")
    return 0


@commands.command(
    "lan peers", "list this branch's laptops announcing themselves nearby",
    arg("--timeout", type=seconds, default=DEFAULT_DISCOVERY_SECONDS, metavar="S",
        help=f"listen for S seconds (default {DEFAULT_DISCOVERY_SECONDS:g})"),
    json_out=True,
)
def lan_peers(session: Session, args: argparse.Namespace) -> int:
    from ..ops.meeting import find_laptops, format_address

    peers = [laptop.peer for laptop in find_laptops(lan_node(session), None, lambda: False,
                                                      args.timeout) if laptop.peer]
    if args.json:
        print_json([p.to_dict() for p in peers], flush=True)
    else:
        for p in peers:
            flag = "" if p.active else "  (not an active device)"
            where = ", ".join(format_address(e) for e in p.endpoints)
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
def lan_sync(session: Session, args: argparse.Namespace) -> int:
    from ..lan.errors import NoPeers
    from ..ops.meeting import Laptop, find_laptops, format_address, sync_laptops

    node = lan_node(session)
    with lan_log():
        if args.peer:
            laptops = [Laptop(format_address(a), format_address(a), target=a)
                       for a in args.peer]
        else:
            note(f"Looking for this branch's laptops for {args.timeout:g} s…")
            laptops = [t for t in find_laptops(node, None, lambda: False, args.timeout)
                       if t.peer is not None and t.peer.active]
            if not laptops:
                raise NoPeers()
        results = []
        for laptop in laptops:  # one progress line per laptop, as each one starts
            outcome = sync_laptops(node, [laptop], progress=transfer_progress(laptop.name)
                                   or ignore, idle_timeout=args.idle_timeout)
            results += [result for _laptop, result in outcome.results]
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
def lan_pair(session: Session, args: argparse.Namespace) -> int:
    from ..ops.meeting import Pairing, format_address

    def approve(name: str, device: str, check: str) -> None:  # on the pairing thread
        note(f"The new laptop {name!r} ({device[:8]}) knows the code; check string: {check}")
        if args.yes:
            note(f"Admitting it as {args.role} (--yes).")
            pairing.decide(True)
        elif not interactive():
            note("No terminal to ask for approval: declined (use --yes).")
            pairing.decide(False)
        else:
            pairing.decide(ask(f"Does the new laptop show {check}? Admit {name!r} as "
                               f"{args.role}? [y/N] "))

    with lan_log():
        pairing = Pairing(session.replica, threading.RLock(), args.role, ask=approve,
                          say=note, host=args.bind, port=args.port,
                          announce=not args.no_announce, seconds=args.expires,
                          code=args.code)
        tell(f"Listening on {format_address(pairing.address)}")
        tell(f"Pairing code: {pairing.offer.code}")
        note(f"On the new laptop run: caucus lan join --code {pairing.offer.code} --device "
             f"NAME --vault PATH   (the code works for {args.expires / 60:g} minutes, "
             "3 wrong tries at most)")
        outcome = pairing.run()
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
    from ..ops import joining

    path = vault_path(args)
    session, made = joining.joiner(path, vault_passphrase(path), args.device, args.kdf)
    if made:
        note(f"Created the vault {path}. Keep {sidecar_path(path).name} beside it.")
    try:
        with lan_log():
            def show(step: Progress) -> None:
                if step.stage == Stage.LOOK:
                    note(f"Looking for the admin's pairing offer for {args.timeout:g} s…")
                elif step.stage == Stage.CHECK:
                    note(f"Check string: {step.subject} — the admin's laptop must show the "
                         "same. Waiting for the admin to approve…")

            joined = joining.join_by_code(session, args.code, args.peer, progress=show,
                                          find_seconds=args.timeout)
        tell(f"Joined {joined.branch_name!r} as {joined.role}: "
             f"{joined.report.applied} change sets applied.")
    finally:
        session.lock()
    return 0
