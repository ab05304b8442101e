"""Field state: applying a change set's ops to the replicated tables by field LWW.

State kept per replicated row (its ``clock`` column, stored as
:mod:`sync.store.clocks` says) is, for each field, the set of its causally maximal op
stamps ``[hlc, author_no, seq, cs_no]`` (for ``deleted`` the value is appended).
Given causal delivery an incoming op is never dominated by one already applied, so the
new set is "the old stamps the incoming change set has not seen, plus the incoming
one": independent of arrival order. The field's value is that of the
greatest stamp by ``(hlc, author public key)`` (LWW). More than one stamp means two
writes neither saw: a conflict, listed until a write that has seen both supersedes them,
unless they wrote the same value (the state is the same whichever wins). To tell, each
stamp of a field with more than one carries a fifth element naming its value: a short
digest of the value as the row holds it (:func:`value_tag`); for ``deleted`` the bool.
"""

from __future__ import annotations

import collections
import json
import operator
from dataclasses import dataclass

import cbor2

from .. import changes
from ..changes import ERASE_FIELD, ChangeSet
from ..errors import MalformedChangeSet
from ..store import schema
from .columns import COLUMNS, RowLayout, columns_of, packed_custom, row_layout, to_sql
from .conflicts import Conflicts, covered, may_conflict
from .erasure import Erasure
from .log import ChangeSetLog
from .search import SEARCHED_FIELDS, SearchIndex, is_indexed
from .shared import Shared


@dataclass
class Stamp:
    hlc: int
    author: int
    seq: int
    cs: int

    def as_list(self) -> list[int]:
        return [self.hlc, self.author, self.seq, self.cs]


def value_tag(table: str, name: str, value: object) -> str:
    """A short digest of a field value as its row holds it: equal tags, equal state.

    Custom fields drop an empty value (``None`` and ``""`` alike), so those agree too.
    A value that cannot be converted is tagged as itself (it then equals only itself).
    """
    try:
        if name.startswith("custom."):
            held = None if value is None or value == "" else value
        else:
            held = to_sql(schema.field_kind(table, name), value)
        data = cbor2.dumps(held, canonical=True)
    except (TypeError, ValueError, KeyError, cbor2.CBOREncodeError):
        data = repr(value).encode()
    return changes.blake2b(data, size=8).hex()


#: how to take a member's searched columns from the columns of a new row
#: (:data:`.columns.COLUMNS`)
_SEARCHED_AT = operator.itemgetter(*(COLUMNS["member"].index(n) for n in SEARCHED_FIELDS))


