"""The Members page: filters, the lazy member table and the member panel side by side."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.records import STATUSES, MemberQuery, Workplace

from ..flow import FlowLayout
from ..i18n import COUNTS
from ..models.members import COLUMNS, ViewFollower, member_model
from ..tasks import TaskRunner
from ..widgets import BusyBar, ErrorLabel, FoldingSplitter, ch, em, record_table
from .member_filters import ExtraFilters, SavedSearches
from .member_form import nice
from .member_panel import MemberPanel
from .members_keys import EmptyList, ListKeys

SEARCH_DELAY_MS = 150
#: below this many characters' width the panel goes under the list
NARROW_CHARS = 110
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
        self._changed_here: str | None = None
        self.model = member_model(runner, self)  # a screen reader: every row speaks
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self.apply_filters)

        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("All statuses"), None)
        for value in STATUSES:
            self.status.addItem(nice(value), value)
        self.status.addItem(self.tr("Deleted (can be restored)"), DELETED)
        self.workplace = QComboBox(self)
        self.workplace.setAccessibleName(self.tr("Workplace filter"))
        self.workplace.setMinimumContentsLength(16)
        self.workplace.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.workplace.addItem(self.tr("All workplaces"), None)
        self.tag = QComboBox(self)
        self.tag.setAccessibleName(self.tr("Tag filter"))
        self.tag.setMinimumContentsLength(12)
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag.addItem(self.tr("All tags"), None)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of members shown"))
        self.busy = BusyBar(self, self.tr("Searching"))
        self.busy.setMaximumWidth(ch(self, 12))
        # one row that wraps: the filters fit a narrow window without widening it
        filters = FlowLayout()
        for widget in (self.status, self.workplace, self.tag):
            filters.addWidget(widget)
            widget.currentIndexChanged.connect(self.apply_filters)
        self.extra = ExtraFilters(self)
        self.extra.changed.connect(self.apply_filters)
        self.saved = SavedSearches(runner, self.query, self)
        self.saved.chosen.connect(self.apply_query)
        for widget in (self.extra, self.saved, self.busy, self.count):
            filters.addWidget(widget)

        self.table = record_table(self.model, self, self.tr("Members"))
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
        self.error = ErrorLabel(self, self.tr("Member list error"))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.error)
        self.empty = EmptyList(self)
        self.empty.clear_search.connect(self.clear_filters)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.table, 1)
        self.panel = MemberPanel(runner, self)
        # below NARROW_CHARS wide the panel goes under the list, not off the screen
        self.splitter = FoldingSplitter(NARROW_CHARS, self)
        self.splitter.setObjectName("members_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([ch(self, 100), ch(self, 70)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.keys = ListKeys(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.panel.open_requested.connect(self.open_member)
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
        self._reset_combo(self.workplace, self.tr("All workplaces"))
        self._reset_combo(self.tag, self.tr("All tags"))
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
        self.runner.hold_background(SEARCH_DELAY_MS + self.runner.QUIET_MS)

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
        self._changed_here = None  # a new search: the panel follows what it lists
        self.busy.set_busy(True)
        self.model.set_query(self.query())

    def is_filtered(self) -> bool:
        return self.query() != MemberQuery()

    def clear_filters(self) -> None:
        """Every member again: no search, every filter back to "all"."""
        for combo in (self.status, self.workplace, self.tag):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.extra.reset()
        self.search_text = ""
        self.search_text_set.emit("")
        self.apply_filters()

    def _refreshed(self, count: int) -> None:
        self.busy.set_busy(False)
        self.error.clear_message()
        self.count.setText(COUNTS.members(count))
        self.empty.show_for(count, self.is_filtered(), self.search_text)
        self.table.horizontalScrollBar().setVisible(count > 0)
        wanted = self._select_after
        self._select_after = None
        if wanted:
            self.select_member(wanted)
        panel = self.panel
        shown = panel.member_id
        if shown is not None and not panel.editing and not panel.is_new \
                and shown != self._changed_here and self.model.row_of(shown) is None:
            panel.clear()  # the person left the filtered list: the panel follows it

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

    def _current_changed(self, current, previous) -> None:
        member_id = self.model.member_id(current.row()) if current.isValid() else None
        if member_id is None or member_id == self.panel.member_id and not self.panel.is_new:
            return
        if not self.panel.editing:
            self.panel.show_member(member_id)
            return
        # unsaved edits: save or discard them first (or stay on the one being edited)
        staying = self.panel.member_id

        def stay() -> None:
            if staying is not None:
                self.select_member(staying)
            else:
                self.table.selectionModel().clearSelection()

        self.panel.leave(lambda: self.panel.show_member(member_id), stay)

    def open_member(self, member_id: str) -> None:
        """Show ``member_id``, clearing the filters if it is not in the list."""
        if not self.select_member(member_id):
            self._select_after = member_id
            self.clear_filters()
        self.panel.show_member(member_id)

    def _member_changed(self, member_id: str) -> None:
        # the panel keeps showing a member it just changed (deleted: "Restore")
        self._changed_here = member_id
        self.model.forget(member_id)
        self._select_after = member_id
        self.model.refresh()

    def new_member(self) -> None:
        self.panel.leave(self._new_member)

    def _new_member(self) -> None:
        self.table.clearSelection()
        self.panel.new_member()
