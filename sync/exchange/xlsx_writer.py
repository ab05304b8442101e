"""A streaming writer of one-sheet Excel workbooks (Office Open XML, ECMA-376).

Why our own: an export of 50,000 members writes about a million cells, and XlsxWriter
(which wrote them before) spends some 4.5 µs of Python on each, three times all the rest
of the export; no library we could vet writes faster. What we write is a small, fixed
part of the format: one worksheet of inline-string, number, boolean and date cells, a
bold heading row and one date style. Each row goes into the zip's compressed stream as
soon as it is formed, so nothing of the sheet is kept in memory or on disk beside it.
openpyxl reads every file back in the tests, and every part written is spelled out
below.

A text cell is written as it is, with three exceptions the format itself imposes:
characters XML cannot hold are left out (vertical tabs and form feeds, line breaks in
old spreadsheets, become line breaks), text that reads as the format's own escape for a
character (``_x0041_``) has its underscore escaped so it comes back as written, and a
text longer than a cell holds (32,767 UTF-16 units) is cut there, as Excel would.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import zipfile
from collections.abc import Sequence
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

#: the longest text a cell holds, in UTF-16 units
MAX_CELL_TEXT = 32_767
#: rows formed before they are encoded and compressed in one go
ROWS_PER_WRITE = 500

#: what XML 1.0 cannot hold (tab and line breaks are fine)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: text the format would read as an escaped character: its "_" is escaped as "_x005F_"
_ESCAPE_LIKE = re.compile("_(x[0-9A-Fa-f]{4}_)")
#: day 0 of Excel's 1900 date system; dates after 28 February 1900 count one day more,
#: for the 29 February 1900 that Excel believes in
_EPOCH = dt.date(1899, 12, 31)
_FIRST_AFTER_LEAP_DAY = dt.date(1900, 3, 1)

# style indexes into cellXfs below
_PLAIN, _BOLD, _DATE = 0, 1, 2

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '</Types>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/>'
    '</Relationships>')
# the fills none and gray125 are the two every styles part must begin with
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '</cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>')
_SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<dimension ref="{dimension}"/><sheetData>')
_SHEET_END = '</sheetData></worksheet>'


def column_letters(index: int) -> str:
    """A column's name from its 0-based index: A … Z, AA …"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def excel_day(day: dt.date) -> int | None:
    """The serial number of a date in Excel's 1900 system, or None before 1900 (which
    that system cannot show: such a date is written as text)."""
    if day < dt.date(1900, 1, 1):
        return None
    return (day - _EPOCH).days + (day >= _FIRST_AFTER_LEAP_DAY)


def cell_text(value: str) -> str:
    """Text as a cell element holds it (see the module's docstring)."""
    if len(value) > MAX_CELL_TEXT // 2 and len(value.encode("utf-16-le")) > 2 * MAX_CELL_TEXT:
        value = value.encode("utf-16-le")[:2 * MAX_CELL_TEXT].decode("utf-16-le", "ignore")
    if "_x" in value:
        value = _ESCAPE_LIKE.sub(r"_x005F_\1", value)
    if not value.isprintable():  # most text is: no control character, nor line break
        value = _NOT_XML.sub(_xml_character, value)
    return escape(value)


def _xml_character(found: re.Match[str]) -> str:
    return "\n" if found[0] in "\v\f" else ""


def write_workbook(fh: BinaryIO, sheet: str, heading: Sequence[str],
                   rows: Sequence[Sequence[Any]], dates: Sequence[bool]) -> None:
    """Write a workbook of one sheet named ``sheet`` to ``fh``: the bold ``heading`` row,
    then ``rows``.

    A cell is None (left empty), text, a number, a boolean, or in a column ``dates``
    marks, an ISO date (``YYYY-MM-DD``, shown as a date); text there that is not a date
    is written as text. Raises OSError when the file cannot be written (a full disk)."""
    width = len(heading)
    refs = [column_letters(i) for i in range(width)]
    last = f"{refs[-1]}{len(rows) + 1}" if width else "A1"
    with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _ROOT_RELS)
        book.writestr("xl/workbook.xml", _WORKBOOK.format(name=escape(sheet, {'"': "&quot;"})))
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        book.writestr("xl/styles.xml", _STYLES)
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(_SHEET_START.format(dimension=f"A1:{last}").encode())
            part.write(_row(1, heading, refs, [False] * width, _BOLD).encode())
            pending: list[str] = []
            for number, row in enumerate(rows, 2):
                pending.append(_row(number, row, refs, dates, _PLAIN))
                if len(pending) == ROWS_PER_WRITE:
                    part.write("".join(pending).encode())
                    pending.clear()
            part.write("".join(pending).encode())
            part.write(_SHEET_END.encode())


def _row(number: int, values: Sequence[Any], refs: list[str], dates: Sequence[bool],
         style: int) -> str:
    styled = f' s="{style}"' if style else ""
    cells = [f'<row r="{number}">']
    for value, ref, is_date in zip(values, refs, dates, strict=True):
        if value is None or value == "":
            continue
        at = f'{ref}{number}"{styled}'
        if isinstance(value, str):
            if is_date:
                try:
                    serial = excel_day(dt.date.fromisoformat(value))
                except ValueError:
                    serial = None
                if serial is not None:
                    cells.append(f'<c r="{at} s="{_DATE}"><v>{serial}</v></c>')
                    continue
            text = cell_text(value)
            space = ' xml:space="preserve"' if text[:1].isspace() or \
                text[-1:].isspace() else ""
            cells.append(f'<c r="{at} t="inlineStr"><is><t{space}>{text}</t></is></c>')
        elif isinstance(value, bool):
            cells.append(f'<c r="{at} t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, int) or isinstance(value, float) and math.isfinite(value):
            cells.append(f'<c r="{at}><v>{value!r}</v></c>')
        else:
            cells.append(f'<c r="{at} t="inlineStr"><is><t>{cell_text(str(value))}</t></is></c>')
    cells.append("</row>")
    return "".join(cells)
