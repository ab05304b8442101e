"""Cleaning one data row into member fields: dates in any common form, yes/no and
status words in three languages, names split, cells as the member fields take them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from ...errors import ValidationError
from ...phrases import QT_TRANSLATE_NOOP, Phrase, Quantity
from ...records import MEMBER_DATE_FIELDS, STATUSES, clean_member_fields, clean_tags
from ...records.validation import MAX_TEXT, clean_email
from .cells import cell_text, label
from .dates import is_serial, parse_date
from .mapping import (
    JOINED_TARGETS,
    LIST_TARGETS,
    MULTILINE_TARGETS,
    STATUS_WORDS,
    normalise_heading,
)
from .phones import read_phone

FORMULA_PREFIX = ("=", "+", "-", "@", "\t", "\r")
#: Text our CSV export guards with a leading "'" (a formula, or a quote of its own).
GUARDED_PREFIX = (*FORMULA_PREFIX, "'")
_TRUE = {"ja", "j", "si", "sí", "s", "wahr", "verdadero", "t", "✓", "✔"}
_FALSE = {"nein", "falsch", "falso", "f", "-"}

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
    if text.isprintable():  # no control character, tab or line break: most cells
        return text.strip()
    text = text.replace("\r\n", "\n").translate(_CONTROL).strip()
    if target in MULTILINE_TARGETS or target.startswith("custom."):
        return text
    if "\n" in text:
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "errors", "{label} {value} has a line break; only the address and custom fields "
            "can have several lines."), target, label=label(target), value=repr(shown))
    return text.replace("\t", " ")


_LIST_SEPARATORS = re.compile(r"[;,]")
_TAG_LINES = re.compile(r"[;\n]")
_TAG_COMMAS = re.compile(r"[,\n]")


def _split(text: str) -> list[str]:
    return [p.strip() for p in _LIST_SEPARATORS.split(text) if p.strip()]


def contact_values(target: str, value: Any, kind: str) -> list[str]:
    """The emails or phone numbers one cell holds, each as :meth:`_Row.contact` is given
    it (a checking process reads them ahead, :mod:`.checking`); ValidationError for a
    cell no field takes."""
    return _split(_clean_cell(value, target, kind) if isinstance(value, str)
                  else cell_text(value))


def _split_tags(text: str) -> list[str]:
    """Tags one per line, or joined with ";" (our exports, so a tag may hold a comma), or
    with "," (older exports and other programs)."""
    parts = (_TAG_LINES if ";" in text else _TAG_COMMAS).split(text)
    return [p.strip() for p in parts if p.strip()]


def _bool(value: Any) -> Any:
    text = cell_text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return text


def _status(value: Any) -> Any:
    return _status_word(cell_text(value))


@lru_cache(maxsize=1024)  # a column of a few words, row after row
def _status_word(text: str) -> str:
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


# The fields that make a row a person (a row with none of them is no one).
PERSON_TARGETS = ("first_name", "last_name", "preferred_name", "emails", "phones",
                  "membership_no", "address", "postcode")
# Where a value that cannot be read is kept, on the person: ``custom.unrecognised.FIELD``.
ASIDE = "custom.unrecognised."
NO_NAME = "(no name)"
DATE_TARGETS = MEMBER_DATE_FIELDS
# What an issue did: the first is the only one not flagged for the user to check.
ACTIONS = ("repaired", "kept aside", "kept as typed", "repairable", "no name")


@dataclass
class RowIssue:
    """One value of a row that was repaired or flagged, machine-readable.

    ``row`` is the spreadsheet row number (the headings are row 1), as the preview's
    ``row_numbers`` give it; ``action`` is one of :data:`ACTIONS`: ``repaired`` (``value``
    is what was stored instead of ``original``), ``kept aside`` (``original`` is kept on
    the person as ``custom.unrecognised.FIELD``), ``kept as typed`` (a phone number that
    could not be checked), ``repairable`` (kept aside; ``value`` is the repair offered)
    or ``no name`` (the person was imported as "(no name)")."""

    row: int
    column: str
    field: str
    original: str
    action: str
    message: str
    value: Any = None

    @property
    def flagged(self) -> bool:
        return self.action != "repaired"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RowPlan:
    """One data row, cleaned: its fields (bad values kept aside), what was repaired or
    flagged, or why it is not imported; and any duplicate."""

    row: int
    fields: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    workplace: str | None = None
    # the unit's name or path ("Drivers / Nights") in the row's workplace
    unit: str | None = None
    # why the row is not imported: it cannot be read, or it holds no person
    error: str | None = None
    # the row holds no person at all (skipped, not rejected)
    empty: bool = False
    issues: list[RowIssue] = field(default_factory=list)
    # the existing member this row matches, or the earlier row of the file it repeats
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

    @property
    def flagged(self) -> bool:
        return any(i.flagged for i in self.issues)

    @property
    def repaired(self) -> bool:
        return any(not i.flagged for i in self.issues)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "flagged": self.flagged, "repaired": self.repaired}


@dataclass
class RowOptions:
    """How rows are read: the branch's country, repairs consented to, each date column's
    order (``dmy``/``mdy``), and the user's fixes (row number → heading → new value)."""

    region: str | None = None
    repair: bool = True
    date_orders: Mapping[str, str] = field(default_factory=dict)
    edits: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)


