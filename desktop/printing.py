"""PDFs of the documents in :mod:`sync.exchange.printing`, drawn with Qt's QPdfWriter.

Every page has a header (branch name, title, date) and a footer ("Page n of N"). Member
lists and sign-in sheets are tables that repeat their column headings on each page;
labels follow the common A4 layout of 3 × 7 labels of 63.5 × 38.1 mm (L7160/J8160).
Files are written to a temp name in the same folder and renamed into place. A
``progress(pages_done, total)`` callback is called before each page; if it raises (a
cancel), the temp file is removed and nothing is written.

Runs without a display: :func:`ensure_app` makes a ``QGuiApplication`` on the
``offscreen`` platform when there is none (the CLI's case).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from sync.exchange.printing import LabelsDoc, TableDoc, TextDoc
from sync.store.files import atomic_path

MM = 1.0  # layout unit: millimetres, scaled to device pixels when painting
PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 15.0
HEADER_H = 14.0
FOOTER_H = 8.0
LABEL = {"cols": 3, "rows": 7, "w": 63.5, "h": 38.1, "top": 15.15, "left": 7.25,
         "pitch_x": 66.0, "pitch_y": 38.1, "pad": 3.0}

#: progress(pages_done, total): called before each page; raise to stop (nothing is written)
Progress = Callable[[int, int], None]

_app = None


def ensure_app():
    """A Qt application (offscreen if there is no display) for painting PDFs."""
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is not None:
        return app
    if not os.environ.get("QT_QPA_PLATFORM") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or sys.platform in ("win32", "darwin")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # a QApplication (not just a QGuiApplication), so widgets may follow in-process
    _app = QApplication(["caucus"])
    return _app


def _font(size: float, bold: bool = False):
    """A sans-serif font without ligatures (so copied or searched text stays plain)."""
    from PySide6.QtGui import QFont

    f = QFont("DejaVu Sans")
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPointSizeF(size)
    f.setBold(bold)
    for tag in ("liga", "clig", "dlig"):
        f.setFeature(QFont.Tag(tag), 0)
    return f


class _Pdf:
    """A QPdfWriter and a painter, with millimetre helpers."""

    def __init__(self, path: Path, title: str, progress: Progress | None = None) -> None:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

        ensure_app()
        self.writer = QPdfWriter(str(path))
        self.writer.setTitle(title)
        self.writer.setCreator("Caucus")
        self.writer.setResolution(300)
        self.writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise OSError(f"Cannot write the PDF {path}")
        self.scale = self.writer.resolution() / 25.4
        self.pages = 0
        self.progress = progress

    def px(self, mm: float) -> float:
        return mm * self.scale

    def font(self, size: float, bold: bool = False):
        f = _font(size, bold)
        self.painter.setFont(f)
        return f

    def rect(self, x: float, y: float, w: float, h: float):
        from PySide6.QtCore import QRectF

        return QRectF(self.px(x), self.px(y), self.px(w), self.px(h))

    def text(self, x: float, y: float, w: float, h: float, text: str, align=None,
             elide: bool = True) -> None:
        from PySide6.QtCore import Qt

        flags = align if align is not None else (Qt.AlignmentFlag.AlignLeft
                                                 | Qt.AlignmentFlag.AlignVCenter)
        r = self.rect(x, y, w, h)
        if elide:
            text = self.painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                         int(r.width()))
        self.painter.drawText(r, flags, text)

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.2) -> None:
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPen

        self.painter.setPen(QPen(self.painter.pen().color(), self.px(width)))
        self.painter.drawLine(QPointF(self.px(x1), self.px(y1)),
                              QPointF(self.px(x2), self.px(y2)))

    def new_page(self, total: int) -> None:
        if self.progress is not None:
            self.progress(self.pages, total)
        if self.pages:
            self.writer.newPage()
        self.pages += 1

    def header(self, branch: str, title: str, date: str, page: int, total: int,
               top: float = 6.0, footer_y: float = PAGE_H - 10.0) -> None:
        from PySide6.QtCore import Qt

        width = PAGE_W - 2 * MARGIN
        self.font(8)
        self.text(MARGIN, top, width / 2, 5, branch)
        self.text(MARGIN + width / 2, top, width / 2, 5, date,
                  Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.font(8)
        self.text(MARGIN, footer_y, width, 5, f"Page {page} of {total}",
                  Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)

    def finish(self) -> None:
        self.painter.end()


def write_table_pdf(doc: TableDoc, path: str | Path, progress: Progress | None = None) -> int:
    """Draw a member list or sign-in sheet; returns the number of pages."""
    from PySide6.QtCore import Qt

    path = Path(path)
    row_h = 9.0 if doc.tall_rows else 6.0
    top = MARGIN + HEADER_H
    first_body = top + (8.0 if doc.subtitle else 0) + 7.0
    body_h = PAGE_H - MARGIN - FOOTER_H
    rows: list[list[str]] = [*doc.rows, *([[""] * len(doc.columns)] * doc.blank_rows)]
    per_first = max(1, int((body_h - first_body) // row_h))
    per_page = max(1, int((body_h - top - 7.0) // row_h))
    total = 1 if len(rows) <= per_first else 1 + -(-(len(rows) - per_first) // per_page)
    width = PAGE_W - 2 * MARGIN
    scale = width / sum(doc.widths)
    xs = [MARGIN]
    for w in doc.widths:
        xs.append(xs[-1] + w * scale)
    with atomic_path(path) as tmp:
        pdf = _Pdf(tmp, f"{doc.title} — {doc.branch}", progress)
        try:
            index = 0
            for page in range(1, total + 1):
                pdf.new_page(total)
                pdf.header(doc.branch, doc.title, doc.date, page, total)
                y = top
                if page == 1:
                    pdf.font(14, bold=True)
                    pdf.text(MARGIN, MARGIN, width, 9, doc.title)
                    y = MARGIN + 10
                    if doc.subtitle:
                        pdf.font(9)
                        pdf.text(MARGIN, y, width, 6, doc.subtitle)
                        y += 8
                else:
                    pdf.font(9, bold=True)
                    pdf.text(MARGIN, MARGIN, width, 6, f"{doc.title} (continued)")
                    y = top
                pdf.font(9, bold=True)
                for i, name in enumerate(doc.columns):
                    pdf.text(xs[i] + 1, y, xs[i + 1] - xs[i] - 2, 6, name)
                y += 6.5
                pdf.line(MARGIN, y, MARGIN + width, y, 0.4)
                y += 0.5
                pdf.font(9)
                count = per_first if page == 1 else per_page
                for row in rows[index:index + count]:
                    for i, cell in enumerate(row):
                        pdf.text(xs[i] + 1, y, xs[i + 1] - xs[i] - 2, row_h, str(cell or ""),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                    y += row_h
                    pdf.line(MARGIN, y, MARGIN + width, y, 0.1)
                index += count
        finally:
            pdf.finish()
    return total


def write_labels_pdf(doc: LabelsDoc, path: str | Path, progress: Progress | None = None) -> int:
    """Draw A4 3 × 7 address labels; returns the number of pages."""
    from PySide6.QtCore import Qt

    path = Path(path)
    per_page = LABEL["cols"] * LABEL["rows"]
    total = max(1, -(-len(doc.labels) // per_page))
    with atomic_path(path) as tmp:
        pdf = _Pdf(tmp, f"{doc.title} — {doc.branch}", progress)
        try:
            for page in range(total):
                pdf.new_page(total)
                # header and footer sit in the sheet's top and bottom margins
                pdf.header(doc.branch, doc.title, doc.date, page + 1, total, top=5.0,
                           footer_y=PAGE_H - 12.0)
                pdf.font(9)
                chunk = doc.labels[page * per_page:(page + 1) * per_page]
                for n, lines in enumerate(chunk):
                    col, row = n % LABEL["cols"], n // LABEL["cols"]
                    x = LABEL["left"] + col * LABEL["pitch_x"] + LABEL["pad"]
                    y = LABEL["top"] + row * LABEL["pitch_y"] + LABEL["pad"]
                    w = LABEL["w"] - 2 * LABEL["pad"]
                    line_h = (LABEL["h"] - 2 * LABEL["pad"]) / 6
                    for i, text in enumerate(lines[:6]):
                        pdf.font(9, bold=(i == 0))
                        pdf.text(x, y + i * line_h, w, line_h, text,
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        finally:
            pdf.finish()
    return total


def write_text_pdf(doc: TextDoc, path: str | Path, progress: Progress | None = None) -> int:
    """Draw a report of sections of wrapped lines (the subject-access report)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF

    path = Path(path)
    width = PAGE_W - 2 * MARGIN
    top, bottom = MARGIN + HEADER_H, PAGE_H - MARGIN - FOOTER_H
    with atomic_path(path) as tmp:
        pdf = _Pdf(tmp, f"{doc.title} — {doc.branch}", progress)
        try:
            def measure(text: str, size: float, bold: bool = False) -> float:
                metrics = QFontMetricsF(_font(size, bold), pdf.writer)
                r = metrics.boundingRect(QRectF(0, 0, pdf.px(width), 1e9),
                                         int(Qt.TextFlag.TextWordWrap), text)
                return r.height() / pdf.scale + 0.8

            # lay out first (so pages can say "of N"), then paint
            blocks: list[tuple[str, float, bool, float]] = [(doc.title, 14, True, 0)]
            for heading, lines in doc.sections:
                blocks.append((heading, 11, True, 3))
                blocks += [(line, 9, False, 0) for line in lines]
            pages: list[list[tuple[str, float, bool, float, float]]] = [[]]
            y = top
            for text, size, bold, gap in blocks:
                h = measure(text, size, bold)
                if y + gap + h > bottom and pages[-1]:
                    pages.append([])
                    y = top
                pages[-1].append((text, size, bold, y + gap, h))
                y += gap + h
            for number, page in enumerate(pages, 1):
                pdf.new_page(len(pages))
                pdf.header(doc.branch, doc.title, doc.date, number, len(pages))
                for text, size, bold, y, h in page:
                    pdf.font(size, bold)
                    pdf.painter.drawText(
                        pdf.rect(MARGIN, y, width, h + 1),
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                        | int(Qt.TextFlag.TextWordWrap), text)
        finally:
            pdf.finish()
    return len(pages)


def write_pdf(doc: TableDoc | LabelsDoc | TextDoc, path: str | Path,
              progress: Progress | None = None) -> int:
    """Draw any document; returns the number of pages."""
    if isinstance(doc, LabelsDoc):
        return write_labels_pdf(doc, path, progress)
    if isinstance(doc, TextDoc):
        return write_text_pdf(doc, path, progress)
    return write_table_pdf(doc, path, progress)
