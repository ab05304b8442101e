"""The member list model: ordered ids only, rows fetched lazily in pages.

Anki's browser table model, in small (CONVENTIONS.md, "Large tables"). The model holds
the ordered list of member ids for the current query and sort — fetched with
``Branch.member_ids`` on the vault worker, because filtering and sorting happen in SQL
— and fetches the visible rows' columns with ``Branch.member_rows`` a page (200 ids)
at a time into a small LRU cache. A page is read on the UI thread when the worker is
idle (a few milliseconds); otherwise it is queued on the worker and the rows show a
placeholder until it arrives. 50,000 members cost 50,000 id strings, not 50,000 rows.
A new query first fetches one page of ids and their rows (a LIMITed query that stops
early), so a search matching thousands paints before its whole id list is known.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from sync.errors import CaucusError
from sync.records import Branch, MemberQuery, MemberRow

from ..tasks import TaskRunner, human_message

# (header, sort key in records.MEMBER_SORTS)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Name", "name"),
    ("Membership no.", "membership_no"),
    ("Email", "email"),
    ("Phone", "phone"),
    ("Workplace", "workplace"),
    ("Status", "status"),
    ("Assessment", "assessment"),
    ("Dues paid until", "dues_paid_until"),
)
PLACEHOLDER = "…"
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ID = int(Qt.ItemDataRole.UserRole) + 1
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT, _ALIGN, _ID})
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_MISSING = object()  # an id whose row vanished between the id query and the fetch


def row_name(row: MemberRow) -> str:
    first = row.preferred_name or row.first_name or ""
    return " ".join(x for x in (first, row.last_name) if x) or "(no name)"


def _cell(row: MemberRow, column: int) -> str:
    key = COLUMNS[column][1]
    if key == "name":
        return row_name(row)
    value: Any = getattr(row, key)
    if value is None:
        return ""
    if key == "status":
        return str(value).capitalize()
    return str(value)


class MemberTableModel(QAbstractTableModel):
    ID_ROLE = _ID
    PAGE = 200
    FIRST_ROWS = 64  # rows read with a new query's first page: a tall window's worth
    CACHE_ROWS = 2000

    #: the id query finished: number of matching members
    refreshed = Signal(int)
    #: a query or fetch failed: the sentence to show
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.branch: Branch | None = None
        self.query = MemberQuery()
        self.sort_key = "name"
        self.descending = False
        self._ids: list[str] = []
        self._row_of: dict[str, int] | None = None
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self._loading: set[int] = set()
        self._request = 0  # bumps on every query and reset: stale answers are dropped
        self._layout = 0  # bumps whenever _ids is replaced
        self.loading = False
        # counters, for tests and the benchmark: how much was actually fetched
        self.fetches = 0
        self.rows_fetched = 0

    # -- lifecycle ------------------------------------------------------------------
    def set_branch(self, branch: Branch | None) -> None:
        self.clear()
        self.branch = branch

    def clear(self) -> None:
        """Forget every id and row (on lock): nothing about members stays in memory here."""
        self.beginResetModel()
        self.branch = None
        self._ids = []
        self._row_of = None
        self._cache.clear()
        self._loading.clear()
        self._request += 1
        self._layout += 1
        self.loading = False
        self.endResetModel()

    # -- querying -------------------------------------------------------------------
    def set_query(self, query: MemberQuery) -> None:
        self.query = query
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self._ids:
            return
        self.sort_key, self.descending = key, descending
        self.refresh()

    def refresh(self, forget_rows: bool = False) -> None:
        """Re-run the id query on the worker (after a filter, a sort or an edit)."""
        branch = self.branch
        if branch is None:
            return
        if forget_rows:
            self._cache.clear()
        self._request += 1
        request = self._request
        query, sort, descending = self.query, self.sort_key, self.descending
        self.loading = True

        def first_page() -> tuple[list[str], list[MemberRow]]:
            ids = branch.member_ids(query, sort, descending, limit=self.PAGE)
            return ids, branch.member_rows(ids[:self.FIRST_ROWS])

        def whole_list() -> None:
            self.runner.run(lambda: branch.member_ids(query, sort, descending),
                            lambda ids: self._apply_ids(request, ids, []),
                            lambda exc: self._query_failed(request, exc), owner=self)

        def shown(result: tuple[list[str], list[MemberRow]]) -> None:
            ids, rows = result
            complete = len(ids) < self.PAGE
            if self._apply_ids(request, ids, rows, complete) and not complete:
                whole_list()

        self.runner.run(first_page, shown, lambda exc: self._query_failed(request, exc),
                        owner=self)

    def _apply_ids(self, request: int, ids: list[str], rows: list[MemberRow],
                   complete: bool = True) -> bool:
        """Show ``ids`` (the first page's ``rows`` come along so it paints at once).

        A search over thousands shows its first page from a LIMITed query first; the
        whole id list follows from a second job, and only then is the count known.
        """
        if request != self._request:
            return False
        self.loading = not complete
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._loading.clear()
        self._layout += 1
        if rows:
            self._store(ids[:self.FIRST_ROWS], rows)  # the ids whose rows were read
        self.endResetModel()
        if complete:
            self.refreshed.emit(len(ids))
        return True

    def _query_failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.loading = False
            self.failed.emit(human_message(error))

    def forget(self, member_id: str) -> None:
        """Drop one member's cached row (after an edit) and repaint it."""
        self._cache.pop(member_id, None)
        row = self.row_of(member_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- lookup ---------------------------------------------------------------------
    def member_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, member_id: str) -> int | None:
        if self._row_of is None:
            self._row_of = {mid: i for i, mid in enumerate(self._ids)}
        return self._row_of.get(member_id)

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    @property
    def cached_rows(self) -> int:
        return len(self._cache)

    # -- fetching -------------------------------------------------------------------
    def member_row(self, row: int) -> MemberRow | None:
        """The row's data, fetching its page if needed (``None`` while it loads)."""
        member_id = self._ids[row]
        hit = self._cache.get(member_id)
        if hit is not None:
            self._cache.move_to_end(member_id)
            return None if hit is _MISSING else hit
        page = row // self.PAGE
        if page in self._loading or self.branch is None:
            return None
        wanted = [i for i in self._ids[page * self.PAGE:(page + 1) * self.PAGE]
                  if i not in self._cache]
        branch = self.branch
        try:
            done, rows = self.runner.try_now(lambda: branch.member_rows(wanted))
        except CaucusError as exc:
            self.failed.emit(human_message(exc))
            return None
        if done:
            self._store(wanted, rows)
            hit = self._cache.get(member_id)
            return None if hit is None or hit is _MISSING else hit
        self._fetch_later(page, wanted)
        return None

    def _fetch_later(self, page: int, wanted: list[str]) -> None:
        self._loading.add(page)
        branch, layout = self.branch, self._layout
        assert branch is not None
        self.runner.run(lambda: branch.member_rows(wanted),
                        lambda rows: self._page_arrived(layout, page, wanted, rows),
                        lambda exc: self._page_failed(layout, page, exc), owner=self)

    def _page_arrived(self, layout: int, page: int, wanted: list[str],
                      rows: list[MemberRow]) -> None:
        if layout != self._layout:
            return
        self._loading.discard(page)
        self._store(wanted, rows)
        first = page * self.PAGE
        last = min(len(self._ids), first + self.PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _page_failed(self, layout: int, page: int, error: BaseException) -> None:
        if layout == self._layout:
            self._loading.discard(page)
            self.failed.emit(human_message(error))

    def _store(self, wanted: list[str], rows: list[MemberRow]) -> None:
        self.fetches += 1
        self.rows_fetched += len(rows)
        found = {r.id: r for r in rows}
        for member_id in wanted:
            self._cache[member_id] = found.get(member_id, _MISSING)
            self._cache.move_to_end(member_id)
        while len(self._cache) > max(self.CACHE_ROWS, self.PAGE * 2):
            self._cache.popitem(last=False)

    # -- the Qt model interface -----------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called ~6 times per visible cell on every repaint: roles are compared as
        # plain ints (a PySide enum attribute lookup costs more than the rest).
        if role not in _ROLES:
            return None
        r = index.row()
        if not 0 <= r < len(self._ids):
            return None
        if role == _ID:
            return self._ids[r]
        if role == _ALIGN:
            return _CENTER if COLUMNS[index.column()][1] == "assessment" else None
        row = self.member_row(r)
        if role == _DISPLAY:
            return PLACEHOLDER if row is None else _cell(row, index.column())
        if row is None:
            return None
        if role == _TOOLTIP:
            text = _cell(row, index.column())
            return f"{text} (deleted)" if row.deleted and text else (text or None)
        if row.deleted and role == _FOREGROUND:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if row.deleted and role == _FONT:
            font = QFont()
            font.setItalic(True)
            return font
        return None
