"""Spreadsheet import: CSV (any common dialect and encoding) and XLSX into members.

The flow is :func:`read_table` (bytes → headings and rows), :func:`guess_mapping`
(headings → member fields, in English, Spanish and German), :func:`plan_import`
(each row cleaned, or rejected with a reason; duplicates of existing members found) and
:func:`run_import` (the rows written in batches, one signed change set per batch).
:func:`preview` bundles the first three for a wizard's first screen.

Mapping targets are member field names (``first_name``, ``emails``, ``joined_on``…),
``custom.NAME``, and the import-only targets ``full_name`` (split into first and last),
``workplace`` (a workplace name, found or created), ``tags`` and ``id`` (matches an
existing member by id; used by re-imports of Caucus's own exports). ``None`` ignores a
column.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import json
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .. import changes
from ..errors import CaucusError, ValidationError
from ..records import (
    MEMBER_FIELDS,
    STATUSES,
    Branch,
    clean_member_fields,
    clean_tags,
)
from .errors import (
    EmptyImportFile,
    ImportFileTooLarge,
    ImportInterrupted,
    MappingError,
    UnreadableImportFile,
)

DECISIONS = ("skip", "update", "create")
DEFAULT_BATCH = 500
MAPPING_PREFIX = "import_mapping:"
EXTRA_TARGETS = ("full_name", "workplace", "tags", "id")
#: Every mapping target a user can choose (besides ``custom.NAME`` and ignoring).
TARGETS: tuple[str, ...] = tuple(
    f for f in MEMBER_FIELDS if f not in ("custom", "workplace_id")
) + EXTRA_TARGETS
LIST_TARGETS = ("emails", "phones", "tags")
#: Targets whose value may have several lines (and custom fields).
MULTILINE_TARGETS = ("address", "tags")
#: Targets that take several columns, joined with ", " (and custom fields).
JOINED_TARGETS = ("address",)
FORMULA_PREFIX = ("=", "+", "-", "@", "\t", "\r")
#: Text our CSV export guards with a leading "'" (a formula, or a quote of its own).
GUARDED_PREFIX = (*FORMULA_PREFIX, "'")
#: The largest import: bigger files are refused before they are read.
MAX_BYTES = 64 * 2**20
MAX_ROWS = 250_000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# -- heading synonyms -----------------------------------------------------------------
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "first", "forename", "forenames", "given name",
                   "given names", "christian name", "vorname", "vornamen", "nombre",
                   "nombres", "nombre de pila", "prenom", "nome"),
    "last_name": ("last name", "lastname", "last", "surname", "family name", "nachname",
                  "familienname", "zuname", "apellido", "apellidos", "apellido s",
                  "primer apellido", "nom", "cognome"),
    "preferred_name": ("preferred name", "preferred", "known as", "nickname", "rufname",
                       "spitzname", "apodo", "nombre preferido"),
    "full_name": ("name", "full name", "member name", "member", "nombre completo",
                  "nombre y apellidos", "vollstandiger name", "name vorname"),
    "membership_no": ("membership no", "membership number", "membership", "member no",
                      "member number", "member id", "membership id", "mitgliedsnummer",
                      "mitglieds nr", "mitgliedsnr", "mitglied nr", "numero de socio",
                      "numero de afiliado", "n afiliado", "no afiliado", "num afiliado",
                      "afiliacion", "numero de afiliacion", "no de socio"),
    "emails": ("email", "emails", "e mail", "email address", "e mail address", "mail",
               "e mail adresse", "emailadresse", "correo", "correo electronico",
               "email personal", "work email"),
    "phones": ("phone", "phones", "telephone", "tel", "phone number", "mobile", "mobile phone",
               "mobile number", "cell", "cellphone", "telefon", "telefonnummer", "handy",
               "handynummer", "mobil", "mobiltelefon", "telefono", "movil", "celular",
               "numero de telefono", "landline"),
    "address": ("address", "street", "street address", "address line 1", "adresse",
                "anschrift", "strasse", "strasse hausnummer", "direccion", "domicilio",
                "calle"),
    "postcode": ("postcode", "post code", "postal code", "zip", "zip code", "plz",
                 "postleitzahl", "codigo postal", "cp", "cod postal"),
    "workplace": ("workplace", "work place", "workplace name", "site", "employer",
                  "work site", "betrieb", "arbeitsplatz", "arbeitgeber", "firma",
                  "dienststelle", "empresa", "centro de trabajo", "lugar de trabajo",
                  "centro"),
    "department": ("department", "dept", "section", "abteilung", "bereich", "departamento",
                   "seccion", "area"),
    "job_title": ("job title", "job", "position", "occupation", "grade", "beruf",
                  "tatigkeit", "stelle", "funktion", "puesto", "cargo", "ocupacion",
                  "categoria"),
    "status": ("status", "membership status", "member status", "mitgliedsstatus",
               "estado", "situacion"),
    "status_override": ("status override",),
    "override_until": ("override until",),
    "joined_on": ("joined", "joined on", "date joined", "join date", "joining date",
                  "start date", "member since", "eintrittsdatum", "eintritt",
                  "mitglied seit", "fecha de alta", "fecha alta", "alta",
                  "fecha de afiliacion", "fecha de ingreso"),
    "lapsed_on": ("lapsed", "lapsed on", "left on", "date left", "leaving date",
                  "austrittsdatum", "austritt", "fecha de baja", "baja"),
    "dues_paid_until": ("dues paid until", "paid until", "paid to", "dues paid to",
                        "subs paid until", "paid up to", "bezahlt bis",
                        "beitrag bezahlt bis", "beitrage bezahlt bis", "pagado hasta",
                        "cuotas pagadas hasta", "cuota pagada hasta"),
    "assessment": ("assessment", "organising assessment", "rating", "bewertung",
                   "einschatzung", "evaluacion", "valoracion"),
    "basis": ("basis", "basis of processing", "lawful basis", "rechtsgrundlage",
              "base legal"),
    "do_not_contact": ("do not contact", "dnc", "no contact", "nicht kontaktieren",
                       "kein kontakt", "no contactar"),
    "do_not_email": ("do not email", "no email", "keine e mail", "no enviar correo"),
    "do_not_phone": ("do not phone", "do not call", "no phone", "nicht anrufen",
                     "no llamar"),
    "do_not_sms": ("do not sms", "do not text", "no sms", "keine sms"),
    "do_not_post": ("do not post", "no post", "do not mail", "keine post", "no correo postal"),
    "tags": ("tags", "tag", "labels", "label", "groups", "group", "lists", "schlagworte",
             "schlagworter", "etiketten", "stichworte", "gruppen", "etiquetas", "etiqueta",
             "grupos", "grupo"),
    "id": ("id", "caucus id", "member uuid"),
}

_STATUS_WORDS = {
    "mitglied": "member", "aktiv": "member", "active": "member", "current": "member",
    "miembro": "member", "afiliado": "member", "afiliada": "member", "activo": "member",
    "activa": "member", "interessent": "prospect", "potential": "prospect",
    "prospecto": "prospect", "contacto": "prospect", "ruckstand": "arrears",
    "atrasado": "arrears", "morosa": "arrears", "moroso": "arrears",
    "ausgetreten": "resigned", "baja": "resigned", "left": "resigned",
    "verstorben": "deceased", "fallecido": "deceased", "fallecida": "deceased",
    "abgelaufen": "lapsed", "caducado": "lapsed", "former": "lapsed",
}
_TRUE = {"ja", "j", "si", "sí", "s", "wahr", "verdadero", "t", "✓", "✔"}
_FALSE = {"nein", "falsch", "falso", "f", "-"}


def normalise_heading(text: str) -> str:
    """Lower case, accents stripped, punctuation as single spaces: ``"E-Mail"`` → ``"e mail"``."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ß", "ss").lower().replace("_", " ")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


