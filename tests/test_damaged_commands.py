"""Every command maps a damaged page to the damaged-vault message (issue #18, finding 3).

The attack run found ``changes list``, ``changes verify`` and ``state-hash`` ending in
"unexpected internal error (DatabaseError)" on a damaged page, where every other
command gave the clean message. Here one byte is flipped in a page of a real vault (as
``tests/test_vault.py`` damages pages); the pages each of those reads trips on are found
with the engine itself, and real ``caucus`` subprocesses are run on them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sync.records import Branch
from sync.replica import Replica
from sync.store.vault import Vault, sidecar_path
from sync.trust import create_branch

from .replicas import open_with_key

PASS = "correct horse battery staple"
PAGE = 4096
DAMAGED = ("The vault file is damaged; stop using it and restore a backup.",
           "is damaged or is not a Caucus vault; it was left untouched.")
PER_COMMAND = 2  # damaged pages tried per command

# what each command reads beyond opening, called on the engine to find the pages
READS = {
    ("changes", "list"): lambda replica: replica.list_changesets(),
    ("changes", "verify"): lambda replica: replica.verify_all(),
    ("state-hash",): lambda replica: replica.state_hash(),
}
# other commands, run on one page that trips each of the three above
OTHERS = [("member", "list"), ("vault", "info"), ("conflicts", "list"), ("device", "list"),
          ("bundle", "export", "--out", "out.caucusbundle")]


@pytest.fixture(scope="module")
def vault(tmp_path_factory) -> dict:
    """A locked vault: 150 members, each with a note, so the change-set log spans pages."""
    path = tmp_path_factory.mktemp("damage") / "branch.caucus"
    made = Vault.create(path, PASS, "interactive")
    key = bytearray(made._key)
    branch = Branch(made, create_branch(made, "Tram Depot", "Secretary laptop"))
    for i in range(150):
        member = branch.add_member(first_name=f"Driver{i:03d}", last_name="Conductor",
                                   emails=[f"d{i:03d}@example.org"])
        branch.add_note(f"Talked about the night-shift rota, visit {i}", member)
    made.lock()
    return {"path": path, "data": path.read_bytes(), "key": key,
            "sidecar": sidecar_path(path).read_bytes()}


def damaged(vault: dict, folder: Path, page: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "branch.caucus"
    data = bytearray(vault["data"])
    data[(page - 1) * PAGE + 1500] ^= 0x04
    path.write_bytes(bytes(data))
    sidecar_path(path).write_bytes(vault["sidecar"])
    return path


def trips(vault: dict, path: Path) -> set[tuple[str, ...]]:
    """Which of the commands in READS fail on this damaged copy once it is open (each on
    a connection of its own, as each command has)."""
    failed = set()
    for command, read in READS.items():
        try:
            opened = open_with_key(path, vault["key"])
            replica = Replica(opened)
        except Exception:  # noqa: BLE001 - damage found at open: not what is sought here
            return set()
        try:
            read(replica)
        except Exception:  # noqa: BLE001 - any failure counts as tripping
            failed.add(command)
        finally:
            opened.lock()
    return failed


def caucus(path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CAUCUS_PASSPHRASE": PASS}
    env.pop("CAUCUS_VAULT", None)
    return subprocess.run([sys.executable, "-m", "sync.cli", "--vault", str(path), *args],
                          cwd=path.parent, env=env, capture_output=True, text=True,
                          timeout=120)


def says_damaged(proc: subprocess.CompletedProcess, what: str) -> None:
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 1, f"{what}: exit {proc.returncode}: {proc.stderr}"
    assert len(lines) == 1, f"{what}: {proc.stderr}"
    assert lines[0].startswith("caucus: ") and lines[0].endswith(DAMAGED), f"{what}: {lines}"


def test_every_command_gives_the_damaged_vault_message_on_a_damaged_page(vault, tmp_path):
    pages = len(vault["data"]) // PAGE
    found: dict[tuple[str, ...], list[int]] = {command: [] for command in READS}
    for page in range(2, pages + 1):
        if all(len(hits) >= PER_COMMAND for hits in found.values()):
            break
        path = damaged(vault, tmp_path / "probe", page)
        for command in trips(vault, path):
            if len(found[command]) < PER_COMMAND:
                found[command].append(page)
    assert all(found.values()), f"no damaged page trips some command: {found}"
    for command, hits in found.items():
        for page in hits:
            path = damaged(vault, tmp_path / f"page{page}", page)
            says_damaged(caucus(path, *command), f"{' '.join(command)}, page {page}")
            assert path.read_bytes() != vault["data"]  # still the damaged copy: untouched
    for page in sorted({hits[0] for hits in found.values()}):
        path = damaged(vault, tmp_path / f"others{page}", page)
        for command in OTHERS:
            proc = caucus(path, *command)
            what = f"{' '.join(command)}, page {page}"
            assert "Traceback" not in proc.stderr and "unexpected" not in proc.stderr, what
            if proc.returncode != 0:  # a command that never reads the page may succeed
                says_damaged(proc, what)
