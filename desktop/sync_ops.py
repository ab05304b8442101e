"""Sync work that runs on the vault worker: the USB folder sync, the roster, conflicts.

Nothing here touches a widget; each function composes the public API of :mod:`sync`
and is handed to :meth:`desktop.tasks.TaskRunner.run` by the sync centre.

:func:`usb_sync` runs the engine's :func:`sync.bundle.sync_folder` unchanged (so the
rules about which files are imported or skipped stay in one place). ``sync_folder``
reports progress only as sentences ("Importing NAME"); to drive a determinate
progress bar the replica is wrapped in :class:`_BatchReporter`, which adds a
``progress(done, bytes)`` callback to every :meth:`Replica.receive` call — one report
per applied batch — and everything else passes straight through.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sync.bundle import SUFFIX, FolderSyncResult, bundle_name, sync_folder
from sync.errors import CaucusError
from sync.records import Branch, resolve_conflict
from sync.replica import Conflict, Replica
from sync.trust import (
    Device,
    admit_device,
    branch_fingerprint,
    list_devices,
    read_join_request,
    revoke_device,
)

#: report(text, fraction): fraction in 0..1, or None while the amount is unknown
Report = Callable[[str, float | None], None]


class _BatchReporter:
    """A replica that reports each batch :meth:`Replica.receive` applies."""

    def __init__(self, replica: Replica, on_batch: Callable[[int, int], None]) -> None:
        object.__setattr__(self, "_replica", replica)
        object.__setattr__(self, "_on_batch", on_batch)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._replica, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._replica, name, value)

    def receive(self, items, *args: Any, progress: Callable[[int, int], None] | None = None,
                **kwargs: Any):
        def both(done: int, nbytes: int) -> None:
            self._on_batch(done, nbytes)
            if progress is not None:
                progress(done, nbytes)

        return self._replica.receive(items, *args, progress=both, **kwargs)


def incoming_bundles(replica: Replica, folder: Path) -> dict[str, int]:
    """The other devices' bundle files in ``folder`` (name → size), in import order."""
    mine = bundle_name(replica)
    out: dict[str, int] = {}
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if path.name == mine or path.name.startswith(".") or not path.is_file():
            continue
        try:
            out[path.name] = path.stat().st_size
        except OSError:
            out[path.name] = 0
    return out


@dataclass
class UsbOutcome:
    result: FolderSyncResult
    #: bundle file name → the name of the laptop that wrote it (when in the roster)
    writers: dict[str, str]
    conflicts: int

    @property
    def cancelled(self) -> bool:
        return any(r.cancelled for r in self.result.imported.values())


def usb_sync(replica: Replica, folder: str | Path, report: Report,
             cancelled: Callable[[], bool]) -> UsbOutcome:
    """Import every other laptop's bundle in ``folder``, then write this laptop's."""
    folder = Path(folder)
    sizes = incoming_bundles(replica, folder) if folder.is_dir() else {}
    total = max(1, sum(sizes.values()))
    state = {"text": "", "base": 0, "size": 0}

    def on_message(text: str) -> None:
        state["text"] = text
        done = 0
        for name, size in sizes.items():
            if name in text:
                state["base"], state["size"] = done, size
                report(text, done / total)
                return
            done += size
        if text.startswith("Writing"):
            report("Writing this laptop's bundle to the folder", None)
        else:
            report(text, None)

    def on_batch(_done: int, nbytes: int) -> None:
        base, size = state["base"], state["size"]
        report(str(state["text"]), min(1.0, (base + min(nbytes, size)) / total))

    result = sync_folder(_BatchReporter(replica, on_batch), folder, on_message, cancelled)
    writers = {}
    for device in list_devices(replica):
        name = bundle_name_for(device.id)
        if name in result.imported or name in result.skipped:
            writers[name] = device.name
    return UsbOutcome(result, writers, len(replica.conflicts()))


def bundle_name_for(device_id: str) -> str:
    """The bundle file another device writes (the engine's ``bundle_name`` rule)."""
    return bundle_name(SimpleNamespace(device_id=device_id))  # type: ignore[arg-type]


# -- devices ------------------------------------------------------------------------
@dataclass
class Roster:
    devices: list[Device]
    admin: bool
    #: the branch fingerprint a laptop joining by USB compares (sync.trust)
    fingerprint: str = ""


def load_roster(branch: Branch) -> Roster:
    replica = branch.replica
    return Roster(list_devices(replica),
                  replica.device_role(replica.device_id) == "admin",
                  branch_fingerprint(replica.branch_id))


def revoke(branch: Branch, device_id: str) -> Roster:
    revoke_device(branch.replica, device_id)
    return load_roster(branch)


def request_name(path: str) -> tuple[bytes, str]:
    """The join request's bytes and the device name it carries (checks the signature)."""
    data = Path(path).read_bytes()
    _pk, name = read_join_request(data)
    return data, name


def admit(branch: Branch, request: bytes, role: str, welcome_path: str) -> Device:
    return admit_device(branch.replica, request, role, welcome_path)


# -- conflicts ----------------------------------------------------------------------
@dataclass
class ConflictView:
    """One open conflict with the names a person reads."""

    conflict: Conflict
    what: str  # "Ana Lopez — phones" / "meeting 'AGM' — date"
    sides: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.conflict.id

    @property
    def is_delete(self) -> bool:
        return self.conflict.field == "deleted"


def _row_label(branch: Branch, table: str, row: str) -> str:
    try:
        if table == "member":
            return branch.get_member(row).display_name
        if table == "meeting":
            return f"meeting “{branch.get_meeting(row).title}”"
        if table == "workplace":
            return f"workplace “{branch.get_workplace(row).name}”"
    except CaucusError:  # a row this laptop cannot show: its id still names it
        return f"{table} {row[:8]}"
    return f"{table} {row[:8]}"


def load_conflicts(branch: Branch) -> list[ConflictView]:
    out = []
    for conflict in branch.replica.conflicts():
        label = _row_label(branch, conflict.table, conflict.row)
        field_name = "deleted or kept" if conflict.field == "deleted" else conflict.field
        out.append(ConflictView(conflict, f"{label} — {field_name.replace('_', ' ')}",
                                list(conflict.candidates)))
    return out


def resolve(branch: Branch, conflict_id: str, keep: str,
            value: str | None = None) -> list[ConflictView]:
    resolve_conflict(branch, conflict_id, keep, value)
    return load_conflicts(branch)
