"""Organising's writes, validated, into a batch of the records' batch write API.

Each function takes a :class:`~sync.records.batch.Batch` (the single writes of
:class:`~sync.records.organising_writes.OrganisingWrites` pass a batch of one, the demo
and the importer a big one) and writes through its public :meth:`Batch.write`, so units,
headcounts, tests, responses and relationships are validated once, whoever writes them.

Erasure (:func:`links_to`, :func:`erase_links`): a response and a relationship's half are
linked to their person by ``member_id`` (``MEMBER_LINKED``), so the replica erases them
with the person on every laptop, also when they arrive later. A relationship's other half
names only the other person, so it never points at the erased one; the erasing laptop
erases it too (no orphan is left where it can see one; a query never shows half a pair).
A point person who is erased leaves nobody pointing at them: the erasing laptop clears
``point_person_id`` on everyone it names, and a point person no longer on record counts
as none (a laptop that set one concurrently). These follow the erasure in a change set
of their own, so the erasure itself names only what every build of Caucus reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from .. import changes
from ..errors import UnknownId, ValidationError
from .organising_types import (
    ACTION_KINDS,
    ANSWERS,
    MAX_DEPTH,
    RELATION_KINDS,
    UNIT_KINDS,
)
from .validation import clean_choice, clean_date, clean_text

MAX_HEADCOUNT = 1_000_000


class Writer(Protocol):
    """What these writes need of a batch (:class:`sync.records.batch.Batch`)."""

    branch: Any

    def write(self, table: str, row_id: str, fields: Mapping[str, Any],
              new: bool = False, minted: bool = False) -> None: ...

    def erase(self, table: str, row_id: str) -> None: ...

    def require(self, table: str, row_id: str, what: str | None = None) -> None: ...

    def pending_row(self, table: str, row_id: str) -> dict[str, Any] | None: ...

    def stored_row(self, table: str, row_id: str, names: tuple[str, ...],
                   ) -> dict[str, Any] | None: ...


def _row(batch: Writer, table: str, row_id: str, names: tuple[str, ...]) -> dict[str, Any]:
    """A row's fields as the batch leaves them: the vault's, with pending writes on top."""
    values = dict(batch.stored_row(table, row_id, names) or {})
    values.update({k: v for k, v in (batch.pending_row(table, row_id) or {}).items()
                   if k in (*names, "deleted")})
    if not values:
        raise UnknownId(f"There is no {table} with id {row_id}.")
    return values


def clean_count(value: Any, name: str = "headcount") -> int | None:
    """A headcount: a whole number from 0 to a million, or None (not known)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip().replace(",", "").replace("_", ""))
    except ValueError:
        raise ValidationError(f"A headcount is a whole number of people, not {value!r}.",
                              name) from None
    if not 0 <= number <= MAX_HEADCOUNT:
        raise ValidationError(f"A headcount must be between 0 and {MAX_HEADCOUNT:,}, "
                              f"not {number}.", name)
    return number


def clean_share(value: Any, name: str = "target_share") -> int | None:
    """A target share in percent (1–100), or None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = round(float(str(value).strip().rstrip("%")))
    except ValueError:
        raise ValidationError(f"The target share is a percentage like 60, not {value!r}.",
                              name) from None
    if not 1 <= number <= 100:
        raise ValidationError(f"The target share must be between 1 and 100 %, not {number}.",
                              name)
    return number


# -- units -------------------------------------------------------------------------------
def _depth_below(batch: Writer, unit_id: str) -> int:
    """How many levels a unit's sub-units go below it (0: none), in the vault."""
    depth, level = 0, [unit_id]
    for _ in range(MAX_DEPTH + 1):
        marks = ", ".join("?" * len(level))
        level = [r[0] for r in batch.branch.conn.execute(
            f"SELECT id FROM unit WHERE deleted = 0 AND parent_id IN ({marks})",  # noqa: S608
            level)]
        if not level:
            break
        depth += 1
    return depth


def _ancestors(batch: Writer, unit_id: str) -> list[str]:
    """The unit and the units above it, bottom up (bounded: a cycle made by two laptops'
    concurrent moves ends the walk)."""
    out = [unit_id]
    for _ in range(MAX_DEPTH + 1):
        parent = _row(batch, "unit", out[-1], ("parent_id",)).get("parent_id")
        if not parent or parent in out:
            break
        out.append(parent)
    return out


def _check_parent(batch: Writer, workplace_id: str, parent_id: str | None,
                  unit_id: str | None = None) -> None:
    if not parent_id:
        return
    batch.require("unit", parent_id, "unit")
    parent = _row(batch, "unit", parent_id, ("workplace_id",))
    if parent.get("deleted"):
        raise ValidationError("That unit is deleted; choose another one above it.",
                              "parent_id")
    if parent.get("workplace_id") != workplace_id:
        raise ValidationError("A unit can only be inside a unit of the same workplace.",
                              "parent_id")
    above = _ancestors(batch, parent_id)
    if unit_id is not None and unit_id in above:
        raise ValidationError("A unit cannot be inside itself or one of its own units.",
                              "parent_id")
    below = _depth_below(batch, unit_id) if unit_id else 0
    if len(above) + 1 + below > MAX_DEPTH:
        raise ValidationError(f"Units nest at most {MAX_DEPTH} levels deep (for example "
                              "department › shift › team).", "parent_id")


