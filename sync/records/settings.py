"""The branch's settings: its name, country (how phone numbers are read and shown) and
currency (for dues). They are fields of the replicated ``branch`` row, so they sync like
branch data, and only an admin may change them (the replica refuses anyone else's)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, NotPermitted, ValidationError, VaultCorrupt
from .country import check_country, check_currency, default_currency
from .organising_types import DEFAULT_POINT_RATIO


@dataclass
class BranchSettings:
    name: str
    country: str | None
    currency: str | None
    #: the coverage target: one point person per this many people
    point_ratio: int = DEFAULT_POINT_RATIO

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Settings:
    """A mixin of :class:`sync.records.Branch`: reads and sets the branch row."""

    @property
    def region(self) -> str | None:
        """The country phone numbers are read by: the branch's, else the local
        ``phone_region`` setting of older vaults, else none (only ``+`` numbers)."""
        row = self.conn.execute("SELECT country FROM branch LIMIT 1").fetchone()
        return (row[0] if row and row[0] else None) or self.replica.meta("phone_region")

    def settings(self) -> BranchSettings:
        row = self.conn.execute(
            "SELECT name, country, currency, point_ratio FROM branch LIMIT 1").fetchone()
        if row is None:
            raise VaultCorrupt(QT_TRANSLATE_NOOP("errors", "This vault has no branch yet."))
        return BranchSettings(row[0] or "", row[1], row[2], row[3] or DEFAULT_POINT_RATIO)

    @property
    def point_ratio(self) -> int:
        """One point person per this many people (the branch's; 10 unless set)."""
        row = self.conn.execute("SELECT point_ratio FROM branch LIMIT 1").fetchone()
        return (row[0] if row else None) or DEFAULT_POINT_RATIO

    def set_point_ratio(self, people: int | str | None) -> int:
        """The coverage target: one point person per ``people`` (None: the default).
        Admins only, like every branch setting."""
        if people is None or str(people).strip() == "":
            value = None
        else:
            try:
                value = int(str(people).strip().removeprefix("1:"))
            except ValueError:
                raise ValidationError.of(QT_TRANSLATE_NOOP(
                    "errors", "The target is a number of people per point person, like 10, "
                    "not {value}."), "point_ratio", value=repr(people)) from None
            if not 1 <= value <= 1000:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "errors", "One point person looks after 1 to 1,000 people."), "point_ratio")
        self._write_branch({"point_ratio": value}, "coverage target")
        return value or DEFAULT_POINT_RATIO

    def set_country(self, code: str | None, *, currency: bool = False) -> str | None:
        """Set the branch's country (``None`` clears it); with ``currency``, also the
        country's usual currency when the branch has none yet. Admins only."""
        country = check_country(code)
        fields: dict[str, Any] = {"country": country}
        if currency and not self.settings().currency and default_currency(country):
            fields["currency"] = default_currency(country)
        self._write_branch(fields, "country")
        return country

    def set_currency(self, code: str | None) -> str | None:
        value = check_currency(code)
        self._write_branch({"currency": value}, "currency")
        return value

    def _write_branch(self, fields: dict[str, Any], what: str) -> None:
        if self.replica.device_role(self.replica.device_id) != "admin":
            raise NotPermitted.of(QT_TRANSLATE_NOOP(
                "errors", "Only an admin may change the branch's {what}."), what=what)
        row = self.conn.execute("SELECT id FROM branch LIMIT 1").fetchone()
        if row is None:
            raise VaultCorrupt(QT_TRANSLATE_NOOP("errors", "This vault has no branch yet."))
        with self.replica.transaction() as tx:
            tx.set("branch", row[0], fields)
