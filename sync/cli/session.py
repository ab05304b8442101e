"""The vault a command works on: unlock it, create it, and always lock it again.

A vault that fails to open is never recreated or overwritten: creating refuses any
existing vault or sidecar, and opening only ever reads the passphrase and unlocks.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import VaultExists, VaultMissing
from ..ops.session import Session, open_vault
from ..store.vault import Vault, sidecar_path
from .localised import read_typed_dates
from .options import read_passphrase, vault_path
from .output import note


def unlock(path: Path) -> Vault:
    """Open the vault at ``path`` with the passphrase from the environment or a prompt."""
    return Vault.open(path, read_passphrase(prompt=f"Passphrase for {path.name}: "),
                      upgrading=say_upgrading)


def say_upgrading() -> None:
    """Tell the person at the terminal why this unlock takes longer than usual."""
    note("Bringing this vault up to date for this version of Caucus: this happens once, "
         "and takes up to a minute for a large branch.")


def create(path: Path, kdf: str) -> Vault:
    """A new, empty vault at ``path`` with a new passphrase (asked twice at a terminal)."""
    return Vault.create(path, read_passphrase(prompt="New passphrase: ", confirm=True), kdf)


def refuse_existing(path: Path) -> None:
    """Stop before anything is written when a vault (or its sidecar) is already there."""
    if path.exists() or sidecar_path(path).exists():
        raise VaultExists(f"A vault already exists at {path}; it was left untouched.")


@contextlib.contextmanager
def open_session(args: argparse.Namespace) -> Iterator[Session]:
    """Unlock the command's vault, yield it as a :class:`Session`, and always lock it
    again."""
    path = vault_path(args)
    if not path.exists():
        raise VaultMissing(
            f"There is no vault at {path}; create one with 'caucus init' or 'caucus demo'."
        )
    session = open_vault(path, read_passphrase(prompt=f"Passphrase for {path.name}: "),
                         upgrading=say_upgrading)
    try:
        if session.initialised:
            read_typed_dates(args, session.branch.region)
        yield session
    finally:
        session.lock()
