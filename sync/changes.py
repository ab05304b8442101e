"""Change sets: the signed diffs every replica exchanges (ARCHITECTURE §4).

Wire form of one change set (three byte strings, stored and sent exactly as signed):

``body``  = ``b"CCS\\x01"`` ‖ author Ed25519 public key (32 bytes) ‖ CBOR(canonical)::

    [branch_id(16), seq, prev_hash(32)|null, hlc, {dep_author(32): seq, ...},
     [[table, row_id(16), [field, ...], digest(32)], ...]]

``sig``   = Ed25519 signature by the author over ``DOMAIN ‖ body``.

``vals``  = CBOR ``[[salt(16), [value, ...]] | null, ...]`` beside the signed part, one
entry per row entry, where ``digest = BLAKE2b-256(V, key=salt)`` and ``V`` is the exact
bytes of that entry's values array *as stored in vals* (sign bytes, store bytes: never a
re-encoding, so another encoder, or another version of cbor2, cannot make stored data
fail, and no other byte string verifies). Erasure replaces an entry's bytes with
``null`` (``0xf6``) and leaves every other byte as it was: the values are gone, the
signature still verifies and the digest reveals nothing (the salt went with the values).
A change set made after its device's revocation is kept and relayed with its record
entries *withheld*: ``false`` (``0xf4``) in their place, gone like an erased entry but
saying "void", not "erased" (only ``null`` tells a replica to erase the row).

The author key sits at a fixed offset so a signature is checked before any CBOR is
parsed; both parts are then read by the strict decoder (:mod:`sync.cbor`: no tags, no
indefinite lengths, shortest forms, bounded depth and size), so any change set is
refused or accepted in time linear in its size. The change set's id is
``BLAKE2b-256(body)``. docs/FORMATS.md has the byte layout.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

import nacl.exceptions
import nacl.signing
import nacl.utils

from . import cbor
from .errors import BadSignature, MalformedChangeSet

MAGIC = b"CCS\x01"
DOMAIN = b"caucus/changeset/v1\n"
PK_BYTES = 32
SIG_BYTES = 64
HASH_BYTES = 32  # a change set's hash, blake2b(body)
DIGEST_BYTES = 32  # a row's value digest
SALT_BYTES = 16
ERASE_FIELD = "!erase"
MAX_BODY = 64 * 1024 * 1024
#: The most CBOR data items a body, or a vals, may hold (a 500-row change set holds
#: about 10,000; this allows some 100,000 rows and bounds memory to a few hundred MB).
MAX_ITEMS = 2_000_000
#: How deeply a body nests (its rows' field lists are at depth 4), and a value.
BODY_DEPTH = 4
VALUE_DEPTH = 8


def blake2b(data: bytes, key: bytes = b"", size: int = 32) -> bytes:
    """BLAKE2b (RFC 7693), the same function as libsodium's generichash; hashlib's
    binding costs a tenth of PyNaCl's per call, and verification hashes every row."""
    return hashlib.blake2b(data, digest_size=size, key=key).digest()


def values_digest(salt: bytes, values: list) -> bytes:
    """The digest of a values array as :func:`build` encodes and stores it."""
    return blake2b(cbor.dumps(values), key=salt)


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
class RowOps(NamedTuple):
    """One row of a change set: its table, its id, the fields it writes and the digest
    of their values. A named tuple: an import builds 400,000 of them, at two thirds of
    the cost of a frozen dataclass."""

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
    #: ``(body, vals, stored body, stored vals)`` when a verifying process deflated
    #: them for the vault already (:mod:`sync.verifier`); used only while ``body`` and
    #: ``vals`` are still those very objects
    packed: tuple[bytes, bytes, bytes, bytes] | None = field(
        default=None, compare=False, repr=False)

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
    """Encode, salt, digest and sign one change set from ``(table, row, {field: value})``.

    Each row's values are encoded once; the digest is taken over those bytes and the
    same bytes are what ``vals`` stores."""
    author = bytes(signing_key.verify_key)
    signed_rows = []
    values: list[tuple[bytes, list] | None] = []
    row_ops = []
    encoded = []
    for table, row, fields in rows:
        names = list(fields)
        vals = [fields[n] for n in names]
        salt = nacl.utils.random(SALT_BYTES)
        raw = cbor.dumps(vals)
        digest = blake2b(raw, key=salt)
        signed_rows.append([table, uuid.UUID(row).bytes, names, digest])
        values.append((salt, vals))
        encoded.append((salt, raw))
        row_ops.append(RowOps(table, row, tuple(names), digest))
    payload = [branch, seq, prev, hlc, dict(deps), signed_rows]
    body = MAGIC + author + cbor.dumps(payload)
    sig = signing_key.sign(DOMAIN + body).signature
    vals_blob = _join_entries([_entry_bytes(salt, raw) for salt, raw in encoded])
    return ChangeSet(branch, author, seq, prev, hlc, dict(deps), row_ops, values, body, sig,
                     vals_blob, blake2b(body))


