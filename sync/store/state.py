"""The state hash: one digest of a vault's replicated data, equal on replicas that hold
the same data (``caucus state-hash``; the convergence tests).

Each table's rows are hashed in id order as the CBOR list ``[id, field…, deleted]`` of
the fields the first schema had. A field added later (:data:`LATER_FIELDS`) is appended
as ``[name, value]`` only where it holds a value, and a table added later
(:data:`LATER_TABLES`) only counts once it has rows, so data written before a schema
change hashes as it always did (the golden vaults in ``tests/golden`` pin it), and
replicas of different builds that hold the same data agree.
"""

from __future__ import annotations

import hashlib

import cbor2

from . import schema

#: fields added to a table after the first schema, per table, in the order they came
LATER_FIELDS: dict[str, tuple[str, ...]] = {
    "branch": ("country", "currency", "point_ratio"),
    "device": ("syncthing_id", "syncthing_addresses"),
    "member": ("unit_id", "point_person_id"),
    "workplace": ("headcount", "counted_on"),
}
#: tables added after the first schema
LATER_TABLES: tuple[str, ...] = ("unit", "action", "response", "relation")


class _Hasher:
    def __init__(self) -> None:
        self._h = hashlib.blake2b(digest_size=32, person=b"caucus-state-v1")

    def update(self, data: bytes) -> None:
        self._h.update(len(data).to_bytes(8, "big") + data)

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def state_hash(conn) -> str:
    """The digest of the replicated state held in ``conn``."""
    h = _Hasher()
    for table, fields in schema.TABLES.items():
        later = LATER_FIELDS.get(table, ())
        base = [name for name in fields if name not in later]
        cols = ["id", *base, "deleted", *later]
        rows = conn.execute(
            f"SELECT {', '.join(cols)} FROM {table} ORDER BY id"  # noqa: S608
        ).fetchall()
        if table in LATER_TABLES and not rows:
            continue
        h.update(table.encode())
        cut = len(base) + 2
        for row in rows:
            values = list(row[:cut])
            values += [[name, value] for name, value in zip(later, row[cut:], strict=True)
                       if value is not None]
            h.update(cbor2.dumps(values, canonical=True))
    h.update(b"erased")
    for row in conn.execute("SELECT tbl, row FROM erased ORDER BY tbl, row"):
        h.update(cbor2.dumps(list(row)))
    return h.hexdigest()
