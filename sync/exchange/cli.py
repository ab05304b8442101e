"""``caucus`` commands for data in and out: import, export, print, duplicates, and
``member export`` (subject access). Registered from :mod:`sync.cli`.

PDF commands draw with :mod:`sync.exchange.pdf` (fpdf2), imported only when asked for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..cli import (
    STATUSES,
    Subparsers,
    UsageError,
    _emit,
    _group,
    _leaf,
    _note,
    _print_json,
    _say,
    _table,
)
from ..errors import CaucusError
from ..records import Branch, MemberQuery
from . import duplicates as dup
from . import exporter, importer
from . import printing as docs
from .exporter import UNENCRYPTED_WARNING


def register(sub: Subparsers) -> None:
    _register_import(sub)
    _register_export(sub)
    _register_print(sub)
    _register_duplicates(sub)
    _register_member_export(sub)


def _query_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", default="", help="name, email, phone or note text fragment")
    p.add_argument("--status", choices=STATUSES, help="effective membership status")
    p.add_argument("--tag", help="members with this tag")
    p.add_argument("--workplace", help="workplace id, id prefix or exact name")


def _query(branch: Branch, args: argparse.Namespace) -> MemberQuery:
    workplace = None
    if getattr(args, "workplace", None):
        workplace = branch.resolve_id("workplace", args.workplace, "workplace")
    return MemberQuery(search=args.search or "", status=args.status, tag=args.tag,
                       workplace_id=workplace)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _pdf():
    """The PDF renderer, imported only by the commands that draw (fpdf2 and fontTools
    take a moment to load)."""
    try:
        from . import pdf
    except ImportError as exc:
        raise CaucusError(f"PDFs need the fpdf2 and uharfbuzz packages: {exc}.") from None
    return pdf


# -- import ---------------------------------------------------------------------------
def _register_import(sub: Subparsers) -> None:
    p = _leaf(sub, "import", "import members from a CSV or Excel (.xlsx) file",
              _cmd_import, json_out=True)
    p.add_argument("file", metavar="FILE", help="the .csv or .xlsx file")
    p.add_argument("--mapping", metavar="NAME", help="use a saved column mapping")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="map a column by hand (an empty FIELD ignores the column)")
    p.add_argument("--save-mapping", metavar="NAME", help="save the mapping used under NAME")
    p.add_argument("--on-duplicate", choices=importer.DECISIONS, default="skip",
                   help="for rows matching an existing member (default: skip)")
    p.add_argument("--dry-run", action="store_true",
                   help="show the mapping and what would happen; write nothing")


def _cmd_import(branch: Branch, args: argparse.Namespace) -> int:
    table = importer.read_table(args.file)
    mapping = importer.guess_mapping(table.headings)
    if args.mapping:
        saved = importer.load_mapping(branch, args.mapping)
        mapping.update({h: t for h, t in saved.items() if h in mapping})
    for text in args.map:
        if "=" not in text:
            raise UsageError(f"--map needs COLUMN=FIELD, not {text!r}.")
        column, target = (x.strip() for x in text.split("=", 1))
        if column not in mapping:
            raise UsageError(f"The file has no column {column!r}.")
        mapping.update(importer.check_mapping({column: target}))
    if args.save_mapping:
        importer.save_mapping(branch, args.save_mapping, mapping)
        _note(f"Saved the mapping as {args.save_mapping!r}.")
    if args.dry_run:
        plans = importer.plan_import(branch, table, mapping)
        if args.json:
            _print_json({"mapping": mapping, "rows": [p.to_dict() for p in plans],
                         "notes": table.notes})
        else:
            _table(["COLUMN", "FIELD"], [(h, t or "(ignored)") for h, t in mapping.items()])
            dups = sum(1 for p in plans if p.is_duplicate)
            bad = [p for p in plans if p.error]
            _note(f"{len(plans)} rows: {len(bad)} would be rejected, {dups} match existing "
                  "members or earlier rows.")
            for p in bad:
                _note(f"  row {p.row}: {p.error}")
            for text in table.notes:
                _note(text)
        return 0
    ignored = [h for h, t in mapping.items() if not t]
    if ignored and not args.json:
        _note("Columns not imported: " + ", ".join(ignored))
    progress = None
    if sys.stderr.isatty():
        def progress(done: int, total: int) -> None:
            sys.stderr.write(f"\rImporting: {done}/{total}")
            sys.stderr.flush()
    result = importer.run_import(branch, table, mapping, on_duplicate=args.on_duplicate,
                                 progress=progress)
    if progress:
        _note("")
    if args.json:
        _print_json(result.to_dict())
    else:
        for row, reason in sorted(result.rejected + result.skipped):
            _say(f"row {row}: {reason}")
        for text in result.notes:
            _note(text)
    _note(result.summary())
    return 0


# -- export -----------------------------------------------------------------------------
def _register_export(sub: Subparsers) -> None:
    p = _leaf(sub, "export", "export the (filtered) member list as CSV, XLSX or PDF; "
              "'caucus export log' lists past exports", _cmd_export, json_out=True)
    p.add_argument("what", nargs="?", choices=("log",), help="log: list past exports")
    p.add_argument("--format", choices=(*exporter.FORMATS, "pdf"),
                   help="csv, xlsx or pdf (default: from the file name)")
    p.add_argument("--out", metavar="FILE", help="the file to write")
    _query_options(p)
    p.add_argument("--columns", metavar="A,B,C",
                   help="columns to export (default: all); see --list-columns")
    p.add_argument("--list-columns", action="store_true", help="print the columns and stop")


def _cmd_export(branch: Branch, args: argparse.Namespace) -> int:
    if args.what == "log":
        entries = exporter.export_log(branch)
        return _emit(args, entries, "export", ["AT", "DEVICE", "KIND", "ROWS", "TARGET"],
                     lambda e: (e.at, e.device, e.kind, e.rows, e.target))
    if args.list_columns:
        for name in exporter.available_columns(branch):
            _say(name)
        return 0
    if not args.out:
        raise UsageError("Give the file to write with --out FILE.")
    out = Path(args.out)
    fmt = args.format or out.suffix.lstrip(".").lower()
    if fmt not in (*exporter.FORMATS, "pdf"):
        raise UsageError("Give --format csv, xlsx or pdf (or a file name ending in one).")
    query = _query(branch, args)
    if fmt == "pdf":
        doc = docs.member_list_doc(branch, query)
        pages = _pdf().write_pdf(doc, out)
        docs.log_printed(branch, doc, out)
        result: dict[str, Any] = {"path": str(out), "rows": len(doc.rows), "pages": pages,
                                  "kind": "pdf"}
    else:
        columns = [c for c in args.columns.split(",") if c.strip()] if args.columns else None
        result = exporter.export_members(branch, out, fmt, query, columns).to_dict()
    if args.json:
        _print_json(result)
    _note(f"Exported {result['rows']} members to {out}.")
    _note(f"Warning: {UNENCRYPTED_WARNING}")
    return 0


# -- print ------------------------------------------------------------------------------
def _register_print(sub: Subparsers) -> None:
    g = _group(sub, "print", "printable PDFs: meeting sign-in sheets and mailing labels")
    p = _leaf(g, "sign-in", "a meeting's sign-in sheet (names and a signature column)",
              _cmd_print_sign_in)
    p.add_argument("--meeting", required=True, metavar="ID", help="meeting id, prefix or title")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    _query_options(p)
    p.add_argument("--blank", type=int, default=10, help="blank lines for others (default 10)")
    p = _leaf(g, "labels", "A4 mailing labels, 3 x 7 per page (63.5 x 38.1 mm)",
              _cmd_print_labels)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    _query_options(p)


def _cmd_print_sign_in(branch: Branch, args: argparse.Namespace) -> int:
    query = _query(branch, args) if (args.search or args.status or args.tag or args.workplace) \
        else MemberQuery(status="member")
    doc = docs.sign_in_doc(branch, args.meeting, query, blank_rows=max(0, args.blank))
    pages = _pdf().write_pdf(doc, args.out)
    docs.log_printed(branch, doc, args.out)
    _note(f"Wrote a sign-in sheet of {_n(len(doc.rows), 'name')} on {_n(pages, 'page')} "
          f"to {args.out}.")
    _note(f"Warning: {UNENCRYPTED_WARNING}")
    return 0


def _cmd_print_labels(branch: Branch, args: argparse.Namespace) -> int:
    doc = docs.labels_doc(branch, _query(branch, args))
    pages = _pdf().write_pdf(doc, args.out)
    docs.log_printed(branch, doc, args.out)
    _note(f"Wrote {_n(len(doc.labels), 'label')} on {_n(pages, 'page')} to {args.out}"
          + (f" ({doc.left_out} members without a postal address or not to be posted to "
             "were left out)." if doc.left_out else "."))
    _note(f"Warning: {UNENCRYPTED_WARNING}")
    return 0


# -- duplicates -------------------------------------------------------------------------
def _register_duplicates(sub: Subparsers) -> None:
    g = _group(sub, "duplicates", "find and merge duplicate members")
    p = _leaf(g, "list", "likely duplicates: same email, or similar name with the same "
              "phone or postcode", _cmd_duplicates_list, json_out=True)
    p.add_argument("--limit", type=int, help="show at most N pairs")
    p = _leaf(g, "merge", "merge member B into member A (one change set; nothing is lost)",
              _cmd_duplicates_merge, json_out=True)
    p.add_argument("a", metavar="A", help="the member to keep")
    p.add_argument("b", metavar="B", help="the member merged into A (then deleted)")
    p.add_argument("--prefer", choices=("a", "b"), default="a",
                   help="whose value to keep where both differ (default a)")
    p.add_argument("--take", action="append", default=[], metavar="FIELD=a|b",
                   help="per field: keep A's or B's value (lists: also 'union')")
    p.add_argument("--show", action="store_true", help="show the differing fields; merge nothing")


def _cmd_duplicates_list(branch: Branch, args: argparse.Namespace) -> int:
    search = dup.search_duplicates(branch, args.limit)
    for text in search.notes:
        _note(text)
    return _emit(args, search.pairs, "pair", ["A", "NAME A", "B", "NAME B", "WHY"],
                 lambda p: (p.a, p.a_name, p.b, p.b_name, "; ".join(p.reasons)),
                 total=search.total)


def _cmd_duplicates_merge(branch: Branch, args: argparse.Namespace) -> int:
    a = branch.resolve_id("member", args.a, "member")
    b = branch.resolve_id("member", args.b, "member")
    choices = {}
    for text in args.take:
        if "=" not in text:
            raise UsageError(f"--take needs FIELD=a or FIELD=b, not {text!r}.")
        name, side = text.split("=", 1)
        choices[name.strip()] = side.strip()
    if args.show:
        plan = dup.compare_members(branch, a, b, args.prefer)
        return _emit(args, plan, "differing field", ["FIELD", "A", "B", "KEEP"],
                     lambda c: (c.field, c.a, c.b, choices.get(c.field, c.default)))
    result = dup.merge_members(branch, a, b, choices, args.prefer)
    if args.json:
        _print_json(result.to_dict())
    moved = ", ".join(f"{n} {k}" for k, n in result.moved.items() if n)
    _note(f"Merged {b} into {a}" + (f" (moved {moved})." if moved else "."))
    return 0


# -- member export (subject access) -------------------------------------------------------
def _register_member_export(sub: Subparsers) -> None:
    member = sub.choices.get("member")
    if member is None:  # pragma: no cover - the member group is registered first
        return
    group = next(a for a in member._actions if isinstance(a, argparse._SubParsersAction))
    p = _leaf(group, "export", "everything held about one member (subject access) as JSON "
              "and/or PDF", _cmd_member_export)
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", metavar="FILE", help="the JSON file to write")
    p.add_argument("--pdf", metavar="FILE", help="also (or only) a printable PDF")


def _cmd_member_export(branch: Branch, args: argparse.Namespace) -> int:
    from .subject_access import export_subject_access, subject_access

    if not args.out and not args.pdf:
        raise UsageError("Give --out FILE (JSON) and/or --pdf FILE.")
    member_id = branch.resolve_id("member", args.id, "member")
    if args.out:
        data = export_subject_access(branch, member_id, args.out)
        _note(f"Wrote everything held about {member_id} to {args.out}.")
    else:
        data = subject_access(branch, member_id)
    if args.pdf:
        doc = docs.subject_access_doc(data)
        _pdf().write_pdf(doc, args.pdf)
        docs.log_printed(branch, doc, args.pdf)
        _note(f"Wrote the printable report to {args.pdf}.")
    _note(f"Warning: {UNENCRYPTED_WARNING}")
    return 0
