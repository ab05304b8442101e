"""Change sets: the signed diffs every replica exchanges (ARCHITECTURE §4).

Wire form of one change set (three byte strings, stored and sent exactly as signed):

``body``  = ``b"CCS\\x01"`` ‖ author Ed25519 public key (32 bytes) ‖ CBOR(canonical)::

    [branch_id(16), seq, prev_hash(32)|null, hlc, {dep_author(32): seq, ...},
     [[table, row_id(16), [field, ...], digest(32)], ...]]

``sig``   = Ed25519 signature by the author over ``DOMAIN ‖ body``.

``vals``  = CBOR ``[[salt(16), [value, ...]] | null, ...]`` beside the signed part, one
entry per row entry, where ``digest = BLAKE2b-256(CBOR(values), key=salt)``. Erasure
replaces an entry with ``null``: the values are gone, the signature still verifies and
the digest reveals nothing (the salt went with the values). A change set made after its
device's revocation is kept and relayed with its record entries ``false`` (withheld:
gone like an erased entry, but saying "void", not "erased").

The author key sits at a fixed offset so a signature is checked before any CBOR is
parsed. The change set's id is ``BLAKE2b-256(body)``.
"""

from __future__ import annotations

import hashlib
import io
import threading
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import cbor2
import nacl.exceptions
import nacl.signing
import nacl.utils

from .errors import BadSignature, MalformedChangeSet

MAGIC = b"CCS\x01"
DOMAIN = b"caucus/changeset/v1\n"
PK_BYTES = 32
SIG_BYTES = 64
SALT_BYTES = 16
ERASE_FIELD = "!erase"
MAX_BODY = 64 * 1024 * 1024



def blake2b(data: bytes, key: bytes = b"", size: int = 32) -> bytes:
    """BLAKE2b (RFC 7693), the same function as libsodium's generichash; hashlib's
    binding costs a tenth of PyNaCl's per call, and verification hashes every row."""
    return hashlib.blake2b(data, digest_size=size, key=key).digest()


def values_digest(salt: bytes, values: list) -> bytes:
    return blake2b(cbor2.dumps(values, canonical=True), key=salt)


_last_id = [0, 0]  # (ms, 74-bit counter) of the last id made by this process
_id_lock = threading.Lock()


def new_id() -> str:
    """A time-ordered random id (UUID version 7): 48-bit ms time + 74 random bits.

    Monotonic within a process (RFC 9562 §6.2, method 2): an id made in the same
    millisecond as the last one is the last one's random part plus a small random step,
    so ids sort in the order they were made.
    """
    with _id_lock:
        ms = int(time.time() * 1000) & ((1 << 48) - 1)
        rand = int.from_bytes(nacl.utils.random(10), "big") >> 6  # 74 bits
        if ms <= _last_id[0]:
            ms = _last_id[0]
            rand = _last_id[1] + 1 + (rand & 0xFFFF)
            if rand >= 1 << 74:  # counter overflow: borrow the next millisecond
                ms, rand = ms + 1, rand & ((1 << 73) - 1)
        _last_id[0], _last_id[1] = ms, rand
    value = (ms << 80) | (0x7 << 76) | ((rand >> 62) & 0xFFF) << 64 | (0b10 << 62) | (
        rand & ((1 << 62) - 1)
    )
    return str(uuid.UUID(int=value))


def derived_id(*parts: str) -> str:
    """A deterministic id for rows that two replicas must agree on (tag links, attendance)."""
    value = int.from_bytes(blake2b("\x1f".join(parts).encode("utf-8"), size=16), "big")
    value &= ~(0xF << 76) & ~(0x3 << 62)
    value |= (0x8 << 76) | (0b10 << 62)  # UUID version 8 (custom), RFC 4122 variant
    return str(uuid.UUID(int=value))


# -- hybrid logical clock -------------------------------------------------------------
COUNTER_BITS = 16


def wall_hlc() -> int:
    return int(time.time() * 1000) << COUNTER_BITS


