"""``caucus device ...``: the branch's roster. Join by USB (a join request out, a welcome
file back: ``caucus init --join`` in :mod:`sync.cli.setup`), admit, list, revoke."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import CaucusError
from ..ops import Session, joining, roster
from ..store.vault import DEFAULT_PROFILE
from ..trust import ROLES, resolve_device
from .options import confirmed, kdf, vault_passphrase, vault_path
from .output import emit, note, say
from .registry import CommandTable, arg

LOST_LAPTOP_WARNING = (
    "Revoking stops this device from receiving anything new and voids any change it makes "
    "from now on. Data already on that laptop cannot be wiped remotely."
)

commands = CommandTable()
commands.group("device", "the branch's devices: join by USB, admit, list, revoke")


@commands.command(
    "device join-request", "make a join request for a new laptop (creates its vault)",
    arg("--out", required=True, metavar="REQ", help="the request file to write"),
    arg("--device", required=True, help="this laptop's name, e.g. \"Ana's laptop\""),
    kdf(DEFAULT_PROFILE),
    needs_branch=False,
)
def device_join_request(args: argparse.Namespace) -> int:
    path = vault_path(args)
    session, _made = joining.joiner(path, vault_passphrase(path), args.device, args.kdf)
    try:
        out = joining.write_join_request(session, Path(args.out))
        say(f"device {session.replica.device_id} {args.device.strip()}")
    finally:
        session.lock()
    note(f"Wrote the join request {out}. Take it to an admin's laptop: "
         f"'caucus device admit {out.name} --role secretary --out welcome.caucus'.")
    return 0


@commands.command(
    "device admit", "admit the laptop that made REQ and write its welcome file",
    arg("request", metavar="REQ", help="the join request file"),
    arg("--role", required=True, choices=ROLES, help="the new device's role"),
    arg("--out", required=True, metavar="WELCOME", help="the welcome file to write"),
)
def device_admit(session: Session, args: argparse.Namespace) -> int:
    try:
        request = roster.read_join_request(args.request)
    except FileNotFoundError:
        raise CaucusError(f"There is no join request file at {args.request}.") from None
    device = roster.admit(session, request, args.role, args.out).device
    say(f"Admitted {device.name} ({device.id}) as {device.role}.")
    note(f"Wrote the welcome file {args.out}; it is encrypted for that laptop only. "
         f"On it: 'caucus init --join {Path(args.out).name}'.")
    return 0


@commands.command("device list", "list the branch's devices, their roles and whether revoked",
                  json_out=True)
def device_list(session: Session, args: argparse.Namespace) -> int:
    devices = roster.roster(session)
    note(f"Branch fingerprint: {devices.fingerprint}")
    return emit(args, devices.devices, "device", ("id", "name", "role", "state", "last change"),
                lambda d: (d.id[:16], d.name + (" (this laptop)" if d.this_device else ""),
                           d.role, device_state(d), d.last_seq))


def device_state(device) -> str:
    if device.revoked:
        return f"revoked after change {device.revoked_after}"
    return "clock ahead" if device.clock_ahead else "active"


@commands.command(
    "device revoke", "revoke a device (lost laptop, officer leaving) and rotate the key",
    arg("device", metavar="ID", help="device id, id prefix or name"),
    arg("--yes", action="store_true", help="do not ask for confirmation"),
)
def device_revoke(session: Session, args: argparse.Namespace) -> int:
    device = resolve_device(session.replica, args.device)
    note(LOST_LAPTOP_WARNING)
    if not confirmed(args, f"Revoke {device.name} ({device.id[:12]}…)? [y/N] ",
                     no_terminal="Revoking needs confirmation: add --yes."):
        note("Nothing was changed.")
        return 1
    done = roster.revoke(session, device.id).device
    say(f"Revoked {done.name}; changes after its change {done.revoked_after} are void. "
        f"New branch key epoch {session.replica.meta('key_epoch')}.")
    return 0
