"""A large file's rows cleaned in a second process, ahead of the rows being written.

Cleaning a row (:func:`.cleaning.clean_row`) is most of an import's own work: checking
its phone numbers (phonenumbers: parse, validate, format) and email addresses
(email_validator), reading its dates, status words and names. It needs no vault, so a
:class:`sync.helper.Helper` (``python -m sync.exchange.importer.checking_child``) cleans
each :data:`CHUNK` rows a few chunks ahead of the row being written, with the very
function the import calls, while this process writes the rows before them.

For each row it cleaned without a value to repair or flag, the child hands back the
row's plan (:meth:`RowsAhead.plan`): its member fields, tags, workplace and unit; this
process takes that plan as its own. A row with anything to repair or flag, a row of a
cell the user edited, a row whose cells are not plain text and numbers (an XLSX date),
a plan of the wrong shape, a child that cannot start or dies: this process cleans that
row itself, as it always did, so the outcome never depends on the child. The child
also hands back every email and phone number it found valid
(:func:`sync.records.validation.export_checks`, with each number's full-text digits):
this process remembers them (:func:`sync.records.validation.import_checks`), so the
rows it cleans itself and the batch that writes every row find their checks made. For
the rows it does not clean, the child checks their contact cells alone.

A message: ``[region, repair, file kind, [[target, cell], ...], headings, mapping,
date orders, [[row number, cells] ...]]`` for one chunk: the email and phone cells of
the rows it does not clean, then what cleaning the others takes; an answer: ``[checks,
[[E.164, digits], ...], plans]``, a plan ``[fields, tags, workplace, unit]`` or None
for each row to clean, in order.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any

from ...errors import ValidationError
from ...helper import Helper
from ...records.validation import clean_email, export_checks, import_checks
from ...replica.search import phone_digits, remember_digits
from .cleaning import RowOptions, RowPlan, clean_row, contact_values
from .phones import read_phone
from .reading import Table

MODULE = "sync.exchange.importer.checking_child"  # runs serve(answer)
CHUNK = 500  # rows per message
#: a file this long is cleaned ahead in a second process; a shorter one is not worth one
PARALLEL_ROWS = 2000
CONTACTS = ("emails", "phones")
#: the cells a row the child cleans may hold (CBOR carries them as they are)
PLAIN = (str, int, float, type(None))


class RowsAhead:
    """A table's rows cleaned ahead by a child process; call :meth:`reach` before
    planning each row and take its :meth:`plan` if there is one; :meth:`close` at the
    end."""

    def __init__(self, table: Table, mapping: Mapping[str, str | None],
                 options: RowOptions, command: list[str] | None = None) -> None:
        self.table = table
        self.mapping = dict(mapping)
        self.options = options
        self.columns = [(i, t) for i, h in enumerate(table.headings)
                        if (t := mapping.get(h)) in CONTACTS]
        self.helper = Helper(MODULE, command)
        self.answers = self.helper.answers(range(0, len(table.rows), CHUNK), self.message)
        self.ready = 0  # rows before this one have had their checks remembered
        self.plans: dict[int, RowPlan] = {}  # the child's plans of the chunk reached

    def cleaned_there(self, index: int) -> bool:
        """Is row ``index`` one the child cleans (else it checks its contact cells)?"""
        no = self.table.row_numbers[index]
        return no not in self.table.errors and no not in self.options.edits and \
            all(isinstance(v, PLAIN) for v in self.table.rows[index])

    def message(self, start: int) -> list:
        table = self.table
        cells, rows = [], []
        for index in range(start, min(start + CHUNK, len(table.rows))):
            row = table.rows[index]
            if self.cleaned_there(index):
                rows.append([table.row_numbers[index], row])
                continue
            cells += [[target, row[i]] for i, target in self.columns
                      if i < len(row) and isinstance(row[i], str | int | float)
                      and row[i] != ""]
        return [self.options.region, self.options.repair, table.kind, cells,
                table.headings, self.mapping, dict(self.options.date_orders), rows]

    def reach(self, index: int) -> None:
        """Row ``index`` (of ``table.rows``) is next: remember the checks of its chunk,
        and keep its plans."""
        while self.ready <= index:
            got = next(self.answers, None)
            if got is None:
                self.ready = len(self.table.rows)
                self.plans = {}
                return
            start, answer = got
            self.ready = start + CHUNK
            self.plans = {}
            if not (isinstance(answer, list) and len(answer) == 3 and
                    all(isinstance(x, list) for x in answer)):
                continue
            import_checks(c for c in answer[0] if isinstance(c, list))
            remember_digits((e[0], e[1]) for e in answer[1] if isinstance(e, list)
                            and len(e) == 2 and all(isinstance(x, str) for x in e))
            cleaned = [i for i in range(start, min(self.ready, len(self.table.rows)))
                       if self.cleaned_there(i)]
            if len(cleaned) != len(answer[2]):  # not an answer to this chunk's rows
                continue
            for i, plan in zip(cleaned, answer[2], strict=True):
                taken = taken_plan(self.table.row_numbers[i], plan)
                if taken is not None:
                    self.plans[i] = taken

    def plan(self, index: int) -> RowPlan | None:
        """The child's plan of row ``index`` (reached), or None: clean it here."""
        return self.plans.pop(index, None)

    def close(self) -> None:
        """Stop the child (an import that ends early, or ends)."""
        self.answers.close()
        self.helper.stop()


def taken_plan(no: int, plan: Any) -> RowPlan | None:
    """A plan the child gave, as a :class:`RowPlan` of row ``no``; None for anything of
    another shape. Its values are those :func:`clean_row` gives (the batch that writes
    them cleans them again)."""
    if not (isinstance(plan, list) and len(plan) == 4):
        return None
    fields, tags, workplace, unit = plan
    if not (isinstance(fields, dict) and all(isinstance(k, str) for k in fields) and
            isinstance(tags, list) and all(isinstance(t, str) for t in tags) and
            isinstance(workplace, str | None) and isinstance(unit, str | None)):
        return None
    return RowPlan(no, fields=fields, tags=tags, workplace=workplace, unit=unit)


@contextlib.contextmanager
def checked_ahead(table: Table, mapping: Mapping[str, str | None],
                  options: RowOptions) -> Iterator[RowsAhead | None]:
    """:class:`RowsAhead` for a long table, else None."""
    checks = None
    if len(table.rows) >= PARALLEL_ROWS:
        checks = RowsAhead(table, mapping, options)
    try:
        yield checks
    finally:
        if checks is not None:
            checks.close()


def answer(message: list) -> list:
    """The child's side: check one chunk's contact cells and clean its rows; what passed,
    the digits of every number that did, and each row's plan (None for a row with
    anything to repair or flag, or that holds no person)."""
    region, repair, kind, cells, headings, mapping, orders, rows = message
    for target, value in cells:
        try:
            items = contact_values(target, value, kind)
        except ValidationError:
            continue
        for item in items:
            with contextlib.suppress(ValidationError):
                if target == "emails":
                    clean_email(item)
                else:
                    read_phone(item, region, repair)
    options = RowOptions(region, repair, orders)
    plans: list[list | None] = []
    for no, values in rows:
        plan = clean_row(values, headings, mapping, region, no, kind, options)
        plans.append(None if plan.error is not None or plan.issues else
                     [plan.fields, plan.tags, plan.workplace, plan.unit])
    checks = export_checks()
    numbers = {c[4] for c in checks if c[0] == "phone"}
    return [checks, [[n, phone_digits(n)] for n in sorted(numbers)], plans]
