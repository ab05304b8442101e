"""Organising's other queries: point people and the people they look after, the
uncovered list, structure tests and their progress, relationships. A mixin of
:class:`sync.records.Branch` (with :class:`~.organising_queries.OrganisingQueries`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from ..errors import UnknownId
from ..store.vault import db_errors
from .organising_queries import LIVE, chunks, live
from .organising_types import (
    SYMMETRIC_KINDS,
    Action,
    ActionProgress,
    ActionShare,
    Contact,
    Relationship,
)

ACTION_COLUMNS = ("a.id, a.name, a.kind, a.target_share, a.campaign_id, c.name, "
                  "a.workplace_id, w.name, a.starts_on, a.deadline, a.notes")
CONTACT_SQL = (
    "SELECT m.id, trim(coalesce(m.preferred_name, m.first_name, '') || ' ' || "
    "coalesce(m.last_name, '')), w.name, u.name, m.status, m.assessment, m.phones, "
    "(SELECT max(n.date) FROM note n WHERE n.member_id = m.id AND n.deleted = 0), "
    "m.point_person_id FROM member m LEFT JOIN workplace w ON w.id = m.workplace_id "
    "LEFT JOIN unit u ON u.id = m.unit_id AND u.deleted = 0 "
)
CONTACT_ORDER = " ORDER BY w.name COLLATE NOCASE, u.name COLLATE NOCASE, " \
                "m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, m.id"


def _contact(row: Sequence[Any]) -> Contact:
    return Contact(row[0], row[1] or "(no name)", row[2], row[3], row[4], row[5],
                   json.loads(row[6]) if row[6] else [], row[7], row[8])


def _named(contacts: list[Contact], names: dict[str, str]) -> list[Contact]:
    """Their point people's names filled in (a point person no longer on record is
    none)."""
    for contact in contacts:
        contact.point_person = names.get(contact.point_person_id or "")
        if contact.point_person is None:
            contact.point_person_id = None
    return contacts


class OrganisingPeople:
    """Point people, structure tests, relationships."""

    # -- point people ----------------------------------------------------------------
    def my_people(self, point_person_id: str) -> list[Contact]:
        """The people a point person looks after (their list, with phones)."""
        with db_errors():
            rows = self.conn.execute(
                CONTACT_SQL + f"WHERE m.point_person_id = ? AND {live('m')}"  # noqa: S608
                + CONTACT_ORDER, (point_person_id,)).fetchall()
        return _named([_contact(r) for r in rows], self.names_of(
            self.live_people([point_person_id])))

    def point_people(self, workplace_id: str | None = None) -> list[tuple[Contact, int]]:
        """Everyone who is a point person (of people in ``workplace_id`` when given),
        with how many people they look after, most first."""
        where = "" if workplace_id is None else " AND workplace_id = ?"
        with db_errors():
            counts = dict(self.conn.execute(
                "SELECT point_person_id, count(*) FROM member WHERE "  # noqa: S608
                f"{LIVE} AND point_person_id > ''{where} GROUP BY point_person_id",
                () if workplace_id is None else (workplace_id,)).fetchall())
        contacts = self.contacts(list(counts))
        return sorted(((c, counts[c.id]) for c in contacts),
                      key=lambda item: (-item[1], item[0].name.casefold(), item[0].id))

    def contacts(self, ids: Sequence[str]) -> list[Contact]:
        """People on record among ``ids``, as contacts."""
        out = []
        with db_errors():
            for chunk in chunks(sorted(set(ids))):
                marks = ", ".join("?" * len(chunk))
                out += [_contact(r) for r in self.conn.execute(
                    CONTACT_SQL + f"WHERE {live('m')} AND m.id IN ({marks})"  # noqa: S608
                    + CONTACT_ORDER, chunk)]
        return _named(out, self.names_of(self.live_people(c.point_person_id for c in out)))

    def uncovered(self, workplace_id: str | None = None,
                  unit_id: str | None = None) -> list[Contact]:
        """People with no point person on record (in a workplace or unit when given)."""
        where = [f"{live('m')}", "(m.point_person_id IS NULL OR m.point_person_id NOT IN "
                 f"(SELECT id FROM member WHERE {LIVE}))"]
        params: list[Any] = []
        if workplace_id:
            where.append("m.workplace_id = ?")
            params.append(workplace_id)
        else:
            where.append("m.workplace_id > ''")
        if unit_id:
            tree = self.units_of(self.get_unit(unit_id).workplace_id)
            ids = [u for u in tree.order if unit_id in tree.ancestors(u)] or [unit_id]
            where.append(f"m.unit_id IN ({', '.join('?' * len(ids))})")
            params += ids
        with db_errors():
            rows = self.conn.execute(
                CONTACT_SQL + "WHERE " + " AND ".join(where) + CONTACT_ORDER,  # noqa: S608
                params).fetchall()
        return _named([_contact(r) for r in rows], {})

    # -- structure tests -------------------------------------------------------------
    def list_actions(self, include_deleted: bool = False) -> list[Action]:
        """Every structure test, as a sequence: oldest first (a campaign's escalation)."""
        return self._actions("" if include_deleted else "WHERE a.deleted = 0 ", ())

    def _actions(self, where: str, params: Sequence[Any]) -> list[Action]:
        with db_errors():
            rows = self.conn.execute(
                f"SELECT {ACTION_COLUMNS}, a.deleted, "  # noqa: S608
                "(SELECT count(*) FROM response r JOIN member m ON m.id = r.member_id "
                f"WHERE r.action_id = a.id AND r.deleted = 0 AND {live('m')} "
                "AND r.answer = 'yes'), "
                "(SELECT count(*) FROM response r JOIN member m ON m.id = r.member_id "
                f"WHERE r.action_id = a.id AND r.deleted = 0 AND {live('m')} "
                "AND r.answer IN ('yes', 'no', 'asked_undecided')) "
                "FROM action a LEFT JOIN campaign c ON c.id = a.campaign_id "
                f"LEFT JOIN workplace w ON w.id = a.workplace_id {where}"
                "ORDER BY a.starts_on, a.deadline, a.name COLLATE NOCASE, a.id",
                tuple(params)).fetchall()
        return [Action(*r[:11], yes=r[12], asked=r[13], deleted=bool(r[11])) for r in rows]

    def get_action(self, action_id: str) -> Action:
        found = self._actions("WHERE a.id = ? ", (action_id,))
        if not found:
            raise UnknownId(f"There is no structure test with id {action_id}.")
        return found[0]

    def resolve_action(self, ref: str) -> str:
        """A structure test by id, id prefix (6+) or exact name."""
        ref = ref.strip()
        actions = self.list_actions()
        hits = [a.id for a in actions if a.id == ref] or \
            [a.id for a in actions if len(ref) >= 6 and a.id.startswith(ref.lower())] or \
            [a.id for a in actions if a.name.casefold() == ref.casefold()]
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise UnknownId(f"More than one structure test matches {ref!r}; give its id.")
        raise UnknownId(f"There is no structure test {ref!r}.")

    def action_progress(self, action_id: str, today: dt.date | None = None) -> ActionProgress:
        """A structure test per workplace and per unit against its threshold, and the
        branch-wide picture (over the workplaces it reaches)."""
        action = self.get_action(action_id)
        places = [w for w in self.list_workplaces()
                  if action.workplace_id in (None, w.id)]
        branch = ActionShare(action_id, of=0, target_share=action.target_share)
        out = []
        for place in places:
            figures = self.workplace_figures(place.id, [action_id], today)
            total = figures.tests[0]
            if not total.asked and not figures.figures.people and not figures.units:
                continue
            out.append((place.id, place.name, total,
                        [(u.unit, u.tests[0]) for u in figures.units]))
            branch.add(total)
            branch.of = (branch.of or 0) + (total.of or 0)
        branch.of = branch.of or None
        return ActionProgress(action, branch, out)

    def action_responses(self, action_id: str) -> list[dict[str, Any]]:
        """Each person asked in a structure test (for the results export)."""
        with db_errors():
            rows = self.conn.execute(
                "SELECT m.id, trim(coalesce(m.preferred_name, m.first_name, '') || ' ' || "
                "coalesce(m.last_name, '')), w.name, u.name, m.status, r.answer "
                "FROM response r JOIN member m ON m.id = r.member_id AND m.deleted = 0 "
                "LEFT JOIN workplace w ON w.id = m.workplace_id "
                "LEFT JOIN unit u ON u.id = m.unit_id AND u.deleted = 0 "
                "WHERE r.action_id = ? AND r.deleted = 0 ORDER BY w.name COLLATE NOCASE, "
                "u.name COLLATE NOCASE, m.last_name COLLATE NOCASE, m.id",
                (action_id,)).fetchall()
        return [{"id": r[0], "name": r[1], "workplace": r[2], "unit": r[3], "status": r[4],
                 "answer": r[5]} for r in rows]

    # -- relationships ---------------------------------------------------------------
    def relationships(self, member_id: str) -> list[Relationship]:
        """The person's relationships with people on record (a pair whose other half is
        gone — the other person erased — is not shown)."""
        with db_errors():
            rows = self.conn.execute(
                "SELECT a.pair_id, a.kind, a.side, b.member_id, trim(coalesce("
                "m.preferred_name, m.first_name, '') || ' ' || coalesce(m.last_name, '')) "
                "FROM relation a JOIN relation b ON b.pair_id = a.pair_id AND b.id != a.id "
                "AND b.deleted = 0 JOIN member m ON m.id = b.member_id AND m.deleted = 0 "
                "WHERE a.member_id = ? AND a.deleted = 0 AND b.member_id != a.member_id "
                "ORDER BY a.kind, m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE",
                (member_id,)).fetchall()
        seen: set[tuple[str, str, str]] = set()
        out = []
        for pair, kind, side, other, name in rows:
            direction = "both" if kind in SYMMETRIC_KINDS else side
            key = (kind, other, direction)
            if key in seen:  # the same link made twice (two laptops): shown once
                continue
            seen.add(key)
            out.append(Relationship(pair, kind, other, name or "(no name)", direction))
        return out

    # -- naming a row -----------------------------------------------------------------
    def describe_row(self, table: str, row: str) -> str:
        """An organising row as a person reads it (for a conflict on it): a unit's path,
        a test's name, whose answer to which test, whose relationship; "" if unknown."""
        with db_errors():
            if table == "unit":
                found = self.conn.execute("SELECT workplace_id FROM unit WHERE id = ?",
                                          (row,)).fetchone()
                units = self.list_units(found[0]) if found else []
                return next((u.path for u in units if u.id == row), "")
            if table == "action":
                found = self.conn.execute("SELECT name FROM action WHERE id = ?",
                                          (row,)).fetchone()
                return found[0] if found else ""
            if table in ("response", "relation"):
                column = "action_id" if table == "response" else "kind"
                found = self.conn.execute(
                    f"SELECT member_id, {column} FROM {table} WHERE id = ?",  # noqa: S608
                    (row,)).fetchone()
                if not found:
                    return ""
                name = self.names_of([found[0]]).get(found[0], "")
                if table == "relation":
                    return f"{name}: {str(found[1] or '').replace('_', ' ')}"
                test = self.conn.execute("SELECT name FROM action WHERE id = ?",
                                         (found[1],)).fetchone()
                return f"{name}: {test[0] if test else ''}"
        return ""
