"""Preferences a secretary may change: when the vault locks itself, how long a copied
contact detail stays on the clipboard. Stored with QSettings (never secrets)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from ..settings import Settings
from ..widgets import ch, hint


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("Preferences")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        form = QFormLayout(self)
        self.autolock = QSpinBox(self)
        self.autolock.setRange(0, 240)
        self.autolock.setSuffix(" min")
        self.autolock.setSpecialValueText("never")
        self.autolock.setValue(round(settings.autolock_minutes))
        self.autolock.setAccessibleName("Lock after this many idle minutes")
        form.addRow("&Lock after idle:", self.autolock)
        self.clipboard = QSpinBox(self)
        self.clipboard.setRange(5, 300)
        self.clipboard.setSuffix(" s")
        self.clipboard.setValue(round(settings.clipboard_clear_seconds))
        self.clipboard.setAccessibleName("Clear a copied contact detail after seconds")
        form.addRow("&Clear copied details after:", self.clipboard)
        form.addRow(hint("The vault also locks when the computer goes to sleep, and with "
                         "Ctrl+L. A locked window shows no member data.", self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(ch(self, 56))

    def accept(self) -> None:
        self.settings.autolock_minutes = self.autolock.value()
        self.settings.clipboard_clear_seconds = self.clipboard.value()
        super().accept()
