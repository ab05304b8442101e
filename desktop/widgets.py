"""Small widgets shared by the forms: inline error labels, busy bars, read-only record
tables, sizing helpers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
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
        self.setAccessibleName(name or "Error message")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class BusyBar(QProgressBar):
    """An indeterminate progress bar shown while work runs."""

    def __init__(self, parent: QWidget | None = None, name: str = "Working") -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(max(6, self.fontMetrics().height() // 2))
        self.setAccessibleName(name)
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

    path, _ = QFileDialog.getOpenFileName(parent, "Open a Caucus vault", start_dir,
                                          "Caucus vaults (*.caucus);;All files (*)")
    return path


def labelled_button(text: str, name: str, parent: QWidget, slot: Callable[[], Any],
                    icon: str | None = None) -> QPushButton:
    """A push button with its accessible name, connected to ``slot``."""
    button = QPushButton(icons.icon(icon), text, parent) if icon else QPushButton(text, parent)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button
