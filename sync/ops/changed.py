"""What an operation changed, so each view refreshes only what it shows.

Anki's ``OpChanges``: every operation returns a :class:`Changes` naming the *areas* it
touched (members, meetings, the roster, conflicts, …) and, where it knows them and they
are few, the ids of the members touched. A view that shows none of those areas keeps
what it has.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Area(enum.StrEnum):
    """A part of the branch's data (or of this laptop's own state) a view may show."""

    MEMBERS = "members"            # members, their tags and consents
    WORKPLACES = "workplaces"
    CAMPAIGNS = "campaigns"
    NOTES = "notes"                # conversations
    TASKS = "tasks"
    MEETINGS = "meetings"          # meetings and attendance
    ORGANISING = "organising"      # units, headcounts, structure tests, relationships
    BRANCH = "branch"              # the branch's name and settings
    ROSTER = "roster"              # devices, roles, revocations
    KEYS = "keys"                  # branch keys (epochs)
    CONFLICTS = "conflicts"
    SAVED_SEARCHES = "saved_searches"
    EXPORT_LOG = "export_log"
    VAULT = "vault"                # the passphrase, key profile, backups


#: the area each replicated table belongs to
TABLE_AREAS: dict[str, Area] = {
    "member": Area.MEMBERS, "member_tag": Area.MEMBERS, "consent": Area.MEMBERS,
    "workplace": Area.WORKPLACES, "campaign": Area.CAMPAIGNS, "note": Area.NOTES,
    "task": Area.TASKS, "meeting": Area.MEETINGS, "attendance": Area.MEETINGS,
    "branch": Area.BRANCH, "device": Area.ROSTER, "key_envelope": Area.KEYS,
    "unit": Area.ORGANISING, "action": Area.ORGANISING, "response": Area.ORGANISING,
    "relation": Area.ORGANISING,
}

#: every area replicated data can reach (a sync may bring any of them)
DATA_AREAS = frozenset({*TABLE_AREAS.values(), Area.CONFLICTS})


@dataclass(frozen=True)
class Changes:
    """The areas an operation changed.

    ``members`` names the members touched when the operation knows them; it is None
    when any member may have changed (a sync, an import), and empty when the members
    area was not touched.
    """

    areas: frozenset[Area] = frozenset()
    members: frozenset[str] | None = frozenset()

    @classmethod
    def of(cls, *areas: Area, members: Iterable[str] | None = None) -> Changes:
        touched = frozenset(areas)
        if Area.MEMBERS not in touched:
            return cls(touched)
        return cls(touched, None if members is None else frozenset(members))

    @classmethod
    def of_tables(cls, tables: Iterable[str], members: Iterable[str] | None = None,
                  ) -> Changes:
        """The areas of the replicated ``tables`` a write touched (and the conflicts
        it may have settled or raised)."""
        areas = {TABLE_AREAS[t] for t in tables if t in TABLE_AREAS}
        return cls.of(*areas, *([Area.CONFLICTS] if areas else []), members=members)

    @classmethod
    def all_data(cls) -> Changes:
        """Anything replicated may have changed (a sync that applied change sets)."""
        return cls(DATA_AREAS, None)

    def __bool__(self) -> bool:
        return bool(self.areas)

    def __or__(self, other: Changes) -> Changes:
        members = None if self.members is None or other.members is None else (
            self.members | other.members)
        return Changes(self.areas | other.areas, members)

    def touches(self, *areas: Area) -> bool:
        return bool(self.areas.intersection(areas))


NOTHING = Changes()
