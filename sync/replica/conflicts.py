"""Conflicts: fields with two or more causally maximal writes, recorded and listed alike
on every replica (ARCHITECTURE §5).

A row's clock holds, per field, the stamps ``[hlc, author, seq, cs]`` of the writes no
later write has seen; when there is more than one, each carries a fifth element naming
its value (for ``deleted`` the value itself, always). More than one stamp with different
values is a conflict: writes of one value are not (the state is the same whichever
wins). So is a delete concurrent with an edit of any other field of the row (the
conflict then sits on ``deleted`` and offers the edits as candidates of kind "edit").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import UnknownId
from ..store import schema
from .log import ChangeSetLog
from .shared import Shared


@dataclass
class Conflict:
    table: str
    row: str
    field: str
    # each candidate: value, device id, device name, hlc (ms timestamp in hlc >> 16)
    candidates: list[dict] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.table}:{self.row}:{self.field}"


def covered(stamp: list[int], author: int, seq: int, deps: dict[int, int]) -> bool:
    """Had the writer of (author, seq) with ``deps`` seen the op ``stamp``?"""
    if stamp[1] == author:
        return stamp[2] <= seq
    return deps.get(stamp[1], 0) >= stamp[2]


def is_live_delete(stamp: list) -> bool:
    return len(stamp) > 4 and bool(stamp[4])


def disagree(sibs: list[list]) -> bool:
    """Do these concurrent writes leave different values (untagged ones count as)?"""
    return len(sibs) > 1 and not all(len(s) > 4 and s[4] == sibs[0][4] for s in sibs)


def may_conflict(clock: dict[str, list[list]]) -> bool:
    """Could this row's clock hold a conflict (concurrent stamps, or a live delete)?"""
    return any(len(sibs) > 1 for sibs in clock.values()) or any(
        is_live_delete(s) for s in clock.get("deleted", ())
    )


class Conflicts:
    """The ``conflict`` table: which fields of which rows are disputed, and by whom."""

    def __init__(self, shared: Shared, log: ChangeSetLog) -> None:
        self.shared = shared
        self.log = log

    def concurrent(self, a: list[int], b: list[int]) -> bool:
        """Neither write had seen the other."""
        a_author, a_seq, a_deps = self.log.deps(a[3])
        b_author, b_seq, b_deps = self.log.deps(b[3])
        return not covered(a, b_author, b_seq, b_deps) and not covered(
            b, a_author, a_seq, a_deps
        )

    def update(self, table: str, row: str, clock: dict[str, list[list]]) -> None:
        """Record the row's disputed fields as its clock now stands."""
        disputed = {name for name, sibs in clock.items() if disagree(sibs)}
        deletes = [s for s in clock.get("deleted", []) if is_live_delete(s)]
        if deletes and "deleted" not in disputed:
            for name, sibs in clock.items():
                if name != "deleted" and any(
                    self.concurrent(d, s) for d in deletes for s in sibs
                ):
                    disputed.add("deleted")
                    break
        conn = self.shared.conn
        conn.execute("DELETE FROM conflict WHERE tbl = ? AND row = ?", (table, row))
        for name in disputed:
            conn.execute(
                "INSERT INTO conflict(tbl, row, field) VALUES (?, ?, ?)", (table, row, name)
            )

    def all(self) -> list[Conflict]:
        return [self.get(table, row, name) for table, row, name in self.shared.conn.execute(
            "SELECT tbl, row, field FROM conflict ORDER BY tbl, row, field"
        ).fetchall()]

    def get(self, table: str, row: str, name: str) -> Conflict:
        conn = self.shared.conn
        hit = conn.execute(
            "SELECT 1 FROM conflict WHERE tbl = ? AND row = ? AND field = ?", (table, row, name)
        ).fetchone()
        if hit is None:
            raise UnknownId(f"There is no open conflict {table}:{row}:{name}.")
        found = conn.execute(
            f"SELECT clock FROM {table} WHERE id = ?", (row,)  # noqa: S608
        ).fetchone() if table in schema.TABLES else None
        clock = self.shared.decode_clock(found[0] if found else None)
        conflict = Conflict(table, row, name)
        rank = self.shared.rank
        stamps = sorted(clock.get(name, []), key=rank, reverse=True)
        for stamp in stamps:
            conflict.candidates.append(self.candidate(table, row, name, stamp))
        if name == "deleted":
            deletes = [s for s in stamps if is_live_delete(s)]
            for other, sibs in sorted(clock.items()):
                if other == "deleted":
                    continue
                for s in sorted(sibs, key=rank, reverse=True):
                    if any(self.concurrent(d, s) for d in deletes):
                        cand = self.candidate(table, row, other, s)
                        cand["kind"] = "edit"
                        conflict.candidates.append(cand)
        return conflict

    def candidate(self, table: str, row: str, name: str, stamp: list) -> dict:
        pk = self.shared.author_pks[stamp[1]]
        return {
            "field": name,
            "value": self.log.value_of(stamp[3], table, row, name),
            "device": pk.hex(),
            "device_name": self.shared.device_name(pk.hex()),
            "hlc": stamp[0],
            "seq": stamp[2],
            "mine": pk == self.shared.device_pk,
        }
