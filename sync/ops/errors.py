"""A failure that reached the app or the command line without being a Caucus error.

Operations raise :class:`~sync.errors.CaucusError` subclasses; a database or disk
failure that escapes one unmapped (a damaged page met by a read nobody wrapped, a full
disk) is named here, so the user reads what happened and never "unexpected error".
"""

from __future__ import annotations

from ..store.vault import named_error

__all__ = ["named_error"]