_NULL = b"\xf6"
_FALSE = b"\xf4"  # a withheld entry
_STR = itertools.repeat(str)  # all(map(isinstance, fields, _STR)): every field a str
_SALT_HEAD = b"\x50"  # a byte string of 16 bytes


def _entry_bytes(salt: bytes, raw_values: bytes) -> bytes:
    return b"\x82" + _SALT_HEAD + salt + raw_values


def _join_entries(entries: list[bytes]) -> bytes:
    return cbor.dumps([None] * len(entries))[:-len(entries) or None] + b"".join(entries)


def encode_values(values: list[tuple[bytes, list] | None | bool]) -> bytes:
    """A ``vals`` from ``(salt, values)`` entries (``None`` for a redacted one, ``False``
    for a withheld one)."""
    return _join_entries([_NULL if v is None else _FALSE if v is False
                          else _entry_bytes(v[0], cbor.dumps(v[1])) for v in values])


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


def outline(cs: ChangeSet) -> list:
    """What :func:`from_outline` builds ``cs`` from besides its bytes, in a form far
    cheaper to decode than its body: ``[[branch, seq, prev, hlc, deps], [[table,
    [field, ...]], ...], [shape, id, shape, id, ...], digests]``: the body's header, its
    rows' distinct tables and field lists (a body names a dozen fields in each of its
    hundreds of rows, most of them the same), each row as the number of its table and
    fields in that list and its id as text, and the rows' value digests end to end."""
    shapes: dict[tuple[str, tuple[str, ...]], int] = {}
    flat: list = []
    for r in cs.rows:
        flat += (shapes.setdefault((r.table, r.fields), len(shapes)), r.row)
    return [[cs.branch, cs.seq, cs.prev, cs.hlc, cs.deps],
            [[table, list(fields)] for table, fields in shapes], flat,
            b"".join(r.digest for r in cs.rows)]


def from_outline(body: bytes, sig: bytes, vals: bytes, parts: list,
                 packed: tuple[bytes, bytes], digest: bytes) -> ChangeSet:
    """The change set of bytes :func:`verify` has accepted in a verifying process of our
    own (:mod:`sync.verifier`), built from the :func:`outline` it sent, without checking
    or decoding the body again: the same result as :func:`verify`. ``packed``: the
    stored forms of ``body`` and ``vals``; ``digest``: the change set's hash. Never call
    it on bytes that were not verified, or with an outline not made from them: nothing
    here is checked but that the outline's parts fit one another (MalformedChangeSet,
    IndexError, TypeError or ValueError if not)."""
    (branch, seq, prev, hlc, deps), shapes, flat, digests = parts
    kinds = [(table, tuple(fields)) for table, fields in shapes]
    count = len(flat) // 2
    values = [e if e is None or e is False else (e[0], e[1])
              for e in cbor.decode_checked(vals)]
    if len(flat) != 2 * count or len(digests) != DIGEST_BYTES * count or \
            len(values) != count:
        raise MalformedChangeSet()
    row_ops = [RowOps(table, row, fields, digests[at:at + DIGEST_BYTES])
               for (table, fields), row, at in zip(map(kinds.__getitem__, flat[0::2]),
                                                  flat[1::2],
                                                  range(0, len(digests), DIGEST_BYTES),
                                                  strict=True)]
    author = body[len(MAGIC):len(MAGIC) + PK_BYTES]
    return ChangeSet(branch, author, seq, prev, hlc, deps, row_ops, values, body, sig, vals,
                     digest, (body, vals, *packed))


