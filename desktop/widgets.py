"""Small widgets shared by the forms: inline error labels, busy bars, read-only record
tables, sizing helpers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from . import icons
from .style import error_colour, tint


def em(widget: QWidget, n: float) -> int:
    """``n`` times the widget's font height, in pixels (size by font, not pixels)."""
    return round(widget.fontMetrics().height() * n)


def ch(widget: QWidget, n: float) -> int:
    """Width of ``n`` average characters of the widget's font."""
    return round(widget.fontMetrics().averageCharWidth() * n)


class ErrorLabel(QLabel):
    """An inline message under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setProperty("role", "error")
        tint(self, error_colour())
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(name or self.tr("Error message"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class BusyBar(QProgressBar):
    """An indeterminate progress bar shown while work runs."""

    #: how long work runs before :meth:`set_busy` shows the bar
    DELAY_MS = 400

    def __init__(self, parent: QWidget | None = None, name: str | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(max(6, self.fontMetrics().height() // 2))
        self.setAccessibleName(name if name is not None else self.tr("Working"))
        self.hide()
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(self.DELAY_MS)
        self._delay.timeout.connect(self.show)

    def set_busy(self, busy: bool) -> None:
        """Show the bar once work has run for a moment, hide it when it ends: a search
        of a few milliseconds flashes nothing, and its animation (repainted many times
        a second) never competes with the work it stands for."""
        if busy:
            if not self.isVisible() and not self._delay.isActive():
                self._delay.start()
        else:
            self._delay.stop()
            self.hide()


def record_table(model: QAbstractItemModel, parent: QWidget, name: str, *,
                 single_selection: bool = True) -> QTableView:
    """A read-only table over ``model``: whole rows are selected (one at a time unless
    told otherwise), nothing is edited in place, and there are no row numbers."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table


class FoldingSplitter(QSplitter):
    """A splitter side by side while the window is wide, one above the other once it is
    narrower than ``wide_chars`` average characters: a narrow window (1024 pixels, or
    2× scaling) keeps every pane whole instead of growing off the screen."""

    def __init__(self, wide_chars: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.wide_chars = wide_chars
        self.setChildrenCollapsible(False)

    def resizeEvent(self, event) -> None:  # noqa: N802
        wide = event.size().width() >= ch(self, self.wide_chars)
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.orientation() != wanted:
            self.setOrientation(wanted)
        super().resizeEvent(event)


class ScrollingTabs(QTabWidget):
    """Tabs whose pages scroll when the window is shorter than a page (a 2× scaled
    laptop screen): each page added is put in a scroll area; ``setCurrentWidget`` and
    ``indexOf`` still take the page itself."""

    def addTab(self, page: QWidget, *args) -> int:  # noqa: N802
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return super().addTab(scroll, *args)

    def indexOf(self, page: QWidget) -> int:  # noqa: N802
        for index in range(self.count()):
            scroll = self.widget(index)
            if scroll is page or isinstance(scroll, QScrollArea) and scroll.widget() is page:
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)

    def page(self, index: int) -> QWidget | None:
        """The page at ``index`` (not its scroll area)."""
        scroll = self.widget(index)
        return scroll.widget() if isinstance(scroll, QScrollArea) else scroll


def heading(text: str, parent: QWidget | None = None, scale: float = 1.4) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


def choose_vault_file(parent: QWidget, start_dir: str) -> str:
    """Ask for an existing vault file; ``""`` if the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("widgets", "Open a Caucus vault"),
        start_dir,
        QCoreApplication.translate("widgets", "Caucus vaults (*.caucus);;All files (*)"),
    )
    return path


def labelled_button(text: str, name: str, parent: QWidget, slot: Callable[[], Any],
                    icon: str | None = None) -> QPushButton:
    """A push button with its accessible name, connected to ``slot``."""
    button = QPushButton(icons.icon(icon), text, parent) if icon else QPushButton(text, parent)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button
