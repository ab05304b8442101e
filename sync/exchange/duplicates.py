"""Finding and merging duplicate members, losing nothing.

:func:`search_duplicates` pairs members with the same email address, or with similar
names (accents and case ignored; a ``difflib`` ratio or the same name words) and the
same phone number or postcode. A value shared by more than :data:`SHARED_CAP` members
(an office number, a placeholder email) is no evidence: it is left out and named in the
search's notes.

:func:`merge_members` folds B into A as **one** ordinary signed change set: for each
field that differs the caller picks A's or B's value (lists — emails, phones — are
unioned unless told otherwise; an empty side never wins over a value); B's notes,
tasks and consents are re-pointed to A; B's tags are added to A; B's attendance becomes
A's (the best status when both were marked); then B is soft-deleted with
``custom.merged_into = A`` and A gets a note recording the merge and every value of
B's that was not kept. B's own record and history stay in the vault, queryable.
"""

from __future__ import annotations

import datetime as dt
import difflib
import heapq
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import UnknownId, ValidationError
from ..records import MEMBER_FIELDS, Branch, Member
from .importer import normalise_heading

LIST_FIELDS = ("emails", "phones")
#: Fields that describe the record rather than the person: never offered, never merged.
SKIP_FIELDS = ("custom",)
ATTENDANCE_RANK = {"attended": 3, "apologies": 2, "absent": 1}
NAME_RATIO = 0.85
#: A value shared by more members than this is a catch-all, not evidence.
SHARED_CAP = 200


@dataclass
class DuplicatePair:
    a: str
    b: str
    a_name: str
    b_name: str
    reasons: list[str]
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _norm_postcode(text: str | None) -> str:
    return "".join((text or "").upper().split())


def _name(first: str | None, last: str | None) -> str:
    return normalise_heading(f"{first or ''} {last or ''}")


