"""``caucus import|export|print|duplicates`` and ``caucus member export``: data in and
out of the vault (spreadsheets, PDFs, subject access) and duplicate members.

Every file written here is outside the vault, so unencrypted: each command says so and
logs what it wrote.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..ops import Session, documents
from ..ops import members as dup
from ..ops import spreadsheets as sheets
from ..progress import ignore
from ..records import STATUSES, Branch, MemberQuery
from .errors import UsageError
from .languages import LANGUAGE_OPT, document_language
from .output import emit, note, plural, print_json, progress_line, say, table
from .registry import CommandTable, arg

FORMATS = (*sheets.FORMATS, "pdf")
QUERY = (
    arg("--search", default="", help="name, email, phone or note text fragment"),
    arg("--status", choices=STATUSES, help="effective membership status"),
    arg("--tag", help="members with this tag"),
    arg("--workplace", help="workplace id, id prefix or exact name"),
)
OUT_PDF = arg("--out", required=True, metavar="FILE.pdf")

commands = CommandTable()


def member_query(branch: Branch, args: argparse.Namespace) -> MemberQuery:
    """The members that the ``QUERY`` options pick."""
    workplace = None
    if args.workplace:
        workplace = branch.resolve_id("workplace", args.workplace, "workplace")
    return MemberQuery(search=args.search or "", status=args.status, tag=args.tag,
                       workplace_id=workplace)


def warn_unencrypted() -> None:
    note(f"Warning: {sheets.UNENCRYPTED_WARNING}")


# -- import ---------------------------------------------------------------------------
@commands.command(
    "import", "import members from a CSV or Excel (.xlsx) file",
    arg("file", metavar="FILE", help="the .csv or .xlsx file"),
    arg("--mapping", metavar="NAME", help="use a saved column mapping"),
    arg("--map", action="append", default=[], metavar="COLUMN=FIELD",
        help="map a column by hand (an empty FIELD ignores the column)"),
    arg("--save-mapping", metavar="NAME", help="save the mapping used under NAME"),
    arg("--on-duplicate", choices=sheets.DECISIONS, default="skip",
        help="for rows matching an existing member (default: skip)"),
    arg("--dry-run", action="store_true",
        help="show the mapping and what would happen; write nothing"),
    json_out=True,
)
def import_members(session: Session, args: argparse.Namespace) -> int:
    sheet = sheets.read_spreadsheet(session, args.file).table
    mapping = sheets.guess_mapping(sheet.headings)
    if args.mapping:
        saved = sheets.load_mapping(session, args.mapping)
        mapping.update({h: t for h, t in saved.items() if h in mapping})
    for text in args.map:
        if "=" not in text:
            raise UsageError(f"--map needs COLUMN=FIELD, not {text!r}.")
        column, target = (x.strip() for x in text.split("=", 1))
        if column not in mapping:
            raise UsageError(f"The file has no column {column!r}.")
        mapping.update(sheets.check_mapping({column: target}))
    if args.save_mapping:
        sheets.save_mapping(session, args.save_mapping, mapping)
        note(f"Saved the mapping as {args.save_mapping!r}.")
    if args.dry_run:
        return dry_run(session, args, sheet, mapping)
    ignored = [h for h, t in mapping.items() if not t]
    if ignored and not args.json:
        note("Columns not imported: " + ", ".join(ignored))
    progress = progress_line("Importing")
    result = sheets.import_spreadsheet(session, sheet, mapping,
                                       on_duplicate=args.on_duplicate,
                                       progress=progress or ignore).result
    if progress:
        note("")
    if args.json:
        print_json(result.to_dict())
    else:
        for row, reason in sorted(result.rejected + result.skipped):
            say(f"row {row}: {reason}")
        for text in result.notes:
            note(text)
    note(result.summary())
    return 0


def dry_run(session: Session, args: argparse.Namespace, sheet: Any,
            mapping: dict[str, str | None]) -> int:
    """``import --dry-run``: the mapping and what each row would do; nothing is written."""
    plans = sheets.plan_import(session, sheet, mapping)
    if args.json:
        print_json({"mapping": mapping, "rows": [p.to_dict() for p in plans],
                    "notes": sheet.notes})
        return 0
    table(["COLUMN", "FIELD"], [(h, t or "(ignored)") for h, t in mapping.items()])
    dups = sum(1 for p in plans if p.is_duplicate)
    bad = [p for p in plans if p.error]
    note(f"{len(plans)} rows: {len(bad)} would be rejected, {dups} match existing "
         "members or earlier rows.")
    for p in bad:
        note(f"  row {p.row}: {p.error}")
    for text in sheet.notes:
        note(text)
    return 0


# -- export -----------------------------------------------------------------------------
@commands.command(
    "export", "export the (filtered) member list as CSV, XLSX or PDF; "
    "'caucus export log' lists past exports",
    arg("what", nargs="?", choices=("log",), help="log: list past exports"),
    arg("--format", choices=FORMATS, help="csv, xlsx or pdf (default: from the file name)"),
    arg("--out", metavar="FILE", help="the file to write"),
    *QUERY,
    arg("--columns", metavar="A,B,C", help="columns to export (default: all); see --list-columns"),
    arg("--list-columns", action="store_true", help="print the columns and stop"),
    arg("--labels", action="store_true",
        help="a header row people read (First name, not first_name) and phones as the "
             "branch's country writes them: for a mail merge"),
    LANGUAGE_OPT,
    json_out=True,
)
def export(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    if args.what == "log":
        entries = sheets.export_log(session)
        return emit(args, entries, "export", ["AT", "DEVICE", "KIND", "ROWS", "TARGET"],
                    lambda e: (e.at, e.device, e.kind, e.rows, e.target))
    if args.list_columns:
        for name in sheets.available_columns(session):
            say(name)
        return 0
    if not args.out:
        raise UsageError("Give the file to write with --out FILE.")
    out = Path(args.out)
    fmt = args.format or out.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise UsageError("Give --format csv, xlsx or pdf (or a file name ending in one).")
    query = member_query(branch, args)
    columns = [c for c in args.columns.split(",") if c.strip()] if args.columns else None
    done = sheets.export_list(session, out, fmt, query, None if fmt == "pdf" else columns,
                              labels=args.labels, language=document_language(args))
    if args.json:
        result: dict[str, Any] = {"path": str(done.path), "rows": done.rows}
        result.update({"pages": done.pages} if fmt == "pdf" else {"columns": done.columns})
        print_json({**result, "kind": done.format})
    note(f"Exported {done.rows} members to {out}.")
    warn_unencrypted()
    return 0


@commands.command(
    "contacts", "the emails or phone numbers of the (filtered) list, comma-separated, "
    "leaving out those who must not be emailed or phoned",
    arg("kind", choices=("emails", "phones"), help="emails or phones"),
    *QUERY,
    json_out=True,
)
def contacts(session: Session, args: argparse.Namespace) -> int:
    found = sheets.list_contacts(session, args.kind, member_query(session.branch, args))
    if args.json:
        print_json({"values": found.values, "people": found.people,
                    "left_out": found.left_out, "missing": found.missing})
        return 0
    say(found.text)
    note(f"{found.people} members; {found.left_out} left out (do not contact), "
         f"{found.missing} with none.")
    return 0


# -- print ------------------------------------------------------------------------------
commands.group("print", "printable PDFs: meeting sign-in sheets and mailing labels")


@commands.command(
    "print sign-in", "a meeting's sign-in sheet (names and a signature column)",
    arg("--meeting", required=True, metavar="ID", help="meeting id, prefix or title"),
    OUT_PDF, *QUERY,
    arg("--blank", type=int, default=10, help="blank lines for others (default 10)"),
    LANGUAGE_OPT,
)
def print_sign_in(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    query = member_query(branch, args) if (args.search or args.status or args.tag
                                           or args.workplace) else None
    printed = documents.print_sign_in(session, args.meeting, args.out, query, args.blank,
                                      language=document_language(args))
    note(f"Wrote a sign-in sheet of {plural(printed.rows, 'name')} on "
         f"{plural(printed.pages, 'page')} to {args.out}.")
    warn_unencrypted()
    return 0


@commands.command("print labels", "A4 mailing labels, 3 x 7 per page (63.5 x 38.1 mm)",
                  OUT_PDF, *QUERY, LANGUAGE_OPT)
def print_labels(session: Session, args: argparse.Namespace) -> int:
    printed = documents.print_labels(session, args.out, member_query(session.branch, args),
                                     language=document_language(args))
    note(f"Wrote {plural(printed.rows, 'label')} on {plural(printed.pages, 'page')} to "
         f"{args.out}" + (f" ({printed.left_out} members without a postal address or not to "
                          "be posted to were left out)." if printed.left_out else "."))
    warn_unencrypted()
    return 0


# -- duplicates -------------------------------------------------------------------------
commands.group("duplicates", "find and merge duplicate members")


@commands.command("duplicates list", "likely duplicates: same email, or similar name with the "
                  "same phone or postcode",
                  arg("--limit", type=int, help="show at most N pairs"), json_out=True)
def duplicates_list(session: Session, args: argparse.Namespace) -> int:
    search = dup.find_duplicates(session, args.limit)
    for text in search.notes:
        note(text)
    return emit(args, search.pairs, "pair", ["A", "NAME A", "B", "NAME B", "WHY"],
                lambda p: (p.a, p.a_name, p.b, p.b_name, "; ".join(p.reasons)),
                total=search.total)


@commands.command(
    "duplicates merge", "merge member B into member A (one change set; nothing is lost)",
    arg("a", metavar="A", help="the member to keep"),
    arg("b", metavar="B", help="the member merged into A (then deleted)"),
    arg("--prefer", choices=("a", "b"), default="a",
        help="whose value to keep where both differ (default a)"),
    arg("--take", action="append", default=[], metavar="FIELD=a|b",
        help="per field: keep A's or B's value (lists: also 'union')"),
    arg("--show", action="store_true", help="show the differing fields; merge nothing"),
    json_out=True,
)
def duplicates_merge(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    a = branch.resolve_id("member", args.a, "member")
    b = branch.resolve_id("member", args.b, "member")
    choices = {}
    for text in args.take:
        if "=" not in text:
            raise UsageError(f"--take needs FIELD=a or FIELD=b, not {text!r}.")
        name, side = text.split("=", 1)
        choices[name.strip()] = side.strip()
    if args.show:
        plan = dup.compare(session, a, b, args.prefer)
        return emit(args, plan, "differing field", ["FIELD", "A", "B", "KEEP"],
                    lambda c: (c.field, c.a, c.b, choices.get(c.field, c.default)))
    result = dup.merge(session, a, b, choices, args.prefer).result
    if args.json:
        print_json(result.to_dict())
    moved = ", ".join(f"{n} {k}" for k, n in result.moved.items() if n)
    note(f"Merged {b} into {a}" + (f" (moved {moved})." if moved else "."))
    return 0


# -- member export (subject access) -------------------------------------------------------
@commands.command(
    "member export", "everything held about one member (subject access) as JSON and/or PDF",
    arg("id", metavar="ID"),
    arg("--out", metavar="FILE", help="the JSON file to write"),
    arg("--pdf", metavar="FILE", help="also (or only) a printable PDF"),
    LANGUAGE_OPT,
)
def member_export(session: Session, args: argparse.Namespace) -> int:
    if not args.out and not args.pdf:
        raise UsageError("Give --out FILE (JSON) and/or --pdf FILE.")
    member_id = session.branch.resolve_id("member", args.id, "member")
    documents.export_member(session, member_id, args.out, args.pdf,
                            language=document_language(args))
    if args.out:
        note(f"Wrote everything held about {member_id} to {args.out}.")
    if args.pdf:
        note(f"Wrote the printable report to {args.pdf}.")
    warn_unencrypted()
    return 0
