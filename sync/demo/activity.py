"""The demo's conversations (notes with follow-up tasks) and meetings with attendance."""

from __future__ import annotations

import calendar
import datetime as dt
import random

from ..records import Batch
from .picker import DemoWorkplace, Person, Picker
from .util import add_months, cumulative, month_end
from .vocabulary import (
    DISTRICTS,
    MEETING_LOCATIONS,
    NOTE_INTROS,
    NOTE_METHODS,
    OUTCOMES,
    REMOTE_ONLY,
    SECTORS,
)


def plan_meetings(seed: int, n: int, today: dt.date,
                  ) -> list[tuple[str, str, dt.date, int | None, int]]:
    """(kind, title, date, quorum, planned attendance) — decided before any writes."""
    rng = random.Random(f"caucus-demo/{seed}/meetings")
    out: list[tuple[str, str, dt.date, int | None, int]] = []
    monthly = max(3, min(18, 3 + n // 4000))
    base = month_end(today) - dt.timedelta(days=27)  # about the start of a month
    for k in range(monthly):
        month_start = add_months(base, -k)
        date = month_start + dt.timedelta(days=rng.randint(5, 20))
        if date > today:
            date = date - dt.timedelta(days=28)
        size = min(n, max(5, round(n * rng.uniform(0.004, 0.012))))
        out.append(("branch", f"Branch meeting — {calendar.month_name[date.month]} "
                    f"{date.year}", date, max(8, round(n * 0.002)), size))
    for years_ago in range(2):
        date = dt.date(today.year - years_ago, 3, 15)
        if date > today:
            date = date.replace(year=date.year - 1)
        size = min(n, max(8, round(n * rng.uniform(0.02, 0.03))))
        out.append(("agm", f"AGM {date.year}", date, max(10, round(n * 0.01)), size))
    for k in range(max(1, min(8, n // 5000 + 1))):
        date = today - dt.timedelta(days=21 + 45 * k + rng.randint(0, 10))
        out.append(("stewards", "Stewards' meeting", date, None,
                    min(n, max(3, round(n * 0.015)))))
    for k in range(max(1, min(4, n // 10000 + 1))):
        date = today - dt.timedelta(days=30 + 90 * k + rng.randint(0, 20))
        out.append(("hs", "Health & Safety committee", date, None,
                    min(n, max(3, round(n * 0.008)))))
    # the next branch meeting: nobody marked yet (sign-in sheet to print)
    upcoming = today + dt.timedelta(days=rng.randint(7, 24))
    out.append(("branch", f"Branch meeting — {calendar.month_name[upcoming.month]} "
                f"{upcoming.year}", upcoming, max(8, round(n * 0.002)), 0))
    return out


class Activity(Picker):
    """Writes what the members did; the generator sets the state it reads."""

    today: dt.date
    n_notes: int
    people: list[Person]
    workplaces: list[DemoWorkplace]
    campaigns: list[tuple[str, str, dt.date, dt.date | None]]
    meeting_plan: list[tuple[str, str, dt.date, int | None, int]]

    def write_notes(self, batch: Batch) -> None:
        """About four conversations per member, more with active members, each maybe with a
        follow-up task."""
        if not self.n_notes or not self.people:
            return
        rng = self.rng
        cum = cumulative(p.weight for p in self.people)
        chosen = rng.choices(range(len(self.people)), cum_weights=cum, k=self.n_notes)
        chosen.sort()  # each member's conversations are written together, as in life
        outcomes = tuple((name, w) for name, (w, _r) in OUTCOMES.items())
        spoken = tuple((name, w) for name, w in outcomes if name not in REMOTE_ONLY)
        campaign_names = {cid: name for cid, name, _start, _end in self.campaigns}
        horizon = 730
        for index in chosen:
            person = self.people[index]
            method = self.pick(NOTE_METHODS)
            remote = method in ("phone", "text", "email")
            outcome = self.pick(outcomes if remote else spoken)
            days_ago = int(rng.random() ** 1.5 * horizon)
            date = self.today - dt.timedelta(days=days_ago)
            if person.joined and date < person.joined:
                date = self.date_between(person.joined, self.today)
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
            # decided before the write, in the order the random numbers were always drawn
            done = follow is not None and follow < self.today and rng.random() < 0.85
            batch.add_note(text, person.id, campaign_id, date, method, outcome, follow,
                           follow_up_done=done)
            batch.advance()

    def write_meetings(self, batch: Batch) -> None:
        """The planned meetings, each with the attendance of the people chosen for it."""
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
            meeting_id = batch.add_meeting(title, date, location, quorum, notes)
            chosen = rng.sample(pool, min(size, len(pool))) if size else []
            chosen.sort()
            for index in chosen:
                r = rng.random()
                status = "attended" if r < 0.8 else ("apologies" if r < 0.95 else "absent")
                batch.set_attendance(meeting_id, self.people[index].id, status)
                batch.advance()
            batch.advance(size - len(chosen))
