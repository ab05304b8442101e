"""Organising on paper and in spreadsheets: the wall chart (an A3 document that
:mod:`.pdf_chart` draws), a point person's list with phones (a table like the member
list), and the chart and a structure test's results as rows for CSV or XLSX."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..records import Branch, Card, Chart, UnitFigures, format_phone
from .printing import TableDoc

#: how an answer shows on a card
ANSWER_MARKS = {"yes": "✓ yes", "no": "✗ no", "asked_undecided": "? undecided",
                "not_asked": ""}


@dataclass
class ChartCard:
    """One person's card on the printed chart."""

    name: str
    assessment: int | None
    member: bool
    #: "L" leader, "S" steward, "P" point person (for N people)
    marks: str
    #: the age of the last conversation ("12 d", "never")
    spoken: str
    stale: bool
    no_point_person: bool
    answer: str = ""


@dataclass
class ChartSection:
    """A unit (or the people in no unit) with its figures and cards."""

    title: str
    level: int
    summary: str
    cards: list[ChartCard] = field(default_factory=list)


@dataclass
class ChartDoc:
    """A workplace's wall chart for the meeting wall (A3, landscape)."""

    title: str
    branch: str
    date: str
    subtitle: str
    sections: list[ChartSection]
    legend: list[str]
    kind: str = "wall-chart"

    @property
    def columns(self) -> list[str]:
        return ["name", "unit", "assessment", "marks", "last_conversation", "answer"]

    @property
    def rows(self) -> list[list[str]]:
        """Every person on the chart (what the export log counts)."""
        return [[c.name, s.title, "" if c.assessment is None else str(c.assessment), c.marks,
                 c.spoken, c.answer] for s in self.sections for c in s.cards]


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


def spoken(card: Card) -> str:
    return "never" if card.days_since is None else f"{card.days_since} d"


def marks(card: Card) -> str:
    out = [m for m, on in (("L", card.leader), ("S", card.steward)) if on]
    if card.is_point_person:
        out.append(f"P{card.covers}")
    return " ".join(out)


def unit_summary(figures: Any, test_name: str = "", test: Any = None) -> str:
    """One unit's figures in a line: headcount, density, coverage, the test's share."""
    head = "headcount ?" if figures.headcount is None else f"headcount {figures.headcount}"
    parts = [head, f"{figures.members} members ({percent(figures.density)})",
             f"{figures.people - figures.members} non-members",
             f"{figures.covered} with a point person ({percent(figures.coverage)})"]
    if test is not None:
        target = "" if test.target is None else f" of {test.target} needed"
        parts.append(f"{test_name}: {test.yes} yes{target} ({percent(test.share)})")
    return " · ".join(parts)


def _card(card: Card) -> ChartCard:
    return ChartCard(card.name, card.assessment, card.member, marks(card), spoken(card),
                     card.stale, card.point_person_id is None,
                     ANSWER_MARKS.get(card.answer or "", ""))


def chart_doc(branch: Branch, workplace_id: str, action_id: str | None = None,
              today: dt.date | None = None) -> ChartDoc:
    """The wall chart of a workplace: a section per unit (sub-units after their unit),
    a card per person, the chosen structure test's answers on the cards."""
    chart = branch.wall_chart(workplace_id, action_id, today)
    place = chart.workplace
    test_name = branch.get_action(action_id).name if action_id else ""
    by_unit = chart.cards_by_unit()
    sections = []
    for unit in place.units:
        test = unit.tests[0] if unit.tests else None
        sections.append(ChartSection(unit.unit.path, unit.unit.level,
                                     unit_summary(unit.figures, test_name, test),
                                     [_card(c) for c in by_unit.get(unit.unit.id, [])]))
    if by_unit.get(None):
        sections.append(ChartSection("Not in a unit", 1, unit_summary(place.unplaced),
                                     [_card(c) for c in by_unit[None]]))
    total = place.tests[0] if place.tests else None
    subtitle = unit_summary(place.figures, test_name, total)
    legend = ["Colour: assessment 5 (green) to 0 (red); white, dashed: not assessed",
              "Solid border: member · thin border: not a member",
              "L leader · S steward · P3 point person for 3 people",
              "Red “no point person” · bold red age: no conversation in 90 days"]
    return ChartDoc(f"Wall chart: {place.name}", branch.name, chart.as_of, subtitle,
                    sections, legend)


def point_list_doc(branch: Branch, point_person_id: str) -> TableDoc:
    """A point person's people with their phones, to take round."""
    name = branch.get_member(point_person_id).display_name
    rows = [[c.name, c.workplace or "", c.unit or "", (c.status or "").replace("_", " "),
             ", ".join(format_phone(p, branch.region) for p in c.phones[:2]),
             c.last_spoken or "never", ""]
            for c in branch.my_people(point_person_id)]
    return TableDoc("point-people", f"People for {name} to keep in touch with", branch.name,
                    dt.date.today().isoformat(),
                    ["Name", "Workplace", "Unit", "Status", "Phone", "Last spoken", "Notes"],
                    [2.6, 2.0, 1.8, 1.2, 2.4, 1.4, 2.6], rows,
                    f"{len(rows)} people · point person {name}", tall_rows=True)


# -- rows for spreadsheets -----------------------------------------------------------
CHART_COLUMNS = ["workplace", "unit", "name", "status", "member", "assessment", "leader",
                 "steward", "point_person_for", "point_person", "last_conversation",
                 "days_since_conversation", "answer"]
RESULT_COLUMNS = ["workplace", "unit", "level", "headcount", "yes", "no", "asked_undecided",
                  "asked", "share", "target_share", "target", "reached"]


def chart_rows(chart: Chart) -> list[list[Any]]:
    """The chart as rows: a person each, in unit order."""
    paths = {u.unit.id: u.unit.path for u in chart.workplace.units}
    order = {unit_id: n for n, unit_id in enumerate(paths)}
    cards = sorted(chart.cards, key=lambda c: (order.get(c.unit_id or "", len(order)),
                                               c.name.casefold(), c.id))
    return [[chart.workplace.name, paths.get(c.unit_id or ""), c.name, c.status,
             "yes" if c.member else "no", c.assessment, "yes" if c.leader else "no",
             "yes" if c.steward else "no", c.covers, c.point_person, c.last_spoken,
             c.days_since, c.answer] for c in cards]


def result_rows(branch: Branch, action_id: str) -> list[list[Any]]:
    """A structure test's results: a row per workplace, then one per unit in it."""
    progress = branch.action_progress(action_id)
    rows: list[list[Any]] = []

    def row(place: str, unit: str | None, level: int | None, share: Any) -> list[Any]:
        return [place, unit, level, share.of, share.yes, share.no, share.undecided,
                share.asked, None if share.share is None else round(share.share, 4),
                share.target_share, share.target,
                None if share.reached is None else ("yes" if share.reached else "no")]

    for _wid, name, total, units in progress.workplaces:
        rows.append(row(name, None, None, total))
        rows += [row(name, unit.path, unit.level, share) for unit, share in units]
    return rows


__all__ = ["CHART_COLUMNS", "RESULT_COLUMNS", "ChartCard", "ChartDoc", "ChartSection",
           "UnitFigures", "chart_doc", "chart_rows", "point_list_doc", "result_rows"]