def next_hlc(last: int, now: int | None = None) -> int:
    """The next local timestamp: never backwards, strictly after ``last``."""
    now = wall_hlc() if now is None else now
    return max(now, last + 1)


def hlc_millis(hlc: int) -> int:
    return hlc >> COUNTER_BITS


# -- data -----------------------------------------------------------------------------
@dataclass(frozen=True)
class RowOps:
    table: str
    row: str  # UUID text
    fields: tuple[str, ...]
    digest: bytes


@dataclass
class ChangeSet:
    branch: bytes
    author: bytes
    seq: int
    prev: bytes | None
    hlc: int
    deps: dict[bytes, int]
    rows: list[RowOps]
    values: list[tuple[bytes, list] | None | bool]  # None: erased; False: withheld
    body: bytes
    sig: bytes
    vals: bytes
    hash: bytes = field(default=b"")

    def ops(self) -> Iterable[tuple[str, str, str, object]]:
        """Every op ``(table, row, field, value)``; redacted rows yield nothing."""
        for row, entry in zip(self.rows, self.values, strict=True):
            if not entry:
                continue
            for name, value in zip(row.fields, entry[1], strict=True):
                yield row.table, row.row, name, value

    def row_values(self, index: int) -> dict[str, object] | None:
        """The row entry's ``{field: value}`` (None once redacted or withheld); built
        once, shared: callers must not modify it."""
        cache = self.__dict__.setdefault("_row_values", {})
        if index not in cache:
            entry = self.values[index]
            cache[index] = None if not entry else dict(
                zip(self.rows[index].fields, entry[1], strict=True))
        return cache[index]

    def withheld(self, index: int) -> bool:
        """Were the row entry's values withheld (the change set is void somewhere)?"""
        return self.values[index] is False


# -- encoding -------------------------------------------------------------------------
def build(
    signing_key: nacl.signing.SigningKey,
    branch: bytes,
    seq: int,
    prev: bytes | None,
    hlc: int,
    deps: Mapping[bytes, int],
    rows: list[tuple[str, str, dict[str, object]]],
) -> ChangeSet:
    """Encode, salt, digest and sign one change set from ``(table, row, {field: value})``."""
    author = bytes(signing_key.verify_key)
    signed_rows = []
    values: list[tuple[bytes, list] | None] = []
    row_ops = []
    for table, row, fields in rows:
        names = list(fields)
        vals = [fields[n] for n in names]
        salt = nacl.utils.random(SALT_BYTES)
        digest = values_digest(salt, vals)
        signed_rows.append([table, uuid.UUID(row).bytes, names, digest])
        values.append((salt, vals))
        row_ops.append(RowOps(table, row, tuple(names), digest))
    payload = [branch, seq, prev, hlc, dict(deps), signed_rows]
    body = MAGIC + author + cbor2.dumps(payload, canonical=True)
    sig = signing_key.sign(DOMAIN + body).signature
    vals_blob = encode_values(values)
    return ChangeSet(branch, author, seq, prev, hlc, dict(deps), row_ops, values, body, sig,
                     vals_blob, blake2b(body))


def encode_values(values: list[tuple[bytes, list] | None]) -> bytes:
    return cbor2.dumps([None if v is None else [v[0], v[1]] for v in values], canonical=True)


