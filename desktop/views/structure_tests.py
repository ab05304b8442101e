"""The structure tests tab of the Workplaces page.

Every test in order (so a campaign's escalation reads as a sequence, past tests kept),
adding one (petition, card, survey, turnout, strike-vote pledge, with a target share and
a deadline), and the chosen test's progress: per unit of the workplace shown against
its threshold, and the branch-wide picture, a row per workplace. The results export as
a spreadsheet. Answers are recorded on the wall chart (one click or one key).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.ops import organising as org
from sync.records import ACTION_KINDS, Action, ActionProgress, ActionShare, Branch

from ..dialogs.print_dialog import safe_name
from ..models.records import Column, RecordTableModel, attr
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, ch, hint, record_table
from .member_form import nice


def tr(text: str) -> str:
    return QCoreApplication.translate("StructureTests", text)


def percent(value: float | None) -> str:
    return "" if value is None else f"{round(value * 100)} %"


@dataclass
class ProgressRow:
    """One line of a test's progress: a workplace, or a unit in it (indented)."""

    id: str
    where: str
    share: ActionShare
    unit: bool


def progress_rows(progress: ActionProgress, workplace_id: str | None) -> list[ProgressRow]:
    """The workplace's units first (when it is in the test), then every workplace."""
    rows: list[ProgressRow] = []
    for wid, name, total, units in progress.workplaces:
        if wid == workplace_id:
            rows.append(ProgressRow(wid, name, total, False))
            rows += [ProgressRow(u.id, "    " * u.level + u.name, s, True) for u, s in units]
    rows.append(ProgressRow("", tr("Whole branch"), progress.branch, False))
    rows += [ProgressRow(wid, name, total, False) for wid, name, total, _u in progress.workplaces
             if wid != workplace_id]
    return rows


def _reached(row: ProgressRow) -> str:
    return {None: "", True: tr("reached"), False: tr("not yet")}[row.share.reached]


TEST_COLUMNS = (Column(tr("Starts"), attr("starts_on")), Column(tr("Deadline"), attr("deadline")),
                Column(tr("Kind"), lambda a: nice(a.kind)), Column(tr("Test"), attr("name")),
                Column(tr("Target"), lambda a: f"{a.target_share} %" if a.target_share else ""),
                Column(tr("Yes"), attr("yes"), align_right=True),
                Column(tr("Asked"), attr("asked"), align_right=True))
PROGRESS_COLUMNS = (
    Column(tr("Where"), attr("where")),
    Column(tr("Headcount"), lambda r: "" if r.share.of is None else r.share.of, align_right=True),
    Column(tr("Yes"), lambda r: r.share.yes, align_right=True),
    Column(tr("No"), lambda r: r.share.no, align_right=True),
    Column(tr("Undecided"), lambda r: r.share.undecided, align_right=True),
    Column(tr("Share"), lambda r: percent(r.share.share), align_right=True),
    Column(tr("Needed"), lambda r: "" if r.share.target is None else r.share.target,
           align_right=True),
    Column(tr("Target"), _reached))


def load_tests(branch: Branch) -> tuple[list[Action], list[tuple[str, str]]]:
    """Runs on the worker: the tests, and the meetings whose sign-in sheets can answer."""
    meetings = [(m.id, " · ".join(x for x in (m.date, m.title) if x))
                for m in branch.list_meetings() if m.attended]
    return branch.list_actions(), meetings


