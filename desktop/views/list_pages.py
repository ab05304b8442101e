"""Workplaces, Campaigns, Tasks and Meetings: short lists with an “add” line each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.records import Branch, Campaign, Meeting, Task, Workplace

from .. import icons
from ..models.records import Column, RecordTableModel, attr
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, ch, heading, record_table
from .member_form import nice


class ListPage(QWidget):
    """A heading, a table of records, an add line; loads and adds on the vault worker."""

    title = ""
    icon_name = ""
    columns: Sequence[Column] = ()
    #: (placeholder, accessible name, width in characters) of the add line's fields
    add_fields: Sequence[tuple[str, str, int]] = ()
    add_label = "Add"
    #: a change the page made that other pages may show (e.g. a new workplace)
    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Session | None = None
        self.branch: Branch | None = None
        self._request = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading(self.title, self, 1.2))
        top.addStretch(1)
        self.extra = QHBoxLayout()
        top.addLayout(self.extra)
        layout.addLayout(top)
        self.model = RecordTableModel(self.columns, self)
        self.table = record_table(self.model, self, self.title, single_selection=False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.inputs: list[QLineEdit] = []
        add = QHBoxLayout()
        for placeholder, name, width in self.add_fields:
            edit = QLineEdit(self)
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(name)
            edit.setMinimumWidth(ch(self, width))
            edit.returnPressed.connect(self.add)
            self.inputs.append(edit)
            add.addWidget(edit, 1 if width > 20 else 0)
        if self.add_fields:
            self.add_button = QPushButton(icons.icon("add"), self.add_label, self)
            self.add_button.setAccessibleName(self.add_label)
            self.add_button.clicked.connect(self.add)
            add.addWidget(self.add_button)
            layout.addLayout(add)
        self.error = ErrorLabel(self, f"{self.title} error")
        layout.addWidget(self.error)

    # -- to override ----------------------------------------------------------------
    def fetch(self, branch: Branch, **options: Any) -> list[Any]:
        """Runs on the worker: the records to list (``options`` from :meth:`options`)."""
        raise NotImplementedError

    def options(self) -> dict[str, Any]:
        """Read on the UI thread: widget state the fetch depends on."""
        return {}

    def create(self, branch: Branch, values: list[str]) -> object:
        raise NotImplementedError

    # -- behaviour ------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.clear()
        self.session = session
        self.branch = session.branch if session is not None else None

    def clear(self) -> None:
        self._request += 1
        self.session = self.branch = None
        self.model.clear()
        self.error.clear_message()
        for edit in self.inputs:
            edit.clear()

    def reload(self) -> None:
        branch = self.branch
        if branch is None:
            return
        self._request += 1
        request = self._request
        options = self.options()
        self.runner.run(lambda: self.fetch(branch, **options),
                        lambda rows: self._loaded(request, rows),
                        lambda e: self._failed(request, e), owner=self)

    def _loaded(self, request: int, rows: list[Any]) -> None:
        if request == self._request:
            self.model.set_records(rows)
            self.table.resizeColumnsToContents()

    def _failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.error.show_message(human_message(error))

    def add(self) -> None:
        self._run_change(lambda branch, values: self.create(branch, values),
                         [e.text() for e in self.inputs], clear_inputs=True)

    def _run_change(self, action: Callable[[Branch, Any], object], arg: Any,
                    clear_inputs: bool = False) -> None:
        branch = self.branch
        if branch is None:
            return
        self.error.clear_message()
        self._request += 1
        request = self._request
        options = self.options()

        def work() -> list[Any]:
            action(branch, arg)
            return self.fetch(branch, **options)

        def done(rows: list[Any]) -> None:
            if clear_inputs:
                for edit in self.inputs:
                    edit.clear()
            self._loaded(request, rows)
            self.changed.emit()

        self.runner.run(work, done, lambda e: self._failed(request, e), owner=self)


def _average(w: Workplace) -> str:
    return f"{w.assessment_total / w.assessed:.1f}" if w.assessed else ""


class WorkplacesPage(ListPage):
    title = "Workplaces"
    icon_name = "workplace"
    columns = (
        Column("Workplace", attr("name")),
        Column("Employer", attr("employer")),
        Column("Sector", attr("sector")),
        Column("Members", attr("members"), align_right=True),
        Column("Assessed", attr("assessed"), align_right=True),
        Column("Average assessment", _average, align_right=True),
    )
    add_fields = (("New workplace name", "New workplace name", 30),
                  ("Employer", "Employer", 20))
    add_label = "Add workplace"
    #: double-clicked: show this workplace's members
    open_workplace = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.table.doubleClicked.connect(self._open)
        self.table.setToolTip("Double-click a workplace to list its members")

    def fetch(self, branch: Branch, **options: Any) -> list[Workplace]:
        return branch.list_workplaces()

    def create(self, branch: Branch, values: list[str]) -> object:
        return branch.add_workplace(values[0], employer=values[1])

    def _open(self, index: QModelIndex) -> None:
        self.open_workplace.emit(self.model.record(index.row()).id)


class CampaignsPage(ListPage):
    title = "Campaigns"
    icon_name = "campaign"
    columns = (
        Column("Campaign", attr("name")),
        Column("Status", lambda c: nice(c.status or "")),
        Column("Starts", attr("starts_on")),
        Column("Ends", attr("ends_on")),
        Column("Conversations", attr("notes"), align_right=True),
        Column("Description", attr("description")),
    )
    add_fields = (("New campaign name", "New campaign name", 30),
                  ("Starts (YYYY-MM-DD)", "Start date", 14))
    add_label = "Add campaign"

    def fetch(self, branch: Branch, **options: Any) -> list[Campaign]:
        return branch.list_campaigns()

    def create(self, branch: Branch, values: list[str]) -> object:
        return branch.add_campaign(values[0], starts_on=values[1] or None)


def _quorate(m: Meeting) -> str:
    return {None: "", True: "yes", False: "no"}[m.quorate]


class MeetingsPage(ListPage):
    title = "Meetings"
    icon_name = "meetings"
    columns = (
        Column("Date", attr("date")),
        Column("Meeting", attr("title")),
        Column("Location", attr("location")),
        Column("Attended", attr("attended"), align_right=True),
        Column("Apologies", attr("apologies"), align_right=True),
        Column("Quorum", attr("quorum"), align_right=True),
        Column("Quorate", _quorate),
    )
    add_fields = (("New meeting title", "New meeting title", 30),
                  ("Date (YYYY-MM-DD)", "Meeting date", 14),
                  ("Location", "Location", 16),
                  ("Quorum", "Quorum", 8))
    add_label = "Add meeting"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        from .attendance import AttendancePanel

        super().__init__(runner, parent)
        self.attendance = AttendancePanel(runner, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        layout = self.layout()
        layout.replaceWidget(self.table, splitter)
        splitter.addWidget(self.table)
        splitter.addWidget(self.attendance)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.attendance.changed.connect(self._attendance_changed)
        self._select_after: str | None = None

    def fetch(self, branch: Branch, **options: Any) -> list[Meeting]:
        return branch.list_meetings()

    def create(self, branch: Branch, values: list[str]) -> object:
        return branch.add_meeting(values[0], date=values[1] or None,
                                  location=values[2] or None, quorum=values[3] or None)

    def set_session(self, session: Session | None) -> None:
        super().set_session(session)
        self.attendance.set_session(session)

    def clear(self) -> None:
        super().clear()
        if hasattr(self, "attendance"):
            self.attendance.clear()

    def _loaded(self, request: int, rows: list[Any]) -> None:
        current = self.attendance.meeting.id if self.attendance.meeting else None
        super()._loaded(request, rows)
        wanted = self._select_after or current
        self._select_after = None
        if wanted:
            self.select_meeting(wanted)

    def select_meeting(self, meeting_id: str) -> bool:
        for row, meeting in enumerate(self.model.records):
            if meeting.id == meeting_id:
                self.table.selectRow(row)
                return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        meeting: Meeting = self.model.record(current.row())
        shown = self.attendance.meeting
        if shown is None or shown.id != meeting.id:
            self.attendance.show_meeting(meeting)

    def _attendance_changed(self) -> None:
        meeting = self.attendance.meeting
        if meeting is None:
            return
        for row, record in enumerate(self.model.records):
            if record.id == meeting.id:
                self.model.records[row] = meeting
                self.model.dataChanged.emit(self.model.index(row, 0),
                                            self.model.index(row, len(self.columns) - 1))


class TasksPage(ListPage):
    title = "Tasks"
    icon_name = "tasks"
    columns = (
        Column("Done", attr("done"), checkable=True),
        Column("Due", attr("due_on")),
        Column("Task", attr("title")),
        Column("Member", attr("member_name")),
        Column("Assignee", attr("assignee")),
    )
    add_fields = (("New task", "New task", 30), ("Due (YYYY-MM-DD)", "Due date", 14))
    add_label = "Add task"
    #: double-clicked a task about a member: show that member
    open_member = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.show_done = QCheckBox("Show done", self)
        self.show_done.setAccessibleName("Show done tasks")
        self.show_done.toggled.connect(self.reload)
        self.extra.addWidget(self.show_done)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._double_clicked)

    def options(self) -> dict[str, Any]:
        return {"include_done": self.show_done.isChecked()}

    def fetch(self, branch: Branch, **options: Any) -> list[Task]:
        return branch.list_tasks(include_done=bool(options.get("include_done")))

    def create(self, branch: Branch, values: list[str]) -> object:
        return branch.add_task(values[0], due_on=values[1] or None)

    def toggle_done(self, row: int) -> None:
        task: Task = self.model.record(row)
        self._run_change(lambda branch, t: branch.complete_task(t.id, not t.done), task)

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == 0:
            self.toggle_done(index.row())

    def _double_clicked(self, index: QModelIndex) -> None:
        task: Task = self.model.record(index.row())
        if index.column() != 0 and task.member_id:
            self.open_member.emit(task.member_id)
