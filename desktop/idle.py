"""Auto-lock: an application-wide event filter resets a timer on every user input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    """Emits :attr:`idle` once after ``minutes`` without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.idle)
        self._installed = False
        self._started = False
        self.set_minutes(minutes)

    @property
    def timer(self) -> QTimer:
        """The count down to locking (tests read how much of it is left)."""
        return self._timer

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: float) -> None:
        """Change the idle time; a started watcher counts afresh (0 = never lock)."""
        self._minutes = max(0.0, float(minutes))
        self._timer.setInterval(max(1, round(self._minutes * 60_000)))
        if self._started:
            self._arm()

    def start(self) -> None:
        """Watch from now (after an unlock) until :meth:`stop`."""
        self._started = True
        self._arm()

    def stop(self) -> None:
        self._started = False
        self._disarm()

    def _arm(self) -> None:
        if self._minutes <= 0:
            self._disarm()
            return
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def _disarm(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False
