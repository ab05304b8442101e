"""Cleaning one data row into member fields: dates in any common form, yes/no and
status words in three languages, names split, cells as the member fields take them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ...errors import ValidationError
from ...records import STATUSES, clean_member_fields, clean_tags
from .cells import blank, cell_text, label
from .mapping import (
    JOINED_TARGETS,
    LIST_TARGETS,
    MULTILINE_TARGETS,
    STATUS_WORDS,
    normalise_heading,
)

FORMULA_PREFIX = ("=", "+", "-", "@", "\t", "\r")
#: Text our CSV export guards with a leading "'" (a formula, or a quote of its own).
GUARDED_PREFIX = (*FORMULA_PREFIX, "'")
_TRUE = {"ja", "j", "si", "sí", "s", "wahr", "verdadero", "t", "✓", "✔"}
_FALSE = {"nein", "falsch", "falso", "f", "-"}

_DATE_FORMATS = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%Y.%m.%d", "%d/%m/%y",
                 "%d.%m.%y", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d-%b-%Y",
                 "%d-%b-%y", "%Y%m%d")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def parse_date(value: Any, name: str = "date") -> str | None:
    """ISO, dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, "3 March 2024", Excel dates and serials.
    Day first; mm/dd/yyyy only where the day cannot be the first number. A year alone
    (1900–2200) is refused rather than read as an Excel serial in 1905."""
    if blank(value):
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
    raise ValidationError(f"{label(name)} {text!r} is not a date (use e.g. 2024-03-31 or "
                          "31/03/2024).", name)


def _not_a_year(number: float, name: str) -> None:
    if float(number).is_integer() and 1900 <= number <= 2200:
        year = int(number)
        raise ValidationError(f"{label(name)} {year}: a year alone is not a date; write "
                              f"{year}-01-01 (or the whole date).", name)


def _serial(number: float, name: str) -> str:
    if not 1 <= number < 120000:
        raise ValidationError(f"{label(name)} {number!r} is not a date.", name)
    return _plausible(EXCEL_EPOCH + dt.timedelta(days=int(number)), name, str(number))


def _plausible(day: dt.date, name: str, text: str) -> str:
    if not 1900 <= day.year <= 2200:
        raise ValidationError(f"{label(name)} {text!r} is not a plausible date.", name)
    return day.isoformat()


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
        raise ValidationError(f"{label(target)} {shown!r} has a line break; only the "
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
    text = cell_text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return text


def _status(value: Any) -> Any:
    text = cell_text(value)
    key = normalise_heading(text).replace(" ", "_")
    if key in STATUSES:
        return key
    return STATUS_WORDS.get(normalise_heading(text), text)


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
            if not target or blank(value):
                continue
            if isinstance(value, str):
                value = _clean_cell(value, target, kind)
            if target == "tags":
                lists[target] += _split_tags(cell_text(value))
            elif target in LIST_TARGETS:
                lists[target] += _split(cell_text(value))
            elif target == "full_name":
                first, last = _split_name(cell_text(value))
                raw.setdefault("first_name", first)
                raw.setdefault("last_name", last)
            elif target == "workplace":
                plan.workplace = cell_text(value)[:200] or None
            elif target == "id":
                raw["id"] = cell_text(value)
            elif target in ("joined_on", "lapsed_on", "dues_paid_until", "override_until"):
                raw[target] = parse_date(value, target)
            elif target.startswith("do_not_"):
                raw[target] = _bool(value)
            elif target in ("status", "status_override"):
                raw[target] = _status(value)
            elif raw.get(target) and (target in JOINED_TARGETS
                                      or target.startswith("custom.")):
                raw[target] = f"{raw[target]}, {cell_text(value)}"
            else:
                raw[target] = cell_text(value)
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

