"""A large file's emails and phone numbers checked in a second process, ahead of the rows.

Checking a phone number (phonenumbers: parse, validate, format) and an email address
(email_validator) is most of an import's own work: at 50,000 rows, a third of it. It
needs no vault, so a :class:`sync.helper.Helper` (``python -m
sync.exchange.importer.checking_child``) checks the contact cells of each :data:`CHUNK` rows
a few chunks ahead of the row being planned, with the very functions the import calls
(:func:`.cleaning.contact_values`, :func:`sync.records.validation.clean_email`,
:func:`.phones.read_phone`), and hands back what passed
(:func:`sync.records.validation.export_checks`) with each number's full-text digits.
This process remembers those answers (:func:`sync.records.validation.import_checks`)
just before it plans those rows; the rows are then planned exactly as before, and find
their checks made. A value the child found wrong, a cell the user edited since, or a
child that cannot start or dies: this process checks it itself, as it always did.

A message: ``[region, repair, file kind, [[target, cell], ...]]`` for one chunk's email
and phone cells; an answer: ``[checks, [[E.164, digits], ...]]``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping

from ...errors import ValidationError
from ...helper import Helper
from ...records.validation import clean_email, export_checks, import_checks
from ...replica.search import phone_digits, remember_digits
from .cleaning import contact_values
from .phones import read_phone
from .reading import Table

MODULE = "sync.exchange.importer.checking_child"  # runs serve(answer)
CHUNK = 500  # rows per message
#: a file this long is checked ahead in a second process; a shorter one is not worth one
PARALLEL_ROWS = 2000
CONTACTS = ("emails", "phones")


class ContactChecks:
    """The checks of a table's contact cells, made ahead by a child process; call
    :meth:`reach` before planning each row, :meth:`close` at the end."""

    def __init__(self, table: Table, mapping: Mapping[str, str | None],
                 region: str | None, repair: bool, command: list[str] | None = None) -> None:
        self.table = table
        self.region = region
        self.repair = repair
        self.columns = [(i, t) for i, h in enumerate(table.headings)
                        if (t := mapping.get(h)) in CONTACTS]
        self.helper = Helper(MODULE, command)
        self.answers = self.helper.answers(range(0, len(table.rows), CHUNK), self.message)
        self.ready = 0  # rows before this one have had their checks remembered

    def message(self, start: int) -> list:
        cells = [[target, row[i]] for row in self.table.rows[start:start + CHUNK]
                 for i, target in self.columns
                 if i < len(row) and isinstance(row[i], str | int | float) and row[i] != ""]
        return [self.region, self.repair, self.table.kind, cells]

    def reach(self, index: int) -> None:
        """Row ``index`` (of ``table.rows``) is next: remember the checks of its chunk."""
        while self.ready <= index:
            got = next(self.answers, None)
            if got is None:
                self.ready = len(self.table.rows)
                return
            start, answer = got
            self.ready = start + CHUNK
            if isinstance(answer, list) and len(answer) == 2 and \
                    all(isinstance(x, list) for x in answer):
                import_checks(c for c in answer[0] if isinstance(c, list))
                remember_digits((e[0], e[1]) for e in answer[1] if isinstance(e, list)
                                and len(e) == 2 and all(isinstance(x, str) for x in e))

    def close(self) -> None:
        """Stop the child (an import that ends early, or ends)."""
        self.answers.close()
        self.helper.stop()


@contextlib.contextmanager
def checked_ahead(table: Table, mapping: Mapping[str, str | None], region: str | None,
                  repair: bool) -> Iterator[ContactChecks | None]:
    """:class:`ContactChecks` for a long table with contact columns, else None."""
    checks = None
    if len(table.rows) >= PARALLEL_ROWS and any(t in CONTACTS for t in mapping.values()):
        checks = ContactChecks(table, mapping, region, repair)
    try:
        yield checks
    finally:
        if checks is not None:
            checks.close()


def answer(message: list) -> list:
    """The child's side: check one chunk's contact cells; what passed, and the digits of
    every number that did."""
    region, repair, kind, cells = message
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
    checks = export_checks()
    numbers = {c[4] for c in checks if c[0] == "phone"}
    return [checks, [[n, phone_digits(n)] for n in sorted(numbers)]]

