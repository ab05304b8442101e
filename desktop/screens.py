"""Windows open whole, on the screen that holds them.

A new screen's window (unlock → main window, first run → main window) takes the old
window's place: the same screen, centred on where the old one was, never larger than
that screen's free area (the work area without panels and docks) and never partly off
it. Size it first, then place it: a window sized after placing could run off the edge.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: room kept for the window manager's frame and title bar, in font heights
FRAME_EMS = 2.0


def screen_of(widget: QWidget | None) -> QScreen | None:
    """The screen that holds ``widget`` (its centre), else the primary one."""
    if widget is not None:
        screen = QGuiApplication.screenAt(widget.frameGeometry().center())
        if screen is None and widget.windowHandle() is not None:
            screen = widget.windowHandle().screen()
        if screen is not None:
            return screen
    return QGuiApplication.primaryScreen()


def fit_rect(size: QSize, centre: QPoint, area: QRect, frame: int = 0) -> QRect:
    """A rectangle of at most ``size`` centred on ``centre`` and wholly inside ``area``
    (with ``frame`` pixels kept for the title bar above it and the border around it)."""
    inner = area.adjusted(frame // 4, frame, -(frame // 4), -(frame // 4))
    width, height = min(size.width(), inner.width()), min(size.height(), inner.height())
    left = min(max(centre.x() - width // 2, inner.left()), inner.right() - width + 1)
    top = min(max(centre.y() - height // 2, inner.top()), inner.bottom() - height + 1)
    return QRect(left, top, width, height)


def place(window: QWidget, near: QWidget | None = None) -> None:
    """Size and move ``window`` so it lies whole on the screen of ``near`` (or its own),
    centred where ``near`` was."""
    screen = screen_of(near if near is not None else window)
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = round(window.fontMetrics().height() * FRAME_EMS)
    centre = near.frameGeometry().center() if near is not None else area.center()
    if not area.contains(centre):
        centre = area.center()
    wanted = window.size().expandedTo(window.minimumSizeHint()) if not window.isVisible() \
        else window.size()
    rect = fit_rect(wanted, centre, area, frame)
    window.resize(rect.size())
    window.move(rect.topLeft())


def on_screen(window: QWidget) -> bool:
    """True when the window's frame lies wholly inside its screen's free area."""
    screen = screen_of(window)
    return screen is not None and screen.availableGeometry().contains(window.frameGeometry())