def add_unit(batch: Writer, workplace_id: str, name: str, parent_id: str | None = None,
             kind: str | None = None, headcount: Any = None, counted_on: Any = None) -> str:
    """A new unit of a workplace (inside ``parent_id`` when given)."""
    batch.require("workplace", workplace_id, "workplace")
    label = clean_text(name, "name", 200)
    if not label:
        raise ValidationError("A unit needs a name.", "name")
    _check_parent(batch, workplace_id, parent_id or None)
    count = clean_count(headcount)
    fields = {"workplace_id": workplace_id, "parent_id": parent_id or None, "name": label,
              "kind": clean_choice(kind, "kind", UNIT_KINDS), "headcount": count,
              "counted_on": clean_date(counted_on, "counted_on")
              or (_today() if count is not None else None), "deleted": False}
    unit_id = changes.new_id()
    batch.write("unit", unit_id, fields, new=True, minted=True)
    return unit_id


def update_unit(batch: Writer, unit_id: str, **fields: Any) -> dict[str, Any]:
    """Rename, re-kind or move a unit (``parent_id``; "" or None: to the top)."""
    batch.require("unit", unit_id, "unit")
    current = _row(batch, "unit", unit_id, ("workplace_id", "parent_id"))
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "name":
            out[name] = clean_text(value, "name", 200)
            if not out[name]:
                raise ValidationError("A unit needs a name.", "name")
        elif name == "kind":
            out[name] = clean_choice(value, "kind", UNIT_KINDS)
        elif name == "parent_id":
            out[name] = value or None
            _check_parent(batch, current["workplace_id"], out[name], unit_id)
        elif name == "headcount":
            out[name] = clean_count(value)
        elif name == "counted_on":
            out[name] = clean_date(value, name)
        else:
            raise ValidationError(f"Units have no field called {name!r}.", name)
    if out:
        batch.write("unit", unit_id, out)
    return out


def set_headcount(batch: Writer, table: str, row_id: str, headcount: Any,
                  counted_on: Any = None) -> None:
    """A unit's or a workplace's headcount, counted on ``counted_on`` (default today)."""
    if table not in ("unit", "workplace"):
        raise ValidationError("Only units and workplaces have a headcount.", "table")
    batch.require(table, row_id, table)
    count = clean_count(headcount)
    day = clean_date(counted_on, "counted_on") or (_today() if count is not None else None)
    batch.write(table, row_id, {"headcount": count, "counted_on": day})


def delete_unit(batch: Writer, unit_id: str, deleted: bool = True) -> None:
    """Soft-delete a unit; its people and sub-units are not moved (a unit no longer on
    record counts them as not in a unit)."""
    batch.require("unit", unit_id, "unit")
    batch.write("unit", unit_id, {"deleted": bool(deleted)})


# -- people ------------------------------------------------------------------------------
def check_placement(batch: Writer, clean: dict[str, Any], member_id: str | None) -> None:
    """Validate a person's ``unit_id`` and ``point_person_id`` (in ``clean``, member
    fields about to be written). A unit puts the person in its workplace; a new workplace
    without a unit takes the person out of a unit of another workplace."""
    unit_id = clean.get("unit_id")
    if unit_id:
        batch.require("unit", unit_id, "unit")
        unit = _row(batch, "unit", unit_id, ("workplace_id",))
        if unit.get("deleted"):
            raise ValidationError("That unit is deleted; choose another one.", "unit_id")
        if clean.get("workplace_id") and clean["workplace_id"] != unit["workplace_id"]:
            raise ValidationError("The unit belongs to another workplace than the one "
                                  "given.", "unit_id")
        clean["workplace_id"] = unit["workplace_id"]
    elif "workplace_id" in clean and "unit_id" not in clean and member_id is not None:
        have = _row(batch, "member", member_id, ("unit_id",)).get("unit_id")
        if have:
            unit = _row(batch, "unit", have, ("workplace_id",))
            if unit.get("workplace_id") != clean["workplace_id"]:
                clean["unit_id"] = None
    point = clean.get("point_person_id")
    if point:
        if point == member_id:
            raise ValidationError("A person cannot be their own point person.",
                                  "point_person_id")
        batch.require("member", point, "member")
        if _row(batch, "member", point, ("status",)).get("deleted"):
            raise ValidationError("That point person is deleted; choose someone on the "
                                  "list.", "point_person_id")


