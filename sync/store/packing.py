"""Stored change-set bytes, deflated at rest.

A change set is kept as the exact bytes its author signed (``body``, ``vals``; the
signature ``sig`` as it came). In the vault those two byte strings are stored deflated
(zlib, RFC 1950) when that makes them smaller, and inflated back to the very same bytes
whenever they are read: verifying, sending, redacting and reading values all work on
the signed bytes, never on a re-encoding. Field names repeat in every row of a body and
salts and digests aside a change set is mostly text, so the stored change sets of a
branch take about a third of their size (116 MB → 33 MB at 50,000 members).

A stored blob is deflated exactly when its first byte is ``0x78`` (zlib's header for
its 32 KiB window): a body starts with ``CCS``, a ``vals`` with a CBOR array head
(``0x80``–``0x9b``), so the two never mix up, and vaults written before keep their
blobs as they were.
"""

from __future__ import annotations

import zlib

from ..errors import QT_TRANSLATE_NOOP, VaultCorrupt

DEFLATED = 0x78
MIN_BYTES = 128  # smaller strings are stored as they are (a few bytes would be saved)
#: the largest inflated size accepted (three times a change set's largest body)
MAX_BYTES = 3 * 64 * 1024 * 1024 + 1024 * 1024


def pack(data: bytes) -> bytes:
    """``data`` as the vault stores it: deflated if that is smaller."""
    if len(data) < MIN_BYTES:
        return data
    packed = zlib.compress(data, 1)
    return packed if len(packed) < len(data) else data


def unpack(blob: bytes | memoryview) -> bytes:
    """The bytes :func:`pack` was given. :class:`VaultCorrupt` if they cannot be had."""
    blob = bytes(blob)
    if not blob or blob[0] != DEFLATED:
        return blob
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(blob, MAX_BYTES)
    except zlib.error:
        raise VaultCorrupt(QT_TRANSLATE_NOOP(
            "errors", "A stored change set is damaged; restore a backup.")) from None
    if inflater.unconsumed_tail or not inflater.eof or inflater.unused_data:
        raise VaultCorrupt(QT_TRANSLATE_NOOP(
            "errors", "A stored change set is damaged; restore a backup."))
    return data