_LOOKUP: dict[str, str] = {}
for _target, _words in _SYNONYMS.items():
    for _word in (_target, *_words):
        _LOOKUP.setdefault(normalise_heading(_word), _target)
for _name in MEMBER_FIELDS:
    _LOOKUP.setdefault(normalise_heading(_name), _name)
_LOOKUP.pop("custom", None)
_LOOKUP.pop("workplace id", None)
_LOOKUP["workplace id"] = "workplace"


def guess_target(heading: str) -> str | None:
    """The mapping target a column heading most likely means, or ``None``."""
    raw = str(heading or "").strip()
    if raw.lower().startswith("custom.") and len(raw) > 7:
        return "custom." + raw[7:].strip()
    key = normalise_heading(raw)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    # "E-Mail (privat)", "Telefon 2", "Phone (mobile)": try dropping trailing words
    words = key.split()
    for n in range(len(words) - 1, 0, -1):
        target = _LOOKUP.get(" ".join(words[:n]))
        if target in ("emails", "phones", "tags", "address", "postcode", "first_name",
                      "last_name", "membership_no", "workplace", "joined_on"):
            return target
    for word in words:
        if word in ("email", "mail", "correo"):
            return "emails"
        if word in ("phone", "telefon", "telefono", "mobile", "movil", "handy", "tel"):
            return "phones"
    return None


