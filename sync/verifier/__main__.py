"""The verifying child process (see :mod:`sync.verifier`)."""

from __future__ import annotations

import sys

from .. import changes
from ..helper import serve
from ..replica.search import phone_digits
from ..store.packing import pack


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


def answer(message: list) -> list:
    """A verified change set's stored bytes, phone forms, hash and outline; raises if it
    does not verify (the parent then verifies it and says why)."""
    body, sig, vals = message
    cs = changes.verify(body, sig, vals)
    return [pack(body), pack(vals), phones_of(cs), cs.hash, changes.outline(cs)]


if __name__ == "__main__":
    sys.exit(serve(answer))
