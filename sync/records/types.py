"""The records' types: constants (statuses, bases, choices) and the dataclasses that
queries return and callers pass in (:class:`Member`, :class:`MemberQuery`, …)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from ..store import schema

STATUSES = ("prospect", "member", "arrears", "lapsed", "resigned", "deceased", "worker",
            "tenant", "contact")
#: people who are not (yet) members but are records too: everyone in a workplace or a
#: building is on its wall chart (ARCHITECTURE §3, organising)
NON_MEMBER_STATUSES = ("prospect", "worker", "tenant", "contact")
#: the effective statuses that count as a member (density = these ÷ headcount)
MEMBER_STATUSES = ("member", "arrears")
BASES = ("member", "former_member", "regular_contact", "other")
CONSENT_KINDS = ("email", "phone", "sms", "post", "data_processing")
NOTE_METHODS = ("in_person", "phone", "email", "text", "video", "meeting", "other")
ATTENDANCE = ("attended", "apologies", "absent")
CAMPAIGN_STATUSES = ("planned", "active", "won", "lost", "closed")
DEFAULT_GRACE_DAYS = 90
#: No country: only international (+) phone numbers can be checked (a branch sets its own).
DEFAULT_REGION: str | None = None
NARROW_SEARCH = 1500  # fewer hits than this: look them up by rowid rather than walk
NARROW_FIRST_PAGE = 800  # the same when only the first page is wanted (the walk stops early)
#: this many hits or more: a first page of a search of notes walks the names and tests
#: each one's notes (at least 1 in 17 members a hit: about 3,400 walked at 50,000)
BROAD_WALK = 3000

MEMBER_FIELDS = tuple(schema.TABLES["member"])
#: the member fields that hold a date (ISO in the vault)
MEMBER_DATE_FIELDS = tuple(f for f, kind in schema.TABLES["member"].items() if kind == "date")
MEMBER_SORTS = {
    "name": "m.last_name COLLATE NOCASE {d}, m.first_name COLLATE NOCASE {d}",
    "first_name": "m.first_name COLLATE NOCASE {d}",
    "last_name": "m.last_name COLLATE NOCASE {d}, m.first_name COLLATE NOCASE {d}",
    "status": "status {d}",
    "workplace": "w.name COLLATE NOCASE {d}",
    "assessment": "m.assessment {d}",
    "dues_paid_until": "m.dues_paid_until {d}",
    "joined_on": "m.joined_on {d}",
    "membership_no": "m.membership_no {d}",
    "email": "m.emails {d}",
    "phone": "m.phones {d}",
}



# -- records ----------------------------------------------------------------------------
@dataclass
class Consent:
    id: str
    kind: str
    granted: bool
    recorded_on: str | None
    source: str | None


@dataclass
class Member:
    id: str
    first_name: str | None = None
    last_name: str | None = None
    preferred_name: str | None = None
    membership_no: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    address: str | None = None
    postcode: str | None = None
    workplace_id: str | None = None
    workplace: str | None = None
    department: str | None = None
    job_title: str | None = None
    status: str | None = None
    effective_status: str | None = None
    status_override: str | None = None
    override_until: str | None = None
    joined_on: str | None = None
    lapsed_on: str | None = None
    dues_paid_until: str | None = None
    assessment: int | None = None
    basis: str | None = None
    do_not_contact: bool = False
    do_not_email: bool = False
    do_not_phone: bool = False
    do_not_sms: bool = False
    do_not_post: bool = False
    custom: dict[str, str] = field(default_factory=dict)
    unit_id: str | None = None
    point_person_id: str | None = None
    tags: list[str] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    deleted: bool = False

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name or ""
        return " ".join(x for x in (first, self.last_name) if x) or "(no name)"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class MemberRow:
    """One line of the member list (what the table shows)."""

    id: str
    first_name: str | None
    last_name: str | None
    preferred_name: str | None
    email: str | None
    phone: str | None
    workplace: str | None
    status: str | None
    assessment: int | None
    dues_paid_until: str | None
    membership_no: str | None
    deleted: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Workplace:
    id: str
    name: str
    employer: str | None = None
    address: str | None = None
    sector: str | None = None
    notes: str | None = None
    headcount: int | None = None
    counted_on: str | None = None
    members: int = 0
    assessed: int = 0
    assessment_total: int = 0
    assessment_counts: dict[str, int] = field(default_factory=dict)
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Campaign:
    id: str
    name: str
    description: str | None = None
    starts_on: str | None = None
    ends_on: str | None = None
    status: str | None = None
    notes: int = 0
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Note:
    id: str
    member_id: str | None
    campaign_id: str | None
    date: str | None
    method: str | None
    outcome: str | None
    text: str | None
    follow_up_on: str | None
    author_name: str | None
    member_name: str | None = None
    campaign: str | None = None
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Task:
    id: str
    title: str
    member_id: str | None = None
    campaign_id: str | None = None
    due_on: str | None = None
    done: bool = False
    assignee: str | None = None
    member_name: str | None = None
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Meeting:
    id: str
    title: str
    date: str | None = None
    location: str | None = None
    quorum: int | None = None
    notes: str | None = None
    attended: int = 0
    apologies: int = 0
    absent: int = 0
    deleted: bool = False

    @property
    def quorate(self) -> bool | None:
        return None if not self.quorum else self.attended >= self.quorum

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["quorate"] = self.quorate
        return d


@dataclass
class MemberQuery:
    """Filters of the member list; every one is applied in SQL."""

    search: str = ""
    status: str | None = None
    workplace_id: str | None = None
    tag: str | None = None
    arrears_before: str | None = None  # dues unpaid past this date
    assessment_min: int | None = None
    assessment_max: int | None = None
    include_deleted: bool = False
    only_deleted: bool = False

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> MemberQuery:
        data = json.loads(text)
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

