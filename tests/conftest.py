"""Shared fixtures: real vaults on disk with the fast KDF profile."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite's branches are British (its phone numbers are): a new branch takes its
# country from here rather than from the locale of whoever runs the tests.
os.environ["CAUCUS_COUNTRY"] = "GB"

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_path(tmp_path):
    return tmp_path / "branch.caucus"


@pytest.fixture
def branch(vault_path):
    """A new branch on a real SQLCipher vault (interactive KDF to keep tests quick)."""
    from sync.records import Branch
    from sync.store.vault import Vault
    from sync.trust import create_branch

    vault = Vault.create(vault_path, PASSPHRASE, "interactive")
    replica = create_branch(vault, "Northside Tenants", "Secretary laptop")
    yield Branch(vault, replica)
    if vault.is_open:
        vault.lock()


@pytest.fixture(scope="module")
def pair_template(tmp_path_factory):
    """A founder and one admitted secretary, built once per test module (Argon2id is
    slow) and cloned for each test by :func:`two_branches`."""
    from .replicas import build_template

    return build_template(tmp_path_factory.mktemp("template"), secretaries=1, viewer=False,
                          spare=False)


@pytest.fixture
def two_branches(pair_template, tmp_path):
    """A fresh copy of the founder's and the secretary's vaults, as Branches; locked after."""
    branches = pair_template.clone(tmp_path / "v")
    yield branches["founder"], branches["sec0"]
    for branch in branches.values():
        if branch.vault.is_open:
            branch.vault.lock()

