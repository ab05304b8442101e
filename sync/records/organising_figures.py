"""Counting a workplace: its units as a tree, and the figures of every unit, of the
workplace and of the branch (pure Python over plain rows, so today's rows and the rows
as they were on an earlier date — :mod:`.organising_history` — count the same way).

People in a sub-unit count in every unit above it. A unit's headcount is its own when
one was counted, else the sum of its sub-units' (when any is known); a workplace's is
its own, else the sum of its top units'. A unit no longer on record (deleted, or of
another workplace) does not count; its people count as not in a unit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .organising_types import MAX_DEPTH, ActionShare, Figures, Unit
from .types import MEMBER_STATUSES

#: people not counted anywhere (not there any more)
GONE_STATUSES = ("deceased",)


def effective_status(status: str | None, override: str | None, override_until: str | None,
                     dues_paid_until: str | None, day: dt.date, grace_days: int) -> str | None:
    """The status a person had on ``day``: an override while it lasts, else a member
    whose dues are unpaid is in arrears, and lapsed after ``grace_days`` (the member
    list's rule, in :meth:`MemberQueries.status_sql`)."""
    today = day.isoformat()
    if override is not None and (override_until is None or override_until >= today):
        return override
    if status == "member" and dues_paid_until is not None:
        if dues_paid_until < (day - dt.timedelta(days=grace_days)).isoformat():
            return "lapsed"
        if dues_paid_until < today:
            return "arrears"
    return status


@dataclass
class Tally:
    """People counted together: one person (``id`` set), or a group of people of one
    unit that a query counted (the Workplaces page). ``unit_id`` None: in no unit."""

    unit_id: str | None
    people: int = 1
    members: int = 0
    assessed: int = 0
    #: of them, with a point person on record
    covered: int = 0
    point_person_id: str | None = None
    id: str | None = None


def person(person_id: str, unit_id: str | None, status: str | None,
           assessment: int | None = None, point_person_id: str | None = None) -> Tally:
    """One person's tally (their point person already checked to be on record)."""
    return Tally(unit_id, 1, int(status in MEMBER_STATUSES), int(assessment is not None),
                 int(point_person_id is not None), point_person_id, person_id)


class Tree:
    """One workplace's units on record, in chart order (depth first, by name)."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self.units: dict[str, Unit] = {u.id: u for u in units if not u.deleted}
        children: dict[str | None, list[Unit]] = {}
        for unit in self.units.values():
            parent = unit.parent_id if unit.parent_id in self.units else None
            children.setdefault(parent, []).append(unit)
        for kids in children.values():
            kids.sort(key=lambda u: (u.name.casefold(), u.id))
        self.children = {k: [u.id for u in v] for k, v in children.items()}
        self.order: list[str] = []
        self.parent: dict[str, str | None] = {}
        placed: set[str] = set()
        roots = list(self.children.get(None, []))
        reachable = self._reachable(roots)
        # units caught in a loop (two laptops moved each under the other) show at the top
        for unit_id in sorted(self.units, key=lambda i: (self.units[i].name.casefold(), i)):
            if unit_id not in reachable:
                roots.append(unit_id)
                reachable |= self._reachable([unit_id])
        for root in roots:
            self._walk(root, None, 1, placed)

    def _reachable(self, roots: list[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            unit_id = todo.pop()
            if unit_id not in seen:
                seen.add(unit_id)
                todo += self.children.get(unit_id, [])
        return seen

    def _walk(self, unit_id: str, parent: str | None, level: int, placed: set[str]) -> None:
        if unit_id in placed:
            return
        placed.add(unit_id)
        unit = self.units[unit_id]
        if level > MAX_DEPTH:  # deeper than allowed (concurrent moves): beside its parent
            parent = self.parent.get(parent) if parent else None
            level = MAX_DEPTH
        unit.level = level
        self.parent[unit_id] = parent
        unit.path = f"{self.units[parent].path} › {unit.name}" if parent else unit.name
        self.order.append(unit_id)
        for child in self.children.get(unit_id, []):
            self._walk(child, unit_id, level + 1, placed)

    def ordered(self) -> list[Unit]:
        return [self.units[i] for i in self.order]

    def ancestors(self, unit_id: str) -> list[str]:
        """The unit and every unit above it, bottom up."""
        out = []
        current: str | None = unit_id
        while current is not None and current not in out and len(out) <= MAX_DEPTH:
            out.append(current)
            current = self.parent.get(current)
        return out

    def headcount(self, unit_id: str, memo: dict[str, int | None] | None = None) -> int | None:
        """The unit's own headcount, else the sum of its sub-units' known ones."""
        memo = {} if memo is None else memo
        if unit_id in memo:
            return memo[unit_id]
        memo[unit_id] = None  # a loop counts nothing twice
        own = self.units[unit_id].headcount
        if own is None:
            kids = [self.headcount(c, memo) for c in self.order if self.parent.get(c) == unit_id]
            known = [k for k in kids if k is not None]
            own = sum(known) if known else None
        memo[unit_id] = own
        return own

    def top_headcount(self) -> int | None:
        memo: dict[str, int | None] = {}
        known = [h for h in (self.headcount(u, memo) for u in self.order
                             if self.parent.get(u) is None) if h is not None]
        return sum(known) if known else None


@dataclass
class Counted:
    """One workplace counted: its total, each unit's figures, and the people in no unit."""

    total: Figures
    units: dict[str, Figures]
    unplaced: Figures


def count(tree: Tree, own_headcount: int | None, tallies: Iterable[Tally]) -> Counted:
    """The figures of a workplace whose people are ``tallies``."""
    memo: dict[str, int | None] = {}
    units = {u: Figures(headcount=tree.headcount(u, memo)) for u in tree.order}
    points: dict[str | None, set[str]] = {u: set() for u in (*tree.order, None)}
    total = Figures(headcount=own_headcount if own_headcount is not None
                    else tree.top_headcount())
    unplaced = Figures()
    for tally in tallies:
        unit_id = tally.unit_id if tally.unit_id in tree.units else None
        above = tree.ancestors(unit_id) if unit_id else []
        for figures in [*(units[u] for u in above), *([] if unit_id else [unplaced]), total]:
            figures.people += tally.people
            figures.members += tally.members
            figures.assessed += tally.assessed
            figures.covered += tally.covered
        if tally.point_person_id is not None:
            for u in above or [None]:
                points[u].add(tally.point_person_id)
    for unit_id, found in points.items():
        (units[unit_id] if unit_id else unplaced).point_people = len(found)
    total.point_people = len(set().union(*points.values()))
    return Counted(total, units, unplaced)


def shares(tree: Tree, counted: Counted, tallies: Iterable[Tally],
           answers: Mapping[str, str], action_id: str, target_share: int | None,
           ) -> tuple[ActionShare, dict[str, ActionShare]]:
    """A structure test's yeses per unit and in the whole workplace, each of the
    headcount there (of the people on record where no headcount is known)."""
    def blank(of: int | None) -> ActionShare:
        return ActionShare(action_id, of=of, target_share=target_share)

    units = {u: blank(f.headcount if f.headcount is not None else f.people or None)
             for u, f in counted.units.items()}
    total_of = counted.total.headcount
    total = blank(total_of if total_of is not None else counted.total.people or None)
    for tally in tallies:
        answer = answers.get(tally.id) if tally.id else None
        if answer is None or answer == "not_asked":
            continue
        unit_id = tally.unit_id if tally.unit_id in tree.units else None
        for share in (*(units[u] for u in (tree.ancestors(unit_id) if unit_id else ())),
                      total):
            share.asked += 1
            share.yes += answer == "yes"
            share.no += answer == "no"
            share.undecided += answer == "asked_undecided"
    return total, units


def top_headcounts(units: Iterable[Unit]) -> dict[str, int | None]:
    """Each workplace's headcount from its units, as :meth:`Tree.top_headcount` counts
    it, by workplace id.

    Where every top unit has a headcount of its own and no units are caught in a loop,
    that is the sum of the top units' headcounts, found without building the tree (the
    Workplaces page counts every workplace of the branch at once); elsewhere the tree
    decides."""
    by_place: dict[str, dict[str, Unit]] = {}
    for unit in units:
        if not unit.deleted:
            by_place.setdefault(unit.workplace_id, {})[unit.id] = unit
    out: dict[str, int | None] = {}
    for workplace_id, on in by_place.items():
        tops = [u.headcount for u in on.values() if u.parent_id not in on]
        if None in tops or _in_a_loop(on):
            out[workplace_id] = Tree(on.values()).top_headcount()
        else:
            out[workplace_id] = sum(tops) if tops else None  # type: ignore[arg-type]
    return out


def _in_a_loop(units: Mapping[str, Unit]) -> bool:
    """Whether some unit's parents lead back to it (two laptops moved each under the
    other) rather than up to a top unit."""
    for unit in units.values():
        current, steps = unit, 0
        while current.parent_id in units:
            current, steps = units[current.parent_id], steps + 1
            if steps > len(units):
                return True
    return False


def count_workplaces(heads: dict[str, int | None], units: Iterable[Unit],
                     tallies: Iterable[tuple[str, Tally]]) -> dict[str, Figures]:
    """Each workplace's total figures from its own headcount (``heads``), its units and
    tallies of people (the totals :func:`count` gives, without counting each unit:
    people in a unit count once in their workplace whichever unit they are in)."""
    from_units = top_headcounts(units)
    out = {wid: Figures(headcount=head if head is not None else from_units.get(wid))
           for wid, head in heads.items()}
    points: dict[str, set[str]] = {}
    for workplace_id, tally in tallies:
        figures = out.get(workplace_id)
        if figures is None:  # a workplace no longer on record
            continue
        figures.people += tally.people
        figures.members += tally.members
        figures.assessed += tally.assessed
        figures.covered += tally.covered
        if tally.point_person_id is not None:
            points.setdefault(workplace_id, set()).add(tally.point_person_id)
    for workplace_id, found in points.items():
        out[workplace_id].point_people = len(found)
    return out