# -- structure tests ---------------------------------------------------------------------
def _action_fields(batch: Writer, fields: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "name":
            out[name] = clean_text(value, name, 200)
            if not out[name]:
                raise ValidationError("A structure test needs a name.", name)
        elif name == "kind":
            out[name] = clean_choice(value, name, ACTION_KINDS)
        elif name == "target_share":
            out[name] = clean_share(value)
        elif name in ("starts_on", "deadline"):
            out[name] = clean_date(value, name)
        elif name == "notes":
            out[name] = clean_text(value, name, 20000)
        elif name in ("campaign_id", "workplace_id"):
            if value:
                batch.require(name[:-3], value, name[:-3])
            out[name] = value or None
        else:
            raise ValidationError(f"Structure tests have no field called {name!r}.", name)
    return out


def add_action(batch: Writer, name: str, kind: str, target_share: Any = None,
               **fields: Any) -> str:
    """A new structure test (petition, card, survey, turnout, strike-vote pledge)."""
    clean = _action_fields(batch, {"name": name, "kind": kind, "target_share": target_share,
                                   **fields})
    if not clean.get("kind"):
        raise ValidationError(f"Say what kind of test it is: {', '.join(ACTION_KINDS)}.",
                              "kind")
    clean.setdefault("starts_on", _today())
    clean["starts_on"] = clean["starts_on"] or _today()
    action_id = changes.new_id()
    batch.write("action", action_id, {**clean, "deleted": False}, new=True)
    return action_id


def update_action(batch: Writer, action_id: str, **fields: Any) -> None:
    batch.require("action", action_id, "structure test")
    clean = _action_fields(batch, fields)
    if clean:
        batch.write("action", action_id, clean)


def response_id(action_id: str, member_id: str) -> str:
    """The one row of a person's response to an action, the same on every laptop."""
    return changes.derived_id("response", action_id, member_id)


def set_response(batch: Writer, action_id: str, member_id: str, answer: str) -> str:
    """Record a person's answer; returns the answer as stored."""
    batch.require("action", action_id, "structure test")
    batch.require("member", member_id, "member")
    value = clean_choice(answer, "answer", ANSWERS)
    if value is None:
        raise ValidationError(f"An answer is one of {', '.join(ANSWERS)}.", "answer")
    row = response_id(action_id, member_id)
    try:
        have = _row(batch, "response", row, ("action_id", "member_id", "answer"))
    except UnknownId:
        have = None
    if have is None:
        batch.write("response", row, {"action_id": action_id, "member_id": member_id,
                                      "answer": value, "deleted": False}, new=True)
    else:  # only what changes: another laptop's concurrent answer is then one conflict
        changed = {k: v for k, v in (("answer", value), ("deleted", False)) if have[k] != v}
        if changed:
            batch.write("response", row, changed)
    return value


# -- relationships -----------------------------------------------------------------------
def add_relation(batch: Writer, from_id: str, to_id: str, kind: str) -> str:
    """A relationship from one person to another (both ways for all kinds but
    "influences"); returns its pair id."""
    value = clean_choice(kind, "kind", RELATION_KINDS)
    if value is None:
        raise ValidationError(f"A relationship is one of {', '.join(RELATION_KINDS)}.", "kind")
    if from_id == to_id:
        raise ValidationError("A relationship links two different people.", "member_id")
    batch.require("member", from_id, "member")
    batch.require("member", to_id, "member")
    pair = changes.new_id()
    for side, member in (("from", from_id), ("to", to_id)):
        batch.write("relation", changes.derived_id("relation", pair, side),
                    {"pair_id": pair, "member_id": member, "side": side, "kind": value,
                     "deleted": False}, new=True)
    return pair


def relation_halves(batch: Writer, pair_id: str) -> list[str]:
    """The rows of one relationship (one per person still on record)."""
    return [r[0] for r in batch.branch.conn.execute(
        "SELECT id FROM relation WHERE pair_id = ? ORDER BY id", (pair_id,))]


def remove_relation(batch: Writer, pair_id: str) -> None:
    """Delete a relationship (both its rows)."""
    halves = relation_halves(batch, pair_id)
    if not halves:
        raise UnknownId(f"There is no relationship {pair_id}.")
    for half in halves:
        batch.write("relation", half, {"deleted": True})


@dataclass
class Links:
    """What points at people about to be erased: the other halves of their
    relationships, and the people whose point person they are."""

    halves: list[str]
    pointing: list[str]


def links_to(batch: Writer, member_ids: Iterable[str]) -> Links:
    """Read, before the erasure, what :func:`erase_links` will clear after it."""
    gone = set(member_ids)
    conn = batch.branch.conn
    halves: list[str] = []
    pointing: list[str] = []
    for member in sorted(gone):
        for (pair,) in conn.execute(
                "SELECT DISTINCT pair_id FROM relation WHERE member_id = ?", (member,)):
            halves += [h for h, owner in conn.execute(
                "SELECT id, member_id FROM relation WHERE pair_id = ? ORDER BY id", (pair,))
                if owner not in gone]
        pointing += [other for (other,) in conn.execute(
            "SELECT id FROM member WHERE point_person_id = ? ORDER BY id", (member,))
            if other not in gone]
    return Links(halves, pointing)


def erase_links(batch: Writer, links: Links) -> None:
    """After an erasure: erase the other halves of the erased people's relationships and
    clear ``point_person_id`` wherever it named them (their own halves, responses and
    the rest went with them, by ``MEMBER_LINKED``)."""
    for half in links.halves:
        batch.erase("relation", half)
    for other in links.pointing:
        batch.write("member", other, {"point_person_id": None})


def _today() -> str:
    return dt.date.today().isoformat()
