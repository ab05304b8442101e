"""Copying a contact detail: the clipboard forgets it again after a short while.

Other programs (and clipboard managers) can read the clipboard, so a copied email or
phone number is cleared :attr:`ClipboardGuard.seconds` later — but only if the
clipboard still holds exactly that text, so whatever the user copied since survives.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

DEFAULT_SECONDS = 30.0


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None, seconds: float = DEFAULT_SECONDS) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard and schedule its removal."""
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self._copied = text
        self._timer.start(max(1, round(self.seconds * 1000)))

    def clear_now(self) -> None:
        """Empty the clipboard if it still holds what we copied (on timeout and on lock)."""
        self._timer.stop()
        copied, self._copied = self._copied, None
        if copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == copied:
            clipboard.clear()
