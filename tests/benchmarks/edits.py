"""Edits a secretary makes to one member: the fields the save and sync benchmarks write."""

from __future__ import annotations

import random
from collections.abc import Callable

from sync.errors import ValidationError
from sync.records import clean_phone


def member_edits(rng: random.Random) -> list[Callable[[int], dict]]:
    """Field changes, each a function of a counter: a job title, an assessment with a
    department, a mobile number, an address, a custom field, an email, dues."""
    def phone(i: int) -> dict:
        while True:
            number = f"07{rng.choice('789')}{rng.randint(0, 99_999_999):08d}"
            try:
                clean_phone(number)
            except ValidationError:
                continue
            return {"phones": [number]}

    return [
        lambda i: {"job_title": f"Senior porter ({i})"},
        lambda i: {"assessment": None if i % 7 == 0 else (i % 5) + 1,
                   "department": f"Ward {i}"},
        phone,
        lambda i: {"address": f"{i + 1} Station Road, Hillside", "postcode": "S1 2AB"},
        lambda i: {"custom.shift": f"rota {i}"},
        lambda i: {"emails": [f"edited.{i}@example.org"]},
        lambda i: {"dues_paid_until": f"2031-{i % 12 + 1:02d}-28"},
    ]
