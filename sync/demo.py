"""A deterministic, realistic demo branch: workplaces, members, conversations, meetings.

Used by the first-run "try a demo branch" offer, by the CLI and by the benchmarks
(``python -m tests.benchmarks``), which need a large branch (50,000 members, 200,000
notes) built quickly. Contacts are fictional: emails only at example.org/.com/.net,
mobile numbers random (but valid for ``phonenumbers``), addresses in made-up districts.

The same ``seed`` and ``members`` give the same *content* (names, contacts, notes, …)
on every run and machine with the same Faker version. Ids, keys, signatures and clock
stamps differ, since those are random or time-based by design.

Every value goes through the same validation as :class:`sync.records.Branch` (so the
stored data is exactly what the app would store), but rows are written in batches of
about :data:`BATCH_ROWS` per transaction — one signed change set per batch — instead of
one change set per member, which is what makes 50,000 members take a minute or two
rather than an hour.
"""

from __future__ import annotations

import bisect
import calendar
import contextlib
import datetime as dt
import os
import random
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from faker import Faker

from . import changes, trust
from .errors import ValidationError
from .records import (
    Branch,
    clean_choice,
    clean_date,
    clean_member_fields,
    clean_phone,
    clean_tags,
    clean_text,
)
from .store.vault import Vault, sidecar_path

DEMO_PASSPHRASE = "demo-branch-passphrase"  # noqa: S105 - shown to users on purpose
GENERATOR_VERSION = 1  # bump when the generated content changes
MIN_MEMBERS = 1
MAX_MEMBERS = 50_000
BATCH_ROWS = 500
DEFAULT_DEVICE_NAME = "Demo secretary laptop"

Progress = Callable[[int, int], None]

# -- vocabulary -------------------------------------------------------------------------
LOCALES = (("en_GB", 72), ("pl_PL", 12), ("es_ES", 8), ("de_DE", 8))

NICKNAMES = {
    "Alexander": "Alex", "Alexandra": "Alex", "Catherine": "Kate", "Christopher": "Chris",
    "Daniel": "Dan", "Elizabeth": "Liz", "Jennifer": "Jen", "Katherine": "Kate",
    "Margaret": "Maggie", "Matthew": "Matt", "Michael": "Mike", "Nicholas": "Nick",
    "Rebecca": "Becky", "Robert": "Rob", "Samantha": "Sam", "Thomas": "Tom",
    "William": "Will", "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Aleksandra": "Ola",
    "Aleksander": "Olek", "Wojciech": "Wojtek", "Francisco": "Paco", "José": "Pepe",
    "Dolores": "Lola", "Ignacio": "Nacho", "Johannes": "Hannes", "Wolfgang": "Wolf",
}

TOWNS = (
    ("Sheffield", "S"), ("Leeds", "LS"), ("Bristol", "BS"), ("Nottingham", "NG"),
    ("Cardiff", "CF"), ("Newcastle", "NE"), ("Leicester", "LE"), ("Liverpool", "L"),
    ("Plymouth", "PL"), ("Norwich", "NR"), ("Preston", "PR"), ("Swansea", "SA"),
)
DISTRICTS = (
    "Northfield", "Hillside", "Millbrook", "Ashton", "Kingsway", "Westgate", "Brookside",
    "Highfield", "Parkhead", "Riverside", "Oakwood", "Southmead", "Eastfield", "Castleton",
    "Fairview", "Greenbank", "Moorside", "Stonebridge", "Abbey Park", "Harbourside",
    "Little Heath", "Cross Lanes", "Old Market", "St Anne's", "Thornhill", "Canal Basin",
)
STREET_WORDS = (
    "Ash", "Beech", "Birch", "Cedar", "Elm", "Hazel", "Holly", "Maple", "Oak", "Rowan",
    "Willow", "Station", "Church", "Mill", "Park", "Victoria", "Albert", "Queen's",
    "King's", "Chapel", "School", "Market", "Bridge", "Canal", "Forge", "Tannery",
    "Foundry", "Granby", "Hartley", "Lister", "Morley", "Pease", "Whitworth", "Cobden",
)
STREET_TYPES = (
    "Road", "Road", "Street", "Street", "Lane", "Avenue", "Close", "Crescent", "Grove",
    "Terrace", "Gardens", "Way", "Drive", "Place", "Walk",
)
POSTCODE_UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
SAINTS = ("St Mary's", "St James's", "St Luke's", "St Helen's", "St Margaret's",
          "St Thomas's", "St George's", "All Saints'", "St Bede's", "St Catherine's")
EMAIL_DOMAINS = ("example.org", "example.com", "example.net")

