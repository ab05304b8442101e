"""Fixtures for the import/export tests: the CLI runner of tests/test_cli.py, helpers."""

from __future__ import annotations

import pytest

from tests.test_cli import Cli, api, caucus, env, run  # noqa: F401 - fixtures re-used


def changeset_count(branch) -> int:
    return branch.conn.execute("SELECT count(*) FROM changeset").fetchone()[0]


def member_count(branch, deleted: bool = False) -> int:
    return branch.conn.execute(
        "SELECT count(*) FROM member WHERE deleted = ?", (int(deleted),)).fetchone()[0]


@pytest.fixture
def second_branch(tmp_path):
    """Another, unrelated branch in its own vault (an import target)."""
    from sync.records import Branch
    from sync.store.vault import Vault
    from sync.trust import create_branch

    from ..conftest import PASSPHRASE

    vault = Vault.create(tmp_path / "other.caucus", PASSPHRASE, "interactive")
    replica = create_branch(vault, "Southside Tenants", "Other laptop")
    yield Branch(vault, replica)
    if vault.is_open:
        vault.lock()


__all__ = ["Cli", "api", "changeset_count", "member_count"]
