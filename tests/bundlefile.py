"""Test helpers for the USB bundle format (sync/bundle.py), written independently of it.

``write_raw_bundle`` writes a bundle from an arbitrary list of ``(body, sig, vals)``
triples (or arbitrary records) with a given branch key, mirroring ``write_bundle``:
tests use it to put forged, foreign or revoked change sets inside a bundle that is
otherwise perfectly valid. ``layout`` finds the header and the chunk boundaries of a
bundle file; ``decrypt_records`` opens a bundle with a key and returns every record.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import cbor2
import nacl.bindings as sodium

from sync import bundle as bundle_mod
from sync.keys import seal_to_device

MAGIC = b"CAUCUSB\x01"
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


def layout(data: bytes) -> Layout:
    """Parse the header sizes and the u32 chunk lengths of a (pristine) bundle."""
    assert data[:8] == MAGIC, "not a bundle"
    (count,) = struct.unpack(">H", data[8 + 16 + 4: 8 + 16 + 6])
    pos = 8 + 16 + 4 + 2 + count * ENVELOPE + SS_HEADER
    header_len = pos
    chunks = []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        chunks.append((pos, 4 + length))
        pos += 4 + length
    assert pos == len(data), "chunk lengths do not add up to the file size"
    return Layout(header_len, chunks)


def encode_records(items: Iterable[tuple[bytes, bytes, bytes]], *, device: str = "00",
                   end: bool = True, extra: Iterable[list] = ()) -> list[bytes]:
    records = [cbor2.dumps(["info", {"format": 1, "device": device, "created_ms": 0,
                                     "vv": {}}], canonical=True)]
    count = 0
    for body, sig, vals in items:
        records.append(cbor2.dumps(["cs", body, sig, vals], canonical=True))
        count += 1
    records.extend(cbor2.dumps(r, canonical=True) for r in extra)
    if end:
        records.append(cbor2.dumps(["end", count], canonical=True))
    return records


def write_raw_bundle(path: Path, branch: bytes, epoch: int, key: bytes,
                     items: Iterable[tuple[bytes, bytes, bytes]] = (), *,
                     records: list[bytes] | None = None, device_pks: Iterable[bytes] = (),
                     chunk_target: int = 64 * 1024, end: bool = True) -> Path:
    """A bundle file in the documented format, from arbitrary change-set triples."""
    if records is None:
        records = encode_records(items, end=end)
    envelopes = [seal_to_device(pk, key) for pk in device_pks]
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    header = MAGIC + branch + struct.pack(">IH", epoch, len(envelopes)) + b"".join(
        envelopes) + stream_header
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
