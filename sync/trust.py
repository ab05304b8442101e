"""Branch genesis and this device's identity (ARCHITECTURE §6).

A branch is created by one device: a random nonce, the founder's Ed25519 key, and the
branch id ``BLAKE2b-128(founder_pk ‖ nonce)``, so any replica can check who founded the
branch from the branch id alone. The founder's first change set records the branch and
admits the founder as admin. The device signing key and the branch key (epoch 0) are
kept inside the encrypted vault and nowhere else.
"""

from __future__ import annotations

import base64
import json
import struct
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nacl.exceptions
import nacl.signing
import nacl.utils

from . import cbor, changes
from .always_on.identity import parse_address, parse_device_id
from .errors import (
    QT_TRANSLATE_NOOP,
    CaucusError,
    NotPermitted,
    RevokedDevice,
    UnknownId,
    ValidationError,
)
from .keys import open_sealed, seal_envelope, seal_to_device
from .progress import ProgressFn
from .records.country import (
    SYSTEM,
    check_country,
    check_currency,
    default_currency,
    system_country,
)
from .replica import ImportReport, Replica, device_row_id
from .store.schema import CARRIER
from .store.vault import Vault

ROLES = ("admin", "secretary", "viewer")


def branch_id_for(founder_pk: bytes, nonce: bytes) -> bytes:
    return changes.blake2b(b"caucus/branch/v1" + founder_pk + nonce, size=16)


def create_branch(vault: Vault, branch_name: str, device_name: str, *,
                  country: str | None = SYSTEM, currency: str | None = SYSTEM) -> Replica:
    """Make this (new, empty) vault the founding device of a new branch.

    ``country`` and ``currency`` default to the system's (:func:`system_country`, and the
    country's usual currency); ``None`` leaves them unset."""
    country = system_country() if country is SYSTEM else check_country(country)
    currency = default_currency(country) if currency is SYSTEM else check_currency(currency)
    branch_name = branch_name.strip()
    device_name = device_name.strip()
    if not branch_name:
        raise ValidationError("The branch needs a name.", "branch")
    if not device_name:
        raise ValidationError("This device needs a name (for example 'Ana's laptop').", "device")
    replica = Replica(vault)
    if replica.initialised:
        raise CaucusError(QT_TRANSLATE_NOOP("errors", "This vault already belongs to a branch."))
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
        replica.set_meta("founder", founder.hex())
    branch_key = replica.secret("branch_key.0")
    with replica.transaction() as tx:
        tx.set("branch", changes.uuid_text(branch), {
            "name": branch_name, "founder": founder.hex(), "nonce": nonce.hex(),
            **({"country": country} if country else {}),
            **({"currency": currency} if currency else {}),
        })
        tx.set("device", device_row_id(founder.hex()), {
            "name": device_name, "pubkey": founder.hex(), "role": "admin",
            "admitted_by": founder.hex(),
        })
        tx.set("key_envelope", envelope_row_id(0, founder.hex()), {
            "epoch": 0, "device": founder.hex(), "sealed": seal_envelope(founder, branch_key),
        })
    return replica


def branch_name(replica: Replica) -> str:
    row = replica.conn.execute("SELECT name FROM branch LIMIT 1").fetchone()
    return row[0] if row else ""


def envelope_row_id(epoch: int, device_id: str) -> str:
    return changes.derived_id("key_envelope", str(epoch), device_id)


# -- the roster ---------------------------------------------------------------------
@dataclass
class Device:
    id: str
    name: str
    role: str | None
    admitted_by: str | None
    revoked: bool
    revoked_after: int | None
    last_seq: int
    this_device: bool
    clock_ahead: bool
    #: its Syncthing device ID, once it has switched always-on sync on
    syncthing_id: str | None = None
    syncthing_addresses: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def list_devices(replica: Replica) -> list[Device]:
    vv = replica.version_vector()
    out = []
    for name, pubkey, role, admitted_by, revoked_after, st_id, st_addresses in \
            replica.conn.execute(
        "SELECT name, pubkey, role, admitted_by, revoked_after, syncthing_id, "
        "syncthing_addresses FROM device WHERE pubkey IS NOT NULL ORDER BY name COLLATE NOCASE"
    ).fetchall():
        try:
            pk = bytes.fromhex(pubkey)
        except ValueError:
            continue
        revoked = revoked_after is not None or replica.roster.is_revoked(pk)
        out.append(Device(
            pubkey, name or pubkey[:8], role, admitted_by, revoked, revoked_after,
            vv.get(pubkey, 0), pubkey == replica.device_id,
            replica.meta(f"clock_ahead:{pubkey}") is not None,
            st_id if isinstance(st_id, str) else None, _text_list(st_addresses),
        ))
    return out


