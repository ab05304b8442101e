"""What is done to a whole member: merging a duplicate into them, erasing them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..exchange import duplicates
from ..exchange.duplicates import (
    LIST_FIELDS,
    DuplicatePair,
    DuplicateSearch,
    FieldChoice,
    MergeResult,
)
from .changed import Area, Changes
from .session import Session

__all__ = ["LIST_FIELDS", "DuplicatePair", "DuplicateSearch", "Erased", "FieldChoice",
           "Merged", "MergeResult", "compare", "erase", "find_duplicates", "merge"]


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
                                   Area.CONFLICTS, Area.SAVED_SEARCHES, members=[member]))
