"""The branch's laptops: who they are, admitting a new one, revoking a lost one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import trust
from ..trust import ROLES, Device
from .changed import Area, Changes
from .session import Session

__all__ = ["ROLES", "Admitted", "Device", "JoinRequest", "Revoked", "Roster", "admit",
           "read_join_request", "revoke", "roster"]


@dataclass
class Roster:
    """The branch's devices as this laptop knows them."""

    devices: list[Device]
    #: whether this laptop may admit and revoke (an admin)
    admin: bool
    #: the branch fingerprint a laptop joining by USB compares with its welcome file
    fingerprint: str

    def name_of(self, device_id: str) -> str | None:
        """The name of the device ``device_id`` (None when it is not in the roster)."""
        return next((d.name for d in self.devices if d.id == device_id), None)


def roster(session: Session) -> Roster:
    replica = session.replica
    return Roster(trust.list_devices(replica), session.is_admin,
                  trust.branch_fingerprint(replica.branch_id))


@dataclass
class JoinRequest:
    """A join request file, checked: the bytes to admit and the laptop's name."""

    data: bytes
    device_name: str


def read_join_request(path: str | Path) -> JoinRequest:
    """Read and check (its signature) the join request at ``path``."""
    data = Path(path).read_bytes()
    _pk, name = trust.read_join_request(data)
    return JoinRequest(data, name)


@dataclass
class Admitted:
    device: Device
    welcome: Path
    changes: Changes


def admit(session: Session, request: JoinRequest, role: str, welcome: str | Path,
          ) -> Admitted:
    """Admit the laptop that made ``request`` as ``role`` and write its welcome file
    (sealed to that laptop only) at ``welcome``."""
    path = Path(welcome)
    device = trust.admit_device(session.replica, request.data, role, path)
    return Admitted(device, path, Changes.of(Area.ROSTER, Area.KEYS))


@dataclass
class Revoked:
    device: Device
    changes: Changes


def revoke(session: Session, device: str) -> Revoked:
    """Revoke a device (by id, id prefix or name) and rotate the branch key. Data
    already on that laptop cannot be wiped remotely; it gets nothing new."""
    revoked = trust.revoke_device(session.replica, device)
    return Revoked(revoked, Changes.of(Area.ROSTER, Area.KEYS))
