"""The branch's records: types, validation, queries and search, and writes.

:class:`Branch` is the records API over one open vault and its replica."""

from .core import (
    ATTENDANCE,
    BASES,
    CAMPAIGN_STATUSES,
    CONSENT_KINDS,
    DEFAULT_GRACE_DAYS,
    DEFAULT_REGION,
    MEMBER_FIELDS,
    MEMBER_SORTS,
    NOTE_METHODS,
    STATUSES,
    Branch,
    Campaign,
    Consent,
    Meeting,
    Member,
    MemberQuery,
    MemberRow,
    Note,
    Task,
    Workplace,
    clean_assessment,
    clean_bool,
    clean_choice,
    clean_date,
    clean_email,
    clean_member_fields,
    clean_phone,
    clean_tags,
    clean_text,
    parse_assignment,
    resolve_conflict,
)

__all__ = [
    "ATTENDANCE", "BASES", "CAMPAIGN_STATUSES", "CONSENT_KINDS", "DEFAULT_GRACE_DAYS",
    "DEFAULT_REGION", "MEMBER_FIELDS", "MEMBER_SORTS", "NOTE_METHODS", "STATUSES", "Branch",
    "Campaign", "Consent", "Meeting", "Member", "MemberQuery", "MemberRow", "Note", "Task",
    "Workplace", "clean_assessment", "clean_bool", "clean_choice", "clean_date",
    "clean_email", "clean_member_fields", "clean_phone", "clean_tags", "clean_text",
    "parse_assignment", "resolve_conflict",
]
