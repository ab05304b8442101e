"""Organising's words and records: units, structure tests, responses, relationships, and
the figures the wall chart and the Workplaces page show (density, coverage, test share).

The model (ARCHITECTURE §3, "Organising"):

- a workplace (or, for a tenants' union, a building) holds **units** nested up to
  :data:`MAX_DEPTH` levels (department › shift › team; building › stairwell › floor),
  each with a **headcount**: how many people work or live there, members or not, and
  the date they were counted;
- **people who are not members** are ``member`` rows with a non-member status
  (:data:`~sync.records.types.NON_MEMBER_STATUSES`: prospect, worker, tenant, contact),
  so everything a member has — assessment, notes, tags, consent, search, import,
  erasure, subject access — they have too, and the chart shows everyone;
- **density** = people whose effective status is a member status
  (:data:`~sync.records.types.MEMBER_STATUSES`) ÷ headcount;
- each person may have a **point person** (a member who keeps in touch with them);
  **coverage** is the share of a unit's headcount that has one, against the branch's
  target of one point person per :data:`DEFAULT_POINT_RATIO` people;
- a **structure test** (an ``action``) asks everyone to do one thing; each person's
  **response** is one row per (action, person), so a unit's share of yeses is counted
  against the action's target share of the unit's headcount;
- **relationships** link two people (works with, influences, family, neighbour).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: units nest at most this deep (a workplace's own units are level 1)
MAX_DEPTH = 3
UNIT_KINDS = ("department", "shift", "site", "floor", "team", "building", "stairwell",
              "block", "other")
ACTION_KINDS = ("petition", "card", "survey", "turnout", "strike_vote_pledge")
#: a response: said yes (signed, pledged, came), said no, asked but undecided, or not
#: asked yet (recorded to take an answer back)
ANSWERS = ("yes", "no", "asked_undecided", "not_asked")
RELATION_KINDS = ("works_with", "influences", "family", "neighbour")
#: relationships that read the same both ways; "influences" goes from one to the other
SYMMETRIC_KINDS = ("works_with", "family", "neighbour")
DEFAULT_POINT_RATIO = 10
#: a person not spoken to for longer than this stands out on the chart
STALE_DAYS = 90
#: the chart's colour for each assessment, 0 (red) … 5 (green): the usual diverging
#: scale (ColorBrewer RdYlGn), as RGB
ASSESSMENT_COLOURS: dict[int, tuple[int, int, int]] = {
    0: (215, 48, 39), 1: (252, 141, 89), 2: (254, 224, 139), 3: (217, 239, 139),
    4: (145, 207, 96), 5: (26, 152, 80)}
#: tags that mark a person on the chart (compared in lower case)
LEADER_TAGS = ("leader", "organising committee")
STEWARD_TAGS = ("steward", "rep", "shop steward", "workplace rep")


def share(part: int, whole: int | None) -> float | None:
    """``part ÷ whole`` (a fraction), or None when there is no whole to divide by."""
    return None if not whole else part / whole


@dataclass
class Unit:
    """One unit of a workplace as stored (``level`` 1 is a top unit)."""

    id: str
    workplace_id: str
    name: str
    parent_id: str | None = None
    kind: str | None = None
    headcount: int | None = None
    counted_on: str | None = None
    level: int = 1
    #: the names from the top unit down to this one, e.g. "Drivers › Night shift"
    path: str = ""
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Figures:
    """What the chart, ``workplace show`` and the Workplaces page count for one unit,
    one workplace or the whole branch. People in sub-units count in their parents."""

    headcount: int | None = None
    #: people on record there (members or not; not deleted, not deceased)
    people: int = 0
    members: int = 0
    assessed: int = 0
    #: people with a point person who is on record
    covered: int = 0
    #: distinct point people of those people
    point_people: int = 0

    @property
    def density(self) -> float | None:
        return share(self.members, self.headcount)

    @property
    def coverage(self) -> float | None:
        return share(self.covered, self.headcount or self.people or None)

    def point_people_needed(self, ratio: int) -> int | None:
        if not self.headcount:
            return None
        return -(-self.headcount // max(1, ratio))

    def add(self, other: Figures) -> None:
        self.people += other.people
        self.members += other.members
        self.assessed += other.assessed
        self.covered += other.covered
        self.point_people += other.point_people

    def to_dict(self, ratio: int = DEFAULT_POINT_RATIO) -> dict[str, Any]:
        return {"headcount": self.headcount, "people": self.people, "members": self.members,
                "non_members": self.people - self.members, "assessed": self.assessed,
                "density": _round(self.density), "covered": self.covered,
                "coverage": _round(self.coverage), "point_people": self.point_people,
                "point_people_needed": self.point_people_needed(ratio)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class ActionShare:
    """One structure test's count in one unit (or workplace): the yeses against the
    target share of the headcount."""

    action_id: str
    yes: int = 0
    no: int = 0
    undecided: int = 0
    asked: int = 0
    #: the headcount the share is of (the people on record when none is known)
    of: int | None = None
    target_share: int | None = None

    @property
    def share(self) -> float | None:
        return share(self.yes, self.of)

    @property
    def target(self) -> int | None:
        """Yeses needed to reach the target share (rounded up)."""
        if self.of is None or self.target_share is None:
            return None
        return -(-self.of * self.target_share // 100)

    @property
    def reached(self) -> bool | None:
        target = self.target
        return None if target is None else self.yes >= target

    def add(self, other: ActionShare) -> None:
        self.yes += other.yes
        self.no += other.no
        self.undecided += other.undecided
        self.asked += other.asked

    def to_dict(self) -> dict[str, Any]:
        return {"action_id": self.action_id, "yes": self.yes, "no": self.no,
                "asked_undecided": self.undecided, "asked": self.asked, "of": self.of,
                "share": _round(self.share), "target_share": self.target_share,
                "target": self.target, "reached": self.reached}


@dataclass
class UnitFigures:
    """A unit with its figures and its tests' shares (``workplace show``)."""

    unit: Unit
    figures: Figures
    tests: list[ActionShare] = field(default_factory=list)

    def to_dict(self, ratio: int = DEFAULT_POINT_RATIO) -> dict[str, Any]:
        return {**self.unit.to_dict(), **self.figures.to_dict(ratio),
                "unit_headcount": self.unit.headcount,
                "tests": [t.to_dict() for t in self.tests]}