# sector: name templates, employer templates, departments, job titles, gathering spots,
# issues people raise, and whether the work is on shifts.
SECTORS: dict[str, dict[str, Any]] = {
    "transport": {
        "weight": 14,
        "names": ("{district} Bus Depot", "{district} Bus Garage", "{district} Tram Depot",
                  "{town} Rail Maintenance Depot"),
        "employers": ("{town} Buses Ltd", "{surname} Coaches", "{town} Transport Services",
                      "Northern Rail Services"),
        "departments": ("Drivers", "Engineering", "Cleaning", "Control room", "Depot"),
        "jobs": ("Bus driver", "Bus driver", "Driver trainer", "Fitter", "Electrician",
                 "Vehicle cleaner", "Controller", "Shunter"),
        "spots": ("at the depot gate", "in the drivers' mess room", "in the canteen",
                  "at the bus stand"),
        "issues": ("the new duty schedules", "unpaid signing-on time", "toilet breaks on long "
                   "routes", "assaults on drivers", "the depot closure plan"),
        "shifts": True,
    },
    "health": {
        "weight": 16,
        "names": ("{saint} Hospital", "{district} General Hospital",
                  "{district} Community Hospital", "{district} Health Centre"),
        "employers": ("{town} Teaching Hospitals NHS Trust", "{town} Community Health NHS Trust",
                      "{surname} Facilities Management"),
        "departments": ("Wards", "Portering", "Catering", "Cleaning", "Pathology",
                        "Outpatients", "Theatres", "Estates"),
        "jobs": ("Healthcare assistant", "Staff nurse", "Porter", "Domestic", "Cook",
                 "Phlebotomist", "Ward clerk", "Theatre support worker"),
        "spots": ("in the staff room", "at the hospital entrance", "after handover",
                  "by the smoking shelter"),
        "issues": ("safe staffing levels", "parking charges", "agency shifts", "the pay band "
                   "review", "short-notice rota changes"),
        "shifts": True,
    },
    "logistics": {
        "weight": 14,
        "names": ("{district} Distribution Centre", "{district} Fulfilment Centre",
                  "{district} Parcel Hub", "{town} Cold Store"),
        "employers": ("{surname} Logistics", "{surname} & {surname2} Distribution",
                      "{town} Freight Ltd"),
        "departments": ("Goods in", "Picking", "Packing", "Despatch", "Transport office"),
        "jobs": ("Warehouse operative", "Picker", "Packer", "Forklift driver",
                 "Team leader", "HGV driver", "Stock controller"),
        "spots": ("at the warehouse gate", "in the break room", "by the smoking shelter",
                  "in the car park"),
        "issues": ("pick-rate targets", "the heat in the warehouse", "agency workers being "
                   "laid off", "zero-hours contracts", "the new tracking scanners"),
        "shifts": True,
    },
    "education": {
        "weight": 14,
        "names": ("{district} Primary School", "{saint} Catholic High School",
                  "{district} Academy", "{town} College ({district} campus)"),
        "employers": ("{town} City Council", "{district} Learning Trust",
                      "{town} Diocesan Schools Trust"),
        "departments": ("Teaching", "Support staff", "Admin office", "Kitchen",
                        "Site team", "SEN unit"),
        "jobs": ("Teaching assistant", "Teacher", "Lunchtime supervisor", "School cook",
                 "Caretaker", "Office manager", "SEN support worker"),
        "spots": ("at the school gate", "in the staff room", "in the playground after pick-up"),
        "issues": ("workload", "unpaid hours over the holidays", "the academy conversion",
                   "cuts to support staff", "class sizes"),
        "shifts": False,
    },
    "call centre": {
        "weight": 10,
        "names": ("{surname} Contact Centre {district}", "{district} Call Centre",
                  "{town} Customer Service Centre"),
        "employers": ("{surname} Telecom", "{surname} Energy", "{town} Direct Insurance"),
        "departments": ("Inbound", "Outbound", "Complaints", "Retentions", "Billing"),
        "jobs": ("Customer service adviser", "Team leader", "Complaints handler",
                 "Quality assessor", "Sales agent"),
        "spots": ("in the break room", "at the bus stop after the shift", "in the car park"),
        "issues": ("call-handling targets", "monitoring of toilet breaks",
                   "the bonus scheme", "working from home"),
        "shifts": True,
    },
    "local government": {
        "weight": 12,
        "names": ("{town} Council — {district} Depot", "{district} Library",
                  "{district} Leisure Centre", "{town} Civic Centre"),
        "employers": ("{town} City Council",),
        "departments": ("Refuse and recycling", "Libraries", "Housing", "Parks",
                        "Revenues and benefits", "Leisure"),
        "jobs": ("Refuse collector", "Library assistant", "Housing officer", "Gardener",
                 "Benefits assessor", "Lifeguard", "Admin officer"),
        "spots": ("in the depot yard", "in the staff room", "in the canteen"),
        "issues": ("the outsourcing plan", "the pay offer", "lone working", "library closures",
                   "the new recycling rounds"),
        "shifts": False,
    },
    "retail": {
        "weight": 10,
        "names": ("{surname} Superstore {district}", "{district} Retail Park store",
                  "{surname}'s {district}"),
        "employers": ("{surname} Retail Group", "{surname} & {surname2} plc"),
        "departments": ("Shop floor", "Checkouts", "Warehouse", "Online orders", "Bakery"),
        "jobs": ("Sales assistant", "Checkout operator", "Shelf stacker", "Personal shopper",
                 "Baker", "Supervisor"),
        "spots": ("in the staff canteen", "at the loading bay", "in the car park"),
        "issues": ("Sunday premium cuts", "abuse from customers", "contracted hours",
                   "the new self-checkouts"),
        "shifts": True,
    },
    "care": {
        "weight": 10,
        "names": ("{district} Care Home", "{saint} Nursing Home", "{district} House"),
        "employers": ("{surname} Care Ltd", "{town} Care Services", "{surname} Homes"),
        "departments": ("Care", "Night staff", "Kitchen", "Housekeeping"),
        "jobs": ("Care worker", "Senior carer", "Night carer", "Cook", "Domestic",
                 "Activities coordinator"),
        "spots": ("in the staff room", "at the front gate", "after handover"),
        "issues": ("unpaid travel time", "sleep-in pay", "short staffing at night",
                   "sick pay"),
        "shifts": True,
    },
}

