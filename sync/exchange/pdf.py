"""PDFs of the documents in :mod:`sync.exchange.printing`, drawn without Qt (fpdf2).

Every page has a header (branch name, date; the title under it on a table's first
page, or "(continued)" after it) and a footer ("Page n of N"). Member lists and
sign-in sheets are tables that repeat their column headings on each page; labels
follow the common A4 layout of 3 × 7 labels of 63.5 × 38.1 mm (L7160/J8160), with the
title in the header; a subject-access report is headed sections of wrapped lines; the
wall chart is A3 (:mod:`.pdf_chart`).

Text in any script Noto Sans covers is shaped (:mod:`.pdf_canvas`): Arabic and Hebrew
letters joined and right-aligned in their cell, Devanagari with its conjuncts. A
document in a right-to-left language (``language="ar"``…) is laid out from the right:
columns, headers and labels mirrored.

The file is written to a temp name in the same folder and renamed into place. A
``progress(pages_done, total)`` callback is called before each page; if it raises (a
cancel), the temp file is removed and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from ..store.files import atomic_file
from .organising_docs import ChartDoc
from .pdf_canvas import PAGE_H, PAGE_W, Canvas, Progress, first_strong_rtl
from .pdf_chart import write_chart_pdf
from .printing import LabelsDoc, TableDoc, TextDoc

__all__ = ["Progress", "write_chart_pdf", "write_labels_pdf", "write_pdf", "write_table_pdf",
           "write_text_pdf"]

MARGIN = 15.0
HEADER_H = 14.0
FOOTER_H = 8.0
LABEL = {"cols": 3, "rows": 7, "w": 63.5, "h": 38.1, "top": 15.15, "left": 7.25,
         "pitch_x": 66.0, "pitch_y": 38.1, "pad": 3.0}
LABEL_LINES = 6
WIDTH = PAGE_W - 2 * MARGIN


def _header(c: Canvas, branch: str, date: str, page: int, total: int, top: float = 6.0,
            footer_y: float = PAGE_H - 10.0, title: str = "") -> None:
    c.font(8)
    part = WIDTH / 3 if title else WIDTH / 2
    c.text(MARGIN, top, part, 5, branch, "page")
    c.text(MARGIN + WIDTH - part, top, part, 5, date, "end")
    if title:
        c.text(MARGIN + part, top, part, 5, title, "center")
    c.text(MARGIN, footer_y, WIDTH, 5, c.words["page_of"].format(page=page, total=total), "center")


def _title(doc: TableDoc | LabelsDoc | TextDoc) -> str:
    return f"{doc.title} — {doc.branch}"


def write_table_pdf(doc: TableDoc, path: str | Path, progress: Progress | None = None,
                    *, language: str = "") -> int:
    """Draw a member list or sign-in sheet; returns the number of pages."""
    row_h = 9.0 if doc.tall_rows else 6.0
    top = MARGIN + HEADER_H
    first_body = top + (8.0 if doc.subtitle else 0) + 7.0
    body_h = PAGE_H - MARGIN - FOOTER_H
    rows: list[list[str]] = [*doc.rows, *([[""] * len(doc.columns)] * doc.blank_rows)]
    per_first = max(1, int((body_h - first_body) // row_h))
    per_page = max(1, int((body_h - top - 7.0) // row_h))
    total = 1 if len(rows) <= per_first else 1 + -(-(len(rows) - per_first) // per_page)
    scale = WIDTH / sum(doc.widths)
    xs = [MARGIN]
    for w in doc.widths:
        xs.append(xs[-1] + w * scale)
    with atomic_file(Path(path)) as fh:
        c = Canvas(_title(doc), language, progress)
        index = 0
        for page in range(1, total + 1):
            c.new_page(total)
            _header(c, doc.branch, doc.date, page, total)
            if page == 1:
                c.font(14, bold=True)
                c.text(MARGIN, MARGIN, WIDTH, 9, doc.title, "page")
                y = MARGIN + 10
                if doc.subtitle:
                    c.font(9)
                    c.text(MARGIN, y, WIDTH, 6, doc.subtitle, "page")
                    y += 8
            else:
                c.font(9, bold=True)
                c.text(MARGIN, MARGIN, WIDTH, 6, c.words["continued"].format(title=doc.title),
                       "page")
                y = top
            c.font(9, bold=True)
            for i, name in enumerate(doc.columns):
                c.text(xs[i] + 1, y, xs[i + 1] - xs[i] - 2, 6, name)
            y += 6.5
            c.line(MARGIN, y, MARGIN + WIDTH, y, 0.4)
            y += 0.5
            c.font(9)
            count = per_first if page == 1 else per_page
            for row in rows[index:index + count]:
                for i, cell in enumerate(row):
                    if cell:
                        c.text(xs[i] + 1, y, xs[i + 1] - xs[i] - 2, row_h, str(cell))
                y += row_h
                c.line(MARGIN, y, MARGIN + WIDTH, y, 0.1)
            index += count
        c.write(fh)
    return total


def write_labels_pdf(doc: LabelsDoc, path: str | Path, progress: Progress | None = None,
                     *, language: str = "") -> int:
    """Draw A4 3 × 7 address labels; returns the number of pages."""
    per_page = LABEL["cols"] * LABEL["rows"]
    total = max(1, -(-len(doc.labels) // per_page))
    w = LABEL["w"] - 2 * LABEL["pad"]
    line_h = (LABEL["h"] - 2 * LABEL["pad"]) / LABEL_LINES
    with atomic_file(Path(path)) as fh:
        c = Canvas(_title(doc), language, progress)
        for page in range(total):
            c.new_page(total)
            # header and footer sit in the sheet's top and bottom margins
            _header(c, doc.branch, doc.date, page + 1, total, top=5.0,
                    footer_y=PAGE_H - 12.0, title=doc.title)
            chunk = doc.labels[page * per_page:(page + 1) * per_page]
            for n, lines in enumerate(chunk):
                col, row = n % LABEL["cols"], n // LABEL["cols"]
                x = LABEL["left"] + col * LABEL["pitch_x"] + LABEL["pad"]
                y = LABEL["top"] + row * LABEL["pitch_y"] + LABEL["pad"]
                for i, text in enumerate(lines[:LABEL_LINES]):
                    c.font(9, bold=(i == 0))
                    c.text(x, y + i * line_h, w, line_h, text)
        c.write(fh)
    return total


def _text_lines(c: Canvas, doc: TextDoc) -> list[list[tuple[str, float, bool, float, bool]]]:
    """The report's lines in pages: (text, size, bold, y, right to left) each. A
    heading never ends a page; a long section runs on over pages."""
    top, bottom = MARGIN + HEADER_H, PAGE_H - MARGIN - FOOTER_H
    blocks: list[tuple[str, float, bool, float]] = [(doc.title, 14, True, 0)]
    for heading, lines in doc.sections:
        blocks.append((heading, 11, True, 3))
        blocks += [(line, 9, False, 0) for line in lines]
    c.font(9)
    body_line = c.line_height()
    pages: list[list[tuple[str, float, bool, float, bool]]] = [[]]
    y = top
    for text, size, bold, gap in blocks:
        c.font(size, bold)
        rtl = first_strong_rtl(text)
        wrapped = c.wrap(text, WIDTH)
        h = c.line_height()
        keep = body_line if bold else 0.0  # a heading keeps a line of its section with it
        for i, line in enumerate(wrapped):
            space = (gap if i == 0 else 0) + h
            if y + space + (keep if i == len(wrapped) - 1 else 0) > bottom and pages[-1]:
                pages.append([])
                y, space = top, h
            pages[-1].append((line, size, bold, y + space - h, rtl if rtl is not None
                              else c.rtl))
            y += space
        y += 0.8
    return pages


def write_text_pdf(doc: TextDoc, path: str | Path, progress: Progress | None = None,
                   *, language: str = "") -> int:
    """Draw a report of sections of wrapped lines (the subject-access report)."""
    with atomic_file(Path(path)) as fh:
        c = Canvas(_title(doc), language, progress)
        pages = _text_lines(c, doc)
        for number, page in enumerate(pages, 1):
            c.new_page(len(pages))
            _header(c, doc.branch, doc.date, number, len(pages))
            for text, size, bold, y, rtl in page:
                c.font(size, bold)
                c.text(MARGIN, y, WIDTH, c.line_height(), text, elide=False, rtl=rtl)
        c.write(fh)
    return len(pages)


def write_pdf(doc: TableDoc | LabelsDoc | TextDoc | ChartDoc, path: str | Path,
              progress: Progress | None = None, *, language: str = "") -> int:
    """Draw any document to ``path``; returns the number of pages.

    ``language`` is the language of the document's own words (the app's language, e.g.
    ``"ar"`` or ``"de_DE"``): a right-to-left one lays the pages out from the right.
    """
    if isinstance(doc, LabelsDoc):
        return write_labels_pdf(doc, path, progress, language=language)
    if isinstance(doc, ChartDoc):
        return write_chart_pdf(doc, path, progress, language=language)
    if isinstance(doc, TextDoc):
        return write_text_pdf(doc, path, progress, language=language)
    return write_table_pdf(doc, path, progress, language=language)
