"""More member filters (arrears, assessment range) and the saved-searches bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from sync.records import Branch, MemberQuery

from ..flow import FlowLayout
from ..tasks import TaskRunner, human_message

ISO = "yyyy-MM-dd"


class ExtraFilters(QWidget):
    """Dues unpaid before a date; assessment from–to (0–5)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = FlowLayout(self)
        self.arrears = QCheckBox(self.tr("Dues unpaid before"), self)
        self.arrears.setAccessibleName(self.tr("Only members with dues unpaid before a date"))
        self.arrears_date = QDateEdit(QDate.currentDate(), self)
        self.arrears_date.setAccessibleName(self.tr("Dues unpaid before date"))
        self.arrears_date.setDisplayFormat(ISO)
        self.arrears_date.setCalendarPopup(True)
        self.arrears_date.setEnabled(False)
        self.assessment_min = self._spin(self.tr("Lowest assessment"))
        self.assessment_max = self._spin(self.tr("Highest assessment"))
        row.addWidget(self.arrears)
        row.addWidget(self.arrears_date)
        assessment = QWidget(self)  # "Assessment 1 to 5" stays on one line
        words = QHBoxLayout(assessment)
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(QLabel(self.tr("Assessment"), assessment))
        words.addWidget(self.assessment_min)
        words.addWidget(QLabel(self.tr("to"), assessment))
        words.addWidget(self.assessment_max)
        self.assessment_min.setParent(assessment)
        self.assessment_max.setParent(assessment)
        row.addWidget(assessment)
        self.arrears.toggled.connect(self.arrears_date.setEnabled)
        self.arrears.toggled.connect(self.changed)
        self.arrears_date.dateChanged.connect(self._date_changed)
        self.assessment_min.valueChanged.connect(self.changed)
        self.assessment_max.valueChanged.connect(self.changed)

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setAccessibleName(name)
        spin.setRange(-1, 5)
        spin.setSpecialValueText(self.tr("any"))  # shown for -1
        spin.setValue(-1)
        return spin

    def _date_changed(self) -> None:
        if self.arrears.isChecked():
            self.changed.emit()

    def values(self) -> dict[str, object]:
        low, high = self.assessment_min.value(), self.assessment_max.value()
        return {
            "arrears_before": (self.arrears_date.date().toString(ISO)
                               if self.arrears.isChecked() else None),
            "assessment_min": None if low < 0 else low,
            "assessment_max": None if high < 0 else high,
        }

    def set_values(self, query: MemberQuery) -> None:
        """Show a saved search's filters (without emitting ``changed`` for each)."""
        widgets = (self.arrears, self.arrears_date, self.assessment_min, self.assessment_max)
        for widget in widgets:
            widget.blockSignals(True)
        self.arrears.setChecked(bool(query.arrears_before))
        self.arrears_date.setEnabled(bool(query.arrears_before))
        if query.arrears_before:
            self.arrears_date.setDate(QDate.fromString(query.arrears_before, ISO))
        self.assessment_min.setValue(-1 if query.assessment_min is None
                                     else query.assessment_min)
        self.assessment_max.setValue(-1 if query.assessment_max is None
                                     else query.assessment_max)
        for widget in widgets:
            widget.blockSignals(False)

    def reset(self) -> None:
        self.set_values(MemberQuery())
        self.arrears_date.setDate(QDate.currentDate())


class SavedSearches(QWidget):
    """Pick a saved search; save the current filters under a name; delete one."""

    #: a saved search was picked: its query
    chosen = Signal(object)
    error = Signal(str)

    def __init__(self, runner: TaskRunner, current: Callable[[], MemberQuery],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.current = current
        self.branch: Branch | None = None
        self.searches: dict[str, MemberQuery] = {}
        self._request = 0
        row = FlowLayout(self)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Saved searches"))
        self.combo.setMinimumContentsLength(16)
        self.combo.addItem(self.tr("Saved searches…"), None)
        self.save_button = QPushButton(self.tr("Save search…"), self)
        self.save_button.setAccessibleName(self.tr("Save search"))
        self.save_button.setToolTip(self.tr("Save the current filters and search under a name"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete saved search"))
        self.delete_button.setEnabled(False)
        row.addWidget(self.combo)
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        self.combo.activated.connect(self._activated)
        self.combo.currentIndexChanged.connect(
            lambda _i: self.delete_button.setEnabled(self.combo.currentData() is not None))
        self.save_button.clicked.connect(self.ask_save)
        self.delete_button.clicked.connect(self.delete_current)

    @property
    def names(self) -> list[str]:
        return list(self.searches)

    def set_branch(self, branch: Branch | None) -> None:
        self.clear()
        self.branch = branch
        self.reload()

    def clear(self) -> None:
        self._request += 1
        self.branch = None
        self.searches = {}
        self._fill(None)

    def reload(self, select: str | None = None) -> None:
        self._run(lambda branch: None, select)

    def _run(self, change: Callable[[Branch], object], select: str | None) -> None:
        branch = self.branch
        if branch is None:
            return
        self._request += 1
        request = self._request

        def work() -> list[tuple[str, MemberQuery]]:
            change(branch)
            return branch.saved_searches()

        def done(searches: list[tuple[str, MemberQuery]]) -> None:
            if request == self._request:
                self.searches = dict(searches)
                self._fill(select)

        def failed(exc: BaseException) -> None:
            if request == self._request:
                self.error.emit(human_message(exc))

        self.runner.run(work, done, failed, owner=self)

    def _fill(self, select: str | None) -> None:
        self.combo.blockSignals(True)
        while self.combo.count() > 1:
            self.combo.removeItem(1)
        for name in self.searches:
            self.combo.addItem(name, name)
        self.combo.setCurrentIndex(max(0, self.combo.findData(select)) if select else 0)
        self.combo.blockSignals(False)
        self.delete_button.setEnabled(self.combo.currentData() is not None)

    def _activated(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name is not None and name in self.searches:
            self.chosen.emit(self.searches[name])

    def choose(self, name: str) -> None:
        """Pick a saved search by name (as a click in the combo would)."""
        index = self.combo.findData(name)
        if index >= 0:
            self.combo.setCurrentIndex(index)
            self._activated(index)

    def ask_save(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save search"),
            self.tr("Name for this search:"),
            text=self.combo.currentData() or "",
        )
        if ok and name.strip():
            self.save_as(name.strip())

    def save_as(self, name: str) -> None:
        query = self.current()
        self._run(lambda branch: branch.save_search(name, query), name)

    def delete_current(self) -> None:
        name = self.combo.currentData()
        if name is not None:
            self._run(lambda branch: branch.delete_saved_search(name), None)