def guess_mapping(headings: Sequence[str]) -> dict[str, str | None]:
    """Each heading's guessed target; a scalar target is given to its first column only."""
    out: dict[str, str | None] = {}
    used: set[str] = set()
    for heading in headings:
        target = guess_target(heading)
        if target and target not in LIST_TARGETS and target in used:
            target = None
        if target:
            used.add(target)
        out[heading] = target
    if "full_name" in used and ({"first_name", "last_name"} & used):
        out = {h: (None if t == "full_name" else t) for h, t in out.items()}
    return out


def check_mapping(mapping: Mapping[str, str | None]) -> dict[str, str | None]:
    """Validate a manual mapping; returns it with blank targets as ``None``. Only lists,
    the address and custom fields take several columns (one value would overwrite the
    other)."""
    out: dict[str, str | None] = {}
    single: dict[str, str] = {}
    for heading, target in mapping.items():
        target = (target or "").strip() or None
        if target in ("ignore", "skip", "-"):
            target = None
        custom = bool(target) and target.startswith("custom.")
        if target and not (target in TARGETS or (custom and len(target) > 7)):
            raise MappingError(
                f"Column {heading!r} cannot go to {target!r}; choose a member field, "
                "custom.NAME, or leave it out.", "mapping")
        if target and not custom and target not in (*LIST_TARGETS, *JOINED_TARGETS):
            if target in single:
                raise MappingError(
                    f"Columns {single[target]!r} and {heading!r} both go to "
                    f"{_label(target).lower()}; choose one of them (only the address, "
                    "emails, phones, tags and custom fields take several columns).",
                    "mapping")
            single[target] = str(heading)
        out[str(heading)] = target
    return out


# -- saved mappings ---------------------------------------------------------------------
def save_mapping(branch: Branch, name: str, mapping: Mapping[str, str | None]) -> None:
    """Keep a mapping under ``name`` in this vault's local settings (not replicated)."""
    label = (name or "").strip()
    if not label:
        raise ValidationError("A saved mapping needs a name.", "name")
    data = json.dumps(check_mapping(mapping), ensure_ascii=False, sort_keys=True)
    with branch.replica.sql_transaction():
        branch.replica.set_meta(MAPPING_PREFIX + label, data)


def load_mapping(branch: Branch, name: str) -> dict[str, str | None]:
    value = branch.replica.meta(MAPPING_PREFIX + (name or "").strip())
    if value is None:
        known = ", ".join(saved_mappings(branch)) or "none saved yet"
        raise MappingError(f"There is no saved mapping called {name!r} ({known}).", "mapping")
    return check_mapping(json.loads(value))


def saved_mappings(branch: Branch) -> list[str]:
    return [r[0][len(MAPPING_PREFIX):] for r in branch.conn.execute(
        "SELECT key FROM meta WHERE key LIKE ? ORDER BY key", (MAPPING_PREFIX + "%",)
    )]


def delete_mapping(branch: Branch, name: str) -> None:
    with branch.replica.sql_transaction():
        branch.conn.execute("DELETE FROM meta WHERE key = ?", (MAPPING_PREFIX + name.strip(),))


# -- reading files ----------------------------------------------------------------------
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
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ImportFileTooLarge(
            f"That file is {size / 2**20:.0f} MB; Caucus imports files of up to "
            f"{MAX_BYTES // 2**20} MB ({MAX_ROWS:,} rows) at a time. Split it into smaller "
            "files and import each; nothing was written.")
    data = path.read_bytes()
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise EmptyImportFile()
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(data)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UnreadableImportFile("That is an old Excel (.xls) file; save it as .xlsx or CSV "
                                   "and import that. Nothing was written.")
    return _read_csv(data)


def _too_many_rows() -> ImportFileTooLarge:
    return ImportFileTooLarge(
        f"That file has more than {MAX_ROWS:,} rows; Caucus imports up to {MAX_ROWS:,} rows "
        f"({MAX_BYTES // 2**20} MB) at a time. Split it into smaller files and import each; "
        "nothing was written.")


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


_QUOTE_NEVER_CLOSED = ('A quote (") opened in this row is never closed', "the rest of the file")
_QUOTE_NOT_CLOSED = ('A quote (") opened in this row is not closed where its cell ends',
                     "the lines after it")


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
                if end - begin > 1:
                    what += f", so it swallowed {swallowed} ({_count(end - begin - 1, 'line')})"
                errors[no] = f"{what}. Fix the quotes and import this row again."
                for line in lines[begin:end]:
                    records.append(_cells(line, delimiter))
                    if len(records) > no:
                        errors[len(records)] = (f"Not imported: this line was read into row "
                                                f"{no}, whose quote is not closed.")
            else:
                records.append(values)
                if fallback and not fallback.isdisjoint(range(begin, end)):
                    fallback_rows.append(len(records))
            if len(records) > MAX_ROWS + 1:
                raise _too_many_rows()
    except csv.Error as exc:
        raise UnreadableImportFile(f"The CSV file could not be read ({exc}); nothing was "
                                   "written.") from None
    notes = []
    if fallback_rows:
        notes.append("Read as Windows-1252, not UTF-8 like the rest of the file (check the "
                     f"accented letters there): {_rows_text(fallback_rows)}.")
    return _table(records, "csv", encoding=encoding, errors=errors, notes=notes,
                  delimiter=None if delimiter == ONE_COLUMN else delimiter)


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