@dataclass
class WorkplaceFigures:
    """A workplace's organising picture: its units (in chart order), its totals."""

    id: str
    name: str
    employer: str | None
    figures: Figures
    units: list[UnitFigures] = field(default_factory=list)
    tests: list[ActionShare] = field(default_factory=list)
    #: people of the workplace in no unit
    unplaced: Figures = field(default_factory=Figures)
    point_ratio: int = DEFAULT_POINT_RATIO
    #: the workplace's own headcount field (its figure falls back on its units' sum)
    own_headcount: int | None = None
    counted_on: str | None = None

    def to_dict(self) -> dict[str, Any]:
        ratio = self.point_ratio
        return {"id": self.id, "name": self.name, "employer": self.employer,
                **self.figures.to_dict(ratio), "own_headcount": self.own_headcount,
                "counted_on": self.counted_on, "point_ratio": ratio,
                "units": [u.to_dict(ratio) for u in self.units],
                "not_in_a_unit": self.unplaced.to_dict(ratio),
                "tests": [t.to_dict() for t in self.tests]}


@dataclass
class Density:
    """One workplace's density now and on an earlier date (the Workplaces page)."""

    id: str
    name: str
    employer: str | None
    sector: str | None
    now: Figures
    then: Figures | None = None
    since: str | None = None

    @property
    def members(self) -> int:
        return self.now.members

    @property
    def headcount(self) -> int | None:
        return self.now.headcount

    @property
    def density(self) -> float | None:
        return self.now.density

    @property
    def change(self) -> float | None:
        """The change in density since :attr:`since` (a fraction: 0.05 is 5 points)."""
        if self.then is None or self.now.density is None or self.then.density is None:
            return None
        return self.now.density - self.then.density

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "employer": self.employer,
                "sector": self.sector, **self.now.to_dict(), "since": self.since,
                "then": None if self.then is None else self.then.to_dict(),
                "change": _round(self.change)}


@dataclass
class Card:
    """One person on the wall chart."""

    id: str
    name: str
    unit_id: str | None
    member: bool
    status: str | None
    assessment: int | None
    point_person_id: str | None
    point_person: str | None
    #: how many people this person is point person for
    covers: int = 0
    leader: bool = False
    steward: bool = False
    #: the date of the last conversation note, and its age in days
    last_spoken: str | None = None
    days_since: int | None = None
    #: this person's answer to the chart's structure test, if one is chosen
    answer: str | None = None

    @property
    def is_point_person(self) -> bool:
        return self.covers > 0

    @property
    def stale(self) -> bool:
        """No conversation in :data:`STALE_DAYS` days (or ever)."""
        return self.days_since is None or self.days_since > STALE_DAYS

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "point_person_mark": self.is_point_person,
                "not_assessed": self.assessment is None,
                "no_point_person": self.point_person_id is None, "stale": self.stale}


@dataclass
class Chart:
    """Everything the wall chart of one workplace draws."""

    workplace: WorkplaceFigures
    cards: list[Card]
    action_id: str | None = None
    as_of: str = ""

    def cards_by_unit(self) -> dict[str | None, list[Card]]:
        out: dict[str | None, list[Card]] = {}
        for card in self.cards:
            out.setdefault(card.unit_id, []).append(card)
        return out


@dataclass
class Action:
    """A structure test."""

    id: str
    name: str
    kind: str
    target_share: int | None = None
    campaign_id: str | None = None
    campaign: str | None = None
    workplace_id: str | None = None
    workplace: str | None = None
    starts_on: str | None = None
    deadline: str | None = None
    notes: str | None = None
    yes: int = 0
    asked: int = 0
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ActionProgress:
    """A structure test's picture: per workplace and per unit against the threshold."""

    action: Action
    branch: ActionShare
    workplaces: list[tuple[str, str, ActionShare, list[tuple[Unit, ActionShare]]]]

    def to_dict(self) -> dict[str, Any]:
        return {**self.action.to_dict(), "branch": self.branch.to_dict(),
                "workplaces": [{"id": wid, "name": name, **total.to_dict(),
                                "units": [{"id": u.id, "name": u.path or u.name,
                                           "level": u.level, **s.to_dict()}
                                          for u, s in units]}
                               for wid, name, total, units in self.workplaces]}


@dataclass
class Relationship:
    """One relationship as one person sees it: the other person, the kind, which way."""

    id: str  # the pair id
    kind: str
    other_id: str
    other_name: str
    #: "from" (this person → the other: "influences"), "to", or "both" (symmetric)
    direction: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Contact:
    """One person on a point person's list (or the uncovered list)."""

    id: str
    name: str
    workplace: str | None
    unit: str | None
    status: str | None
    assessment: int | None
    phones: list[str]
    last_spoken: str | None
    point_person_id: str | None = None
    point_person: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
