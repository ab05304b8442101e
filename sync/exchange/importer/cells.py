"""Small helpers on spreadsheet cells that every step of an import uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def blank_row(values: Sequence[Any]) -> bool:
    return all(blank(c) for c in values)


def label(name: str) -> str:
    """A field name as a sentence starts it: ``joined_on`` → ``Joined on``."""
    return name.replace("_", " ").capitalize()


def cell_text(value: Any) -> str:
    """A cell as text: whole floats without ``.0``, dates in ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip()