def _rows_text(rows: Sequence[int]) -> str:
    """"row 5" / "rows 5, 9, 12" (the first 20, then how many more)."""
    more = f" and {len(rows) - 20} more" if len(rows) > 20 else ""
    return f"{'row' if len(rows) == 1 else 'rows'} {', '.join(map(str, rows[:20]))}{more}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


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
        raise CaucusError("Reading .xlsx files needs the openpyxl package.") from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableImportFile(f"That Excel file could not be read ({type(exc).__name__}); "
                                   "nothing was written.") from None
    except Exception:  # openpyxl raises many kinds on damaged files
        raise UnreadableImportFile() from None
    # the first sheet with rows of data, not only a heading (like an instructions sheet);
    # else the first with anything in it
    title, records, found = "", [], None
    try:
        for sheet in book.worksheets:
            rows = _sheet_records(sheet)
            filled = sum(1 for r in rows if not _blank_row(r))
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
        notes.append(f"Read the sheet “{title}”; the other sheets ({', '.join(others)}) "
                     "were not read.")
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
    numbered = [(i + 1, r) for i, r in enumerate(records) if not _blank_row(r)]
    if not numbered:
        raise EmptyImportFile()
    head_no, head = numbered[0]
    if head_no in errors:
        raise UnreadableImportFile(f'A quote (") opened in the column headings (row {head_no}) '
                                   "is not closed, so the file cannot be read; fix the "
                                   "headings and import it again. Nothing was written.")
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
        if len(r) > width and no not in errors and not _blank_row(r[width:]):
            used = max(i + 1 for i, c in enumerate(r) if not _blank(c))
            hint = " (is there a comma in a value that is not in quotes?)" if kind == "csv" else ""
            errors[no] = (f"The row has {used} values but the file has {width} column "
                          f"headings, so its values cannot be matched to the columns{hint}. "
                          "Fix the row and import it again.")
        rows.append(list(r[:width]) + [None] * (width - len(r)))
        numbers.append(no)
    kept = set(numbers)
    return Table(headings, rows, kind, encoding, delimiter, numbers,
                 {n: why for n, why in errors.items() if n in kept}, notes or [], sheet)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _blank_row(values: Sequence[Any]) -> bool:
    return all(_blank(c) for c in values)


# -- cleaning one row -------------------------------------------------------------------
_DATE_FORMATS = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%Y.%m.%d", "%d/%m/%y",
                 "%d.%m.%y", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d-%b-%Y",
                 "%d-%b-%y", "%Y%m%d")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def parse_date(value: Any, name: str = "date") -> str | None:
    """ISO, dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, "3 March 2024", Excel dates and serials.
    Day first; mm/dd/yyyy only where the day cannot be the first number. A year alone
    (1900–2200) is refused rather than read as an Excel serial in 1905."""
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        _not_a_year(value, name)
        return _serial(value, name)
    text = str(value).strip()
    if re.fullmatch(r"\d{4,5}(\.\d+)?", text) and not re.fullmatch(r"(19|20)\d{6}", text):
        _not_a_year(float(text), name)
        return _serial(float(text), name)
    head = text.split("T")[0].split(" ")[0] if re.match(r"\d{4}-\d\d-\d\d[T ]", text) else text
    try:
        return _plausible(dt.date.fromisoformat(head), name, text)
    except ValueError:
        pass
    cleaned = re.sub(r"\s+", " ", text.replace(",", " ")).strip()
    for fmt in _DATE_FORMATS:
        try:
            return _plausible(dt.datetime.strptime(cleaned, fmt).date(), name, text)
        except ValueError:
            continue
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", cleaned)
    if m and int(m.group(2)) > 12 >= int(m.group(1)):
        try:  # month first, e.g. 03/31/2024
            return _plausible(dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2))),
                              name, text)
        except ValueError:
            pass
    raise ValidationError(f"{_label(name)} {text!r} is not a date (use e.g. 2024-03-31 or "
                          "31/03/2024).", name)


def _not_a_year(number: float, name: str) -> None:
    if float(number).is_integer() and 1900 <= number <= 2200:
        year = int(number)
        raise ValidationError(f"{_label(name)} {year}: a year alone is not a date; write "
                              f"{year}-01-01 (or the whole date).", name)


