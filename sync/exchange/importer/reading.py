"""Reading a spreadsheet: CSV in any common dialect and encoding, or XLSX, into a
:class:`Table` of headings and rows (cells as text, dates or numbers)."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import QT_TRANSLATE_NOOP, CaucusError
from ...phrases import Phrase, Quantity
from ...replica.bulk import young_collections_only
from ..errors import EmptyImportFile, ImportFileTooLarge, UnreadableImportFile
from .cells import blank, blank_row

#: The largest import: bigger files are refused before they are read.
MAX_BYTES = 64 * 2**20
MAX_ROWS = 250_000


@dataclass
class Table:
    """A spreadsheet's headings and data rows (cells as text, dates or numbers)."""

    headings: list[str]
    rows: list[list[Any]]
    kind: str  # "csv" or "xlsx"
    encoding: str | None = None
    delimiter: str | None = None
    #: the spreadsheet row number of each data row (headings are row 1)
    row_numbers: list[int] = field(default_factory=list)
    #: rows that cannot be read as they are: row number → why (reported as rejected)
    errors: dict[int, str] = field(default_factory=dict)
    #: what the reader decided that the user should know (the sheet read, rows read as
    #: Windows-1252)
    notes: list[str] = field(default_factory=list)
    sheet: str | None = None


def read_table(path: str | Path) -> Table:
    """Read a CSV or XLSX file. :class:`EmptyImportFile`, :class:`UnreadableImportFile` or
    :class:`ImportFileTooLarge` when there is nothing usable (or too much)."""
    with young_collections_only():
        return _read_table(Path(path))


