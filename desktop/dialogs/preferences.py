"""Preferences a secretary may change: when the vault locks itself, how long a copied
contact detail stays on the clipboard, their name (for "my tasks"), the theme, the
style and the language. Stored with QSettings (never secrets)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QStyleFactory,
    QWidget,
)

from ..i18n import LANGUAGE_NAMES
from ..settings import Settings
from ..widgets import ch, hint


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        form = QFormLayout(self)
        self.autolock = QSpinBox(self)
        self.autolock.setRange(0, 240)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setSpecialValueText(self.tr("never (only Ctrl+L and sleep)"))
        self.autolock.setValue(round(settings.autolock_minutes))
        self.autolock.setAccessibleName(self.tr("Lock after this many idle minutes"))
        form.addRow(self.tr("&Lock after idle:"), self.autolock)
        self.clipboard = QSpinBox(self)
        self.clipboard.setRange(5, 300)
        self.clipboard.setSuffix(" s")
        self.clipboard.setValue(round(settings.clipboard_clear_seconds))
        self.clipboard.setAccessibleName(self.tr("Clear a copied contact detail after seconds"))
        form.addRow(self.tr("&Clear copied details after:"), self.clipboard)
        self.my_name = QLineEdit(settings.my_name, self)
        self.my_name.setAccessibleName(self.tr("Your name, for the tasks given to you"))
        self.my_name.setPlaceholderText(self.tr("as tasks name you, e.g. Sam"))
        form.addRow(self.tr("Your &name (tasks):"), self.my_name)
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        for text, value in ((self.tr("As the system"), "system"), (self.tr("Light"), "light"),
                            (self.tr("Dark"), "dark")):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form.addRow(self.tr("&Theme:"), self.theme)
        self.style_box = QComboBox(self)
        self.style_box.setAccessibleName(self.tr("Style"))
        self.style_box.addItem(self.tr("The platform's"), "")
        for name in QStyleFactory.keys():
            self.style_box.addItem(name, name)
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(settings.style)))
        form.addRow(self.tr("&Style:"), self.style_box)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System default"), "system")
        for code, name in LANGUAGE_NAMES.items():  # each in its own language
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow(hint(self.tr("The vault also locks when the computer goes to sleep, and with "
                         "Ctrl+L. A locked window shows no member data."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.setMinimumWidth(min(ch(self, 56), 560))

    def accept(self) -> None:
        self.settings.autolock_minutes = self.autolock.value()
        self.settings.clipboard_clear_seconds = self.clipboard.value()
        self.settings.my_name = self.my_name.text().strip()
        self.settings.theme = self.theme.currentData()
        self.settings.style = self.style_box.currentData()
        self.settings.language = self.language.currentData()
        super().accept()


def apply_look(settings: Settings) -> None:
    """The theme and style chosen in the preferences, for the whole app."""
    from PySide6.QtWidgets import QApplication

    from ..style import apply_style

    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_style(app, settings.theme, settings.style)


def page_shortcuts(window: QWidget, titles: list[str],
                   go: Callable[[int], None]) -> list[QAction]:
    """Ctrl+1, Ctrl+2 … for each page of ``window`` (``go(row)`` shows one)."""
    actions = []
    for number, title in enumerate(titles, start=1):
        action = QAction(title, window)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _c=False, row=number - 1: go(row))
        window.addAction(action)
        actions.append(action)
    return actions
