"""The sync centre: USB, Devices, Conflicts and (later) LAN, as tabs of one page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sync.records import Branch

from ..settings import Settings
from ..tasks import TaskRunner
from ..widgets import heading, hint
from .conflicts import ConflictsTab
from .devices import DevicesTab
from .sync_usb import UsbTab

LAN_PLACEHOLDER = (
    "Meeting sync over the venue's Wi-Fi is on its way. Until it lands, sync with a USB "
    "stick: each laptop syncs to the stick in turn, then the first ones once more.")


class SyncCentre(QWidget):
    #: records changed (a sync brought changes in, or a conflict was settled)
    changed = Signal()
    message = Signal(str)
    #: open conflicts: their number
    conflicts_changed = Signal(int)

    def __init__(self, runner: TaskRunner, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Sync", self, 1.2))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Sync centre")
        self.usb = UsbTab(runner, settings, self.tabs)
        self.devices = DevicesTab(runner, self.tabs)
        self.conflicts = ConflictsTab(runner, self.tabs)
        self.lan = QWidget(self.tabs)
        lan_layout = QVBoxLayout(self.lan)
        lan_layout.addWidget(hint(LAN_PLACEHOLDER, self.lan))
        lan_layout.addStretch(1)
        self.tabs.addTab(self.usb, "USB stick")
        self.tabs.addTab(self.devices, "Devices")
        self.tabs.addTab(self.conflicts, "Conflicts")
        self.tabs.addTab(self.lan, "Meeting (Wi-Fi)")
        layout.addWidget(self.tabs, 1)
        self.usb.synced.connect(self._synced)
        self.conflicts.resolved.connect(self.changed)
        self.conflicts.count_changed.connect(self._conflict_count)
        self.devices.message.connect(self.message)

    def set_branch(self, branch: Branch | None) -> None:
        for tab in (self.usb, self.devices, self.conflicts):
            tab.set_branch(branch)

    def reload(self) -> None:
        self.devices.reload()
        self.conflicts.reload()

    def clear(self) -> None:
        for tab in (self.usb, self.devices, self.conflicts):
            tab.clear()
        self._conflict_count(0)

    def show_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.conflicts)

    def _synced(self) -> None:
        self.reload()
        self.changed.emit()

    def _conflict_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.conflicts)
        self.tabs.setTabText(index, f"Conflicts ({count})" if count else "Conflicts")
        self.conflicts_changed.emit(count)
