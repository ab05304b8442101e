"""A deterministic, realistic demo branch: workplaces, members, conversations, meetings.

Used by the first-run "try a demo branch" offer, by the CLI and by the benchmarks
(``python -m tests.benchmarks``), which need a large branch (50,000 members, 200,000
notes) built quickly. Contacts are fictional: emails only at example.org/.com/.net,
mobile numbers random (but valid for ``phonenumbers``), addresses in made-up districts.

The same ``seed`` and ``members`` give the same *content* (names, contacts, notes, …)
on every run and machine with the same Faker version. Ids, keys, signatures and clock
stamps differ, since those are random or time-based by design.

Every record is written through the records' batch write API (``Branch.batch``), so
it is validated exactly as the app validates it and stored exactly as the app would
store it, in change sets of about :data:`BATCH_ROWS` rows — not one per member, which
is what makes 50,000 members take a minute or two rather than an hour.

The package: :mod:`.vocabulary` (the words), :mod:`.picker` (seeded choices),
:mod:`.generator` (workplaces, campaigns, members), :mod:`.activity` (notes, meetings)
and :mod:`.util` (pure helpers).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import time
from collections.abc import Callable
from pathlib import Path

from .. import trust
from ..errors import ValidationError
from ..records import Branch
from ..store.vault import Vault, sidecar_path
from .generator import BATCH_ROWS, Generator
from .vocabulary import EMAIL_DOMAINS, TOWNS

DEMO_PASSPHRASE = "demo-branch-passphrase"  # noqa: S105 - shown to users on purpose
GENERATOR_VERSION = 2  # bump when the generated content changes
MIN_MEMBERS = 1
MAX_MEMBERS = 50_000
DEFAULT_DEVICE_NAME = "Demo secretary laptop"
#: The demo branch is British (its towns, postcodes and mobiles are), whatever the locale.
COUNTRY = "GB"
CURRENCY = "GBP"

Progress = Callable[[int, int], None]

__all__ = ["BATCH_ROWS", "COUNTRY", "CURRENCY", "DEFAULT_DEVICE_NAME", "DEMO_PASSPHRASE",
           "EMAIL_DOMAINS", "GENERATOR_VERSION", "MAX_MEMBERS", "MIN_MEMBERS", "create_demo_vault",
           "default_branch_name", "populate"]


def create_demo_vault(path: str | os.PathLike[str], passphrase: str, *, members: int = 2000,
                      seed: int = 1, profile: str = "moderate", branch_name: str | None = None,
                      device_name: str | None = None, progress: Progress | None = None) -> None:
    """Create a new vault at ``path`` holding a demo branch of ``members`` members.

    Nothing is left behind if it fails: a vault this call created is removed again.
    """
    _check_members(members)
    path = Path(path)
    vault = Vault.create(path, passphrase, profile)
    try:
        replica = trust.create_branch(  # a British branch, whatever the laptop's locale
            vault, branch_name or default_branch_name(seed), device_name or DEFAULT_DEVICE_NAME,
            country=COUNTRY, currency=CURRENCY)
        populate(Branch(vault, replica), members=members, seed=seed, progress=progress)
    except BaseException:
        vault.lock()
        for leftover in (path, sidecar_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    vault.lock()


def default_branch_name(seed: int = 1) -> str:
    town, _area = TOWNS[random.Random(f"caucus-demo/{seed}/town").randrange(len(TOWNS))]
    return f"{town} General Branch (demo)"


def populate(branch: Branch, *, members: int = 2000, seed: int = 1,
             progress: Progress | None = None, notes_per_member: float = 4,
             today: dt.date | None = None) -> dict[str, int]:
    """Fill an existing branch with demo records; return how many of each were written.

    ``today`` anchors every date (dues, joins, notes, meetings); it defaults to today so
    the arrears list and the tasks look current.
    """
    _check_members(members)
    if isinstance(notes_per_member, bool) or not isinstance(notes_per_member, int | float) \
            or not 0 <= notes_per_member <= 100:
        raise ValidationError("Notes per member must be a number from 0 to 100.",
                              "notes_per_member")
    started = time.perf_counter()
    gen = Generator(seed, members, notes_per_member, today or dt.date.today(), branch)
    with branch.replica.bulk_load():  # into a new vault: indexes built once, at the end
        counts = gen.run(progress)
    counts["seconds"] = round(time.perf_counter() - started, 3)
    return counts


def _check_members(members: int) -> None:
    if isinstance(members, bool) or not isinstance(members, int) or not (
        MIN_MEMBERS <= members <= MAX_MEMBERS
    ):
        raise ValidationError(
            f"A demo branch has between {MIN_MEMBERS} and {MAX_MEMBERS:,} members, "
            f"not {members!r}.", "members"
        )

