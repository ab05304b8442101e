"""The sync centre's Conflicts tab: both sides of every conflict, and a decision."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.ops.conflicts import OpenConflict, open_conflicts, resolve, written_at

from .. import value_words
from ..models.records import Column, RecordTableModel
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, em, hint, record_table


def show_value(value: Any, field: str = "") -> str:
    if field == "deleted":
        return "deleted" if value else "kept"
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("conflicts", "(empty)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def when(hlc: int) -> str:
    return written_at({"hlc": hlc}).astimezone().strftime("%d %b %Y %H:%M")


def side_text(candidate: dict[str, Any]) -> str:
    who = candidate.get("device_name") or candidate.get("device", "")[:8]
    if candidate.get("mine"):
        who += QCoreApplication.translate("conflicts", " (this laptop)")
    value = show_value(candidate.get("value"), candidate.get("field", ""))
    if candidate.get("kind") == "edit":
        value = QCoreApplication.translate("conflicts", "edited {field} to {value}").format(
            field=value_words.field_in_sentence(str(candidate.get("field", ""))), value=value)
    return QCoreApplication.translate("conflicts", "{value} — {who}, {when}").format(
        value=value, who=who, when=when(int(candidate.get("hlc", 0))))


RECORD_KINDS = {
    "member": QT_TRANSLATE_NOOP("conflicts", "member"),
    "meeting": QT_TRANSLATE_NOOP("conflicts", "meeting"),
    "workplace": QT_TRANSLATE_NOOP("conflicts", "workplace"),
    "campaign": QT_TRANSLATE_NOOP("conflicts", "campaign"),
    "note": QT_TRANSLATE_NOOP("conflicts", "conversation"),
    "task": QT_TRANSLATE_NOOP("conflicts", "task"),
    "attendance": QT_TRANSLATE_NOOP("conflicts", "attendance"),
    "member_tag": QT_TRANSLATE_NOOP("conflicts", "tag"),
    "consent": QT_TRANSLATE_NOOP("conflicts", "consent"),
    "device": QT_TRANSLATE_NOOP("conflicts", "device"),
    "branch": QT_TRANSLATE_NOOP("conflicts", "branch"),
}


def what(view: OpenConflict) -> str:
    """The record and field a conflict is on, as a person reads it."""
    kind = view.table
    if view.table in RECORD_KINDS:
        kind = QCoreApplication.translate("conflicts", RECORD_KINDS[view.table])
    if view.table == "member" and view.row_name:
        label = view.row_name
    elif view.row_name:
        #: {kind} is a record's kind (meeting, workplace…), {name} its name or title
        label = QCoreApplication.translate("conflicts", "{kind} “{name}”").format(
            kind=kind, name=view.row_name)
    else:
        label = kind
    field_name = (
        QCoreApplication.translate("conflicts", "deleted or kept")
        if view.is_delete
        else value_words.field_in_sentence(view.field)
    )
    #: {record} is what the conflict is on, {field} the field of it
    return QCoreApplication.translate("conflicts", "{record} — {field}").format(
        record=label, field=field_name)


def _sides(view: OpenConflict, mine: bool) -> str:
    return "; ".join(side_text(c) for c in view.conflict.candidates
                     if bool(c.get("mine")) == mine) or "—"


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "What"), what),
    Column(QT_TRANSLATE_NOOP("columns", "This laptop"), lambda v: _sides(v, True)),
    Column(QT_TRANSLATE_NOOP("columns", "Other laptops"), lambda v: _sides(v, False)),
)


class ConflictsTab(QWidget):
    #: the number of open conflicts changed (for the navigation badge)
    count_changed = Signal(int)
    #: a conflict was settled (records changed: refresh the views)
    resolved = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Session | None = None
        self._request = 0
        layout = QVBoxLayout(self)
        layout.addWidget(hint(
            self.tr("Two laptops changed the same thing while apart. Nothing was lost: both values "
            "are kept until you choose. The value shown elsewhere meanwhile is the newest."),
            self))
        self.model = RecordTableModel(COLUMNS, self)
        self.table = record_table(self.model, self, self.tr("Conflicts"))
        self.table.setWordWrap(True)
        # two lines a row (the whole text is in the details below): not 150 px each
        self.table.verticalHeader().setDefaultSectionSize(em(self, 2.8))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._update)
        layout.addWidget(self.table, 1)
        self.detail = QLabel(self)
        self.detail.setAccessibleName(self.tr("Conflict details"))
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        row = QHBoxLayout()
        self.mine_button = self._button(self.tr("Keep mine"), row)
        self.theirs_button = self._button(self.tr("Keep theirs"), row)
        self.new_button = self._button(self.tr("Type a new value…"), row)
        self.restore_button = self._button(self.tr("Restore"), row)
        self.delete_button = self._button(self.tr("Keep deleted"), row)
        row.addStretch(1)
        layout.addLayout(row)
        self.empty = hint(self.tr("No conflicts on this laptop."), self)
        self.settled = hint(self.tr("Decided here. The other laptops still show the "
                                    "conflict until they sync with this one (by USB stick "
                                    "or at a meeting); then they take this decision."), self)
        self.settled.setAccessibleName(self.tr("Decision status"))
        self.settled.hide()
        layout.addWidget(self.settled)
        layout.addWidget(self.empty)
        self.error = ErrorLabel(self, self.tr("Conflict error"))
        layout.addWidget(self.error)
        self.mine_button.clicked.connect(lambda: self.resolve_selected("mine"))
        self.theirs_button.clicked.connect(lambda: self.resolve_selected("theirs"))
        self.restore_button.clicked.connect(lambda: self.resolve_selected("restore"))
        self.delete_button.clicked.connect(lambda: self.resolve_selected("delete"))
        self.new_button.clicked.connect(self.ask_new_value)
        self._update()

    def _button(self, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        row.addWidget(button)
        return button

    # -- state ----------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.clear()
        self.session = session

    def clear(self) -> None:
        self._request += 1
        self.session = None
        self.model.clear()
        self.detail.clear()
        self.error.clear_message()
        self.settled.hide()
        self._update()

    def reload(self) -> None:
        self._run(open_conflicts)

    def _run(self, work, changed: bool = False) -> None:
        session = self.session
        if session is None:
            return
        self._request += 1
        request = self._request

        def done(views: list[OpenConflict]) -> None:
            if request == self._request:
                self._show(views)
                self.settled.setVisible(changed or (self.settled.isVisible() and not views))
                if changed:
                    self.resolved.emit()

        def failed(error: BaseException) -> None:
            if request == self._request:
                self.error.show_message(human_message(error))

        self.runner.run(lambda: work(session), done, failed, owner=self)

    def _show(self, views: list[OpenConflict]) -> None:
        self.error.clear_message()
        self.model.set_records(views)
        if views:
            self.table.selectRow(0)
        self._update()
        self.count_changed.emit(len(views))

    # -- deciding -------------------------------------------------------------------
    def selected(self) -> OpenConflict | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _update(self, *_: object) -> None:
        view = self.selected()
        has = view is not None
        deleting = bool(view and view.is_delete)
        theirs = bool(view and any(not c.get("mine") for c in view.conflict.candidates))
        self.mine_button.setEnabled(has)
        self.theirs_button.setEnabled(has and theirs)
        self.new_button.setVisible(not deleting)
        self.new_button.setEnabled(has)
        self.restore_button.setVisible(deleting)
        self.delete_button.setVisible(deleting)
        self.empty.setVisible(self.model.rowCount() == 0 and self.session is not None)
        if view is None:
            self.detail.clear()
            return
        lines = [f"<b>{_escape(what(view))}</b>"]
        lines += [f"• {_escape(side_text(c))}" for c in view.conflict.candidates]
        self.detail.setText("<br>".join(lines))

    def resolve_selected(self, keep: str, value: str | None = None) -> None:
        view = self.selected()
        if view is None:
            return
        conflict_id = view.id
        self.error.clear_message()
        def work(session: Session) -> list[OpenConflict]:
            resolve(session, conflict_id, keep, value)
            return open_conflicts(session)

        self._run(work, changed=True)

    def ask_new_value(self) -> None:
        view = self.selected()
        if view is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Type a new value"),
                                        self.tr("New value for {what}:").format(what=what(view)))
        if ok:
            self.resolve_selected("", value=text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
