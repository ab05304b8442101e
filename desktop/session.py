"""The open vault of this window session, and the engine calls that open or make one.

These functions run on the vault worker (:mod:`desktop.tasks`); they only compose the
public API of :mod:`sync`. A :class:`Session` is what the window holds while unlocked.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sync.errors import ValidationError
from sync.records import Branch
from sync.replica import Replica
from sync.store.vault import DEFAULT_PROFILE, Vault, default_vault_path, sidecar_path

if TYPE_CHECKING:
    from sync.lan.joining import Cancel

T = TypeVar("T")


@dataclass
class Session:
    """An unlocked vault and the records API over it."""

    vault: Vault
    branch: Branch
    #: False while the vault waits for its welcome file (between the steps of a USB join)
    initialised: bool = True
    #: a sentence for the next screen to show on opening (what was just done)
    notice: str = ""

    def __post_init__(self) -> None:
        # an interactive session searches and scrolls the same pages again and again
        self.vault.keep_more_pages()

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
        branch = Branch(vault)
        return Session(vault, branch, branch.replica.initialised)
    except BaseException:
        vault.lock()
        raise


def _in_new_vault(path: Path, passphrase: str, profile: str,
                  build: Callable[[Vault], T]) -> T:
    """Create a vault at ``path`` and ``build`` on it. If that fails (or is cancelled)
    the vault is locked and removed: it was made just now, so nothing is lost; a vault
    that already existed is never touched (``Vault.create`` refuses it)."""
    vault = Vault.create(path, passphrase, profile)
    try:
        return build(vault)
    except BaseException:
        vault.lock()
        remove_vault_files(path)
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
    return _in_new_vault(path, passphrase, profile, lambda vault: Session(
        vault, Branch(vault, create_branch(vault, branch_name, device_name))))


def _new_device(vault: Vault, device_name: str) -> Replica:
    from sync.trust import prepare_device

    replica = Replica(vault)
    prepare_device(replica, device_name)
    return replica


def _joined(vault: Vault) -> Session:
    branch = Branch(vault)
    role = branch.replica.device_role(branch.replica.device_id)
    return Session(vault, branch, notice=f"Joined {branch.name} as {role}.")


def join_by_code(path: Path, passphrase: str, device_name: str, code: str,
                 peer: tuple[str, int] | None, profile: str = DEFAULT_PROFILE, *,
                 cancel: Cancel | None = None, show_check: Callable[[str], None] = lambda _c: None,
                 say: Callable[[str], None] = lambda _t: None) -> Session:
    """A new vault at ``path`` that joins the branch of the admin's laptop showing
    ``code`` (at ``peer``, or found on the LAN), as ``caucus lan join`` does. A failed
    or cancelled join leaves no vault behind."""
    from sync.lan import joining
    from sync.lan.pairing import normalise_code

    code = normalise_code(code)  # a mistyped code costs no vault

    def build(vault: Vault) -> Session:
        replica = _new_device(vault, device_name)
        say("Looking for the admin's laptop…" if peer is None else
            "Connecting to the admin's laptop…")
        joining.join_by_code(replica, code, peer, show_check=show_check, say=say,
                             cancel=cancel)
        return _joined(vault)
    return _in_new_vault(path, passphrase, profile, build)


def join_request_name(device_name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", device_name.lower()).strip("-")[:40]
    return f"join-request-{slug or 'laptop'}.caucus-request"


def write_join_request(session: Session, folder: Path) -> Path:
    """This device's join request, written into ``folder`` (the USB stick)."""
    from sync.store.files import atomic_write
    from sync.trust import join_request

    replica = session.branch.replica
    out = Path(folder) / join_request_name(replica.meta("device_name") or "")
    atomic_write(out, join_request(replica), mode=0o644)
    return out


def request_to_join(path: Path, passphrase: str, device_name: str, folder: Path,
                    profile: str = DEFAULT_PROFILE) -> Session:
    """Step 1 of joining by USB (``caucus device join-request``): a new vault with this
    device's key, not yet in a branch, and its join request written into ``folder``."""
    def build(vault: Vault) -> Session:
        session = Session(vault, Branch(vault, _new_device(vault, device_name)), False)
        session.notice = f"The join request was saved as {write_join_request(session, folder)}."
        return session
    return _in_new_vault(path, passphrase, profile, build)


def finish_join(session: Session, welcome: Path, fingerprint: str,
                progress: Callable[[float], None] | None = None) -> Session:
    """Step 2 of joining by USB (``caucus init --join``): import the welcome file whose
    branch ``fingerprint`` the user compared; ``progress(fraction)`` after each batch
    (the whole branch can take a minute)."""
    from sync.trust import join_branch

    size = max(1, welcome.stat().st_size)
    join_branch(session.branch.replica, welcome, None if progress is None else
                lambda _done, nbytes: progress(min(1.0, nbytes / size)), fingerprint)
    return _joined(session.vault)


def remove_vault_files(path: Path) -> None:
    """Remove a vault this session itself just made and abandoned (failed or cancelled)."""
    for leftover in (path, sidecar_path(path), Path(f"{path}-wal"), Path(f"{path}-shm"),
                     Path(f"{path}.sidecar.pending")):
        with contextlib.suppress(OSError):
            leftover.unlink()
