"""The branch's records: types, validation, queries and search, and writes.

:class:`Branch` is the records API over one open vault and its replica; its
:meth:`~Branch.batch` gives the batch write API (:class:`Batch`). The modules:
:mod:`.types` (constants, dataclasses), :mod:`.validation` (``clean_*``),
:mod:`.search` (the SQL of a typed search), :mod:`.queries` (lists, search, one
member), :mod:`.batch` (validated writes in bounded change sets), :mod:`.writes`
(single writes), :mod:`.conflicts` (settling a conflict), :mod:`.country` (countries,
currencies, phone numbers), :mod:`.settings` (the branch's), :mod:`.labels` (what a
field is called), organising (:mod:`.organising_types`, :mod:`.organising_batch`,
:mod:`.organising_writes`, :mod:`.organising_queries`, :mod:`.organising_people`,
:mod:`.organising_figures`, :mod:`.organising_history`) and :mod:`.branch`.
"""

from .batch import DEFAULT_CHUNK, Batch
from .branch import Branch
from .conflicts import resolve_conflict
from .country import (
    COUNTRIES,
    CURRENCIES,
    FieldWarning,
    PhoneCheck,
    check_country,
    check_currency,
    check_phone,
    default_currency,
    format_phone,
    locale_setting,
    system_country,
)
from .labels import FIELD_LABELS, field_label
from .organising_batch import clean_count, clean_share, response_id
from .organising_types import (
    ACTION_KINDS,
    ANSWERS,
    ASSESSMENT_COLOURS,
    DEFAULT_POINT_RATIO,
    MAX_DEPTH,
    RELATION_KINDS,
    STALE_DAYS,
    UNIT_KINDS,
    Action,
    ActionProgress,
    ActionShare,
    Card,
    Chart,
    Contact,
    Density,
    Figures,
    Relationship,
    Unit,
    UnitFigures,
    WorkplaceFigures,
)
from .settings import BranchSettings
from .types import (
    ATTENDANCE,
    BASES,
    CAMPAIGN_STATUSES,
    CONSENT_KINDS,
    DEFAULT_GRACE_DAYS,
    DEFAULT_REGION,
    MEMBER_DATE_FIELDS,
    MEMBER_FIELDS,
    MEMBER_SORTS,
    MEMBER_STATUSES,
    NON_MEMBER_STATUSES,
    NOTE_METHODS,
    STATUSES,
    Campaign,
    Consent,
    Meeting,
    Member,
    MemberQuery,
    MemberRow,
    Note,
    Task,
    Workplace,
)
from .validation import (
    clean_assessment,
    clean_bool,
    clean_choice,
    clean_date,
    clean_email,
    clean_member_fields,
    clean_phone,
    clean_record_fields,
    clean_tags,
    clean_text,
    parse_assignment,
)

__all__ = [
    "FIELD_LABELS", "field_label",
    "COUNTRIES", "CURRENCIES", "BranchSettings", "FieldWarning", "PhoneCheck", "check_country",
    "check_currency", "check_phone", "default_currency", "format_phone",
    "locale_setting", "system_country",
    "ATTENDANCE", "BASES", "CAMPAIGN_STATUSES", "CONSENT_KINDS", "DEFAULT_CHUNK",
    "DEFAULT_GRACE_DAYS", "DEFAULT_REGION", "MEMBER_DATE_FIELDS", "MEMBER_FIELDS", "MEMBER_SORTS",
    "NOTE_METHODS",
    "STATUSES", "Batch", "Branch", "Campaign", "Consent", "Meeting", "Member", "MemberQuery",
    "MemberRow", "Note", "Task", "Workplace", "clean_assessment", "clean_bool", "clean_choice",
    "clean_date", "clean_email", "clean_member_fields", "clean_phone", "clean_record_fields",
    "clean_tags", "clean_text", "parse_assignment", "resolve_conflict",
    # organising
    "ACTION_KINDS", "ANSWERS", "ASSESSMENT_COLOURS", "DEFAULT_POINT_RATIO", "MAX_DEPTH",
    "MEMBER_STATUSES",
    "NON_MEMBER_STATUSES", "RELATION_KINDS", "STALE_DAYS", "UNIT_KINDS", "Action",
    "ActionProgress", "ActionShare", "Card", "Chart", "Contact", "Density", "Figures",
    "Relationship", "Unit", "UnitFigures", "WorkplaceFigures", "clean_count", "clean_share",
    "response_id",
]
