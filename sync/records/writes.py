"""Single writes: each call is one signed change set, validated by the batch write API.

Every method here is a :class:`~sync.records.batch.Batch` of one (``chunk=None``), so a
member added by hand, by an import or by the demo is validated by the same code and
gets the same defaults. A mixin of :class:`sync.records.Branch`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import ValidationError
from .batch import DEFAULT_CHUNK, Batch, Progress
from .country import FieldWarning
from .organising_batch import erase_links, links_to
from .types import MemberQuery
from .validation import clean_member_fields, clean_text


class Writes:
    """Adding, changing, deleting and erasing records (one change set per call)."""

    def batch(self, chunk: int | None = DEFAULT_CHUNK, progress: Progress | None = None,
              total: int | None = None) -> Batch:
        """Many writes in change sets of about ``chunk`` rows (see :mod:`.batch`)."""
        return Batch(self, chunk, progress, total)  # type: ignore[arg-type]

    def _one(self) -> Batch:
        return Batch(self, None)  # type: ignore[arg-type]

    # members ----------------------------------------------------------------------------
    def check_member(self, **fields: Any) -> list[FieldWarning]:
        """Validate member fields as a save would, writing nothing: raises what a save
        would raise, returns the warnings a save would give (phones kept as typed)."""
        warnings: list[FieldWarning] = []
        clean_member_fields(fields, self.region, warnings)
        return warnings

    def add_member(self, *, tags: Iterable[str] = (), **fields: Any) -> str:
        with self._one() as batch:
            return batch.add_member(fields, tags=tags)

    def update_member(self, member_id: str, **fields: Any) -> None:
        with self._one() as batch:
            batch.update_member(member_id, fields)

    def delete_member(self, member_id: str) -> None:
        with self._one() as batch:
            batch.delete("member", member_id)

    def restore_member(self, member_id: str) -> None:
        with self._one() as batch:
            batch.delete("member", member_id, deleted=False)

    def erase_member(self, member_id: str) -> list[str]:
        """GDPR erasure: the member and every record about them, on every replica.

        Records merged into this member (kept deleted, marked ``custom.merged_into``,
        at any depth) hold the same person's old details, so they are erased too, in
        the same change set. Returns every erased member id.
        """
        self._exists("member", member_id, "member")
        erased, todo = [member_id], [member_id]
        while todo:
            into = todo.pop()
            for (merged,) in self.conn.execute(
                "SELECT id FROM member WHERE json_extract(custom, '$.merged_into') = ?",
                (into,),
            ):
                if merged not in erased:
                    erased.append(merged)
                    todo.append(merged)
        with self._one() as batch:
            links = links_to(batch, erased)  # their relationships, whom they are point for
            for row in erased:
                batch.erase("member", row)
            batch.commit()  # the erasure on its own: every laptop of the branch reads it
            erase_links(batch, links)
        return erased

    def set_tags(self, member_id: str, tags: Iterable[str]) -> None:
        with self._one() as batch:
            batch.set_tags(member_id, tags)

    def add_tag(self, member_id: str, tag: str) -> None:
        with self._one() as batch:
            batch.add_tags(member_id, [tag])

    def remove_tag(self, member_id: str, tag: str) -> None:
        self.set_tags(member_id, [t for t in self.member_tags(member_id)
                                  if t.lower() != tag.strip().lower()])

    def add_consent(self, member_id: str, kind: str, granted: bool = True,
                    recorded_on: str | None = None, source: str | None = None) -> str:
        with self._one() as batch:
            return batch.add_consent(member_id, kind, granted, recorded_on, source)

    # workplaces, campaigns ----------------------------------------------------------------
    def add_workplace(self, name: str, **fields: Any) -> str:
        with self._one() as batch:
            return batch.add_workplace(name, **fields)

    def update_workplace(self, workplace_id: str, **fields: Any) -> None:
        with self._one() as batch:
            batch.update_workplace(workplace_id, **fields)

    def add_campaign(self, name: str, **fields: Any) -> str:
        with self._one() as batch:
            return batch.add_campaign(name, **fields)

    def update_campaign(self, campaign_id: str, **fields: Any) -> None:
        with self._one() as batch:
            batch.update_campaign(campaign_id, **fields)

    # notes, tasks, meetings -------------------------------------------------------------
    def add_note(self, text: str, member_id: str | None = None,
                 campaign_id: str | None = None, date: str | None = None,
                 method: str | None = None, outcome: str | None = None,
                 follow_up_on: str | None = None) -> str:
        with self._one() as batch:
            return batch.add_note(text, member_id, campaign_id, date, method, outcome,
                                  follow_up_on)

    def add_task(self, title: str, due_on: str | None = None, member_id: str | None = None,
                 campaign_id: str | None = None, assignee: str | None = None) -> str:
        with self._one() as batch:
            return batch.add_task(title, due_on, member_id, campaign_id, assignee)

    def assign_task(self, task_id: str, assignee: str | None) -> None:
        with self._one() as batch:
            batch.assign_task(task_id, assignee)

    def complete_task(self, task_id: str, done: bool = True) -> None:
        with self._one() as batch:
            batch.complete_task(task_id, done)

    def add_meeting(self, title: str, date: str | None = None, location: str | None = None,
                    quorum: int | None = None, notes: str | None = None) -> str:
        with self._one() as batch:
            return batch.add_meeting(title, date, location, quorum, notes)

    def set_attendance(self, meeting_id: str, member_id: str, status: str) -> None:
        with self._one() as batch:
            batch.set_attendance(meeting_id, member_id, status)

    # saved searches (local, not replicated) ---------------------------------------------
    def save_search(self, name: str, query: MemberQuery) -> None:
        label = clean_text(name, "name", 200)
        if not label:
            raise ValidationError("A saved search needs a name.", "name")
        with self.replica.sql_transaction():
            self.conn.execute(
                "INSERT INTO saved_search(name, query) VALUES (?, ?) ON CONFLICT(name) "
                "DO UPDATE SET query = excluded.query", (label, query.to_json()),
            )

    def delete_saved_search(self, name: str) -> None:
        with self.replica.sql_transaction():
            self.conn.execute("DELETE FROM saved_search WHERE name = ?", (name,))
