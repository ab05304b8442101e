"""``caucus lan ...``: meeting sync and pairing from the command line.

Hooked into :mod:`sync.cli` by one line that calls :func:`register` with its ``_leaf``.
Heavy imports (zeroconf, spake2) happen inside the commands, so ``caucus --help`` and
every other command stay as fast as before.

Data (addresses, summaries, ``--json``) go to stdout; progress, prompts and the log
of refused or broken peers go to stderr, one line each.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

ENV_PASSPHRASE = "CAUCUS_PASSPHRASE"  # noqa: S105 (a variable name)
DEFAULT_DISCOVERY_SECONDS = 4.0


def _say(text: str = "") -> None:
    print(text, flush=True)


def _note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str), flush=True)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, not {text!r}") from None
    if not 0 < value <= 86400:
        raise argparse.ArgumentTypeError(f"must be between 0 and 86400 seconds, not {text}")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a port number, not {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0..65535, not {value}")
    return value


def _address(text: str) -> tuple[str, int]:
    from sync.lan.node import parse_address

    try:
        return parse_address(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: argparse._SubParsersAction, leaf: Callable[..., argparse.ArgumentParser]
             ) -> None:
    """Add ``caucus lan ...`` to the top-level subparsers, using sync.cli's ``_leaf``."""
    text = "meeting sync over the LAN: serve, find peers, sync, pair a new laptop"
    parser = sub.add_parser("lan", help=text, description=text)
    parser.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS,
                        help="the vault file (default: $CAUCUS_VAULT or the platform default)")
    g = parser.add_subparsers(dest="lan_command", metavar="COMMAND", required=True)

    p = leaf(g, "serve", "accept sync sessions from this branch's laptops until Ctrl-C",
             _cmd_serve)
    p.add_argument("--port", type=_port, default=0, help="TCP port (default: any free port)")
    p.add_argument("--bind", default="0.0.0.0", metavar="ADDR",  # noqa: S104
                   help="listen on this address only (default: every interface)")
    p.add_argument("--announce", action="store_true",
                   help="meeting mode: announce this laptop (opaquely) with multicast DNS")
    p.add_argument("--idle-timeout", type=_seconds, default=60.0, metavar="S",
                   help="drop a peer silent for S seconds (default 60)")

    p = leaf(g, "peers", "list this branch's laptops announcing themselves nearby",
             _cmd_peers, json_out=True)
    p.add_argument("--timeout", type=_seconds, default=DEFAULT_DISCOVERY_SECONDS, metavar="S",
                   help=f"listen for S seconds (default {DEFAULT_DISCOVERY_SECONDS:g})")

    p = leaf(g, "sync", "sync with a laptop by address, or with every branch laptop nearby",
             _cmd_sync, json_out=True)
    p.add_argument("--peer", action="append", type=_address, default=[], metavar="HOST:PORT",
                   help="sync with the laptop at this address (repeatable); "
                        "without it, with every branch laptop found nearby")
    p.add_argument("--timeout", type=_seconds, default=DEFAULT_DISCOVERY_SECONDS, metavar="S",
                   help="how long to look for laptops nearby")
    p.add_argument("--idle-timeout", type=_seconds, default=60.0, metavar="S",
                   help="give up on a peer silent for S seconds (default 60)")

    p = leaf(g, "pair", "show a one-time code and admit the new laptop that enters it",
             _cmd_pair)
    p.add_argument("--role", required=True, choices=("admin", "secretary", "viewer"))
    p.add_argument("--port", type=_port, default=0, help="TCP port (default: any free port)")
    p.add_argument("--bind", default="0.0.0.0", metavar="ADDR",  # noqa: S104
                   help="listen on this address only (default: every interface)")
    p.add_argument("--no-announce", action="store_true",
                   help="do not announce the offer on the LAN (the new laptop gives --peer)")
    p.add_argument("--yes", action="store_true",
                   help="admit without asking (after the code and check string matched)")
    p.add_argument("--expires", type=_seconds, default=600.0, metavar="S",
                   help="the code expires after S seconds (default 600)")
    p.add_argument("--code", help=argparse.SUPPRESS)  # tests only: a fixed code

    p = leaf(g, "join", "join a branch by entering the code an admin's laptop shows",
             _cmd_join, needs_branch=False)
    p.add_argument("--code", required=True, help="the code shown by the admin, e.g. 47-105-962")
    p.add_argument("--peer", type=_address, metavar="HOST:PORT",
                   help="the admin's address (default: find the offer on the LAN)")
    p.add_argument("--device", required=True, help="this laptop's name, e.g. \"Ana's laptop\"")
    p.add_argument("--kdf", choices=("interactive", "moderate", "sensitive"),
                   default="moderate", help="Argon2id cost if the vault is created here")
    p.add_argument("--timeout", type=_seconds, default=10.0, metavar="S",
                   help="how long to look for the admin's offer (default 10)")


