"""Subject access (GDPR Art. 15): everything the branch holds about one member.

:func:`subject_access` gathers the member's fields, tags, consents, notes, tasks,
attendance (with the meetings), the records merged into them, and the full change
history; :func:`export_subject_access` writes it as JSON (atomically, logged in the
export log). :mod:`desktop.printing` renders the same data as a PDF.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from .. import schema
from ..fsutil import atomic_write
from ..records import Branch
from .exporter import log_export

LINKED = ("member_tag", "consent", "note", "task", "attendance")


def _rows(branch: Branch, table: str, member_id: str) -> list[dict[str, Any]]:
    cols = ["id", *schema.TABLES[table], "deleted"]
    out = []
    for row in branch.conn.execute(
        f"SELECT {', '.join(cols)} FROM {table} WHERE member_id = ? ORDER BY rid",  # noqa: S608
        (member_id,),
    ):
        rec = dict(zip(cols, row, strict=True))
        for name, kind in schema.TABLES[table].items():
            if kind == "bool" and rec[name] is not None:
                rec[name] = bool(rec[name])
        rec["deleted"] = bool(rec["deleted"])
        out.append(rec)
    return out


def subject_access(branch: Branch, member_id: str) -> dict[str, Any]:
    """Everything held about one member, as plain JSON-ready data."""
    member_id = branch.resolve_id("member", member_id, "member")
    member = branch.get_member(member_id)
    data: dict[str, Any] = {
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "branch": branch.name,
        "generated_by": branch.device_name,
        "member": member.to_dict(),
    }
    data["tags"] = [r for r in _rows(branch, "member_tag", member_id)]
    data["consents"] = _rows(branch, "consent", member_id)
    data["notes"] = _rows(branch, "note", member_id)
    data["tasks"] = _rows(branch, "task", member_id)
    attendance = _rows(branch, "attendance", member_id)
    meetings = {r[0]: (r[1], r[2], r[3]) for r in branch.conn.execute(
        "SELECT id, title, date, location FROM meeting")}
    for rec in attendance:
        title, date, location = meetings.get(rec["meeting_id"], (None, None, None))
        rec.update(meeting_title=title, meeting_date=date, meeting_location=location)
    data["attendance"] = attendance
    data["merged_records"] = [
        branch.get_member(r[0]).to_dict() for r in branch.conn.execute(
            "SELECT id FROM member WHERE json_extract(custom, '$.merged_into') = ?",
            (member_id,))
    ]
    data["history"] = branch.member_history(member_id)
    return data


def write_subject_access(branch: Branch, data: dict[str, Any], path: str | Path) -> None:
    """Write gathered :func:`subject_access` data as JSON to ``path`` and log it."""
    atomic_write(Path(path), json.dumps(data, indent=2, ensure_ascii=False,
                                        default=str).encode("utf-8"))
    log_export(branch, "subject-access-json", 1, ["subject_access"], path)


def export_subject_access(branch: Branch, member_id: str, path: str | Path) -> dict[str, Any]:
    """Write :func:`subject_access` as JSON to ``path``; log it; return the data."""
    data = subject_access(branch, member_id)
    write_subject_access(branch, data, path)
    return data