def _serial(number: float, name: str) -> str:
    if not 1 <= number < 120000:
        raise ValidationError(f"{_label(name)} {number!r} is not a date.", name)
    return _plausible(EXCEL_EPOCH + dt.timedelta(days=int(number)), name, str(number))


def _plausible(day: dt.date, name: str, text: str) -> str:
    if not 1900 <= day.year <= 2200:
        raise ValidationError(f"{_label(name)} {text!r} is not a plausible date.", name)
    return day.isoformat()


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip()


# control characters: removed; vertical tab and form feed (line breaks in cells of old
# spreadsheet programs) and carriage returns become line breaks
_CONTROL = {c: None for c in range(32) if chr(c) not in "\t\n"} | {
    0x0B: "\n", 0x0C: "\n", 0x0D: "\n"}


def _clean_cell(text: str, target: str, kind: str) -> str:
    """A text cell as its member field takes it: our CSV export's guard quote removed,
    control characters stripped, and line breaks refused where the field has one line
    (a name holding line breaks is the rest of a file read into one cell)."""
    if kind == "csv" and text[:1] == "'" and text[1:2] and text[1] in GUARDED_PREFIX:
        text = text[1:]
    text = text.replace("\r\n", "\n").translate(_CONTROL).strip()
    if target in MULTILINE_TARGETS or target.startswith("custom."):
        return text
    if "\n" in text:
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise ValidationError(f"{_label(target)} {shown!r} has a line break; only the "
                              "address and custom fields can have several lines.", target)
    return text.replace("\t", " ")


def _split(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;,]", text) if p.strip()]


def _split_tags(text: str) -> list[str]:
    """Tags one per line, or joined with ";" (our exports, so a tag may hold a comma), or
    with "," (older exports and other programs)."""
    parts = re.split(r"[;\n]" if ";" in text else r"[,\n]", text)
    return [p.strip() for p in parts if p.strip()]


def _bool(value: Any) -> Any:
    text = _text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return text


def _status(value: Any) -> Any:
    text = _text(value)
    key = normalise_heading(text).replace(" ", "_")
    if key in STATUSES:
        return key
    return _STATUS_WORDS.get(normalise_heading(text), text)


def _split_name(text: str) -> tuple[str | None, str | None]:
    if "," in text:
        last, first = (p.strip() for p in text.split(",", 1))
        return first or None, last or None
    parts = text.split()
    if len(parts) == 1:
        return None, parts[0]
    return " ".join(parts[:-1]), parts[-1]


@dataclass
class RowPlan:
    """One data row, cleaned: its fields, or why it is rejected; and any duplicate."""

    row: int
    fields: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    workplace: str | None = None
    error: str | None = None
    #: the existing member this row matches, or the earlier row of the file it repeats
    duplicate_of: str | None = None
    duplicate_row: int | None = None
    duplicate_name: str | None = None
    duplicate_reason: str | None = None

    @property
    def display_name(self) -> str:
        f = self.fields
        return " ".join(x for x in (f.get("first_name"), f.get("last_name")) if x) or "?"

    @property
    def is_duplicate(self) -> bool:
        return bool(self.duplicate_of or self.duplicate_row)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def clean_row(values: Sequence[Any], headings: Sequence[str],
              mapping: Mapping[str, str | None], region: str, row: int,
              kind: str = "xlsx") -> RowPlan:
    """Turn one data row into member fields (validated), or a rejected :class:`RowPlan`.
    ``kind`` is the file's: only CSV cells can carry our export's guard quote."""
    plan = RowPlan(row)
    raw: dict[str, Any] = {}
    lists: dict[str, list[str]] = {"emails": [], "phones": [], "tags": []}
    try:
        for heading, value in zip(headings, values, strict=False):
            target = mapping.get(heading)
            if not target or _blank(value):
                continue
            if isinstance(value, str):
                value = _clean_cell(value, target, kind)
            if target == "tags":
                lists[target] += _split_tags(_text(value))
            elif target in LIST_TARGETS:
                lists[target] += _split(_text(value))
            elif target == "full_name":
                first, last = _split_name(_text(value))
                raw.setdefault("first_name", first)
                raw.setdefault("last_name", last)
            elif target == "workplace":
                plan.workplace = _text(value)[:200] or None
            elif target == "id":
                raw["id"] = _text(value)
            elif target in ("joined_on", "lapsed_on", "dues_paid_until", "override_until"):
                raw[target] = parse_date(value, target)
            elif target.startswith("do_not_"):
                raw[target] = _bool(value)
            elif target in ("status", "status_override"):
                raw[target] = _status(value)
            elif raw.get(target) and (target in JOINED_TARGETS
                                      or target.startswith("custom.")):
                raw[target] = f"{raw[target]}, {_text(value)}"
            else:
                raw[target] = _text(value)
        member_id = raw.pop("id", None)
        contacts: dict[str, list[str]] = {}
        for name in ("emails", "phones"):  # each value on its own, so errors name it
            seen: set[str] = set()
            for item in lists[name]:
                value = clean_member_fields({name: [item]}, region)[name][0]
                if value.lower() not in seen:
                    seen.add(value.lower())
                    contacts.setdefault(name, []).append(value)
        plan.fields = {k: v for k, v in clean_member_fields(raw, region).items()
                       if v not in (None, [], "")}
        plan.fields.update(contacts)
        plan.tags = clean_tags(lists["tags"])
        if member_id:
            plan.fields["__id"] = member_id
        if not plan.fields.get("first_name") and not plan.fields.get("last_name"):
            raise ValidationError("The row has no first or last name.", "first_name")
    except ValidationError as exc:
        plan.error = str(exc)
        plan.fields = {}
    return plan


