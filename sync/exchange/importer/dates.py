"""Dates as spreadsheets hold them: ISO, dd/mm/yyyy and mm/dd/yyyy (the order decided
from the whole column and the branch's country), dd.mm.yyyy, "3 March 2024", Excel's
date cells and Excel date numbers (serials)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from ...errors import QT_TRANSLATE_NOOP, ValidationError
from .cells import blank, label

_DATE_FORMATS = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%Y.%m.%d", "%d/%m/%y",
                 "%d.%m.%y", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d-%b-%Y",
                 "%d-%b-%y", "%Y%m%d")
EXCEL_EPOCH = dt.date(1899, 12, 30)


#: Countries where 03/04/2024 is the 4th of March (month first).
MONTH_FIRST = frozenset(("US", "PR", "PH", "FM", "MH", "PW", "BZ", "GU", "AS", "MP", "VI",
                         "UM", "KY"))
_SLASHED = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})")
#: 4 or 5 digits (with a fraction): an Excel date number, unless it is a yyyymmdd date
_SERIAL = re.compile(r"\d{4,5}(\.\d+)?")
_COMPACT = re.compile(r"(19|20)\d{6}")
_ISO_WITH_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]")
_SPACES = re.compile(r"\s+")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def parse_date(value: Any, name: str = "date", order: str | None = None) -> str | None:
    """ISO, dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, "3 March 2024", Excel dates and serials.
    Day first (``order="mdy"``: month first); with no order, mm/dd/yyyy where the day
    cannot be the first number. A year alone (1900–2200) is refused rather than read as
    an Excel serial in 1905."""
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
    if _SERIAL.fullmatch(text) and not _COMPACT.fullmatch(text):
        _not_a_year(float(text), name)
        return _serial(float(text), name)
    head = text.split("T")[0].split(" ")[0] if _ISO_WITH_TIME.match(text) else text
    try:
        return _plausible(dt.date.fromisoformat(head), name, text)
    except ValueError:
        pass
    cleaned = _SPACES.sub(" ", text.replace(",", " ")).strip()
    slashed = _SLASHED.fullmatch(cleaned)
    if order == "mdy" and slashed:
        month, day, year = (int(g) for g in slashed.groups())
        year += 2000 if year < 70 else 1900 if year < 100 else 0
        try:
            return _plausible(dt.date(year, month, day), name, text)
        except ValueError:
            raise ValidationError.of(QT_TRANSLATE_NOOP(
                "errors", "{label} {value} is not a date (this column has the month first, "
                "e.g. 03/31/2024)."), name, label=label(name), value=repr(text)) from None
    for fmt in _DATE_FORMATS:
        try:
            return _plausible(dt.datetime.strptime(cleaned, fmt).date(), name, text)
        except ValueError:
            continue
    m = _NUMERIC.fullmatch(cleaned)
    if m and order is None and int(m.group(2)) > 12 >= int(m.group(1)):
        try:  # month first, e.g. 03/31/2024
            return _plausible(dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2))),
                              name, text)
        except ValueError:
            pass
    raise ValidationError.of(QT_TRANSLATE_NOOP(
        "errors", "{label} {value} is not a date (use e.g. 2024-03-31 or 31/03/2024)."),
        name, label=label(name), value=repr(text))


def _not_a_year(number: float, name: str) -> None:
    if float(number).is_integer() and 1900 <= number <= 2200:
        year = int(number)
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "errors", "{label} {year}: a year alone is not a date; write {year}-01-01 (or "
            "the whole date)."), name, label=label(name), year=year)


def _serial(number: float, name: str) -> str:
    if not 1 <= number < 120000:
        raise ValidationError.of(QT_TRANSLATE_NOOP("errors", "{label} {value} is not a date."),
                                 name, label=label(name), value=repr(number))
    return _plausible(EXCEL_EPOCH + dt.timedelta(days=int(number)), name, str(number))


def _plausible(day: dt.date, name: str, text: str) -> str:
    if not 1900 <= day.year <= 2200:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "errors", "{label} {value} is not a plausible date."),
            name, label=label(name), value=repr(text))
    return day.isoformat()




def is_serial(value: Any) -> bool:
    """Is this cell an Excel date number (a serial: days since 1899-12-30), not a date?"""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    text = str(value).strip()
    return bool(_SERIAL.fullmatch(text)) and not _COMPACT.fullmatch(text)


def column_order(values: Iterable[Any], region: str | None) -> tuple[str, bool]:
    """``("dmy" | "mdy", decided by the column)`` for a column of dates: the order its
    values show (a first number over 12 is a day, a second one a month), else the
    country's (month first in the US and a few others)."""
    day_first = month_first = False
    for value in values:
        if isinstance(value, str):
            m = _SLASHED.fullmatch(value.strip())
            if m:
                a, b = int(m.group(1)), int(m.group(2))
                day_first |= a > 12 >= b
                month_first |= b > 12 >= a
    if month_first != day_first:
        return ("mdy" if month_first else "dmy"), True
    return ("mdy" if region in MONTH_FIRST else "dmy"), False
