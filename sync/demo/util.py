"""Small pure helpers of the demo generator: weighted picks, month arithmetic, slugs."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import unicodedata


def cumulative(weights) -> list[float]:
    out: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def pick_index(cum: list[float], x: float) -> int:
    """Index picked by ``x`` in [0, 1) from cumulative weights ``cum``."""
    return min(bisect.bisect_right(cum, x * cum[-1]), len(cum) - 1)


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


_ASCII_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae",
                             "Æ": "AE", "đ": "d", "ı": "i"})


def slug(text: str) -> str:
    """A plausible email local-part from a name: ASCII letters only, lower case."""
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII_FOLD))
    return "".join(ch for ch in folded.lower() if "a" <= ch <= "z")
