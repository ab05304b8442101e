"""A member's conversation timeline, with a box to log a new conversation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.records import NOTE_METHODS, Note

from .. import icons
from ..models.records import Column, RecordTableModel
from ..widgets import ErrorLabel, em
from .member_form import nice


def note_text(note: Note) -> str:
    head = [note.date or ""]
    if note.method:
        head.append(nice(note.method))
    if note.author_name:
        head.append(f"by {note.author_name}")
    lines = [" · ".join(h for h in head if h)]
    if note.outcome:
        lines.append(f"Outcome: {note.outcome}")
    lines.append(note.text or "")
    if note.follow_up_on:
        lines.append(f"Follow up on {note.follow_up_on}")
    return "\n".join(lines)


class NotesTab(QWidget):
    #: (text, method, outcome, follow-up date) to add as a note
    add_requested = Signal(str, object, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.model = RecordTableModel([Column("Conversation", note_text)], self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName("Conversations")
        layout.addWidget(self.view, 1)
        box = QFormLayout()
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText("What was said? e.g. Spoke at the depot gate; keen to "
                                     "help with the petition.")
        self.text.setFixedHeight(em(self, 4))
        self.text.setAccessibleName("Note text")
        self.method = QComboBox(self)
        self.method.addItem("(how?)", None)
        for value in NOTE_METHODS:
            self.method.addItem(nice(value), value)
        self.method.setAccessibleName("Method")
        self.outcome = QLineEdit(self)
        self.outcome.setPlaceholderText("e.g. will come to the meeting")
        self.outcome.setAccessibleName("Outcome")
        self.follow_up = QLineEdit(self)
        self.follow_up.setPlaceholderText("YYYY-MM-DD (adds a task)")
        self.follow_up.setAccessibleName("Follow-up date")
        row = QHBoxLayout()
        row.addWidget(self.method)
        row.addWidget(self.outcome, 1)
        row.addWidget(self.follow_up)
        box.addRow("New note", self.text)
        box.addRow("", row)
        layout.addLayout(box)
        self.error = ErrorLabel(self, "Note error")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.add = QPushButton(icons.icon("note"), "Add note", self)
        self.add.setAccessibleName("Add note")
        buttons.addWidget(self.add)
        layout.addLayout(buttons)
        self.add.clicked.connect(self._add)

    def _add(self) -> None:
        self.error.clear_message()
        self.add_requested.emit(self.text.toPlainText(), self.method.currentData(),
                                self.outcome.text(), self.follow_up.text())

    def set_notes(self, notes: list[Note]) -> None:
        self.model.set_records(notes)

    def note_added(self) -> None:
        self.text.clear()
        self.outcome.clear()
        self.follow_up.clear()
        self.method.setCurrentIndex(0)
        self.error.clear_message()

    def clear(self) -> None:
        self.model.clear()
        self.note_added()


def history_time(entry: dict) -> str:
    text = entry.get("time") or ""
    try:
        when = dt.datetime.fromisoformat(text).astimezone()
    except ValueError:
        return text
    return when.strftime("%Y-%m-%d %H:%M")


def history_field(entry: dict) -> str:
    table = entry.get("table")
    label = nice(str(entry.get("field", "")))
    if table == "member_tag":
        return f"Tag: {label}"
    if table == "consent":
        return f"Consent: {label}"
    return label


def history_value(entry: dict) -> str:
    if entry.get("redacted"):
        return "(erased)"
    value = entry.get("value")
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


HISTORY_COLUMNS = (
    Column("When", history_time),
    Column("Device", lambda e: e.get("device_name") or ""),
    Column("Field", history_field),
    Column("New value", history_value),
)
