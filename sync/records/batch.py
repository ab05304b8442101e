"""The batch write API: many records, validated like single writes, in bounded change sets.

``with branch.batch(chunk=500, progress=…, total=…) as batch:`` gives a :class:`Batch`
whose ``add_member``, ``update_member``, ``add_note``, ``add_workplace``,
``set_attendance``, … validate exactly as :class:`Branch`'s single writes do (they
*are* the single writes: each of those is a batch of one), fill the same defaults and
return the new ids. Rows collect in one pending change set; once it holds ``chunk``
rows or more it is signed and committed, before the next write or at the next
:meth:`Batch.advance` (a member with their tags, a note with its follow-up task are
never split), so memory stays flat however many rows are written. ``chunk=None``
writes everything as one change set at the end (a merge, a single edit);
:meth:`Batch.commit` commits what is pending at once (an import commits per batch of
file rows). Leaving the ``with`` block by an exception commits
nothing more: what the earlier change sets wrote stays, the pending rows are dropped.

``progress(done, total)`` counts the caller's own units (rows of a file, people of a
demo), declared with :meth:`Batch.advance`, and is called after each commit, so it
only ever reports what is durable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Protocol

from .. import changes
from ..errors import QT_TRANSLATE_NOOP, UnknownId, ValidationError
from ..replica import Transaction
from .country import FieldWarning
from .organising_batch import check_placement
from .stored import StoredRows
from .types import ATTENDANCE, CONSENT_KINDS, NON_MEMBER_STATUSES, NOTE_METHODS, Member
from .validation import (
    clean_bool,
    clean_choice,
    clean_date,
    clean_member_fields,
    clean_record_fields,
    clean_tags,
    clean_text,
)

DEFAULT_CHUNK = 500

Progress = Callable[[int, int], None]


class Records(Protocol):
    """What a batch needs of the branch it writes to (:class:`sync.records.Branch`)."""

    conn: Any
    replica: Any

    @property
    def region(self) -> str | None: ...

    @property
    def device_name(self) -> str: ...

    def get_member(self, member_id: str) -> Member: ...

    def member_tags(self, member_id: str) -> list[str]: ...


class Batch:
    """Validated writes of many records, committed in change sets of about ``chunk`` rows."""

    def __init__(self, branch: Records, chunk: int | None = DEFAULT_CHUNK,
                 progress: Progress | None = None, total: int | None = None) -> None:
        if chunk is not None and chunk < 1:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A batch's chunk must be at least 1 row."), "chunk")
        self.branch = branch
        self.chunk = chunk
        self.progress = progress
        self.total = total
        self.region = branch.region
        self.done = 0
        self.change_sets = 0
        #: new records written, by table (committed or pending)
        self.created: dict[str, int] = {}
        #: (member id, warning) for each value kept as given though it could not be
        #: checked (a phone number phonenumbers cannot validate)
        self.warnings: list[tuple[str, FieldWarning]] = []
        self._tx = Transaction()
        self._tags: dict[str, set[str]] = {}  # pending tags by member (lower case)
        self._stored = StoredRows(branch)
        self._depth = 0
        self._author: str | None = None

    # -- the change sets ---------------------------------------------------------------
    def __enter__(self) -> Batch:
        return self

    def __exit__(self, kind, _value, _tb) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()

    def discard(self) -> None:
        """Forget what is pending, uncommitted (a cancelled import's unfinished batch)."""
        self._drop()
        self._stored.forget()

    def commit(self) -> None:
        """Sign and commit what is pending as one change set (if anything is), then report
        progress."""
        if self._tx.rows:
            self.branch.replica.commit(self._tx)
            self.change_sets += 1
            self._stored.committed(self._tx.rows)
            self._drop()
        if self.progress is not None:
            self.progress(self.done if self.total is None else min(self.done, self.total),
                          self.total if self.total is not None else self.done)

    def advance(self, units: int = 1) -> None:
        """Count ``units`` of the caller's work as done (reported after the next commit,
        which may be now: a full change set is committed once its units are counted)."""
        self.done += units
        self._maybe_commit()

    @property
    def pending(self) -> int:
        """Rows written since the last commit."""
        return len(self._tx.rows)

    @contextmanager
    def group(self) -> Iterator[None]:
        """Keep the writes inside in one change set."""
        self._maybe_commit()
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1

    def _maybe_commit(self) -> None:
        if self._depth == 0 and self.chunk is not None and len(self._tx.rows) >= self.chunk:
            self.commit()

    def _drop(self) -> None:
        self._tx = Transaction()
        self._tags.clear()

    def _set(self, table: str, row: str, fields: dict[str, Any], new: bool = False) -> None:
        self._tx.set(table, row, fields)
        if new:
            self.created[table] = self.created.get(table, 0) + 1

    def write(self, table: str, row_id: str, fields: Mapping[str, Any],
              new: bool = False, minted: bool = False) -> None:
        """Write fields the caller has validated (:mod:`.organising_batch`), in this
        batch's pending change set; ``new`` counts a new record in :attr:`created`;
        ``minted``: the caller has just made the id (``changes.new_id``), so the vault
        has no such row to be asked about before this change set commits."""
        with self.group():
            self._set(table, row_id, dict(fields), new=new)
        if minted:
            self._stored.mint(table, row_id)

    def pending_row(self, table: str, row_id: str) -> dict[str, Any] | None:
        """The fields this batch has written to a row and not committed yet."""
        return self._tx.rows.get((table, row_id))

    def stored_row(self, table: str, row_id: str, names: tuple[str, ...],
                   ) -> dict[str, Any] | None:
        """A row's ``names`` and ``deleted`` in the vault (None: no such row), read once
        (see :class:`.stored.StoredRows`); this batch's pending writes are not in it."""
        return self._stored.fields(table, row_id, names)

    # -- checks ------------------------------------------------------------------------
    def exists(self, table: str, row_id: str) -> bool:
        """Is there such a row, in the vault or written by this batch?"""
        return (table, row_id) in self._tx.rows or self._stored.exists(table, row_id)

    def require(self, table: str, row_id: str, what: str | None = None) -> None:
        if not self.exists(table, row_id):
            raise UnknownId(f"There is no {what or table} with id {row_id}.")

    @property
    def author_name(self) -> str:
        if self._author is None:
            self._author = self.branch.device_name
        return self._author

    # -- members -----------------------------------------------------------------------
    def add_member(self, fields: Mapping[str, Any], tags: Iterable[str] = (),
                   consents: Iterable[Mapping[str, Any]] = ()) -> str:
        """A new member (and their tags and consents, in the same change set)."""
        warnings: list[FieldWarning] = []
        clean = clean_member_fields(fields, self.region, warnings)
        if not clean.get("first_name") and not clean.get("last_name"):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A member needs a first or last name."), "first_name")
        if clean.get("workplace_id"):
            self.require("workplace", clean["workplace_id"], "workplace")
        check_placement(self, clean, None)
        clean.setdefault("status", "member")
        clean.setdefault("basis", "member" if clean["status"] not in NON_MEMBER_STATUSES
                         else "regular_contact")
        clean.setdefault("do_not_contact", False)
        wanted = clean_tags(tags)
        consents = [self._consent_fields(c) for c in consents]
        member_id = changes.new_id()
        self.warnings += [(member_id, w) for w in warnings]
        with self.group():
            self._set("member", member_id, {"deleted": False, **clean}, new=True)
            self._stored.mint("member", member_id)
            self._tags[member_id] = set()
            self._add_tags(member_id, wanted)
            for consent in consents:
                self._set("consent", changes.new_id(), {"member_id": member_id, **consent},
                          new=True)
        return member_id

    def member(self, member_id: str) -> Member:
        """The member as this batch leaves them: the vault's record with the pending
        writes of this change set applied."""
        pending = self._tx.rows.get(("member", member_id))
        try:
            member = self.branch.get_member(member_id)
        except UnknownId:
            if pending is None:
                raise
            member = Member(member_id)  # created by this batch, not committed yet
        for name, value in (pending or {}).items():
            if name.startswith("custom."):
                if value is None or value == "":
                    member.custom.pop(name[7:], None)
                else:
                    member.custom[name[7:]] = value
            else:
                setattr(member, name, value)
        extra = self._tags.get(member_id, set())
        have = {t.lower() for t in member.tags}
        member.tags = [*member.tags, *sorted(t for t in extra if t not in have)]
        return member

    def update_member(self, member_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Change a member's fields; returns the fields that really changed."""
        self.require("member", member_id, "member")
        warnings: list[FieldWarning] = []
        clean = clean_member_fields(fields, self.region, warnings)
        if clean.get("workplace_id"):
            self.require("workplace", clean["workplace_id"], "workplace")
        check_placement(self, clean, member_id)
        current = self.member(member_id)
        first = clean.get("first_name", current.first_name)
        last = clean.get("last_name", current.last_name)
        if not first and not last:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A member needs a first or last name."), "first_name")
        changed = {k: v for k, v in clean.items() if _current_value(current, k) != v}
        self.warnings += [(member_id, w) for w in warnings]
        if changed:
            with self.group():
                self._set("member", member_id, changed)
        return changed

    def delete(self, table: str, row_id: str, deleted: bool = True) -> None:
        """Soft-delete (or restore) a record of any kind."""
        self.require(table, row_id)
        with self.group():
            self._set(table, row_id, {"deleted": bool(deleted)})

    def erase(self, table: str, row_id: str) -> None:
        """Erase a record on every replica (GDPR): final."""
        with self.group():
            self._tx.erase(table, row_id)

    def reassign(self, table: str, row_id: str, member_id: str) -> None:
        """Point a note, task or consent at another member."""
        if table not in ("note", "task", "consent"):
            raise ValidationError.of(QT_TRANSLATE_NOOP(
                "errors", "{table} records do not belong to a member."), "table", table=table)
        self.require(table, row_id)
        self.require("member", member_id, "member")
        with self.group():
            self._set(table, row_id, {"member_id": member_id})

    # -- tags --------------------------------------------------------------------------
    def add_tags(self, member_id: str, tags: Iterable[str]) -> list[str]:
        """Give a member these tags (those they lack); returns the ones added."""
        self.require("member", member_id, "member")
        wanted = clean_tags(tags)
        if member_id not in self._tags:
            self._tags[member_id] = {t.lower() for t in self.branch.member_tags(member_id)}
        with self.group():
            return self._add_tags(member_id, wanted)

    def _add_tags(self, member_id: str, tags: list[str]) -> list[str]:
        have = self._tags[member_id]
        added = []
        for tag in tags:
            if tag.lower() not in have:
                self._set("member_tag", changes.derived_id("tag", member_id, tag.lower()),
                          {"member_id": member_id, "tag": tag, "deleted": False}, new=True)
                have.add(tag.lower())
                added.append(tag)
        return added

    def set_tags(self, member_id: str, tags: Iterable[str]) -> None:
        """Exactly these tags: missing ones added, others removed."""
        self.require("member", member_id, "member")
        wanted = {t.lower(): t for t in clean_tags(tags)}
        current = {r[1].lower(): r[0] for r in self.branch.conn.execute(
            "SELECT id, tag FROM member_tag WHERE member_id = ? AND deleted = 0", (member_id,)
        )}
        self._tags[member_id] = set(current)
        with self.group():
            self._add_tags(member_id, [t for k, t in wanted.items() if k not in current])
            for key, row in current.items():
                if key not in wanted:
                    self._set("member_tag", row, {"deleted": True})
                    self._tags[member_id].discard(key)

    # -- consents ----------------------------------------------------------------------
    def _consent_fields(self, consent: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "kind": clean_choice(consent.get("kind"), "kind", CONSENT_KINDS),
            "granted": clean_bool(consent.get("granted", True), "granted"),
            "recorded_on": clean_date(consent.get("recorded_on"), "recorded_on")
            or dt.date.today().isoformat(),
            "source": clean_text(consent.get("source"), "source"),
            "deleted": False,
        }

    def add_consent(self, member_id: str, kind: str, granted: bool = True,
                    recorded_on: str | None = None, source: str | None = None) -> str:
        self.require("member", member_id, "member")
        fields = self._consent_fields({"kind": kind, "granted": granted,
                                       "recorded_on": recorded_on, "source": source})
        consent_id = changes.new_id()
        with self.group():
            self._set("consent", consent_id, {"member_id": member_id, **fields}, new=True)
        return consent_id

    # -- workplaces, campaigns, meetings -----------------------------------------------
    def add_workplace(self, name: str, **fields: Any) -> str:
        return self._add_named("workplace", {"name": name, **fields},
                               QT_TRANSLATE_NOOP("errors", "A workplace needs a name."))

    def update_workplace(self, workplace_id: str, **fields: Any) -> None:
        self._update_plain("workplace", workplace_id, fields)

    def add_campaign(self, name: str, **fields: Any) -> str:
        clean = clean_record_fields("campaign", {"name": name, **fields})
        clean.setdefault("status", "active")
        return self._add_named("campaign", clean,
                               QT_TRANSLATE_NOOP("errors", "A campaign needs a name."))

    def update_campaign(self, campaign_id: str, **fields: Any) -> None:
        self._update_plain("campaign", campaign_id, fields)

    def add_meeting(self, title: str, date: Any = None, location: str | None = None,
                    quorum: int | None = None, notes: str | None = None) -> str:
        clean = clean_record_fields("meeting", {
            "title": title, "date": date, "location": location, "quorum": quorum, "notes": notes,
        })
        if clean.get("quorum") is not None and clean["quorum"] < 0:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Quorum cannot be negative."), "quorum")
        return self._add_named("meeting", clean,
                               QT_TRANSLATE_NOOP("errors", "A meeting needs a title."), "title")

    def _add_named(self, table: str, fields: Mapping[str, Any], message: str,
                   key: str = "name") -> str:
        clean = clean_record_fields(table, fields)
        if not clean.get(key):
            raise ValidationError(message, key)
        row_id = changes.new_id()
        with self.group():
            self._set(table, row_id, {"deleted": False, **clean}, new=True)
            self._stored.mint(table, row_id)
        return row_id

    def _update_plain(self, table: str, row_id: str, fields: Mapping[str, Any]) -> None:
        self.require(table, row_id, table)
        clean = clean_record_fields(table, fields)
        if clean:
            with self.group():
                self._set(table, row_id, clean)

    def set_attendance(self, meeting_id: str, member_id: str, status: str) -> None:
        self.require("meeting", meeting_id, "meeting")
        self.require("member", member_id, "member")
        value = clean_choice(status, "status", ATTENDANCE)
        with self.group():
            self._set("attendance", changes.derived_id("attendance", meeting_id, member_id), {
                "meeting_id": meeting_id, "member_id": member_id, "status": value,
                "deleted": False,
            }, new=True)

    # -- notes and tasks ---------------------------------------------------------------
    def add_note(self, text: str, member_id: str | None = None,
                 campaign_id: str | None = None, date: Any = None,
                 method: str | None = None, outcome: str | None = None,
                 follow_up_on: Any = None, *, follow_up_done: bool = False) -> str:
        """A conversation note; a follow-up date adds a task to follow it up (already
        done with ``follow_up_done``, for notes of the past)."""
        body = clean_text(text, "text", 20000)
        if not body:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A note needs some text."), "text")
        if member_id:
            self.require("member", member_id, "member")
        if campaign_id:
            self.require("campaign", campaign_id, "campaign")
        fields = {
            "member_id": member_id, "campaign_id": campaign_id, "text": body,
            "date": clean_date(date, "date") or dt.date.today().isoformat(),
            "method": clean_choice(method, "method", NOTE_METHODS),
            "outcome": clean_text(outcome, "outcome"),
            "follow_up_on": clean_date(follow_up_on, "follow_up_on"),
            "author_name": self.author_name, "deleted": False,
        }
        note_id = changes.new_id()
        with self.group():
            self._set("note", note_id, fields, new=True)
            if fields["follow_up_on"]:
                self._set("task", changes.new_id(), {
                    "member_id": member_id, "campaign_id": campaign_id,
                    "title": f"Follow up: {_short(body)}", "due_on": fields["follow_up_on"],
                    "done": bool(follow_up_done), "deleted": False,
                }, new=True)
        return note_id

    def add_task(self, title: str, due_on: Any = None, member_id: str | None = None,
                 campaign_id: str | None = None, assignee: str | None = None) -> str:
        title_clean = clean_text(title, "title")
        if not title_clean:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "A task needs a title."), "title")
        if member_id:
            self.require("member", member_id, "member")
        task_id = changes.new_id()
        with self.group():
            self._set("task", task_id, {
                "title": title_clean, "due_on": clean_date(due_on, "due_on"),
                "member_id": member_id, "campaign_id": campaign_id,
                "assignee": clean_text(assignee, "assignee"), "done": False, "deleted": False,
            }, new=True)
        return task_id

    def assign_task(self, task_id: str, assignee: str | None) -> None:
        """Give the task to a person (``None`` or "": to nobody)."""
        self.require("task", task_id, "task")
        with self.group():
            self._set("task", task_id, {"assignee": clean_text(assignee, "assignee") or None})

    def complete_task(self, task_id: str, done: bool = True) -> None:
        self.require("task", task_id, "task")
        with self.group():
            self._set("task", task_id, {"done": bool(done)})


def _short(text: str, limit: int = 60) -> str:
    """``text`` cut to about ``limit`` characters at a word, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit + 1].rsplit(" ", 1)[0] if " " in text[:limit + 1] else text[:limit]
    return cut.rstrip(" ,;:.") + "…"


def _current_value(member: Member, name: str) -> Any:
    if name.startswith("custom."):
        return member.custom.get(name[7:])
    return getattr(member, name)


