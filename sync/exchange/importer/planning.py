"""Planning an import: the preview of a wizard's first screen, and every row cleaned
and checked against the vault's members and the file's earlier rows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...phrases import QT_TRANSLATE_NOOP, Phrase
from ...records import Branch
from .cells import cell_text
from .checking import checked_ahead
from .cleaning import DATE_TARGETS, RowOptions, RowPlan, clean_row
from .dates import column_order
from .mapping import check_mapping, guess_mapping, normalise_heading
from .reading import Table, read_table


@lru_cache(maxsize=1024)  # a row's name is matched, then added: worked out once
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
            return given, Phrase(QT_TRANSLATE_NOOP("phrases", "same id"))
        for e in f.get("emails", []):
            if e.lower() in self.by_email:
                return self.by_email[e.lower()], Phrase(
                    QT_TRANSLATE_NOOP("phrases", "same email {email}"), email=e)
        key = name_key(f.get("first_name"), f.get("last_name"))
        for p in f.get("phones", []):
            if (key, p) in self.by_name_phone:
                return self.by_name_phone[(key, p)], Phrase(
                    QT_TRANSLATE_NOOP("phrases", "same name and phone"))
        return None

    def describe(self, hit: tuple[str, str]) -> Phrase:
        """Whom a matching row is the same person as, and why."""
        key, reason = hit
        if key in self.rows:
            #: {row} is a row number of the spreadsheet, {reason} e.g. "same email …"
            return Phrase(QT_TRANSLATE_NOOP("phrases", "it repeats row {row} of this file "
                                            "({reason})"), row=str(self.rows[key]),
                          reason=reason)
        #: {name} is the member's name, {reason} e.g. "same email …"
        return Phrase(QT_TRANSLATE_NOOP("phrases", "it matches the existing member {name} "
                                        "({reason})"),
                      name=self.names.get(key) or key, reason=reason)


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
    #: the spreadsheet row number of each previewed row (headings are row 1)
    row_numbers: list[int] = field(default_factory=list)

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


def date_orders(table: Table, mapping: Mapping[str, str | None], region: str | None,
                ) -> tuple[dict[str, str], list[str]]:
    """Each date column's order of day and month (see :func:`column_order`), and a note
    for the user on each."""
    orders: dict[str, str] = {}
    notes: list[str] = []
    for i, heading in enumerate(table.headings):
        if mapping.get(heading) not in DATE_TARGETS:
            continue
        values = [r[i] for r in table.rows if i < len(r)]
        if not any(isinstance(v, str) and "/" in v for v in values):
            continue
        order, decided = column_order(values, region)
        orders[heading] = order
        how = Phrase(QT_TRANSLATE_NOOP("phrases", "as its dates show")) if decided else (
            #: {region} is a country's two-letter code, e.g. US
            Phrase(QT_TRANSLATE_NOOP("phrases", "as in {region}"), region=region) if region
            else Phrase(QT_TRANSLATE_NOOP("phrases", "as most countries write them")))
        #: {heading} is a column's heading, {how} why (e.g. "as its dates show")
        notes.append(Phrase(QT_TRANSLATE_NOOP("phrases", "Dates in “{heading}” are read month "
                                              "first ({how}).") if order == "mdy" else
                            QT_TRANSLATE_NOOP("phrases", "Dates in “{heading}” are read day "
                                              "first ({how})."), heading=heading, how=how))
    return orders, notes


def row_options(table: Table, mapping: Mapping[str, str | None], region: str | None,
                repair: bool = True, edits: Mapping[int, Mapping[str, Any]] | None = None,
                ) -> tuple[RowOptions, list[str]]:
    orders, notes = date_orders(table, mapping, region)
    return RowOptions(region, repair, orders, dict(edits or {})), notes


def preview(path: str | Path, rows: int = 20,
            mapping: Mapping[str, str | None] | None = None,
            table: Table | None = None, region: str | None = None) -> Preview:
    """The first ``rows`` rows as text, with their spreadsheet row numbers (the numbers
    every message and :class:`RowIssue` uses), and the guessed (or given) mapping."""
    table = table or read_table(path)
    guessed = guess_mapping(table.headings)
    if mapping:
        guessed.update({h: t for h, t in check_mapping(mapping).items() if h in guessed})
    _orders, notes = date_orders(table, guessed, region)
    return Preview(table.headings, [[cell_text(c) for c in r] for r in table.rows[:rows]],
                   len(table.rows), guessed, table.kind, table.encoding, table.delimiter,
                   len(table.errors), [*table.notes, *notes], table.sheet,
                   list(table.row_numbers[:rows]))


def plan_row(table: Table, values: list[Any], no: int, mapping: Mapping[str, str | None],
             options: RowOptions) -> RowPlan:
    if no in table.errors:
        return RowPlan(no, error=table.errors[no])
    return clean_row(values, table.headings, mapping, options.region, no, table.kind,
                     options)


def plan_import(branch: Branch, table: Table, mapping: Mapping[str, str | None], *,
                repair: bool = True, edits: Mapping[int, Mapping[str, Any]] | None = None,
                ) -> list[RowPlan]:
    """Every data row cleaned (values that cannot be read kept aside and flagged, known
    damage repaired with ``repair``, the user's ``edits`` applied: row number → heading →
    value), and checked against existing members and against the earlier rows of the
    file (as the import will find them)."""
    mapping = check_mapping(mapping)
    options, _notes = row_options(table, mapping, branch.region, repair, edits)
    index = DuplicateIndex(branch)
    plans = []
    with checked_ahead(table, mapping, options) as checks:
        for row, (values, no) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
            plan = None
            if checks is not None:
                checks.reach(row)
                plan = checks.plan(row)
            if plan is None:
                plan = plan_row(table, values, no, mapping, options)
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