# -- duplicates against the vault -------------------------------------------------------
def name_key(first: str | None, last: str | None) -> str:
    return normalise_heading(f"{first or ''} {last or ''}")


class DuplicateIndex:
    """Existing members by email, by (name, phone) and by id, to match import rows; and
    the people earlier rows of the file add (``rows``: key → the row that added it)."""

    def __init__(self, branch: Branch) -> None:
        self.by_email: dict[str, str] = {}
        self.by_name_phone: dict[tuple[str, str], str] = {}
        self.names: dict[str, str] = {}
        self.rows: dict[str, int] = {}
        for mid, first, last, emails, phones in branch.conn.execute(
            "SELECT id, first_name, last_name, emails, phones FROM member WHERE deleted = 0 "
            "ORDER BY id"
        ):
            self.add(mid, first, last, json.loads(emails) if emails else [],
                     json.loads(phones) if phones else [])

    def add(self, key: str, first: str | None, last: str | None,
            emails: Iterable[str], phones: Iterable[str], row: int | None = None) -> None:
        self.names[key] = " ".join(x for x in (first, last) if x)
        if row is not None:
            self.rows[key] = row
        for e in emails:
            self.by_email.setdefault(e.lower(), key)
        name = name_key(first, last)
        for p in phones:
            self.by_name_phone.setdefault((name, p), key)

    def match(self, plan: RowPlan) -> tuple[str, str] | None:
        f = plan.fields
        given = f.get("__id")
        if given and given in self.names:
            return given, "same id"
        for e in f.get("emails", []):
            if e.lower() in self.by_email:
                return self.by_email[e.lower()], f"same email {e}"
        key = name_key(f.get("first_name"), f.get("last_name"))
        for p in f.get("phones", []):
            if (key, p) in self.by_name_phone:
                return self.by_name_phone[(key, p)], "same name and phone"
        return None

    def describe(self, hit: tuple[str, str]) -> str:
        """Whom a matching row is the same person as, and why."""
        key, reason = hit
        if key in self.rows:
            return f"it repeats row {self.rows[key]} of this file ({reason})"
        return f"it matches the existing member {self.names.get(key) or key} ({reason})"


# -- preview and plan -------------------------------------------------------------------
@dataclass
class Preview:
    headings: list[str]
    rows: list[list[str]]
    total_rows: int
    mapping: dict[str, str | None]
    kind: str
    encoding: str | None
    delimiter: str | None
    #: rows that cannot be read as they are (they will be rejected), and reading notes
    unreadable: int = 0
    notes: list[str] = field(default_factory=list)
    sheet: str | None = None

    @property
    def message(self) -> str:
        if not self.total_rows:
            return "The file has column headings but no rows of data; nothing to import."
        text = f"{self.total_rows} rows to import."
        if self.unreadable:
            text += (f" {self.unreadable} of them cannot be read as they are; Check rows "
                     "lists them and why.")
        return " ".join([text, *self.notes])

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "message": self.message}


def preview(path: str | Path, rows: int = 20,
            mapping: Mapping[str, str | None] | None = None,
            table: Table | None = None) -> Preview:
    """The first ``rows`` rows as text, and the guessed (or given) mapping."""
    table = table or read_table(path)
    guessed = guess_mapping(table.headings)
    if mapping:
        guessed.update({h: t for h, t in check_mapping(mapping).items() if h in guessed})
    return Preview(table.headings, [[_text(c) for c in r] for r in table.rows[:rows]],
                   len(table.rows), guessed, table.kind, table.encoding, table.delimiter,
                   len(table.errors), list(table.notes), table.sheet)


