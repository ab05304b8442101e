"""Sync by files: one bundle in and out, or a sync folder on a USB stick.

Progress comes as typed :class:`~sync.progress.Progress` events from the engine itself
(a folder's bundles are the parts of one operation), so a progress bar needs no
sentence to read and no spy on the replica.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import bundle, trust
from ..folder import FolderSyncResult, writer_names
from ..folder import sync_folder as sync_files
from ..progress import Cancel, ProgressFn, ignore
from ..replica import ImportReport
from .changed import Changes
from .session import Session


@dataclass
class Imported:
    """What one bundle brought in."""

    report: ImportReport
    changes: Changes


def _changes(*reports: ImportReport) -> Changes:
    return Changes.all_data() if any(r.applied or r.rejected for r in reports) \
        else Changes()


def import_bundle(session: Session, path: str | Path, *, progress: ProgressFn = ignore,
                  cancel: Cancel | None = None) -> Imported:
    """Check the whole bundle file, then apply it in atomic batches."""
    report = bundle.import_bundle(session.replica, path, progress,
                                  None if cancel is None else cancel.is_set)
    return Imported(report, _changes(report))


def export_bundle(session: Session, path: str | Path, *, progress: ProgressFn = ignore,
                  ) -> int:
    """Write everything this laptop holds to one encrypted bundle; returns change sets."""
    return bundle.export_bundle(session.replica, path, progress)


@dataclass
class FolderSynced:
    """What a folder sync did: each bundle's report, the files skipped (and why), the
    bundle written, who wrote each bundle, and the conflicts open now."""

    result: FolderSyncResult
    #: bundle file name → the name of the laptop that wrote it (when in the roster)
    writers: dict[str, str]
    conflicts: int
    changes: Changes

    @property
    def cancelled(self) -> bool:
        return any(r.cancelled for r in self.result.imported.values())

    @property
    def applied(self) -> int:
        return sum(r.applied for r in self.result.imported.values())


def sync_folder(session: Session, folder: str | Path, *, progress: ProgressFn = ignore,
                cancel: Cancel | None = None) -> FolderSynced:
    """Import every other laptop's bundle in ``folder``, then write this laptop's.

    A cancel stops between whole batches; this laptop's bundle is still written, so
    the stick carries on what it knew."""
    replica = session.replica
    result = sync_files(replica, folder, progress,
                        None if cancel is None else cancel.is_set)
    devices = {device.id: device.name for device in trust.list_devices(replica)}
    writers = writer_names(replica, [*result.imported, *result.skipped], devices)
    return FolderSynced(result, writers, len(replica.conflicts()),
                        _changes(*result.imported.values()))
