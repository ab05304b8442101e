"""What is done to a whole member: saving one typed by hand (with its warnings and the
people it may duplicate), merging a duplicate into them, erasing them."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import ValidationError
from ..exchange import duplicates
from ..exchange.duplicates import (
    LIST_FIELDS,
    DuplicatePair,
    DuplicateSearch,
    FieldChoice,
    MergeResult,
)
from ..records import FieldWarning, Member, MemberQuery, check_phone
from .changed import Area, Changes
from .session import Session

__all__ = ["LIST_FIELDS", "DuplicatePair", "DuplicateSearch", "Erased", "FieldChoice",
           "Match", "MemberCheck", "Merged", "MergeResult", "Saved", "check_member",
           "compare", "erase", "find_duplicates", "merge", "save_member"]

#: how many search hits a duplicate check looks at, per email and for the name
MATCH_LOOKUPS = 50


@dataclass(frozen=True)
class Match:
    """An existing member who may be the same person as the one being saved."""

    member_id: str
    name: str
    #: what they share, in words ("the same email ana@example.org")
    reason: str


@dataclass
class MemberCheck:
    """What saving these fields would say: warnings (a phone kept as typed) and the
    members who look like the same person (same email, or same name and phone)."""

    warnings: list[FieldWarning] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)


def _phone_key(value: str, region: str | None) -> str:
    with contextlib.suppress(ValidationError):
        return check_phone(value, region).value
    return "".join(ch for ch in value if ch.isdigit())


def _same_name(a: Member, first: str, last: str) -> bool:
    def norm(text: str | None) -> str:
        return " ".join((text or "").casefold().split())
    return bool(first or last) and norm(a.first_name) == norm(first) \
        and norm(a.last_name) == norm(last)


def check_member(session: Session, fields: Mapping[str, Any],
                 member_id: str | None = None) -> MemberCheck:
    """Validate ``fields`` as a save would (raises what a save would raise) and find the
    members, other than ``member_id``, who look like the same person."""
    branch = session.branch
    warnings = branch.check_member(**dict(fields))
    first, last = str(fields.get("first_name") or ""), str(fields.get("last_name") or "")
    emails = [str(e).strip() for e in fields.get("emails") or () if str(e).strip()]
    region = branch.region
    phones = {_phone_key(str(p), region) for p in fields.get("phones") or () if str(p).strip()}
    seen: dict[str, Match] = {}

    def look(search: str) -> Iterable[Member]:
        for found in branch.member_ids(MemberQuery(search=search), "name",
                                       limit=MATCH_LOOKUPS):
            if found != member_id and found not in seen:
                yield branch.get_member(found)

    for email in emails:
        for other in look(email):
            if email.casefold() in (e.casefold() for e in other.emails):
                seen[other.id] = Match(other.id, other.display_name,
                                       f"the same email {email}")
    if phones and (first or last):
        for other in look(f"{first} {last}".strip()):
            shared = phones & {_phone_key(p, region) for p in other.phones}
            if shared and _same_name(other, first, last):
                seen[other.id] = Match(other.id, other.display_name,
                                       "the same name and phone number")
    return MemberCheck(warnings, list(seen.values()))


@dataclass
class Saved:
    member_id: str
    #: what was kept though it could not be checked (a phone number)
    warnings: list[FieldWarning]
    changes: Changes


def save_member(session: Session, member_id: str | None, fields: Mapping[str, Any],
                tags: Iterable[str] = (), custom: Mapping[str, str] | None = None,
                old_custom: Mapping[str, str] | None = None) -> Saved:
    """Add a member (``member_id`` None) or change one: its fields, its whole tag list
    and its custom fields (``old_custom`` names those to drop when no longer given)."""
    branch = session.branch
    warnings = branch.check_member(**dict(fields))
    custom_ops: dict[str, Any] = {f"custom.{k}": v for k, v in (custom or {}).items()}
    if member_id is None:
        member_id = branch.add_member(tags=list(tags), **dict(fields), **custom_ops)
    else:
        for gone in set(old_custom or {}) - set(custom or {}):
            custom_ops[f"custom.{gone}"] = None
        branch.update_member(member_id, **dict(fields), **custom_ops)
        branch.set_tags(member_id, list(tags))
    return Saved(member_id, warnings, Changes.of(Area.MEMBERS, members=[member_id]))


def find_duplicates(session: Session, limit: int | None = None) -> DuplicateSearch:
    """Likely duplicates: the same email, or a similar name with the same phone or
    postcode."""
    return duplicates.search_duplicates(session.branch, limit)


def compare(session: Session, a: str, b: str, prefer: str = "a") -> list[FieldChoice]:
    """Every field of two members side by side, with the value a merge would keep."""
    return duplicates.compare_members(session.branch, a, b, prefer)


@dataclass
class Merged:
    result: MergeResult
    changes: Changes


def merge(session: Session, a: str, b: str, choices: Mapping[str, str] | None = None,
          prefer: str = "a") -> Merged:
    """Merge member B into member A as one signed change set; nothing is lost (B stays
    in the deleted list, marked as merged into A)."""
    result = duplicates.merge_members(session.branch, a, b, choices, prefer)
    return Merged(result, Changes.of_tables(
        ["member", "member_tag", "consent", "note", "task", "attendance"],
        [result.kept, result.merged]))


@dataclass
class Erased:
    #: the ids of the rows erased (the member and every record about them)
    rows: list[str]
    changes: Changes


def erase(session: Session, member: str) -> Erased:
    """Erase a member and every record about them (GDPR), on every laptop once synced;
    final."""
    rows = session.branch.erase_member(member)
    return Erased(rows, Changes.of(Area.MEMBERS, Area.NOTES, Area.TASKS, Area.MEETINGS,
                                   Area.ORGANISING, Area.CONFLICTS, Area.SAVED_SEARCHES,
                                   members=[member]))