def _text_list(column: object) -> list[str]:
    try:
        value = json.loads(column) if isinstance(column, str) else []
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def resolve_device(replica: Replica, ref: str) -> Device:
    ref = ref.strip().lower()
    hits = [d for d in list_devices(replica)
            if d.id == ref or (len(ref) >= 6 and d.id.startswith(ref))
            or d.name.lower() == ref]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise UnknownId(f"More than one device matches {ref!r}; give more of its id.")
    raise UnknownId(f"No device in the roster matches {ref!r}.")


def _require_admin(replica: Replica) -> None:
    if replica.device_role(replica.device_id) != "admin":
        raise NotPermitted(QT_TRANSLATE_NOOP(
            "errors", "Only an admin device may admit or revoke devices."))


def revoke_device(replica: Replica, ref: str) -> Device:
    """Revoke a device and rotate the branch key to a new epoch (one change set).

    The device's change sets up to the last one this laptop holds stay valid; any
    later ones are void on every replica. The new key is sealed to every remaining
    device, so bundles and LAN sessions from now on are closed to the revoked one.
    """
    _require_admin(replica)
    device = resolve_device(replica, ref)
    if device.this_device:
        raise NotPermitted(QT_TRANSLATE_NOOP(
            "errors", "A device cannot revoke itself; ask another admin."))
    if device.revoked:
        raise CaucusError.of(QT_TRANSLATE_NOOP(
            "errors", "{name} is already revoked."), name=device.name)
    epoch = int(replica.meta("key_epoch") or 0) + 1
    new_key = nacl.utils.random(32)
    remaining = [d for d in replica.active_devices() if d != device.id]
    with replica.transaction() as tx:
        tx.set("device", device_row_id(device.id), {
            "pubkey": device.id, "revoked_after": device.last_seq,
            "revoked_by": replica.device_id,
        })
        for device_id in remaining:
            tx.set("key_envelope", envelope_row_id(epoch, device_id), {
                "epoch": epoch, "device": device_id,
                "sealed": seal_envelope(bytes.fromhex(device_id), new_key),
            })
    return resolve_device(replica, device.id)


# -- always-on sync: Syncthing identities and carrier boxes ---------------------------------
# A laptop's Syncthing device ID is a field of its own device row, written by a change
# set the laptop signs itself when it switches always-on sync on (the Syncthing identity
# is made then, often long after joining); the replica lets a device write only its own
# row's name and these fields, and an admin any row. A carrier box is a device row
# without a device key, role CARRIER, that only an admin writes: it is in no envelope
# (no branch key) and has no role that lets it write anything.
@dataclass
class Carrier:
    """An always-on box: plain Syncthing that stores and forwards the sync folder."""

    id: str
    name: str
    syncthing_id: str
    addresses: list[str]
    admitted_by: str | None
    removed: bool

    def to_dict(self) -> dict:
        return asdict(self)


def carrier_row_id(syncthing_id: str) -> str:
    return changes.derived_id("device", "carrier", syncthing_id)


def set_syncthing_identity(replica: Replica, syncthing_id: str,
                           addresses: list[str] | None = None) -> bool:
    """Put this laptop's Syncthing device ID (and fixed addresses, if any) in the roster,
    signed by this laptop; False when the roster already says so."""
    st_id = parse_device_id(syncthing_id)
    addresses = [parse_address(a) for a in addresses or []]
    me = next(d for d in list_devices(replica) if d.this_device)
    if me.syncthing_id == st_id and me.syncthing_addresses == addresses:
        return False
    with replica.transaction() as tx:
        tx.set("device", device_row_id(replica.device_id),
               {"syncthing_id": st_id, "syncthing_addresses": addresses})
    return True


def list_carriers(replica: Replica, removed: bool = False) -> list[Carrier]:
    """The branch's carrier boxes (also the removed ones with ``removed``)."""
    out = []
    for row_id, name, admitted_by, revoked_by, st_id, addresses in replica.conn.execute(
        "SELECT id, name, admitted_by, revoked_by, syncthing_id, syncthing_addresses "
        "FROM device WHERE role = ? AND pubkey IS NULL AND deleted = 0 "
        "ORDER BY name COLLATE NOCASE, syncthing_id", (CARRIER,)
    ).fetchall():
        if not isinstance(st_id, str) or row_id != carrier_row_id(st_id):
            continue
        gone = revoked_by is not None
        if removed or not gone:
            out.append(Carrier(row_id, name or "Always-on box", st_id, _text_list(addresses),
                               admitted_by, gone))
    return out


