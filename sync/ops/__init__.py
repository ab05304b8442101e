"""The operations: every use case the app and the command line share, written once.

Both are thin callers of this package (Anki's operations pattern). Each operation takes
a :class:`Session` (an unlocked vault with its records) or makes one, reports typed
:class:`~sync.progress.Progress` events to a callback, stops on a
:class:`~sync.progress.Cancel`, and returns a typed result whose ``changes``
(:class:`Changes`) say which areas of the data it changed, so each view refreshes only
what it shows. Failures are :class:`~sync.errors.CaucusError` subclasses whose type
names the condition.

Read-only queries go straight to the records API (``session.branch``: member lists,
search, workplaces…); writes of single records go there too and return nothing to
refresh beyond the record itself.

- :mod:`.session` — open, create (a branch, the demo), back up, change the passphrase,
  check the vault
- :mod:`.joining` — join at a meeting by the admin's code, or by USB (join request,
  welcome file)
- :mod:`.syncing` — a bundle in or out, a sync folder on a stick
- :mod:`.meeting` — meeting mode, finding laptops, syncing with them, pairing
- :mod:`.roster` — the devices, admitting and revoking
- :mod:`.conflicts` — open conflicts and resolving them
- :mod:`.spreadsheets` — spreadsheet import (read, map, plan, import) and export
- :mod:`.documents` — printed lists, labels, sign-in sheets, subject-access exports
- :mod:`.members` — finding and merging duplicates, erasing a member
- :mod:`.organising` — the wall chart and a point person's list on paper, the chart and
  a structure test's results as spreadsheets, headcounts from a spreadsheet

Import the submodules by name (``from sync.ops import syncing``): a command that syncs
by USB never loads the LAN stack.
"""

from ..progress import Cancel, Cancelled, Progress, ProgressFn, Stage
from .changed import Area, Changes
from .session import Session

__all__ = ["Area", "Cancel", "Cancelled", "Changes", "Progress", "ProgressFn", "Session",
           "Stage"]