@lru_cache(maxsize=256)
def _handling(target: str) -> str:
    """How :meth:`_Row.cell` takes a value for ``target`` (decided once per target)."""
    if target in LIST_TARGETS:
        return "list"
    if target in ("full_name", "workplace", "unit", "id"):
        return target
    if target in DATE_TARGETS:
        return "date"
    if target.startswith("do_not_"):
        return "bool"
    if target in ("status", "status_override"):
        return "status"
    return "text"


class _Row:
    """The state of one row being cleaned."""

    def __init__(self, plan: RowPlan, options: RowOptions) -> None:
        self.plan = plan
        self.options = options
        self.raw: dict[str, Any] = {}
        self.columns: dict[str, str] = {}  # target → the column it came from
        self.lists: dict[str, list[tuple[str, str]]] = {"emails": [], "phones": [], "tags": []}
        self.contacts: dict[str, list[str]] = {"emails": [], "phones": []}

    def issue(self, column: str, target: str, original: Any, action: str, message: str,
              value: Any = None) -> None:
        self.plan.issues.append(RowIssue(self.plan.row, column, target, cell_text(original),
                                         action, message, value))

    def aside(self, column: str, target: str, original: Any, message: str,
              action: str = "kept aside", value: Any = None) -> None:
        """Keep a value that cannot be read on the person, and flag it. A value longer
        than a field holds keeps its first characters (the flag says so): one overlong
        cell never stops the import of the people after it."""
        key = ASIDE + target.removeprefix("custom.")
        text = cell_text(original)
        fields = self.plan.fields
        kept = f"{fields[key]}; {text}" if fields.get(key) else text
        if len(kept) > MAX_TEXT:
            #: {message} says why the value is kept aside; {length} and {kept} count
            #: characters
            message = Phrase(QT_TRANSLATE_NOOP(
                "phrases", "{message} It is {length} characters long: its first {kept} are "
                "kept aside, the most a field holds."), message=message,
                length=Quantity(len(kept)), kept=Quantity(MAX_TEXT - 1))
            kept = kept[:MAX_TEXT - 1] + "…"
        fields[key] = kept
        self.issue(column, target, original, action, message, value)

    def cell(self, heading: str, target: str, value: Any, kind: str) -> None:
        if isinstance(value, str):
            text = value = _clean_cell(value, target, kind)
        else:
            text = cell_text(value)
        how = _handling(target)
        raw = self.raw
        if how == "text":
            if raw.get(target) and (target in JOINED_TARGETS or target.startswith("custom.")):
                raw[target] = f"{raw[target]}, {text}"
            else:
                raw[target] = text
        elif how == "list":
            split = _split_tags if target == "tags" else _split
            self.lists[target] += [(heading, v) for v in split(text)]
        elif how == "date":
            self.date(heading, target, value)
        elif how == "bool":
            raw[target] = _bool(text)
        elif how == "status":
            raw[target] = _status(text)
        elif how == "full_name":
            first, last = _split_name(text)
            raw.setdefault("first_name", first)
            raw.setdefault("last_name", last)
        elif how == "workplace":
            self.plan.workplace = text[:200] or None
        elif how == "unit":
            self.plan.unit = text[:600] or None
        else:  # the member's id
            raw["id"] = text
        self.columns.setdefault(target, heading)

    def date(self, heading: str, target: str, value: Any) -> None:
        if is_serial(value):
            day = parse_date(value, target)  # a year alone raises here
            if self.options.repair:
                self.raw[target] = day
                #: {value} is a number in the file, {day} the date it stands for
                self.issue(heading, target, value, "repaired", Phrase(QT_TRANSLATE_NOOP(
                    "phrases", "{value} is an Excel date number: read as {day}."),
                    value=cell_text(value), day=day), day)
            else:
                self.aside(heading, target, value, Phrase(QT_TRANSLATE_NOOP(
                    "phrases", "{value} looks like an Excel date number; it can be read as "
                    "{day}."), value=cell_text(value), day=day), "repairable", day)
            return
        self.raw[target] = parse_date(value, target, self.options.date_orders.get(heading))

    def contact(self, name: str, heading: str, item: str) -> None:
        region = self.options.region
        if name == "emails":
            value = clean_email(item)
        else:
            reading = read_phone(item, region, self.options.repair)
            if reading.action in ("lost", "repairable"):
                self.aside(heading, name, item, reading.message, "kept aside"
                           if reading.action == "lost" else "repairable",
                           reading.value if reading.action == "repairable" else None)
                return
            value = reading.value
            if reading.action == "repaired":
                self.issue(heading, name, item, "repaired", reading.message, value)
            elif reading.action == "typed":
                self.issue(heading, name, item, "kept as typed", reading.message, value)
        if value.lower() not in {v.lower() for v in self.contacts[name]}:
            self.contacts[name].append(value)


