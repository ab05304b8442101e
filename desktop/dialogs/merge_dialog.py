"""Merge two duplicate members, showing every field where they differ.

For each differing field the user picks the kept record's value (A) or the other's (B);
emails and phones may be combined. Notes, tags, consents, tasks and attendance of both
are always kept. Without a given pair, the dialog lists the likely duplicates found.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.ops import members as dup

from .. import formats, value_words
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, ch, em

#: The most likely pairs listed at once (merging some and searching again shows more).
PAIR_LIMIT = 500


def show_value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


class MergeDialog(QDialog):
    """``merged`` carries the :class:`~sync.exchange.duplicates.MergeResult`."""

    merged = Signal(object)

    def __init__(self, runner: TaskRunner, session: Session, parent: QWidget | None = None,
                 a_id: str | None = None, b_id: str | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = session
        self.pairs: list[dup.DuplicatePair] = []
        self.fields: list[dup.FieldChoice] = []
        self.a_id, self.b_id = a_id, b_id
        self.result: dup.MergeResult | None = None
        self.setWindowTitle(self.tr("Merge duplicate members"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.pair_box = QComboBox(self)
        self.pair_box.setAccessibleName(self.tr("Likely duplicates"))
        row.addWidget(QLabel(self.tr("Pair:"), self))
        row.addWidget(self.pair_box, 1)
        layout.addLayout(row)
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.found.setAccessibleName(self.tr("About the pairs found"))
        self.found.hide()
        layout.addWidget(self.found)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("A (kept)"), self.tr("B (merged in)"), self.tr("Keep")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Differing fields"))
        layout.addWidget(self.table, 1)
        self.note = QLabel(self.tr("Notes, tags, consents, tasks and meeting attendance of both "
                           "records are kept. B stays in the deleted list, marked as merged "
                           "into A, with its history."), self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Merge result"))
        layout.addWidget(self.status)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.pair_box.activated.connect(self._pair_chosen)
        self.merge_button.clicked.connect(self.start_merge)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumSize(ch(self, 80), em(self, 24))
        if a_id and b_id:
            self.pair_box.hide()
            self.load_pair(a_id, b_id)
        else:
            self._find()

    def _find(self) -> None:
        session = self.session
        self.runner.run(lambda: dup.find_duplicates(session, PAIR_LIMIT), self._show_pairs,
                        self._show_error, owner=self)

    def _show_pairs(self, search: dup.DuplicateSearch) -> None:
        self.pairs = pairs = search.pairs
        self.pair_box.clear()
        for p in pairs:
            self.pair_box.addItem(f"{p.a_name} / {p.b_name} — {'; '.join(p.reasons)}")
        found = []
        if search.total > len(pairs):
            found.append(
                self.tr(
                    "Showing the {count} most likely of {total} pairs; merge some and "
                    "open this again for the rest."
                ).format(count=formats.number(len(pairs)), total=formats.number(search.total))
            )
        self.found.setText(" ".join([*found, *search.notes]))
        self.found.setVisible(bool(self.found.text()))
        if pairs:
            self.load_pair(pairs[0].a, pairs[0].b)
        else:
            self.intro.setText(self.tr("No likely duplicates were found."))
            self.table.setRowCount(0)
            self.merge_button.setEnabled(False)

    def _pair_chosen(self, index: int) -> None:
        if 0 <= index < len(self.pairs):
            self.load_pair(self.pairs[index].a, self.pairs[index].b)

    def load_pair(self, a_id: str, b_id: str) -> None:
        self.a_id, self.b_id = a_id, b_id
        session = self.session
        branch = session.branch

        def job():
            a, b = branch.get_member(a_id), branch.get_member(b_id)
            names = {w.id: w.name for w in branch.list_workplaces()}  # a workplace by name
            return a.display_name, b.display_name, dup.compare(session, a_id, b_id), names

        self.runner.run(job, self._show_fields, self._show_error, owner=self)

    def _show_fields(self, data) -> None:
        a_name, b_name, fields, workplaces = data
        self.fields = fields
        self.intro.setText(self.tr("Keep A: {a_name}, and merge B: {b_name} into it. Choose "
                                   "the value to keep for each detail that differs.").format(
                                       a_name=a_name, b_name=b_name))
        self.table.setRowCount(len(fields))
        for i, f in enumerate(fields):
            label = QTableWidgetItem(value_words.field(f.field))
            label.setData(Qt.ItemDataRole.UserRole, f.field)
            self.table.setItem(i, 0, label)
            for column, value in ((1, f.a), (2, f.b)):
                if f.field == "workplace_id" and value:
                    value = workplaces.get(value, self.tr("(a workplace no longer listed)"))
                self.table.setItem(i, column, QTableWidgetItem(show_value(value)))
            box = QComboBox(self.table)
            box.setAccessibleName(self.tr("Keep {field}").format(
                field=value_words.field(f.field).lower()))
            box.addItem("A", "a")
            box.addItem("B", "b")
            if f.field in dup.LIST_FIELDS:
                box.addItem(self.tr("Both"), "union")
            box.setCurrentIndex(box.findData(f.default))
            self.table.setCellWidget(i, 3, box)
        self.merge_button.setEnabled(True)
        self.error.clear_message()

    def choices(self) -> dict[str, str]:
        out = {}
        for i in range(self.table.rowCount()):
            box = self.table.cellWidget(i, 3)
            out[self.table.item(i, 0).data(Qt.ItemDataRole.UserRole)] = box.currentData()
        return out

    def choose(self, field: str, side: str) -> None:
        for i in range(self.table.rowCount()):
            if self.table.item(i, 0).data(Qt.ItemDataRole.UserRole) == field:
                box = self.table.cellWidget(i, 3)
                box.setCurrentIndex(box.findData(side))
                return
        raise KeyError(field)

    def start_merge(self) -> None:
        if not (self.a_id and self.b_id):
            return
        session, a, b, choices = self.session, self.a_id, self.b_id, self.choices()
        self.merge_button.setEnabled(False)
        self.status.setText(self.tr("Merging…"))
        self.runner.run(lambda: dup.merge(session, a, b, choices).result, self._merged,
                        self._failed, owner=self)

    def moved_words(self, kind: str, n: int) -> str:
        """"3 conversations": what a merge moved, counted in the user's language."""
        words = {
            "notes": lambda: self.tr("%Ln conversations", "", n),
            "tasks": lambda: self.tr("%Ln tasks", "", n),
            "consents": lambda: self.tr("%Ln consents", "", n),
            "tags": lambda: self.tr("%Ln tags", "", n),
            "attendance": lambda: self.tr("%Ln attendance records", "", n),
        }
        return words[kind]() if kind in words else f"{n} {kind}"

    def _merged(self, result: dup.MergeResult) -> None:
        self.result = result
        moved = ", ".join(self.moved_words(kind, n) for kind, n in result.moved.items() if n)
        self.status.setText(
            self.tr("Merged.") + (self.tr(" Moved {moved}.").format(moved=moved) if moved else "")
        )
        self.merged.emit(result)
        self.table.setRowCount(0)
        # the merged pair is gone: no "Keep A … merge B …" left about it
        self.intro.setText(self.tr("Merged. Choose another pair above, or close."))
        self.a_id = self.b_id = None
        self.merge_button.setEnabled(False)

    def _failed(self, error: BaseException) -> None:
        self.merge_button.setEnabled(True)
        self.status.clear()
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        self.error.show_message(human_message(error))
