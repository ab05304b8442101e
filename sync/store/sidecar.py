"""The vault's sidecar ``<vault>.sidecar``: how to turn the passphrase into the key.

A small JSON file beside the vault: the format version, the Argon2id profile and its
limits, the salt, and a key-check value (a keyed BLAKE2b of a constant under the derived
key, which lets the vault say "wrong passphrase" rather than "damaged file" without
decrypting anything). Nothing secret is in it. A passphrase change writes the new one
as ``<vault>.sidecar.pending`` first (see :meth:`sync.store.vault.Vault.change_passphrase`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import nacl.exceptions
import nacl.pwhash
import nacl.utils

from ..errors import CaucusError, VaultCorrupt
from .cipher import key_check

SIDECAR_SUFFIX = ".sidecar"
PENDING_SUFFIX = ".sidecar.pending"
FORMAT = "caucus-vault"
FORMAT_VERSION = 1
KEY_BYTES = 32

argon2id = nacl.pwhash.argon2id

KDF_PROFILES: dict[str, tuple[int, int]] = {
    "interactive": (argon2id.OPSLIMIT_INTERACTIVE, argon2id.MEMLIMIT_INTERACTIVE),
    "moderate": (argon2id.OPSLIMIT_MODERATE, argon2id.MEMLIMIT_MODERATE),
    "sensitive": (argon2id.OPSLIMIT_SENSITIVE, argon2id.MEMLIMIT_SENSITIVE),
}
DEFAULT_PROFILE = "moderate"


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def pending_path(path: Path) -> Path:
    return path.with_name(path.name + PENDING_SUFFIX)


@dataclass(frozen=True)
class KdfParams:
    profile: str
    opslimit: int
    memlimit: int
    salt: bytes

    @classmethod
    def new(cls, profile: str) -> KdfParams:
        if profile not in KDF_PROFILES:
            raise CaucusError(
                f"Unknown key-derivation profile {profile!r}: "
                f"use one of {', '.join(KDF_PROFILES)}."
            )
        ops, mem = KDF_PROFILES[profile]
        return cls(profile, ops, mem, nacl.utils.random(argon2id.SALTBYTES))

    def derive(self, passphrase: str) -> bytearray:
        key = argon2id.kdf(
            KEY_BYTES,
            passphrase.encode("utf-8"),
            self.salt,
            opslimit=self.opslimit,
            memlimit=self.memlimit,
        )
        return bytearray(key)


def sidecar_bytes(params: KdfParams, key: bytearray) -> bytes:
    doc = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "cipher": "sqlcipher4-raw-key",
        "kdf": {
            "alg": "argon2id13",
            "profile": params.profile,
            "opslimit": params.opslimit,
            "memlimit": params.memlimit,
            "salt": params.salt.hex(),
        },
        "key_check": key_check(key).hex(),
    }
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()


def read_sidecar(path: Path) -> tuple[KdfParams, bytes]:
    try:
        doc = json.loads(path.read_bytes())
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("format")
        if doc.get("version") != FORMAT_VERSION:
            raise VaultCorrupt(
                f"The vault's sidecar has format version {doc.get('version')!r}, "
                "which this version of Caucus does not know."
            )
        kdf = doc["kdf"]
        if kdf["alg"] != "argon2id13":
            raise ValueError("alg")
        params = KdfParams(
            str(kdf["profile"]), int(kdf["opslimit"]), int(kdf["memlimit"]),
            bytes.fromhex(kdf["salt"]),
        )
        if len(params.salt) != argon2id.SALTBYTES:
            raise ValueError("salt")
        check = bytes.fromhex(doc["key_check"])
        return params, check
    except VaultCorrupt:
        raise
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        raise VaultCorrupt(
            f"The vault's sidecar file {path.name} is damaged; the vault was left untouched."
        ) from None


def sidecar_candidates(path: Path) -> list[tuple[Path, KdfParams, bytes]]:
    """The readable sidecars of ``path``: the sidecar, then a pending one if present.

    Raises :class:`VaultCorrupt` when there is none to read (missing or damaged).
    """
    side = sidecar_path(path)
    error = VaultCorrupt(
        f"The vault's sidecar file {side.name} is missing; "
        "without it the vault cannot be unlocked. The vault was left untouched."
    )
    found: list[tuple[Path, KdfParams, bytes]] = []
    for candidate in (side, pending_path(path)):
        if not candidate.exists():
            continue
        try:
            params, check = read_sidecar(candidate)
        except VaultCorrupt as exc:
            error = exc
            continue
        found.append((candidate, params, check))
    if not found:
        raise error
    return found


def derive(params: KdfParams, passphrase: str, source: Path) -> bytearray:
    try:
        return params.derive(passphrase)
    except (nacl.exceptions.CryptoError, ValueError, TypeError, MemoryError):
        raise VaultCorrupt(
            f"The key settings in {source.name} are not usable; the vault was left untouched."
        ) from None
