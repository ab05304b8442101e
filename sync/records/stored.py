"""What a batch remembers of the vault's rows between its writes (:class:`StoredRows`)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

#: Ids known to exist, remembered so a run of notes about one member asks the vault once.
KNOWN_IDS = 4096
#: Rows whose stored fields are remembered (an import asks of each unit, row after row).
STORED_ROWS = 20_000
#: Ids per ``IN (…)`` when rows are read again after a commit.
READ_CHUNK = 500

Key = tuple[str, str]  # (table, row id)


class StoredRows:
    """Rows of the vault a batch has asked about: which exist (the last
    :data:`KNOWN_IDS`), and each row's fields by the names asked for (the last
    :data:`STORED_ROWS` rows), read once.

    What is remembered is the vault's state, never the batch's pending writes: when a
    change set commits, :meth:`committed` reads the rows it wrote again (one query per
    table and set of names), so a unit created in one change set is not asked about
    row after row in the next ones."""

    def __init__(self, branch: Any) -> None:
        self.branch = branch  # read through ``branch.conn`` (the vault's, while open)
        self.known: OrderedDict[Key, None] = OrderedDict()
        # (table, row) → names → the row's fields and ``deleted`` (None: no such row)
        self.rows: OrderedDict[Key, dict[tuple[str, ...], dict[str, Any] | None]] = \
            OrderedDict()
        self.minted: set[Key] = set()  # rows of the pending change set with new ids

    def mint(self, table: str, row_id: str) -> None:
        """A row the pending change set creates with an id just made for it: not in the
        vault until that commits, so :meth:`fields` answers None without asking."""
        self.minted.add((table, row_id))

    def exists(self, table: str, row_id: str) -> bool:
        """Is there such a row in the vault?"""
        key = (table, row_id)
        if key in self.known:
            return True
        fields = self.rows.get(key)
        if fields and any(v is not None for v in fields.values()):
            return True
        found = self.branch.conn.execute(
            f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)  # noqa: S608
        ).fetchone() is not None
        if found:
            self.known[key] = None
            if len(self.known) > KNOWN_IDS:
                self.known.popitem(last=False)
        return found

    def fields(self, table: str, row_id: str, names: tuple[str, ...],
               ) -> dict[str, Any] | None:
        """A row's ``names`` and ``deleted`` as the vault holds them (None: no such row)."""
        key = (table, row_id)
        by_names = self.rows.get(key)
        if by_names is None:
            by_names = self.rows[key] = {}
            if len(self.rows) > STORED_ROWS:
                self.rows.popitem(last=False)
        if names not in by_names and key in self.minted:
            by_names[names] = None  # read when its change set commits
        elif names not in by_names:
            found = self.branch.conn.execute(
                f"SELECT {', '.join(names)}, deleted FROM {table} WHERE id = ?",  # noqa: S608
                (row_id,)).fetchone()
            by_names[names] = dict(zip((*names, "deleted"), found, strict=True)) \
                if found else None
        return by_names[names]

    def committed(self, written: Iterable[Key]) -> None:
        """A change set that wrote these rows is in the vault now: those remembered are
        read again."""
        again: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        self.minted.clear()  # in the vault now, or (erased) not at all: asked again below
        for key in written:
            for names in self.rows.get(key, ()):
                again.setdefault((key[0], names), []).append(key[1])
            self.known.pop(key, None)  # an erasure removes a row
        for (table, names), ids in again.items():
            for start in range(0, len(ids), READ_CHUNK):
                chunk = ids[start:start + READ_CHUNK]
                for row_id in chunk:
                    self.rows[(table, row_id)][names] = None
                found = self.branch.conn.execute(
                    f"SELECT id, {', '.join(names)}, deleted FROM {table} "  # noqa: S608
                    f"WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
                for row_id, *values in found:
                    self.rows[(table, row_id)][names] = dict(
                        zip((*names, "deleted"), values, strict=True))

    def forget(self) -> None:
        """Forget everything (the vault may have changed under the batch)."""
        self.known.clear()
        self.rows.clear()
        self.minted.clear()
