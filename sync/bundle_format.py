"""The bytes of a USB bundle file: header, chunks, records and the writer's signature.

:mod:`sync.bundle` writes and imports bundles with these pieces; docs/FORMATS.md has
the full layout. Version 2 (written since the ``encoding`` change)::

    header = "CAUCUSB\\x02" ‖ branch tag (16) ‖ n (u16) ‖ n × envelope (80)
             ‖ secretstream header (24)
    body   = chunks, each u32 length ‖ XChaCha20-Poly1305 secretstream message

* **branch tag** ``= BLAKE2b-128("caucus/bundle/branch-tag/v2", key=branch id)``: enough
  to skip another branch's file without trying keys, without showing the branch id.
* **envelopes**: the epoch's branch key sealed (anonymous sealed boxes) to each active
  device, padded with sealed boxes to throwaway keys up to a power of two (at least
  :data:`MIN_ENVELOPES`) and shuffled: the file shows a bucket, not the device count.
  The key epoch is not shown at all: a reader tries the keys it holds.
* **stream key** ``= derive_key(branch key, "bundle/stream/v2")``: the branch key is
  never used directly (one key, one use).
* the whole header is the first message's additional data; the last message has the
  FINAL tag.
* **records** (u32 length ‖ strict CBOR, packed into the messages):
  ``["info", {"format": 2, "device": writer key(32), "epoch": e, "created_ms": t,
  "vv": {...}}]``, then ``["cs", body, sig, vals]`` per change set, then
  ``["end", count, signature]``, where ``signature`` is the writer's Ed25519 signature
  over ``SIGN_DOMAIN ‖ BLAKE2b-256(header ‖ every record frame before the end) ‖
  u64(count)``. The importer checks the writer against its roster at the info record
  and the signature at the end, all before any change set is stored.

Version 1 (``"CAUCUSB\\x01"``, earlier builds) had the branch id, the key epoch (u32) and
the real envelope count in the clear, used the branch key as the stream key and ended
with ``["end", count]``; it is still read (see :func:`sync.bundle.import_bundle`).
"""

from __future__ import annotations

import hashlib
import secrets
import struct
from dataclasses import dataclass
from typing import BinaryIO

import nacl.bindings as sodium
import nacl.public

from . import cbor
from .errors import QT_TRANSLATE_NOOP, BundleCorrupt
from .keys import derive_key

MAGIC_V1 = b"CAUCUSB\x01"
MAGIC = b"CAUCUSB\x02"
VERSIONS = {MAGIC_V1: 1, MAGIC: 2}
ENVELOPE_BYTES = 32 + sodium.crypto_box_SEALBYTES
SS_HEADER = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
TAG_BYTES = 16
MAX_ENVELOPES = 4096
MIN_ENVELOPES = 4
STREAM_PURPOSE = "bundle/stream/v2"
SIGN_DOMAIN = b"caucus/bundle/v2\n"
_TAG_DOMAIN = b"caucus/bundle/branch-tag/v2"
#: Bounds of one record: an info record names at most MAX_ENVELOPES devices.
RECORD_DEPTH = 3
RECORD_ITEMS = 4 * MAX_ENVELOPES + 64
PREFIX = struct.Struct(">I")


@dataclass
class BundleHeader:
    version: int
    tag: bytes  # the branch tag (computed from the branch id for a version 1 file)
    branch: bytes | None  # the branch id: shown by version 1 only
    epoch: int | None  # the key epoch: shown by version 1 only
    envelopes: list[bytes]
    stream_header: bytes
    raw: bytes  # everything before the first chunk: the first chunk's associated data

    def is_for(self, branch_id: bytes) -> bool:
        return secrets.compare_digest(self.tag, branch_tag(branch_id))


def branch_tag(branch_id: bytes) -> bytes:
    return hashlib.blake2b(_TAG_DOMAIN, key=branch_id, digest_size=TAG_BYTES).digest()


def stream_key(version: int, branch_key: bytes) -> bytes:
    """The secretstream key of a bundle sealed with ``branch_key``."""
    return branch_key if version == 1 else derive_key(branch_key, STREAM_PURPOSE)


def read_exact(fh: BinaryIO, n: int) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise BundleCorrupt(QT_TRANSLATE_NOOP(
            "errors", "The bundle file is truncated; nothing was imported from it."))
    return data


def read_header(fh: BinaryIO) -> BundleHeader:
    magic = fh.read(len(MAGIC))
    version = VERSIONS.get(magic)
    if version is None:
        if magic[:7] == MAGIC[:7]:
            raise BundleCorrupt(QT_TRANSLATE_NOOP(
                "errors", "This bundle was made by a newer version of Caucus."))
        raise BundleCorrupt(QT_TRANSLATE_NOOP("errors", "This is not a Caucus bundle file."))
    if version == 1:
        fixed = read_exact(fh, 16 + 4 + 2)
        branch, (epoch, count) = fixed[:16], struct.unpack(">IH", fixed[16:])
        tag: bytes = branch_tag(branch)
    else:
        fixed = read_exact(fh, TAG_BYTES + 2)
        tag, (count,) = fixed[:TAG_BYTES], struct.unpack(">H", fixed[TAG_BYTES:])
        branch, epoch = None, None
    if count > MAX_ENVELOPES:
        raise BundleCorrupt()
    envelopes = [read_exact(fh, ENVELOPE_BYTES) for _ in range(count)]
    stream_header = read_exact(fh, SS_HEADER)
    raw = magic + fixed + b"".join(envelopes) + stream_header
    return BundleHeader(version, tag, branch, epoch, envelopes, stream_header, raw)


def make_header(branch_id: bytes, envelopes: list[bytes], stream_header: bytes) -> bytes:
    return (MAGIC + branch_tag(branch_id) + struct.pack(">H", len(envelopes))
            + b"".join(envelopes) + stream_header)


def padded(envelopes: list[bytes]) -> list[bytes]:
    """``envelopes`` and sealed boxes of random keys to throwaway recipients (the same
    size and look), up to a power of two, in a random order."""
    size = MIN_ENVELOPES
    while size < len(envelopes):
        size *= 2
    size = min(size, MAX_ENVELOPES)
    out = list(envelopes)
    while len(out) < size:
        throwaway = nacl.public.PrivateKey.generate().public_key
        out.append(nacl.public.SealedBox(throwaway).encrypt(secrets.token_bytes(32)))
    secrets.SystemRandom().shuffle(out)
    return out


def frame(record: bytes) -> bytes:
    return PREFIX.pack(len(record)) + record


def decode_record(data: bytes) -> list:
    """One record, strictly decoded: a list whose first item is its kind (text)."""
    try:
        record = cbor.loads(data, max_depth=RECORD_DEPTH, max_items=RECORD_ITEMS,
                            int_keys=False)
    except cbor.CBORError:
        raise BundleCorrupt() from None
    if not isinstance(record, list) or not record or not isinstance(record[0], str):
        raise BundleCorrupt()
    return record


class Transcript:
    """What the writer signs: the header and every record frame before the end."""

    def __init__(self, header: bytes) -> None:
        self._hash = hashlib.blake2b(header, digest_size=32)

    def update(self, record_frame: bytes | memoryview) -> None:
        self._hash.update(record_frame)

    def message(self, count: int) -> bytes:
        return SIGN_DOMAIN + self._hash.copy().digest() + struct.pack(">Q", count)
