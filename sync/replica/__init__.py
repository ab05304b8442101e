"""This device's replica of its branch: stored change sets, causal delivery, the
roster, field state with LWW and visible conflicts, erasure, the search index and
export planning, behind the one facade :class:`Replica`."""

from .core import (
    EXPORT_CHUNK,
    Conflict,
    HistoryEntry,
    ImportReport,
    Replica,
    Roster,
    Transaction,
    device_row_id,
)

__all__ = ["EXPORT_CHUNK", "Conflict", "HistoryEntry", "ImportReport", "Replica", "Roster",
           "Transaction", "device_row_id"]
