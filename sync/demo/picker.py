"""The demo's random choices: one seeded ``random.Random`` and seeded Fakers, so the
same seed gives the same people, addresses and numbers on every machine."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from faker import Faker

from ..records.validation import phone_result
from .util import cumulative, pick_index, slug
from .vocabulary import (
    DISTRICTS,
    EMAIL_DOMAINS,
    LOCALES,
    POSTCODE_UNIT_LETTERS,
    STREET_TYPES,
    STREET_WORDS,
    TOWNS,
)


class Person:
    """What later steps (notes, meetings) need to know of a generated member."""

    __slots__ = ("id", "name", "workplace", "status", "assessment", "weight", "tags", "joined")

    def __init__(self, id: str, name: str, workplace: int | None, status: str,
                 assessment: int | None, weight: float, tags: list[str],
                 joined: dt.date | None) -> None:
        self.id = id
        self.name = name
        self.workplace = workplace
        self.status = status
        self.assessment = assessment
        self.weight = weight
        self.tags = tags
        self.joined = joined


class DemoWorkplace:
    """A generated workplace, for the members and notes that name it."""

    __slots__ = ("id", "name", "sector", "short")

    def __init__(self, id: str, name: str, sector: str, short: str) -> None:
        self.id = id
        self.name = name
        self.sector = sector
        self.short = short



class Picker:
    """Seeded random choices of names, contacts and dates."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"caucus-demo/{seed}")
        self.seed = seed
        self.town, self.area = TOWNS[random.Random(f"caucus-demo/{seed}/town").randrange(
            len(TOWNS))]
        self.fakers = {}
        for i, (locale, _w) in enumerate(LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed * 101 + i)
            self.fakers[locale] = fake
        self.locale_names = [loc for loc, _w in LOCALES]
        self.locale_cum = cumulative(w for _loc, w in LOCALES)

    def pick(self, weighted: tuple[tuple[Any, int], ...]) -> Any:
        total = sum(w for _v, w in weighted)
        x = self.rng.random() * total
        for value, w in weighted:
            x -= w
            if x < 0:
                return value
        return weighted[-1][0]

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        span = (end - start).days
        return start + dt.timedelta(days=self.rng.randint(0, max(0, span)))

    def street_address(self) -> str:
        rng = self.rng
        street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_TYPES)}"
        number = rng.randint(1, 240)
        flat = f"Flat {rng.randint(1, 24)}, " if rng.random() < 0.18 else ""
        return f"{flat}{number} {street}, {rng.choice(DISTRICTS)}, {self.town}"

    def postcode(self) -> str:
        rng = self.rng
        letters = POSTCODE_UNIT_LETTERS
        return (f"{self.area}{rng.randint(1, 28)} {rng.randint(1, 9)}"
                f"{rng.choice(letters)}{rng.choice(letters)}")

    def mobile(self) -> str:
        """A British mobile number valid for ``phonenumbers``, in E.164 whatever the
        branch's country (the demo's towns are British)."""
        while True:
            digits = "07" + self.rng.choice("789") + "".join(
                self.rng.choice("0123456789") for _ in range(8))
            if phone_result(digits, "GB").valid:
                break
        # how it was typed once mattered (0xxxx xxxxxx, +44 …); all are stored the same,
        # but the draw stays so the same seed gives the same people
        self.rng.random()
        return "+44" + digits[1:]

    def person_name(self) -> tuple[str, str, str]:
        locale = self.locale_names[pick_index(self.locale_cum, self.rng.random())]
        fake = self.fakers[locale]
        female = self.rng.random() < 0.52
        first = fake.first_name_female() if female else fake.first_name_male()
        for _ in range(10):
            last = fake.last_name_female() if female else fake.last_name_male()
            # de_DE sometimes gives "Koch II" or "auch Schlauchin": keep plain surnames
            if locale != "de_DE" or " " not in last:
                break
        if locale == "es_ES" and self.rng.random() < 0.55:
            last = f"{last} {fake.last_name()}"
        elif locale == "en_GB" and self.rng.random() < 0.03:
            last = f"{last}-{fake.last_name()}"
        return first, last, locale

    def emails(self, first: str, last: str) -> list[str]:
        rng = self.rng
        f, l_ = slug(first), slug(last.split(" ")[0])
        f = f or "member"
        l_ = l_ or "member"
        patterns = (f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_}{rng.randint(1, 99)}",
                    f"{f}_{l_}", f"{l_}.{f}{rng.randint(60, 99)}")
        first_email = f"{rng.choice(patterns[:4])}@{rng.choice(EMAIL_DOMAINS)}"
        out = [first_email]
        if rng.random() < 0.2:
            second = f"{rng.choice(patterns[2:])}@{rng.choice(EMAIL_DOMAINS)}"
            if second != first_email:
                out.append(second)
        return out

    # -- workplaces and campaigns --------------------------------------------------------
