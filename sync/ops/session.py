"""Opening and making vaults, and what is done to a vault as a whole.

A :class:`Session` is one unlocked vault with the branch's records over it: what the
app holds while unlocked and what every command of the command line works on. Making a
vault (a new branch, the demo, a laptop that joins) goes through :func:`new_vault`: if
the work that follows fails or is cancelled, the vault made just now is removed again,
so nothing is lost; a vault that already existed is never touched.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .. import trust
from ..errors import ValidationError
from ..progress import Cancel, Progress, ProgressFn, Stage, ignore
from ..records import Branch
from ..replica import Replica
from ..store.vault import (
    DEFAULT_PROFILE,
    KDF_PROFILES,
    MIN_PASSPHRASE,
    Vault,
    default_vault_path,
    sidecar_path,
)
from .changed import Area, Changes

T = TypeVar("T")

#: the environment variable that names the vault to use
ENV_VAULT = "CAUCUS_VAULT"

__all__ = ["DEFAULT_PROFILE", "KDF_PROFILES", "MIN_PASSPHRASE", "Session", "VaultInfo",
           "backup", "change_passphrase", "check_vault", "choose_vault_path", "create_branch",
           "create_demo", "demo_vault_path", "free_vault_path", "is_demo_vault", "new_vault",
           "open_vault", "remove_new_vault", "vault_files", "vault_info"]

#: the demo branch's own vault file, beside the real one (never in its place)
DEMO_FILE = "demo.caucus"


def choose_vault_path(given: str | os.PathLike[str] | None = None,
                      remembered: str | None = None) -> Path:
    """Which vault to use: the one ``given`` (``--vault``), else ``$CAUCUS_VAULT``, else
    the one ``remembered`` (the last one the app opened, if it is still there), else the
    platform's user data folder."""
    if given:
        return Path(given).expanduser()
    env = os.environ.get(ENV_VAULT)
    if env:
        return Path(env).expanduser()
    if remembered and Path(remembered).is_file():
        return Path(remembered)
    return default_vault_path()


def demo_vault_path(beside: str | os.PathLike[str]) -> Path:
    """Where the demo branch lives: its own file in the folder of the vault ``beside``."""
    return Path(beside).expanduser().parent / DEMO_FILE


def is_demo_vault(path: str | os.PathLike[str]) -> bool:
    return Path(path).name == DEMO_FILE


def free_vault_path(beside: str | os.PathLike[str]) -> Path:
    """A path for a new vault in the folder of ``beside`` that no file holds yet:
    ``branch.caucus``, else ``branch-2.caucus``, ``branch-3.caucus`` …"""
    folder = Path(beside).expanduser().parent
    stem = default_vault_path().stem
    for n in range(1, 1000):
        candidate = folder / (f"{stem}.caucus" if n == 1 else f"{stem}-{n}.caucus")
        if not any(p.exists() for p in vault_files(candidate)):
            return candidate
    raise ValidationError("There are too many vault files in this folder.", "path")


@dataclass
class Session:
    """An unlocked vault and the records API over it."""

    vault: Vault
    branch: Branch

    @property
    def replica(self) -> Replica:
        return self.branch.replica

    @property
    def path(self) -> Path:
        return self.vault.path

    @property
    def initialised(self) -> bool:
        """False while the vault waits for its welcome file (between the two steps of
        joining by USB)."""
        return self.replica.initialised

    @property
    def role(self) -> str | None:
        """This laptop's role in its branch (None before it has joined one)."""
        replica = self.replica
        return replica.device_role(replica.device_id) if replica.initialised else None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def keep_more_pages(self) -> None:
        """Tune the vault for an interactive session: more decrypted pages kept in
        memory (it searches and scrolls the same pages again and again), and write-ahead
        log checkpoints in a thread of their own, never in a save."""
        self.vault.keep_more_pages()
        self.vault.checkpoint_in_background()

    def lock(self) -> None:
        """Close the database and forget the key."""
        if self.vault.is_open:
            self.vault.lock()


def open_vault(path: str | Path, passphrase: str, *,
               upgrading: Callable[[], None] | None = None) -> Session:
    """Unlock the vault at ``path``; ``upgrading()`` is called first if an older
    Caucus wrote it and it must be brought up to date (see :meth:`Vault.open`)."""
    vault = Vault.open(Path(path), passphrase, upgrading=upgrading)
    try:
        return Session(vault, Branch(vault))
    except BaseException:
        vault.lock()
        raise


