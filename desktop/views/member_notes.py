"""A member's conversation timeline, with a box to log a new conversation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.records import NOTE_METHODS, Branch, Campaign, Note, format_phone

from .. import formats, icons, value_words
from ..dates import DateField
from ..models.records import Column, RecordTableModel
from ..widgets import ErrorLabel, em, hint
from .member_form import nice


def note_text(note: Note) -> str:
    head = [note.date or ""]
    if note.method:
        head.append(nice(note.method))
    if note.author_name:
        head.append(
            QCoreApplication.translate("member_notes", "by {author_name}").format(
                author_name=note.author_name
            )
        )
    lines = [" · ".join(h for h in head if h)]
    if note.outcome:
        lines.append(
            QCoreApplication.translate("member_notes", "Outcome: {outcome}").format(
                outcome=note.outcome
            )
        )
    lines.append(note.text or "")
    if note.follow_up_on:
        lines.append(
            QCoreApplication.translate("member_notes", "Follow up on {follow_up_on}").format(
                follow_up_on=formats.date_text(note.follow_up_on)
            )
        )
    return "\n".join(lines)


class NotesTab(QWidget):
    #: (text, method, outcome, follow-up date, campaign id) to add as a note
    add_requested = Signal(str, object, str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.model = RecordTableModel(
            [Column(QT_TRANSLATE_NOOP("columns", "Conversation"), note_text)], self
        )
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Conversations"))
        self.empty = hint(self.tr("No conversations yet: write what was said below and "
                                  "press Add note."), self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        box = QFormLayout()
        box.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        box.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What was said? e.g. Spoke at the depot gate; "
                                             "keen to help with the petition."))
        self.text.setFixedHeight(em(self, 4))
        self.text.setAccessibleName(self.tr("Note text"))
        self.method = QComboBox(self)
        self.method.addItem(self.tr("(not said)"), None)
        for value in NOTE_METHODS:
            self.method.addItem(nice(value), value)
        self.method.setAccessibleName(self.tr("How"))
        self.outcome = QLineEdit(self)
        self.outcome.setPlaceholderText(self.tr("e.g. will come to the meeting"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.follow_up = DateField(self, self.tr("a date adds a follow-up task"))
        self.follow_up.setAccessibleName(self.tr("Follow up on"))
        self.campaign = QComboBox(self)
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.campaign.addItem(self.tr("(no campaign)"), None)
        for label, widget in ((self.tr("New &note"), self.text), (self.tr("Ho&w"), self.method),
                              (self.tr("&Outcome"), self.outcome),
                              (self.tr("&Follow up on"), self.follow_up),
                              (self.tr("Ca&mpaign"), self.campaign)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            box.addRow(caption, widget)
        layout.addLayout(box)
        self.error = ErrorLabel(self, self.tr("Note error"))
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.add = QPushButton(icons.icon("note"), self.tr("&Add note"), self)
        self.add.setAccessibleName(self.tr("Add note"))
        buttons.addWidget(self.add)
        layout.addLayout(buttons)
        self.add.clicked.connect(self._add)
        self._show_empty()

    def _add(self) -> None:
        self.error.clear_message()
        self.add_requested.emit(self.text.toPlainText(), self.method.currentData(),
                                self.outcome.text(), self.follow_up.iso(),
                                self.campaign.currentData())

    def set_campaigns(self, campaigns: list[Campaign]) -> None:
        current = self.campaign.currentData()
        self.campaign.clear()
        self.campaign.addItem(self.tr("(no campaign)"), None)
        for campaign in campaigns:
            self.campaign.addItem(campaign.name, campaign.id)
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(current)))

    def set_notes(self, notes: list[Note]) -> None:
        self.model.set_records(notes)
        self._show_empty()

    def _show_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

    def note_added(self) -> None:
        self.text.clear()
        self.outcome.clear()
        self.follow_up.clear()
        self.method.setCurrentIndex(0)
        self.campaign.setCurrentIndex(0)
        self.error.clear_message()

    def clear(self) -> None:
        self.model.clear()
        self.note_added()
        self._show_empty()


def history_time(entry: dict) -> str:
    return formats.date_text(entry.get("time") or "")




def _value_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("History", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("History", "yes")
            if value
            else QCoreApplication.translate("History", "no")
        )
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def history_rows(branch: Branch, history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Runs on the worker: each change in words: the field's label and the value as a
    person reads it (a workplace by its name, a tag added or removed); the links
    between records (a tag's member) are left out."""
    workplaces = {w.id: w.name for w in branch.list_workplaces()}
    region = branch.region
    tags: dict[str, str] = {}
    out = []
    for entry in history:
        table, name, value = entry.get("table"), str(entry.get("field", "")), \
            entry.get("value")
        row = dict(entry)
        if entry.get("redacted"):
            shown = QCoreApplication.translate("History", "(erased)")
        elif table == "member_tag":
            if name == "member_id":
                continue
            if name == "tag":
                tags[str(entry.get("row"))] = str(value)
                row["label"], shown = QCoreApplication.translate("History", "Tag added"), str(value)
            else:  # deleted
                tag = tags.get(str(entry.get("row")), "")
                row["label"] = (
                    QCoreApplication.translate("History", "Tag removed")
                    if value
                    else QCoreApplication.translate("History", "Tag added")
                )
                shown = tag
            row["shown"] = shown
            out.append(row)
            continue
        elif name == "workplace_id" and value:
            shown = workplaces.get(
                str(value), QCoreApplication.translate("History", "(a workplace no longer listed)")
            )
        elif name == "phones" and isinstance(value, list):
            shown = ", ".join(
                format_phone(str(p), region) for p in value
            ) or QCoreApplication.translate("History", "(empty)")
        elif name in ("status", "status_override", "basis", "method", "answer", "kind") \
                and isinstance(value, str) and value:
            shown = nice(str(value))
        else:
            shown = _value_text(value)
        if table == "consent":
            if name == "member_id":
                continue
            row["label"] = QCoreApplication.translate("History", "Consent: {kind}").format(
                kind=value_words.nice(name).lower())
        else:
            row["label"] = value_words.field(name)
        row["shown"] = shown
        out.append(row)
    return out


HISTORY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "When"), history_time),
    Column(QT_TRANSLATE_NOOP("columns", "Laptop"), lambda e: e.get("device_name") or ""),
    Column(QT_TRANSLATE_NOOP("columns", "What"), lambda e: e.get("label") or ""),
    Column(QT_TRANSLATE_NOOP("columns", "New value"), lambda e: e.get("shown") or ""),
)
