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

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass

import cbor2

from .. import changes
from ..changes import ERASE_FIELD, ChangeSet
from ..errors import MalformedChangeSet
from ..store import schema
from .conflicts import Conflicts, covered, may_conflict
from .erasure import Erasure
from .log import ChangeSetLog
from .search import SearchIndex, is_indexed
from .shared import Shared


@dataclass
class Stamp:
    hlc: int
    author: int
    seq: int
    cs: int

    def as_list(self) -> list[int]:
        return [self.hlc, self.author, self.seq, self.cs]


def _list_sql(value: object) -> object:
    return None if value is None else json.dumps(list(value), ensure_ascii=False)


def _json_sql(value: object) -> object:
    return None if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False)


def _bool_sql(value: object) -> object:
    return None if value is None else 1 if value else 0


def _deleted_sql(value: object) -> object:
    return 1 if value else 0


#: how a value of each kind becomes what its SQL column holds; the other kinds (text,
#: numbers, dates) are stored as they are
_CONVERTERS = {"list": _list_sql, "json": _json_sql, "bool": _bool_sql}


def to_sql(kind: str, value: object) -> object:
    """A field value as its SQL column holds it."""
    convert = _CONVERTERS.get(kind)
    return value if convert is None else convert(value)


_CUSTOM = object()  # a custom field: packed with the row's others into one column


@functools.lru_cache(maxsize=1024)  # asked for every field of every new row
def _converter(table: str, name: str) -> Callable[[object], object] | object | None:
    """How a new row's field becomes its SQL value: a converter, None (stored as it is)
    or :data:`_CUSTOM`; a field the table lacks is a :class:`MalformedChangeSet`."""
    kinds = schema.TABLES[table]
    if name in kinds:
        return _CONVERTERS.get(kinds[name])
    if name == "deleted":
        return _deleted_sql
    if table == "member" and name.startswith("custom."):
        return _CUSTOM
    raise MalformedChangeSet(f"A change set names an unknown field {table}.{name}.")


def column_shape(table: str, fields: tuple[str, ...]) -> tuple | None:
    """For a new row naming ``fields``: its column names and, field by field, the
    converter to its SQL value (None: stored as it is), as :func:`sql_columns` converts
    them; None when custom fields must be packed into one column (then use that)."""
    converters = tuple(_converter(table, name) for name in fields)
    return None if _CUSTOM in converters else (fields, converters)


def new_row_shape(table: str, fields: tuple[str, ...]) -> tuple | None:
    """:func:`column_shape` with where ``deleted`` and ``text`` are among ``fields`` (or
    None); None as well when a field is named twice (its last value counts, as in the
    row's ``{field: value}``)."""
    shape = column_shape(table, fields)
    if shape is None or len(set(fields)) != len(fields):
        return None
    return (*shape, *(fields.index(n) if n in fields else None for n in ("deleted", "text")))


def sql_columns(table: str, values: dict[str, object]) -> dict[str, object]:
    """A new row's SQL columns from its fields' values, custom fields packed into one."""
    cols: dict[str, object] = {}
    custom: dict[str, object] = {}
    for name, value in values.items():
        convert = _converter(table, name)
        if convert is _CUSTOM:
            if value is not None and value != "":
                custom[name[7:]] = value
        else:
            cols[name] = value if convert is None else convert(value)  # type: ignore[operator]
    if custom:
        cols["custom"] = json.dumps(custom, sort_keys=True, ensure_ascii=False)
    return cols


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
        new_rows: list[tuple[str, str, tuple[str, ...], list]] = []
        for index, row in enumerate(cs.rows):
            entry = cs.values[index]
            if not entry:  # redacted (None) or withheld (False)
                if entry is None:
                    # Only an erasure redacts values: whoever sent this had erased the row.
                    erasure.erase(row.table, row.row, cs_no)
                continue
            if erasure.is_erased(row.table, row.row):
                continue
            if ERASE_FIELD in row.fields:
                erasure.erase(row.table, row.row, cs_no)
                continue
            if (row.table, row.row) in fresh:
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
        state as :meth:`apply_row`; bulk imports are mostly such rows.
        """
        by_table: dict[str, list[str]] = {}
        counts: dict[tuple[str, str], int] = {}
        for row in cs.rows:
            counts[(row.table, row.row)] = counts.get((row.table, row.row), 0) + 1
            by_table.setdefault(row.table, []).append(row.row)
        fresh = {key for key, n in counts.items() if n == 1 and key[0] in schema.TABLES}
        conn = self.shared.conn
        for table, rows in by_table.items():
            if table not in schema.TABLES:
                continue
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
        as a change set names them), in one ``executemany`` per table and columns; every
        field of such a row has the one stamp."""
        conn = self.shared.conn
        code = self.shared.field_code
        grouped: dict[tuple[str, tuple[str, ...]], list[tuple]] = {}
        member_fts = []
        note_fts = []
        next_rid: dict[str, int] = {}
        clocks: dict[tuple, bytes] = {}  # by the row's fields (and deleted flag)
        shapes: dict[tuple[str, tuple[str, ...]], tuple | None] = {}
        for table, row, fields, vals in rows:
            shape = shapes.get((table, fields), False)
            if shape is False:
                shape = shapes[(table, fields)] = new_row_shape(table, fields)
            if shape is None:  # custom fields packed into one column, or a name twice
                values = dict(zip(fields, vals, strict=True))
                cols = sql_columns(table, values)
                names, out = tuple(cols), list(cols.values())
                fields = tuple(values)
                deleted, text = values.get("deleted"), values.get("text")
            else:
                names, converters, deleted_at, text_at = shape
                out = [v if c is None else c(v) for c, v in zip(converters, vals, strict=True)]
                deleted = None if deleted_at is None else vals[deleted_at]
                text = None if text_at is None else vals[text_at]
            key = (fields, None if deleted is None else bool(deleted))
            clock = clocks.get(key)
            if clock is None:
                entries = [[code(n), bool(deleted)] if n == "deleted" else code(n)
                           for n in fields]
                clock = clocks[key] = cbor2.dumps([[stamp.cs, *entries]])
            if table not in next_rid:
                next_rid[table] = conn.execute(
                    f"SELECT coalesce(max(rid), 0) + 1 FROM {table}"
                ).fetchone()[0]
            rid = next_rid[table]
            next_rid[table] += 1
            grouped.setdefault((table, names), []).append((rid, row, *out, clock))
            if table == "member":
                member_fts.append((rid, dict(zip(names, out, strict=True))))
            elif table == "note" and text:
                note_fts.append((rid, text))
        for (table, names), params in grouped.items():
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
            cols["custom"] = json.dumps(merged, sort_keys=True, ensure_ascii=False) if merged \
                else None
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
