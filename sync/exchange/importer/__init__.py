"""Spreadsheet import: CSV (any common dialect and encoding) and XLSX into members.

The flow is :func:`read_table` (bytes → headings and rows), :func:`guess_mapping`
(headings → member fields, in English, Spanish and German), :func:`plan_import`
(each row cleaned, or rejected with a reason; duplicates of existing members found) and
:func:`run_import` (the rows written in batches, one signed change set per batch).
:func:`preview` bundles the first three for a wizard's first screen.

Mapping targets are member field names (``first_name``, ``emails``, ``joined_on``…),
``custom.NAME``, and the import-only targets ``full_name`` (split into first and last),
``workplace`` (a workplace name, found or created), ``tags`` and ``id`` (matches an
existing member by id; used by re-imports of Caucus's own exports). ``None`` ignores a
column.

The package: :mod:`.reading` (files → :class:`Table`), :mod:`.mapping` (headings →
fields, saved mappings), :mod:`.cleaning` (one row → :class:`RowPlan`),
:mod:`.dates` and :mod:`.phones` (values as spreadsheets hold and damage them),
:mod:`.planning` (preview, duplicates, the plan) and :mod:`.running` (the import,
through the records' batch write API); :mod:`.cells` holds what they share.

**An import never drops a person.** A value that cannot be read (a mistyped email, a
date like ``13/13/2020`` or a year alone) is kept on the person as the custom field
``unrecognised.FIELD`` (custom fields show in the member's panel, are exported, and are
the user's to edit: the value is neither lost nor mistaken for a checked one) and the
row is flagged; a phone number that cannot be checked is kept as typed. Known
spreadsheet damage (a phone's lost leading 0 or ``+``, scientific notation with every
digit still there, Excel date numbers) is repaired, and each repair reported, unless the
user declines: with ``repair=False`` such values are kept aside and the repair offered. The
order of day and month is decided per column (:func:`column_order`). Every repair and
flag is a :class:`RowIssue` (row number, column, field, original value, what was done);
``edits`` lets the user fix a cell before importing. Only a row that holds no person at
all is skipped.
"""

from .cleaning import (
    ACTIONS,
    ASIDE,
    FORMULA_PREFIX,
    GUARDED_PREFIX,
    NO_NAME,
    RowIssue,
    RowOptions,
    RowPlan,
    clean_row,
)
from .dates import EXCEL_EPOCH, MONTH_FIRST, column_order, parse_date
from .mapping import (
    EXTRA_TARGETS,
    JOINED_TARGETS,
    LIST_TARGETS,
    MAPPING_PREFIX,
    MULTILINE_TARGETS,
    TARGETS,
    check_mapping,
    delete_mapping,
    guess_mapping,
    guess_target,
    load_mapping,
    normalise_heading,
    save_mapping,
    saved_mappings,
)
from .phones import PhoneReading, read_phone
from .planning import DuplicateIndex, Preview, date_orders, name_key, plan_import, preview
from .reading import MAX_BYTES, MAX_ROWS, ONE_COLUMN, Table, decode_lines, read_table
from .running import DECISIONS, DEFAULT_BATCH, ImportResult, import_file, run_import

__all__ = [
    "ACTIONS", "ASIDE", "MONTH_FIRST", "NO_NAME", "PhoneReading", "RowIssue", "RowOptions",
    "column_order", "read_phone", "date_orders",
    "DECISIONS", "DEFAULT_BATCH", "EXCEL_EPOCH", "EXTRA_TARGETS", "FORMULA_PREFIX",
    "GUARDED_PREFIX", "JOINED_TARGETS", "LIST_TARGETS", "MAPPING_PREFIX", "MAX_BYTES",
    "MAX_ROWS", "MULTILINE_TARGETS", "ONE_COLUMN", "TARGETS", "DuplicateIndex",
    "ImportResult", "Preview", "RowPlan", "Table", "check_mapping", "clean_row",
    "decode_lines", "delete_mapping", "guess_mapping", "guess_target", "import_file",
    "load_mapping", "name_key", "normalise_heading", "parse_date", "plan_import", "preview",
    "read_table", "run_import", "save_mapping", "saved_mappings",
]
