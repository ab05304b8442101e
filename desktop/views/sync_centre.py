"""The sync centre: USB, Devices, Conflicts, meeting sync over Wi-Fi and always-on sync,
as tabs of one page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sync.ops import Session

from .. import formats
from ..settings import Settings
from ..tasks import TaskRunner
from ..widgets import ScrollingTabs, heading
from .conflicts import ConflictsTab
from .devices import DevicesTab
from .sync_always_on import AlwaysOnTab
from .sync_lan import LanTab
from .sync_usb import UsbTab


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
        layout.addWidget(heading(self.tr("Sync"), self, 1.2))
        self.tabs = ScrollingTabs(self)  # each tab scrolls in a short window
        self.tabs.setAccessibleName(self.tr("Sync centre"))
        self.usb = UsbTab(runner, settings, self.tabs)
        self.devices = DevicesTab(runner, self.tabs)
        self.conflicts = ConflictsTab(runner, self.tabs)
        self.lan = LanTab(runner, self.tabs)
        self.always_on = AlwaysOnTab(runner, self.tabs)
        self.tabs.addTab(self.usb, self.tr("USB stick"))
        self.tabs.addTab(self.devices, self.tr("Devices"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.lan, self.tr("Meeting (Wi-Fi)"))
        self.tabs.addTab(self.always_on, self.tr("Always-on"))
        layout.addWidget(self.tabs, 1)
        self.usb.synced.connect(self._synced)
        self.lan.synced.connect(self._synced)
        self.always_on.synced.connect(self._synced)
        self.always_on.message.connect(self.message)
        self.lan.paired.connect(self.reload)
        self.conflicts.resolved.connect(self.changed)
        self.conflicts.count_changed.connect(self._conflict_count)
        self.devices.message.connect(self.message)
        # Meeting mode must not outlive the window (the app may quit without a lock).
        self.window().installEventFilter(self)

    def set_session(self, session: Session | None) -> None:
        for tab in (self.usb, self.devices, self.conflicts, self.lan, self.always_on):
            tab.set_session(session)

    def reload(self) -> None:
        self.devices.reload()
        self.conflicts.reload()
        self.lan.reload()
        self.always_on.reload()

    def clear(self) -> None:
        """The vault is locking: empty every tab; meeting mode, syncs and pairing stop."""
        for tab in (self.usb, self.devices, self.conflicts, self.lan, self.always_on):
            tab.clear()
        self._conflict_count(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window() and event.type() == QEvent.Type.Close:
            self.lan.shutdown()
            self.always_on.shutdown()
        return False

    def local_change(self) -> None:
        """A record was saved on this laptop (always-on sync carries it at once)."""
        self.always_on.local_change()

    def show_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.conflicts)

    def _synced(self) -> None:
        self.reload()
        self.changed.emit()

    def _conflict_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.conflicts)
        self.tabs.setTabText(
            index,
            self.tr("Conflicts ({count})").format(count=formats.number(count)) if count
            else self.tr("Conflicts"),
        )
        self.conflicts_changed.emit(count)
