"""Dates, numbers and money on the command line as the person at the terminal writes them.

The command line speaks English, but a German secretary reads ``31.03.2024`` and
``1.234,50 €``, and types dates the way her country writes them. What is shown follows
the terminal's locale (``LC_ALL``, then ``LC_TIME`` / ``LC_NUMERIC`` / ``LC_MONETARY``,
then ``LANG``), through Babel's CLDR data, so no system locale has to be installed; with
no locale, or the ``C``/``POSIX`` one, dates stay ISO and numbers plain. ``--json`` is
for programs and always ISO and plain.

A date typed on the command line may be ISO (``2024-03-31``) or written as the branch's
country writes it (``31/03/2024``, ``31.03.2024``; ``03/31/2024`` in the United States),
read by the same rules as a spreadsheet's dates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from ..records import locale_setting
from .registry import Option, arg

#: date options named after something other than their field
FIELDS = {"joined": "joined_on", "due": "due_on"}
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


class TypedDate(str):
    """A date as typed on the command line, read once the branch (its country) is known:
    the ``type=`` of every date option (:func:`typed_date`)."""


def typed_date(text: str) -> TypedDate:
    return TypedDate(text)


def date_arg(flag: str, **settings: Any) -> Option:
    """A date option: ISO or as the branch's country writes dates (see the module)."""
    return arg(flag, type=typed_date, metavar="DATE", **settings)


def read_typed_dates(args: argparse.Namespace, region: str | None) -> None:
    """Replace every date option the user typed by the ISO date it means, or stop with
    the field's own error (``Joined on '13/13/2020' is not a date …``)."""
    local = Localised(region)
    for name, value in vars(args).items():
        if isinstance(value, TypedDate):
            setattr(args, name, local.read_date(value, FIELDS.get(name, name)))


def terminal_locale(category: str = "LC_TIME") -> Locale | None:
    """The locale the terminal asks for in ``category``; None for none, C or POSIX."""
    value = locale_setting(category)
    if value is None:
        return None
    code = value.split(".")[0].split("@")[0]
    if code in ("", "C", "POSIX"):
        return None
    try:
        return Locale.parse(code)
    except (ValueError, TypeError, UnknownLocaleError):
        return None


class Localised:
    """How one command shows dates, numbers and money, and reads typed dates."""

    def __init__(self, region: str | None = None, currency: str | None = None) -> None:
        self.region = region
        self.currency = currency
        self.dates = terminal_locale("LC_TIME")
        self.numbers = terminal_locale("LC_NUMERIC")
        self.money_locale = terminal_locale("LC_MONETARY")

    def date(self, value: str | dt.date | None) -> str:
        """A stored date (ISO) as the terminal's locale writes it (e.g. 31 Mar 2024)."""
        if value in (None, ""):
            return ""
        try:
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        except ValueError:
            return str(value)  # not a date after all: shown as stored
        if self.dates is None:
            return day.isoformat()
        return format_date(day, format="medium", locale=self.dates)

    def number(self, value: float | int | Decimal | None, decimals: int | None = None) -> str:
        if value is None:
            return ""
        if self.numbers is None:
            return str(value) if decimals is None else f"{value:.{decimals}f}"
        pattern = None
        if decimals is not None:
            pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
        return format_decimal(value, format=pattern, locale=self.numbers)

    def money(self, amount: float | int | Decimal | None) -> str:
        """An amount in the branch's currency (just the number when it has none)."""
        if amount is None:
            return ""
        if self.currency is None:
            return self.number(amount, 2)
        if self.money_locale is None:
            return f"{Decimal(str(amount)):.2f} {self.currency}"
        return format_currency(amount, self.currency, locale=self.money_locale)

    def read_date(self, text: str | None, what: str = "date") -> str | None:
        """A date typed on the command line, as ISO; a clear error when it is not one."""
        if text is None or not str(text).strip():
            return None
        from ..exchange.importer.dates import MONTH_FIRST, parse_date  # only when typed

        order = "mdy" if self.region in MONTH_FIRST else None
        return parse_date(str(text), what, order=order)

    def cell(self, value: object) -> object:
        """A table cell as the terminal's locale writes it: a date (a whole ISO date) and
        a number; anything else as it is."""
        if isinstance(value, dt.date) or (isinstance(value, str) and ISO_DATE.fullmatch(value)):
            return self.date(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self.number(value)
        return value
