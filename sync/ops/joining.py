"""A new laptop joins its branch: at a meeting by the admin's one-time code, or by USB
with a join request and the welcome file an admin writes for it.

The new laptop's vault exists before it joins (it holds the laptop's own key). The app
makes it afresh for each attempt and removes it when the attempt fails
(:func:`join_new_by_code`, :func:`request_to_join`); the command line keeps it, so the
same command can be run again (:func:`joiner`).

Joining from a welcome file commits the branch id first and imports the branch in
batches: a join stopped part-way (the program killed, the laptop off) is
:func:`join_interrupted`, and :func:`finish_join` with a welcome file of the same branch
completes it — from the command line (``caucus init --join`` again) or the app (which
shows the finishing screen for such a vault and reads the welcome file it remembers).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import trust
from ..errors import QT_TRANSLATE_NOOP, CaucusError, VaultMissing
from ..lan import joining, pairing
from ..lan.errors import CodeSpent, NoOffer, NotReachable, PairingError, WrongCode
from ..lan.node import parse_address
from ..lan.pairing import normalise_code
from ..progress import Cancel, Progress, ProgressFn, Stage, ignore
from ..records import Branch
from ..replica import ImportReport, Replica
from ..store.files import atomic_write
from ..store.vault import DEFAULT_PROFILE, Vault, sidecar_path
from ..trust import Welcome
from .changed import Changes
from .session import Session, new_vault

__all__ = ["CodeSpent", "Joined", "Welcome", "WrongCode", "already_joined", "finish_join",
           "find_offer", "interrupted_welcome", "join_by_code", "join_interrupted",
           "join_new_by_code", "join_request_name", "joiner", "normalise_code",
           "parse_address", "read_welcome", "request_to_join", "same_fingerprint",
           "write_join_request"]

#: how long to look on the LAN for the admin's pairing offer
FIND_SECONDS = 10.0
MAX_ADDRESSES = 8


@dataclass
class Joined:
    """A laptop that joined: its session, its role, what it brought in."""

    session: Session
    branch_name: str
    role: str | None
    report: ImportReport
    changes: Changes


def _joined(vault: Vault, report: ImportReport) -> Joined:
    session = Session(vault, Branch(vault))
    return Joined(session, session.branch.name, session.role, report, Changes.all_data())


def _device(vault: Vault, device_name: str) -> Replica:
    replica = Replica(vault)
    trust.prepare_device(replica, device_name)  # keeps a key made before, renames
    return replica


def joiner(path: str | Path, passphrase: Callable[[bool], str], device_name: str,
           profile: str = DEFAULT_PROFILE) -> tuple[Session, bool]:
    """The vault at ``path`` of a laptop about to join, opened, or made if there is
    none; returns it and whether it was made now. ``passphrase(new)`` is asked for the
    passphrase (``new``: for a vault made now). A sidecar without its vault is refused."""
    path = Path(path)
    if path.exists():
        vault = Vault.open(path, passphrase(False))
        made = False
    else:
        if sidecar_path(path).exists():
            raise VaultMissing.of(QT_TRANSLATE_NOOP(
                "errors", "There is a sidecar but no vault at {path}; nothing was done."),
                path=path)
        vault = Vault.create(path, passphrase(True), profile)
        made = True
    try:
        replica = _device(vault, device_name)
    except BaseException:
        vault.lock()
        raise
    return Session(vault, Branch(vault, replica)), made


# -- at a meeting: the admin's code ------------------------------------------------------
def find_offer(code: str, *, timeout: float = FIND_SECONDS, cancel: Cancel | None = None,
               ) -> list[tuple[str, int]]:
    """The addresses where the admin's laptop announces the offer for ``code``."""
    return joining.find_offer(code, timeout, cancel=cancel or Cancel())