def _parse(body: bytes, sig: bytes, vals: bytes, author: bytes) -> ChangeSet:
    if len(vals) > 3 * MAX_BODY:
        raise MalformedChangeSet("A change set has an impossible size.")
    try:
        payload = cbor.loads(body[len(MAGIC) + PK_BYTES:], max_depth=BODY_DEPTH,
                             max_items=MAX_ITEMS)
        spans = value_spans(vals)
        entries = cbor.decode_checked(vals)
    except cbor.CBORError as exc:
        raise MalformedChangeSet(f"A change set could not be read: {exc}") from None
    if not (isinstance(payload, list) and len(payload) == 6):
        raise MalformedChangeSet()
    branch, seq, prev, hlc, deps, rows = payload
    if not (
        isinstance(branch, bytes) and len(branch) == 16
        and type(seq) is int and seq >= 1
        and (prev is None or (isinstance(prev, bytes) and len(prev) == 32))
        and type(hlc) is int and 0 <= hlc < 1 << 64
        and isinstance(deps, dict) and isinstance(rows, list)
        and len(spans) == len(rows)
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
    values: list[tuple[bytes, list] | None | bool] = []
    for row, span, entry in zip(rows, spans, entries, strict=True):
        if not (
            isinstance(row, list) and len(row) == 4
            and isinstance(row[0], str) and isinstance(row[1], bytes) and len(row[1]) == 16
            and isinstance(row[2], list) and all(map(isinstance, row[2], _STR))
            and isinstance(row[3], bytes) and len(row[3]) == 32
        ):
            raise MalformedChangeSet()
        ops = RowOps(row[0], uuid_text(row[1]), tuple(row[2]), row[3])
        if span is None or span is False:
            values.append(span)
        else:
            salt, start, end = span
            if len(entry[1]) != len(ops.fields):
                raise MalformedChangeSet()
            if blake2b(vals[start:end], key=salt) != ops.digest:
                raise BadSignature(
                    "A change set's values do not match what its author signed."
                )
            values.append((salt, entry[1]))
        row_ops.append(ops)
    return ChangeSet(branch, author, seq, prev, hlc, clean_deps, row_ops, values, body, sig,
                     vals, blake2b(body))


def _entries(vals: bytes) -> list[tuple[int, int, int] | int | None]:
    """Where each entry of ``vals`` lies: ``(start, values start, end)``, None for
    ``null``, its position (an int) for ``false``; every entry is ``null``, ``false`` or
    ``[salt(16 bytes), [value, ...]]`` and all of ``vals`` is checked by the strict
    decoder on the way."""
    major, count, pos = cbor.head(vals, 0)
    if major != 4 or count > len(vals):
        raise cbor.CBORError("The values are not a list of entries.")
    out: list[tuple[int, int, int] | int | None] = []
    budget = MAX_ITEMS - 1
    end = len(vals)
    for _ in range(count):
        start = pos
        if vals[pos:pos + 1] in (_NULL, _FALSE):
            out.append(None if vals[pos] == _NULL[0] else pos)
            pos += 1
            budget -= 1
            continue
        if vals[pos:pos + 2] != b"\x82" + _SALT_HEAD or pos + 2 + SALT_BYTES > end:
            raise cbor.CBORError("A values entry is not a salt and a list of values.")
        first = pos + 2 + SALT_BYTES
        if vals[first:first + 1] and not 0x80 <= vals[first] <= 0x9B:
            raise cbor.CBORError("A values entry is not a salt and a list of values.")
        pos, items = cbor.scan_items(vals, first, end, max_depth=VALUE_DEPTH,
                                     max_items=budget)
        budget -= items + 3
        out.append((start, first, pos))
    if pos != end:
        raise cbor.Trailing()
    return out


def value_spans(vals: bytes) -> list[tuple[bytes, int, int] | None | bool]:
    """For each entry of ``vals``: ``(salt, start, end)`` of the exact bytes of its
    values array (what its digest is over), None for a redacted entry, False for a
    withheld one."""
    return [e if e is None else False if isinstance(e, int)
            else (vals[e[0] + 2:e[1]], e[1], e[2]) for e in _entries(vals)]


def uuid_text(raw: bytes) -> str:
    """``str(uuid.UUID(bytes=raw))`` at a third of the cost (every row of an import)."""
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def redact(vals: bytes, indexes: Iterable[int]) -> bytes:
    """Drop the values (and salts) of the given row entries: their bytes become ``null``,
    every other byte stays as stored, so the signature and the other digests still hold."""
    try:
        entries = _entries(bytes(vals))
    except cbor.CBORError as exc:
        raise MalformedChangeSet(f"A change set could not be read: {exc}") from None
    return _replace_entries(vals, entries, set(indexes), _NULL)


def withhold(vals: bytes, indexes: Iterable[int]) -> bytes:
    """Withhold the values (and salts) of the given row entries: their bytes become
    ``false``; erased entries stay ``null`` and every other byte stays as stored."""
    try:
        entries = _entries(bytes(vals))
    except cbor.CBORError as exc:
        raise MalformedChangeSet(f"A change set could not be read: {exc}") from None
    drop = {i for i in set(indexes)
            if not 0 <= i < len(entries) or isinstance(entries[i], tuple)}
    return _replace_entries(vals, entries, drop, _FALSE)


def _replace_entries(vals: bytes, entries: list, drop: set[int], by: bytes) -> bytes:
    if any(not 0 <= i < len(entries) for i in drop):
        raise MalformedChangeSet("There is no such row entry to redact.")
    out = bytearray()
    last = 0
    for i, entry in enumerate(entries):
        if i in drop and entry is not None:
            start, end = (entry, entry + 1) if isinstance(entry, int) else (entry[0], entry[2])
            out += vals[last:start] + by
            last = end
    out += vals[last:]
    return bytes(out)
