"""Subject access (GDPR Art. 15): everything the branch holds about one member.

:func:`subject_access` gathers the member's fields, tags, consents, notes, tasks,
attendance (with the meetings), organising (unit, point person, answers to structure
tests, relationships) and full change history, and the same for every record
merged into them — directly or through a chain of merges (C into B, B into A), with the
rows a merge left on the merged record (deleted ones too); :func:`export_subject_access`
writes it as JSON (atomically, logged in the export log). :mod:`.pdf` renders the same
data as a PDF (:func:`.printing.subject_access_doc`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ..records import Branch
from ..store import schema
from ..store.files import atomic_write
from .exporter import log_export

LINKED = ("member_tag", "consent", "note", "task", "attendance", "response", "relation")


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


def _record(branch: Branch, member_id: str,
            meetings: dict[str, tuple[Any, Any, Any]]) -> dict[str, Any]:
    """One member record with everything linked to it, and its history."""
    attendance = _rows(branch, "attendance", member_id)
    for rec in attendance:
        title, date, location = meetings.get(rec["meeting_id"], (None, None, None))
        rec.update(meeting_title=title, meeting_date=date, meeting_location=location)
    member = branch.get_member(member_id)
    return {
        "member": member.to_dict(),
        "tags": _rows(branch, "member_tag", member_id),
        "consents": _rows(branch, "consent", member_id),
        "notes": _rows(branch, "note", member_id),
        "tasks": _rows(branch, "task", member_id),
        "attendance": attendance,
        **_organising(branch, member),
        "history": branch.member_history(member_id),
    }


def _organising(branch: Branch, member: Any) -> dict[str, Any]:
    """Where they are on the wall chart, who keeps in touch with them, their answers to
    structure tests and their relationships."""
    unit = None
    if member.unit_id and member.workplace_id:
        unit = next((u.path for u in branch.list_units(member.workplace_id)
                     if u.id == member.unit_id), None)
    actions = {a.id: a for a in branch.list_actions(include_deleted=True)}
    responses = _rows(branch, "response", member.id)
    for rec in responses:
        action = actions.get(rec["action_id"])
        rec.update(action_name=action.name if action else None,
                   action_kind=action.kind if action else None)
    return {
        "unit": unit,
        "point_person": branch.names_of([member.point_person_id]).get(
            member.point_person_id or ""),
        "point_person_for": len(branch.my_people(member.id)),
        "responses": responses,
        "relationships": [r.to_dict() for r in branch.relationships(member.id)],
    }


def merged_chain(branch: Branch, member_id: str) -> list[tuple[str, str]]:
    """Every record merged into ``member_id``, directly or through records merged into
    those, as (merged record, the record it was merged into), nearest first."""
    out: list[tuple[str, str]] = []
    seen, queue = {member_id}, [member_id]
    while queue:
        into = queue.pop(0)
        for (merged,) in branch.conn.execute(
            "SELECT id FROM member WHERE json_extract(custom, '$.merged_into') = ? "
            "ORDER BY id", (into,),
        ).fetchall():
            if merged not in seen:
                seen.add(merged)
                out.append((merged, into))
                queue.append(merged)
    return out


def subject_access(branch: Branch, member_id: str) -> dict[str, Any]:
    """Everything held about one member, as plain JSON-ready data."""
    member_id = branch.resolve_id("member", member_id, "member")
    meetings = {r[0]: (r[1], r[2], r[3]) for r in branch.conn.execute(
        "SELECT id, title, date, location FROM meeting")}
    return {
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "branch": branch.name,
        "generated_by": branch.device_name,
        **_record(branch, member_id, meetings),
        "merged_records": [{"merged_into": into, **_record(branch, merged, meetings)}
                           for merged, into in merged_chain(branch, member_id)],
    }


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