def names_similar(a: str, b: str) -> float:
    """0..1: how alike two normalised names are (1 for the same words in any order)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    wa, wb = set(a.split()), set(b.split())
    if wa == wb:
        return 1.0
    if len(wa) > 1 and len(wb) > 1 and (wa <= wb or wb <= wa):
        return 0.95  # "ana lopez" and "ana maria lopez"
    return difflib.SequenceMatcher(None, a, b).ratio()


@dataclass
class DuplicateSearch:
    """The best pairs found (at most the limit asked for), how many there were in all,
    and the catch-all values left out."""

    pairs: list[DuplicatePair]
    total: int
    notes: list[str] = field(default_factory=list)


def find_duplicates(branch: Branch, limit: int | None = None) -> list[DuplicatePair]:
    """Likely duplicate pairs among the members not deleted, best first."""
    return search_duplicates(branch, limit).pairs


def search_duplicates(branch: Branch, limit: int | None = None) -> DuplicateSearch:
    """Likely duplicate pairs among the members not deleted, best first (the first
    ``limit`` only, built from compact tuples so a large branch stays small)."""
    people: dict[str, dict[str, Any]] = {}
    by_email: dict[str, list[str]] = {}
    by_phone: dict[str, list[str]] = {}
    by_postcode: dict[str, list[str]] = {}
    for mid, first, last, emails, phones, postcode in branch.conn.execute(
        "SELECT id, first_name, last_name, emails, phones, postcode FROM member "
        "WHERE deleted = 0 ORDER BY id"
    ):
        people[mid] = {"name": _name(first, last),
                       "label": " ".join(x for x in (first, last) if x) or "(no name)"}
        for e in json.loads(emails) if emails else []:
            by_email.setdefault(e.lower(), []).append(mid)
        for p in json.loads(phones) if phones else []:
            by_phone.setdefault(p, []).append(mid)
        pc = _norm_postcode(postcode)
        if pc:
            by_postcode.setdefault(pc, []).append(mid)
    found: dict[tuple[str, str], tuple[float, list[str]]] = {}
    notes: list[str] = []

    def add(a: str, b: str, reason: str, score: float) -> None:
        a, b = sorted((a, b))  # ids are time-ordered: A is the older record
        best, reasons = found.get((a, b), (score, []))
        if reason not in reasons:
            reasons.append(reason)
        found[(a, b)] = (max(best, score), reasons)

    for groups, what in ((by_email, "email"), (by_phone, "phone"), (by_postcode, "postcode")):
        for key, ids in groups.items():
            if len(ids) > SHARED_CAP:
                notes.append(f"The {what} {key} is shared by {len(ids):,} members, too many "
                             "to mean the same person; it was not used to find duplicates.")
                continue
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    if a == b:
                        continue
                    if what == "email":
                        add(a, b, f"same email {key}", 1.0)
                        continue
                    ratio = names_similar(people[a]["name"], people[b]["name"])
                    if ratio >= NAME_RATIO:
                        add(a, b, f"similar name and same {what} {key}", ratio)

    def order(item: tuple[tuple[str, str], tuple[float, list[str]]]) -> tuple:
        (a, b), (score, _) = item
        return -score, people[a]["label"].lower(), a, b

    best = (heapq.nsmallest(limit, found.items(), key=order) if limit
            else sorted(found.items(), key=order))
    pairs = [DuplicatePair(a, b, people[a]["label"], people[b]["label"], reasons, score)
             for (a, b), (score, reasons) in best]
    return DuplicateSearch(pairs, len(found), notes)


# -- comparing and merging ----------------------------------------------------------------
@dataclass
class FieldChoice:
    """One field of a merge: both sides, and which one will be kept by default."""

    field: str
    a: Any
    b: Any
    default: str  # "a", "b" or "union"
    conflict: bool  # both sides hold different values

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _values(member: Member) -> dict[str, Any]:
    out = {f: getattr(member, f) for f in MEMBER_FIELDS if f not in SKIP_FIELDS}
    for key, value in member.custom.items():
        out[f"custom.{key}"] = value
    return out


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value is False


def compare_members(branch: Branch, a_id: str, b_id: str, prefer: str = "a"
                    ) -> list[FieldChoice]:
    """Every field where A and B differ, with the default choice for it."""
    a, b = _pair(branch, a_id, b_id)
    va, vb = _values(a), _values(b)
    out = []
    for name in [*va, *(k for k in vb if k not in va)]:
        x, y = va.get(name), vb.get(name)
        if x == y or (_empty(x) and _empty(y)):
            continue
        if name == "custom.merged_into":
            continue
        if name in LIST_FIELDS:
            out.append(FieldChoice(name, x, y, "union", bool(x) and bool(y)))
        elif _empty(y):
            out.append(FieldChoice(name, x, y, "a", False))
        elif _empty(x):
            out.append(FieldChoice(name, x, y, "b", False))
        else:
            out.append(FieldChoice(name, x, y, prefer, True))
    return out


def _pair(branch: Branch, a_id: str, b_id: str) -> tuple[Member, Member]:
    if a_id == b_id:
        raise ValidationError("Choose two different members to merge.", "b")
    a, b = branch.get_member(a_id), branch.get_member(b_id)
    for m in (a, b):
        if m.deleted:
            raise UnknownId(f"Member {m.id} is deleted; restore it before merging.")
    return a, b


@dataclass
class MergeResult:
    kept: str
    merged: str
    fields_from_b: list[str] = field(default_factory=list)
    moved: dict[str, int] = field(default_factory=dict)
    note_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def merge_members(branch: Branch, a_id: str, b_id: str,
                  choices: Mapping[str, str] | None = None, prefer: str = "a") -> MergeResult:
    """Merge member B into member A as one signed change set (see the module text).

    ``choices`` maps a field (``emails``, ``custom.shift``…) to ``"a"``, ``"b"`` or, for
    lists, ``"union"``; ``prefer`` decides the conflicting fields not named.
    """
    if prefer not in ("a", "b"):
        raise ValidationError("Prefer must be a or b.", "prefer")
    choices = {k.strip(): v.strip().lower() for k, v in (choices or {}).items()}
    a, b = _pair(branch, a_id, b_id)
    plan = compare_members(branch, a_id, b_id, prefer)
    known = {c.field for c in plan}
    for name, choice in choices.items():
        if choice not in ("a", "b", "union"):
            raise ValidationError(f"For {name}, choose a or b, not {choice!r}.", name)
        if name not in known and name not in MEMBER_FIELDS and not name.startswith("custom."):
            raise ValidationError(f"Members have no field called {name!r}.", name)
    result = MergeResult(a.id, b.id)
    update: dict[str, Any] = {}
    not_kept: list[str] = []
    for c in plan:
        choice = choices.get(c.field, c.default)
        if choice == "union" and c.field not in LIST_FIELDS:
            choice = c.default
        if c.field in LIST_FIELDS:
            if choice == "union":
                lower = {v.lower() for v in c.a}
                value = list(c.a) + [v for v in c.b if v.lower() not in lower]
            else:
                value = list(c.a if choice == "a" else c.b)
            kept = {v.lower() for v in value}
            dropped = list(dict.fromkeys(v for v in [*c.a, *c.b] if v.lower() not in kept))
            if dropped:
                not_kept.append(f"{c.field}: {', '.join(dropped)}")
            if value != list(c.a):
                update[c.field] = value
                result.fields_from_b.append(c.field)
        elif choice == "b":
            update[c.field] = c.b
            result.fields_from_b.append(c.field)
            if not _empty(c.a):
                not_kept.append(f"{c.field} (was {_show(c.a)} on this record)")
        elif not _empty(c.b):
            not_kept.append(f"{c.field}: {_show(c.b)}")
    conn = branch.conn
    moved = {"notes": 0, "tasks": 0, "consents": 0, "tags": 0, "attendance": 0}
    with branch.batch(chunk=None) as batch:  # the whole merge: one change set
        if update:
            batch.update_member(a.id, update)
        for table, key in (("note", "notes"), ("task", "tasks"), ("consent", "consents")):
            for (row,) in conn.execute(
                f"SELECT id FROM {table} WHERE member_id = ? AND deleted = 0",  # noqa: S608
                (b.id,),
            ).fetchall():
                batch.reassign(table, row, a.id)
                moved[key] += 1
        moved["tags"] = len(batch.add_tags(a.id, b.tags))
        a_att = {r[0]: r[1] for r in conn.execute(
            "SELECT meeting_id, status FROM attendance WHERE member_id = ? AND deleted = 0",
            (a.id,))}
        for row, meeting, status in conn.execute(
            "SELECT id, meeting_id, status FROM attendance WHERE member_id = ? AND deleted = 0",
            (b.id,),
        ).fetchall():
            mine = a_att.get(meeting)
            if mine is None or ATTENDANCE_RANK.get(status, 0) > ATTENDANCE_RANK.get(mine, 0):
                batch.set_attendance(meeting, a.id, status)
            batch.delete("attendance", row)
            moved["attendance"] += 1
        text = (f"Merged the duplicate record of {b.display_name} (id {b.id}) into this "
                f"member on {dt.date.today().isoformat()}.")
        if not_kept:
            text += " Values of the two records not kept here: " + "; ".join(not_kept) + "."
        text += " The merged record remains in the deleted list with its history."
        result.note_id = batch.add_note(text, a.id, date=dt.date.today().isoformat(),
                                        method="other", outcome="merged")
        batch.update_member(b.id, {"custom.merged_into": a.id})
        batch.delete("member", b.id)
    result.moved = moved
    return result


def _show(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
