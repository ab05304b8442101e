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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.ops import organising as org
from sync.records import ACTION_KINDS, Action, ActionProgress, ActionShare, Branch

from .. import formats
from ..flow import FlowLayout
from ..formats import date_column
from ..models.records import Column, RecordTableModel, attr
from ..tasks import TaskRunner
from ..widgets import FoldingSplitter, ch, record_table
from .member_form import nice
from .organising_tab import OrganisingTab, ask_spreadsheet_path, spreadsheet_path


def percent(value: float | None) -> str:
    return formats.percent(value)


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
    rows.append(
        ProgressRow(
            "", QCoreApplication.translate("StructureTests", "Whole branch"), progress.branch, False
        )
    )
    rows += [ProgressRow(wid, name, total, False) for wid, name, total, _u in progress.workplaces
             if wid != workplace_id]
    return rows


def _reached(row: ProgressRow) -> str:
    return {
        None: "",
        True: QCoreApplication.translate("StructureTests", "reached"),
        False: QCoreApplication.translate("StructureTests", "not yet"),
    }[row.share.reached]


TEST_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "Starts"), date_column("starts_on")),
    Column(QT_TRANSLATE_NOOP("columns", "Deadline"), attr("deadline")),
    Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda a: nice(a.kind)),
    Column(QT_TRANSLATE_NOOP("columns", "Test"), attr("name")),
    Column(
        QT_TRANSLATE_NOOP("columns", "Target"),
        lambda a: f"{a.target_share} %" if a.target_share else "",
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Yes"), attr("yes"), align_right=True),
    Column(QT_TRANSLATE_NOOP("columns", "Asked"), attr("asked"), align_right=True),
)
PROGRESS_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "Where"), attr("where")),
    Column(
        QT_TRANSLATE_NOOP("columns", "Headcount"),
        lambda r: "" if r.share.of is None else r.share.of,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Yes"), lambda r: r.share.yes, align_right=True),
    Column(QT_TRANSLATE_NOOP("columns", "No"), lambda r: r.share.no, align_right=True),
    Column(
        QT_TRANSLATE_NOOP("columns", "Undecided"), lambda r: r.share.undecided, align_right=True
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Share"), lambda r: percent(r.share.share), align_right=True
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Needed"),
        lambda r: "" if r.share.target is None else r.share.target,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Target"), _reached),
)


def load_tests(branch: Branch) -> tuple[list[Action], list[tuple[str, str]]]:
    """Runs on the worker: the tests, and the meetings whose sign-in sheets can answer."""
    meetings = [(m.id, " · ".join(x for x in (m.date, m.title) if x))
                for m in branch.list_meetings() if m.attended]
    return branch.list_actions(), meetings


class StructureTestsTab(OrganisingTab):
    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            runner, parent, QCoreApplication.translate("StructureTests", "Structure test error")
        )
        layout = self.body
        add = FlowLayout()  # wraps in a narrow window
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("New test, e.g. Petition on staffing"))
        self.name.setAccessibleName(self.tr("New structure test"))
        self.name.setMinimumWidth(ch(self, 18))
        self.name.returnPressed.connect(self.add_test)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of test"))
        for kind in ACTION_KINDS:
            self.kind.addItem(nice(kind), kind)
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
            add.addWidget(widget)
        layout.addLayout(add)
        split = FoldingSplitter(100, self)
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
        sheet = FlowLayout()
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
            sheet.addWidget(widget)
        box.addLayout(sheet)
        box.addWidget(self.export_button)
        split.addWidget(self.tests_table)
        split.addWidget(right)
        layout.addWidget(split, 1)
        self.finish()

    def set_session(self, session: Session | None) -> None:
        super().set_session(session)
        self.reload()

    def clear(self) -> None:
        super().clear()
        self.tests.clear()
        self.progress.clear()
        self.export_button.setEnabled(False)

    def show_workplace(self, workplace_id: str | None) -> None:
        if workplace_id != self.workplace_id:
            self.workplace_id = workplace_id
            self.reload()

    def reload(self) -> None:
        self.load(lambda s: load_tests(s.branch), self._loaded)

    def _loaded(self, got: tuple[list[Action], list[tuple[str, str]]]) -> None:
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

    def current_test(self) -> str | None:
        index = self.tests_table.currentIndex()
        return self.tests.record(index.row()).id if index.isValid() else None

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        action_id = self.tests.record(current.row()).id
        workplace_id = self.workplace_id
        self.export_button.setEnabled(True)
        self.write(lambda s: progress_rows(s.branch.action_progress(action_id), workplace_id),
                   lambda rows: self.current_test() == action_id
                   and self.progress.set_records(rows))

    def add_test(self) -> None:
        values: dict[str, Any] = {
            "name": self.name.text(), "kind": self.kind.currentData(),
            "target_share": self.target.value(),
            "deadline": self.deadline.date().toString("yyyy-MM-dd")}

        def work(s: Session) -> tuple[list[Action], list[tuple[str, str]]]:
            s.branch.add_action(**values)
            return load_tests(s.branch)

        def done(got: tuple[list[Action], list[tuple[str, str]]]) -> None:
            self.name.clear()
            self.tests_table.clearSelection()
            self._loaded(got)
            self.tests_table.selectRow(len(got[0]) - 1)
            self.changed.emit()

        self.write(work, done)

    def answers_from_meeting(self) -> None:
        """Everyone marked as attending the chosen meeting gives the chosen answer (the
        petition they signed on its sign-in sheet)."""
        action_id = self.current_test()
        meeting_id, answer = self.meeting.currentData(), self.sheet_answer.currentData()
        if action_id is None or meeting_id is None:
            return
        self.write(lambda s: s.branch.responses_from_meeting(action_id, meeting_id, answer),
                   lambda n: (self.status.setText(self.tr("{count} answers recorded.").format(
                                  count=formats.number(n))),
                              self.reload(), self.changed.emit()))

    def export_results(self) -> None:
        action_id = self.current_test()
        if action_id is None:
            return
        name = self.tests.record(self.tests_table.currentIndex().row()).name
        path = ask_spreadsheet_path(self, self.tr("Export the results"), name)
        if path is not None:
            self.export_to(action_id, path)

    def export_to(self, action_id: str, path: Path) -> None:
        path = spreadsheet_path(path)
        self.write(lambda s: org.export_results(s, action_id, path),
                   lambda done: self.status.setText(self.tr(
                       "Wrote {rows} rows to {path}. The file is not encrypted.").format(
                       rows=formats.number(done.rows), path=done.path)))