def join_by_code(session: Session, code: str, peer: tuple[str, int] | None = None, *,
                 progress: ProgressFn = ignore, cancel: Cancel | None = None,
                 find_seconds: float = FIND_SECONDS) -> Joined:
    """Join the branch whose admin's laptop shows ``code``, at ``peer`` or found on the
    LAN. ``progress`` hears :attr:`Stage.LOOK`, :attr:`Stage.CONNECT`,
    :attr:`Stage.CHECK` (``subject``: the check string both screens show) and
    :attr:`Stage.APPROVE`. Raises :class:`Cancelled` once ``cancel`` is set."""
    code = normalise_code(code)
    cancel = cancel or Cancel()
    replica = session.replica
    if replica.initialised:
        raise PairingError(QT_TRANSLATE_NOOP(
            "errors", "This vault already belongs to a branch; use a new vault."))
    if peer is None:
        progress(Progress(Stage.LOOK, cancellable=True))
        addresses = find_offer(code, timeout=find_seconds, cancel=cancel)
    else:
        addresses = [peer]
    last: CaucusError = NoOffer()

    def show_check(check: str) -> None:
        progress(Progress(Stage.CHECK, subject=check))
        progress(Progress(Stage.APPROVE, subject=check))

    for address in addresses[:MAX_ADDRESSES]:
        cancel.check()
        progress(Progress(Stage.CONNECT, subject=f"{address[0]}:{address[1]}"))
        try:
            report = pairing.join(replica, code, address, show_check=show_check,
                                  on_connect=cancel.watch)
        except NotReachable as exc:
            last = exc
            continue
        except CaucusError:
            cancel.check()  # a hang-up we caused ourselves is a cancel, not a fault
            raise
        return _joined(session.vault, report)
    cancel.check()
    raise last


def join_new_by_code(path: str | Path, passphrase: str, device_name: str, code: str,
                     peer: tuple[str, int] | None = None, profile: str = DEFAULT_PROFILE,
                     *, progress: ProgressFn = ignore, cancel: Cancel | None = None) -> Joined:
    """A new vault at ``path`` that joins by ``code``; a failed or cancelled join leaves
    no vault behind (a mistyped code costs none: it is checked first)."""
    code = normalise_code(code)

    def build(vault: Vault) -> Joined:
        session = Session(vault, Branch(vault, _device(vault, device_name)))
        return join_by_code(session, code, peer, progress=progress, cancel=cancel)
    return new_vault(path, passphrase, profile, build)


# -- by USB: a join request, then the welcome file ----------------------------------------
def join_request_name(device_name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", device_name.lower()).strip("-")[:40]
    return f"join-request-{slug or 'laptop'}.caucus-request"


def write_join_request(session: Session, out: str | Path) -> Path:
    """This laptop's join request at ``out``, or in the folder ``out`` (the stick)."""
    out = Path(out)
    if out.is_dir():
        out = out / join_request_name(session.replica.meta("device_name") or "")
    atomic_write(out, trust.join_request(session.replica), mode=0o644)
    return out


def request_to_join(path: str | Path, passphrase: str, device_name: str, folder: str | Path,
                    profile: str = DEFAULT_PROFILE) -> tuple[Session, Path]:
    """Step 1 of joining by USB: a new vault with this laptop's key, not yet in a branch,
    and its join request written into ``folder``."""
    def build(vault: Vault) -> tuple[Session, Path]:
        session = Session(vault, Branch(vault, _device(vault, device_name)))
        return session, write_join_request(session, folder)
    return new_vault(path, passphrase, profile, build)


def read_welcome(session: Session, welcome: str | Path) -> Welcome:
    """What the welcome file says about its branch (name, fingerprint); nothing is written."""
    return trust.read_welcome(session.replica, welcome)


def same_fingerprint(typed: str, welcome: Welcome) -> bool:
    """Whether a fingerprint typed by hand (any case, spaces or dashes) is the welcome's."""
    return re.sub(r"[\s-]", "", typed).upper() == welcome.fingerprint.replace("-", "")


def finish_join(session: Session, welcome: str | Path, fingerprint: str | None, *,
                progress: ProgressFn = ignore) -> Joined:
    """Step 2 of joining by USB: import the welcome file whose branch ``fingerprint``
    the user compared (any other branch is refused before anything is written).

    On a vault whose join was interrupted, this completes it; ``fingerprint`` may then
    be None (the branch was compared when the join began, and the welcome file must be
    of that branch)."""
    if fingerprint is None and not join_interrupted(session):
        raise CaucusError(QT_TRANSLATE_NOOP(
            "errors", "Compare the branch fingerprint before joining."))
    report = trust.join_branch(session.replica, welcome, progress, fingerprint)
    return _joined(session.vault, report)


def join_interrupted(session: Session) -> bool:
    """Whether joining from a welcome file began in this vault and was stopped part-way;
    :func:`finish_join` with a welcome file of that branch completes it."""
    return trust.join_interrupted(session.replica)


def interrupted_welcome(session: Session) -> Path | None:
    """The welcome file an interrupted join was reading, if it is still there."""
    name = trust.interrupted_welcome(session.replica)
    return Path(name) if name and Path(name).is_file() else None


def already_joined(session: Session, welcome: Welcome) -> bool:
    """Whether this vault has finished joining the welcome file's branch (a rerun of the
    same join after it completed)."""
    replica = session.replica
    return (replica.initialised and not trust.join_interrupted(replica)
            and replica.branch_id == welcome.branch_id and session.role is not None)
