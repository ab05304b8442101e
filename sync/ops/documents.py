"""Printed documents and subject-access exports: drawn, written and logged at once.

Each operation builds its document from the vault, draws the PDF
(:mod:`sync.exchange.pdf`) and records the file in the export log — a printed list is
personal data leaving the vault — in one step, so the logged row count is exactly what
was drawn. ``progress`` hears :attr:`Stage.PAGES` before each page; a ``cancel``
stops the drawing and leaves no file behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CaucusError
from ..exchange import printing as docs
from ..exchange.subject_access import subject_access, write_subject_access
from ..progress import Cancel, Progress, ProgressFn, Stage, ignore
from ..records import MemberQuery
from .changed import Area, Changes
from .session import Session

#: who is on a sign-in sheet unless the caller says: the current members
SIGN_IN_QUERY = MemberQuery(status="member")


@dataclass
class Printed:
    """What a print wrote: the files (the one to open first), the rows (people or
    labels) and pages drawn, and those left out (labels without a postal address)."""

    paths: list[Path]
    rows: int
    pages: int
    left_out: int = 0
    #: the name of the person a subject-access export is about
    name: str = ""
    changes: Changes = field(default_factory=lambda: Changes.of(Area.EXPORT_LOG))


def _pages(progress: ProgressFn, cancel: Cancel | None):
    def before_page(done: int, total: int) -> None:
        if cancel is not None:
            cancel.check()
        progress(Progress(Stage.PAGES, done, total))
    return before_page


def draw(session: Session, doc, path: Path, progress: ProgressFn, cancel: Cancel | None,
          language: str) -> tuple[int, int]:
    """Draw ``doc`` to ``path`` and log it; returns (rows, pages). The renderer
    (fpdf2, HarfBuzz) loads only when something is drawn."""
    try:
        from ..exchange import pdf
    except ImportError as exc:
        raise CaucusError(f"PDFs need the fpdf2 and uharfbuzz packages: {exc}.") from None
    pages = pdf.write_pdf(doc, path, _pages(progress, cancel), language=language)
    return docs.log_printed(session.branch, doc, path), pages


def print_member_list(session: Session, path: str | Path, query: MemberQuery | None = None,
                      sort: str = "name", descending: bool = False, *, language: str = "",
                      progress: ProgressFn = ignore, cancel: Cancel | None = None) -> Printed:
    """The member list as shown (its filters and order)."""
    path = Path(path)
    doc = docs.member_list_doc(session.branch, query, sort, descending, language)
    rows, pages = draw(session, doc, path, progress, cancel, language)
    return Printed([path], rows, pages)


def print_labels(session: Session, path: str | Path, query: MemberQuery | None = None, *,
                 language: str = "", progress: ProgressFn = ignore,
                 cancel: Cancel | None = None) -> Printed:
    """A4 mailing labels (3 × 7) for the members of the list who may be posted to."""
    path = Path(path)
    doc = docs.labels_doc(session.branch, query, language)
    rows, pages = draw(session, doc, path, progress, cancel, language)
    return Printed([path], rows, pages, doc.left_out)


def print_sign_in(session: Session, meeting: str, path: str | Path,
                  query: MemberQuery | None = None, blank_rows: int = 10, *,
                  language: str = "", progress: ProgressFn = ignore,
                  cancel: Cancel | None = None) -> Printed:
    """A meeting's sign-in sheet (by id, id prefix or title): the people of ``query``
    (the current members by default), a signature column, ``blank_rows`` spare lines."""
    path = Path(path)
    doc = docs.sign_in_doc(session.branch, meeting, query or SIGN_IN_QUERY,
                           blank_rows=max(0, blank_rows), language=language)
    rows, pages = draw(session, doc, path, progress, cancel, language)
    return Printed([path], rows, pages)


def export_member(session: Session, member: str, json_path: str | Path | None = None,
                  pdf_path: str | Path | None = None, *, language: str = "",
                  progress: ProgressFn = ignore, cancel: Cancel | None = None) -> Printed:
    """Everything held about one member (subject access; by id or id prefix): the data
    as JSON at ``json_path`` and/or the printable report at ``pdf_path``. The PDF is
    drawn first, so a cancel while drawing leaves neither file."""
    branch = session.branch
    member_id = branch.resolve_id("member", member, "member")
    data = subject_access(branch, member_id)
    paths: list[Path] = []
    pages = 0
    if pdf_path is not None:
        paths.append(Path(pdf_path))
        _rows, pages = draw(session, docs.subject_access_doc(data, language), paths[0], progress,
                             cancel, language)
    if json_path is not None:
        write_subject_access(branch, data, json_path)
        paths.append(Path(json_path))
    name = branch.get_member(data["member"]["id"]).display_name
    return Printed(paths, 1, pages, name=name)
