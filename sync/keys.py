"""Branch keys: derivation with purpose strings, and envelopes sealed to one device.

Every key derived from the branch key names its use (wormhole-style purpose strings):
one key, one use. A branch key of a new epoch reaches each device as a libsodium
sealed box to that device's X25519 key, converted from its Ed25519 signing key.
"""

from __future__ import annotations

import nacl.bindings
import nacl.exceptions
import nacl.public
import nacl.signing

from .changes import blake2b

KEY_BYTES = 32


def derive_key(key: bytes, purpose: str, size: int = KEY_BYTES) -> bytes:
    """A subkey of ``key`` for one named purpose (keyed BLAKE2b of the purpose)."""
    if len(key) < 16:
        raise ValueError("key too short")
    return blake2b(b"caucus/derive/v1\x00" + purpose.encode(), key=key, size=size)


def x25519_public(device_pk: bytes) -> nacl.public.PublicKey:
    return nacl.public.PublicKey(nacl.bindings.crypto_sign_ed25519_pk_to_curve25519(device_pk))


def seal_to_device(device_pk: bytes, data: bytes) -> bytes:
    return nacl.public.SealedBox(x25519_public(device_pk)).encrypt(data)


def open_sealed(signing_key: nacl.signing.SigningKey, sealed: bytes) -> bytes | None:
    box = nacl.public.SealedBox(signing_key.to_curve25519_private_key())
    try:
        return box.decrypt(sealed)
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        return None


def seal_envelope(device_pk: bytes, key: bytes) -> str:
    return seal_to_device(device_pk, key).hex()


def unseal_envelope(signing_key: nacl.signing.SigningKey, sealed_hex: str) -> bytes | None:
    try:
        sealed = bytes.fromhex(sealed_hex)
    except ValueError:
        return None
    key = open_sealed(signing_key, sealed)
    return key if key is not None and len(key) == KEY_BYTES else None