def admit_carrier(replica: Replica, syncthing_id: str, addresses: list[str],
                  name: str = "") -> Carrier:
    """Admit a carrier box by its Syncthing device ID and address (admins only)."""
    _require_admin(replica)
    st_id = parse_device_id(syncthing_id)
    addresses = [parse_address(a) for a in addresses] or ["dynamic"]
    if any(d.syncthing_id == st_id for d in list_devices(replica)):
        raise ValidationError("That Syncthing device ID is a laptop's of this branch, not "
                              "a box's.", "device")
    with replica.transaction() as tx:
        tx.set("device", carrier_row_id(st_id), {
            "name": name.strip() or "Always-on box", "role": CARRIER,
            "admitted_by": replica.device_id, "syncthing_id": st_id,
            "syncthing_addresses": addresses, "revoked_by": None,
        })
    return next(c for c in list_carriers(replica) if c.syncthing_id == st_id)


def remove_carrier(replica: Replica, ref: str) -> Carrier:
    """Remove a carrier box (by Syncthing ID, a prefix of it, or name; admins only):
    every laptop stops sharing the folder with it as the change reaches it."""
    _require_admin(replica)
    ref = ref.strip().upper()
    hits = [c for c in list_carriers(replica) if c.name.upper() == ref
            or (len(ref) >= 6 and c.syncthing_id.startswith(ref))]
    if len(hits) != 1:
        raise UnknownId(f"More than one box matches {ref!r}; give more of its ID." if hits
                        else f"No always-on box of this branch matches {ref!r}.")
    with replica.transaction() as tx:
        tx.set("device", hits[0].id, {"revoked_by": replica.device_id})
    return next(c for c in list_carriers(replica, removed=True) if c.id == hits[0].id)


# -- joining by USB -------------------------------------------------------------------
REQUEST_MAGIC = b"CAUCUSR\x01"
WELCOME_MAGIC = b"CAUCUSW\x01"
_REQUEST_DOMAIN = b"caucus/join-request/v1\n"
MAX_REQUEST_BYTES = 4096


def prepare_device(replica: Replica, device_name: str) -> None:
    """Give a new, empty vault its own device key, ready to join a branch."""
    device_name = device_name.strip()
    if not device_name:
        raise ValidationError("This device needs a name (for example 'Ana's laptop').", "device")
    if replica.initialised:
        raise CaucusError(QT_TRANSLATE_NOOP("errors", "This vault already belongs to a branch."))
    with replica.sql_transaction():
        if replica.secret("device_signing_key") is None:
            replica.set_secret("device_signing_key",
                               bytes(nacl.signing.SigningKey.generate()))
        replica.set_meta("device_name", device_name)


def join_request(replica: Replica) -> bytes:
    """The join-request file: this device's public key and name, self-signed."""
    name = replica.meta("device_name") or ""
    payload = cbor.dumps({"pk": replica.device_pk, "name": name})
    sig = replica.signing_key.sign(_REQUEST_DOMAIN + payload).signature
    return REQUEST_MAGIC + cbor.dumps([payload, sig])


def read_join_request(data: bytes) -> tuple[bytes, str]:
    """The device key and name of a join-request file, its self-signature checked.

    ``MAGIC ‖ CBOR([payload, sig])`` with ``payload = CBOR({"pk": key(32), "name": text})``
    and ``sig`` the key's Ed25519 signature over ``_REQUEST_DOMAIN ‖ payload``; both
    CBOR items are read by the strict decoder. Anything else is the one clear error."""
    bad = CaucusError(QT_TRANSLATE_NOOP("errors", "That is not a valid join-request file."))
    if not isinstance(data, bytes | bytearray) or not data.startswith(REQUEST_MAGIC) \
            or len(data) > MAX_REQUEST_BYTES:
        raise bad
    try:
        outer = cbor.loads(data[len(REQUEST_MAGIC):], max_depth=1, max_items=3)
        if not (isinstance(outer, list) and len(outer) == 2
                and all(isinstance(x, bytes) for x in outer)):
            raise bad
        payload, sig = outer
        doc = cbor.loads(payload, max_depth=1, max_items=9, int_keys=False)
    except cbor.CBORError:
        raise bad from None
    if not isinstance(doc, dict):
        raise bad
    pk, name = doc.get("pk"), doc.get("name")
    if not (isinstance(pk, bytes) and len(pk) == 32 and len(sig) == 64):
        raise bad
    try:
        nacl.signing.VerifyKey(pk).verify(_REQUEST_DOMAIN + payload, sig)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError,
            TypeError):
        raise bad from None
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise bad
    return pk, name.strip()