def _read_table(path: Path) -> Table:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ImportFileTooLarge.of(
            QT_TRANSLATE_NOOP(
                "errors", "That file is {size:.0f} MB; Caucus imports files of up to {limit} "
                "MB ({max_rows} rows) at a time. Split it into smaller files and "
                "import each; nothing was written."),
                size=size / 2 ** 20, limit=MAX_BYTES // 2 ** 20, max_rows=Quantity(MAX_ROWS))
    data = path.read_bytes()
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise EmptyImportFile()
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(data)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UnreadableImportFile(QT_TRANSLATE_NOOP(
            "errors", "That is an old Excel (.xls) file; save it as .xlsx or CSV "
                                   "and import that. Nothing was written."))
    return _read_csv(data)


def _too_many_rows() -> ImportFileTooLarge:
    return ImportFileTooLarge.of(
        QT_TRANSLATE_NOOP(
            "errors", "That file has more than {max_rows} rows; Caucus imports up to "
            "{max_rows} rows ({limit} MB) at a time. Split it into smaller files and "
            "import each; nothing was written."), max_rows=Quantity(MAX_ROWS),
        limit=MAX_BYTES // 2 ** 20)


_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def decode_lines(data: bytes) -> tuple[list[str], str, set[int]]:
    """A text file's lines, its encoding, and which lines were read as Windows-1252.

    A UTF-16 BOM (or UTF-16 without one) decides for the whole file; otherwise a file
    that is not valid UTF-8 is read line by line, and only the lines that are not valid
    UTF-8 as Windows-1252, so one row pasted from elsewhere cannot garble the accents
    of every other row. (A file with no UTF-8 beyond ASCII is simply Windows-1252.)
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _split_lines(data, "utf-16"), "utf-16", set()
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM: every other byte of ASCII text is zero
        even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
        sample = min(len(data), 4096) // 2 or 1
        for share, name in ((odd, "utf-16-le"), (even, "utf-16-be")):
            if share > 0.4 * sample and len(data) % 2 == 0:
                return _split_lines(data, name), name, set()
        raise UnreadableImportFile()
    name = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    body = data[3:] if name == "utf-8-sig" else data
    try:
        return _split_lines(body, "utf-8"), name, set()
    except UnreadableImportFile:
        pass
    lines, fallback = [], set()
    for i, raw in enumerate(_LINE.findall(body)):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                lines.append(raw.decode("cp1252"))
            except UnicodeDecodeError:
                raise UnreadableImportFile() from None
            fallback.add(i)
    if all(line.isascii() for i, line in enumerate(lines) if i not in fallback):
        return lines, "cp1252", set()
    return lines, name, fallback


def _split_lines(data: bytes, encoding: str) -> list[str]:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise UnreadableImportFile() from None
    return io.StringIO(text.lstrip("\ufeff"), newline="").readlines()


def _check_text(text: str) -> str:
    """Refuse text full of control characters (a binary file that happened to decode)."""
    sample = text[:8192]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\r\n") or c == "\ufffd")
    if bad > max(2, len(sample) // 100):
        raise UnreadableImportFile()
    return text


_QUOTE_NEVER_CLOSED = (
    Phrase(QT_TRANSLATE_NOOP("phrases", 'A quote (") opened in this row is never closed')),
    Phrase(QT_TRANSLATE_NOOP("phrases", "the rest of the file")))
_QUOTE_NOT_CLOSED = (
    Phrase(QT_TRANSLATE_NOOP("phrases",
                             'A quote (") opened in this row is not closed where its cell ends')),
    Phrase(QT_TRANSLATE_NOOP("phrases", "the lines after it")))


def _read_csv(data: bytes) -> Table:
    lines, encoding, fallback = decode_lines(data)
    head, size = [], 0
    for line in lines:
        head.append(line)
        size += len(line)
        if size >= 65536:
            break
    sample = _check_text("".join(head))
    sep = re.match(r"sep=(.)(?:\r\n|\r|\n)", sample)  # Excel's "sep=;" line
    delimiter = sep.group(1) if sep else _sniff_delimiter(sample)
    first = 1 if sep else 0
    reader = csv.reader(itertools.islice(lines, first, None), delimiter=delimiter,
                        quotechar='"', doublequote=True, skipinitialspace=False, strict=False)
    records: list[list[str]] = []
    errors: dict[int, str] = {}
    fallback_rows: list[int] = []
    end = first
    try:
        for values in reader:
            begin, end = end, first + reader.line_num
            # a record over several lines, or the last one: are its quotes closed?
            problem = ((end - begin > 1 or end == len(lines))
                       and _quote_problem("".join(lines[begin:end]), delimiter))
            if problem:  # this row and each line it swallowed: rejected, one by one
                no = len(records) + 1
                what, swallowed = problem
                errors[no] = _quote_reason(what, swallowed, end - begin - 1)
                for line in lines[begin:end]:
                    records.append(_cells(line, delimiter))
                    if len(records) > no:
                        #: {row} is the number of the row whose quote swallowed this line
                        errors[len(records)] = Phrase(QT_TRANSLATE_NOOP(
                            "phrases", "Not imported: this line was read into row {row}, "
                            "whose quote is not closed."), row=str(no))
            else:
                records.append(values)
                if fallback and not fallback.isdisjoint(range(begin, end)):
                    fallback_rows.append(len(records))
            if len(records) > MAX_ROWS + 1:
                raise _too_many_rows()
    except csv.Error as exc:
        raise UnreadableImportFile.of(QT_TRANSLATE_NOOP(
            "errors", "The CSV file could not be read ({reason}); nothing was written."),
            reason=exc) from None
    notes = [_fallback_note(fallback_rows)] if fallback_rows else []
    return _table(records, "csv", encoding=encoding, errors=errors, notes=notes,
                  delimiter=None if delimiter == ONE_COLUMN else delimiter)


def _quote_reason(what: Phrase, swallowed: Phrase, lines: int) -> Phrase:
    """Why a row whose quote is not closed is rejected (and the ``lines`` it swallowed)."""
    if lines < 1:
        return Phrase(QT_TRANSLATE_NOOP("phrases", "{what}. Fix the quotes and import this "
                                        "row again."), what=what)
    count = (Phrase(QT_TRANSLATE_NOOP("phrases", "1 line")) if lines == 1 else
             Phrase(QT_TRANSLATE_NOOP("phrases", "{n} lines"), n=str(lines)))
    #: {what} is what is wrong with the quote, {swallowed} which lines it took in (e.g.
    #: "the lines after it"), {lines} how many ("3 lines")
    return Phrase(QT_TRANSLATE_NOOP("phrases", "{what}, so it swallowed {swallowed} "
                                    "({lines}). Fix the quotes and import this row again."),
                  what=what, swallowed=swallowed, lines=count)


def _fallback_note(rows: list[int]) -> Phrase:
    """The note on the rows read as Windows-1252 (the first 20 row numbers)."""
    numbers = ", ".join(map(str, rows[:20]))
    if len(rows) == 1:
        return Phrase(QT_TRANSLATE_NOOP(
            "phrases", "Read as Windows-1252, not UTF-8 like the rest of the file (check the "
            "accented letters there): row {rows}."), rows=numbers)
    if len(rows) <= 20:
        return Phrase(QT_TRANSLATE_NOOP(
            "phrases", "Read as Windows-1252, not UTF-8 like the rest of the file (check the "
            "accented letters there): rows {rows}."), rows=numbers)
    #: {rows} are the first 20 row numbers, {more} how many more rows there are
    return Phrase(QT_TRANSLATE_NOOP(
        "phrases", "Read as Windows-1252, not UTF-8 like the rest of the file (check the "
        "accented letters there): rows {rows} and {more} more."), rows=numbers,
        more=str(len(rows) - 20))


def _cells(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter, strict=False), [])


def _quote_problem(text: str, delimiter: str) -> tuple[str, str] | None:
    """Why a record's quotes are broken (a strict reading fails), or ``None``."""
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return _QUOTE_NEVER_CLOSED if "end of data" in str(exc) else _QUOTE_NOT_CLOSED
    return None




#: A separator no text holds: a file whose heading line has no separator is one column
#: (its "Lopez, Ana" cells are names, not two values).
ONE_COLUMN = "\x1f"


def _sniff_delimiter(sample: str) -> str:
    heading = next((line for line in sample.splitlines() if line.strip()), "")
    counts = {d: heading.count(d) for d in (",", ";", "\t", "|")}
    if not any(counts.values()):
        return ONE_COLUMN
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        if dialect.delimiter in ",;\t|":
            return dialect.delimiter
    except csv.Error:
        pass
    # fall back on the heading line: the candidate that splits it most
    return max(counts, key=lambda d: counts[d])


def _read_xlsx(data: bytes) -> Table:
    try:
        import openpyxl
    except ModuleNotFoundError:  # pragma: no cover - a dependency
        raise CaucusError(QT_TRANSLATE_NOOP(
            "errors", "Reading .xlsx files needs the openpyxl package.")) from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableImportFile.of(QT_TRANSLATE_NOOP(
            "errors", "That Excel file could not be read ({name}); nothing was written."),
            name=type(exc).__name__) from None
    except Exception:  # openpyxl raises many kinds on damaged files
        raise UnreadableImportFile() from None
    # the first sheet with rows of data, not only a heading (like an instructions sheet);
    # else the first with anything in it
    title, records, found = "", [], None
    try:
        for sheet in book.worksheets:
            rows = _sheet_records(sheet)
            filled = sum(1 for r in rows if not blank_row(r))
            if filled >= 2:
                found = (sheet.title, rows)
                break
            if filled and not title:
                title, records = sheet.title, rows
        names = book.sheetnames
    except ImportFileTooLarge:
        raise
    except Exception:  # a damaged sheet (XML errors, bad zip members) shows only now
        raise UnreadableImportFile() from None
    finally:
        book.close()
    title, records = found or (title, records)
    notes = []
    others = [name for name in names if name != title]
    if title and others:
        #: {title} is the name of the sheet read, {others} those of the other sheets
        notes.append(Phrase(QT_TRANSLATE_NOOP(
            "phrases", "Read the sheet “{title}”; the other sheets ({others}) were not read."),
            title=title, others=", ".join(others)))
    return _table(records, "xlsx", notes=notes, sheet=title or None)


def _sheet_records(sheet: Any) -> list[list[Any]]:
    sheet.reset_dimensions()  # a wrong stored size must not pad every row to 16,384 cells
    records = []
    for row in sheet.iter_rows(values_only=True):
        records.append(list(row))
        if len(records) > MAX_ROWS + 1:
            raise _too_many_rows()
    return records


def _table(records: list[list[Any]], kind: str, *, encoding: str | None = None,
           delimiter: str | None = None, errors: dict[int, str] | None = None,
           notes: list[str] | None = None, sheet: str | None = None) -> Table:
    errors = dict(errors or {})
    numbered = [(i + 1, r) for i, r in enumerate(records) if not blank_row(r)]
    if not numbered:
        raise EmptyImportFile()
    head_no, head = numbered[0]
    if head_no in errors:
        raise UnreadableImportFile.of(QT_TRANSLATE_NOOP(
            "errors", 'A quote (") opened in the column headings (row {head_no}) is not closed, '
            'so the file cannot be read; fix the headings and import it again. Nothing '
            'was written.'), head_no=head_no)
    headings = []
    for i, h in enumerate(head):
        text = "" if h is None else str(h).strip().lstrip("\ufeff")
        headings.append(text or f"Column {i + 1}")
    # keep headings unique ("Phone", "Phone" → "Phone", "Phone (2)")
    seen: dict[str, int] = {}
    for i, h in enumerate(headings):
        if h in seen:
            seen[h] += 1
            headings[i] = f"{h} ({seen[h]})"
        else:
            seen[h] = 1
    width = len(headings)
    rows, numbers = [], []
    for no, r in numbered[1:]:
        if len(r) > width and no not in errors and not blank_row(r[width:]):
            used = max(i + 1 for i, c in enumerate(r) if not blank(c))
            errors[no] = _width_reason(used, width, kind)
        rows.append(list(r[:width]) + [None] * (width - len(r)))
        numbers.append(no)
    kept = set(numbers)
    return Table(headings, rows, kind, encoding, delimiter, numbers,
                 {n: why for n, why in errors.items() if n in kept}, notes or [], sheet)



def _width_reason(used: int, width: int, kind: str) -> Phrase:
    """Why a row with more values than the file has headings is rejected."""
    if kind == "csv":
        #: {used} and {width} are counts of values and of column headings
        return Phrase(QT_TRANSLATE_NOOP(
            "phrases", "The row has {used} values but the file has {width} column headings, "
            "so its values cannot be matched to the columns (is there a comma in a value "
            "that is not in quotes?). Fix the row and import it again."),
            used=str(used), width=str(width))
    return Phrase(QT_TRANSLATE_NOOP(
        "phrases", "The row has {used} values but the file has {width} column headings, so "
        "its values cannot be matched to the columns. Fix the row and import it again."),
        used=str(used), width=str(width))