class FieldState:
    """Writes the ops of applied change sets into the tables, clocks and index."""

    def __init__(self, shared: Shared, log: ChangeSetLog, erasure: Erasure,
                 search: SearchIndex, conflicts: Conflicts) -> None:
        self.shared = shared
        self.log = log
        self.erasure = erasure
        self.search = search
        self.conflicts = conflicts

    def apply(self, cs: ChangeSet, cs_no: int,
              fresh: set[tuple[str, str]] | None = None) -> None:
        """Apply a stored, verified, causally ready and permitted change set's ops."""
        shared = self.shared
        author = shared.author_no(cs.author)
        deps = shared.deps_by_no(cs.deps)
        stamp = Stamp(cs.hlc, author, cs.seq, cs_no)
        shared.stamps[cs_no] = (cs.hlc, author, cs.seq)
        if fresh is None:
            fresh = self.fresh_rows(cs)
        erasure = self.erasure
        erased = erasure.erased()  # the set itself: an erasure below adds to it
        new_rows: list[tuple[str, str, tuple[str, ...], list]] = []
        for index, (row, entry) in enumerate(zip(cs.rows, cs.values, strict=True)):
            if not entry:  # redacted (None) or withheld (False)
                if entry is None:
                    # Only an erasure redacts values: whoever sent this had erased the row.
                    erasure.erase(row.table, row.row, cs_no)
                continue
            key = (row.table, row.row)
            if erased and key in erased:
                continue
            if ERASE_FIELD in row.fields:
                erasure.erase(row.table, row.row, cs_no)
                continue
            if key in fresh:
                new_rows.append((row.table, row.row, row.fields, entry[1]))
            else:
                self.apply_row(row.table, row.row, cs.row_values(index), stamp, deps)
        if new_rows:
            self.insert_new_rows(new_rows, stamp)
        last = int(shared.meta("hlc") or 0)
        if cs.hlc > last:
            shared.set_meta("hlc", str(cs.hlc))

    def fresh_rows(self, cs: ChangeSet) -> set[tuple[str, str]]:
        """Rows this change set creates: not in their table yet, named once, no erased
        member link.

        They take a batched path (explicit rowids, executemany) that gives the same
        state as :meth:`apply_row`; bulk imports are mostly such rows. Only the ids not
        above the greatest of their table are looked up: ids are made in time order
        (:func:`sync.changes.new_id`), so a change set's new rows are mostly past it.
        """
        keys = [(row.table, row.row) for row in cs.rows]
        fresh = set(keys)
        if len(fresh) < len(keys):  # a row named twice: not fresh
            fresh -= {key for key, n in collections.Counter(keys).items() if n > 1}
        by_table: dict[str, list[str]] = {}
        for table, row in fresh:
            by_table.setdefault(table, []).append(row)
        conn = self.shared.conn
        for table, rows in by_table.items():
            if table not in schema.TABLES:
                fresh.difference_update((table, row) for row in rows)
                continue
            # text compares alike here and in SQL (UTF-8 keeps the order of code points)
            (top,) = conn.execute(f"SELECT max(id) FROM {table}").fetchone()
            if top is None:
                continue
            rows = [row for row in rows if row <= top]
            for start in range(0, len(rows), 500):
                chunk = rows[start:start + 500]
                marks = ", ".join("?" * len(chunk))
                for (existing,) in conn.execute(
                    f"SELECT id FROM {table} WHERE id IN ({marks})", chunk,
                ):
                    fresh.discard((table, existing))
        if self.erasure.any_member():
            for index, row in enumerate(cs.rows):
                vals = cs.row_values(index) or {}
                member = vals.get("member_id")
                if row.table in schema.MEMBER_LINKED and isinstance(member, str) and \
                        self.erasure.is_erased("member", member):
                    fresh.discard((row.table, row.row))
        return fresh

    def insert_new_rows(self, rows: list[tuple[str, str, tuple[str, ...], list]],
                        stamp: Stamp) -> None:
        """Insert rows that are not in their table yet (``(table, id, fields, values)``,
        as a change set names them), every column of each (:mod:`.columns`), in one
        ``executemany`` per table; every field of such a row has the one stamp."""
        conn = self.shared.conn
        code = self.shared.field_code
        by_table: dict[str, list[tuple]] = {}
        member_fts = []
        note_fts = []
        next_rid: dict[str, int] = {}
        searched = _SEARCHED_AT
        # the rows of a change set share a few tuples of fields, one per field list:
        # what follows from one (the rows' layout, their clock by the deleted flag) is
        # kept by the tuple's identity, not found by hashing a dozen names a row (the
        # entry holds the tuple: no other takes its id meanwhile)
        shapes: dict[int, tuple[str, tuple[str, ...], RowLayout | None, dict]] = {}
        for table, row, fields, vals in rows:
            shape = shapes.get(id(fields))
            if shape is None or shape[0] != table:
                shape = shapes[id(fields)] = (table, fields, row_layout(table, fields), {})
            layout, clocks = shape[2], shape[3]
            if layout is None:  # a field named twice: its last value counts
                values = dict(zip(fields, vals, strict=True))
                out = columns_of(table, values)
                named = tuple(values)
                deleted, text = values.get("deleted"), values.get("text")
            else:
                out = layout.columns(vals)
                named = fields
                deleted = None if layout.deleted_at is None else vals[layout.deleted_at]
                text = None if layout.text_at is None else vals[layout.text_at]
            flag = None if deleted is None else bool(deleted)
            clock = clocks.get(flag)
            if clock is None:
                entries = [[code(n), bool(deleted)] if n == "deleted" else code(n)
                           for n in named]
                clock = clocks[flag] = cbor2.dumps([[stamp.cs, *entries]])
            params = by_table.get(table)
            if params is None:
                params = by_table[table] = []
                next_rid[table] = conn.execute(
                    f"SELECT coalesce(max(rid), 0) + 1 FROM {table}"
                ).fetchone()[0]
            rid = next_rid[table] + len(params)
            params.append((rid, row, *out, clock))
            if table == "member":
                member_fts.append((rid, dict(zip(SEARCHED_FIELDS, searched(out), strict=True))))
            elif table == "note" and text:
                note_fts.append((rid, text))
        for table, params in by_table.items():
            names = COLUMNS[table]
            conn.executemany(
                f"INSERT INTO {table}(rid, id{''.join(', ' + n for n in names)}, clock) "
                f"VALUES (?, ?{', ?' * len(names)}, ?)", params,
            )
        self.search.add_new(member_fts, note_fts)

    def apply_row(self, table: str, row: str, values: dict[str, object], stamp: Stamp,
                  deps: dict[int, int]) -> None:
        """Merge one row's ops into its clock; write the fields they win."""
        if table not in schema.TABLES:
            raise MalformedChangeSet(f"A change set names an unknown table {table!r}.")
        shared = self.shared
        found = shared.conn.execute(
            f"SELECT rid, clock FROM {table} WHERE id = ?", (row,)
        ).fetchone()
        clock = shared.decode_clock(found[1]) if found else {}
        disputed_before = may_conflict(clock)
        mine = stamp.as_list()
        rank = shared.rank
        winners: dict[str, object] = {}
        for name, value in values.items():
            try:
                schema.field_kind(table, name)
            except KeyError:
                raise MalformedChangeSet(
                    f"A change set names an unknown field {table}.{name}."
                ) from None
            entry = mine + [bool(value)] if name == "deleted" else list(mine)
            sibs = [s for s in clock.get(name, [])
                    if not covered(s, stamp.author, stamp.seq, deps)]
            if sibs and name != "deleted":
                entry.append(value_tag(table, name, value))
            sibs.append(entry)
            clock[name] = sibs
            if len(sibs) == 1 or max(sibs, key=rank) is entry:
                winners[name] = value
        disputed = may_conflict(clock)
        if disputed:
            self.tag_values(table, row, clock)
        self.write_state(table, row, winners, shared.encode_clock(clock),
                         None if found is None else found[0])
        if disputed_before or disputed:
            self.conflicts.update(table, row, clock)
        if self.erasure.erases_linked(table, row):
            self.erasure.erase(table, row, stamp.cs)

    def tag_values(self, table: str, row: str, clock: dict[str, list[list]]) -> None:
        """Give every stamp of a field with more than one its value tag.

        A stamp that was alone has none yet: its value is read from its change set
        (the stored values are those of the op, so every replica tags it alike)."""
        for name, sibs in clock.items():
            if len(sibs) < 2 or name == "deleted":
                continue
            for s in sibs:
                if len(s) < 5:
                    s.append(value_tag(table, name, self.log.value_of(s[3], table, row, name)))

    def write_state(self, table: str, row: str, winners: dict[str, object], clock: bytes,
                    rid: int | None) -> None:
        """Write the fields a row's ops won and its clock (and its full-text entry if
        they touch it); ``rid`` is None for a row not in its table yet."""
        conn = self.shared.conn
        created = rid is None
        plain = {k: v for k, v in winners.items() if not k.startswith("custom.")}
        custom = {k[7:]: v for k, v in winners.items() if k.startswith("custom.")}
        cols = {k: to_sql(schema.field_kind(table, k), v) for k, v in plain.items()}
        if custom:
            current = None if created else conn.execute(
                "SELECT custom FROM member WHERE rid = ?", (rid,)
            ).fetchone()
            merged = json.loads(current[0]) if current and current[0] else {}
            for k, v in custom.items():
                if v is None or v == "":
                    merged.pop(k, None)
                else:
                    merged[k] = v
            cols["custom"] = packed_custom(merged) if merged else None
        names = [*cols, "clock"]
        values = (*cols.values(), clock)
        indexed = is_indexed(table, winners, created)
        if created:
            rid = conn.execute(
                f"INSERT INTO {table}(id{''.join(', ' + n for n in names)}) "
                f"VALUES (?{', ?' * len(names)})", (row, *values),
            ).lastrowid
        else:
            conn.execute(
                f"UPDATE {table} SET {', '.join(n + ' = ?' for n in names)} "
                "WHERE rid = ?", (*values, rid),
            )
        if indexed and table == "member":
            self.search.member(rid, created, cols if created else None)
        elif indexed:
            self.search.note(rid, created, cols.get("text") if created else None)