STATUS_WEIGHTS = (("member", 780), ("prospect", 100), ("lapsed", 70), ("resigned", 45),
                  ("deceased", 5))
ASSESSMENT_WEIGHTS = ((None, 33), (0, 4), (1, 9), (2, 14), (3, 17), (4, 14), (5, 9))
TAGS = (("Newsletter", 0.12), ("Volunteer", 0.06), ("Steward", 0.03), ("Rep", 0.02),
        ("Phone bank", 0.02), ("Health & Safety", 0.015), ("Young members", 0.015),
        ("Equalities", 0.01), ("Committee", 0.006))
SHIFTS = ("earlies", "lates", "nights", "days", "rotating", "weekends")
CONTRACTS = ("permanent", "permanent", "permanent", "fixed-term", "agency", "zero-hours",
             "bank")

NOTE_METHODS = (("in_person", 42), ("phone", 25), ("text", 10), ("email", 10),
                ("meeting", 8), ("video", 3), ("other", 2))
NOTE_INTROS = {
    "in_person": ("Spoke to {name} {spot}", "Chatted with {name} {spot}",
                  "Caught {name} {spot}"),
    "phone": ("Phoned {name}", "Rang {name} after their shift", "Called {name}"),
    "text": ("Texted {name}", "WhatsApp'd {name}"),
    "email": ("Emailed {name}", "Wrote to {name}"),
    "meeting": ("Talked with {name} after the branch meeting", "Met {name} at the meeting"),
    "video": ("Video call with {name}",),
    "other": ("Bumped into {name} in town", "Saw {name} at the trades council social"),
}
# outcome: (weight, reactions); remote methods can also get no reply.
OUTCOMES = {
    "agreed to help": (12, ("keen to help and will talk to colleagues on {dept}",
                            "will hand out leaflets on their shift",
                            "offered to be a contact for {dept}")),
    "signed petition": (10, ("signed the petition and took copies for the team",
                             "signed and says most of {dept} will too")),
    "will attend meeting": (10, ("said they'll come to the next branch meeting",
                                 "will bring two colleagues to the meeting")),
    "supportive": (16, ("supportive but worried about management",
                        "agrees it's a problem, wants to see the numbers first",
                        "sympathetic, assessment {assessment}")),
    "undecided": (10, ("not sure yet, wants to talk it over at home",
                       "undecided, had a bad experience with the last rep")),
    "not interested": (6, ("not interested for now, polite about it",
                           "says it won't change anything")),
    "raised a grievance": (6, ("wants a rep at the meeting with HR next week",
                               "asked for help with a grievance about their manager")),
    "joined": (4, ("filled in a membership form there and then",
                   "joined online the same day")),
    "no reply": (8, ("no reply yet, try again after the weekend",
                     "no answer, left a message")),
}
REMOTE_ONLY = {"no reply"}

CAMPAIGNS = (
    ("Pay claim {year}", "Build support for the branch pay claim and a strong ballot turnout.",
     "active"),
    ("Safe staffing", "Petition and workplace meetings on staffing levels.", "active"),
    ("Recruitment drive", "Sign up non-members in the biggest workplaces.", "active"),
    ("Stop the {district} closure", "Keep the {district} site open.", "won"),
    ("Heat at work", "A maximum working temperature and water, shade and breaks.", "closed"),
    ("Fair rotas", "Four weeks' notice of rotas and no unpaid standby.", "planned"),
    ("Sick pay from day one", "Full sick pay from the first day for every worker.", "lost"),
)

MEETING_LOCATIONS = (
    "Trades Council Hall, {town}", "Room 2, {district} Community Centre",
    "Function room, The Red Lion, {district}", "Online (video call)",
    "{district} Library meeting room",
)