class StructureTestsTab(QWidget):
    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Session | None = None
        self.workplace_id: str | None = None
        self._request = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        add = QHBoxLayout()
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("New test, e.g. Petition on staffing"))
        self.name.setAccessibleName(self.tr("New structure test"))
        self.name.setMinimumWidth(ch(self, 22))
        self.name.returnPressed.connect(self.add_test)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of test"))
        for kind in ACTION_KINDS:
            self.kind.addItem(self.tr(nice(kind)), kind)
        self.target = QSpinBox(self)
        self.target.setRange(1, 100)
        self.target.setValue(60)
        self.target.setSuffix(" %")
        self.target.setAccessibleName(self.tr("Target share of each unit"))
        self.deadline = QDateEdit(QDate.currentDate().addDays(21), self)
        self.deadline.setCalendarPopup(True)
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.add_button = QPushButton(self.tr("&Add test"), self)
        self.add_button.setAccessibleName(self.tr("Add the structure test"))
        self.add_button.clicked.connect(self.add_test)
        for widget in (self.name, self.kind, self.target, self.deadline, self.add_button):
            add.addWidget(widget, 1 if widget is self.name else 0)
        layout.addLayout(add)
        split = QSplitter(self)
        split.setChildrenCollapsible(False)
        self.tests = RecordTableModel(TEST_COLUMNS, self)
        self.tests_table = record_table(self.tests, split, self.tr("Structure tests"))
        self.tests_table.selectionModel().currentRowChanged.connect(self._chosen)
        right = QWidget(split)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        self.progress = RecordTableModel(PROGRESS_COLUMNS, self)
        self.progress_table = record_table(self.progress, right, self.tr("Progress"))
        self.export_button = QPushButton(self.tr("E&xport the results…"), right)
        self.export_button.setAccessibleName(self.tr("Export the test's results"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_results)
        box.addWidget(self.progress_table, 1)
        sheet = QHBoxLayout()
        self.meeting = QComboBox(right)
        self.meeting.setAccessibleName(self.tr("Meeting whose attendance answers"))
        self.meeting.setMinimumContentsLength(16)
        self.sheet_answer = QComboBox(right)
        self.sheet_answer.setAccessibleName(self.tr("The answer of those who attended"))
        for label, value in ((self.tr("said yes"), "yes"), (self.tr("said no"), "no"),
                             (self.tr("were asked, undecided"), "asked_undecided")):
            self.sheet_answer.addItem(label, value)
        self.sheet_button = QPushButton(self.tr("&Record"), right)
        self.sheet_button.setAccessibleName(self.tr("Record the meeting's answers"))
        self.sheet_button.clicked.connect(self.answers_from_meeting)
        who = QLabel(self.tr("Everyone at"), right)
        who.setBuddy(self.meeting)
        for widget in (who, self.meeting, self.sheet_answer, self.sheet_button):
            sheet.addWidget(widget, 1 if widget is self.meeting else 0)
        box.addLayout(sheet)
        box.addWidget(self.export_button)
        split.addWidget(self.tests_table)
        split.addWidget(right)
        layout.addWidget(split, 1)
        self.error = ErrorLabel(self, self.tr("Structure test error"))
        layout.addWidget(self.error)
        self.status = hint("", self)
        self.status.setAccessibleName(self.tr("What was written"))
        layout.addWidget(self.status)

    def set_session(self, session: Session | None) -> None:
        self.clear()
        self.session = session
        self.reload()

    def clear(self) -> None:
        self._request += 1
        self.session = None
        self.tests.clear()
        self.progress.clear()
        self.error.clear_message()
        self.export_button.setEnabled(False)

    def show_workplace(self, workplace_id: str | None) -> None:
        if workplace_id != self.workplace_id:
            self.workplace_id = workplace_id
            self.reload()

    def reload(self) -> None:
        session = self.session
        if session is None:
            return
        self._request += 1
        request = self._request
        self.runner.run(lambda: load_tests(session.branch),
                        lambda tests: self._loaded(request, tests),
                        lambda e: self._failed(request, e), owner=self)

    def _loaded(self, request: int, got: tuple[list[Action], list[tuple[str, str]]],
                ) -> None:
        if request != self._request:
            return
        tests, meetings = got
        self.meeting.clear()
        for meeting_id, name in meetings:
            self.meeting.addItem(name, meeting_id)
        self.sheet_button.setEnabled(bool(meetings) and bool(tests))
        chosen = self.current_test()
        self.tests.set_records(tests)
        if tests:
            rows = [i for i, a in enumerate(tests) if a.id == chosen]
            self.tests_table.selectRow(rows[0] if rows else len(tests) - 1)
        self.error.clear_message()

    def _failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.error.show_message(human_message(error))

    def current_test(self) -> str | None:
        index = self.tests_table.currentIndex()
        return self.tests.record(index.row()).id if index.isValid() else None

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session = self.session
        if session is None or not current.isValid():
            return
        action_id = self.tests.record(current.row()).id
        workplace_id = self.workplace_id
        self.export_button.setEnabled(True)
        self.runner.run(
            lambda: progress_rows(session.branch.action_progress(action_id), workplace_id),
            self.progress.set_records, lambda e: self.error.show_message(human_message(e)),
            owner=self)

    def add_test(self) -> None:
        session = self.session
        if session is None:
            return
        values: dict[str, Any] = {
            "name": self.name.text(), "kind": self.kind.currentData(),
            "target_share": self.target.value(),
            "deadline": self.deadline.date().toString("yyyy-MM-dd")}

        def work() -> tuple[list[Action], list[tuple[str, str]]]:
            session.branch.add_action(**values)
            return load_tests(session.branch)

        def done(got: tuple[list[Action], list[tuple[str, str]]]) -> None:
            self.name.clear()
            self.tests_table.clearSelection()
            self._loaded(self._request, got)
            self.tests_table.selectRow(len(got[0]) - 1)
            self.changed.emit()

        self.error.clear_message()
        self.runner.run(work, done, lambda e: self.error.show_message(human_message(e)),
                        owner=self)

    def answers_from_meeting(self) -> None:
        """Everyone marked as attending the chosen meeting gives the chosen answer (the
        petition they signed on its sign-in sheet)."""
        session, action_id = self.session, self.current_test()
        meeting_id, answer = self.meeting.currentData(), self.sheet_answer.currentData()
        if session is None or action_id is None or meeting_id is None:
            return
        self.runner.run(
            lambda: session.branch.responses_from_meeting(action_id, meeting_id, answer),
            lambda n: (self.status.setText(self.tr("{0} answers recorded.").format(n)),
                       self.reload(), self.changed.emit()),
            lambda e: self.error.show_message(human_message(e)), owner=self)

    def export_results(self) -> None:
        session, action_id = self.session, self.current_test()
        if session is None or action_id is None:
            return
        name = self.tests.record(self.tests_table.currentIndex().row()).name
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        text, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the results"),
            str(Path(folder) / f"{safe_name(name)}.csv"),
            self.tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"))
        if text:
            self.export_to(action_id, Path(text))

    def export_to(self, action_id: str, path: Path) -> None:
        session = self.session
        if session is None:
            return
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + ".csv")
        self.runner.run(lambda: org.export_results(session, action_id, path),
                        lambda done: self.status.setText(self.tr(
                            "Wrote {0} rows to {1}. The file is not encrypted.").format(
                            done.rows, done.path)),
                        lambda e: self.error.show_message(human_message(e)), owner=self)