def _plan_row(table: Table, values: list[Any], no: int, mapping: Mapping[str, str | None],
              region: str) -> RowPlan:
    if no in table.errors:
        return RowPlan(no, error=table.errors[no])
    return clean_row(values, table.headings, mapping, region, no, table.kind)


def plan_import(branch: Branch, table: Table, mapping: Mapping[str, str | None],
                ) -> list[RowPlan]:
    """Every data row cleaned (or rejected) and checked against existing members and
    against the earlier rows of the file (as the import will find them)."""
    mapping = check_mapping(mapping)
    region = branch.region
    index = DuplicateIndex(branch)
    plans = []
    for values, no in zip(table.rows, table.row_numbers, strict=True):
        plan = _plan_row(table, values, no, mapping, region)
        if plan.error is None:
            hit = index.match(plan)
            f = plan.fields
            if hit is None:
                index.add(f"row {no}", f.get("first_name"), f.get("last_name"),
                          f.get("emails", []), f.get("phones", []), row=no)
            elif hit[0] in index.rows:
                plan.duplicate_row = index.rows[hit[0]]
            else:
                plan.duplicate_of = hit[0]
            if hit:
                plan.duplicate_reason = hit[1]
                plan.duplicate_name = index.names.get(hit[0])
        plans.append(plan)
    return plans


# -- running ----------------------------------------------------------------------------
@dataclass
class ImportResult:
    total: int = 0
    imported: int = 0
    updated: int = 0
    #: (row, why) of each row matching a member and skipped, and of each row rejected
    skipped: list[tuple[int, str]] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)
    workplaces_created: int = 0
    cancelled: bool = False
    batches: int = 0
    message: str = ""
    notes: list[str] = field(default_factory=list)
    member_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.message:
            return self.message
        parts = [f"{self.imported} imported", f"{self.updated} updated",
                 f"{len(self.skipped)} skipped", f"{len(self.rejected)} rejected"]
        text = ", ".join(parts) + "."
        if self.cancelled:
            text = "Cancelled: " + text + " Rows after the last whole batch were not imported."
        return text

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for name in ("skipped", "rejected"):
            d[name] = [{"row": r, "reason": why} for r, why in getattr(self, name)]
        d.pop("member_ids")
        d["summary"] = self.summary()
        return d