def verify(body: bytes, sig: bytes, vals: bytes) -> ChangeSet:
    """Check the signature on the stored bytes, then parse; raise on any fault.

    :class:`BadSignature` for a signature or value digest that does not match,
    :class:`MalformedChangeSet` for anything that cannot be read.
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        raise MalformedChangeSet()
    body = bytes(body)
    sig = bytes(sig)
    if len(body) < len(MAGIC) + PK_BYTES + 1 or len(body) > MAX_BODY:
        raise MalformedChangeSet("A change set has an impossible size.")
    if body[: len(MAGIC)] != MAGIC:
        raise MalformedChangeSet("A change set has an unknown format version.")
    if len(sig) != SIG_BYTES:
        raise BadSignature()
    author = body[len(MAGIC) : len(MAGIC) + PK_BYTES]
    try:
        nacl.signing.VerifyKey(author).verify(DOMAIN + body, sig)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        raise BadSignature() from None
    return _parse(body, sig, bytes(vals), author)


def _parse(body: bytes, sig: bytes, vals: bytes, author: bytes) -> ChangeSet:
    try:
        payload = _whole_item(body[len(MAGIC) + PK_BYTES :])
        branch, seq, prev, hlc, deps, rows = payload
        entries = _whole_item(vals)
    except (cbor2.CBORDecodeError, ValueError, TypeError, EOFError, RecursionError):
        raise MalformedChangeSet() from None
    if not (
        isinstance(branch, bytes) and len(branch) == 16
        and type(seq) is int and seq >= 1
        and (prev is None or (isinstance(prev, bytes) and len(prev) == 32))
        and type(hlc) is int and 0 <= hlc < 1 << 64
        and isinstance(deps, dict) and isinstance(rows, list)
        and isinstance(entries, list) and len(entries) == len(rows)
    ):
        raise MalformedChangeSet()
    if (seq == 1) != (prev is None):
        raise MalformedChangeSet("A change set's link to its predecessor is inconsistent.")
    clean_deps: dict[bytes, int] = {}
    for k, v in deps.items():
        if not (isinstance(k, bytes) and len(k) == PK_BYTES and type(v) is int and v >= 1):
            raise MalformedChangeSet()
        clean_deps[k] = v
    row_ops: list[RowOps] = []
    values: list[tuple[bytes, list] | None] = []
    for row, entry in zip(rows, entries, strict=True):
        if not (
            isinstance(row, list) and len(row) == 4
            and isinstance(row[0], str) and isinstance(row[1], bytes) and len(row[1]) == 16
            and isinstance(row[2], list) and all(isinstance(f, str) for f in row[2])
            and isinstance(row[3], bytes) and len(row[3]) == 32
        ):
            raise MalformedChangeSet()
        ops = RowOps(row[0], uuid_text(row[1]), tuple(row[2]), row[3])
        if entry is None or entry is False:
            values.append(entry)
        else:
            if not (
                isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], bytes)
                and len(entry[0]) == SALT_BYTES and isinstance(entry[1], list)
                and len(entry[1]) == len(ops.fields)
            ):
                raise MalformedChangeSet()
            try:
                digest = values_digest(entry[0], entry[1])
            except (cbor2.CBOREncodeError, ValueError, TypeError, RecursionError):
                raise MalformedChangeSet() from None
            if digest != ops.digest:
                raise BadSignature(
                    "A change set's values do not match what its author signed."
                )
            values.append((entry[0], entry[1]))
        row_ops.append(ops)
    return ChangeSet(branch, author, seq, prev, hlc, clean_deps, row_ops, values, body, sig,
                     vals, blake2b(body))


def _whole_item(data: bytes) -> object:
    """The one CBOR item that fills ``data`` exactly. ``cbor2.loads`` ignores bytes after
    the item, so one flipped byte could turn an entry's header into null and pass as a
    redaction, with the entry's old bytes left trailing (found by a Hypothesis run)."""
    stream = io.BytesIO(data)
    item = cbor2.CBORDecoder(stream).decode()
    if stream.tell() != len(data):
        raise ValueError("bytes after the CBOR item")
    return item


def uuid_text(raw: bytes) -> str:
    """``str(uuid.UUID(bytes=raw))`` at a third of the cost (every row of an import)."""
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def redact(vals: bytes, indexes: Iterable[int]) -> bytes:
    """Drop the values (and salts) of the given row entries; the signature stays valid."""
    entries = cbor2.loads(vals)
    for i in indexes:
        entries[i] = None
    return cbor2.dumps(entries, canonical=True)


def withhold(vals: bytes, indexes: Iterable[int]) -> bytes:
    """Withhold the values (and salts) of the given row entries, keeping erased ones
    erased; the signature stays valid."""
    entries = cbor2.loads(vals)
    for i in indexes:
        if entries[i] is not None:
            entries[i] = False
    return cbor2.dumps(entries, canonical=True)
