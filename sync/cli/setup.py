"""``caucus init``: a new vault that founds a branch, or joins one with a welcome file."""

from __future__ import annotations

import argparse
import re

from ..errors import CaucusError
from ..records import Branch
from ..replica import Replica
from ..store.vault import DEFAULT_PROFILE, sidecar_path
from ..trust import join_branch, read_welcome
from .errors import UsageError
from .options import ask, interactive, kdf, vault_path
from .output import note, say
from .registry import CommandTable, arg
from .session import create, refuse_existing, unlock

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
    kdf(DEFAULT_PROFILE),
    needs_branch=False,
)
def init(args: argparse.Namespace) -> int:
    from ..trust import create_branch

    if args.join:
        return join_by_welcome(args)
    path = vault_path(args)
    refuse_existing(path)
    for option, value in (("--branch", args.branch), ("--device", args.device)):
        if not value or not value.strip():
            raise UsageError(f"{option} needs a name.")
    vault = create(path, args.kdf)
    try:
        replica = create_branch(vault, args.branch, args.device)
        say(f"branch {replica.branch_id.hex()} {args.branch.strip()}")
        say(f"device {replica.device_id} {args.device.strip()}")
    finally:
        vault.lock()
    note(f"Created the vault {path}. Keep {sidecar_path(path).name} beside it.")
    return 0


def join_by_welcome(args: argparse.Namespace) -> int:
    """``caucus init --join WELCOME``: the laptop that made the join request joins."""
    path = vault_path(args)
    if not path.exists():
        raise CaucusError(f"There is no vault at {path}: make the join request from this "
                          "laptop first ('caucus device join-request').")
    vault = unlock(path)
    try:
        replica = Replica(vault)
        welcome = read_welcome(replica, args.join)
        note(f"The welcome file is for the branch {welcome.branch_name!r}, fingerprint "
             f"{welcome.fingerprint}; 'caucus device list' on the admin's laptop shows "
             "the real branch's.")
        given = args.fingerprint
        if given is not None:
            if re.sub(r"[\s-]", "", given).upper() != welcome.fingerprint.replace("-", ""):
                raise CaucusError("That welcome file is for another branch than the "
                                  "fingerprint given; nothing was imported.")
        elif interactive() and not ask("Does the admin's laptop show the same "
                                       "fingerprint? [y/N] "):
            note("Nothing was imported.")
            return 1
        report = join_branch(replica, args.join, fingerprint=welcome.fingerprint)
        branch = Branch(vault, replica)
        say(f"Joined {branch.name} as {replica.device_role(replica.device_id)}: "
            f"{report.summary()}.")
    finally:
        vault.lock()
    return 0
