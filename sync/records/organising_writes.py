"""Organising's single writes: each call is one signed change set (a batch of one of
:mod:`.organising_batch`). A mixin of :class:`sync.records.Branch`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import ValidationError
from . import organising_batch as ob
from .batch import Batch


class OrganisingWrites:
    """Units and headcounts, where people are and who keeps in touch with them, structure
    tests and their responses, relationships."""

    def _organising_batch(self) -> Batch:
        return Batch(self, None)  # type: ignore[arg-type]

    # units and headcounts -----------------------------------------------------------------
    def add_unit(self, workplace_id: str, name: str, parent_id: str | None = None,
                 kind: str | None = None, headcount: Any = None,
                 counted_on: Any = None) -> str:
        with self._organising_batch() as batch:
            return ob.add_unit(batch, workplace_id, name, parent_id, kind, headcount,
                               counted_on)

    def update_unit(self, unit_id: str, **fields: Any) -> None:
        with self._organising_batch() as batch:
            ob.update_unit(batch, unit_id, **fields)

    def delete_unit(self, unit_id: str, deleted: bool = True) -> None:
        with self._organising_batch() as batch:
            ob.delete_unit(batch, unit_id, deleted)

    def set_headcount(self, table: str, row_id: str, headcount: Any,
                      counted_on: Any = None) -> None:
        """The headcount of a unit (``table`` "unit") or a workplace ("workplace")."""
        with self._organising_batch() as batch:
            ob.set_headcount(batch, table, row_id, headcount, counted_on)

    # people ------------------------------------------------------------------------------
    def move_person(self, member_id: str, unit_id: str | None) -> None:
        """Put a person in a unit (and so its workplace), or take them out of any unit."""
        with self._organising_batch() as batch:
            batch.update_member(member_id, {"unit_id": unit_id or None})

    def set_point_person(self, member_id: str, point_person_id: str | None) -> None:
        with self._organising_batch() as batch:
            batch.update_member(member_id, {"point_person_id": point_person_id or None})

    # structure tests ---------------------------------------------------------------------
    def add_action(self, name: str, kind: str, target_share: Any = None,
                   **fields: Any) -> str:
        with self._organising_batch() as batch:
            return ob.add_action(batch, name, kind, target_share, **fields)

    def update_action(self, action_id: str, **fields: Any) -> None:
        with self._organising_batch() as batch:
            ob.update_action(batch, action_id, **fields)

    def delete_action(self, action_id: str, deleted: bool = True) -> None:
        with self._organising_batch() as batch:
            batch.delete("action", action_id, deleted)

    def set_response(self, action_id: str, member_id: str, answer: str) -> str:
        """One person's answer to a structure test; returns it as stored."""
        with self._organising_batch() as batch:
            return ob.set_response(batch, action_id, member_id, answer)

    def set_responses(self, action_id: str, answers: Mapping[str, str]) -> int:
        """Many answers at once (a meeting's sign-in sheet), as one change set."""
        with self._organising_batch() as batch:
            for member_id, answer in answers.items():
                ob.set_response(batch, action_id, member_id, answer)
        return len(answers)

    def responses_from_meeting(self, action_id: str, meeting_id: str,
                               answer: str = "yes") -> int:
        """Everyone marked as attending a meeting answers ``answer`` (those who signed the
        petition on the sign-in sheet, say); returns how many."""
        people = [m for m, _name, status in self.attendance(meeting_id)  # type: ignore[attr-defined]
                  if status == "attended"]
        if not people:
            raise ValidationError("Nobody is marked as attending that meeting yet.",
                                  "meeting")
        return self.set_responses(action_id, dict.fromkeys(people, answer))

    # relationships -----------------------------------------------------------------------
    def add_relation(self, from_id: str, to_id: str, kind: str) -> str:
        """A typed relationship between two people; returns its id."""
        with self._organising_batch() as batch:
            return ob.add_relation(batch, from_id, to_id, kind)

    def remove_relation(self, pair_id: str) -> None:
        with self._organising_batch() as batch:
            ob.remove_relation(batch, pair_id)
