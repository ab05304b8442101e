"""The Members page: filters, the lazy member table and the member panel side by side."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.records import STATUSES, MemberQuery, Workplace

from ..models.members import COLUMNS, MemberTableModel, ViewFollower
from ..tasks import TaskRunner
from ..widgets import BusyBar, ErrorLabel, ch, em, record_table
from .member_filters import ExtraFilters, SavedSearches
from .member_form import nice
from .member_panel import MemberPanel

SEARCH_DELAY_MS = 150
DELETED = "__deleted__"


class MembersPage(QWidget):
    message = Signal(str)
    #: a saved search set the search text (the toolbar's search field shows it)
    search_text_set = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.search_text = ""
        self._select_after: str | None = None
        self.model = MemberTableModel(runner, self)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self.apply_filters)

        filters = QHBoxLayout()
        self.status = QComboBox(self)
        self.status.setAccessibleName("Status filter")
        self.status.addItem("All statuses", None)
        for value in STATUSES:
            self.status.addItem(nice(value), value)
        self.status.addItem("Deleted (can be restored)", DELETED)
        self.workplace = QComboBox(self)
        self.workplace.setAccessibleName("Workplace filter")
        self.workplace.setMinimumContentsLength(16)
        self.workplace.addItem("All workplaces", None)
        self.tag = QComboBox(self)
        self.tag.setAccessibleName("Tag filter")
        self.tag.setMinimumContentsLength(12)
        self.tag.addItem("All tags", None)
        self.count = QLabel(self)
        self.count.setAccessibleName("Number of members shown")
        self.busy = BusyBar(self, "Searching")
        self.busy.setMaximumWidth(ch(self, 12))
        for widget in (self.status, self.workplace, self.tag):
            filters.addWidget(widget)
            widget.currentIndexChanged.connect(self.apply_filters)
        filters.addStretch(1)
        filters.addWidget(self.busy)
        filters.addWidget(self.count)
        more = QHBoxLayout()
        self.extra = ExtraFilters(self)
        self.extra.changed.connect(self.apply_filters)
        self.saved = SavedSearches(runner, self.query, self)
        self.saved.chosen.connect(self.apply_query)
        more.addWidget(self.extra)
        more.addStretch(1)
        more.addWidget(self.saved)

        self.table = record_table(self.model, self, "Members")
        self.table.setObjectName("members_table")
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(em(self, 1.7))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        widths = (22, 10, 24, 15, 18, 9, 4, 11)
        metrics = header.fontMetrics()
        for column, width in enumerate(widths[:len(COLUMNS)]):
            title_width = metrics.horizontalAdvance(COLUMNS[column][0]) + em(self, 1.6)
            self.table.setColumnWidth(column, max(ch(self, width), title_width))
        self.table.setSortingEnabled(True)
        self.follower = ViewFollower(self.model, self.table)
        self.error = ErrorLabel(self, "Member list error")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addLayout(more)
        left_layout.addWidget(self.error)
        left_layout.addWidget(self.table, 1)
        self.panel = MemberPanel(runner, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([ch(self, 100), ch(self, 70)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.refreshed.connect(self._refreshed)
        self.model.failed.connect(self.error.show_message)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.panel.changed.connect(self._member_changed)
        self.panel.erased.connect(lambda _mid: self.model.refresh())
        self.panel.message.connect(self.message)
        self.saved.error.connect(self.error.show_message)

    # -- lifecycle ------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        branch = session.branch if session is not None else None
        self.panel.set_session(session)
        self.model.set_branch(branch)
        self.saved.set_branch(branch)
        self.count.clear()
        if branch is not None:
            self.apply_filters()

    def clear(self) -> None:
        self.debounce.stop()
        self.search_text = ""
        self.panel.clear()
        self.panel.branch = None
        self.model.clear()
        self._select_after = None
        self.count.clear()
        self.error.clear_message()
        self._reset_combo(self.workplace, "All workplaces")
        self._reset_combo(self.tag, "All tags")
        self.status.setCurrentIndex(0)
        self.saved.clear()
        self.extra.reset()

    @staticmethod
    def _reset_combo(combo: QComboBox, label: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(label, None)
        combo.blockSignals(False)

    def set_reference(self, workplaces: list[Workplace], tags: list[tuple[str, int]]) -> None:
        """Fill the workplace and tag filters (and the panel's choices)."""
        for combo, items in ((self.workplace, [(w.name, w.id) for w in workplaces]),
                             (self.tag, [(f"{t} ({n})", t) for t, n in tags])):
            current = combo.currentData()
            combo.blockSignals(True)
            del_from = 1
            while combo.count() > del_from:
                combo.removeItem(del_from)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.panel.set_workplaces(workplaces)
        self.panel.set_tag_choices([t for t, _n in tags])

    # -- filtering ------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        """Search as you type: the query runs once typing pauses for 150 ms."""
        self.search_text = text
        self.debounce.start()

    def show_workplace(self, workplace_id: str) -> None:
        index = self.workplace.findData(workplace_id)
        if index >= 0:
            self.workplace.setCurrentIndex(index)

    def query(self) -> MemberQuery:
        status = self.status.currentData()
        return MemberQuery(
            search=self.search_text,
            status=None if status in (None, DELETED) else status,
            workplace_id=self.workplace.currentData(),
            tag=self.tag.currentData(),
            only_deleted=status == DELETED,
            **self.extra.values(),  # type: ignore[arg-type]
        )

    def apply_query(self, query: MemberQuery) -> None:
        """Show a saved search: set every filter from it, then run it once."""
        status = DELETED if query.only_deleted else query.status
        for combo, value in ((self.status, status), (self.workplace, query.workplace_id),
                             (self.tag, query.tag)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.extra.set_values(query)
        self.search_text = query.search
        self.search_text_set.emit(query.search)
        self.apply_filters()

    def apply_filters(self, *_: object) -> None:
        self.debounce.stop()
        if self.model.branch is None:
            return
        self.busy.show()
        self.model.set_query(self.query())

    def _refreshed(self, count: int) -> None:
        self.busy.hide()
        self.error.clear_message()
        self.count.setText(f"{count:,} member{'s' if count != 1 else ''}")
        wanted = self._select_after
        self._select_after = None
        if wanted:
            self.select_member(wanted)

    # -- selection ------------------------------------------------------------------
    def _remember_selection(self) -> None:
        if self._select_after is None:
            self._select_after = self.panel.member_id

    def select_member(self, member_id: str) -> bool:
        row = self.model.row_of(member_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current, _previous) -> None:
        member_id = self.model.member_id(current.row()) if current.isValid() else None
        if member_id is not None:
            self.panel.show_member(member_id)

    def _member_changed(self, member_id: str) -> None:
        self.model.forget(member_id)
        self._select_after = member_id
        self.model.refresh()

    def new_member(self) -> None:
        self.table.clearSelection()
        self.panel.new_member()
