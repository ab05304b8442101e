"""A full disk is not a damaged vault (issue #18, finding 3).

On a small tmpfs that the test fills, real ``caucus`` subprocesses must say the disk is
full — opening included, ``vault check`` included — never that the vault is damaged
(a user told "damaged" may restore an older backup and lose work), and never "unexpected
internal error". After space is freed the vault is intact and holds what it held. A
passphrase change that runs out of room keeps the old passphrase working, also when the
disk fills only after the change checked for room.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sync.errors import WrongPassphrase
from sync.records import Branch
from sync.store.vault import Vault, sidecar_path
from sync.trust import create_branch

from .smalldisk import fill, small_disk

PASS = "correct horse battery staple"
NEW_PASS = "another good passphrase"
REPO = Path(__file__).resolve().parent.parent
DAMAGED_WORDS = ("damaged", "not a caucus vault", "unexpected", "internal error")


def caucus(vault: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "CAUCUS_PASSPHRASE": PASS, "CAUCUS_NEW_PASSPHRASE": NEW_PASS}
    env.pop("CAUCUS_VAULT", None)
    return subprocess.run([sys.executable, "-m", "sync.cli", "--vault", str(vault), *args],
                          cwd=cwd or vault.parent, env=env, capture_output=True, text=True,
                          timeout=120)


def make_vault(path: Path, members: int) -> tuple[Path, str]:
    """A branch with ``members`` members (each with a note) at ``path``, locked; its
    path and state hash."""
    vault = Vault.create(path, PASS, "interactive")
    branch = Branch(vault, create_branch(vault, "Harbour Workers", "Secretary laptop"))
    for i in range(members):
        member = branch.add_member(first_name=f"Member{i:03d}", last_name="Docker",
                                   emails=[f"m{i:03d}@example.org"],
                                   address=f"{i} Quay Street " + "x" * 100)
        branch.add_note(f"Spoke about the rota, visit {i}", member)
    digest = branch.replica.state_hash()
    vault.lock()
    return path, digest


@pytest.fixture(scope="module")
def vaults(tmp_path_factory) -> dict[int, tuple[Path, str]]:
    """Vaults made once on an ordinary disk (their WAL grows far beyond the small one)."""
    folder = tmp_path_factory.mktemp("vaults")
    return {n: make_vault(folder / f"members{n}" / "branch.caucus", n) for n in (40, 300)}


def copy_to(disk: Path, made: tuple[Path, str]) -> tuple[Path, str]:
    source, digest = made
    path = disk / "branch.caucus"
    for src, dest in ((source, path), (sidecar_path(source), sidecar_path(path))):
        shutil.copyfile(src, dest)
    return path, digest


def state_of(path: Path, passphrase: str = PASS) -> tuple[str, list[str]]:
    vault = Vault.open(path, passphrase)
    try:
        return Branch(vault).replica.state_hash(), vault.integrity_check()
    finally:
        vault.lock()


def says_disk_full(proc: subprocess.CompletedProcess, what: str) -> None:
    err = proc.stderr
    assert proc.returncode == 1, f"{what}: exit {proc.returncode}\n{err}"
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("caucus: "), f"{what}:\n{err}"
    assert "disk" in err and "full" in err, f"{what}: {err}"
    assert not any(word in err.lower() for word in DAMAGED_WORDS), f"{what}: {err}"


@pytest.fixture
def disk(tmp_path):
    with small_disk(tmp_path / "disk", 4096) as folder:
        yield folder


# Every one of these opens the vault first; at 100 % that is where they fail.
COMMANDS = [
    ("vault", "check"), ("vault", "info"), ("member", "list"), ("state-hash",),
    ("changes", "list"), ("changes", "verify"), ("member", "add", "--first", "New",
                                                 "--last", "Member"),
    ("vault", "passwd"), ("vault", "backup", "--out", "backup.caucus"),
    ("bundle", "export", "--out", "out.caucusbundle"), ("device", "list"),
]


def test_every_command_on_a_full_disk_says_the_disk_is_full(disk, vaults):
    path, expected = copy_to(disk, vaults[40])
    filler = fill(disk)
    for command in COMMANDS:
        says_disk_full(caucus(path, *command), " ".join(command))
    # a new vault on the full disk: the same, and nothing is left behind
    says_disk_full(caucus(disk / "new.caucus", "init", "--branch", "B", "--device", "D",
                          "--kdf", "interactive"), "init")
    # (SQLite's own -wal and -shm may be there, the log empty: nothing was written)
    assert sorted(p.name for p in disk.iterdir() if not p.name.endswith(("-shm", "-wal"))) \
        == sorted([path.name, sidecar_path(path).name, filler.name])
    assert all(p.stat().st_size == 0 for p in disk.glob("*-wal"))
    filler.unlink()
    assert state_of(path) == (expected, [])
    checked = caucus(path, "vault", "check")
    assert checked.returncode == 0 and "intact" in checked.stdout


@pytest.mark.parametrize("free_kib", [40, 64])
def test_writes_on_a_nearly_full_disk_say_the_disk_is_full(disk, vaults, free_kib):
    """Enough room to open and read, too little to write: reads work, writes say why."""
    path, expected = copy_to(disk, vaults[40])
    filler = fill(disk, leave=free_kib * 1024)
    listed = caucus(path, "member", "list")
    assert listed.returncode == 0 and "40 members" in listed.stderr, listed.stderr
    for command in [("vault", "passwd"), ("vault", "backup", "--out", "backup.caucus")]:
        says_disk_full(caucus(path, *command), " ".join(command))
    # the WAL index takes 32 KiB of what is free; a change set's pages do not fit in the rest
    says_disk_full(caucus(path, "member", "add", "--first", "New", "--last", "Member"),
                   "member add")
    assert not (disk / "backup.caucus").exists()
    filler.unlink()
    assert state_of(path) == (expected, [])
    with pytest.raises(WrongPassphrase):
        Vault.open(path, NEW_PASS)


def test_passphrase_change_with_300_kib_free_keeps_the_old_passphrase(disk, vaults):
    path, expected = copy_to(disk, vaults[300])
    assert path.stat().st_size > 600 * 1024  # the rekey needs more room than is left
    filler = fill(disk, leave=300 * 1024)
    says_disk_full(caucus(path, "vault", "passwd"), "vault passwd")
    filler.unlink()
    assert not Path(f"{path}.sidecar.pending").exists()
    assert state_of(path) == (expected, [])
    with pytest.raises(WrongPassphrase):
        Vault.open(path, NEW_PASS)


# The disk fills between the check for room and the rekey (another program writes):
# the child's ``shutil.disk_usage`` reports plenty the first time it is asked, then the
# truth. SQLCipher then answers the rekey with success although it wrote nothing.
RACE_CHILD = textwrap.dedent("""
    import shutil, sys
    real, calls = shutil.disk_usage, []

    def disk_usage(path):
        calls.append(path)
        usage = real(path)
        return usage._replace(free=1 << 40) if len(calls) == 1 else usage

    shutil.disk_usage = disk_usage
    from sync.cli.entry import main
    sys.exit(main(["--vault", sys.argv[1], "vault", "passwd"]))
""")


def test_a_disk_that_fills_during_the_passphrase_change_keeps_the_old_one(disk, vaults):
    path, expected = copy_to(disk, vaults[300])
    filler = fill(disk, leave=300 * 1024)
    env = {**os.environ, "CAUCUS_PASSPHRASE": PASS, "CAUCUS_NEW_PASSPHRASE": NEW_PASS}
    proc = subprocess.run([sys.executable, "-c", RACE_CHILD, str(path)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    says_disk_full(proc, "vault passwd, the disk filling meanwhile")
    assert "old passphrase still opens" in proc.stderr
    filler.unlink()
    assert not Path(f"{path}.sidecar.pending").exists()
    assert state_of(path) == (expected, [])
    with pytest.raises(WrongPassphrase):
        Vault.open(path, NEW_PASS)
