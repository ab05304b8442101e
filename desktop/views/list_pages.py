"""Workplaces, Campaigns, Tasks and Meetings: short lists with an “add” line each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.records import CAMPAIGN_STATUSES, Branch, Campaign, Meeting, Task, Workplace

from .. import formats, icons
from ..dates import DateField
from ..dialogs.record_dialog import Field, RecordDialog
from ..flow import FlowLayout
from ..formats import date_column
from ..models.records import Column, RecordTableModel, attr
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, FoldingSplitter, ch, heading, hint, record_table
from .member_form import nice

#: the add line's fields that take a date (typed in the locale's format or ISO, or picked)
DATE_INPUTS = (
    QT_TRANSLATE_NOOP("list_pages", "Start date"),
    QT_TRANSLATE_NOOP("list_pages", "Meeting date"),
    QT_TRANSLATE_NOOP("list_pages", "Due date"),
)


class ListPage(QWidget):
    """A heading, a table of records, an add line; loads and adds on the vault worker."""

    title = ""
    icon_name = ""
    columns: Sequence[Column] = ()
    #: (placeholder, accessible name, width in characters) of the add line's fields
    add_fields: Sequence[tuple[str, str, int]] = ()
    add_label = QT_TRANSLATE_NOOP("ListPage", "Add")
    #: what the page says while it lists nothing: what to do next
    empty_text = ""
    #: the fields of the record's Details dialog (none: no such dialog)
    edit_fields: Sequence[Field] = ()
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
        top.addWidget(heading(self.tr(self.title), self, 1.2))
        top.addStretch(1)
        self.extra = QHBoxLayout()
        top.addLayout(self.extra)
        layout.addLayout(top)
        self.model = RecordTableModel(self.columns, self)
        self.table = record_table(self.model, self, self.tr(self.title),
                                   single_selection=False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.empty = hint(self.tr(self.empty_text), self)
        self.empty.setAccessibleName(self.tr("What to do next"))
        self.empty.hide()
        layout.addWidget(self.empty)
        self.edit_dialog: RecordDialog | None = None
        if self.edit_fields:
            self.edit_button = QPushButton(icons.icon("edit"), self.tr("&Details…"), self)
            self.edit_button.setAccessibleName(self.tr("Edit the details"))
            self.edit_button.setToolTip(self.tr("Change the details of the selected row (Enter)"))
            self.edit_button.clicked.connect(self.edit_current)
            self.extra.addWidget(self.edit_button)
            self.table.activated.connect(lambda _i: self.edit_current())
        self.inputs: list[QLineEdit] = []
        add = FlowLayout()  # wraps in a narrow window
        for placeholder, name, width in self.add_fields:
            edit = DateField(self, self.tr(placeholder)) if name in DATE_INPUTS else QLineEdit(self)
            edit.setPlaceholderText(self.tr(placeholder))
            edit.setAccessibleName(self.tr(name))
            edit.setMinimumWidth(ch(self, min(width, 24)))
            if width > 20:
                edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            edit.returnPressed.connect(self.add)
            self.inputs.append(edit)
            add.addWidget(edit)
        if self.add_fields:
            self.add_button = QPushButton(icons.icon("add"), self.tr(self.add_label), self)
            self.add_button.setAccessibleName(self.tr(self.add_label))
            self.add_button.clicked.connect(self.add)
            add.addWidget(self.add_button)
            layout.addLayout(add)
        self.error = ErrorLabel(self, self.tr("{title} error").format(title=self.tr(self.title)))
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

    def made(self, result: object) -> None:
        """On the UI thread, after a change: what it returned (a new record's id)."""

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
            self.empty.setVisible(not rows and bool(self.empty_text))

    # -- details ----------------------------------------------------------------------
    def update(self, branch: Branch, record_id: str, values: dict[str, Any]) -> None:
        """Runs on the worker: save the Details dialog's changes."""
        raise NotImplementedError

    def current_record(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def edit_current(self) -> None:
        """The selected record's Details dialog."""
        record = self.current_record()
        if record is None or self.branch is None or not self.edit_fields:
            return
        values = {f.key: getattr(record, f.key, None) for f in self.edit_fields}
        fields = [replace(f, label=self.tr(f.label)) for f in self.edit_fields]
        dialog = RecordDialog(self.tr("Details of {name}").format(
            name=getattr(record, "name", "") or getattr(record, "title", "")), fields, values,
            self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda changes: self._save_details(dialog, record.id,
                                                                    changes))
        dialog.finished.connect(lambda _r: setattr(self, "edit_dialog", None))
        self.edit_dialog = dialog
        dialog.open()

    def _save_details(self, dialog: RecordDialog, record_id: str,
                      changes: dict[str, Any]) -> None:
        branch = self.branch
        if branch is None:
            return
        if not changes:
            dialog.accept()
            return
        self._request += 1
        request = self._request
        options = self.options()

        def work() -> list[Any]:
            self.update(branch, record_id, changes)
            return self.fetch(branch, **options)

        def done(rows: list[Any]) -> None:
            if shiboken6.isValid(dialog):
                dialog.accept()
            self._loaded(request, rows)
            self.changed.emit()

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog.failed(human_message(error))

        self.runner.run(work, done, failed, owner=self)

    def _failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.error.show_message(human_message(error))

    def add(self) -> None:
        values = [e.iso() if isinstance(e, DateField) else e.text() for e in self.inputs]
        self._run_change(lambda branch, values: self.create(branch, values), values,
                         clear_inputs=True)

    def _run_change(self, action: Callable[[Branch, Any], object], arg: Any,
                    clear_inputs: bool = False) -> None:
        branch = self.branch
        if branch is None:
            return
        self.error.clear_message()
        self._request += 1
        request = self._request
        options = self.options()

        def work() -> tuple[object, list[Any]]:
            made = action(branch, arg)
            return made, self.fetch(branch, **options)

        def done(result: tuple[object, list[Any]]) -> None:
            made, rows = result
            if clear_inputs:
                for edit in self.inputs:
                    edit.clear()
            self.made(made)
            self._loaded(request, rows)
            self.changed.emit()

        self.runner.run(work, done, lambda e: self._failed(request, e), owner=self)


def _average(w: Workplace) -> str:
    return formats.number(w.assessment_total / w.assessed, 1) if w.assessed else ""


class WorkplacesPage(ListPage):
    title = QT_TRANSLATE_NOOP("WorkplacesPage", "Workplaces")
    icon_name = "workplace"
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Workplace"), attr("name")),
        Column(QT_TRANSLATE_NOOP("columns", "Employer"), attr("employer")),
        Column(QT_TRANSLATE_NOOP("columns", "Sector"), attr("sector")),
        Column(QT_TRANSLATE_NOOP("columns", "Members"), attr("members"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Assessed"), attr("assessed"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Average assessment"), _average, align_right=True),
    )
    add_fields = (
        (
            QT_TRANSLATE_NOOP("WorkplacesPage", "New workplace name"),
            QT_TRANSLATE_NOOP("WorkplacesPage", "New workplace name"),
            30,
        ),
        (
            QT_TRANSLATE_NOOP("WorkplacesPage", "Employer"),
            QT_TRANSLATE_NOOP("WorkplacesPage", "Employer"),
            20,
        ),
    )
    add_label = QT_TRANSLATE_NOOP("WorkplacesPage", "Add workplace")
    empty_text = QT_TRANSLATE_NOOP(
        "WorkplacesPage", "No workplaces yet. Type a workplace's name below and press Add "
        "workplace; members can then be placed in it.")
    edit_fields = (Field("name", QT_TRANSLATE_NOOP("WorkplacesPage", "&Name")),
                   Field("employer", QT_TRANSLATE_NOOP("WorkplacesPage", "&Employer")),
                   Field("address", QT_TRANSLATE_NOOP("WorkplacesPage", "&Address"), "text"),
                   Field("sector", QT_TRANSLATE_NOOP("WorkplacesPage", "&Sector")),
                   Field("notes", QT_TRANSLATE_NOOP("WorkplacesPage", "N&otes"), "text"))
    #: double-clicked: show this workplace's members
    open_workplace = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.table.doubleClicked.connect(self._open)
        self.table.setToolTip(self.tr("Double-click a workplace to list its members; "
                                      "Details… (or Enter) changes its address and sector"))
        self.members_button = QPushButton(icons.icon("members"), self.tr("&Members"), self)
        self.members_button.setAccessibleName(self.tr("List this workplace's members"))
        self.members_button.clicked.connect(
            lambda: self._open(self.table.currentIndex()))
        self.extra.addWidget(self.members_button)

    def fetch(self, branch: Branch, **options: Any) -> list[Workplace]:
        return branch.list_workplaces()

    def create(self, branch: Branch, values: list[str]) -> object:
        return branch.add_workplace(values[0], employer=values[1])

    def update(self, branch: Branch, record_id: str, values: dict[str, Any]) -> None:
        branch.update_workplace(record_id, **values)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_workplace.emit(self.model.record(index.row()).id)


class CampaignsPage(ListPage):
    title = QT_TRANSLATE_NOOP("CampaignsPage", "Campaigns")
    icon_name = "campaign"
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Campaign"), attr("name")),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda c: nice(c.status or "")),
        Column(QT_TRANSLATE_NOOP("columns", "Starts"), date_column("starts_on")),
        Column(QT_TRANSLATE_NOOP("columns", "Ends"), date_column("ends_on")),
        Column(QT_TRANSLATE_NOOP("columns", "Conversations"), attr("notes"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Description"), attr("description")),
    )
    add_fields = (
        (
            QT_TRANSLATE_NOOP("CampaignsPage", "New campaign name"),
            QT_TRANSLATE_NOOP("CampaignsPage", "New campaign name"),
            30,
        ),
        (
            QT_TRANSLATE_NOOP("CampaignsPage", "Starts"),
            QT_TRANSLATE_NOOP("CampaignsPage", "Start date"),
            14,
        ),
    )
    add_label = QT_TRANSLATE_NOOP("CampaignsPage", "Add campaign")
    empty_text = QT_TRANSLATE_NOOP(
        "CampaignsPage", "No campaigns yet. Type a campaign's name below and press Add "
        "campaign; conversations can then be linked to it.")
    edit_fields = (Field("name", QT_TRANSLATE_NOOP("CampaignsPage", "&Name")),
                   Field("description", QT_TRANSLATE_NOOP("CampaignsPage", "&Description"),
                         "text"),
                   Field("starts_on", QT_TRANSLATE_NOOP("CampaignsPage", "&Starts"), "date"),
                   Field("ends_on", QT_TRANSLATE_NOOP("CampaignsPage", "&Ends"), "date"),
                   Field("status", QT_TRANSLATE_NOOP("CampaignsPage", "S&tatus"), "choice",
                         tuple((nice(s), s) for s in CAMPAIGN_STATUSES)))

    def fetch(self, branch: Branch, **options: Any) -> list[Campaign]:
        return branch.list_campaigns()

    def update(self, branch: Branch, record_id: str, values: dict[str, Any]) -> None:
        branch.update_campaign(record_id, **values)

    def create(self, branch: Branch, values: list[str]) -> object:
        return branch.add_campaign(values[0], starts_on=values[1] or None)


def _quorate(m: Meeting) -> str:
    if m.quorate is None:
        return ""
    return (QCoreApplication.translate("MeetingsPage", "yes") if m.quorate
            else QCoreApplication.translate("MeetingsPage", "no"))


class MeetingsPage(ListPage):
    title = QT_TRANSLATE_NOOP("MeetingsPage", "Meetings")
    icon_name = "meetings"
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Date"), date_column("date")),
        Column(QT_TRANSLATE_NOOP("columns", "Meeting"), attr("title")),
        Column(QT_TRANSLATE_NOOP("columns", "Location"), attr("location")),
        Column(QT_TRANSLATE_NOOP("columns", "Attended"), attr("attended"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Apologies"), attr("apologies"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Quorum"), attr("quorum"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Quorate"), _quorate),
    )
    add_fields = (
        (
            QT_TRANSLATE_NOOP("MeetingsPage", "New meeting title"),
            QT_TRANSLATE_NOOP("MeetingsPage", "New meeting title"),
            30,
        ),
        (
            QT_TRANSLATE_NOOP("MeetingsPage", "Date"),
            QT_TRANSLATE_NOOP("MeetingsPage", "Meeting date"),
            14,
        ),
        (
            QT_TRANSLATE_NOOP("MeetingsPage", "Location"),
            QT_TRANSLATE_NOOP("MeetingsPage", "Location"),
            16,
        ),
        (
            QT_TRANSLATE_NOOP("MeetingsPage", "Quorum"),
            QT_TRANSLATE_NOOP("MeetingsPage", "Quorum"),
            8,
        ),
    )
    add_label = QT_TRANSLATE_NOOP("MeetingsPage", "Add meeting")
    empty_text = QT_TRANSLATE_NOOP(
        "MeetingsPage", "No meetings yet. Type a title and a date below and press Add "
        "meeting; then mark who came.")

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        from .attendance import AttendancePanel

        super().__init__(runner, parent)
        self.attendance = AttendancePanel(runner, self)
        splitter = FoldingSplitter(100, self)
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

    def made(self, result: object) -> None:
        if isinstance(result, str):  # a new meeting: select it, so attendance can be marked
            self._select_after = result

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
    title = QT_TRANSLATE_NOOP("TasksPage", "Tasks")
    icon_name = "tasks"
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Done"), attr("done"), checkable=True),
        Column(QT_TRANSLATE_NOOP("columns", "Due"), date_column("due_on")),
        Column(QT_TRANSLATE_NOOP("columns", "Task"), attr("title")),
        Column(QT_TRANSLATE_NOOP("columns", "Member"), attr("member_name")),
        Column(QT_TRANSLATE_NOOP("columns", "For"), attr("assignee")),
    )
    add_fields = (
        (
            QT_TRANSLATE_NOOP("TasksPage", "New task"),
            QT_TRANSLATE_NOOP("TasksPage", "New task"),
            30,
        ),
        (QT_TRANSLATE_NOOP("TasksPage", "Due"), QT_TRANSLATE_NOOP("TasksPage", "Due date"), 14),
        (
            QT_TRANSLATE_NOOP("TasksPage", "For whom (a name)"),
            QT_TRANSLATE_NOOP("TasksPage", "Assignee"),
            14,
        ),
    )
    add_label = QT_TRANSLATE_NOOP("TasksPage", "Add task")
    empty_text = QT_TRANSLATE_NOOP(
        "TasksPage", "No open tasks. Type one below and press Add task; a conversation's "
        "follow-up date adds one too.")
    #: whose tasks "Only mine" shows (the Preferences' name; the laptop's by default)
    my_name = ""
    #: double-clicked a task about a member: show that member
    open_member = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.show_done = QCheckBox(self.tr("Show done"), self)
        self.show_done.setAccessibleName(self.tr("Show done tasks"))
        self.show_done.toggled.connect(self.reload)
        self.mine = QCheckBox(self.tr("Only &mine"), self)
        self.mine.setAccessibleName(self.tr("Only my tasks"))
        self.mine.setToolTip(self.tr("Tasks given to you (your name is in Preferences)"))
        self.mine.toggled.connect(self.reload)
        self.assign_button = QPushButton(self.tr("&Give to…"), self)
        self.assign_button.setAccessibleName(self.tr("Give the task to a person"))
        self.assign_button.clicked.connect(self.ask_assign)
        for widget in (self.mine, self.show_done, self.assign_button):
            self.extra.addWidget(widget)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def options(self) -> dict[str, Any]:
        return {"include_done": self.show_done.isChecked(),
                "assignee": self.my_name if self.mine.isChecked() else None}

    def fetch(self, branch: Branch, **options: Any) -> list[Task]:
        return branch.list_tasks(include_done=bool(options.get("include_done")),
                                 assignee=options.get("assignee"))

    def create(self, branch: Branch, values: list[str]) -> object:
        return branch.add_task(values[0], due_on=values[1] or None,
                               assignee=values[2] or None)

    def _loaded(self, request: int, rows: list[Any]) -> None:
        super()._loaded(request, rows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the task's words
        header.setStretchLastSection(False)
        self.table.resizeRowsToContents()

    def ask_assign(self) -> None:
        task = self.current_record()
        if task is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Give the task to"),
                                        self.tr("Who does “{title}”? (empty: nobody)")
                                        .format(title=task.title), text=task.assignee or "")
        if ok:
            self.assign(task, name)

    def assign(self, task: Task, name: str) -> None:
        self._run_change(lambda branch, t: branch.assign_task(t.id, name.strip() or None),
                         task)

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
