"""What a command line names, as the ids the engine takes: ids, id prefixes, names."""

from __future__ import annotations

from ..records import Branch


def member_id(branch: Branch, ref: str) -> str:
    """A full member id or a unique id prefix (6+ characters)."""
    return branch.resolve_id("member", ref, "member")


def workplace_id(branch: Branch, ref: str | None) -> str | None:
    """A workplace id, prefix or exact name; None (no workplace) when blank."""
    if ref is None or not ref.strip():
        return None
    return branch.resolve_id("workplace", ref, "workplace")


def campaign_id(branch: Branch, ref: str | None) -> str | None:
    """A campaign id, prefix or name; None when not given."""
    return branch.resolve_id("campaign", ref, "campaign") if ref else None


def split(text: str) -> list[str]:
    """A comma-separated list, without blanks."""
    return [part.strip() for part in text.split(",") if part.strip()]
