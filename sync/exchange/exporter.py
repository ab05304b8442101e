"""Exports of the (filtered) member list to CSV and XLSX, and the export log.

Every export writes its file atomically (a reader sees the old file or the whole new
one) with owner-only permissions, and is recorded in the vault's local ``export_log``
table: which device, when, how many rows, which columns, where to. Exported files are
**not encrypted**; callers should say so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, ValidationError
from ..records import MEMBER_FIELDS, Branch, MemberQuery, field_label, format_phone
from ..store import schema
from ..store.files import atomic_file, atomic_write
from .importer import GUARDED_PREFIX
from .xlsx_writer import write_workbook

FORMATS = ("csv", "xlsx")
UNENCRYPTED_WARNING = QT_TRANSLATE_NOOP(
    "exporter",
    "The exported file is NOT encrypted: anyone who gets it can read it. Keep it safe and "
    "delete it when done.")
#: Fields that hold ids, exported by name: the workplace, the unit (its path, as the
#: importer reads it back), the point person.
NAMED_COLUMNS = {"workplace_id": "workplace", "unit_id": "unit",
                 "point_person_id": "point_person"}
#: Columns in their export order: every member field (ids by name), then tags.
BASE_COLUMNS: tuple[str, ...] = ("id", *[
    NAMED_COLUMNS.get(f, f) for f in MEMBER_FIELDS if f != "custom"
], "tags")
DATE_COLUMNS = {f for f, k in schema.TABLES["member"].items() if k == "date"}
BOOL_COLUMNS = {f for f, k in schema.TABLES["member"].items() if k == "bool"}


@dataclass
class ExportResult:
    path: str
    rows: int
    columns: list[str]
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ExportLogEntry:
    no: int
    at: str
    device: str
    kind: str
    rows: int
    columns: list[str]
    target: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def custom_keys(branch: Branch, ids: Sequence[str] | None = None) -> list[str]:
    """Every custom field name in use (by the given members, or by anyone)."""
    keys: set[str] = set()
    if ids is None:
        rows = branch.conn.execute("SELECT custom FROM member WHERE custom IS NOT NULL")
        for (value,) in rows:
            keys.update(json.loads(value))
    else:
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            marks = ", ".join("?" * len(chunk))
            for (value,) in branch.conn.execute(
                f"SELECT custom FROM member WHERE id IN ({marks}) "  # noqa: S608
                "AND custom IS NOT NULL", chunk,
            ):
                keys.update(json.loads(value))
    return sorted(keys, key=str.lower)


def available_columns(branch: Branch) -> list[str]:
    return [*BASE_COLUMNS, *(f"custom.{k}" for k in custom_keys(branch))]


def check_columns(columns: Sequence[str] | None, branch: Branch,
                  ids: Sequence[str]) -> list[str]:
    if not columns:
        return [*BASE_COLUMNS, *(f"custom.{k}" for k in custom_keys(branch, ids))]
    out = []
    for raw in columns:
        name = raw.strip()
        alias = {**NAMED_COLUMNS, "email": "emails", "phone": "phones",
                 "tag": "tags"}.get(name, name)
        if alias not in BASE_COLUMNS and not (alias.startswith("custom.") and len(alias) > 7):
            raise ValidationError(
                f"There is no column {name!r}; choose from {', '.join(BASE_COLUMNS)} "
                "or custom.NAME.", "columns")
        if alias not in out:
            out.append(alias)
    if not out:
        raise ValidationError("Choose at least one column to export.", "columns")
    return out


def member_records(branch: Branch, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Raw member fields (lists decoded, workplace by name, tags) for ``ids``, in order."""
    found: dict[str, dict[str, Any]] = {}
    paths: dict[str, dict[str, str]] = {}  # by workplace: each unit's path
    cols = ", ".join("m." + f for f in MEMBER_FIELDS)
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        marks = ", ".join("?" * len(chunk))
        for row in branch.conn.execute(
            f"SELECT m.id, {cols}, w.name FROM member m LEFT JOIN workplace w "  # noqa: S608
            f"ON w.id = m.workplace_id WHERE m.id IN ({marks})", chunk,
        ):
            rec = dict(zip(("id", *MEMBER_FIELDS, "workplace"), row, strict=True))
            for name in ("emails", "phones"):
                rec[name] = json.loads(rec[name]) if rec[name] else []
            rec["custom"] = json.loads(rec["custom"]) if rec["custom"] else {}
            for name in BOOL_COLUMNS:
                rec[name] = None if rec[name] is None else bool(rec[name])
            rec["tags"] = []
            found[rec["id"]] = rec
        _names(branch, [found[i] for i in chunk if i in found], paths)
        for mid, tag in branch.conn.execute(
            f"SELECT member_id, tag FROM member_tag WHERE deleted = 0 AND "  # noqa: S608
            f"member_id IN ({marks}) ORDER BY tag COLLATE NOCASE", chunk,
        ):
            if mid in found:
                found[mid]["tags"].append(tag)
    return [found[i] for i in ids if i in found]