# -- shared helpers -----------------------------------------------------------------------
@contextlib.contextmanager
def _logging() -> Iterator[None]:
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
def _until_stopped() -> Iterator[threading.Event]:
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


def _progress_printer(label: str) -> Callable[[Any], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(step: Any) -> None:
        verb = "Sending" if step.direction == "send" else "Receiving"
        total = f"/{step.expected}" if step.expected else ""
        sys.stderr.write(f"\r{verb} {label}: {step.items}{total} change sets, "
                         f"{step.bytes / 1e6:.1f} MB ")
        sys.stderr.flush()
    return show


def _node(branch: Any) -> Any:
    from sync.lan.node import Node

    node = Node(branch.replica)
    node.check_self()
    return node


# -- serve, peers, sync --------------------------------------------------------------------
def _cmd_serve(branch: Any, args: argparse.Namespace) -> int:
    from sync.lan.discovery import local_addresses
    from sync.lan.node import LanServer, announcer, format_address

    node = _node(branch)
    with _logging(), _until_stopped() as stop:
        server = LanServer(node, (args.bind, args.port), idle_timeout=args.idle_timeout)
        host, port = server.start()
        meeting = None
        try:
            _say(f"Listening on {format_address((host, port))}")
            if host in ("0.0.0.0", "::"):  # noqa: S104
                for address in local_addresses(include_loopback=True):
                    _say(f"  reachable at {format_address((address, port))}")
            if args.announce:
                specific = None if host in ("0.0.0.0", "::") else [host]  # noqa: S104
                meeting = announcer(node, port, addresses=specific)
                meeting.start()
                _note("Meeting mode is on: this laptop is announced on the LAN "
                      "(opaquely; only this branch's laptops recognise it).")
            _note("Press Ctrl-C to stop.")
            while not stop.wait(0.5):
                pass
        finally:
            if meeting is not None:
                meeting.stop()
            server.stop()
        _note(f"Stopped after {server.sessions} sync sessions.")
    return 0


def _cmd_peers(branch: Any, args: argparse.Namespace) -> int:
    from sync.lan.node import discover, format_address

    peers = discover(_node(branch), args.timeout)
    if args.json:
        _print_json([p.to_dict() for p in peers])
    else:
        for p in peers:
            where = ", ".join(format_address(e) for e in p.endpoints)
            flag = "" if p.active else "  (not an active device)"
            _say(f"{p.name}  {p.device.hex()[:16]}  {where}{flag}")
    _note(f"{len(peers)} laptop{'s' if len(peers) != 1 else ''} of this branch nearby")
    return 0


def _cmd_sync(branch: Any, args: argparse.Namespace) -> int:
    from sync.lan.errors import NoPeers
    from sync.lan.node import discover, sync_with, sync_with_peer

    node = _node(branch)
    results = []
    timeouts = {"idle_timeout": args.idle_timeout}
    with _logging():
        if args.peer:
            for address in args.peer:
                label = f"{address[0]}:{address[1]}"
                results.append(sync_with(node, address, progress=_progress_printer(label),
                                         **timeouts))
        else:
            _note(f"Looking for this branch's laptops for {args.timeout:g} s…")
            peers = [p for p in discover(node, args.timeout) if p.active]
            if not peers:
                raise NoPeers()
            for peer in peers:
                results.append(sync_with_peer(node, peer, progress=_progress_printer(peer.name),
                                              **timeouts))
    if sys.stderr.isatty():
        _note("")
    if args.json:
        _print_json([r.to_dict() for r in results])
    else:
        for result in results:
            (_say if result.complete else _note)(
                result.summary() if result.complete else f"caucus: {result.summary()}")
    return 0 if all(r.complete for r in results) else 1


# -- pairing -------------------------------------------------------------------------------
def _cmd_pair(branch: Any, args: argparse.Namespace) -> int:
    import socket

    from sync.lan.node import format_address
    from sync.lan.pairing import PairingOffer, offer

    replica = branch.replica
    pairing = PairingOffer(args.code, args.expires)
    family = socket.AF_INET6 if ":" in args.bind else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    meeting = None
    with _logging(), contextlib.closing(listener):
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((args.bind, args.port))
        listener.listen(4)
        host, port = listener.getsockname()[:2]
        _say(f"Listening on {format_address((host, port))}")
        _say(f"Pairing code: {pairing.code}")
        _note(f"On the new laptop run: caucus lan join --code {pairing.code} --device NAME "
              f"--vault PATH   (the code works for {args.expires / 60:g} minutes, "
              "3 wrong tries at most)")
        try:
            if not args.no_announce:
                from sync.lan.discovery import Announcer, pairing_txt

                specific = None if host in ("0.0.0.0", "::") else [host]  # noqa: S104
                meeting = Announcer(port, lambda _port, _name: pairing_txt(pairing.nameplate),
                                    addresses=specific)
                meeting.start()

            def approve(name: str, device: str, check: str) -> bool:
                _note(f"The new laptop {name!r} ({device[:8]}) knows the code; "
                      f"check string: {check}")
                if args.yes:
                    _note(f"Admitting it as {args.role} (--yes).")
                    return True
                if not sys.stdin or not sys.stdin.isatty():
                    _note("No terminal to ask for approval: declined (use --yes).")
                    return False
                sys.stderr.write(f"Does the new laptop show {check}? Admit {name!r} as "
                                 f"{args.role}? [y/N] ")
                sys.stderr.flush()
                return sys.stdin.readline().strip().lower() in ("y", "yes")

            outcome = offer(replica, args.role, listener, pairing, approve=approve, say=_note)
        finally:
            if meeting is not None:
                meeting.stop()
    _say(f"Admitted {outcome.device_name} ({outcome.device[:8]}) as {outcome.role}.")
    if outcome.applied < 0:
        _note("The new laptop did not confirm that it joined; its admission will sync anyway.")
    return 0


def _cmd_join(args: argparse.Namespace) -> int:
    from sync.cli import read_passphrase, vault_path
    from sync.errors import VaultMissing
    from sync.lan.errors import PairingError
    from sync.lan.joining import join_by_code
    from sync.lan.pairing import normalise_code
    from sync.replica import Replica
    from sync.store.vault import Vault, sidecar_path
    from sync.trust import branch_name, prepare_device

    code = normalise_code(args.code)
    path = vault_path(args)
    if path.exists():
        vault = Vault.open(path, read_passphrase(prompt=f"Passphrase for {path.name}: "))
    else:
        if sidecar_path(path).exists():
            raise VaultMissing(f"There is a sidecar but no vault at {path}; nothing was done.")
        vault = Vault.create(path, read_passphrase(prompt="New passphrase: ", confirm=True),
                             args.kdf)
        _note(f"Created the vault {path}. Keep {sidecar_path(path).name} beside it.")
    try:
        replica = Replica(vault)
        if replica.initialised:
            raise PairingError("This vault already belongs to a branch; use a new --vault.")
        if replica.secret("device_signing_key") is None:
            prepare_device(replica, args.device)
        with _logging():
            def show(check: str) -> None:
                _note(f"Check string: {check} — the admin's laptop must show the same. "
                      "Waiting for the admin to approve…")

            report = join_by_code(replica, code, args.peer, timeout=args.timeout,
                                  show_check=show, say=_note)
        replica = Replica(vault)
        _say(f"Joined {branch_name(replica)!r} as {replica.device_role(replica.device_id)}: "
             f"{report.applied} change sets applied.")
    finally:
        vault.lock()
    return 0

