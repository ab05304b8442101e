"""Small crypto helpers for the LAN transport, each a thin call into libsodium or hashlib.

* :func:`auth` / :func:`auth_verify` are libsodium's ``crypto_auth`` (HMAC-SHA-512-256:
  HMAC-SHA-512 truncated to 32 bytes). PyNaCl 1.6 does not bind ``crypto_auth``, so it
  is computed with :mod:`hmac` and :mod:`hashlib` exactly as libsodium defines it; the
  shs1 conformance test checks it against libsodium's own output.
* :func:`derive_network_key` turns the branch key into the shs1 network key, with an
  explicit purpose string (one key, one use).
"""

from __future__ import annotations

import hashlib
import hmac

import nacl.encoding
import nacl.hash

from sync.lan.errors import LanUsageError

AUTH_BYTES = 32
AUTH_KEY_BYTES = 32
NETWORK_KEY_BYTES = 32

#: Purpose string for :func:`derive_network_key`; bump the version to change the derivation.
NETWORK_KEY_PURPOSE = b"caucus/lan/shs1-network-key/v1"


def auth(message: bytes, key: bytes) -> bytes:
    """``crypto_auth(message, key)``: a 32-byte HMAC-SHA-512-256 tag."""
    if len(key) != AUTH_KEY_BYTES:
        raise LanUsageError("crypto_auth needs a 32-byte key.")
    return hmac.new(key, message, hashlib.sha512).digest()[:AUTH_BYTES]


def auth_verify(tag: bytes, message: bytes, key: bytes) -> bool:
    """``crypto_auth_verify``: whether ``tag`` authenticates ``message``, in constant time."""
    return len(tag) == AUTH_BYTES and hmac.compare_digest(tag, auth(message, key))


def sha256(data: bytes) -> bytes:
    """``crypto_hash_sha256``: the raw 32-byte digest."""
    return hashlib.sha256(data).digest()


def derive_network_key(branch_key: bytes, epoch: int) -> bytes:
    """The 32-byte shs1 network key for one key epoch of a branch.

    Keyed BLAKE2b under the branch key of the purpose string followed by the epoch as
    an 8-byte big-endian integer. Branches (and epochs of one branch) get unrelated
    network keys, so laptops of different branches cannot even complete a hello.
    """
    if not isinstance(branch_key, bytes | bytearray) or len(branch_key) != 32:
        raise LanUsageError("The branch key must be 32 bytes.")
    if isinstance(epoch, bool) or not isinstance(epoch, int) or not 0 <= epoch < 2**64:
        raise LanUsageError("The key epoch must be an integer from 0 to 2**64 - 1.")
    return nacl.hash.blake2b(
        NETWORK_KEY_PURPOSE + epoch.to_bytes(8, "big"),
        digest_size=NETWORK_KEY_BYTES,
        key=bytes(branch_key),
        encoder=nacl.encoding.RawEncoder,
    )
