"""Fields two laptops changed without seeing each other's change, and settling them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..changes import hlc_millis
from ..errors import CaucusError
from ..records import resolve_conflict
from ..replica import Conflict
from .changed import Changes
from .session import Session


@dataclass
class OpenConflict:
    """One open conflict and the name of the record it is on, as a person reads it
    (``row_name`` is empty when this laptop cannot show the record)."""

    conflict: Conflict
    row_name: str

    @property
    def id(self) -> str:
        return self.conflict.id

    @property
    def table(self) -> str:
        return self.conflict.table

    @property
    def field(self) -> str:
        return self.conflict.field

    @property
    def is_delete(self) -> bool:
        """An edit on one laptop and a delete on another: restore or delete."""
        return self.conflict.field == "deleted"


def written_at(candidate: dict[str, Any]) -> dt.datetime:
    """When one side of a conflict was written (its author's clock), in UTC."""
    return dt.datetime.fromtimestamp(hlc_millis(int(candidate.get("hlc", 0))) / 1000, dt.UTC)


def _row_name(session: Session, table: str, row: str) -> str:
    branch = session.branch
    try:
        if table == "member":
            return branch.get_member(row).display_name
        if table == "meeting":
            return branch.get_meeting(row).title
        if table == "workplace":
            return branch.get_workplace(row).name
        if table in ("unit", "action", "response", "relation"):  # organising
            return branch.describe_row(table, row)
    except CaucusError:  # a row this laptop cannot show
        return ""
    return ""


def open_conflicts(session: Session) -> list[OpenConflict]:
    return [OpenConflict(c, _row_name(session, c.table, c.row))
            for c in session.replica.conflicts()]


@dataclass
class Resolved:
    value: object
    changes: Changes


def resolve(session: Session, conflict_id: str, keep: str = "",
            value: str | None = None) -> Resolved:
    """Settle a conflict with a write that has seen every side of it: ``keep`` is
    ``mine``, ``theirs``, ``restore`` or ``delete``, or pass a new ``value``. The
    resolution reaches the other laptops with the next sync."""
    table = conflict_id.split(":", 1)[0]
    row = conflict_id.split(":")[1] if conflict_id.count(":") >= 2 else ""
    written = resolve_conflict(session.branch, conflict_id, keep, value)
    return Resolved(written, Changes.of_tables([table], [row] if table == "member" else None))
