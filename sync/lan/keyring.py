"""This laptop as the LAN code sees it: its keys, its roster, its vault shared between threads.

:class:`Keyring` and :class:`RosterView` are snapshots read from the vault under its
lock; :class:`Node` holds both over a :class:`~sync.lan.session.ReplicaHost` and
refreshes them after each session (either may have changed). See :mod:`sync.lan.node`
for how the server, the client and the identify probe use them.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import nacl.signing

from sync import trust
from sync.errors import QT_TRANSLATE_NOOP, CaucusError, NotPermitted
from sync.lan.errors import MissingBranchKey, NotInBranch, printable
from sync.lan.kdf import derive_network_key
from sync.lan.session import ReplicaHost
from sync.replica import Replica

#: How many key epochs before the current one a laptop still accepts and tries.
OLDER_EPOCHS_TRIED = 2


@dataclass(frozen=True)
class Keyring:
    """This device's key and the branch keys it holds, by epoch."""

    signing_key: nacl.signing.SigningKey = field(repr=False)
    branch_id: bytes
    epoch: int
    branch_keys: dict[int, bytes] = field(repr=False)

    @property
    def device_pk(self) -> bytes:
        return bytes(self.signing_key.verify_key)

    def network_key(self, epoch: int | None = None) -> bytes:
        return derive_network_key(self.branch_key(epoch), self.epoch if epoch is None else epoch)

    def branch_key(self, epoch: int | None = None) -> bytes:
        """The branch key of ``epoch`` (default: the current one)."""
        epoch = self.epoch if epoch is None else epoch
        try:
            return self.branch_keys[epoch]
        except KeyError:
            raise MissingBranchKey.of(QT_TRANSLATE_NOOP(
                "errors", "This laptop does not hold the branch key of epoch {epoch}."),
                epoch=epoch) from None

    def epochs(self, older: int = OLDER_EPOCHS_TRIED) -> list[int]:
        """The current epoch first, then up to ``older`` earlier ones this device holds."""
        return [e for e in range(self.epoch, self.epoch - older - 1, -1)
                if e in self.branch_keys]

    @classmethod
    def read(cls, replica: Replica) -> Keyring:
        if not replica.initialised:
            raise NotInBranch()
        epoch = int(replica.meta("key_epoch") or 0)
        keys = {}
        for e in range(epoch, -1, -1):
            key = replica.secret(f"branch_key.{e}")
            if key is not None:
                keys[e] = key
        if epoch not in keys:
            raise MissingBranchKey.of(QT_TRANSLATE_NOOP(
                "errors", "This device does not hold the branch key of epoch {epoch}."),
                epoch=epoch)
        return cls(replica.signing_key, replica.branch_id, epoch, keys)


@dataclass(frozen=True)
class RosterView:
    """Who is in the branch, as of the last look at the vault."""

    active: frozenset[bytes]
    revoked: frozenset[bytes]
    names: dict[bytes, str]

    @classmethod
    def read(cls, replica: Replica) -> RosterView:
        active = frozenset(bytes.fromhex(d) for d in replica.active_devices())
        names, revoked = {}, set()
        for device in trust.list_devices(replica):
            pk = bytes.fromhex(device.id)
            names[pk] = device.name
            if device.revoked:
                revoked.add(pk)
        return cls(active, frozenset(revoked - active), names)

    def name(self, pk: bytes) -> str:
        """The device's name in the roster (made printable: any member chose it)."""
        return printable(self.names.get(pk) or pk.hex()[:8], 100)

    def describe(self, pk: bytes) -> str:
        return f"{self.name(pk)} ({pk.hex()[:8]})"


class Node:
    """One laptop on the meeting network: its vault (shared safely), keys and roster view."""

    def __init__(self, replica: Replica, lock: threading.RLock | None = None) -> None:
        self.host = ReplicaHost(replica, lock)
        self.keyring: Keyring
        self.roster: RosterView
        self.refresh()

    def refresh(self, cancelled: Callable[[], bool] | None = None) -> None:
        """Re-read keys and roster (after a session: either may have changed)."""
        with self.host.use(cancelled=cancelled) as replica:
            self.keyring = Keyring.read(replica)
            self.roster = RosterView.read(replica)

    @property
    def device_pk(self) -> bytes:
        return self.keyring.device_pk

    def check_self(self) -> None:
        if self.device_pk not in self.roster.active:
            raise NotPermitted(QT_TRANSLATE_NOOP(
                "errors", "This laptop is not an active device of its branch "
                               "(it was revoked, or has not joined yet)."))

    def is_active(self, pk: bytes) -> bool:
        return pk in self.roster.active

    def is_active_now(self, pk: bytes, wait: float = 1.0) -> bool:
        """Like :meth:`is_active`, but a key the snapshot does not know triggers a fresh
        look at the vault (another program may have admitted it), if the vault is free
        within ``wait`` seconds."""
        if pk in self.roster.active:
            return True
        with contextlib.suppress(CaucusError):
            with self.host.use(wait) as replica:
                self.roster = RosterView.read(replica)
        return pk in self.roster.active
