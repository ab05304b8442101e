"""The point people tab of the Workplaces page: who keeps in touch with whom.

The workplace's point people (how many people each looks after, and who has more than
the branch's target), the people the selected one looks after ("my people", printed
with phones to take round), and the people with no point person yet, who can be given
one here. Reads and writes on the vault worker, through the records API.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.ops import organising as org
from sync.records import Branch, Contact, MemberQuery

from .. import formats
from ..dialogs.print_dialog import PrintDialog, ask_save_path
from ..flow import FlowLayout
from ..models.records import Column, RecordTableModel, attr
from ..tasks import TaskRunner
from ..widgets import FoldingSplitter, heading, record_table
from .member_form import nice
from .organising_tab import OrganisingTab


def _phone(c: Contact) -> str:
    return c.phones[0] if c.phones else ""


@dataclass
class PointPerson:
    contact: Contact
    people: int
    over: bool

    @property
    def id(self) -> str:
        return self.contact.id


@dataclass
class Loaded:
    points: list[PointPerson]
    uncovered: list[Contact]
    #: members of the workplace who could be someone's point person: (id, name)
    candidates: list[tuple[str, str]]
    ratio: int


def load(branch: Branch, workplace_id: str) -> Loaded:
    """Runs on the worker: the workplace's point people, its uncovered people, and who
    could keep in touch with them."""
    ratio = branch.point_ratio
    points = [PointPerson(c, n, n > ratio) for c, n in branch.point_people(workplace_id)]
    ids = branch.member_ids(MemberQuery(workplace_id=workplace_id, status="member"))
    rows = branch.member_rows(ids)
    candidates = [
        (
            r.id,
            " ".join(x for x in (r.preferred_name or r.first_name, r.last_name) if x)
            or QCoreApplication.translate("PointPeople", "(no name)"),
        )
        for r in rows
    ]
    return Loaded(points, branch.uncovered(workplace_id), candidates, ratio)


POINT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "Point person"), lambda p: p.contact.name),
    Column(QT_TRANSLATE_NOOP("columns", "Unit"), lambda p: p.contact.unit or ""),
    Column(QT_TRANSLATE_NOOP("columns", "People"), attr("people"), align_right=True),
    Column(
        QT_TRANSLATE_NOOP("columns", "Over the target"),
        lambda p: QCoreApplication.translate("PointPeople", "yes") if p.over else "",
    ),
)
CONTACT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "Name"), attr("name")),
    Column(QT_TRANSLATE_NOOP("columns", "Unit"), attr("unit")),
    Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda c: nice(c.status or "")),
    Column(QT_TRANSLATE_NOOP("columns", "Phone"), _phone),
    Column(
        QT_TRANSLATE_NOOP("columns", "Last spoken"),
        lambda c: c.last_spoken or QCoreApplication.translate("PointPeople", "never"),
    ),
)


class PointPeopleTab(OrganisingTab):
    open_member = Signal(str)
    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            runner, parent, QCoreApplication.translate("PointPeople", "Point people error")
        )
        layout = self.body
        split = FoldingSplitter(90, self)
        self.points = RecordTableModel(POINT_COLUMNS, self)
        self.points_table = record_table(self.points, split, self.tr("Point people"))
        self.points_table.selectionModel().currentRowChanged.connect(self._point_chosen)
        self.points_table.doubleClicked.connect(lambda i: self._open(self.points, i))
        right = QWidget(split)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        self.mine_title = heading(self.tr("Choose a point person"), right, 1.0)
        self.mine = RecordTableModel(CONTACT_COLUMNS, self)
        self.mine_table = record_table(self.mine, right, self.tr("Their people"))
        self.mine_table.doubleClicked.connect(lambda i: self._open(self.mine, i))
        self.print_button = QPushButton(self.tr("&Print their list…"), right)
        self.print_button.setAccessibleName(self.tr("Print the point person's list"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_list)
        box.addWidget(self.mine_title)
        box.addWidget(self.mine_table, 1)
        box.addWidget(self.print_button)
        split.addWidget(self.points_table)
        split.addWidget(right)
        layout.addWidget(split, 2)
        layout.addWidget(heading(self.tr("No point person yet"), self, 1.0))
        self.uncovered = RecordTableModel(CONTACT_COLUMNS, self)
        self.uncovered_table = record_table(self.uncovered, self, self.tr("No point person yet"),
                                            single_selection=False)
        self.uncovered_table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection)
        self.uncovered_table.doubleClicked.connect(lambda i: self._open(self.uncovered, i))
        layout.addWidget(self.uncovered_table, 2)
        assign = FlowLayout()  # wraps in a narrow window
        self.candidate = QComboBox(self)
        self.candidate.setAccessibleName(self.tr("Point person to give them"))
        self.candidate.setMinimumContentsLength(14)
        self.assign_button = QPushButton(self.tr("&Give them this point person"), self)
        self.assign_button.setAccessibleName(self.tr("Give them this point person"))
        self.assign_button.clicked.connect(self.assign)
        label = QLabel(self.tr("Point pe&rson:"), self)
        label.setBuddy(self.candidate)
        for widget in (label, self.candidate, self.assign_button):
            assign.addWidget(widget)
        layout.addLayout(assign)
        target = FlowLayout()
        self.ratio = QSpinBox(self)
        self.ratio.setRange(1, 1000)
        self.ratio.setAccessibleName(self.tr("People per point person"))
        self.ratio_button = QPushButton(self.tr("Set the t&arget"), self)
        self.ratio_button.setAccessibleName(self.tr("Set the branch's coverage target"))
        self.ratio_button.setToolTip(self.tr("A branch setting: only an admin may change it"))
        self.ratio_button.clicked.connect(self.set_ratio)
        ratio_label = QLabel(self.tr("Target: one point person per"), self)
        ratio_label.setBuddy(self.ratio)
        for widget in (ratio_label, self.ratio, QLabel(self.tr("people"), self),
                       self.ratio_button):
            target.addWidget(widget)
        layout.addLayout(target)
        self.finish()

    def clear(self) -> None:
        super().clear()
        for model in (self.points, self.mine, self.uncovered):
            model.clear()
        self.candidate.clear()
        self.print_button.setEnabled(False)

    def show_workplace(self, workplace_id: str | None) -> None:
        if workplace_id != self.workplace_id:
            self.workplace_id = workplace_id
            self.mine.clear()
            self.reload()

    def reload(self) -> None:
        workplace_id = self.workplace_id
        if workplace_id is not None:
            self.load(lambda s: load(s.branch, workplace_id), self._loaded)

    def _loaded(self, got: Loaded) -> None:
        chosen = self.current_point()
        self.points.set_records(got.points)
        self.uncovered.set_records(got.uncovered)
        self.candidate.clear()
        for person_id, name in got.candidates:
            self.candidate.addItem(name, person_id)
        self.assign_button.setEnabled(bool(got.candidates))
        self.points_table.setToolTip(self.tr("The branch's target: one point "
                                             "person per {ratio} people").format(ratio=got.ratio))
        self.ratio.setValue(got.ratio)
        for row, point in enumerate(got.points):
            if point.id == chosen:
                self.points_table.selectRow(row)

    def current_point(self) -> str | None:
        index = self.points_table.currentIndex()
        return self.points.record(index.row()).id if index.isValid() else None

    def _point_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session = self.session
        if session is None or not current.isValid():
            return
        point: PointPerson = self.points.record(current.row())
        self.mine_title.setText(self.tr("People {name} keeps in touch with").format(
            name=point.contact.name))
        self.print_button.setEnabled(True)
        self.write(lambda s: s.branch.my_people(point.id),  # shown if still the one chosen
                   lambda rows: self.current_point() == point.id and self.mine.set_records(rows))

    def _open(self, model: RecordTableModel, index: QModelIndex) -> None:
        if index.isValid():
            record = model.record(index.row())
            self.open_member.emit(record.id)

    def assign(self) -> None:
        session, point = self.session, self.candidate.currentData()
        rows = sorted({i.row() for i in self.uncovered_table.selectionModel().selectedRows()})
        people = [self.uncovered.record(r).id for r in rows]
        if session is None or not point or not people:
            self.error.show_message(self.tr("Select people in the list first."))
            return

        def work(s: Session) -> int:
            for person in people:
                if person != point:
                    s.branch.set_point_person(person, point)
            return len(people)

        self.write(work, lambda _n: (self.reload(), self.changed.emit()))

    def set_ratio(self) -> None:
        people = self.ratio.value()
        self.write(lambda s: s.branch.set_point_ratio(people),
                   lambda _r: (self.reload(), self.changed.emit()))

    def print_list(self) -> None:
        session, point = self.session, self.current_point()
        if session is None or point is None:
            return
        name = self.points.record(self.points_table.currentIndex().row()).contact.name
        path = ask_save_path(self, self.tr("Print the point person's list"),
                             self.tr("People for {name}").format(name=name))
        if path is None:
            return
        PrintDialog.run(self, self.runner, self.tr("Point person's list"), self.tr(
            "{name}'s people with their phone numbers and when they were last spoken to. The "
            "PDF is not encrypted: keep it safe.").format(name=name),
            lambda progress, cancel: org.print_point_list(session, point, path,
                                                          progress=progress, cancel=cancel),
            lambda printed: self.tr("Wrote a list of {rows} people to {path}.").format(
                rows=formats.number(printed.rows), path=printed.paths[0]))
