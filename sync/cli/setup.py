"""``caucus init``: a new vault that founds a branch, or joins one with a welcome file."""

from __future__ import annotations

import argparse

from ..errors import CaucusError
from ..ops import joining
from ..ops import session as vaults
from ..store.vault import DEFAULT_PROFILE, sidecar_path
from .errors import UsageError
from .options import ask, interactive, kdf, read_passphrase, vault_path
from .output import note, say
from .registry import CommandTable, arg
from .session import refuse_existing, say_upgrading

commands = CommandTable()


@commands.command(
    "init", "create a new vault and found a branch in it (or join one with --join WELCOME)",
    arg("--branch", help="the branch's name (when founding a branch)"),
    arg("--device", help="this laptop's name, e.g. \"Ana's laptop\""),
    arg("--join", metavar="WELCOME",
        help="join a branch with the welcome file an admin made for this laptop"),
    arg("--fingerprint", metavar="FP",
        help="with --join: the branch fingerprint the admin's laptop shows; "
             "a welcome file for any other branch is refused"),
    arg("--country", metavar="CC",
        help="the branch's country (how phone numbers are read; default: this computer's)"),
    arg("--currency", metavar="CUR", help="the branch's currency (default: the country's)"),
    kdf(DEFAULT_PROFILE),
    needs_branch=False,
)
def init(args: argparse.Namespace) -> int:
    if args.join:
        return join_by_welcome(args)
    path = vault_path(args)
    refuse_existing(path)
    for option, value in (("--branch", args.branch), ("--device", args.device)):
        if not value or not value.strip():
            raise UsageError(f"{option} needs a name.")
    made = vaults.create_branch(path, read_passphrase(prompt="New passphrase: ", confirm=True),
                                args.branch, args.device, args.kdf,
                                **country_options(args))
    try:
        say(f"branch {made.replica.branch_id.hex()} {args.branch.strip()}")
        say(f"device {made.replica.device_id} {args.device.strip()}")
    finally:
        made.lock()
    note(f"Created the vault {path}. Keep {sidecar_path(path).name} beside it.")
    return 0


def country_options(args: argparse.Namespace) -> dict[str, str]:
    """``--country``/``--currency`` as given; what is not given defaults to the system's."""
    return {name: value for name in ("country", "currency")
            if (value := getattr(args, name)) is not None}


def join_by_welcome(args: argparse.Namespace) -> int:
    """``caucus init --join WELCOME``: the laptop that made the join request joins.

    Run again after an interruption (killed, Ctrl-C, power cut), it completes the join."""
    path = vault_path(args)
    if not path.exists():
        raise CaucusError(f"There is no vault at {path}: make the join request from this "
                          "laptop first ('caucus device join-request').")
    session = vaults.open_vault(path, read_passphrase(prompt=f"Passphrase for {path.name}: "),
                                upgrading=say_upgrading)
    try:
        welcome = joining.read_welcome(session, args.join)
        if joining.already_joined(session, welcome):
            say(f"This laptop has already joined {session.branch.name} as {session.role}.")
            return 0
        go, checked = _checked_fingerprint(args, session, welcome)
        if not go:
            note("Nothing was imported.")
            return 1
        joined = joining.finish_join(session, args.join, checked)
        say(f"Joined {joined.branch_name} as {joined.role}: {joined.report.summary()}.")
    finally:
        session.lock()
    return 0


def _checked_fingerprint(args: argparse.Namespace, session: vaults.Session,
                         welcome: joining.Welcome) -> tuple[bool, str | None]:
    """Whether to go on, and the branch fingerprint the user checked (None for an
    interrupted join, whose branch was checked when it began)."""
    note(f"The welcome file is for the branch {welcome.branch_name!r}, fingerprint "
         f"{welcome.fingerprint}; 'caucus device list' on the admin's laptop shows "
         "the real branch's.")
    given = args.fingerprint
    if given is not None and not joining.same_fingerprint(given, welcome):
        raise CaucusError("That welcome file is for another branch than the fingerprint "
                          "given; nothing was imported.")
    if joining.join_interrupted(session):
        note("Joining was interrupted before; completing it from this welcome file.")
        return True, None
    if given is not None:
        return True, welcome.fingerprint
    if not interactive():
        raise UsageError("Without a terminal to ask whether the fingerprints match, give "
                         "the branch fingerprint the admin's laptop shows under Devices "
                         "('caucus device list' there) with --fingerprint. Nothing was "
                         "imported.")
    return ask("Does the admin's laptop show the same fingerprint? [y/N] "), welcome.fingerprint
