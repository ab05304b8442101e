"""Lock when the computer goes to sleep.

On Linux, systemd-logind announces a suspend on the system bus: the
``org.freedesktop.login1.Manager.PrepareForSleep(true)`` signal, which QtDBus (part of
PySide6-Essentials) can receive. Where there is no system bus (Windows, macOS, a
container, a desktop without logind) the watcher falls back to Qt's application
state: ``ApplicationSuspended`` (sent by platforms that suspend apps) and
``ApplicationHidden`` both lock. A plain switch to another window
(``ApplicationInactive``) does not lock; the idle timer covers that.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1",
          "org.freedesktop.login1.Manager", "PrepareForSleep")


class SuspendWatcher(QObject):
    """Emits :attr:`suspending` when the system is about to sleep (or the app is hidden)."""

    suspending = Signal()

    def __init__(self, parent: QObject | None = None, *, use_dbus: bool = True) -> None:
        super().__init__(parent)
        self.dbus = use_dbus and self._connect_login1()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.application_state_changed)

    @property
    def method(self) -> str:
        """How suspend is detected, for the About box and the logs."""
        return "logind PrepareForSleep (D-Bus)" if self.dbus else "application state"

    def _connect_login1(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without QtDBus
            return False
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return False
        return bool(bus.connect(*LOGIN1, self, SLOT("prepare_for_sleep(bool)")))

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.suspending.emit()

    @Slot(Qt.ApplicationState)
    def application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended or (
            state == Qt.ApplicationState.ApplicationHidden and not self.dbus
        ):
            self.suspending.emit()
