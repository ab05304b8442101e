"""The member panel's Organising tab: where the person is on the wall chart (their
unit), who keeps in touch with them (their point person) and their relationships —
works with, influences, family, neighbour — so an organiser sees who can reach whom.

A person to link is found by typing part of a name (the member search, on the vault
worker); a double-click on a relationship opens the other person.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sync.records import RELATION_KINDS, Branch, MemberQuery, Relationship

from .. import value_words
from ..flow import FlowLayout
from ..models.records import Column, RecordTableModel, attr
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, ch, record_table

#: how a relationship reads from this person's side
KIND_WORDS = {
    ("works_with", "both"): QT_TRANSLATE_NOOP("relationships_box", "works with"),
    ("family", "both"): QT_TRANSLATE_NOOP("relationships_box", "family of"),
    ("neighbour", "both"): QT_TRANSLATE_NOOP("relationships_box", "neighbour of"),
    ("influences", "from"): QT_TRANSLATE_NOOP("relationships_box", "influences"),
    ("influences", "to"): QT_TRANSLATE_NOOP("relationships_box", "is influenced by"),
}


def kind_text(r: Relationship) -> str:
    words = KIND_WORDS.get((r.kind, r.direction))
    return (QCoreApplication.translate("relationships_box", words) if words
            else value_words.nice(r.kind))


@dataclass
class Organising:
    unit: str | None
    point_person: str | None
    relationships: list[Relationship]


def load(branch: Branch, member_id: str) -> Organising:
    """Runs on the worker: the person's unit, point person and relationships."""
    member = branch.get_member(member_id)
    unit = None
    if member.unit_id and member.workplace_id:
        unit = next((u.path for u in branch.list_units(member.workplace_id)
                     if u.id == member.unit_id), None)
    names = branch.names_of([member.point_person_id] if member.point_person_id else [])
    return Organising(unit, names.get(member.point_person_id or ""),
                      branch.relationships(member_id))


def find_people(branch: Branch, text: str, exclude: str) -> list[tuple[str, str]]:
    """Runs on the worker: people whose name or contact matches, (id, name)."""
    ids = [i for i in branch.member_ids(MemberQuery(search=text), limit=15) if i != exclude]
    return [(r.id, " ".join(x for x in (r.preferred_name or r.first_name, r.last_name) if x)
             + (f" ({r.workplace})" if r.workplace else "")) for r in branch.member_rows(ids)]


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "Relationship"), kind_text),
    Column(QT_TRANSLATE_NOOP("columns", "Person"), attr("other_name")),
)


class RelationshipsBox(QScrollArea):
    #: open the other person of a relationship
    open_member = Signal(str)
    #: the person's organising details changed (a point person set)
    changed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.branch: Branch | None = None
        self.member_id: str | None = None
        self._request = 0
        self.setWidgetResizable(True)  # it scrolls in a short panel (a 2× scaled screen)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        form = QFormLayout()
        self.unit = QLabel(self)
        self.unit.setAccessibleName(self.tr("Unit"))
        self.point = QLabel(self)
        self.point.setAccessibleName(self.tr("Point person"))
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Point person:"), self.point)
        layout.addLayout(form)
        self.model = RecordTableModel(COLUMNS, self)
        self.table = record_table(self.model, self, self.tr("Relationships"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        add = FlowLayout()  # wraps in a narrow panel
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of relationship"))
        for kind in RELATION_KINDS:
            self.kind.addItem(
                QCoreApplication.translate(
                    "relationships_box",
                    KIND_WORDS[(kind, "from" if kind == "influences" else "both")],
                ),
                kind,
            )
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name…"))
        self.search.setAccessibleName(self.tr("Find the other person"))
        self.search.setMinimumWidth(ch(self, 12))
        self.found = QComboBox(self)
        self.found.setAccessibleName(self.tr("The other person"))
        self.found.setMinimumContentsLength(12)
        self.found.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_button = QPushButton(self.tr("&Link"), self)
        self.add_button.setAccessibleName(self.tr("Add the relationship"))
        self.add_button.clicked.connect(self.add)
        self.point_button = QPushButton(self.tr("Make &point person"), self)
        self.point_button.setAccessibleName(self.tr("Make them this person's point person"))
        self.point_button.clicked.connect(self.make_point_person)
        self.remove_button = QPushButton(self.tr("&Remove link"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected relationship"))
        self.remove_button.clicked.connect(self.remove)
        for widget in (self.kind, self.search, self.found, self.add_button):
            add.addWidget(widget)
        layout.addLayout(add)
        buttons = FlowLayout()
        buttons.addWidget(self.point_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self.error = ErrorLabel(self, self.tr("Relationships error"))
        layout.addWidget(self.error)
        self.setWidget(inner)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(250)
        self.debounce.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self._enable()

    def _enable(self) -> None:
        on = self.member_id is not None
        has = self.found.count() > 0
        for widget in (self.kind, self.search, self.found):
            widget.setEnabled(on)
        self.add_button.setEnabled(on and has)
        self.point_button.setEnabled(on and has)
        self.remove_button.setEnabled(on and self.model.rowCount() > 0)

    def clear(self) -> None:
        self._request += 1
        self.branch = None
        self.member_id = None
        self.model.clear()
        self.unit.clear()
        self.point.clear()
        self.search.clear()
        self.found.clear()
        self.error.clear_message()
        self._enable()

    def show_member(self, branch: Branch, member_id: str) -> None:
        changed = member_id != self.member_id
        self.branch = branch
        self.member_id = member_id
        if changed:
            self.search.clear()
            self.found.clear()
        self._request += 1
        request = self._request
        self.runner.run(lambda: load(branch, member_id), lambda got: self._loaded(request, got),
                        lambda e: self._failed(request, e), owner=self)

    def _loaded(self, request: int, got: Organising) -> None:
        if request != self._request:
            return
        self.unit.setText(got.unit or self.tr("not in a unit"))
        self.point.setText(got.point_person or self.tr("none yet"))
        self.model.set_records(got.relationships)
        self.table.resizeColumnsToContents()
        self.error.clear_message()
        self._enable()

    def _failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.error.show_message(human_message(error))

    def _find(self) -> None:
        branch, member_id, text = self.branch, self.member_id, self.search.text().strip()
        if branch is None or member_id is None or len(text) < 2:
            return
        self.runner.run(lambda: find_people(branch, text, member_id), self._found,
                        lambda e: self.error.show_message(human_message(e)), owner=self)

    def _found(self, people: list[tuple[str, str]]) -> None:
        self.found.clear()
        for person_id, name in people:
            self.found.addItem(name, person_id)
        self._enable()

    def _write(self, work) -> None:
        branch, member_id = self.branch, self.member_id
        if branch is None or member_id is None:
            return
        self.error.clear_message()
        self.runner.run(lambda: work(branch, member_id),
                        lambda _r: (self.show_member(branch, member_id),
                                    self.changed.emit(member_id)),
                        lambda e: self.error.show_message(human_message(e)), owner=self)

    def add(self) -> None:
        other, kind = self.found.currentData(), self.kind.currentData()
        if other:
            self._write(lambda b, m: b.add_relation(m, other, kind))

    def make_point_person(self) -> None:
        other = self.found.currentData()
        if other:
            self._write(lambda b, m: b.set_point_person(m, other))

    def remove(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            pair = self.model.record(index.row()).id
            self._write(lambda b, _m: b.remove_relation(pair))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_member.emit(self.model.record(index.row()).other_id)
