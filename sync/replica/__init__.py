"""This device's replica of its branch: stored change sets, causal delivery, the
roster, field state with LWW and visible conflicts, erasure, the search index and
export planning, behind the one facade :class:`Replica` (see :mod:`.core`)."""

from .conflicts import Conflict
from .core import Replica, Transaction
from .delivery import ImportReport
from .export import EXPORT_CHUNK
from .log import HistoryEntry
from .roster import Roster
from .shared import device_row_id

__all__ = ["EXPORT_CHUNK", "Conflict", "HistoryEntry", "ImportReport", "Replica", "Roster",
           "Transaction", "device_row_id"]
