"""Organising's queries: a workplace's units, its figures (headcount, density, coverage,
structure-test shares per unit), the wall chart, and density across the branch now and
on an earlier date. A mixin of :class:`sync.records.Branch`; it reads ``self.conn``,
``self.grace_days``, ``self.point_ratio`` and the member list's ``status_sql``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace as dc_replace
from typing import Any

from ..errors import UnknownId
from ..store.vault import db_errors
from . import organising_figures as of
from .organising_history import end_of_day, fingerprint, state_at
from .organising_types import (
    LEADER_TAGS,
    STEWARD_TAGS,
    ActionShare,
    Card,
    Chart,
    Density,
    Figures,
    Unit,
    UnitFigures,
    WorkplaceFigures,
)
from .types import MEMBER_STATUSES

UNIT_COLUMNS = "id, workplace_id, name, parent_id, kind, headcount, counted_on, deleted"
PERSON_COLUMNS = ("m.id, m.unit_id, m.status, m.status_override, m.override_until, "
                  "m.dues_paid_until, m.assessment, m.point_person_id")
def live(alias: str = "") -> str:
    """SQL: the person (the member row ``alias``) is on record: not deleted, not dead."""
    a = f"{alias}." if alias else ""
    return f"{a}deleted = 0 AND coalesce({a}status, '') != 'deceased'"


#: a point person counts while on record
LIVE = live()


def _unit(row: Sequence[Any]) -> Unit:
    return Unit(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                deleted=bool(row[7]))


def chunks(ids: Sequence[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


class OrganisingQueries:
    """Units, figures, density and the wall chart."""

    # -- units -----------------------------------------------------------------------
    def units_of(self, workplace_id: str) -> of.Tree:
        """The workplace's units on record, as a tree (chart order, levels, paths)."""
        with db_errors():
            rows = self.conn.execute(
                f"SELECT {UNIT_COLUMNS} FROM unit WHERE workplace_id = ? AND deleted = 0",  # noqa: S608
                (workplace_id,)).fetchall()
        return of.Tree(_unit(r) for r in rows)

    def list_units(self, workplace_id: str) -> list[Unit]:
        """The workplace's units in chart order (each after the unit it is in)."""
        return self.units_of(workplace_id).ordered()

    def get_unit(self, unit_id: str) -> Unit:
        with db_errors():
            row = self.conn.execute(f"SELECT {UNIT_COLUMNS} FROM unit WHERE id = ?",  # noqa: S608
                                    (unit_id,)).fetchone()
        if row is None:
            raise UnknownId(f"There is no unit with id {unit_id}.")
        unit = _unit(row)
        for placed in self.units_of(unit.workplace_id).ordered():
            if placed.id == unit_id:
                return placed
        return unit

    def resolve_unit(self, ref: str, workplace_id: str | None = None) -> str:
        """A unit by id, id prefix, name or path ("Drivers › Nights"; "/" or ">" work
        too), within a workplace when given."""
        ref = ref.strip()
        with db_errors():
            if self.conn.execute("SELECT 1 FROM unit WHERE id = ?", (ref,)).fetchone():
                return ref
        key = " › ".join(p.strip() for p in ref.replace(">", "/").replace("›", "/")
                         .split("/") if p.strip()).casefold()
        hits = set()
        where = "deleted = 0" + (" AND workplace_id = ?" if workplace_id else "")
        with db_errors():
            places = [r[0] for r in self.conn.execute(
                f"SELECT DISTINCT workplace_id FROM unit WHERE {where}",  # noqa: S608
                (workplace_id,) if workplace_id else ())]
            if len(ref) >= 6:
                hits.update(r[0] for r in self.conn.execute(
                    f"SELECT id FROM unit WHERE {where} AND id LIKE ?",  # noqa: S608
                    (*((workplace_id,) if workplace_id else ()), ref.lower() + "%")))
        for place in places:
            for unit in self.list_units(place):
                if key in (unit.path.casefold(), unit.name.casefold()):
                    hits.add(unit.id)
        if len(hits) == 1:
            return hits.pop()
        if hits:
            raise UnknownId(f"More than one unit is called {ref!r}; give its workplace, its "
                            "path (\"Drivers › Nights\") or more of its id.")
        raise UnknownId(f"There is no unit {ref!r}" + (" in that workplace." if workplace_id
                                                         else "."))

    # -- people ----------------------------------------------------------------------
    def live_people(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` who are on record (not deleted, not deceased)."""
        wanted = sorted({i for i in ids if i})
        found: set[str] = set()
        with db_errors():
            for chunk in chunks(wanted):
                marks = ", ".join("?" * len(chunk))
                # a unary + stops SQLite walking the name index for deleted = 0
                # and testing each of 50,000 entries: the ids are looked up instead
                found.update(r[0] for r in self.conn.execute(
                    f"SELECT id FROM member WHERE id IN ({marks}) AND +{LIVE}",  # noqa: S608
                    chunk))
        return found

    def _tallies(self, workplace_id: str, day: dt.date) -> list[of.Tally]:
        """Everyone on record in a workplace, one tally each."""
        with db_errors():
            rows = self.conn.execute(
                f"SELECT {PERSON_COLUMNS} FROM member m "  # noqa: S608
                "WHERE m.workplace_id = ? AND m.deleted = 0", (workplace_id,)).fetchall()
        live = self.live_people(r[7] for r in rows)
        grace = self.grace_days
        out = []
        for r in rows:
            status = of.effective_status(r[2], r[3], r[4], r[5], day, grace)
            if status in of.GONE_STATUSES:
                continue
            out.append(of.person(r[0], r[1], status, r[6], r[7] if r[7] in live else None))
        return out

    # -- figures ---------------------------------------------------------------------
    def workplace_figures(self, workplace_id: str, action_ids: Sequence[str] | None = None,
                          today: dt.date | None = None) -> WorkplaceFigures:
        """A workplace's units with headcount, density, coverage and each structure test's
        share (every test of the branch or this workplace, unless ``action_ids``)."""
        day = today or dt.date.today()
        place = self.get_workplace(workplace_id)
        tree = self.units_of(workplace_id)
        tallies = self._tallies(workplace_id, day)
        counted = of.count(tree, place.headcount, tallies)
        out = WorkplaceFigures(place.id, place.name, place.employer, counted.total,
                               [UnitFigures(u, counted.units[u.id]) for u in tree.ordered()],
                               unplaced=counted.unplaced, point_ratio=self.point_ratio,
                               own_headcount=place.headcount, counted_on=place.counted_on)
        if action_ids is None:
            action_ids = [a.id for a in self.list_actions()
                          if a.workplace_id in (None, workplace_id)]
        by_unit = {u.unit.id: u for u in out.units}
        for action_id in action_ids:
            action = self.get_action(action_id)
            total, units = of.shares(tree, counted, tallies, self.answers(action_id),
                                     action_id, action.target_share)
            out.tests.append(total)
            for unit_id, share in units.items():
                by_unit[unit_id].tests.append(share)
        return out

    def answers(self, action_id: str) -> dict[str, str]:
        """Each person's answer to a structure test."""
        with db_errors():
            return dict(self.conn.execute(
                "SELECT member_id, answer FROM response WHERE action_id = ? AND deleted = 0 "
                "AND answer IS NOT NULL", (action_id,)).fetchall())

    def density(self, since: str | dt.date | None = None, today: dt.date | None = None,
                ) -> tuple[list[Density], Density]:
        """Every workplace's density (members ÷ headcount), and the branch's over the
        workplaces with a headcount; with ``since``, also as they were at the end of that
        day (from the history the change sets keep: :mod:`.organising_history`)."""
        day = today or dt.date.today()
        with db_errors():
            places = self.conn.execute(
                "SELECT id, name, employer, sector, headcount FROM workplace "
                "WHERE deleted = 0 ORDER BY name COLLATE NOCASE").fetchall()
        now = self._figures_now(day, {r[0]: r[4] for r in places})
        then = None
        since_text = None
        if since is not None:
            since_day = since if isinstance(since, dt.date) else dt.date.fromisoformat(since)
            since_text = since_day.isoformat()
            then = self._past(since_day)
        out = []
        for wid, name, employer, sector, _headcount in places:
            before = None if then is None else then.get(wid, Figures())
            out.append(Density(wid, name, employer, sector, now[wid], before, since_text))
        return out, Density("", self.name, None, None, _branch_total(d.now for d in out),
                            None if then is None else _branch_total(
                                d.then for d in out if d.then is not None), since_text)

    def _past(self, day: dt.date) -> dict[str, Figures]:
        """:func:`state_at`, remembered while nothing before that day changes."""
        key = (day, self.grace_days, fingerprint(self.conn, end_of_day(day)))
        memo: dict = self.__dict__.setdefault("_past_figures", {})
        if key not in memo:
            if len(memo) > 8:
                memo.clear()
            memo[key] = state_at(self, day)
        return {wid: dc_replace(f) for wid, f in memo[key].items()}

    def _figures_now(self, day: dt.date, heads: dict[str, int | None],
                     ) -> dict[str, Figures]:
        """The figures of each workplace of ``heads`` (their own headcounts, by id),
        from one scan of the member table grouped by workplace, status and point person
        (no row per person reaches Python)."""
        with db_errors():
            rows = self.conn.execute(
                f"SELECT m.workplace_id, {self.status_sql()} AS s, m.point_person_id, "  # noqa: S608
                "count(*), count(m.assessment) FROM member m "
                # a unary + keeps SQLite on the table, read in order, not the name index
                "WHERE +m.deleted = 0 AND m.workplace_id > '' "
                "GROUP BY m.workplace_id, s, m.point_person_id",
                self.status_params(day)).fetchall()
            units = self.conn.execute(
                "SELECT id, workplace_id, name, parent_id, headcount FROM unit "
                "WHERE deleted = 0").fetchall()
        live = self.live_people(r[2] for r in rows)
        return of.count_workplaces(heads, [Unit(*u[:4], headcount=u[4]) for u in units], (
            (wid, of.Tally(None, n, n if s in MEMBER_STATUSES else 0, assessed,
                           n if point in live else 0, point if point in live else None))
            for wid, s, point, n, assessed in rows if s not in of.GONE_STATUSES))

    # -- the wall chart --------------------------------------------------------------
    def wall_chart(self, workplace_id: str, action_id: str | None = None,
                   today: dt.date | None = None) -> Chart:
        """Everything the wall chart of a workplace draws: its units and figures, and a
        card per person (colour, marks, last conversation, the chosen test's answer)."""
        day = today or dt.date.today()
        figures = self.workplace_figures(workplace_id, [action_id] if action_id else [], day)
        conn = self.conn
        with db_errors():
            rows = conn.execute(
                "SELECT m.id, m.first_name, m.last_name, m.preferred_name, m.unit_id, "
                f"{self.status_sql()}, m.assessment, m.point_person_id FROM member m "  # noqa: S608
                "WHERE m.workplace_id = ? AND m.deleted = 0",
                [*self.status_params(day), workplace_id]).fetchall()
            marks: dict[str, set[str]] = {}
            for member, tag in conn.execute(
                    "SELECT t.member_id, lower(t.tag) FROM member_tag t JOIN member m "
                    "ON m.id = t.member_id WHERE m.workplace_id = ? AND m.deleted = 0 "
                    "AND t.deleted = 0", (workplace_id,)):
                marks.setdefault(member, set()).add(tag)
            spoken = dict(conn.execute(
                "SELECT n.member_id, max(n.date) FROM member m JOIN note n "
                "ON n.member_id = m.id WHERE m.workplace_id = ? AND m.deleted = 0 "
                "AND n.deleted = 0 GROUP BY n.member_id", (workplace_id,)).fetchall())
            covers = dict(conn.execute(  # for this workplace's people only
                "SELECT point_person_id, count(*) FROM member WHERE deleted = 0 "
                "AND point_person_id IN (SELECT id FROM member WHERE workplace_id = ?) "
                "GROUP BY point_person_id", (workplace_id,)).fetchall())
        live = self.live_people(r[7] for r in rows)
        names = self.names_of(live)
        answers = self.answers(action_id) if action_id else {}
        cards = []
        for r in rows:
            if r[5] in of.GONE_STATUSES:
                continue
            tags = marks.get(r[0], set())
            last = spoken.get(r[0])
            point = r[7] if r[7] in live else None
            cards.append(Card(
                r[0], _short_name(r[1], r[2], r[3]), r[4] if r[4] in figures_units(figures)
                else None, r[5] in MEMBER_STATUSES, r[5], r[6], point,
                names.get(point) if point else None, covers.get(r[0], 0),
                bool(tags & set(LEADER_TAGS)), bool(tags & set(STEWARD_TAGS)), last,
                (day - dt.date.fromisoformat(last)).days if last else None,
                answers.get(r[0])))
        cards.sort(key=lambda c: (c.name.casefold(), c.id))
        return Chart(figures, cards, action_id, day.isoformat())

    def names_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Display names of people by id."""
        out: dict[str, str] = {}
        with db_errors():
            for chunk in chunks(sorted(set(ids))):
                marks = ", ".join("?" * len(chunk))
                for r in self.conn.execute(
                        "SELECT id, first_name, last_name, preferred_name FROM member "  # noqa: S608
                        f"WHERE id IN ({marks})", chunk):
                    out[r[0]] = _short_name(r[1], r[2], r[3])
        return out


def figures_units(figures: WorkplaceFigures) -> set[str]:
    return {u.unit.id for u in figures.units}


def _short_name(first: str | None, last: str | None, preferred: str | None) -> str:
    return " ".join(x for x in (preferred or first, last) if x) or "(no name)"


def _branch_total(figures: Iterable[Figures]) -> Figures:
    """The branch's figures: those of its workplaces with a headcount (density is only
    known there), added up."""
    total = Figures()
    for f in figures:
        if f.headcount:
            total.headcount = (total.headcount or 0) + f.headcount
            total.add(f)
    return total


__all__ = ["ActionShare", "OrganisingQueries"]