def _names(branch: Branch, records: list[dict[str, Any]],
           paths: dict[str, dict[str, str]]) -> None:
    """Each record's unit (as its path in the workplace) and point person, by name;
    ``paths`` keeps the workplaces' unit paths from one chunk of records to the next."""
    for place in {r["workplace_id"] for r in records if r.get("unit_id")} - set(paths):
        paths[place] = {u.id: u.path for u in branch.list_units(place)} if place else {}
    names = branch.names_of(r["point_person_id"] for r in records if r.get("point_person_id"))
    for rec in records:
        rec["unit"] = paths.get(rec["workplace_id"] or "", {}).get(rec.get("unit_id") or "")
        rec["point_person"] = names.get(rec.get("point_person_id") or "")


def cell_value(rec: dict[str, Any], column: str) -> Any:
    """A member's value for one export column: emails and phones joined with ", ", tags
    with "; " (a tag may hold a comma; a lone one gets a ";" after it, so the importer
    still splits on ";")."""
    if column.startswith("custom."):
        return rec["custom"].get(column[7:])
    value = rec.get(column)
    if column == "tags" and value:
        return "; ".join(value) + (";" if len(value) == 1 and "," in value[0] else "")
    if isinstance(value, list):
        return ", ".join(value) if value else None
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def export_members(branch: Branch, path: str | Path, fmt: str | None = None,
                   query: MemberQuery | None = None, columns: Sequence[str] | None = None,
                   sort: str = "name", ids: Sequence[str] | None = None, *,
                   labels: bool = False) -> ExportResult:
    """Write the members matching ``query`` (or exactly ``ids``) to CSV or XLSX.

    With ``labels`` the header row names each column as a person reads it ("First
    name", not ``first_name``: for a mail merge; the importer reads both) and phones
    are written as the branch's country writes them."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "csv").lower()
    if fmt not in FORMATS:
        raise ValidationError(f"Export as csv or xlsx, not {fmt!r}.", "format")
    ids = list(ids) if ids is not None else branch.member_ids(query or MemberQuery(), sort)
    cols = check_columns(columns, branch, ids)
    records = member_records(branch, ids)
    if labels:
        region = branch.region
        for record in records:
            record["phones"] = [format_phone(p, region) for p in record["phones"]]
    rows = [[cell_value(r, c) for c in cols] for r in records]
    header = [field_label(c) for c in cols] if labels else cols
    _write(path, fmt, header, rows, cols)
    log_export(branch, fmt, len(rows), cols, path)
    return ExportResult(str(path), len(rows), cols, fmt)


def export_rows(branch: Branch, path: str | Path, columns: Sequence[str],
                rows: Sequence[Sequence[Any]], kind: str, fmt: str | None = None,
                ) -> ExportResult:
    """Write any table (the wall chart, a structure test's results) to CSV or XLSX, as
    the member list is written (atomic, owner-only, formulas never live) and log it as
    ``kind`` (e.g. ``chart-csv``)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "csv").lower()
    if fmt not in FORMATS:
        raise ValidationError(f"Export as csv or xlsx, not {fmt!r}.", "format")
    cols = list(columns)
    _write(path, fmt, cols, [list(r) for r in rows])
    log_export(branch, f"{kind}-{fmt}", len(rows), cols, path)
    return ExportResult(str(path), len(rows), cols, fmt)


#: a phone number as written: digits, spaces, + ( ) - . / — no formula can hide in it
_PHONE_TEXT = re.compile(r"^\+?[0-9 ()./-]+$")


def _csv_safe(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    if _PHONE_TEXT.match(text):  # "+44 7911 123456" stays itself: no apostrophe
        return text
    # a spreadsheet would run "=…" as a formula: guard it (the importer removes the
    # quote); text starting with a quote of its own is guarded too, to come back whole
    return "'" + text if text.startswith(GUARDED_PREFIX) else text


def _csv_bytes(columns: list[str], rows: list[list[Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_safe(v) for v in row])
    # with a BOM, so Excel opens UTF-8 correctly
    return out.getvalue().encode("utf-8-sig")


def _write(path: Path, fmt: str, header: list[str], rows: list[list[Any]],
           fields: list[str] | None = None) -> None:
    """Write the table atomically (a reader sees the old file or the whole new one): an
    XLSX workbook streamed straight into its file, row by row (see
    :mod:`.xlsx_writer`), nothing of it written anywhere else."""
    if fmt == "csv":
        atomic_write(path, _csv_bytes(header, rows))
        return
    dates = [c in DATE_COLUMNS for c in (fields or header)]
    with atomic_file(path) as fh:
        write_workbook(fh, "Members", header, rows, dates)


# -- the export log ---------------------------------------------------------------------
def log_export(branch: Branch, kind: str, rows: int, columns: Sequence[str],
               target: str | Path) -> None:
    """Record an export in this vault's export log (local; never replicated)."""
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with branch.replica.sql_transaction():
        branch.conn.execute(
            "INSERT INTO export_log(at, device, kind, rows, columns, target) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (at, branch.device_name, kind, int(rows), json.dumps(list(columns)),
             str(Path(target).resolve())),
        )


def export_log(branch: Branch) -> list[ExportLogEntry]:
    """Every export made from this vault, newest first."""
    return [
        ExportLogEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6])
        for r in branch.conn.execute(
            "SELECT no, at, device, kind, rows, columns, target FROM export_log "
            "ORDER BY no DESC")
    ]
