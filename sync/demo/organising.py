"""The demo's organising: every workplace mapped into units (its departments, and the
shifts within them where the work is on shifts), a headcount per unit above the people
on record, point people among the keenest members, a few relationships, and two
structure tests — a survey that is over and a petition half-way to its target — so a
first run shows the method at work.

Its random choices come from a generator of their own (``caucus-demo/SEED/organising``),
so the members, notes and meetings are drawn exactly as before; units are found from
each member's department and shift, which those choices already made.
"""

from __future__ import annotations

import datetime as dt
import random

from ..records import Batch
from ..records import organising_batch as ob

#: each point person keeps in touch with about this many people (the branch target: 10)
POINT_LOAD = 9


class Organiser:
    """Places the demo's people in units as they are written, then writes the rest."""

    def __init__(self, seed: int, today: dt.date) -> None:
        self.rng = random.Random(f"caucus-demo/{seed}/organising")
        self.today = today
        self.units: dict[tuple[str, str, str | None], str] = {}
        self.parent: dict[str, str | None] = {}
        self.direct: dict[str, int] = {}  # people on record directly in each unit
        self.people: dict[str, list[str]] = {}  # unit → its people's ids, in order
        self.workplace_people: dict[str, list[str]] = {}
        self.points: dict[str, list[list]] = {}  # top unit → [[point person, people]]
        self.point_of: dict[str, str] = {}  # person → their point person
        self.members: set[str] = set()
        self.counts = {"units": 0, "relations": 0, "actions": 0, "responses": 0}

    # -- while the members are written -------------------------------------------------
    def place(self, batch: Batch, workplace_id: str, department: str,
              shift: str | None) -> str:
        """The unit for a person of this department (and shift), created when first
        needed: a department, with its shifts inside it."""
        top = self._unit(batch, (workplace_id, department, None), None, "department")
        if shift is None:
            return top
        return self._unit(batch, (workplace_id, department, shift), top, "shift")

    def _unit(self, batch: Batch, key: tuple[str, str, str | None], parent: str | None,
              kind: str) -> str:
        if key not in self.units:
            name = key[2].capitalize() if key[2] else key[1]
            self.units[key] = ob.add_unit(batch, key[0], name, parent, kind)
            self.parent[self.units[key]] = parent
            self.counts["units"] += 1
        return self.units[key]

    def point_person(self, unit: str) -> str | None:
        """A point person for the next person of this unit's department, if one has
        room (the first people of a department often have none yet)."""
        top = self.parent.get(unit) or unit
        for entry in self.points.get(top, []):
            if entry[1] < POINT_LOAD and self.rng.random() < 0.82:
                entry[1] += 1
                return entry[0]
        return None

    def leader(self, status: str, assessment: int | None) -> bool:
        """Is a new member one the others look to (tagged Leader)?"""
        return status == "member" and assessment == 5 and self.rng.random() < 0.7

    def added(self, person_id: str, workplace_id: str | None, unit: str | None, status: str,
              assessment: int | None, point: str | None, leader: bool) -> None:
        """A person was written: count them, and maybe make them a point person."""
        if status == "member":
            self.members.add(person_id)
        if status == "deceased":  # on record, but on no chart and in no count
            return
        if workplace_id:
            self.workplace_people.setdefault(workplace_id, []).append(person_id)
        if point:
            self.point_of[person_id] = point
        if unit is None:
            return
        self.direct[unit] = self.direct.get(unit, 0) + 1
        self.people.setdefault(unit, []).append(person_id)
        keen = status == "member" and (assessment or 0) >= 4
        if leader or (keen and self.rng.random() < 0.45):
            self.points.setdefault(self.parent.get(unit) or unit, []).append([person_id, 0])

    # -- afterwards ----------------------------------------------------------------------
    def write(self, batch: Batch, campaigns: list[tuple[str, str, dt.date, dt.date | None]],
              ) -> dict[str, int]:
        self._headcounts(batch)
        batch.commit()
        self._relations(batch)
        batch.commit()
        self._tests(batch, campaigns)
        return dict(self.counts)

    def _headcounts(self, batch: Batch) -> None:
        """Each unit's headcount: its people on record and more who are not (yet), plus
        its shifts' headcounts; counted in the last half year."""
        rng = self.rng
        children: dict[str, list[str]] = {}
        for unit, parent in self.parent.items():
            if parent:
                children.setdefault(parent, []).append(unit)
        heads: dict[str, int] = {}
        for unit, parent in self.parent.items():  # shifts before their department
            if parent:
                heads[unit] = round(self.direct.get(unit, 0) * rng.uniform(1.15, 1.9)) or 1
        for unit, parent in self.parent.items():
            if not parent:
                own = round(self.direct.get(unit, 0) * rng.uniform(1.15, 1.9))
                heads[unit] = own + sum(heads[c] for c in children.get(unit, []))
        for unit in self.parent:
            counted = self.today - dt.timedelta(days=rng.randint(5, 180))
            ob.set_headcount(batch, "unit", unit, max(heads[unit], 1), counted)

    def _relations(self, batch: Batch) -> None:
        """People who work together, point people who influence theirs, some family and
        neighbours: who can reach whom."""
        rng = self.rng
        for people in self.people.values():
            for person in people:
                r = rng.random()
                if r < 0.08 and len(people) > 1:
                    other = rng.choice(people)
                    if other != person:
                        ob.add_relation(batch, person, other, "works_with")
                        self.counts["relations"] += 1
                elif r < 0.11 and person in self.point_of:
                    ob.add_relation(batch, self.point_of[person], person, "influences")
                    self.counts["relations"] += 1
        everyone = [p for people in self.workplace_people.values() for p in people]
        for _ in range(max(1, len(everyone) // 60)):
            a, b = rng.sample(everyone, 2) if len(everyone) > 1 else (None, None)
            if a and b:
                ob.add_relation(batch, a, b, rng.choice(("family", "neighbour")))
                self.counts["relations"] += 1

    def _tests(self, batch: Batch, campaigns: list[tuple[str, str, dt.date, dt.date | None]],
               ) -> None:
        """A survey that is over (in the bigger workplaces) and a petition half-way: about
        half of everyone asked so far, most of them saying yes."""
        rng = self.rng
        today = self.today
        active = [c for c in campaigns if c[3] is None or c[3] >= today] or campaigns
        survey = ob.add_action(batch, "Survey: what matters most at work", "survey", 50,
                               starts_on=today - dt.timedelta(days=150),
                               deadline=today - dt.timedelta(days=120),
                               campaign_id=active[0][0] if active else None,
                               notes="Everyone asked what they want the branch to fight for.")
        petition = ob.add_action(
            batch, f"Petition: {active[0][1]}" if active else "Petition", "petition", 60,
            starts_on=today - dt.timedelta(days=10), deadline=today + dt.timedelta(days=14),
            campaign_id=active[0][0] if active else None,
            notes="A majority in every unit before we take it to management.")
        self.counts["actions"] += 2
        places = sorted(self.workplace_people, key=lambda w: -len(self.workplace_people[w]))
        surveyed = set(places[:max(1, len(places) * 2 // 5)])
        for place, people in self.workplace_people.items():
            for person in people:
                if place in surveyed and rng.random() < 0.7:
                    self._answer(batch, survey, person, (0.62, 0.1))
                keen = person in self.members
                if rng.random() < (0.55 if keen else 0.35):
                    self._answer(batch, petition, person, (0.72 if keen else 0.5, 0.12))

    def _answer(self, batch: Batch, action: str, person: str,
                odds: tuple[float, float]) -> None:
        r = self.rng.random()
        answer = "yes" if r < odds[0] else "no" if r < odds[0] + odds[1] else "asked_undecided"
        ob.set_response(batch, action, person, answer)
        self.counts["responses"] += 1
