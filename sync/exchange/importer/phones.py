"""Phone numbers as spreadsheets damage them, and how an import reads them.

Excel drops the leading 0 of a number typed as a number (``7911123456``), or the ``+`` of
an international one (``447911123456``), and shows long numbers in scientific notation
(``7.70091E+09``), which a CSV export then writes with the last digits gone. Each cell's
number is read by the branch's country:

- valid as written (``07911 123456``, ``+49 30 7654321``): stored in E.164;
- a number only with a 0 or a ``+`` put back: a *repair* (made unless the user
  declines repairs: then the value is kept aside and the repair offered);
- scientific notation: expanded when every digit is still there (a repair like the
  others); when digits are lost no repair can be right, so the value is kept aside;
- anything else with digits: kept as typed, with a warning (never blocks the row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import phonenumbers

from ...records.validation import phone_result
from . import phone_words

_SCIENTIFIC = re.compile(r"(\d)(?:[.,](\d+))?[eE]\+?(\d{1,2})")


@dataclass(frozen=True)
class PhoneReading:
    """How one phone value of a cell is read.

    ``action``: ``valid`` (``value`` is E.164), ``repaired`` (E.164, from ``original``),
    ``repairable`` (``value`` is the repair offered; not made), ``lost`` (digits lost: no
    repair), ``typed`` (kept as typed, ``message`` says why)."""

    original: str
    value: str
    action: str
    message: str = ""


def _region_of(e164: str) -> str | None:
    return phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))


def read_phone(text: str, region: str | None, repair: bool) -> PhoneReading:
    """Read one phone value (see the module text). ValidationError when it holds no
    number at all."""
    original = " ".join(text.split())
    typed = original
    how = ""
    scientific = _SCIENTIFIC.fullmatch(typed)
    if scientific:
        digits = scientific.group(1) + (scientific.group(2) or "")
        try:
            whole = str(int(Decimal(typed.replace(",", "."))))
        except (InvalidOperation, ValueError):
            whole = ""
        if not whole or len(digits) < len(whole.rstrip("0")) or len(digits) < len(whole):
            return PhoneReading(original, whole, "lost", phone_words.lost(original, whole))
        typed, how = whole, "written in scientific notation"
    check = phone_result(typed, region)
    bare = typed.isdigit() and not typed.startswith("0")
    if check.valid and not bare and not how:
        return PhoneReading(original, check.value, "valid")
    if bare:
        found = [(phone_result(fixed, region), what) for fixed, what in (
            ("0" + typed, "its leading 0 was lost"), ("+" + typed, "its + was lost"))]
        found = [(c, what) for c, what in found if c.valid]
        # the branch's own country's reading first (0151… in Germany, not +1 51…)
        found.sort(key=lambda item: _region_of(item[0].value) != region)
        if found:
            candidate, what = found[0]
            how = f"{how} and {what}" if how else what
            return PhoneReading(original, candidate.value, "repaired" if repair else "repairable",
                                phone_words.repaired(original, how, repair, candidate.value))
    if how and check.valid:
        return PhoneReading(original, check.value, "repaired" if repair else "repairable",
                            phone_words.repaired(original, how, repair, check.value))
    return PhoneReading(original, check.value, "valid" if check.valid else "typed",
                        check.warning.message if check.warning else "")