def admit_device(replica: Replica, request: bytes, role: str, welcome_path) -> Device:
    """Admit the requesting device and write the welcome file sealed to it."""
    from .bundle import write_bundle

    _require_admin(replica)
    if role not in ROLES:
        raise ValidationError(f"Role must be one of {', '.join(ROLES)}.", "role")
    pk, name = read_join_request(request)
    if replica.roster.is_revoked(pk):
        raise RevokedDevice(QT_TRANSLATE_NOOP(
            "errors", "That device was revoked; it cannot be admitted again. "
                            "Make a new join request from a fresh vault."))
    with replica.transaction() as tx:
        tx.set("device", device_row_id(pk.hex()), {
            "name": name, "pubkey": pk.hex(), "role": role,
            "admitted_by": replica.device_id,
        })
        for epoch in _known_epochs(replica):
            key = replica.secret(f"branch_key.{epoch}")
            tx.set("key_envelope", envelope_row_id(epoch, pk.hex()), {
                "epoch": epoch, "device": pk.hex(), "sealed": seal_envelope(pk, key),
            })
    branch = replica.conn.execute("SELECT name, founder, nonce FROM branch LIMIT 1").fetchone()
    info = cbor.dumps({
        "branch_id": replica.branch_id, "branch_name": branch[0],
        "founder": bytes.fromhex(branch[1]), "nonce": bytes.fromhex(branch[2]),
    })
    sealed = seal_to_device(pk, info)
    from .store.files import atomic_file

    with atomic_file(Path(welcome_path)) as fh:
        fh.write(WELCOME_MAGIC + struct.pack(">I", len(sealed)) + sealed)
        write_bundle(replica, fh)
    return resolve_device(replica, pk.hex())


def _known_epochs(replica: Replica) -> list[int]:
    return sorted(int(r[0].split(".", 1)[1]) for r in replica.conn.execute(
        "SELECT name FROM secret WHERE name LIKE 'branch_key.%'"
    ))


def branch_fingerprint(branch_id: bytes) -> str:
    """A short, readable digest of the branch id (``7KQF-2M9X-PA4C-W3HD``).

    A welcome file travels on a stick; anyone who saw the join request (it holds the new
    laptop's public key) could write a welcome file for a branch of their own. The new
    laptop shows this fingerprint before joining and every laptop of the real branch
    shows it under Devices: the two are compared by eye, as with a pairing code.
    """
    digest = changes.blake2b(b"caucus/branch-fingerprint/v1" + branch_id, size=10)
    text = base64.b32encode(digest).decode().rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


@dataclass
class Welcome:
    """What a welcome file says about the branch, read before joining it."""

    branch_id: bytes
    branch_name: str
    founder: bytes
    offset: int  # where its bundle starts

    @property
    def fingerprint(self) -> str:
        return branch_fingerprint(self.branch_id)


def read_welcome(replica: Replica, welcome_path) -> Welcome:
    """Open the part of a welcome file sealed to this device; nothing is written."""
    if replica.secret("device_signing_key") is None:
        raise CaucusError(QT_TRANSLATE_NOOP(
            "errors", "This vault has no device key: make a join request from it first."))
    try:
        with open(welcome_path, "rb") as fh:
            head = fh.read(len(WELCOME_MAGIC) + 4)
            if len(head) != len(WELCOME_MAGIC) + 4 or not head.startswith(WELCOME_MAGIC):
                raise CaucusError(QT_TRANSLATE_NOOP("errors", "That is not a Caucus welcome file."))
            (length,) = struct.unpack(">I", head[len(WELCOME_MAGIC):])
            if length > 1 << 16:
                raise CaucusError(QT_TRANSLATE_NOOP("errors", "That welcome file is damaged."))
            sealed = fh.read(length)
    except FileNotFoundError:
        raise CaucusError.of(QT_TRANSLATE_NOOP(
            "errors", "There is no welcome file at {welcome_path}."),
            welcome_path=welcome_path) from None
    opened = open_sealed(replica.signing_key, sealed)
    if opened is None:
        raise CaucusError(QT_TRANSLATE_NOOP(
            "errors", "That welcome file was made for another device (or is damaged)."))
    damaged = CaucusError(QT_TRANSLATE_NOOP("errors", "That welcome file is damaged."))
    try:
        info = cbor.loads(opened, max_depth=1, max_items=17, int_keys=False)
    except cbor.CBORError:
        raise damaged from None
    if not isinstance(info, dict):
        raise damaged
    branch, founder, nonce = info.get("branch_id"), info.get("founder"), info.get("nonce")
    name = info.get("branch_name") or ""
    if not (isinstance(branch, bytes) and len(branch) == 16 and isinstance(founder, bytes)
            and len(founder) == 32 and isinstance(nonce, bytes) and isinstance(name, str)):
        raise damaged
    if branch_id_for(founder, nonce) != branch:
        raise CaucusError(QT_TRANSLATE_NOOP(
            "errors", "That welcome file's branch does not match its founder."))
    return Welcome(branch, name, founder, len(WELCOME_MAGIC) + 4 + length)


