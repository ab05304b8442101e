"""The USB bundle file (ARCHITECTURE §7); the sync folder is :mod:`sync.folder`.

A bundle is one file: a header, then secretstream chunks of length-prefixed CBOR
records (:mod:`sync.bundle_format` has the bytes, docs/FORMATS.md the full layout).
The header's envelopes are the epoch's branch key sealed to each device of the roster
(anonymous sealed boxes, padded and shuffled: no device is named in the file), so a
device that has not yet learned a new epoch can still open a bundle made after a key
rotation, and a revoked device cannot. The whole header is the first message's
additional data, so changing any header byte fails authentication. The last message
carries the FINAL tag: a truncated bundle is detected. Inside: ``["info", {...}]`` (it
names the writer), ``["cs", body, sig, vals]`` for each change set (each still
individually signed), then ``["end", count, signature]``: the writer's signature over
the header and every record, checked against the roster.

**Who wrote it.** Sealed boxes are anonymous and the envelope count and branch are
visible, so anyone who has seen a device's public key (a join request on a stick) can
seal a key of their own to it and write a file it opens. So a bundle names its writer
and signs everything, and the importer refuses, before storing anything, a bundle
whose writer is not a device of the branch (:class:`~sync.errors.UnknownSender`): one
its roster knows (admitted, even if since revoked: the roster then judges each of its
change sets, as for any relay), or one admitted inside the bundle by a chain of
admissions from an admin it knows — how a device joining from a welcome file (it knows
only the founder, from the welcome's branch proof) or a laptop meeting a newly admitted
one first by stick accepts the file.

**Version 1 files** (earlier builds) carry no writer proof. They are still imported when
they open with a branch key this device already holds (so their writer held the key: a
device of the branch, present or past, whose change sets the roster and their own
signatures still judge one by one), and when joining from an old welcome file. A version
1 file that opens only with a key from its own envelopes proves nothing about who made
it — that is exactly the forgery above — and is refused.

Import makes two passes: the first authenticates every chunk, checks the record
structure, the writer and its signature without applying anything, and keeps a digest
of each chunk; only if the whole file is intact does the second pass decrypt again
(refusing any chunk that differs from the first pass), parse and hand change sets to
:meth:`Replica.receive` in atomic batches. Memory stays bounded by one chunk.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import nacl.bindings as sodium
import nacl.exceptions
import nacl.signing

from . import cbor, changes
from .bundle_format import (
    ENVELOPE_BYTES,
    MAGIC,
    MAX_ENVELOPES,
    SS_HEADER,
    BundleHeader,
    Transcript,
    decode_record,
    frame,
    make_header,
    padded,
    read_exact,
    read_header,
    stream_key,
)
from .errors import (
    QT_TRANSLATE_NOOP,
    BundleCorrupt,
    CaucusError,
    RevokedDevice,
    UnknownSender,
    WrongBranch,
)
from .keys import open_sealed, seal_to_device
from .progress import Progress, ProgressFn, Stage
from .replica import ImportReport, Replica, device_row_id
from .store.files import atomic_file
from .verifier import PARALLEL_BYTES

__all__ = [
    "ENVELOPE_BYTES", "MAGIC", "MAX_ENVELOPES", "SS_HEADER", "SUFFIX", "BundleCorrupt",
    "BundleHeader", "current_epoch", "envelopes_for", "export_bundle", "import_bundle",
    "inspect_bundle", "read_header", "write_bundle",
]

ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
CHUNK_TARGET = 64 * 1024
MAX_CHUNK = changes.MAX_BODY * 3 + 1024 * 1024
SUFFIX = ".caucusbundle"

# -- export ---------------------------------------------------------------------------
def _branch_key(replica: Replica, epoch: int) -> bytes:
    key = replica.secret(f"branch_key.{epoch}")
    if key is None:
        raise CaucusError.of(QT_TRANSLATE_NOOP(
            "errors", "This device does not hold the branch key of epoch {epoch}."), epoch=epoch)
    return key


def current_epoch(replica: Replica) -> int:
    return int(replica.meta("key_epoch") or 0)


def envelopes_for(replica: Replica, epoch: int, key: bytes) -> list[bytes]:
    """The epoch key sealed to every device of the roster that is not revoked."""
    return [seal_to_device(bytes.fromhex(d), key) for d in replica.active_devices()]


def _records(replica: Replica, epoch: int,
             since: dict[bytes, int] | None) -> Iterator[bytes]:
    info = {"format": 2, "device": replica.device_pk, "epoch": epoch,
            "created_ms": changes.hlc_millis(changes.wall_hlc()),
            "vv": replica.version_vector()}
    yield cbor.dumps(["info", info])
    for body, sig, vals in replica.export_changesets(since):
        yield cbor.dumps(["cs", body, sig, vals])


def write_bundle(replica: Replica, fh: BinaryIO, progress: ProgressFn | None = None,
                 since: dict[bytes, int] | None = None) -> int:
    """Stream the whole replicated history into ``fh``; returns change sets written.

    With ``since`` (a version vector), only what a replica that holds it lacks: the
    sync folder's deltas. ``progress`` hears :attr:`Stage.WRITE` with the change sets
    written so far."""
    epoch = current_epoch(replica)
    key = _branch_key(replica, epoch)
    envelopes = padded(envelopes_for(replica, epoch, key))
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(
        state, stream_key(2, key))
    header = make_header(replica.branch_id, envelopes, stream_header)
    fh.write(header)
    transcript = Transcript(header)
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

    for record in _records(replica, epoch, since):
        framed = frame(record)
        transcript.update(framed)
        pending.append(framed)
        size += len(framed)
        written += 1
        if size >= CHUNK_TARGET:
            flush(TAG_MESSAGE)
            if progress:
                progress(Progress(Stage.WRITE, max(0, written - 1), None, cancellable=False))
    count = written - 1
    signature = replica.signing_key.sign(transcript.message(count)).signature
    pending.append(frame(cbor.dumps(["end", count, signature])))
    flush(TAG_FINAL)
    return count


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


def _held_keys(replica: Replica, header: BundleHeader) -> list[bytes]:
    """The branch keys this device holds that may have sealed the file, newest first."""
    if header.epoch is not None:  # version 1 names its epoch
        key = replica.secret(f"branch_key.{header.epoch}")
        return [] if key is None else [key]
    epochs = sorted((int(name.split(".", 1)[1]), bytes(value)) for name, value in
                    replica.conn.execute(
                        "SELECT name, value FROM secret WHERE name LIKE 'branch_key.%'"))
    return [key for _epoch, key in reversed(epochs)]


def _key_for(replica: Replica, header: BundleHeader, fh: BinaryIO, joining: bool) -> bytes:
    """The stream key of this bundle: from a branch key we hold, else one sealed to us.

    Two admins who each revoked a device while apart both rotate to the same epoch
    number with different keys; a held key that does not open the file is then not
    the end: the envelopes the writer sealed to us may hold its key. A key opened from
    an envelope is used for this file only (see :func:`import_bundle`).
    """
    if not header.is_for(replica.branch_id):
        raise WrongBranch(QT_TRANSLATE_NOOP(
            "errors", "This bundle belongs to a different branch; nothing was imported."))
    held = _held_keys(replica, header)
    for key in held:
        candidate = stream_key(header.version, key)
        if _opens_first_chunk(fh, header, candidate):
            return candidate
    # Version 1 names its epoch: a held key of that epoch that fails means damage.
    fallback = held[0] if held and header.version == 1 else None
    for envelope in header.envelopes:
        opened = open_sealed(replica.signing_key, envelope)
        if opened is None or len(opened) != 32 or opened in held:
            continue
        candidate = stream_key(header.version, opened)
        if _opens_first_chunk(fh, header, candidate):
            if header.version == 1 and not joining:
                raise UnknownSender(
                    QT_TRANSLATE_NOOP(
                        "errors", "This bundle was made by an older version of Caucus with a "
                        "branch key "
                    "this laptop was never given, so nothing shows who made it; nothing "
                    "was imported. Import a bundle written by an up-to-date laptop instead.")
                )
            return candidate
        fallback = fallback or candidate
    if fallback is not None:
        return fallback  # it opens nothing: pass 1 reports the file as damaged
    if replica.roster.is_revoked(replica.device_pk):
        raise RevokedDevice(
            QT_TRANSLATE_NOOP(
                "errors", "This bundle was made after this device's access was revoked; it "
                "cannot be opened.")
        )
    if header.epoch is None:
        raise BundleCorrupt(
            QT_TRANSLATE_NOOP(
                "errors", "This bundle is damaged, or it was sealed with a branch key that was "
                "never "
            "given to this device (its access was probably revoked). Nothing was imported.")
        )
    raise RevokedDevice.of(
        QT_TRANSLATE_NOOP(
            "errors", "This bundle was sealed with branch key {epoch}, which was not given to "
            "this device: its access was probably revoked. Nothing was imported."),
            epoch=header.epoch
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
            raise BundleCorrupt(QT_TRANSLATE_NOOP(
                "errors", "The bundle file is truncated; nothing was imported from it."))
        (length,) = struct.unpack(">I", prefix)
        if length < ABYTES or length > MAX_CHUNK:
            raise BundleCorrupt()
        cipher = read_exact(fh, length)
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, cipher, ad)
        except (nacl.exceptions.CryptoError, ValueError, TypeError, RuntimeError):
            raise BundleCorrupt() from None
        ad = None
        yield plain
        if tag == TAG_FINAL:
            if fh.read(1):
                raise BundleCorrupt(QT_TRANSLATE_NOOP(
                    "errors", "The bundle file has data after its end."))
            return
        if tag != TAG_MESSAGE:
            raise BundleCorrupt()


def _records_in(message: bytes) -> Iterator[tuple[int, int, list]]:
    """``(start, end, record)`` of each length-prefixed record frame in a message."""
    pos = 0
    while pos < len(message):
        if pos + 4 > len(message):
            raise BundleCorrupt()
        (length,) = struct.unpack(">I", message[pos:pos + 4])
        start, pos = pos, pos + 4
        if pos + length > len(message):
            raise BundleCorrupt()
        record = decode_record(message[pos:pos + length])
        pos += length
        yield start, pos, record


def inspect_bundle(path: str | os.PathLike[str]) -> BundleHeader:
    with open(path, "rb") as fh:
        return read_header(fh)


def import_bundle(replica: Replica, path: str | os.PathLike[str],
                  progress: ProgressFn | None = None,
                  cancelled: Callable[[], bool] | None = None,
                  offset: int = 0, joining: bool = False) -> ImportReport:
    """Authenticate the whole bundle and its writer, then apply its change sets in
    atomic batches. ``joining``: the bundle of a welcome file, read by a device that has
    no branch key yet (see the module docstring for version 1 files).

    ``progress`` hears :attr:`Stage.VERIFY` while the file is checked and
    :attr:`Stage.APPLY` after each applied batch, both in bytes of the file."""
    path = Path(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        raise CaucusError.of(QT_TRANSLATE_NOOP(
            "errors", "There is no bundle file at {path}."), path=path) from None
    with fh:
        size = max(1, os.fstat(fh.fileno()).st_size - offset)
        name = path.name
        if progress:
            progress(Progress(Stage.VERIFY, 0, size, subject=name))
        fh.seek(offset)
        header = read_header(fh)
        key = _key_for(replica, header, fh, joining=joining)
        body_start = fh.tell()
        # Pass 1: authenticate every chunk, check the record structure (info first,
        # end last with the right count), the writer and its signature; nothing is
        # applied yet. A bundle sealed with the right key but built wrongly, or by a
        # writer outside the branch, must not leave its first batches applied.
        first = _Pass(replica)
        for item in _changesets(fh, header, key, ImportReport(), first):
            first.saw(*item)
        first.settle()
        # A key opened from a header envelope is used for this file only, never kept:
        # envelopes are anonymous sealed boxes, so anyone who knows this device's public
        # key (a revoked laptop, a join-request file found on a stick) can seal a key of
        # their own to it. Keeping it would make this device export under the planter's
        # key. Branch keys are learned only from admin-signed key_envelope change sets
        # (the replica's key refresh), which every rotation and admission carries.
        # Pass 2: parse and apply, refusing any chunk that is not the one pass 1 read.
        fh.seek(body_start)
        report = ImportReport()

        def applied(done: int, nbytes: int) -> None:
            if progress:
                progress(Progress(Stage.APPLY, min(nbytes, size), size, subject=name,
                                  items=done))

        replica.receive(_changesets(fh, header, key, report, first.again()),
                        progress=applied, report=report, cancelled=cancelled,
                        parallel=size >= PARALLEL_BYTES)
        return report


@dataclass
class _Pass:
    """One pass over a bundle: each chunk's digest (recorded by the first pass, compared
    by the second) and, in the first, whether the writer is a device of the branch."""

    replica: Replica | None
    digests: list[bytes] = field(default_factory=list)
    expected: list[bytes] | None = None
    writer: bytes | None = None
    #: (admitting author, admitted key, role) seen in the bundle, while the writer is
    #: not yet known to be a device of the branch; None once it is (or for version 1)
    admissions: list[tuple[bytes, bytes]] | None = None

    def again(self) -> _Pass:
        return _Pass(None, expected=self.digests)

    def chunk(self, index: int, plain: bytes) -> None:
        digest = changes.blake2b(plain)
        if self.expected is None:
            self.digests.append(digest)
        elif index >= len(self.expected) or not secrets.compare_digest(
                digest, self.expected[index]):
            raise BundleCorrupt(QT_TRANSLATE_NOOP(
                "errors", "The bundle file changed while it was being imported; "
                                "what was already applied is intact. Import it again."))

    def met(self, writer: bytes) -> None:
        """The info record named ``writer``: known to the roster, or to be vouched for."""
        if self.replica is None:
            return
        self.writer = writer
        known = (self.replica.device_role(writer.hex()) is not None
                 or self.replica.roster.is_revoked(writer))
        self.admissions = None if known else []

    def saw(self, body: bytes, sig: bytes, vals: bytes) -> None:
        """Note the admissions in a change set, while the writer still needs them."""
        if self.admissions is None or (b"\x66device" not in body):
            return
        try:
            cs = changes.verify(body, sig, vals)
        except CaucusError:
            return  # the replica rejects it with its reason in pass 2
        for index, row in enumerate(cs.rows):
            fields = cs.row_values(index) if row.table == "device" else None
            pk_hex = fields.get("pubkey") if fields else None
            if isinstance(pk_hex, str) and device_row_id(pk_hex) == row.row:
                with contextlib.suppress(ValueError):
                    self.admissions.append((cs.author, bytes.fromhex(pk_hex)))

    def settle(self) -> None:
        """After the first pass: refuse a writer that no admin of the branch admitted."""
        if self.admissions is None or self.replica is None:
            return
        replica = self.replica
        admins = {bytes.fromhex(d) for d in replica.active_devices()
                  if replica.device_role(d) == "admin"}
        founder = replica.founder()
        if founder is not None:
            admins.add(founder)
        vouched: set[bytes] = set()
        grew = True
        while grew and self.writer not in vouched:
            grew = False
            for author, pk in self.admissions:
                if author in admins and pk not in vouched:
                    vouched.add(pk)
                    admins.add(pk)  # the replica checks roles; here any admission links
                    grew = True
        if self.writer not in vouched:
            raise UnknownSender()


def _writer_of(record: list) -> bytes:
    info = record[1] if len(record) == 2 else None
    writer = info.get("device") if isinstance(info, dict) else None
    if not (isinstance(writer, bytes) and len(writer) == changes.PK_BYTES):
        raise BundleCorrupt()
    return writer


def _check_end(record: list, seen: int, writer: bytes | None,
               transcript: Transcript | None) -> None:
    if transcript is None:  # version 1: ["end", count]
        if record[1:] != [seen]:
            raise BundleCorrupt()
        return
    if not (len(record) == 3 and record[1] == seen and isinstance(record[2], bytes)
            and writer is not None):
        raise BundleCorrupt()
    try:
        nacl.signing.VerifyKey(writer).verify(transcript.message(seen), record[2])
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError,
            TypeError):
        raise BundleCorrupt(QT_TRANSLATE_NOOP(
            "errors", "The bundle's signature does not match its writer; nothing "
                            "was imported from it.")) from None


def _changesets(fh: BinaryIO, header: BundleHeader, key: bytes, report: ImportReport,
                check: _Pass) -> Iterator[tuple[bytes, bytes, bytes]]:
    seen = 0
    ended = False
    first = True
    writer: bytes | None = None
    v2 = header.version >= 2
    # Pass 2 reads chunks that pass 1 checked (same digests): no need to hash again.
    transcript = Transcript(header.raw) if v2 and check.expected is None else None
    for index, message in enumerate(_messages(fh, header, key)):
        check.chunk(index, message)
        view = memoryview(message)
        for start, end, record in _records_in(message):
            kind = record[0]
            if ended:
                raise BundleCorrupt()
            if kind == "end" and not first:
                if transcript is not None or not v2:
                    _check_end(record, seen, writer, transcript)
                ended = True
                continue
            if transcript is not None:
                transcript.update(view[start:end])
            if first:
                if kind != "info":
                    raise BundleCorrupt()
                first = False
                if v2:
                    writer = _writer_of(record)
                    check.met(writer)
                continue
            if kind == "cs" and len(record) == 4 and all(
                isinstance(x, bytes) for x in record[1:]
            ):
                seen += 1
                yield record[1], record[2], record[3]
            else:
                report.reject("a record", "The bundle holds a record of an unknown kind.")
    if not ended:
        raise BundleCorrupt()
