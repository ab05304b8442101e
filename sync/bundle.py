"""The USB bundle file (ARCHITECTURE §7); the sync folder is :mod:`sync.folder`.

A bundle is one file::

    header  = MAGIC(8) ‖ branch_id(16) ‖ epoch(u32) ‖ n(u16) ‖ n × envelope(80)
              ‖ secretstream header(24)
    body    = chunks, each u32 length ‖ XChaCha20-Poly1305 secretstream message

The envelopes are the epoch's branch key sealed to each device of the roster
(anonymous sealed boxes: no device is named in the file), so a device that has not yet
learned a new epoch can still open a bundle made after a key rotation, and a revoked
device cannot. The whole header is the first message's additional data, so changing
any header byte fails authentication. The last message carries the FINAL tag: a
truncated bundle is detected. Inside the messages: length-prefixed CBOR records,
``["info", {...}]`` then ``["cs", body, sig, vals]`` for each change set (each still
individually signed), then ``["end", count]``.

Import makes two passes: the first authenticates every chunk and checks the record
structure without applying anything; only if the whole file is intact does the second
pass decrypt, parse and hand change sets to :meth:`Replica.receive` in atomic batches.
Memory stays bounded by one chunk.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import cbor2
import nacl.bindings as sodium
import nacl.exceptions

from . import changes
from .errors import BundleCorrupt, CaucusError, RevokedDevice, WrongBranch
from .keys import open_sealed, seal_to_device
from .progress import Progress, ProgressFn, Stage
from .replica import ImportReport, Replica
from .store.files import atomic_file

MAGIC = b"CAUCUSB\x01"
ENVELOPE_BYTES = 32 + sodium.crypto_box_SEALBYTES
SS_HEADER = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
CHUNK_TARGET = 64 * 1024
MAX_CHUNK = changes.MAX_BODY * 3 + 1024 * 1024
MAX_ENVELOPES = 4096
SUFFIX = ".caucusbundle"


@dataclass
class BundleHeader:
    branch: bytes
    epoch: int
    envelopes: list[bytes]
    stream_header: bytes
    raw: bytes  # everything before the first chunk: the first chunk's associated data


def _read_exact(fh: BinaryIO, n: int) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise BundleCorrupt("The bundle file is truncated; nothing was imported from it.")
    return data


def read_header(fh: BinaryIO) -> BundleHeader:
    magic = fh.read(len(MAGIC))
    if magic != MAGIC:
        if magic[:7] == MAGIC[:7]:
            raise BundleCorrupt("This bundle was made by a newer version of Caucus.")
        raise BundleCorrupt("This is not a Caucus bundle file.")
    fixed = _read_exact(fh, 16 + 4 + 2)
    branch, epoch, count = fixed[:16], *struct.unpack(">IH", fixed[16:])
    if count > MAX_ENVELOPES:
        raise BundleCorrupt()
    envelopes = [_read_exact(fh, ENVELOPE_BYTES) for _ in range(count)]
    stream_header = _read_exact(fh, SS_HEADER)
    raw = magic + fixed + b"".join(envelopes) + stream_header
    return BundleHeader(branch, epoch, envelopes, stream_header, raw)


# -- export ---------------------------------------------------------------------------
def _branch_key(replica: Replica, epoch: int) -> bytes:
    key = replica.secret(f"branch_key.{epoch}")
    if key is None:
        raise CaucusError(f"This device does not hold the branch key of epoch {epoch}.")
    return key


def current_epoch(replica: Replica) -> int:
    return int(replica.meta("key_epoch") or 0)


def envelopes_for(replica: Replica, epoch: int, key: bytes) -> list[bytes]:
    """The epoch key sealed to every device of the roster that is not revoked."""
    return [seal_to_device(bytes.fromhex(d), key) for d in replica.active_devices()]


def _records(replica: Replica, since: dict[bytes, int] | None) -> Iterator[bytes]:
    info = {"format": 1, "device": replica.device_id,
            "created_ms": changes.hlc_millis(changes.wall_hlc()),
            "vv": replica.version_vector()}
    yield cbor2.dumps(["info", info], canonical=True)
    count = 0
    for body, sig, vals in replica.export_changesets(since):
        count += 1
        yield cbor2.dumps(["cs", body, sig, vals], canonical=True)
    yield cbor2.dumps(["end", count], canonical=True)


def write_bundle(replica: Replica, fh: BinaryIO, progress: ProgressFn | None = None,
                 since: dict[bytes, int] | None = None) -> int:
    """Stream the whole replicated history into ``fh``; returns change sets written.

    With ``since`` (a version vector), only what a replica that holds it lacks: the
    sync folder's deltas. ``progress`` hears :attr:`Stage.WRITE` with the change sets
    written so far."""
    epoch = current_epoch(replica)
    key = _branch_key(replica, epoch)
    envelopes = envelopes_for(replica, epoch, key)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    fixed = replica.branch_id + struct.pack(">IH", epoch, len(envelopes))
    header = MAGIC + fixed + b"".join(envelopes) + stream_header
    fh.write(header)
    ad: bytes | None = header
    pending: list[bytes] = []
    size = 0
    written = 0

    def flush(tag: int) -> None:
        nonlocal ad, pending, size
        plain = b"".join(pending)
        cipher = sodium.crypto_secretstream_xchacha20poly1305_push(state, plain, ad, tag)
        fh.write(struct.pack(">I", len(cipher)) + cipher)
        ad, pending, size = None, [], 0

    records = _records(replica, since)
    for record in records:
        pending.append(struct.pack(">I", len(record)) + record)
        size += len(record) + 4
        written += 1
        if size >= CHUNK_TARGET:
            flush(TAG_MESSAGE)
            if progress:
                progress(Progress(Stage.WRITE, max(0, written - 1), None, cancellable=False))
    flush(TAG_FINAL)
    return max(0, written - 2)


def export_bundle(replica: Replica, path: str | os.PathLike[str],
                  progress: ProgressFn | None = None,
                  since: dict[bytes, int] | None = None) -> int:
    """Write a bundle file atomically (temp file, fsync, rename); ``since`` as for
    :func:`write_bundle`."""
    with atomic_file(Path(path)) as fh:
        return write_bundle(replica, fh, progress, since)


# -- import ---------------------------------------------------------------------------
def _opens_first_chunk(fh: BinaryIO, header: BundleHeader, key: bytes) -> bool:
    start = fh.tell()
    try:
        messages = _messages(fh, header, key)
        next(messages)
        messages.close()
        return True
    except (BundleCorrupt, StopIteration):
        return False
    finally:
        fh.seek(start)


def _key_for(replica: Replica, header: BundleHeader, fh: BinaryIO) -> bytes:
    """The key this bundle was sealed with: ours for its epoch, else one sealed to us.

    Two admins who each revoked a device while apart both rotate to the same epoch
    number with different keys; a held key that does not open the file is then not
    the end: the envelopes the writer sealed to us may hold its key. A key opened from
    an envelope is used for this file only (see :func:`import_bundle`).
    """
    if header.branch != replica.branch_id:
        raise WrongBranch("This bundle belongs to a different branch; nothing was imported.")
    held = replica.secret(f"branch_key.{header.epoch}")
    if held is not None and _opens_first_chunk(fh, header, held):
        return held
    fallback = held
    for envelope in header.envelopes:
        opened = open_sealed(replica.signing_key, envelope)
        if opened is None or len(opened) != 32 or opened == held:
            continue
        if _opens_first_chunk(fh, header, opened):
            return opened
        fallback = fallback or opened
    if fallback is not None:
        return fallback  # it opens nothing: pass 1 reports the file as damaged
    if replica.roster.is_revoked(replica, replica.device_pk):
        raise RevokedDevice(
            "This bundle was made after this device's access was revoked; it cannot be opened."
        )
    raise RevokedDevice(
        f"This bundle was sealed with branch key {header.epoch}, which was not given to this "
        "device: its access was probably revoked. Nothing was imported."
    )


def _messages(fh: BinaryIO, header: BundleHeader, key: bytes) -> Iterator[bytes]:
    """Decrypt and authenticate each chunk in turn; raise BundleCorrupt on any fault."""
    try:
        state = sodium.crypto_secretstream_xchacha20poly1305_state()
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, header.stream_header, key)
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        raise BundleCorrupt() from None
    ad: bytes | None = header.raw
    while True:
        prefix = fh.read(4)
        if len(prefix) != 4:
            raise BundleCorrupt("The bundle file is truncated; nothing was imported from it.")
        (length,) = struct.unpack(">I", prefix)
        if length < ABYTES or length > MAX_CHUNK:
            raise BundleCorrupt()
        cipher = _read_exact(fh, length)
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, cipher, ad)
        except (nacl.exceptions.CryptoError, ValueError, TypeError, RuntimeError):
            raise BundleCorrupt() from None
        ad = None
        yield plain
        if tag == TAG_FINAL:
            if fh.read(1):
                raise BundleCorrupt("The bundle file has data after its end.")
            return
        if tag != TAG_MESSAGE:
            raise BundleCorrupt()


def _records_in(message: bytes) -> Iterator[list]:
    pos = 0
    while pos < len(message):
        if pos + 4 > len(message):
            raise BundleCorrupt()
        (length,) = struct.unpack(">I", message[pos:pos + 4])
        pos += 4
        if pos + length > len(message):
            raise BundleCorrupt()
        try:
            record = cbor2.loads(message[pos:pos + length])
        except (cbor2.CBORDecodeError, ValueError, TypeError, EOFError):
            raise BundleCorrupt() from None
        pos += length
        if not isinstance(record, list) or not record or not isinstance(record[0], str):
            raise BundleCorrupt()
        yield record


def inspect_bundle(path: str | os.PathLike[str]) -> BundleHeader:
    with open(path, "rb") as fh:
        return read_header(fh)


def import_bundle(replica: Replica, path: str | os.PathLike[str],
                  progress: ProgressFn | None = None,
                  cancelled: Callable[[], bool] | None = None,
                  offset: int = 0) -> ImportReport:
    """Authenticate the whole bundle, then apply its change sets in atomic batches.

    ``progress`` hears :attr:`Stage.VERIFY` while the file is checked and
    :attr:`Stage.APPLY` after each applied batch, both in bytes of the file."""
    path = Path(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        raise CaucusError(f"There is no bundle file at {path}.") from None
    with fh:
        size = max(1, os.fstat(fh.fileno()).st_size - offset)
        name = path.name
        if progress:
            progress(Progress(Stage.VERIFY, 0, size, subject=name))
        fh.seek(offset)
        header = read_header(fh)
        key = _key_for(replica, header, fh)
        body_start = fh.tell()
        # Pass 1: authenticate every chunk and check the record structure (info first,
        # end last with the right count); nothing is applied yet. A bundle sealed with
        # the right key but built wrongly must not leave its first batches applied.
        for _item in _changesets(fh, header, key, ImportReport()):
            pass
        # A key opened from a header envelope is used for this file only, never kept:
        # envelopes are anonymous sealed boxes, so anyone who knows this device's public
        # key (a revoked laptop, a join-request file found on a stick) can seal a key of
        # their own to it. Keeping it would make this device export under the planter's
        # key. Branch keys are learned only from admin-signed key_envelope change sets
        # (Replica._refresh_keys), which every rotation and admission carries.
        # Pass 2: parse and apply.
        fh.seek(body_start)
        report = ImportReport()

        def applied(done: int, nbytes: int) -> None:
            if progress:
                progress(Progress(Stage.APPLY, min(nbytes, size), size, subject=name,
                                  items=done))

        replica.receive(_changesets(fh, header, key, report), progress=applied,
                        report=report, cancelled=cancelled)
        return report


def _changesets(fh: BinaryIO, header: BundleHeader, key: bytes,
                report: ImportReport) -> Iterator[tuple[bytes, bytes, bytes]]:
    seen = 0
    ended = False
    first = True
    for message in _messages(fh, header, key):
        for record in _records_in(message):
            kind = record[0]
            if first:
                if kind != "info":
                    raise BundleCorrupt()
                first = False
                continue
            if ended:
                raise BundleCorrupt()
            if kind == "cs" and len(record) == 4 and all(
                isinstance(x, bytes) for x in record[1:]
            ):
                seen += 1
                yield record[1], record[2], record[3]
            elif kind == "end":
                ended = True
                if record[1:] != [seen]:
                    raise BundleCorrupt()
            else:
                report.reject("a record", "The bundle holds a record of an unknown kind.")
    if not ended:
        raise BundleCorrupt()
