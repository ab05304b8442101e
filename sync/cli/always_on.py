"""``caucus always-on ...``: Syncthing carries the sync folder between the branch's laptops
and an always-on box (:mod:`sync.ops.always_on`).

The API key of a Syncthing the user runs comes from ``$CAUCUS_SYNCTHING_API_KEY`` or a
prompt, never from the command line. ``watch`` prints one line per step that brought
something in or wrote something, flushed at once for a script waiting on it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import time

from ..ops import Session
from ..ops import always_on as ops
from .errors import UsageError
from .lan import until_stopped
from .options import confirmed, interactive, seconds
from .output import iso_ms, note, print_json, say, table
from .registry import CommandTable, arg

ENV_API_KEY = "CAUCUS_SYNCTHING_API_KEY"

commands = CommandTable()
commands.group("always-on", "always-on sync: Syncthing carries the sync folder, a box relays")


def _bytes(n: int | None) -> str:
    if n is None:
        return "—"
    return f"{n:,} B" if n < 10_000 else f"{n / 1e6:,.1f} MB"


def api_key() -> str:
    value = os.environ.get(ENV_API_KEY)
    if value:
        return value
    if not interactive():
        raise UsageError(f"No API key: set {ENV_API_KEY} or run caucus in a terminal to be "
                         "asked for it.")
    return getpass.getpass("Syncthing API key (Actions → Settings → GUI): ")


def show_status(args: argparse.Namespace, status: ops.Status) -> int:
    if args.json:
        print_json(status.to_dict())
        return 0
    s, seen = status.settings, status.observed
    if not s.enabled:
        say("Always-on sync: off")
        return 0
    whose = "your own Syncthing" if s.attached else "Caucus's own Syncthing"
    say(f"Always-on sync: on ({whose}, {'running' if seen.running else 'not running'})")
    say(f"Syncthing ID: {status.syncthing_id or '—'}")
    say(f"Folder: {s.folder}")
    if not s.attached:
        say(f"Discovery and relays: {'on' if s.discovery else 'off'}")
    table(("peer", "kind", "state", "to send"),
          [(p.peer.name, p.peer.kind, "connected" if p.connected else "not connected",
            _bytes(p.need_bytes)) for p in seen.peers])
    if status.waiting:
        say(f"Not on always-on yet: {', '.join(status.waiting)}")
    last = iso_ms(s.last_received_ms) if s.last_received_ms else "never"
    say(f"Last change received: {last}")
    say(f"Pending: {_bytes(seen.incoming_bytes)} to receive, {_bytes(seen.outgoing_bytes)} "
        f"to send{'; local changes not yet in the folder' if status.local_pending else ''}")
    if seen.problem:
        note(seen.problem)
    return 0


def step_line(synced: ops.Synced) -> str | None:
    """One line for a step that did something; None for one that did nothing."""
    result, done = synced.result, synced.configured
    parts = []
    if result.imported:
        parts.append(f"{synced.applied} changes in from {len(result.imported)} bundles")
    if result.skipped:
        parts.append(f"{len(result.skipped)} bundles skipped ("
                     + "; ".join(sorted(set(result.skipped.values()))) + ")")
    if result.wrote:
        parts.append(f"wrote {result.written.name}")
    if done.added or done.removed:
        parts.append(f"devices: {len(done.added)} added, {len(done.removed)} removed")
    return "; ".join(parts) + "." if parts else None


# -- on, off, status ------------------------------------------------------------------------
@commands.command(
    "always-on on", "switch always-on sync on: start Caucus's own Syncthing (or use yours)",
    arg("--folder", metavar="DIR", help="the sync folder (default: next to the vault)"),
    arg("--listen", metavar="WHERE",
        help="lan (default: every network, local discovery on), loopback (this computer "
             "only, for tests) or tcp://HOST:PORT"),
    arg("--attach", metavar="ADDR",
        help=f"use the Syncthing you run, its GUI at ADDR (127.0.0.1:8384); the API key "
             f"comes from ${ENV_API_KEY} or a prompt"),
    json_out=True,
)
def always_on_on(session: Session, args: argparse.Namespace) -> int:
    key = api_key() if args.attach else None
    done = ops.enable(session, folder=args.folder, listen=args.listen, attach=args.attach,
                      api_key=key)
    if args.json:
        print_json(ops.status(session).to_dict())
        return 0
    whose = "your Syncthing" if done.settings.attached else "Caucus's own Syncthing"
    say(f"Always-on sync is on: {whose} carries {done.settings.folder}.", flush=True)
    say(f"This laptop's Syncthing ID: {done.syncthing_id}", flush=True)
    note("The branch's other laptops add this laptop as the roster change reaches them; "
         "a box needs it added in its own Syncthing (docs/always-on-box.md).")
    return 0


@commands.command("always-on off",
                  "switch always-on sync off (Caucus's own Syncthing stops; the folder stays)")
def always_on_off(session: Session, args: argparse.Namespace) -> int:
    done = ops.disable(session)
    say("Always-on sync is off." + (" Syncthing stopped." if done.stopped else ""))
    return 0


@commands.command("always-on status",
                  "Syncthing running, peers connected, bytes pending, last change received",
                  json_out=True)
def always_on_status(session: Session, args: argparse.Namespace) -> int:
    return show_status(args, ops.status(session))


# -- sync, watch --------------------------------------------------------------------------
@commands.command("always-on sync",
                  "one step now: devices from the roster, arrivals in, this laptop's news out",
                  json_out=True)
def always_on_sync(session: Session, args: argparse.Namespace) -> int:
    synced = ops.sync_now(session)
    if args.json:
        print_json({**synced.result.to_dict(), "applied": synced.applied,
                    "devices_added": synced.configured.added,
                    "devices_removed": synced.configured.removed})
    else:
        say(step_line(synced) or "Nothing new either way.")
    return 0


@commands.command(
    "always-on watch", "import arrivals and leave this laptop's changes until Ctrl-C",
    arg("--for", dest="duration", type=seconds, metavar="S", help="stop after S seconds"),
    arg("--every", type=seconds, default=2.0, metavar="S",
        help="look for changes made by other programs every S seconds (default 2)"),
)
def always_on_watch(session: Session, args: argparse.Namespace) -> int:
    end = None if args.duration is None else time.monotonic() + args.duration

    def report(synced: ops.Synced) -> None:
        line = step_line(synced)
        if line:
            say(line, flush=True)

    with until_stopped() as stop:
        note("Watching; press Ctrl-C to stop.")  # once SIGTERM stops it cleanly too
        steps = ops.watch(session, stop, every=args.every, report=report,
                          until=None if end is None else lambda: time.monotonic() > end)
    note(f"Stopped after {steps} steps.")
    return 0


# -- boxes, discovery ------------------------------------------------------------------------
@commands.command(
    "always-on add-box", "admin: admit an always-on box (plain Syncthing) as a carrier",
    arg("id", metavar="ID", help="the box's Syncthing device ID"),
    arg("--address", required=True, metavar="ADDR",
        help="where the box listens: tcp://HOST:PORT (e.g. tcp://192.168.1.20:22000)"),
    arg("--name", default="", help="what to call it here, e.g. \"Office Pi\""),
)
def always_on_add_box(session: Session, args: argparse.Namespace) -> int:
    box = ops.add_box(session, args.id, args.address, args.name).box
    say(f"Added the box {box.name} ({box.syncthing_id}) as a carrier: it holds only "
        "encrypted bundles.")
    note("In the box's own Syncthing, add each laptop's Syncthing ID (caucus always-on "
         "status) and accept the folder they share; see docs/always-on-box.md.")
    return 0


@commands.command("always-on remove-box", "admin: stop every laptop sharing with a box",
                  arg("id", metavar="ID", help="the box's Syncthing ID (or a prefix) or name"))
def always_on_remove_box(session: Session, args: argparse.Namespace) -> int:
    box = ops.remove_box(session, args.id).box
    say(f"Removed the box {box.name}; laptops stop sharing with it as the change reaches "
        "them. Bundles already on it stay there (encrypted).")
    return 0


@commands.command(
    "always-on discovery", "global discovery and relays on or off, and what they reveal",
    arg("state", choices=("on", "off"), help="on: find laptops over the internet"),
    arg("--yes", action="store_true", help="do not ask for confirmation"),
)
def always_on_discovery(session: Session, args: argparse.Namespace) -> int:
    note(ops.DISCOVERY_EXPLANATION)
    if args.state == "on" and not confirmed(
            args, "Turn global discovery and relays on? [y/N] ",
            no_terminal="Turning discovery on needs confirmation: add --yes."):
        note("Nothing was changed.")
        return 1
    ops.set_discovery(session, args.state == "on")
    say(f"Global discovery and relays are {args.state}.")
    return 0