def clean_row(values: Sequence[Any], headings: Sequence[str],
              mapping: Mapping[str, str | None], region: str | None, row: int,
              kind: str = "xlsx", options: RowOptions | None = None) -> RowPlan:
    """Turn one data row into member fields (validated). A value that cannot be read is
    kept aside on the person and flagged; known spreadsheet damage is repaired with
    ``options.repair`` (else kept aside and offered). Only a row that holds no person
    at all is not imported (``empty``). ``kind`` is the file's: only CSV cells can carry
    our export's guard quote."""
    options = options or RowOptions(region)
    if options.region != region:
        options = RowOptions(region, options.repair, options.date_orders, options.edits)
    plan = RowPlan(row)
    state = _Row(plan, options)
    fixes = options.edits.get(row, {})
    for heading, value in zip(headings, values, strict=False):
        if fixes:
            value = fixes.get(heading, value)
        target = mapping.get(heading)
        # blank cells (most of a sheet) skipped as cheaply as can be
        if not target or value is None or (
                isinstance(value, str) and (not value or value.isspace())):
            continue
        try:
            state.cell(heading, target, value, kind)
        except ValidationError as exc:
            state.aside(heading, target, value, Phrase.of_error(exc))
    for name in ("emails", "phones"):  # each value on its own, so errors name it
        for heading, item in state.lists[name]:
            try:
                state.contact(name, heading, item)
            except ValidationError as exc:
                state.aside(heading, name, item, Phrase.of_error(exc))
    member_id = state.raw.pop("id", None)
    try:  # the row's fields at once: most rows hold no bad value
        cleaned = clean_member_fields(state.raw, region)
    except ValidationError:
        cleaned = None
    for name, value in state.raw.items():  # else each on its own: one bad value is one
        if cleaned is not None:
            clean = cleaned[name]
        else:
            try:
                clean = clean_member_fields({name: value}, region)[name]
            except ValidationError as exc:
                state.aside(state.columns.get(name, name), name, value, Phrase.of_error(exc))
                continue
        if clean not in (None, [], ""):
            plan.fields[name] = clean
    plan.fields.update({k: v for k, v in state.contacts.items() if v})
    try:
        plan.tags = clean_tags([t for _h, t in state.lists["tags"]])
    except ValidationError as exc:
        state.aside(next((h for h, _t in state.lists["tags"]), "tags"), "tags",
                    "; ".join(t for _h, t in state.lists["tags"]), Phrase.of_error(exc))
    if member_id:
        plan.fields["__id"] = member_id
    _name_or_nobody(plan, state, mapping)
    return plan


def _name_or_nobody(plan: RowPlan, state: _Row, mapping: Mapping[str, str | None]) -> None:
    fields = plan.fields
    if fields.get("first_name") or fields.get("last_name"):
        return
    person = [t for t in PERSON_TARGETS if fields.get(t) or fields.get(ASIDE + t)]
    if not person and not fields.get("__id"):
        plan.empty = True
        plan.error = Phrase(QT_TRANSLATE_NOOP(
            "phrases", "Not imported: the row holds no person (no name, email, phone, "
            "membership number or address)."))
        plan.issues = []
        return
    fields["last_name"] = NO_NAME
    column = next((h for target in ("last_name", "full_name", "first_name")
                   for h, t in mapping.items() if t == target), "")
    #: {name} is what the person is imported as, '(no name)'
    state.issue(column, "last_name", "", "no name", Phrase(QT_TRANSLATE_NOOP(
        "phrases", "The row has no name; the person was imported as {name}. Add their name."),
        name=repr(NO_NAME)), NO_NAME)