def import_file(branch: Branch, path: str | Path, mapping: Mapping[str, str | None] | None = None,
                *, on_duplicate: str = "skip", overrides: Mapping[int, str] | None = None,
                batch_size: int = DEFAULT_BATCH, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ImportResult:
    """Read, map (the guess, updated by ``mapping``), plan and run an import."""
    table = read_table(path)
    full = guess_mapping(table.headings)
    if mapping:
        full.update({h: t for h, t in check_mapping(mapping).items() if h in full})
    return run_import(branch, table, full, on_duplicate=on_duplicate, overrides=overrides,
                      batch_size=batch_size, progress=progress, cancelled=cancelled)


def run_import(branch: Branch, table: Table, mapping: Mapping[str, str | None], *,
               on_duplicate: str = "skip", overrides: Mapping[int, str] | None = None,
               batch_size: int = DEFAULT_BATCH, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> ImportResult:
    """Write the rows in batches of ``batch_size``, one signed change set per batch.

    ``on_duplicate`` (skip, update or create) applies to rows matching an existing
    member or an earlier row of the file; ``overrides`` maps a row number to its own
    decision. ``cancelled()`` is asked between batches: a cancelled import has written
    whole batches only. A failure part way raises :class:`ImportInterrupted`, which says
    what the batches before it imported.
    """
    if on_duplicate not in DECISIONS:
        raise ValidationError(f"On duplicate must be one of {', '.join(DECISIONS)}.",
                              "on_duplicate")
    overrides = dict(overrides or {})
    for row, decision in overrides.items():
        if decision not in DECISIONS:
            raise ValidationError(f"Row {row}: the choice must be skip, update or create.",
                                  "overrides")
    if batch_size < 1:
        raise ValidationError("The batch size must be at least 1.", "batch_size")
    result = ImportResult(total=len(table.rows), notes=list(table.notes))
    if not table.rows:
        result.message = ("The file has column headings but no rows of data; "
                          "nothing was imported.")
        return result
    mapping = check_mapping(mapping)
    if not any(mapping.values()):
        raise MappingError("No column is mapped to a member field; nothing was imported.",
                           "mapping")
    if not {"first_name", "last_name", "full_name"} & set(mapping.values()):
        raise MappingError("Map a column to first name, last name or full name; nothing was "
                           "imported.", "mapping")
    region = branch.region
    index = DuplicateIndex(branch)
    workplaces = {r[1].strip().lower(): r[0] for r in branch.conn.execute(
        "SELECT id, name FROM workplace WHERE deleted = 0 ORDER BY id DESC")}
    total = len(table.rows)
    done = 0
    if progress:
        progress(0, total)
    for start in range(0, total, batch_size):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        batch = list(zip(table.rows[start:start + batch_size],
                         table.row_numbers[start:start + batch_size], strict=True))
        counts = ImportResult()
        new_workplaces: dict[str, str] = {}
        # each member as this batch leaves it, so two rows of one batch for one member
        # build on each other (the vault sees the batch only when it commits)
        pending: dict[str, dict[str, Any]] = {}
        no = batch[0][1]
        try:
            with branch.replica.transaction() as tx:
                for values, no in batch:
                    plan = _plan_row(table, values, no, mapping, region)
                    if plan.error is not None:
                        counts.rejected.append((no, plan.error))
                        continue
                    hit = index.match(plan)
                    decision = overrides.get(no, on_duplicate) if hit else "create"
                    if hit and decision == "skip":
                        counts.skipped.append((no, f"Skipped: {index.describe(hit)}."))
                        continue
                    wid = None
                    if plan.workplace:
                        key = plan.workplace.strip().lower()
                        wid = workplaces.get(key) or new_workplaces.get(key)
                        if wid is None:
                            wid = changes.new_id()
                            new_workplaces[key] = wid
                            tx.set("workplace", wid, {"name": plan.workplace.strip(),
                                                      "deleted": False})
                    fields = dict(plan.fields)
                    fields.pop("__id", None)
                    if wid:
                        fields["workplace_id"] = wid
                    created = not (hit and decision == "update")
                    if created:
                        member_id = _create(tx, pending, fields, plan.tags)
                        counts.imported += 1
                    else:
                        member_id = hit[0]
                        _update(branch, tx, pending, member_id, fields, plan.tags)
                        counts.updated += 1
                    state = pending[member_id]
                    index.add(member_id, state.get("first_name"), state.get("last_name"),
                              state.get("emails") or [], state.get("phones") or [],
                              row=no if created else None)
                    counts.member_ids.append(member_id)
        except Exception as exc:
            why = str(exc) if isinstance(exc, CaucusError) else type(exc).__name__
            first = batch[0][1]
            rows = f"row {first}" if no == first else f"rows {first}–{no}"
            raise ImportInterrupted(
                f"The import stopped at {rows} ({why}). The batches before were imported "
                f"({result.summary().rstrip('.')}); nothing from row {first} on was "
                "imported.") from exc
        # the batch is committed: only now count it
        workplaces.update(new_workplaces)
        result.imported += counts.imported
        result.updated += counts.updated
        result.skipped += counts.skipped
        result.rejected += counts.rejected
        result.member_ids += counts.member_ids
        result.workplaces_created += len(new_workplaces)
        result.batches += 1
        done += len(batch)
        if progress:
            progress(done, total)
    return result


def _create(tx, pending: dict[str, dict[str, Any]], fields: dict[str, Any],
            tags: list[str]) -> str:
    member_id = changes.new_id()
    fields.setdefault("status", "member")
    fields.setdefault("basis", "member" if fields["status"] != "prospect" else
                      "regular_contact")
    fields.setdefault("do_not_contact", False)
    tx.set("member", member_id, {"deleted": False, **fields})
    for tag in tags:
        tx.set("member_tag", changes.derived_id("tag", member_id, tag.lower()),
               {"member_id": member_id, "tag": tag, "deleted": False})
    pending[member_id] = {**fields, "tags": {t.lower() for t in tags}}
    return member_id


def _update(branch: Branch, tx, pending: dict[str, dict[str, Any]], member_id: str,
            fields: dict[str, Any], tags: list[str]) -> None:
    """Merge a row into a member as this batch has left it (read from the vault once)."""
    state = pending.get(member_id)
    if state is None:
        current = branch.get_member(member_id)
        state = {f: getattr(current, f) for f in MEMBER_FIELDS if f != "custom"}
        state.update({f"custom.{k}": v for k, v in current.custom.items()})
        state["tags"] = {t.lower() for t in current.tags}
        pending[member_id] = state
    changed: dict[str, Any] = {}
    for name, value in fields.items():
        have = state.get(name)
        if name in ("emails", "phones"):
            have = list(have or [])
            lower = {v.lower() for v in have}
            value = have + [v for v in value if v.lower() not in lower]
        if value != have:
            changed[name] = value
    if changed:
        tx.set("member", member_id, changed)
        state.update(changed)
    for tag in tags:
        if tag.lower() not in state["tags"]:
            tx.set("member_tag", changes.derived_id("tag", member_id, tag.lower()),
                   {"member_id": member_id, "tag": tag, "deleted": False})
            state["tags"].add(tag.lower())
