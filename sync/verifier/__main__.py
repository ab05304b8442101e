"""The verifying child process (see :mod:`sync.verifier`): frames in on stdin, one
verdict per frame out on stdout, until the end of its input."""

from __future__ import annotations

import struct
import sys

import cbor2

from .. import changes
from ..replica.search import phone_digits
from ..store.packing import pack
from . import LENGTH, LENGTHS, NOT_VERIFIED, VERIFIED, read_exactly


def phones_of(cs: changes.ChangeSet) -> list[list[str]]:
    """``[phone, its full-text digits]`` for every phone number of a member row."""
    out = []
    for index, row in enumerate(cs.rows):
        if row.table != "member" or "phones" not in row.fields:
            continue
        phones = (cs.row_values(index) or {}).get("phones")
        if isinstance(phones, list):
            out.extend([p, phone_digits(p)] for p in phones if isinstance(p, str))
    return out


def verdict(body: bytes, sig: bytes, vals: bytes) -> bytes:
    try:
        cs = changes.verify(body, sig, vals)
    except Exception:  # noqa: BLE001 - the parent verifies it itself and says why
        return bytes([NOT_VERIFIED])
    answer = cbor2.dumps([pack(body), pack(vals), phones_of(cs)])
    return bytes([VERIFIED]) + LENGTH.pack(len(answer)) + answer


def main() -> int:
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while True:
        head = source.read(LENGTHS.size)
        if not head:
            return 0
        try:
            sizes = LENGTHS.unpack(head)
            body, sig, vals = (read_exactly(source, n) for n in sizes)
        except (EOFError, struct.error):
            return 1
        sink.write(verdict(body, sig, vals))
        sink.flush()


if __name__ == "__main__":
    sys.exit(main())
