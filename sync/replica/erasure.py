"""Erasure (the right to be forgotten): a signed op that drops a row's values from the
tables, the op history and the full-text index on every replica, and keeps them out.

Erasing a member erases every row linked to them (notes, tags, consents, tasks,
attendance): the ``link`` table remembers, from every change set held, which member each
linked row was ever written for, so the erasure reaches rows that moved or arrive late.
Stored change sets keep their signatures; only the values of erased rows are redacted.
"""

from __future__ import annotations

import json

from .. import changes
from ..changes import ERASE_FIELD, ChangeSet
from ..store import schema
from .log import ChangeSetLog
from .search import SearchIndex, words
from .shared import Shared


class Erasure:
    """Which rows are erased, and erasing them."""

    def __init__(self, shared: Shared, log: ChangeSetLog, search: SearchIndex) -> None:
        self.shared = shared
        self.log = log
        self.search = search

    def erased(self) -> set[tuple[str, str]]:
        """Every erased ``(table, row)`` (cached)."""
        if self.shared.erased is None:
            self.shared.erased = {
                (t, r) for t, r in self.shared.conn.execute("SELECT tbl, row FROM erased")}
        return self.shared.erased

    def any_member(self) -> bool:
        """Has any member been erased (so linked rows need looking at)?"""
        return any(t == "member" for t, _r in self.erased())

    def is_erased(self, table: str, row: str) -> bool:
        return (table, row) in self.erased()

    def erase(self, table: str, row: str, cs_no: int | None) -> None:
        """Erase a row (and, for a member, every row linked to them) for good."""
        if self.is_erased(table, row):
            return
        conn = self.shared.conn
        conn.execute("INSERT INTO erased(tbl, row, cs) VALUES (?, ?, ?)", (table, row, cs_no))
        self.erased().add((table, row))
        found = conn.execute(f"SELECT rid FROM {table} WHERE id = ?", (row,)).fetchone()
        if found:
            if table == "member":
                self.forget_saved_searches(row)
            self.search.forget(table, found[0])
            conn.execute(f"DELETE FROM {table} WHERE id = ?", (row,))
        conn.execute("DELETE FROM conflict WHERE tbl = ? AND row = ?", (table, row))
        for (no,) in conn.execute(
            "SELECT cs FROM row_index WHERE tbl = ? AND row = ?", (table, row)
        ).fetchall():
            self.redact(no, table, row)
        if table == "member":
            linked_rows = {(t, r) for t, r in conn.execute(
                "SELECT tbl, row FROM link WHERE member_id = ?", (row,)
            )}
            for linked in schema.MEMBER_LINKED:
                linked_rows.update((linked, r) for (r,) in conn.execute(
                    f"SELECT id FROM {linked} WHERE member_id = ?", (row,)
                ))
            for linked, rid in sorted(linked_rows):
                self.erase(linked, rid, cs_no)

    def forget_saved_searches(self, member_id: str) -> None:
        """Saved searches are this laptop's own, but one whose name or search text names
        an erased member ("Ana Okonkwo", her email) would keep that name on the laptop
        after the erasure: such searches go too. Whole words only, 3+ characters."""
        conn = self.shared.conn
        values = conn.execute(
            "SELECT first_name, last_name, preferred_name, emails, phones, membership_no "
            "FROM member WHERE id = ?", (member_id,)).fetchone()
        if values is None:
            return
        named: set[str] = set()
        for value in values:
            for item in (json.loads(value) if value and value[:1] == "[" else [value]):
                if item:
                    named.update(words(str(item)))
                    named.add(str(item).lower())
        named = {w for w in named if len(w) >= 3}
        gone = [name for name, query in conn.execute("SELECT name, query FROM saved_search")
                if named & (words(name) | words(str(json.loads(query).get("search") or "")))]
        conn.executemany("DELETE FROM saved_search WHERE name = ?", [(n,) for n in gone])

    def redact(self, cs_no: int, table: str, row: str) -> None:
        """Drop the values one stored change set wrote to an erased row."""
        cs = self.log.load(cs_no)
        hits = [i for i, r in enumerate(cs.rows)
                if r.table == table and r.row == row and cs.values[i] is not None
                and ERASE_FIELD not in r.fields]
        if hits:
            self.log.set_values(cs_no, changes.redact(cs.vals, hits))

    def redact_late(self, cs: ChangeSet, cs_no: int) -> None:
        """A change set just stored that touches erased rows keeps its signature, never
        those rows' values."""
        erased = self.erased()
        if erased and any((row.table, row.row) in erased for row in cs.rows):
            for table, row in {(r.table, r.row) for r in cs.rows} & erased:
                self.redact(cs_no, table, row)

    def register_links(self, cs: ChangeSet,
                       fresh: set[tuple[str, str]] | frozenset = frozenset()) -> None:
        """Remember which member every linked row (note, tag, …) was written for, from
        every change set we hold, so erasing a member reaches them all.

        Rows in ``fresh`` (created by this change set, applied at once) are skipped: the
        row itself names its member, and if a later change moves it to another member,
        the member it had then is linked at that moment (below). A bulk import is mostly
        such rows.
        """
        conn = self.shared.conn
        links = []
        for index, row in enumerate(cs.rows):
            if row.table not in schema.MEMBER_LINKED or (row.table, row.row) in fresh:
                continue
            values = cs.row_values(index)
            member = values.get("member_id") if values else None
            if isinstance(member, str):
                links.append((member, row.table, row.row))
                before = conn.execute(
                    f"SELECT member_id FROM {row.table} WHERE id = ?", (row.row,)).fetchone()
                if before is not None and before[0] and before[0] != member:
                    links.append((before[0], row.table, row.row))
        if not links:
            return
        conn.executemany(
            "INSERT OR IGNORE INTO link(member_id, tbl, row) VALUES (?, ?, ?)", links)
        if self.any_member():
            for member, table, row in links:
                if self.is_erased("member", member):
                    self.erase(table, row, None)

    def erases_linked(self, table: str, row: str) -> bool:
        """Is this row linked (by its current ``member_id``) to an erased member?"""
        if table not in schema.MEMBER_LINKED or not self.any_member():
            return False
        member = self.shared.conn.execute(
            f"SELECT member_id FROM {table} WHERE id = ?", (row,)).fetchone()
        return bool(member and member[0] and self.is_erased("member", member[0]))
