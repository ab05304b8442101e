"""How a replicated row's field clock is stored (schema 7), and the move from schemas 1–6.

A row's clock holds, for each field ever written, the stamps of the writes no later
write has seen (:mod:`sync.replica.state` has the rules). A stamp is
``[hlc, author, seq, cs]`` plus, for ``deleted`` and for a field with more than one
stamp, a fifth element (the deleted flag; a tag of the value). Everything but ``cs`` and
that fifth element belongs to the change set ``cs`` itself, so the vault stores only
those: in the row's own ``clock`` column, as CBOR, the stamps grouped by change set::

    [[cs, entry, entry, …], [cs, entry, …], …]

where an entry is a field's local number (table ``field_code``: a number per field name,
given on first sight, so it never depends on the order of the schema) or ``[number,
fifth element]``. A row written by one change set (most of a branch: the import or the
demo wrote it) stores one group of small integers: about 30 bytes where schema 6 kept
some 1,100 bytes of JSON for a member, in a table of its own keyed by the row's id.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Container

import cbor2

Clock = dict[str, list[list]]
FIELD_CODES = "CREATE TABLE IF NOT EXISTS field_code (no INTEGER PRIMARY KEY, " \
              "name TEXT NOT NULL UNIQUE)"


def encode(clock: Clock, code_of: Callable[[str], int]) -> bytes:
    """The stored form of a clock (its stamps' ``cs`` and fifth elements)."""
    groups: dict[int, list] = {}
    for name, sibs in clock.items():
        code = code_of(name)
        for s in sibs:
            entries = groups.get(s[3])
            if entries is None:
                entries = groups[s[3]] = [s[3]]
            entries.append(code if len(s) == 4 else [code, s[4]])
    return cbor2.dumps(list(groups.values()))


def decode(data: bytes | None, name_of: Callable[[int], str],
           stamp_of: Callable[[int], tuple[int, int, int]]) -> Clock:
    """The clock of a stored form: ``stamp_of(cs)`` gives ``(hlc, author, seq)``."""
    clock: Clock = {}
    if not data:
        return clock
    for group in cbor2.loads(data):
        cs = group[0]
        hlc, author, seq = stamp_of(cs)
        for entry in group[1:]:
            if type(entry) is int:
                clock.setdefault(name_of(entry), []).append([hlc, author, seq, cs])
            else:
                clock.setdefault(name_of(entry[0]), []).append(
                    [hlc, author, seq, cs, entry[1]])
    return clock


def migrate(conn, tables: list[str]) -> int:
    """Move every clock of the ``clock`` table of schemas 1–6 (JSON, full stamps) into
    its row's ``clock`` column, then drop that table; the number of clocks moved. Part
    of the schema upgrade's transaction (the caller's)."""
    conn.execute(FIELD_CODES)
    codes = {name: no for no, name in conn.execute("SELECT no, name FROM field_code")}

    def code_of(name: str) -> int:
        no = codes.get(name)
        if no is None:
            no = codes[name] = int(conn.execute(
                "INSERT INTO field_code(name) VALUES (?)", (name,)).lastrowid)
        return no

    if not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'clock'").fetchone():
        return 0
    moved = 0
    for table in tables:
        batch: list[tuple[bytes, str]] = []
        for row, data in conn.execute("SELECT row, data FROM clock WHERE tbl = ?", (table,)):
            batch.append((encode(json.loads(data), code_of), row))
            if len(batch) >= 2000:
                conn.executemany(f"UPDATE {table} SET clock = ? WHERE id = ?", batch)  # noqa: S608
                moved += len(batch)
                batch = []
        conn.executemany(f"UPDATE {table} SET clock = ? WHERE id = ?", batch)  # noqa: S608
        moved += len(batch)
    conn.execute("DROP TABLE clock")
    return moved


def written_by(data: bytes | None, changesets: Container[int]) -> set[int]:
    """The local numbers of the fields whose stamps in the stored clock ``data`` belong
    to one of ``changesets`` (by local number)."""
    codes: set[int] = set()
    if not data:
        return codes
    for group in cbor2.loads(data):
        if group[0] in changesets:
            codes.update(e if type(e) is int else e[0] for e in group[1:])
    return codes
