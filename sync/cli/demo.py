"""``caucus demo``: a vault holding an invented branch, to try things out.

The demo generator (and Faker behind it) loads only for this command, and an
installation may leave it out.
"""

from __future__ import annotations

import argparse

from ..errors import CaucusError
from ..ops import session as vaults
from ..progress import ignore
from ..store.vault import DEFAULT_PROFILE
from .options import kdf, read_passphrase, vault_path, whole
from .output import note, progress_line, say
from .registry import CommandTable, arg
from .session import refuse_existing

DEMO_MAX_MEMBERS = 50_000

commands = CommandTable()


@commands.command(
    "demo", "create a vault filled with an invented demo branch",
    arg("--members", type=whole(1, DEMO_MAX_MEMBERS), default=2000,
        help=f"how many invented members (1..{DEMO_MAX_MEMBERS}, default 2000)"),
    arg("--seed", type=int, default=1, help="random seed (same seed, same data)"),
    arg("--branch", help="the demo branch's name"),
    arg("--device", help="this laptop's name"),
    kdf(DEFAULT_PROFILE),
    needs_branch=False,
)
def demo(args: argparse.Namespace) -> int:
    path = vault_path(args)
    refuse_existing(path)
    passphrase = read_passphrase(prompt="New passphrase: ", confirm=True)
    progress = progress_line("Creating demo branch")
    try:
        made = vaults.create_demo(path, passphrase, members=args.members, seed=args.seed,
                                  profile=args.kdf, branch_name=args.branch,
                                  device_name=args.device, progress=progress or ignore)
    except ModuleNotFoundError as exc:
        if exc.name != "sync.demo":
            raise
        raise CaucusError("The demo data generator is not part of this installation.") from None
    made.lock()
    if progress:
        note("")
    say(f"Created a demo branch with {args.members} members in {path}.")
    return 0
