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
    _clean_tags,
    clean_member_fields,
)
from .errors import EmptyImportFile, MappingError, UnreadableImportFile

DECISIONS = ("skip", "update", "create")
DEFAULT_BATCH = 500
MAPPING_PREFIX = "import_mapping:"
EXTRA_TARGETS = ("full_name", "workplace", "tags", "id")
#: Every mapping target a user can choose (besides ``custom.NAME`` and ignoring).
TARGETS: tuple[str, ...] = tuple(
    f for f in MEMBER_FIELDS if f not in ("custom", "workplace_id")
) + EXTRA_TARGETS
LIST_TARGETS = ("emails", "phones", "tags")
FORMULA_PREFIX = ("=", "+", "-", "@", "\t", "\r")

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
    """Validate a manual mapping; returns it with blank targets as ``None``."""
    out: dict[str, str | None] = {}
    for heading, target in mapping.items():
        target = (target or "").strip() or None
        if target in ("ignore", "skip", "-"):
            target = None
        if target and not (target in TARGETS or (target.startswith("custom.")
                                                   and len(target) > 7)):
            raise MappingError(
                f"Column {heading!r} cannot go to {target!r}; choose a member field, "
                "custom.NAME, or leave it out.", "mapping")
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


def read_table(path: str | Path) -> Table:
    """Read a CSV or XLSX file. :class:`EmptyImportFile` or :class:`UnreadableImportFile`
    when there is nothing usable."""
    path = Path(path)
    data = path.read_bytes()
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise EmptyImportFile()
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(data)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UnreadableImportFile("That is an old Excel (.xls) file; save it as .xlsx or CSV "
                                   "and import that. Nothing was written.")
    text, encoding = decode_text(data)
    return _read_csv(text, encoding)


