"""Members in and out of the vault as spreadsheets (CSV, XLSX) and as a printable list.

Importing is a conversation, as a wizard has it: read the file
(:func:`read_spreadsheet`: headings, the guessed mapping, a preview), choose or save a
mapping, see the plan (:func:`plan_import`: each row cleaned, repaired or flagged,
duplicates found), then import (:func:`import_spreadsheet`, in batches; a cancel keeps
whole batches). An import never drops a person for one odd cell (see
:mod:`sync.exchange.importer`). Exporting writes the list as shown and logs it: every
exported file is outside the vault, so not encrypted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..exchange import exporter, importer
from ..exchange.exporter import FORMATS, UNENCRYPTED_WARNING, ExportLogEntry, ExportResult
from ..exchange.importer import (
    DECISIONS,
    TARGETS,
    ImportResult,
    Preview,
    RowPlan,
    Table,
    check_mapping,
    guess_mapping,
)
from ..progress import Cancel, Progress, ProgressFn, Stage, ignore
from ..records import MemberQuery, format_phone
from . import documents
from .changed import Area, Changes
from .session import Session

__all__ = ["DECISIONS", "FORMATS", "TARGETS", "UNENCRYPTED_WARNING", "Contacts", "ExportLogEntry",
           "list_contacts",
           "Exported", "ImportResult", "Imported", "Preview", "RowPlan", "Spreadsheet", "Table",
           "available_columns", "check_mapping", "delete_mapping", "export_list", "export_log",
           "guess_mapping", "import_spreadsheet", "load_mapping", "plan_import",
           "read_spreadsheet", "save_mapping", "saved_mappings"]


# -- import ---------------------------------------------------------------------------------
@dataclass
class Spreadsheet:
    """A file read for import: its table and a preview (the guessed mapping, the first
    rows, what the reader noticed)."""

    table: Table
    preview: Preview


def read_spreadsheet(session: Session, path: str | Path, rows: int = 20) -> Spreadsheet:
    """Read a CSV (any common delimiter; UTF-8, UTF-16 or Windows-1252) or XLSX file;
    dates and phones are read as the branch's country writes them."""
    table = importer.read_table(path)
    return Spreadsheet(table, importer.preview(path, rows, table=table,
                                               region=session.branch.region))


def saved_mappings(session: Session) -> list[str]:
    return importer.saved_mappings(session.branch)


def load_mapping(session: Session, name: str) -> dict[str, str | None]:
    return importer.load_mapping(session.branch, name)


def save_mapping(session: Session, name: str, mapping: Mapping[str, str | None]) -> None:
    importer.save_mapping(session.branch, name, mapping)


def delete_mapping(session: Session, name: str) -> None:
    importer.delete_mapping(session.branch, name)


def plan_import(session: Session, table: Table, mapping: Mapping[str, str | None], *,
                repair: bool = True, edits: Mapping[int, Mapping[str, Any]] | None = None,
                ) -> list[RowPlan]:
    """What each row would become: cleaned, repaired or flagged, matched to a member."""
    return importer.plan_import(session.branch, table, mapping, repair=repair, edits=edits)


@dataclass
class Imported:
    result: ImportResult
    changes: Changes


def import_spreadsheet(session: Session, table: Table, mapping: Mapping[str, str | None], *,
                       on_duplicate: str = "skip", overrides: Mapping[int, str] | None = None,
                       repair: bool = True, edits: Mapping[int, Mapping[str, Any]] | None = None,
                       progress: ProgressFn = ignore, cancel: Cancel | None = None) -> Imported:
    """Write the rows in batches (one signed change set each). ``progress`` hears
    :attr:`Stage.ROWS`; a ``cancel`` lands between batches."""
    result = importer.run_import(
        session.branch, table, mapping, on_duplicate=on_duplicate, overrides=overrides,
        progress=lambda done, total: progress(Progress(Stage.ROWS, done, total)),
        cancelled=None if cancel is None else cancel.is_set, repair=repair, edits=edits)
    touched = result.imported or result.updated
    return Imported(result, Changes.of(Area.MEMBERS, Area.WORKPLACES, Area.CONFLICTS)
                    if touched else Changes())


# -- export ---------------------------------------------------------------------------------
def available_columns(session: Session) -> list[str]:
    return exporter.available_columns(session.branch)


@dataclass
class Contacts:
    """The emails or phone numbers of a list, ready to paste (BCC, a phone's list)."""

    values: list[str]
    #: members in the list who have one
    people: int
    #: members left out because they must not be contacted this way
    left_out: int
    #: members in the list with none
    missing: int

    @property
    def text(self) -> str:
        return ", ".join(self.values)


def list_contacts(session: Session, kind: str, query: MemberQuery | None = None) -> Contacts:
    """The first email (``kind`` "emails") or phone ("phones") of each member of
    ``query``, leaving out those marked do-not-contact or not to be emailed (phoned);
    phones as the branch's country writes them."""
    if kind not in ("emails", "phones"):
        raise ValidationError("Copy emails or phones.", "kind")
    branch = session.branch
    flag = "do_not_email" if kind == "emails" else "do_not_phone"
    ids = branch.member_ids(query or MemberQuery(), "name")
    records = exporter.member_records(branch, ids)
    region = branch.region
    values: list[str] = []
    seen: set[str] = set()
    left_out = missing = people = 0
    for record in records:
        if record.get("do_not_contact") or record.get(flag):
            left_out += 1
            continue
        found = record.get(kind) or []
        if not found:
            missing += 1
            continue
        people += 1
        value = found[0] if kind == "emails" else format_phone(found[0], region)
        if value.lower() not in seen:
            seen.add(value.lower())
            values.append(value)
    return Contacts(values, people, left_out, missing)


def export_log(session: Session) -> list[ExportLogEntry]:
    """Every file written from this laptop's vault, newest first."""
    return exporter.export_log(session.branch)


@dataclass
class Exported:
    """What an export wrote: the file, its rows, columns and format (pages for a PDF)."""

    path: Path
    rows: int
    columns: list[str]
    format: str
    pages: int = 0
    changes: Changes = field(default_factory=lambda: Changes.of(Area.EXPORT_LOG))


def export_list(session: Session, path: str | Path, fmt: str | None = None,
                query: MemberQuery | None = None, columns: Sequence[str] | None = None,
                sort: str = "name", *, language: str = "", progress: ProgressFn = ignore,
                cancel: Cancel | None = None, labels: bool = False) -> Exported:
    """The members of ``query`` (all of them by default) as CSV, XLSX or a PDF list;
    ``labels``: a header row a person reads (for a mail merge), phones as the branch's
    country writes them."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "csv").lower()
    if fmt == "pdf":
        printed = documents.print_member_list(session, path, query, sort, language=language,
                                              progress=progress, cancel=cancel)
        return Exported(path, printed.rows, [], "pdf", printed.pages)
    done: ExportResult = exporter.export_members(session.branch, path, fmt, query, columns,
                                                 sort, labels=labels)
    return Exported(Path(done.path), done.rows, list(done.columns), done.kind)
