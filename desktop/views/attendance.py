"""Taking attendance: type to find a member, tick attended / apologies / absent.

Keyboard first: type part of a name, press Down to reach the list, then **A**
(attended), **P** (apologies), **X** (absent) on the current
row; Enter in the search box marks the first match attended. The quorum line counts
live as people are marked. "Print sign-in sheet…" saves the meeting's sheet as a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session, documents
from sync.records import ATTENDANCE, Branch, Meeting, MemberQuery

from .. import formats
from ..dialogs.print_dialog import PrintDialog, ask_save_path, sign_in_written
from ..i18n import installed_language
from ..models.members import row_name
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, heading, hint, record_table

SHOWN = 200  # members listed at once: typing narrows the list
KEYS = {Qt.Key.Key_A: "attended", Qt.Key.Key_P: "apologies", Qt.Key.Key_X: "absent"}


@dataclass
class Row:
    member_id: str
    name: str
    status: str | None


@dataclass
class Sheet:
    meeting: Meeting
    rows: list[Row]
    matches: int


def load_sheet(branch: Branch, meeting_id: str, search: str) -> Sheet:
    """Runs on the worker: the meeting, and the members matching ``search`` with marks."""
    marks = {mid: status for mid, _name, status in branch.attendance(meeting_id)}
    ids = branch.member_ids(MemberQuery(search=search), "name")
    if not search.strip():  # people already marked first, then everyone else
        ids = [i for i in ids if i in marks] + [i for i in ids if i not in marks]
    rows = [Row(r.id, row_name(r), marks.get(r.id)) for r in branch.member_rows(ids[:SHOWN])]
    order = {mid: n for n, mid in enumerate(ids)}
    rows.sort(key=lambda r: order.get(r.member_id, 0))
    return Sheet(branch.get_meeting(meeting_id), rows, len(ids))


def mark(branch: Branch, meeting_id: str, member_id: str, status: str) -> Meeting:
    """Runs on the worker: record one mark; the meeting with its new counts."""
    branch.set_attendance(meeting_id, member_id, status)
    return branch.get_meeting(meeting_id)


class AttendanceModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AttendanceModel", "Member"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Attended"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Apologies"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Absent"),
    )
    #: the user ticked a cell: member id, status
    marked = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_status(self, member_id: str, status: str) -> None:
        for n, row in enumerate(self.rows):
            if row.member_id == member_id:
                row.status = status
                self.dataChanged.emit(self.index(n, 1), self.index(n, 3))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() > 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return row.name if role == Qt.ItemDataRole.DisplayRole else None
        status = ATTENDANCE[index.column() - 1]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.status == status else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.name} {status}: {'yes' if row.status == status else 'no'}"
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() == 0:
            return False
        self.marked.emit(self.rows[index.row()].member_id, ATTENDANCE[index.column() - 1])
        return True


class AttendancePanel(QWidget):
    #: attendance changed (the meetings list recounts)
    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Session | None = None
        self.branch: Branch | None = None
        self.meeting: Meeting | None = None
        self._request = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading("", self, 1.1)
        self.title.setAccessibleName(self.tr("Meeting"))
        self.title.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print sign-in sheet…"), self)
        self.print_button.setAccessibleName(self.tr("Print sign-in sheet"))
        self.print_button.setToolTip(self.tr("Save this meeting's sign-in sheet as a PDF to print: "
                                     "every current member, with spare lines"))
        self.print_button.clicked.connect(self.print_sheet)
        layout.addWidget(self.title)
        top = QHBoxLayout()
        top.addWidget(self.print_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.quorum = QLabel(self)
        self.quorum.setAccessibleName(self.tr("Quorum count"))
        self.quorum.setWordWrap(True)
        layout.addWidget(self.quorum)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Find a member to mark"))
        self.search.setPlaceholderText(self.tr("Type a name, then Down; A attended, "
                                               "P apologies, X absent"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = AttendanceModel(self)
        self.table = record_table(self.model, self, self.tr("Attendance"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.more = hint("", self)
        layout.addWidget(self.more)
        self.error = ErrorLabel(self, self.tr("Attendance error"))
        layout.addWidget(self.error)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(150)
        self.debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.search.returnPressed.connect(self._mark_first)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.model.marked.connect(self.set_mark)
        self.setEnabled(False)

    # -- state ----------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.clear()
        self.session = session
        self.branch = session.branch if session is not None else None

    def clear(self) -> None:
        self._request += 1
        self.meeting = None
        self.debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_rows([])
        self.title.clear()
        self.quorum.clear()
        self.more.clear()
        self.error.clear_message()
        self.setEnabled(False)

    def show_meeting(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.setEnabled(True)
        self._show_meeting(meeting)
        self.reload()

    def reload(self) -> None:
        self.debounce.stop()
        branch, meeting = self.branch, self.meeting
        if branch is None or meeting is None:
            return
        self._request += 1
        request = self._request
        text = self.search.text()
        self.runner.run(lambda: load_sheet(branch, meeting.id, text),
                        lambda sheet: self._loaded(request, sheet),
                        lambda e: self._failed(request, e), owner=self)

    def _loaded(self, request: int, sheet: Sheet) -> None:
        if request != self._request:
            return
        self.error.clear_message()
        self._show_meeting(sheet.meeting)
        self.model.set_rows(sheet.rows)
        extra = sheet.matches - len(sheet.rows)
        self.more.setText(
            self.tr("{extra} more: type more of a name to narrow the list.").format(
                extra=formats.number(extra))
            if extra > 0
            else ""
        )

    def _failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.error.show_message(human_message(error))

    def _show_meeting(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.title.setText(" · ".join(x for x in (meeting.title, meeting.date,
                                                  meeting.location) if x))
        text = self.tr(
            "Attended: {attended}  ·  Apologies: {apologies}  ·  Absent: {absent}"
        ).format(attended=formats.number(meeting.attended),
                 apologies=formats.number(meeting.apologies),
                 absent=formats.number(meeting.absent))
        if meeting.quorum:
            state = (
                self.tr("quorate")
                if meeting.quorate
                else self.tr("{value} more needed for quorum").format(
                    value=formats.number(meeting.quorum - meeting.attended)
                )
            )
            text += self.tr("  ·  Quorum: {attended} of {quorum} ({state})").format(
                attended=formats.number(meeting.attended), quorum=formats.number(meeting.quorum),
                state=state
            )
        else:
            text += self.tr("  ·  No quorum set")
        self.quorum.setText(text)

    def print_sheet(self) -> None:
        session, meeting = self.session, self.meeting
        if session is None or meeting is None:
            return
        path = ask_save_path(
            self,
            self.tr("Save the sign-in sheet as a PDF"),
            self.tr("Sign-in {value} {title}").format(
                value=formats.date_text(meeting.date), title=meeting.title
            ),
        )
        if path is None:
            return
        PrintDialog.run(
            self,
            self.runner,
            self.tr("Sign-in sheet"),
            self.tr(
                "The sign-in sheet for {title}: every current member, with a column "
                "to sign and spare lines for others."
            ).format(title=meeting.title),
            lambda progress, cancel: documents.print_sign_in(
                session, meeting.id, path, language=installed_language(), progress=progress,
                cancel=cancel,
            ),
            sign_in_written,
        )

    # -- marking --------------------------------------------------------------------
    def set_mark(self, member_id: str, status: str) -> None:
        branch, meeting = self.branch, self.meeting
        if branch is None or meeting is None:
            return
        self.model.set_status(member_id, status)  # at once; the worker confirms
        request = self._request

        def done(updated: Meeting) -> None:
            if request == self._request or self.meeting and self.meeting.id == updated.id:
                self._show_meeting(updated)
            self.changed.emit()

        self.runner.run(lambda: mark(branch, meeting.id, member_id, status), done,
                        lambda e: self._failed(self._request, e), owner=self)

    def _mark_first(self) -> None:
        self.debounce.stop()
        if self.model.rows:
            self.set_mark(self.model.rows[0].member_id, "attended")
            self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down and self.model.rows:
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
            if watched is self.table and key in KEYS:
                index = self.table.currentIndex()
                if index.isValid():
                    self.set_mark(self.model.rows[index.row()].member_id, KEYS[key])
                    return True
        return False
