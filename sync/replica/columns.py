"""A field value as its SQL column holds it, and a new row's values as the columns of
its table.

Most kinds (text, numbers, dates) are stored as they are; lists and JSON values as
JSON text, booleans as 0 and 1. A member's custom fields (``custom.<name>``) are packed
together into its one ``custom`` column, empty values left out; a new row that names
any of them takes its ``custom`` column from them alone (NULL if all are empty), as a
row written field by field does (:meth:`sync.replica.state.FieldState.write_state`).

A row a change set creates is written with every column of its table
(:data:`COLUMNS`): the fields it names, converted, and for the others what their
column would hold had they been left out (NULL, and 0 for ``deleted``). So the new
rows of a change set go to their table in one statement, however their fields vary
from row to row, and each row is laid out by a plan worked out once for its fields
(:func:`row_layout`).
"""

from __future__ import annotations

import functools
import json
import operator
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import MalformedChangeSet
from ..store import schema

Converter = Callable[[object], object]


#: ``json.dumps(value, ensure_ascii=False)``, and with ``sort_keys=True``: an encoder made
#: once, not at each of the hundreds of thousands of values of a join
_as_json = json.JSONEncoder(ensure_ascii=False).encode
_as_sorted_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def list_sql(value: object) -> object:
    return None if value is None else _as_json(list(value))


def json_sql(value: object) -> object:
    return None if value is None else _as_sorted_json(value)


def bool_sql(value: object) -> object:
    return None if value is None else 1 if value else 0


def deleted_sql(value: object) -> object:
    return 1 if value else 0


#: how a value of each kind becomes what its SQL column holds; the other kinds (text,
#: numbers, dates) are stored as they are
CONVERTERS: dict[str, Converter] = {"list": list_sql, "json": json_sql, "bool": bool_sql}


def to_sql(kind: str, value: object) -> object:
    """A field value as its SQL column holds it."""
    convert = CONVERTERS.get(kind)
    return value if convert is None else convert(value)


#: a custom field: packed with the row's others into one column
CUSTOM = object()


@functools.lru_cache(maxsize=1024)  # asked for every field of every new row
def converter(table: str, name: str) -> Converter | object | None:
    """How a new row's field becomes its SQL value: a converter, None (stored as it is)
    or :data:`CUSTOM`; a field the table lacks is a :class:`MalformedChangeSet`."""
    kinds = schema.TABLES[table]
    if name in kinds:
        return CONVERTERS.get(kinds[name])
    if name == "deleted":
        return deleted_sql
    if table == "member" and name.startswith("custom."):
        return CUSTOM
    raise MalformedChangeSet(f"A change set names an unknown field {table}.{name}.")


def packed_custom(custom: dict[str, object]) -> str:
    """The ``custom`` column of a member's non-empty custom fields (names without
    their ``custom.`` prefix)."""
    return _as_sorted_json(custom)


def sql_columns(table: str, values: dict[str, object]) -> dict[str, object]:
    """A new row's SQL columns from its fields' values, custom fields packed into one."""
    cols: dict[str, object] = {}
    custom: dict[str, object] | None = None
    for name, value in values.items():
        convert = converter(table, name)
        if convert is CUSTOM:
            custom = {} if custom is None else custom
            if value is not None and value != "":
                custom[name[7:]] = value
        else:
            cols[name] = value if convert is None else convert(value)  # type: ignore[operator]
    if custom is not None:
        cols["custom"] = packed_custom(custom) if custom else None
    return cols


#: the columns a new row is written with, in order: its table's fields, then ``deleted``
COLUMNS = {table: (*fields, "deleted") for table, fields in schema.TABLES.items()}


def left_out(column: str) -> object:
    """What a column holds when a new row does not name it."""
    return 0 if column == "deleted" else None


#: appended to a row's values: the value of a column it leaves out (``left_out``)
_LEFT_OUT = [None, 0]


@dataclass(frozen=True)
class RowLayout:
    """How a new row naming a given tuple of fields becomes the :data:`COLUMNS` of its
    table (see :func:`row_layout`)."""

    #: the row's values (with ``[None, 0]`` appended) → one per column, unconverted
    pick: Callable[[list], tuple]
    #: ``(column position, converter)`` of each named column that is converted
    converts: tuple[tuple[int, Converter], ...]
    #: ``(value index, name)`` of each custom field, and the ``custom`` column's position
    custom: tuple[tuple[int, str], ...]
    custom_at: int | None
    #: where ``deleted`` and ``text`` are among the row's values (None: not named)
    deleted_at: int | None
    text_at: int | None

    def columns(self, values: list) -> list:
        """The row's SQL value for each of its table's :data:`COLUMNS`."""
        out = list(self.pick(values + _LEFT_OUT))
        for at, convert in self.converts:
            out[at] = convert(out[at])
        if self.custom:
            custom = {name: values[i] for i, name in self.custom
                      if values[i] is not None and values[i] != ""}
            out[self.custom_at] = packed_custom(custom) if custom else None
        return out


@functools.lru_cache(maxsize=4096)
def row_layout(table: str, fields: tuple[str, ...]) -> RowLayout | None:
    """The layout of a new row of ``table`` naming ``fields``; None when a field is
    named twice (its last value counts, as in the row's ``{field: value}``: take
    :func:`columns_of` that). :class:`MalformedChangeSet` for a field the table
    lacks."""
    if len(set(fields)) != len(fields):
        return None
    converters = [converter(table, name) for name in fields]
    columns = COLUMNS[table]
    at = {name: i for i, (name, c) in enumerate(zip(fields, converters, strict=True))
          if c is not CUSTOM}
    absent = len(fields)  # the index of _LEFT_OUT's None; + 1: its 0
    pick = [at.get(c, absent + _LEFT_OUT.index(left_out(c))) for c in columns]
    converts = tuple((pos, converters[at[c]]) for pos, c in enumerate(columns)
                     if c in at and converters[at[c]] is not None)
    custom = tuple((i, name[7:]) for i, (name, c) in enumerate(zip(fields, converters,
                                                                   strict=True))
                   if c is CUSTOM)
    return RowLayout(operator.itemgetter(*pick), converts,  # type: ignore[arg-type]
                     custom, columns.index("custom") if custom else None,
                     at.get("deleted"), at.get("text"))


def columns_of(table: str, values: dict[str, object]) -> list:
    """A new row's SQL value for each of its table's :data:`COLUMNS`, from its
    ``{field: value}``."""
    cols = sql_columns(table, values)
    return [cols.get(c, left_out(c)) for c in COLUMNS[table]]
