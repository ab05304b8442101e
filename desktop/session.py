"""The open vault of this window session, and the engine calls that open or make one.

These functions run on the vault worker (:mod:`desktop.tasks`); they only compose the
public API of :mod:`sync`. A :class:`Session` is what the window holds while unlocked.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from sync.errors import ValidationError
from sync.records import Branch
from sync.vault import DEFAULT_PROFILE, Vault, default_vault_path, sidecar_path


@dataclass
class Session:
    """An unlocked vault and the records API over it."""

    vault: Vault
    branch: Branch

    @property
    def path(self) -> Path:
        return self.vault.path

    def lock(self) -> None:
        """Close the database and forget the key. Runs on the vault worker."""
        if self.vault.is_open:
            self.vault.lock()


def resolve_vault_path(cli_path: str | None = None, remembered: str | None = None) -> Path:
    """``--vault`` beats ``CAUCUS_VAULT``, which beats the last vault opened in the app,
    which beats the platform's user data folder."""
    if cli_path:
        return Path(cli_path).expanduser()
    env = os.environ.get("CAUCUS_VAULT")
    if env:
        return Path(env).expanduser()
    if remembered and Path(remembered).is_file():
        return Path(remembered)
    return default_vault_path()


def vault_exists(path: Path) -> bool:
    return path.is_file()


def open_session(path: Path, passphrase: str) -> Session:
    vault = Vault.open(path, passphrase)
    try:
        return Session(vault, Branch(vault))
    except BaseException:
        vault.lock()
        raise


def create_session(path: Path, passphrase: str, branch_name: str, device_name: str,
                   profile: str = DEFAULT_PROFILE) -> Session:
    """A new vault at ``path`` founding a new branch, with this device as its admin."""
    from sync.trust import create_branch

    if not branch_name.strip():
        raise ValidationError("The branch needs a name.", "branch")
    if not device_name.strip():
        raise ValidationError("This device needs a name (for example 'Ana's laptop').",
                              "device")
    vault = Vault.create(path, passphrase, profile)
    try:
        replica = create_branch(vault, branch_name, device_name)
    except BaseException:
        vault.lock()
        remove_vault_files(path)
        raise
    return Session(vault, Branch(vault, replica))


def remove_vault_files(path: Path) -> None:
    """Remove a vault this session itself just made and abandoned (failed or cancelled)."""
    for leftover in (path, sidecar_path(path), Path(f"{path}-wal"), Path(f"{path}-shm"),
                     Path(f"{path}.sidecar.pending")):
        with contextlib.suppress(OSError):
            leftover.unlink()
