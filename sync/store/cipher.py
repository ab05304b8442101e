"""Keying a SQLCipher connection without the key ever being SQL text.

SQLCipher takes a raw 32-byte key as the text ``x'<64 hex digits>'`` (which skips its
own PBKDF2). Written into a ``PRAGMA key`` statement, that text becomes a Python string
(immutable: it cannot be wiped) and stays in the connection's statement cache for as
long as the connection is open. sqlcipher3 binds ``sqlite3_key`` and ``sqlite3_rekey``
as ``Connection.set_key`` and ``Connection.reset_key``, which take any buffer: here the
key text is built in a ``bytearray``, handed over, and wiped at once. SQLCipher copies
it, derives its page keys, and wipes its copy; it keeps the key only inside the open
connection and wipes that when the connection closes.

What remains outside our reach: PyNaCl returns the Argon2id output as an immutable
``bytes`` object (copied into a ``bytearray`` that is wiped on lock; the original is
freed, not wiped), and the passphrase is a Python string from the prompt or the
environment.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator

import sqlcipher3

_HEX = b"0123456789abcdef"
_KEY_CHECK = b"caucus/vault/key-check/v1"


def wipe(buffer: bytearray) -> None:
    """Overwrite ``buffer`` with zeros, in place."""
    buffer[:] = bytes(len(buffer))


def keyspec(key: bytes | bytearray) -> bytearray:
    """``x'<hex of key>'`` in a bytearray (no intermediate string is ever made)."""
    out = bytearray(2 * len(key) + 3)
    out[0:2], out[-1] = b"x'", ord("'")
    for i, byte in enumerate(key):
        out[2 + 2 * i] = _HEX[byte >> 4]
        out[3 + 2 * i] = _HEX[byte & 0x0F]
    return out


@contextlib.contextmanager
def _spec(key: bytes | bytearray) -> Iterator[bytearray]:
    spec = keyspec(key)
    try:
        yield spec
    finally:
        wipe(spec)


def set_key(conn: sqlcipher3.Connection, key: bytes | bytearray) -> None:
    """Key a new connection with the raw ``key`` (``sqlite3_key``)."""
    with _spec(key) as spec:
        conn.set_key(spec)


def rekey(conn: sqlcipher3.Connection, key: bytes | bytearray) -> None:
    """Re-encrypt the connection's database under ``key`` (``sqlite3_rekey``).

    SQLCipher answers OK even when the rewrite could not be committed (a full disk),
    and the connection then holds the new key over a file still under the old one:
    the caller must check the result with a fresh connection.
    """
    with _spec(key) as spec:
        conn.reset_key(spec)


def key_check(key: bytes | bytearray) -> bytes:
    """The sidecar's key-check value: keyed BLAKE2b-128 of a constant (hashlib takes the
    bytearray as it is, so no immutable copy of the key is made)."""
    return hashlib.blake2b(_KEY_CHECK, key=key, digest_size=16).digest()