def decode_text(data: bytes) -> tuple[str, str]:
    """BOM first (UTF-8, UTF-16), then strict UTF-8, then Windows-1252."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(name)), name
            except UnicodeDecodeError:
                raise UnreadableImportFile() from None
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM: every other byte of ASCII text is zero
        even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
        sample = min(len(data), 4096) // 2 or 1
        for share, name in ((odd, "utf-16-le"), (even, "utf-16-be")):
            if share > 0.4 * sample and len(data) % 2 == 0:
                try:
                    return _check_text(data.decode(name)), name
                except UnicodeDecodeError:
                    break
        raise UnreadableImportFile()
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return _check_text(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        raise UnreadableImportFile() from None


def _check_text(text: str) -> str:
    """Refuse text full of control characters (a binary file that happened to decode)."""
    sample = text[:8192]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\r\n") or c == "\ufffd")
    if bad > max(2, len(sample) // 100):
        raise UnreadableImportFile()
    return text


def _read_csv(text: str, encoding: str) -> Table:
    text = text.lstrip("\ufeff")
    sample = text[:65536]
    delimiter = _sniff_delimiter(sample)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                        quotechar='"', doublequote=True, skipinitialspace=False,
                        strict=False)
    try:
        records = list(reader)
    except csv.Error as exc:
        raise UnreadableImportFile(f"The CSV file could not be read ({exc}); nothing was "
                                   "written.") from None
    return _table(records, "csv", encoding, delimiter)


def _sniff_delimiter(sample: str) -> str:
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        if dialect.delimiter in ",;\t|":
            return dialect.delimiter
    except csv.Error:
        pass
    # fall back on the heading line: the candidate that splits it most
    first = sample.splitlines()[0] if sample else ""
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


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
    try:
        sheet = book.worksheets[0]
        records = [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return _table(records, "xlsx", None, None)


def _table(records: list[list[Any]], kind: str, encoding: str | None,
           delimiter: str | None) -> Table:
    numbered = [(i + 1, r) for i, r in enumerate(records)
                if any(_blank(c) is False for c in r)]
    if not numbered:
        raise EmptyImportFile()
    head_no, head = numbered[0]
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
    rows, numbers = [], []
    for no, r in numbered[1:]:
        rows.append(list(r) + [None] * (len(headings) - len(r)))
        numbers.append(no)
    return Table(headings, rows, kind, encoding, delimiter, numbers)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- cleaning one row -------------------------------------------------------------------
_DATE_FORMATS = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%Y.%m.%d", "%d/%m/%y",
                 "%d.%m.%y", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d-%b-%Y",
                 "%d-%b-%y", "%Y%m%d")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def parse_date(value: Any, name: str = "date") -> str | None:
    """ISO, dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, "3 March 2024", Excel dates and serials.
    Day first; mm/dd/yyyy only where the day cannot be the first number."""
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(value, name)
    text = str(value).strip()
    if re.fullmatch(r"\d{4,5}(\.\d+)?", text) and not re.fullmatch(r"(19|20)\d{6}", text):
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
    text = str(value).strip()
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_PREFIX:
        text = text[1:]  # our own CSV exports guard formulas with a quote
    return text


def _split(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;,\n]", text) if p.strip()]


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
    duplicate_of: str | None = None
    duplicate_name: str | None = None
    duplicate_reason: str | None = None

    @property
    def display_name(self) -> str:
        f = self.fields
        return " ".join(x for x in (f.get("first_name"), f.get("last_name")) if x) or "?"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def clean_row(values: Sequence[Any], headings: Sequence[str],
              mapping: Mapping[str, str | None], region: str, row: int) -> RowPlan:
    """Turn one data row into member fields (validated), or a rejected :class:`RowPlan`."""
    plan = RowPlan(row)
    raw: dict[str, Any] = {}
    lists: dict[str, list[str]] = {"emails": [], "phones": [], "tags": []}
    try:
        for heading, value in zip(headings, values, strict=False):
            target = mapping.get(heading)
            if not target or _blank(value):
                continue
            if target in LIST_TARGETS:
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
            elif target == "assessment":
                raw[target] = _text(value)
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
        plan.tags = _clean_tags(lists["tags"])
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
    """Existing members by email, by (name, phone) and by id, to match import rows."""

    def __init__(self, branch: Branch) -> None:
        self.by_email: dict[str, str] = {}
        self.by_name_phone: dict[tuple[str, str], str] = {}
        self.names: dict[str, str] = {}
        for mid, first, last, emails, phones in branch.conn.execute(
            "SELECT id, first_name, last_name, emails, phones FROM member WHERE deleted = 0 "
            "ORDER BY id"
        ):
            self.add(mid, first, last, json.loads(emails) if emails else [],
                     json.loads(phones) if phones else [])

    def add(self, member_id: str, first: str | None, last: str | None,
            emails: Iterable[str], phones: Iterable[str]) -> None:
        self.names[member_id] = " ".join(x for x in (first, last) if x)
        for e in emails:
            self.by_email.setdefault(e.lower(), member_id)
        key = name_key(first, last)
        for p in phones:
            self.by_name_phone.setdefault((key, p), member_id)

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

    @property
    def message(self) -> str:
        if not self.total_rows:
            return "The file has column headings but no rows of data; nothing to import."
        return f"{self.total_rows} rows to import."

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
                   len(table.rows), guessed, table.kind, table.encoding, table.delimiter)


def plan_import(branch: Branch, table: Table, mapping: Mapping[str, str | None],
                ) -> list[RowPlan]:
    """Every data row cleaned (or rejected) and checked against existing members."""
    mapping = check_mapping(mapping)
    region = branch.region
    index = DuplicateIndex(branch)
    plans = []
    for values, no in zip(table.rows, table.row_numbers, strict=True):
        plan = clean_row(values, table.headings, mapping, region, no)
        if plan.error is None:
            hit = index.match(plan)
            if hit:
                plan.duplicate_of, plan.duplicate_reason = hit
                plan.duplicate_name = index.names.get(hit[0])
        plans.append(plan)
    return plans


# -- running ----------------------------------------------------------------------------
@dataclass
class ImportResult:
    total: int = 0
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    workplaces_created: int = 0
    cancelled: bool = False
    batches: int = 0
    message: str = ""
    member_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.message:
            return self.message
        parts = [f"{self.imported} imported", f"{self.updated} updated",
                 f"{self.skipped} skipped", f"{len(self.rejected)} rejected"]
        text = ", ".join(parts) + "."
        if self.cancelled:
            text = "Cancelled: " + text + " Rows after the last whole batch were not imported."
        return text

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["rejected"] = [{"row": r, "reason": why} for r, why in self.rejected]
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
    member; ``overrides`` maps a row number to its own decision. ``cancelled()`` is
    asked between batches: a cancelled import has written whole batches only.
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
    result = ImportResult(total=len(table.rows))
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
        with branch.replica.transaction() as tx:
            for values, no in batch:
                plan = clean_row(values, table.headings, mapping, region, no)
                if plan.error is not None:
                    counts.rejected.append((no, plan.error))
                    continue
                hit = index.match(plan)
                decision = overrides.get(no, on_duplicate) if hit else "create"
                if decision == "skip":
                    counts.skipped += 1
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
                if hit and decision == "update":
                    _update(branch, tx, hit[0], fields, plan.tags)
                    counts.updated += 1
                    counts.member_ids.append(hit[0])
                else:
                    member_id = _create(tx, fields, plan.tags)
                    index.add(member_id, fields.get("first_name"), fields.get("last_name"),
                              fields.get("emails", []), fields.get("phones", []))
                    counts.imported += 1
                    counts.member_ids.append(member_id)
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


def _create(tx, fields: dict[str, Any], tags: list[str]) -> str:
    member_id = changes.new_id()
    fields.setdefault("status", "member")
    fields.setdefault("basis", "member" if fields["status"] != "prospect" else
                      "regular_contact")
    fields.setdefault("do_not_contact", False)
    tx.set("member", member_id, {"deleted": False, **fields})
    for tag in tags:
        tx.set("member_tag", changes.derived_id("tag", member_id, tag.lower()),
               {"member_id": member_id, "tag": tag, "deleted": False})
    return member_id


def _update(branch: Branch, tx, member_id: str, fields: dict[str, Any],
            tags: list[str]) -> None:
    current = branch.get_member(member_id)
    changed: dict[str, Any] = {}
    for name, value in fields.items():
        if name in ("emails", "phones"):
            have = list(getattr(current, name))
            lower = {v.lower() for v in have}
            merged = have + [v for v in value if v.lower() not in lower]
            if merged != have:
                changed[name] = merged
        elif name.startswith("custom."):
            if current.custom.get(name[7:]) != value:
                changed[name] = value
        elif getattr(current, name, None) != value:
            changed[name] = value
    if changed:
        tx.set("member", member_id, changed)
    have_tags = {t.lower() for t in current.tags}
    for tag in tags:
        if tag.lower() not in have_tags:
            tx.set("member_tag", changes.derived_id("tag", member_id, tag.lower()),
                   {"member_id": member_id, "tag": tag, "deleted": False})