#: meta key held while a join from a welcome file is under way: the welcome file's path
JOINING = "joining"


def join_interrupted(replica: Replica) -> bool:
    """Whether a join from a welcome file began in this vault and never finished (the
    program was killed, or the computer stopped, part-way through its import): the vault
    has its branch id but not yet, or not all of, what the welcome file holds."""
    if not replica.initialised:
        return False
    if replica.meta(JOINING) is not None:
        return True
    # begun by an earlier build, which left no mark: a branch id but no key and no role
    return not _known_epochs(replica) and replica.device_role(replica.device_id) is None


def interrupted_welcome(replica: Replica) -> str | None:
    """The welcome file an interrupted join was reading (None if not known)."""
    value = replica.meta(JOINING) if join_interrupted(replica) else None
    return value or None


def join_branch(replica: Replica, welcome_path,
                progress: ProgressFn | None = None,
                fingerprint: str | None = None) -> ImportReport:
    """Join the branch named in a welcome file sealed to this device.

    ``progress`` hears the import of the welcome file's bundle (see
    :func:`sync.bundle.import_bundle`). With
    ``fingerprint`` (the one the user compared), a welcome file for any other branch
    is refused before anything is written.

    The branch id is committed first, then the bundle is imported in batches, then the
    join is marked done: a join interrupted anywhere in between (:func:`join_interrupted`)
    is finished by running this again with a welcome file of the same branch (its
    branch was accepted when the join began; the import is idempotent). Once the join
    is done, a welcome file is refused.
    """
    from .bundle import import_bundle

    welcome = read_welcome(replica, welcome_path)
    resuming = join_interrupted(replica)
    if replica.initialised and not resuming:
        raise CaucusError(QT_TRANSLATE_NOOP("errors", "This vault already belongs to a branch."))
    if fingerprint is not None and fingerprint != welcome.fingerprint:
        raise CaucusError(QT_TRANSLATE_NOOP(
            "errors", "That welcome file is for another branch than the one checked; "
                          "nothing was imported."))
    if resuming and welcome.branch_id != replica.branch_id:
        raise CaucusError.of(
            QT_TRANSLATE_NOOP(
                "errors", "This vault is part-way through joining another branch (fingerprint "
                "{branch_id}); finish with that branch's welcome file. Nothing was "
                "imported."), branch_id=branch_fingerprint(replica.branch_id))
    with replica.sql_transaction():
        if not resuming:
            replica.set_meta("branch_id", welcome.branch_id.hex())
            replica.set_meta("founder", welcome.founder.hex())
            replica.set_meta("key_epoch", "0")
        replica.set_meta(JOINING, str(Path(welcome_path).absolute()))
    replica.reset_caches()
    try:
        report = import_bundle(replica, welcome_path, progress=progress,
                               offset=welcome.offset, joining=True)
    except BaseException:
        if not resuming:
            with replica.sql_transaction():
                replica.conn.execute(
                    "DELETE FROM meta WHERE key IN ('branch_id', 'founder', 'key_epoch', ?)",
                    (JOINING,))
        raise
    if replica.device_role(replica.device_id) is None:
        raise CaucusError(QT_TRANSLATE_NOOP(
            "errors", "The welcome file did not contain this device's admission."))
    with replica.sql_transaction():
        replica.conn.execute("DELETE FROM meta WHERE key = ?", (JOINING,))
    return report