def vault_files(path: Path) -> list[Path]:
    """Every file that belongs to the vault at ``path`` (itself, its sidecar, WAL…)."""
    return [path, sidecar_path(path), Path(f"{path}-wal"), Path(f"{path}-shm"),
            Path(f"{path}.sidecar.pending")]


def remove_new_vault(path: str | Path) -> None:
    """Remove a vault this program itself just made and abandoned (failed or cancelled)."""
    for leftover in vault_files(Path(path)):
        with contextlib.suppress(OSError):
            leftover.unlink()


def new_vault(path: str | Path, passphrase: str, profile: str,
              build: Callable[[Vault], T]) -> T:
    """Create a vault at ``path`` and ``build`` on it; if that fails (or is cancelled)
    the new vault is locked and removed. ``Vault.create`` refuses an existing file."""
    path = Path(path)
    vault = Vault.create(path, passphrase, profile)
    try:
        return build(vault)
    except BaseException:
        vault.lock()
        remove_new_vault(path)
        raise


def create_branch(path: str | Path, passphrase: str, branch_name: str, device_name: str,
                  profile: str = DEFAULT_PROFILE, *, country: str | None = trust.SYSTEM,
                  currency: str | None = trust.SYSTEM) -> Session:
    """A new vault at ``path`` founding a new branch, with this laptop as its admin;
    ``country`` and ``currency`` default to the system's (None: leave unset)."""
    if not branch_name.strip():
        raise ValidationError("The branch needs a name.", "branch")
    if not device_name.strip():
        raise ValidationError("This device needs a name (for example 'Ana's laptop').",
                              "device")

    def found(vault: Vault) -> Session:
        return Session(vault, Branch(vault, trust.create_branch(
            vault, branch_name, device_name, country=country, currency=currency)))
    return new_vault(path, passphrase, profile, found)


def demo_passphrase() -> str:
    """The demo branch's passphrase, shown to the user (the demo holds no real data)."""
    from .. import demo

    return demo.DEMO_PASSPHRASE


def create_demo(path: str | Path, passphrase: str, *, members: int = 2000, seed: int = 1,
                profile: str = DEFAULT_PROFILE, branch_name: str | None = None,
                device_name: str | None = None, progress: ProgressFn = ignore,
                cancel: Cancel | None = None) -> Session:
    """A new vault at ``path`` holding an invented branch of ``members`` members, open.

    ``progress`` hears :attr:`Stage.MEMBERS`; a ``cancel`` stops it and leaves nothing.
    """
    from .. import demo

    def made(done: int, total: int) -> None:
        if cancel is not None:
            cancel.check()
        progress(Progress(Stage.MEMBERS, done, total))

    def build(vault: Vault) -> Session:
        replica = trust.create_branch(vault, branch_name or demo.default_branch_name(seed),
                                      device_name or demo.DEFAULT_DEVICE_NAME,
                                      country=demo.COUNTRY, currency=demo.CURRENCY)
        session = Session(vault, Branch(vault, replica))
        demo.populate(session.branch, members=members, seed=seed, progress=made)
        if cancel is not None:
            cancel.check()
        return session
    return new_vault(path, passphrase, profile, build)


# -- the vault as a whole ----------------------------------------------------------------
def backup(session: Session, dest: str | Path) -> Path:
    """An encrypted copy of the vault (same passphrase) at ``dest``, and its sidecar."""
    return session.vault.backup(Path(dest).expanduser())


def change_passphrase(session: Session, new_passphrase: str,
                      profile: str | None = None) -> Changes:
    """Re-key the vault in place (crash-safe) under ``new_passphrase``."""
    session.vault.change_passphrase(new_passphrase, profile)
    return Changes.of(Area.VAULT)


def check_vault(session: Session) -> list[str]:
    """Every damaged page SQLite finds in the vault (empty when it is intact)."""
    return session.vault.integrity_check()


@dataclass
class VaultInfo:
    path: str
    cipher_version: str
    kdf_profile: str
    branch_name: str
    branch_id: str
    device_name: str
    device_id: str
    role: str | None
    counts: dict[str, int]


def vault_info(session: Session) -> VaultInfo:
    """Where the vault is, how it is encrypted, whose it is and what it holds."""
    branch, replica, vault = session.branch, session.replica, session.vault
    return VaultInfo(str(vault.path), vault.cipher_version(), vault.kdf_profile,
                     branch.name, replica.branch_id.hex(), branch.device_name,
                     replica.device_id, session.role, branch.stats())
