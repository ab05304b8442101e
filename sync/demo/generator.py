"""The demo generator: workplaces, campaigns and members, then (:mod:`.activity`) their
conversations and meetings, all written through the records' batch write API."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..records import Batch, Branch
from .activity import Activity, plan_meetings
from .organising import Organiser
from .picker import DemoWorkplace, Person
from .util import cumulative, month_end, pick_index
from .vocabulary import (
    ASSESSMENT_WEIGHTS,
    CAMPAIGNS,
    CONTRACTS,
    DISTRICTS,
    NICKNAMES,
    SAINTS,
    SECTORS,
    SHIFTS,
    STATUS_WEIGHTS,
    TAGS,
)

BATCH_ROWS = 500


class Generator(Activity):
    """One demo branch's content, written in change sets of about :data:`BATCH_ROWS` rows."""

    def __init__(self, seed: int, members: int, notes_per_member: float, today: dt.date,
                 branch: Branch) -> None:
        super().__init__(seed)
        self.n = members
        self.n_notes = round(members * notes_per_member)
        self.today = today
        self.branch = branch
        self.workplaces: list[DemoWorkplace] = []
        self.campaigns: list[tuple[str, str, dt.date, dt.date | None]] = []
        self.people: list[Person] = []
        self.n_workplaces = max(1, round(members / 40))
        # how many people each planned meeting will record (decided up front for progress)
        self.meeting_plan = plan_meetings(seed, members, today)
        self.organiser = Organiser(seed, today)
        self.total_units = (2 + members + self.n_notes
                            + sum(size for *_rest, size in self.meeting_plan))

    def run(self, progress) -> dict[str, int]:
        with self.branch.batch(BATCH_ROWS, progress, self.total_units) as batch:
            self.write_workplaces_and_campaigns(batch)
            batch.commit()
            self.write_members(batch)
            batch.commit()
            self.write_notes(batch)
            batch.commit()
            self.write_meetings(batch)
            batch.commit()
            organised = self.organiser.write(batch, self.campaigns)
            batch.advance()
        if progress is not None and batch.done < self.total_units:
            progress(self.total_units, self.total_units)
        c = batch.created
        return {
            "members": c.get("member", 0), "workplaces": c.get("workplace", 0),
            "campaigns": c.get("campaign", 0), "notes": c.get("note", 0),
            "tasks": c.get("task", 0), "meetings": c.get("meeting", 0),
            "attendance": c.get("attendance", 0), "tags": c.get("member_tag", 0),
            "consents": c.get("consent", 0), **organised, "change_sets": batch.change_sets,
        }

    def write_workplaces_and_campaigns(self, batch: Batch) -> None:
        """Workplaces of every sector, named after the town's districts; a few campaigns."""
        rng = self.rng
        sectors = tuple((name, spec["weight"]) for name, spec in SECTORS.items())
        fake = self.fakers["en_GB"]
        seen: set[str] = set()
        for _ in range(self.n_workplaces):
            sector = self.pick(sectors)
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
            wid = batch.add_workplace(
                name, employer=employer, sector=sector,
                address=f"{self.street_address()} {self.postcode()}", notes=notes)
            short = name.split(" (")[0]
            self.workplaces.append(DemoWorkplace(wid, name, sector, short))
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
            title = name.format(year=year, district=district)
            cid = batch.add_campaign(title, description=desc.format(district=district),
                                     starts_on=start, ends_on=end, status=status)
            self.campaigns.append((cid, title, start, end))
        batch.advance()

    def write_members(self, batch: Batch) -> None:
        """The members: names from four locales, contacts, workplace, dues, tags."""
        rng = self.rng
        n = self.n
        # workplace sizes follow a long tail: a few big sites, many small ones
        wp_weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(self.workplaces))]
        rng.shuffle(wp_weights)
        wp_cum = cumulative(wp_weights)
        numbers = rng.sample(range(100_000, 1_000_000), n)
        for i in range(n):
            first, last, _locale = self.person_name()
            status = self.pick(STATUS_WEIGHTS)
            workplace = None if rng.random() < 0.04 else pick_index(wp_cum, rng.random())
            fields: dict[str, Any] = {"first_name": first, "last_name": last}
            if first in NICKNAMES and rng.random() < 0.5:
                fields["preferred_name"] = NICKNAMES[first]
            fields["emails"] = self.emails(first, last)
            r = rng.random()
            if r < 0.85:
                fields["phones"] = [self.mobile()]
            elif r < 0.9:
                fields["phones"] = [self.mobile(), self.mobile()]
            fields["address"] = self.street_address()
            fields["postcode"] = self.postcode()
            joined = None
            if workplace is not None:
                wp = self.workplaces[workplace]
                spec = SECTORS[wp.sector]
                fields["workplace_id"] = wp.id
                fields["department"] = rng.choice(spec["departments"])
                fields["job_title"] = rng.choice(spec["jobs"])
                if spec["shifts"] and rng.random() < 0.7:
                    fields["custom.shift"] = rng.choice(SHIFTS)
                fields["unit_id"] = self.organiser.place(
                    batch, wp.id, fields["department"], fields.get("custom.shift"))
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
                        paid = month_end(self.today + dt.timedelta(days=rng.randint(0, 60)))
                    elif r < 0.94:  # in arrears, within the grace period
                        paid = month_end(self.today - dt.timedelta(days=rng.randint(20, 85)))
                    else:  # lapsed in practice: dues unpaid beyond the grace period
                        paid = month_end(self.today - dt.timedelta(days=rng.randint(100, 400)))
                    fields["dues_paid_until"] = max(paid, joined)
                    if paid < self.today and rng.random() < 0.08:
                        # hardship waiver: kept as a member for a while
                        fields["status_override"] = "member"
                        fields["override_until"] = self.today + dt.timedelta(
                            days=rng.randint(14, 120))
                else:
                    lapsed = self.date_between(joined, self.today - dt.timedelta(days=1))
                    fields["lapsed_on"] = lapsed
                    fields["dues_paid_until"] = lapsed
            else:
                fields["basis"] = "regular_contact" if rng.random() < 0.9 else "other"
            assessment = self.pick(ASSESSMENT_WEIGHTS)
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
                recorded = joined or self.date_between(self.today - dt.timedelta(days=700),
                                                        self.today)
                consents.append({
                    "kind": kind, "granted": rng.random() < 0.92,
                    "recorded_on": recorded.isoformat(),
                    "source": rng.choice(("Membership form", "Online join form",
                                          "Meeting sign-in sheet", "Phone call")),
                })
            org = self.organiser
            point = org.point_person(fields["unit_id"]) if "unit_id" in fields else None
            if point:
                fields["point_person_id"] = point
            leader = org.leader(status, assessment)
            member_id = batch.add_member(fields, [*tags, "Leader"] if leader else tags,
                                         consents)
            org.added(member_id, fields.get("workplace_id"), fields.get("unit_id"), status,
                      assessment, point, leader)
            weight = (1.0 + (assessment or 0) * 0.5 + 2.0 * len(tags)
                      + (1.0 if status == "prospect" else 0.0)
                      - (0.8 if status in ("resigned", "deceased") else 0.0))
            self.people.append(Person(
                member_id, fields.get("preferred_name") or first, workplace, status,
                assessment, max(weight, 0.1), tags, joined,
            ))
            batch.advance()
