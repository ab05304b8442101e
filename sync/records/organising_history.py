"""Density on an earlier date, from the history the change sets already keep.

The state on a day is taken as what a laptop holding every change set stamped before the
end of that day (UTC) would show: each field's last write (by ``(hlc, device)``, the
merge's own rule) among those change sets. No snapshot is stored for it.

Replaying the whole history would decode every change set of the branch (the bundle
import's work) to count one figure. It is not needed for the rows nobody touched: the
row's ``clock`` holds, per field, the stamps of the write that wins now;
when every counted field of a row (a person's workplace, unit, status and dues, deleted;
a unit's workplace, parent and headcount; a workplace's headcount) won before the day
ended, every write to those fields came before it too, so the row's value then is its
value now. Only rows with a counted field written since are looked up in their change
sets — those with a write before the day's end; a row with none did not exist yet. The
cost grows with what changed since the date, not with the branch. Erased people are in
neither count (their history is gone on every laptop, as the erasure promises).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from .. import changes
from ..store import clocks
from ..store.vault import db_errors
from . import organising_figures as of
from .organising_types import Figures, Unit

#: the records API (:class:`sync.records.Branch`): its ``conn``, ``replica`` and
#: ``grace_days``
Branch = Any

PERSON_FIELDS = ("workplace_id", "unit_id", "status", "status_override", "override_until",
                 "dues_paid_until", "deleted")
UNIT_FIELDS = ("workplace_id", "parent_id", "headcount", "deleted")
WORKPLACE_FIELDS = ("headcount", "deleted")


def end_of_day(day: dt.date) -> int:
    """The first HLC stamp after ``day`` (UTC)."""
    moment = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), dt.UTC)
    return int(moment.timestamp() * 1000) << changes.COUNTER_BITS


def changed_since(conn: Any, table: str, fields: Sequence[str], stamp: int) -> list[str]:
    """Rows of ``table`` whose clock holds a write to one of ``fields`` at or after
    ``stamp``: only the rows the change sets stamped since touched are read."""
    marks = ", ".join("?" * len(fields))
    with db_errors():
        codes = {no for (no,) in conn.execute(
            f"SELECT no FROM field_code WHERE name IN ({marks})", tuple(fields))}  # noqa: S608
        recent = {no for (no,) in conn.execute(
            "SELECT no FROM changeset WHERE status = 'applied' AND hlc >= ?", (stamp,))}
        if not codes or not recent:
            return []
        touched = sorted({row for row, cs in conn.execute(
            "SELECT row, cs FROM row_index WHERE tbl = ? AND cs >= ?",
            (table, min(recent))) if cs in recent})
        found: list[str] = []
        for start in range(0, len(touched), 500):
            chunk = touched[start:start + 500]
            for row, data in conn.execute(
                    f"SELECT id, clock FROM {table} WHERE id IN "  # noqa: S608
                    f"({', '.join('?' * len(chunk))})", chunk):
                if clocks.written_by(data, recent) & codes:
                    found.append(row)
    return found


def rows_then(branch: Branch, table: str, ids: Iterable[str], fields: Sequence[str],
              stamp: int) -> dict[str, dict[str, Any]]:
    """Each row's ``fields`` as the change sets before ``stamp`` left them (rows with
    no write before it are left out: they did not exist)."""
    wanted = sorted(set(ids))
    by_cs: dict[int, set[str]] = {}
    with db_errors():
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for row, no in branch.conn.execute(
                    "SELECT i.row, c.no FROM row_index i JOIN changeset c ON c.no = i.cs "  # noqa: S608
                    f"WHERE i.tbl = ? AND i.row IN ({marks}) AND c.status = 'applied' "
                    "AND c.hlc < ?", (table, *chunk, stamp)):
                by_cs.setdefault(no, set()).add(row)
    best: dict[str, dict[str, tuple[tuple[int, bytes], Any]]] = {}
    for no in sorted(by_cs):
        cs = branch.replica.load_changeset(no)
        rank = (cs.hlc, cs.author)
        rows = by_cs[no]
        for index, row in enumerate(cs.rows):
            if row.table != table or row.row not in rows:
                continue
            values = cs.row_values(index)
            if values is None:  # redacted: an erased row's values are gone
                continue
            mine = best.setdefault(row.row, {})
            for name in fields:
                if name in values and (name not in mine or mine[name][0] < rank):
                    mine[name] = (rank, values[name])
    return {row: {name: value for name, (_rank, value) in got.items()}
            for row, got in best.items()}


def _table_then(branch: Branch, table: str, fields: Sequence[str], stamp: int,
                extra: str = "") -> dict[str, dict[str, Any]]:
    """Every row of ``table`` (with ``fields``) as it was before ``stamp``."""
    with db_errors():
        now = {r[0]: dict(zip(fields, r[1:], strict=True)) for r in branch.conn.execute(
            f"SELECT id, {', '.join(fields)} FROM {table}{extra}")}  # noqa: S608
    changed = changed_since(branch.conn, table, fields, stamp)
    for row in changed:
        now.pop(row, None)
    now.update(rows_then(branch, table, changed, fields, stamp))
    return {row: values for row, values in now.items() if not values.get("deleted")}


def fingerprint(conn: Any, stamp: int) -> tuple[int, int, int]:
    """What the state before ``stamp`` is a function of: the applied change sets stamped
    before it, and the erasures (which reach into the past). Writes made since leave it
    alone, so a page that shows the past reloads it for free after every edit."""
    with db_errors():
        count, total = conn.execute(
            "SELECT count(*), coalesce(sum(no), 0) FROM changeset WHERE status = 'applied' "
            "AND hlc < ?", (stamp,)).fetchone()
        erased = conn.execute("SELECT count(*) FROM erased").fetchone()[0]
    return count, total, erased


def state_at(branch: Branch, day: dt.date) -> dict[str, Figures]:
    """Each workplace's figures (people, members, headcount) at the end of ``day``."""
    stamp = end_of_day(day)
    people = _table_then(branch, "member", PERSON_FIELDS, stamp)
    units = _table_then(branch, "unit", UNIT_FIELDS, stamp)
    places = _table_then(branch, "workplace", WORKPLACE_FIELDS, stamp)
    grace = branch.grace_days
    tallies: list[tuple[str, of.Tally]] = []
    for person_id, p in people.items():
        if not p.get("workplace_id"):
            continue
        status = of.effective_status(p.get("status"), p.get("status_override"),
                                     p.get("override_until"), p.get("dues_paid_until"), day,
                                     grace)
        if status not in of.GONE_STATUSES:
            tallies.append((p["workplace_id"], of.person(person_id, p.get("unit_id"), status)))
    return of.count_workplaces(
        {wid: p.get("headcount") for wid, p in places.items()},
        [Unit(uid, u.get("workplace_id") or "", uid, u.get("parent_id"),
              headcount=u.get("headcount")) for uid, u in units.items()], tallies)