# -- public API ---------------------------------------------------------------------------
def create_demo_vault(path: str | os.PathLike[str], passphrase: str, *, members: int = 2000,
                      seed: int = 1, profile: str = "moderate", branch_name: str | None = None,
                      device_name: str | None = None, progress: Progress | None = None) -> None:
    """Create a new vault at ``path`` holding a demo branch of ``members`` members.

    Nothing is left behind if it fails: a vault this call created is removed again.
    """
    _check_members(members)
    path = Path(path)
    vault = Vault.create(path, passphrase, profile)
    try:
        replica = trust.create_branch(
            vault, branch_name or default_branch_name(seed), device_name or DEFAULT_DEVICE_NAME
        )
        populate(Branch(vault, replica), members=members, seed=seed, progress=progress)
    except BaseException:
        vault.lock()
        for leftover in (path, sidecar_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    vault.lock()


def default_branch_name(seed: int = 1) -> str:
    town, _area = TOWNS[random.Random(f"caucus-demo/{seed}/town").randrange(len(TOWNS))]
    return f"{town} General Branch (demo)"


def populate(branch: Branch, *, members: int = 2000, seed: int = 1,
             progress: Progress | None = None, notes_per_member: float = 4,
             today: dt.date | None = None) -> dict[str, int]:
    """Fill an existing branch with demo records; return how many of each were written.

    ``today`` anchors every date (dues, joins, notes, meetings); it defaults to today so
    the arrears list and the tasks look current.
    """
    _check_members(members)
    if isinstance(notes_per_member, bool) or not isinstance(notes_per_member, int | float) \
            or not 0 <= notes_per_member <= 100:
        raise ValidationError("Notes per member must be a number from 0 to 100.",
                              "notes_per_member")
    started = time.perf_counter()
    gen = _Generator(seed, members, notes_per_member, today or dt.date.today(), branch)
    counts = gen.run(progress)
    counts["seconds"] = round(time.perf_counter() - started, 3)
    return counts


def _check_members(members: int) -> None:
    if isinstance(members, bool) or not isinstance(members, int) or not (
        MIN_MEMBERS <= members <= MAX_MEMBERS
    ):
        raise ValidationError(
            f"A demo branch has between {MIN_MEMBERS} and {MAX_MEMBERS:,} members, "
            f"not {members!r}.", "members"
        )


# -- the writer -----------------------------------------------------------------------------
class _Writer:
    """Groups rows into transactions of about BATCH_ROWS rows (one change set each).

    A group (a member with their tags, a note with its follow-up task) is never split
    across two change sets, as the records API would write it in one.
    """

    def __init__(self, branch: Branch, total: int, progress: Progress | None) -> None:
        self.replica = branch.replica
        self.total = total
        self.progress = progress
        self.done = 0
        self.rows: list[tuple[str, str, dict[str, Any]]] = []
        self.pending_units = 0
        self.change_sets = 0
        self.counts: dict[str, int] = {}

    def add(self, rows: list[tuple[str, str, dict[str, Any]]], units: int = 1) -> None:
        self.rows.extend(rows)
        self.pending_units += units
        for table, _row, _fields in rows:
            self.counts[table] = self.counts.get(table, 0) + 1
        if len(self.rows) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            with self.replica.transaction() as tx:
                for table, row, fields in self.rows:
                    tx.set(table, row, fields)
            self.change_sets += 1
            self.rows = []
        self.done = min(self.total, self.done + self.pending_units)
        self.pending_units = 0
        if self.progress is not None:
            self.progress(self.done, self.total)


# -- the generator ----------------------------------------------------------------------------
class _MemberInfo:
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


class _Workplace:
    __slots__ = ("id", "name", "sector", "short")

    def __init__(self, id: str, name: str, sector: str, short: str) -> None:
        self.id = id
        self.name = name
        self.sector = sector
        self.short = short


class _Generator:
    def __init__(self, seed: int, members: int, notes_per_member: float, today: dt.date,
                 branch: Branch) -> None:
        self.rng = random.Random(f"caucus-demo/{seed}")
        self.seed = seed
        self.n = members
        self.n_notes = round(members * notes_per_member)
        self.today = today
        self.branch = branch
        self.region = branch.region
        self.author_name = branch.device_name
        self.town, self.area = TOWNS[random.Random(f"caucus-demo/{seed}/town").randrange(
            len(TOWNS))]
        self.fakers = {}
        for i, (locale, _w) in enumerate(LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed * 101 + i)
            self.fakers[locale] = fake
        self.locale_names = [loc for loc, _w in LOCALES]
        self.locale_cum = _cumulative(w for _loc, w in LOCALES)
        self.workplaces: list[_Workplace] = []
        self.campaigns: list[tuple[str, str, dt.date, dt.date | None]] = []
        self.people: list[_MemberInfo] = []
        n_workplaces = max(1, round(members / 40))
        # how many people each planned meeting will record (decided up front for progress)
        self.meeting_plan = self._plan_meetings()
        self.total_units = (1 + members + self.n_notes
                            + sum(size for *_rest, size in self.meeting_plan))
        self.n_workplaces = n_workplaces

    # -- run ----------------------------------------------------------------------------
    def run(self, progress: Progress | None) -> dict[str, int]:
        writer = _Writer(self.branch, self.total_units, progress)
        self._write_workplaces_and_campaigns(writer)
        writer.flush()
        self._write_members(writer)
        writer.flush()
        self._write_notes(writer)
        writer.flush()
        self._write_meetings(writer)
        writer.flush()
        if progress is not None and writer.done < writer.total:
            progress(writer.total, writer.total)
        c = writer.counts
        return {
            "members": c.get("member", 0), "workplaces": c.get("workplace", 0),
            "campaigns": c.get("campaign", 0), "notes": c.get("note", 0),
            "tasks": c.get("task", 0), "meetings": c.get("meeting", 0),
            "attendance": c.get("attendance", 0), "tags": c.get("member_tag", 0),
            "consents": c.get("consent", 0), "change_sets": writer.change_sets,
        }

    # -- helpers --------------------------------------------------------------------------
    def _pick(self, weighted: tuple[tuple[Any, int], ...]) -> Any:
        total = sum(w for _v, w in weighted)
        x = self.rng.random() * total
        for value, w in weighted:
            x -= w
            if x < 0:
                return value
        return weighted[-1][0]

    def _date_between(self, start: dt.date, end: dt.date) -> dt.date:
        span = (end - start).days
        return start + dt.timedelta(days=self.rng.randint(0, max(0, span)))

    def _street_address(self) -> str:
        rng = self.rng
        street = f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_TYPES)}"
        number = rng.randint(1, 240)
        flat = f"Flat {rng.randint(1, 24)}, " if rng.random() < 0.18 else ""
        return f"{flat}{number} {street}, {rng.choice(DISTRICTS)}, {self.town}"

    def _postcode(self) -> str:
        rng = self.rng
        letters = POSTCODE_UNIT_LETTERS
        return (f"{self.area}{rng.randint(1, 28)} {rng.randint(1, 9)}"
                f"{rng.choice(letters)}{rng.choice(letters)}")

    def _mobile(self) -> str:
        while True:
            digits = "07" + self.rng.choice("789") + "".join(
                self.rng.choice("0123456789") for _ in range(8))
            try:
                clean_phone(digits, self.region)
            except ValidationError:
                continue
            style = self.rng.random()
            if style < 0.6:
                return f"{digits[:5]} {digits[5:]}"
            if style < 0.8:
                return digits
            return f"+44 {digits[1:5]} {digits[5:]}"

    def _name(self) -> tuple[str, str, str]:
        locale = self.locale_names[_bisect(self.locale_cum, self.rng.random())]
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

    def _emails(self, first: str, last: str) -> list[str]:
        rng = self.rng
        f, l_ = _slug(first), _slug(last.split(" ")[0])
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
    def _write_workplaces_and_campaigns(self, writer: _Writer) -> None:
        rng = self.rng
        sectors = tuple((name, spec["weight"]) for name, spec in SECTORS.items())
        fake = self.fakers["en_GB"]
        seen: set[str] = set()
        for _ in range(self.n_workplaces):
            sector = self._pick(sectors)
            spec = SECTORS[sector]
            district = rng.choice(DISTRICTS)
            values = {"district": district, "town": self.town, "saint": rng.choice(SAINTS),
                      "surname": fake.last_name(), "surname2": fake.last_name()}
            name = rng.choice(spec["names"]).format(**values)
            base, k = name, 2
            while name.lower() in seen:
                name = f"{base} {('North', 'South', 'East', 'West', 'Annexe')[k % 5]}" \
                    if k < 7 else f"{base} {k}"
                k += 1
            seen.add(name.lower())
            employer = rng.choice(spec["employers"]).format(**values)
            notes = None
            if rng.random() < 0.3:
                notes = rng.choice((
                    "Gate meetings Tuesdays 6am, before the early shift.",
                    "Canteen open to visitors at lunchtime.",
                    "Management hostile; meet off site.",
                    "Noticeboard by the clocking-in machine.",
                    "Most staff on agency contracts.",
                ))
            fields = self.branch._clean_simple("workplace", {
                "name": name, "employer": employer, "sector": sector,
                "address": f"{self._street_address()} {self._postcode()}", "notes": notes,
            })
            wid = changes.new_id()
            short = name.split(" (")[0]
            self.workplaces.append(_Workplace(wid, name, sector, short))
            writer.add([("workplace", wid, {"deleted": False, **fields})], units=0)
        # campaigns over the last two years
        year = self.today.year
        n_campaigns = min(len(CAMPAIGNS), 3 + self.n // 8000 + (1 if self.n >= 200 else 0))
        for i, (name, desc, status) in enumerate(CAMPAIGNS[:n_campaigns]):
            district = rng.choice(DISTRICTS)
            start = self.today - dt.timedelta(days=rng.randint(30, 700))
            if status in ("won", "lost", "closed"):
                end: dt.date | None = start + dt.timedelta(days=rng.randint(60, 240))
                end = min(end, self.today - dt.timedelta(days=1))
            elif status == "planned":
                start = self.today + dt.timedelta(days=rng.randint(14, 90))
                end = None
            else:
                end = self.today + dt.timedelta(days=rng.randint(30, 200)) if i % 2 else None
            fields = self.branch._clean_simple("campaign", {
                "name": name.format(year=year, district=district),
                "description": desc.format(district=district),
                "starts_on": start, "ends_on": end, "status": status,
            })
            cid = changes.new_id()
            self.campaigns.append((cid, fields["name"], start, end))
            writer.add([("campaign", cid, {"deleted": False, **fields})], units=0)
        writer.pending_units += 1

    # -- members ---------------------------------------------------------------------------
    def _write_members(self, writer: _Writer) -> None:
        rng = self.rng
        n = self.n
        # workplace sizes follow a long tail: a few big sites, many small ones
        wp_weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(self.workplaces))]
        rng.shuffle(wp_weights)
        wp_cum = _cumulative(wp_weights)
        numbers = rng.sample(range(100_000, 1_000_000), n)
        for i in range(n):
            first, last, _locale = self._name()
            status = self._pick(STATUS_WEIGHTS)
            workplace = None if rng.random() < 0.04 else _bisect(wp_cum, rng.random())
            fields: dict[str, Any] = {"first_name": first, "last_name": last}
            if first in NICKNAMES and rng.random() < 0.5:
                fields["preferred_name"] = NICKNAMES[first]
            fields["emails"] = self._emails(first, last)
            r = rng.random()
            if r < 0.85:
                fields["phones"] = [self._mobile()]
            elif r < 0.9:
                fields["phones"] = [self._mobile(), self._mobile()]
            fields["address"] = self._street_address()
            fields["postcode"] = self._postcode()
            joined = None
            if workplace is not None:
                wp = self.workplaces[workplace]
                spec = SECTORS[wp.sector]
                fields["workplace_id"] = wp.id
                fields["department"] = rng.choice(spec["departments"])
                fields["job_title"] = rng.choice(spec["jobs"])
                if spec["shifts"] and rng.random() < 0.7:
                    fields["custom.shift"] = rng.choice(SHIFTS)
            if rng.random() < 0.3:
                fields["custom.contract"] = rng.choice(CONTRACTS)
            fields["status"] = status
            if status != "prospect":
                fields["membership_no"] = f"{numbers[i]:06d}"
                # more recent joiners than old hands
                days = int(rng.random() ** 1.7 * 365 * 30) + 20
                joined = self.today - dt.timedelta(days=days)
                fields["joined_on"] = joined
                fields["basis"] = "member" if status == "member" else "former_member"
                if status == "member":
                    r = rng.random()
                    if r < 0.85:
                        paid = _month_end(self.today + dt.timedelta(days=rng.randint(0, 60)))
                    elif r < 0.94:  # in arrears, within the grace period
                        paid = _month_end(self.today - dt.timedelta(days=rng.randint(20, 85)))
                    else:  # lapsed in practice: dues unpaid beyond the grace period
                        paid = _month_end(self.today - dt.timedelta(days=rng.randint(100, 400)))
                    fields["dues_paid_until"] = max(paid, joined)
                    if paid < self.today and rng.random() < 0.08:
                        # hardship waiver: kept as a member for a while
                        fields["status_override"] = "member"
                        fields["override_until"] = self.today + dt.timedelta(
                            days=rng.randint(14, 120))
                else:
                    lapsed = self._date_between(joined, self.today - dt.timedelta(days=1))
                    fields["lapsed_on"] = lapsed
                    fields["dues_paid_until"] = lapsed
            else:
                fields["basis"] = "regular_contact" if rng.random() < 0.9 else "other"
            assessment = self._pick(ASSESSMENT_WEIGHTS)
            if assessment is not None:
                fields["assessment"] = assessment
            if rng.random() < 0.015:
                fields["do_not_contact"] = True
            for flag, p in (("do_not_email", 0.03), ("do_not_phone", 0.02),
                            ("do_not_sms", 0.04), ("do_not_post", 0.01)):
                if rng.random() < p:
                    fields[flag] = True
            if status == "deceased":
                fields["do_not_contact"] = True
            tags = []
            if status in ("member", "prospect"):
                for tag, p in TAGS:
                    if rng.random() < (p if status == "member" else p / 4):
                        tags.append(tag)
            consents = []
            if status != "deceased" and rng.random() < 0.3:
                kind = rng.choice(("email", "email", "sms", "phone", "post"))
                recorded = joined or self._date_between(self.today - dt.timedelta(days=700),
                                                        self.today)
                consents.append({
                    "kind": kind, "granted": rng.random() < 0.92,
                    "recorded_on": recorded.isoformat(),
                    "source": rng.choice(("Membership form", "Online join form",
                                          "Meeting sign-in sheet", "Phone call")),
                })
            member_id, rows = self._member_rows(fields, tags, consents)
            weight = (1.0 + (assessment or 0) * 0.5 + 2.0 * len(tags)
                      + (1.0 if status == "prospect" else 0.0)
                      - (0.8 if status in ("resigned", "deceased") else 0.0))
            self.people.append(_MemberInfo(
                member_id, fields.get("preferred_name") or first, workplace, status,
                assessment, max(weight, 0.1), tags, joined,
            ))
            writer.add(rows)

    def _member_rows(self, fields: dict[str, Any], tags: list[str],
                     consents: list[dict[str, Any]]) -> tuple[str, list]:
        """Exactly what :meth:`Branch.add_member` (then ``add_consent``) would write."""
        clean = clean_member_fields(fields, self.region)
        clean.setdefault("status", "member")
        clean.setdefault("basis", "member" if clean["status"] != "prospect" else
                         "regular_contact")
        clean.setdefault("do_not_contact", False)
        member_id = changes.new_id()
        rows: list[tuple[str, str, dict[str, Any]]] = [
            ("member", member_id, {"deleted": False, **clean})
        ]
        for tag in clean_tags(tags):
            rows.append(("member_tag", changes.derived_id("tag", member_id, tag.lower()),
                         {"member_id": member_id, "tag": tag, "deleted": False}))
        for consent in consents:
            rows.append(("consent", changes.new_id(), {
                "member_id": member_id,
                "kind": clean_choice(consent["kind"], "kind", ("email", "phone", "sms", "post",
                                                               "data_processing")),
                "granted": bool(consent["granted"]),
                "recorded_on": clean_date(consent["recorded_on"], "recorded_on"),
                "source": clean_text(consent["source"], "source"),
                "deleted": False,
            }))
        return member_id, rows

    # -- notes and follow-up tasks ---------------------------------------------------------
    def _write_notes(self, writer: _Writer) -> None:
        if not self.n_notes or not self.people:
            return
        rng = self.rng
        cum = _cumulative(p.weight for p in self.people)
        chosen = rng.choices(range(len(self.people)), cum_weights=cum, k=self.n_notes)
        chosen.sort()  # each member's conversations are written together, as in life
        outcomes = tuple((name, w) for name, (w, _r) in OUTCOMES.items())
        spoken = tuple((name, w) for name, w in outcomes if name not in REMOTE_ONLY)
        campaign_names = {cid: name for cid, name, _start, _end in self.campaigns}
        horizon = 730
        for index in chosen:
            person = self.people[index]
            method = self._pick(NOTE_METHODS)
            remote = method in ("phone", "text", "email")
            outcome = self._pick(outcomes if remote else spoken)
            days_ago = int(rng.random() ** 1.5 * horizon)
            date = self.today - dt.timedelta(days=days_ago)
            if person.joined and date < person.joined:
                date = self._date_between(person.joined, self.today)
            campaign_id = None
            if rng.random() < 0.6:
                live = [c for c in self.campaigns
                        if c[2] <= date and (c[3] is None or date <= c[3])]
                if live:
                    campaign_id = rng.choice(live)[0]
            wp = self.workplaces[person.workplace] if person.workplace is not None else None
            spec = SECTORS[wp.sector] if wp else None
            if campaign_id and rng.random() < 0.7:
                topic = f"about the {campaign_names[campaign_id]} campaign"
            elif spec:
                topic = f"about {rng.choice(spec['issues'])}"
            else:
                topic = rng.choice(("about the pay offer", "about the branch newsletter",
                                    "about coming to the AGM", "about their dues"))
            intro = rng.choice(NOTE_INTROS[method]).format(
                name=person.name, spot=rng.choice(spec["spots"]) if spec else "at the bus stop")
            reaction = rng.choice(OUTCOMES[outcome][1]).format(
                dept=(rng.choice(spec["departments"]).lower() if spec else "their team"),
                assessment=person.assessment if person.assessment is not None else 3)
            text = f"{intro} {topic}; {reaction}."
            if wp and rng.random() < 0.15:
                text = f"{text[:-1]} ({wp.short})."
            follow = None
            positive = outcome in ("agreed to help", "will attend meeting", "raised a grievance",
                                   "no reply", "undecided")
            if rng.random() < (0.22 if positive else 0.05):
                follow = date + dt.timedelta(days=rng.randint(2, 14))
            body = clean_text(text, "text", 20000)
            fields = {
                "member_id": person.id, "campaign_id": campaign_id, "text": body,
                "date": clean_date(date, "date"),
                "method": clean_choice(method, "method", ("in_person", "phone", "email", "text",
                                                          "video", "meeting", "other")),
                "outcome": clean_text(outcome, "outcome"),
                "follow_up_on": clean_date(follow, "follow_up_on"),
                "author_name": self.author_name, "deleted": False,
            }
            rows = [("note", changes.new_id(), fields)]
            if follow is not None:
                done = follow < self.today and rng.random() < 0.85
                rows.append(("task", changes.new_id(), {
                    "member_id": person.id, "campaign_id": campaign_id,
                    "title": f"Follow up: {body[:60]}", "due_on": fields["follow_up_on"],
                    "done": done, "deleted": False,
                }))
            writer.add(rows)

    # -- meetings ----------------------------------------------------------------------------
    def _plan_meetings(self) -> list[tuple[str, str, dt.date, int | None, int]]:
        """(kind, title, date, quorum, planned attendance) — decided before any writes."""
        rng = random.Random(f"caucus-demo/{self.seed}/meetings")
        n = self.n
        out: list[tuple[str, str, dt.date, int | None, int]] = []
        monthly = max(3, min(18, 3 + n // 4000))
        base = _month_end(self.today) - dt.timedelta(days=27)  # about the start of a month
        for k in range(monthly):
            month_start = _add_months(base, -k)
            date = month_start + dt.timedelta(days=rng.randint(5, 20))
            if date > self.today:
                date = date - dt.timedelta(days=28)
            size = min(n, max(5, round(n * rng.uniform(0.004, 0.012))))
            out.append(("branch", f"Branch meeting — {calendar.month_name[date.month]} "
                        f"{date.year}", date, max(8, round(n * 0.002)), size))
        for years_ago in range(2):
            date = dt.date(self.today.year - years_ago, 3, 15)
            if date > self.today:
                date = date.replace(year=date.year - 1)
            size = min(n, max(8, round(n * rng.uniform(0.02, 0.03))))
            out.append(("agm", f"AGM {date.year}", date, max(10, round(n * 0.01)), size))
        for k in range(max(1, min(8, n // 5000 + 1))):
            date = self.today - dt.timedelta(days=21 + 45 * k + rng.randint(0, 10))
            out.append(("stewards", "Stewards' meeting", date, None,
                        min(n, max(3, round(n * 0.015)))))
        for k in range(max(1, min(4, n // 10000 + 1))):
            date = self.today - dt.timedelta(days=30 + 90 * k + rng.randint(0, 20))
            out.append(("hs", "Health & Safety committee", date, None,
                        min(n, max(3, round(n * 0.008)))))
        # the next branch meeting: nobody marked yet (sign-in sheet to print)
        upcoming = self.today + dt.timedelta(days=rng.randint(7, 24))
        out.append(("branch", f"Branch meeting — {calendar.month_name[upcoming.month]} "
                    f"{upcoming.year}", upcoming, max(8, round(n * 0.002)), 0))
        return out

    def _write_meetings(self, writer: _Writer) -> None:
        rng = self.rng
        current = [i for i, p in enumerate(self.people) if p.status == "member"]
        activists = [i for i, p in enumerate(self.people)
                     if p.status == "member" and ("Steward" in p.tags or "Rep" in p.tags)]
        safety = [i for i, p in enumerate(self.people)
                  if p.status == "member" and "Health & Safety" in p.tags]
        for kind, title, date, quorum, size in self.meeting_plan:
            pool = {"stewards": activists, "hs": safety}.get(kind, current)
            if kind in ("stewards", "hs") and len(pool) < size:
                pool = sorted(set(pool) | set(current[: max(0, size * 3)]))
            location = rng.choice(MEETING_LOCATIONS).format(town=self.town,
                                                            district=rng.choice(DISTRICTS))
            notes = None
            if kind == "agm":
                notes = "Annual general meeting: officers' reports, elections, motions."
            fields = self.branch._clean_simple("meeting", {
                "title": title, "date": date, "location": location, "quorum": quorum,
                "notes": notes,
            })
            meeting_id = changes.new_id()
            writer.add([("meeting", meeting_id, {"deleted": False, **fields})], units=0)
            chosen = rng.sample(pool, min(size, len(pool))) if size else []
            chosen.sort()
            for index in chosen:
                member_id = self.people[index].id
                r = rng.random()
                status = "attended" if r < 0.8 else ("apologies" if r < 0.95 else "absent")
                writer.add([("attendance", changes.derived_id("attendance", meeting_id,
                                                               member_id), {
                    "meeting_id": meeting_id, "member_id": member_id,
                    "status": clean_choice(status, "status",
                                           ("attended", "apologies", "absent")),
                    "deleted": False,
                })])
            writer.pending_units += size - len(chosen)


# -- small pure helpers ------------------------------------------------------------------------
def _cumulative(weights) -> list[float]:
    out: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def _bisect(cum: list[float], x: float) -> int:
    """Index picked by ``x`` in [0, 1) from cumulative weights ``cum``."""
    return min(bisect.bisect_right(cum, x * cum[-1]), len(cum) - 1)


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


_ASCII_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae",
                             "Æ": "AE", "đ": "d", "ı": "i"})


def _slug(text: str) -> str:
    """A plausible email local-part from a name: ASCII letters only, lower case."""
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII_FOLD))
    return "".join(ch for ch in folded.lower() if "a" <= ch <= "z")
