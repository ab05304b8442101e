"""Test helpers for the USB bundle format (sync/bundle.py), written independently of it.

``write_raw_bundle`` writes a bundle from an arbitrary list of ``(body, sig, vals)``
triples (or arbitrary records) with a given branch key, in format version 1 (what
earlier builds wrote: no writer proof) or, given a ``writer`` signing key, version 2
(the writer named and signing, the stream key derived): tests use it to put forged,
foreign or revoked change sets inside a bundle that is otherwise perfectly valid.
``layout`` finds the header and the chunk boundaries of a bundle file of either
version; ``decrypt_records`` opens a bundle with a branch key and returns every record;
``bundle_epoch`` says which of a replica's branch keys sealed a bundle.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import cbor2
import nacl.bindings as sodium
import nacl.signing

from sync import bundle as bundle_mod
from sync.keys import derive_key, seal_to_device

MAGIC = b"CAUCUSB\x01"
MAGIC_V2 = b"CAUCUSB\x02"
ENVELOPE = 32 + sodium.crypto_box_SEALBYTES
SS_HEADER = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL


@dataclass
class Layout:
    header_len: int
    chunks: list[tuple[int, int]]  # (offset of the u32 length, total bytes incl. the u32)

    def chunk_bytes(self, data: bytes, index: int) -> bytes:
        start, size = self.chunks[index]
        return data[start:start + size]

    @property
    def boundaries(self) -> list[int]:
        """Every offset where one chunk ends and the next begins (header end first)."""
        return [self.header_len] + [start + size for start, size in self.chunks]


def _count_at(data: bytes) -> int:
    assert data[:8] in (MAGIC, MAGIC_V2), "not a bundle"
    return 8 + 16 + 4 if data[:8] == MAGIC else 8 + 16


def layout(data: bytes) -> Layout:
    """Parse the header sizes and the u32 chunk lengths of a (pristine) bundle."""
    at = _count_at(data)
    (count,) = struct.unpack(">H", data[at:at + 2])
    pos = at + 2 + count * ENVELOPE + SS_HEADER
    header_len = pos
    chunks = []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        chunks.append((pos, 4 + length))
        pos += 4 + length
    assert pos == len(data), "chunk lengths do not add up to the file size"
    return Layout(header_len, chunks)


def encode_records(items: Iterable[tuple[bytes, bytes, bytes]], *, device: str | bytes = "00",
                   end: bool = True, extra: Iterable[list] = ()) -> list[bytes]:
    fmt = 2 if isinstance(device, bytes) else 1
    records = [cbor2.dumps(["info", {"format": fmt, "device": device, "created_ms": 0,
                                     "vv": {}}], canonical=True)]
    count = 0
    for body, sig, vals in items:
        records.append(cbor2.dumps(["cs", body, sig, vals], canonical=True))
        count += 1
    records.extend(cbor2.dumps(r, canonical=True) for r in extra)
    if end:
        records.append(cbor2.dumps(["end", count], canonical=True))
    return records


def _kind(record: bytes) -> object:
    try:
        decoded = cbor2.loads(record)
    except (cbor2.CBORDecodeError, ValueError, TypeError, EOFError):
        return None
    return decoded[0] if isinstance(decoded, list) and decoded else None


def write_raw_bundle(path: Path, branch: bytes, epoch: int, key: bytes,
                     items: Iterable[tuple[bytes, bytes, bytes]] = (), *,
                     records: list[bytes] | None = None, device_pks: Iterable[bytes] = (),
                     chunk_target: int = 64 * 1024, end: bool = True,
                     writer: nacl.signing.SigningKey | None = None) -> Path:
    """A bundle file in the documented format, from arbitrary change-set triples:
    version 1 (``epoch`` in the header), or version 2 signed by ``writer`` (then
    ``records`` must not hold the end record: it is added, signed)."""
    v2 = writer is not None
    items = list(items)
    if records is None:
        device = bytes(writer.verify_key) if v2 else "00"
        records = encode_records(items, device=device, end=end and not v2)
    envelopes = [seal_to_device(pk, key) for pk in device_pks]
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    stream_key = derive_key(key, "bundle/stream/v2") if v2 else key
    stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, stream_key)
    if v2:
        tag = hashlib.blake2b(b"caucus/bundle/branch-tag/v2", key=branch,
                              digest_size=16).digest()
        fixed = MAGIC_V2 + tag + struct.pack(">H", len(envelopes))
    else:
        fixed = MAGIC + branch + struct.pack(">IH", epoch, len(envelopes))
    header = fixed + b"".join(envelopes) + stream_header
    if v2 and end:
        transcript = hashlib.blake2b(header, digest_size=32)
        for record in records:
            transcript.update(struct.pack(">I", len(record)) + record)
        count = sum(1 for r in records if _kind(r) == "cs")
        signed = b"caucus/bundle/v2\n" + transcript.digest() + struct.pack(">Q", count)
        records = [*records, cbor2.dumps(["end", count, writer.sign(signed).signature])]
    out = bytearray(header)
    ad: bytes | None = header
    pending = b""

    def flush(tag: int) -> None:
        nonlocal ad, pending
        cipher = sodium.crypto_secretstream_xchacha20poly1305_push(state, pending, ad, tag)
        out.extend(struct.pack(">I", len(cipher)) + cipher)
        ad, pending = None, b""

    for record in records:
        pending += struct.pack(">I", len(record)) + record
        if len(pending) >= chunk_target:
            flush(TAG_MESSAGE)
    flush(TAG_FINAL)
    path = Path(path)
    path.write_bytes(bytes(out))
    return path


def decrypt_records(path: Path, key: bytes) -> list[list]:
    """Every record of a bundle, decrypted with ``key`` (checks the FINAL tag)."""
    data = Path(path).read_bytes()
    lay = layout(data)
    if data[:8] == MAGIC_V2:
        key = derive_key(key, "bundle/stream/v2")
    stream_header = data[lay.header_len - SS_HEADER:lay.header_len]
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, key)
    ad: bytes | None = data[:lay.header_len]
    records = []
    tag = None
    for start, size in lay.chunks:
        plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(
            state, data[start + 4:start + size], ad)
        ad = None
        pos = 0
        while pos < len(plain):
            (length,) = struct.unpack(">I", plain[pos:pos + 4])
            records.append(cbor2.loads(plain[pos + 4:pos + 4 + length]))
            pos += 4 + length
    assert tag == TAG_FINAL
    return records


def bundle_epoch(path: Path, replica) -> int | None:
    """The epoch of the replica's branch key that sealed the bundle (None: none did)."""
    for name, value in replica.conn.execute(
            "SELECT name, value FROM secret WHERE name LIKE 'branch_key.%'"):
        try:
            decrypt_records(path, bytes(value))
        except (ValueError, RuntimeError, TypeError):
            continue
        return int(name.split(".", 1)[1])
    return None


def bundle_items(path: Path, key: bytes) -> list[tuple[bytes, bytes, bytes]]:
    return [(r[1], r[2], r[3]) for r in decrypt_records(path, key) if r[0] == "cs"]


def branch_key(replica, epoch: int | None = None) -> bytes:
    epoch = bundle_mod.current_epoch(replica) if epoch is None else epoch
    key = replica.secret(f"branch_key.{epoch}")
    assert key is not None
    return key


def changeset_count(replica) -> int:
    return replica.conn.execute("SELECT count(*) FROM changeset").fetchone()[0]


def fingerprint(replica) -> tuple[str, int, dict]:
    """What must not move when an import is refused: state, stored change sets, keys."""
    keys = {r[0]: bytes(r[1]) for r in replica.conn.execute(
        "SELECT name, value FROM secret ORDER BY name")}
    meta = dict(replica.conn.execute("SELECT key, value FROM meta WHERE key NOT LIKE "
                                     "'clock_ahead:%' ORDER BY key").fetchall())
    return replica.state_hash(), changeset_count(replica), {"keys": keys, "meta": meta}
