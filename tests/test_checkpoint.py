"""Write-ahead log checkpoints off the user's path (sync.store.checkpoint): an
interactive session's commits never checkpoint; a thread of its own does, on its own
connection. Real SQLCipher files; every wait is bounded and waits on a condition."""

from __future__ import annotations

import os

from sync.records import Branch
from sync.store.vault import Vault
from sync.trust import create_branch

from .waiting import wait_for

PASSPHRASE = "checkpoints elsewhere"
WAIT_S = 60.0


def write_members(branch: Branch, count: int, tag: str) -> None:
    with branch.batch(chunk=200) as batch:
        for i in range(count):
            batch.add_member({"first_name": f"{tag}{i}", "last_name": "Checkpointed",
                              "emails": [f"{tag}.{i}@example.org"]})
            batch.advance()


def test_commits_leave_the_log_to_the_background_thread(tmp_path):
    path = tmp_path / "v.caucus"
    vault = Vault.create(path, PASSPHRASE, "interactive")
    branch = Branch(vault, create_branch(vault, "Checkpoint branch", "laptop"))
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert vault.checkpoint_in_background() is False
    try:
        assert vault.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        before = os.path.getsize(path)
        write_members(branch, 1500, "a")
        # the writes sit in the log until the thread copies them into the file
        wait_for(lambda: os.path.getsize(path) > before, "a background checkpoint", WAIT_S, 0.02)
        assert branch.count_members() == 1500
        # a passphrase change stops the thread (its connection has the old key) and
        # starts it again under the new one
        vault.change_passphrase("a new passphrase for it")
        grown = os.path.getsize(path)
        write_members(branch, 1500, "b")
        wait_for(lambda: os.path.getsize(path) > grown, "a checkpoint under the new key",
                 WAIT_S, 0.02)
    finally:
        assert vault.checkpoint_in_background(False) is True
        assert vault.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
        vault.lock()
    with Vault.open(path, "a new passphrase for it") as again:
        assert Branch(again).count_members() == 3000
        assert again.integrity_check() == []
