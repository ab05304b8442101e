"""A small form for one record's details (a workplace, a campaign): each field a line,
a paragraph, a date (with its calendar) or a choice. It only collects values; the page
that opens it saves them on the worker and shows the engine's errors here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..dates import DateField
from ..widgets import ErrorLabel, ch, em


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "line"  # "line", "text", "date" or "choice"
    choices: Sequence[tuple[str, Any]] = ()


class RecordDialog(QDialog):
    """Edit ``values`` (key → value) through ``fields``; :attr:`submitted` carries the
    changed values when the user saves."""

    submitted = Signal(dict)

    def __init__(self, title: str, fields: Sequence[Field], values: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.fields = list(fields)
        self.original = dict(values)
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in self.fields:
            editor = self._editor(field, values.get(field.key))
            editor.setAccessibleName(field.label.replace("&", ""))
            label = QLabel(field.label, self)
            label.setBuddy(editor)
            form.addRow(label, editor)
            self.editors[field.key] = editor
        layout.addLayout(form)
        self.error = ErrorLabel(self, self.tr("Error"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(ch(self, 60), 600))

    def _editor(self, field: Field, value: Any) -> QWidget:
        if field.kind == "text":
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setPlainText(value or "")
            edit.setFixedHeight(em(self, 4))
            return edit
        if field.kind == "choice":
            combo = QComboBox(self)
            for text, data in field.choices:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        edit = DateField(self) if field.kind == "date" else QLineEdit(self)
        edit.setText("" if value is None else str(value))
        return edit

    def values(self) -> dict[str, Any]:
        """Every field as typed (dates as ISO when they read as dates)."""
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QPlainTextEdit):
                out[key] = editor.toPlainText()
            elif isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, DateField):
                out[key] = editor.iso()
            elif isinstance(editor, QLineEdit):
                out[key] = editor.text()
        return out

    def changed_values(self) -> dict[str, Any]:
        """Only what the user changed (an emptied field becomes ``None``)."""
        out = {}
        for key, value in self.values().items():
            before = self.original.get(key)
            if (value or None) != (before or None):
                out[key] = value if value != "" else None
        return out

    def _save(self) -> None:
        self.error.clear_message()
        self.save_button.setEnabled(False)
        self.submitted.emit(self.changed_values())

    def failed(self, message: str) -> None:
        """The save was refused: say why here, keep what was typed."""
        self.save_button.setEnabled(True)
        self.error.show_message(message)
