"""Branch genesis and this device's identity (ARCHITECTURE §6).

A branch is created by one device: a random nonce, the founder's Ed25519 key, and the
branch id ``BLAKE2b-128(founder_pk ‖ nonce)``, so any replica can check who founded the
branch from the branch id alone. The founder's first change set records the branch and
admits the founder as admin. The device signing key and the branch key (epoch 0) are
kept inside the encrypted vault and nowhere else.
"""

from __future__ import annotations

import nacl.signing
import nacl.utils

from . import changes
from .errors import CaucusError, ValidationError
from .merge import Replica, device_row_id
from .vault import Vault

ROLES = ("admin", "secretary", "viewer")


def branch_id_for(founder_pk: bytes, nonce: bytes) -> bytes:
    return changes.blake2b(b"caucus/branch/v1" + founder_pk + nonce, size=16)


def create_branch(vault: Vault, branch_name: str, device_name: str) -> Replica:
    """Make this (new, empty) vault the founding device of a new branch."""
    branch_name = branch_name.strip()
    device_name = device_name.strip()
    if not branch_name:
        raise ValidationError("The branch needs a name.", "branch")
    if not device_name:
        raise ValidationError("This device needs a name (for example 'Ana's laptop').", "device")
    replica = Replica(vault)
    if replica.initialised:
        raise CaucusError("This vault already belongs to a branch.")
    key = nacl.signing.SigningKey.generate()
    nonce = nacl.utils.random(16)
    founder = bytes(key.verify_key)
    branch = branch_id_for(founder, nonce)
    with replica.sql_transaction():
        replica.set_secret("device_signing_key", bytes(key))
        replica.set_secret("branch_key.0", nacl.utils.random(32))
        replica.set_meta("branch_id", branch.hex())
        replica.set_meta("key_epoch", "0")
        replica.set_meta("device_name", device_name)
        replica.set_meta("genesis_pending", "1")
    with replica.transaction() as tx:
        tx.set("branch", str(_uuid_from(branch)), {
            "name": branch_name, "founder": founder.hex(), "nonce": nonce.hex(),
        })
        tx.set("device", device_row_id(founder.hex()), {
            "name": device_name, "pubkey": founder.hex(), "role": "admin",
            "admitted_by": founder.hex(),
        })
    with replica.sql_transaction():
        replica.conn.execute("DELETE FROM meta WHERE key = 'genesis_pending'")
    return replica


def _uuid_from(raw16: bytes) -> str:
    import uuid

    return str(uuid.UUID(bytes=raw16))


def branch_name(replica: Replica) -> str:
    row = replica.conn.execute("SELECT name FROM branch LIMIT 1").fetchone()
    return row[0] if row else ""
