"""Printed lists and subject-access exports, as jobs for the vault worker.

Each job builds its document from the vault, draws the PDF (:mod:`sync.exchange.pdf`,
the same renderer as the CLI's) and records every file in the export log — a printed
list is personal data leaving the vault — all inside one
:meth:`desktop.tasks.TaskRunner.run` job. So the logged row count is exactly what was
drawn, and a lock queued behind the job can never leave a written file unlogged. The
renderer touches no Qt object, so it runs on the worker thread.

``progress(pages_done, total)`` is the PDF writer's callback, called before each
page; raising :class:`~sync.exchange.errors.ExportCancelled` from it stops the job and
leaves no file behind. Nothing here touches a widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sync.exchange import pdf
from sync.exchange import printing as docs
from sync.exchange.pdf import Progress
from sync.exchange.subject_access import subject_access, write_subject_access
from sync.records import Branch, MemberQuery

#: who is on a sign-in sheet: the current members (as ``caucus print sign-in``)
SIGN_IN_QUERY = MemberQuery(status="member")


@dataclass
class Written:
    """What a job wrote: the files (the one to open first) and the sentence to show."""

    paths: list[Path]
    message: str


def _n(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def _draw(branch: Branch, doc, path: Path, progress: Progress | None) -> tuple[int, int]:
    """Draw ``doc`` to ``path`` and log it; returns (rows, pages)."""
    pages = pdf.write_pdf(doc, path, progress)
    return docs.log_printed(branch, doc, path), pages


def print_member_list(branch: Branch, path: Path, query: MemberQuery, sort: str = "name",
                      descending: bool = False, progress: Progress | None = None) -> Written:
    """The member list as the members page shows it (its filters and order)."""
    rows, pages = _draw(branch, docs.member_list_doc(branch, query, sort, descending), path,
                        progress)
    return Written([path], f"Wrote {_n(rows, 'member')} on {_n(pages, 'page')} to {path}.")


def print_labels(branch: Branch, path: Path, query: MemberQuery,
                 progress: Progress | None = None) -> Written:
    """A4 mailing labels (3 × 7) for the members of the list who may be posted to."""
    doc = docs.labels_doc(branch, query)
    rows, pages = _draw(branch, doc, path, progress)
    left_out = (f" {_n(doc.left_out, 'member')} without a postal address or not to be "
                "posted to left out." if doc.left_out else "")
    return Written([path], f"Wrote {_n(rows, 'label')} on {_n(pages, 'page')} to {path}."
                           f"{left_out}")


def print_sign_in(branch: Branch, meeting_id: str, path: Path,
                  progress: Progress | None = None) -> Written:
    """One meeting's sign-in sheet: every current member, a signature column, spare lines."""
    rows, pages = _draw(branch, docs.sign_in_doc(branch, meeting_id, SIGN_IN_QUERY), path,
                        progress)
    return Written([path], f"Wrote a sign-in sheet of {_n(rows, 'name')} on "
                           f"{_n(pages, 'page')} to {path}.")


def export_member(branch: Branch, member_id: str, json_path: Path,
                  progress: Progress | None = None) -> Written:
    """Everything held about one member (subject access): ``json_path`` and, beside it
    under the same name, the printable PDF. The PDF is drawn first, so a cancel while
    drawing leaves neither file."""
    data = subject_access(branch, member_id)
    pdf_path = json_path.with_suffix(".pdf")
    _rows, pages = _draw(branch, docs.subject_access_doc(data), pdf_path, progress)
    write_subject_access(branch, data, json_path)
    name = branch.get_member(data["member"]["id"]).display_name
    return Written([pdf_path, json_path],
                   f"Wrote everything held about {name} to {json_path} (data) and "
                   f"{pdf_path.name} beside it ({_n(pages, 'page')} to print).")
