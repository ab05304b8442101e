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

Only the cells in view are handed to Qt, as the text of ``QStandardItemModel`` items
(at most :attr:`MemberTableModel.SHOWN_ROWS` rows; older ones are emptied again). So
Qt paints them without calling Python: a table view asks ``data()`` seven times per
cell on every repaint, and through PySide that was half the cost of each repaint of
the list (16 ms against 8 ms for the same rows held by Qt, measured on the benchmark
branch). :class:`ViewFollower` tells the model which rows a view shows, and answers the
view's tooltips from the row cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QToolTip

from sync.errors import CaucusError
from sync.records import Branch, MemberQuery, MemberRow, format_phone

from .. import formats, value_words
from ..tasks import TaskRunner, human_message

# (header, sort key in records.MEMBER_SORTS)
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("members", "Name"), "name"),
    (QT_TRANSLATE_NOOP("members", "Membership no."), "membership_no"),
    (QT_TRANSLATE_NOOP("members", "Email"), "email"),
    (QT_TRANSLATE_NOOP("members", "Phone"), "phone"),
    (QT_TRANSLATE_NOOP("members", "Workplace"), "workplace"),
    (QT_TRANSLATE_NOOP("members", "Status"), "status"),
    (QT_TRANSLATE_NOOP("members", "Assessment"), "assessment"),
    (QT_TRANSLATE_NOOP("members", "Dues paid until"), "dues_paid_until"),
)
PLACEHOLDER = "…"
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_CENTRED = frozenset(i for i, (_title, key) in enumerate(COLUMNS) if key == "assessment")
_MISSING = object()  # an id whose row vanished between the id query and the fetch


def row_name(row: MemberRow) -> str:
    first = row.preferred_name or row.first_name or ""
    return " ".join(x for x in (first, row.last_name) if x) or QCoreApplication.translate(
        "members", "(no name)"
    )


def phone_texts(rows: list[MemberRow], region: str | None) -> dict[str, str]:
    """Each row's stored phone as a secretary in the branch's country writes it
    (07911 123456), by the stored number. Worked out on the vault worker with the read:
    phonenumbers takes 0.1–0.5 ms a number, 6–15 ms a screen of rows if the window did
    it while painting."""
    return {r.phone: format_phone(r.phone, region) for r in rows if r.phone}


def _cell(row: MemberRow, column: int, phones: Mapping[str, str]) -> str:
    """A cell's text; ``phones``: the phone numbers as shown, by the stored number."""
    key = COLUMNS[column][1]
    if key == "name":
        return row_name(row)
    value: Any = getattr(row, key)
    if value is None:
        return ""
    if key == "phone":
        return phones[value]
    if key == "status":
        return value_words.nice(str(value))
    if key == "dues_paid_until":
        return formats.date_text(value)
    return str(value)


class MemberTableModel(QStandardItemModel):
    PAGE = 200
    FIRST_ROWS = 64  # rows read with a new query's first page: a tall window's worth
    CACHE_ROWS = 2000
    SHOWN_ROWS = 600  # rows whose cells Qt holds; the least recently shown are emptied

    #: the id query finished: number of matching members
    refreshed = Signal(int)
    #: a query or fetch failed: the sentence to show
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("members", title)
                                        for title, _key in COLUMNS])
        prototype = QStandardItem()  # cells are read-only text
        prototype.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        self.setItemPrototype(prototype)
        self.runner = runner
        self.branch: Branch | None = None
        self.region: str | None = None  # the branch's country, for phone numbers
        self.query = MemberQuery()
        self.sort_key = "name"
        self.descending = False
        self._ids: list[str] = []
        self._row_of: dict[str, int] | None = None
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self._phones = _Phones(self)  # the cached rows' phones as shown
        self._loading: set[int] = set()
        # rows whose cells Qt holds: True with the member's data, False a placeholder
        self._shown: OrderedDict[int, bool] = OrderedDict()
        self._in_view = (0, self.FIRST_ROWS - 1)  # rows the view shows (ViewFollower)
        self.top_on_reset = True  # the last reset was a new query: its view goes to the top
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
        self._replace_ids([])
        self._cache.clear()
        self._phones.clear()
        self._request += 1
        self.loading = False
        self.endResetModel()

    def _replace_ids(self, ids: list[str]) -> None:
        """New ids, every cell emptied (call between begin/endResetModel)."""
        self.blockSignals(True)  # the reset stands for the row signals of these two
        try:
            self.setRowCount(0)
            self.setRowCount(len(ids))
        finally:
            self.blockSignals(False)
        self._ids = ids
        self._row_of = None
        self._shown.clear()
        self._loading.clear()
        self._layout += 1

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
            self._phones.clear()
        self._request += 1
        request = self._request
        query, sort, descending = self.query, self.sort_key, self.descending
        self.loading = True
        first, last = self._in_view
        in_view = last - first + 1  # a new query shows its first rows

        def first_page() -> tuple[list[str], list[MemberRow], str | None, dict[str, str]]:
            ids = branch.member_ids(query, sort, descending, limit=self.PAGE)
            region = branch.region
            rows = branch.member_rows(ids[:self.FIRST_ROWS])
            # the phones of the rows in view only (a window holds 10–40 rows): the
            # others' follow from a job of their own once the first page shows
            return ids, rows, region, phone_texts(rows[:in_view], region)

        def other_phones(rows: list[MemberRow], region: str | None) -> None:
            def arrived(phones: dict[str, str]) -> None:
                if request == self._request and region == self.region:
                    self._phones.update(phones)
            self.runner.run(lambda: phone_texts(rows, region), arrived, owner=self)

        def whole_list() -> None:
            self.runner.run(lambda: branch.member_ids(query, sort, descending),
                            lambda ids: self._apply_ids(request, ids, [], top=False),
                            lambda exc: self._query_failed(request, exc), owner=self)

        def shown(result: tuple[list[str], list[MemberRow], str | None,
                                dict[str, str]]) -> None:
            ids, rows, region, phones = result
            if request == self._request:
                if region != self.region:
                    self._phones.clear()
                self.region = region
                self._phones.update(phones)
            complete = len(ids) < self.PAGE
            if not self._apply_ids(request, ids, rows, complete):
                return
            if rows[in_view:]:
                other_phones(rows[in_view:], region)
            if not complete:
                whole_list()

        self.runner.run(first_page, shown, lambda exc: self._query_failed(request, exc),
                        owner=self)

    def _apply_ids(self, request: int, ids: list[str], rows: list[MemberRow],
                   complete: bool = True, top: bool = True) -> bool:
        """Show ``ids`` (the first page's ``rows`` come along so it paints at once).

        A search over thousands shows its first page from a LIMITed query first; the
        whole id list follows from a second job, and only then is the count known.
        A new query shows its first rows (``top``); the whole list that follows keeps
        the place the user scrolled to.
        """
        if request != self._request:
            return False
        self.loading = not complete
        self.top_on_reset = top
        self.beginResetModel()
        self._replace_ids(ids)
        if rows:
            self._store(ids[:self.FIRST_ROWS], rows)  # the ids whose rows were read
        first, last = self._in_view
        if top:
            first, last = 0, last - first
        self._fill(range(first, min(len(ids), last + 1)))  # the rows in view, if cached
        self.endResetModel()
        if complete:
            self.refreshed.emit(len(ids))
        return True

    def _query_failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.loading = False
            self.failed.emit(human_message(error))

    def forget(self, member_id: str) -> None:
        """Drop one member's cached row (after an edit) and show it afresh."""
        self._cache.pop(member_id, None)
        row = self.row_of(member_id)
        if row is not None and self._shown.pop(row, None) is not None:
            for column in range(len(COLUMNS)):  # a fresh start: no stale italics
                self.takeItem(row, column)
            self.show_rows(*self._in_view)

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

    @property
    def shown_rows(self) -> int:
        return len(self._shown)

    def tooltip(self, row: int, column: int) -> str | None:
        """The cell's whole text (cells are cut to their column's width)."""
        member_id = self.member_id(row)
        hit = self._cache.get(member_id) if member_id is not None else None
        if hit is None or hit is _MISSING or not 0 <= column < len(COLUMNS):
            return None
        text = _cell(hit, column, self._phones)
        return (
            self.tr("{text} (deleted)").format(text=text)
            if hit.deleted and text
            else (text or None)
        )

    # -- fetching -------------------------------------------------------------------
    def member_row(self, row: int) -> MemberRow | None:
        """The row's data, fetching its page if needed (``None`` while it loads)."""
        member_id = self._ids[row]
        hit = self._cache.get(member_id)
        if hit is None:
            self._fetch_page(row // self.PAGE)
            hit = self._cache.get(member_id)
        if hit is None:
            return None
        self._cache.move_to_end(member_id)
        return None if hit is _MISSING else hit

    def show_rows(self, first: int, last: int) -> None:
        """Rows ``first``–``last`` are in view: give Qt their cells, fetching the pages
        not yet cached (placeholders show while a page comes from the busy worker)."""
        self._in_view = (max(0, first), max(first, last))
        self._show(first, last)

    def _show(self, first: int, last: int) -> None:
        """Give Qt the cells of rows ``first``–``last`` (see :meth:`show_rows`)."""
        last = min(last, len(self._ids) - 1)
        first = max(0, first)
        if first > last:
            return
        for row in range(first, last + 1):
            if row in self._shown:
                self._shown.move_to_end(row)
        wanted = [r for r in range(first, last + 1) if not self._shown.get(r)]
        if not wanted:
            return
        for page in sorted({r // self.PAGE for r in wanted
                            if self._ids[r] not in self._cache}):
            self._fetch_page(page)
        self._fill(wanted)
        self.dataChanged.emit(self.index(wanted[0], 0),
                              self.index(wanted[-1], len(COLUMNS) - 1))

    def _fetch_page(self, page: int) -> None:
        """Read one page of rows now if the worker is idle, else queue it."""
        if page in self._loading or self.branch is None:
            return
        wanted = [i for i in self._ids[page * self.PAGE:(page + 1) * self.PAGE]
                  if i not in self._cache]
        if not wanted:
            return
        branch, region = self.branch, self.region
        try:  # on this thread: only the phones of the rows shown are worked out
            done, rows = self.runner.try_now(lambda: branch.member_rows(wanted))
        except CaucusError as exc:
            self.failed.emit(human_message(exc))
            return
        if done:
            self._store(wanted, rows)
            return
        self._loading.add(page)
        layout = self._layout
        def read() -> tuple[list[MemberRow], dict[str, str]]:
            rows = branch.member_rows(wanted)
            return rows, phone_texts(rows, region)

        self.runner.run(read, lambda got: self._page_arrived(layout, page, wanted, *got),
                        lambda exc: self._page_failed(layout, page, exc), owner=self)

    def _page_arrived(self, layout: int, page: int, wanted: list[str],
                      rows: list[MemberRow], phones: dict[str, str]) -> None:
        if layout != self._layout:
            return
        self._phones.update(phones)
        self._loading.discard(page)
        self._store(wanted, rows)
        first, last = self._in_view
        # the page's rows still in view (the view's range stays what it is)
        self._show(max(first, page * self.PAGE), min(last, (page + 1) * self.PAGE - 1))

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

    # -- the cells Qt holds ---------------------------------------------------------
    def _fill(self, rows: range | list[int]) -> None:
        """Put the rows' cells into Qt's items (a placeholder for a row still loading).
        Signals are held back: the caller emits one ``dataChanged`` or is in a reset."""
        self.blockSignals(True)
        try:
            for row in rows:
                hit = self._cache.get(self._ids[row])
                if hit is None:
                    if row not in self._shown:
                        self.setData(self.index(row, 0), PLACEHOLDER)
                        self._shown[row] = False
                    continue
                self._shown[row] = True
                self._shown.move_to_end(row)
                if hit is _MISSING:
                    self.setData(self.index(row, 0), "")
                    continue
                for column in range(len(COLUMNS)):
                    text = _cell(hit, column, self._phones)
                    if column not in _CENTRED and not hit.deleted:
                        self.setData(self.index(row, column), text)  # most cells: text
                        continue
                    roles: dict[Any, Any] = {_DISPLAY: text}
                    if column in _CENTRED:
                        roles[_ALIGN] = Qt.AlignmentFlag.AlignCenter
                    if hit.deleted:
                        roles[_FONT], roles[_FOREGROUND] = _deleted_look()
                    self.setItemData(self.index(row, column), roles)
            self._forget_old_cells()
        finally:
            self.blockSignals(False)

    def _forget_old_cells(self) -> None:
        """Empty the least recently shown rows beyond :attr:`SHOWN_ROWS` (not in view)."""
        first, last = self._in_view
        while len(self._shown) > self.SHOWN_ROWS:
            row = next(iter(self._shown))
            if first <= row <= last:
                break
            del self._shown[row]
            for column in range(len(COLUMNS)):
                self.takeItem(row, column)


class _Phones(dict):
    """The cached rows' phone numbers as shown, by the stored number: worked out on the
    vault worker with each read, else (a page read on the window's thread while the
    worker was idle) when a row is shown."""

    def __init__(self, model: MemberTableModel) -> None:
        super().__init__()
        self.model = model

    def update(self, phones: Mapping[str, str]) -> None:  # type: ignore[override]
        self._bound()
        super().update(phones)

    def __missing__(self, stored: str) -> str:
        self._bound()
        shown = self[stored] = format_phone(stored, self.model.region)
        return shown

    def _bound(self) -> None:
        if len(self) > 2 * self.model.CACHE_ROWS:  # as many as the rows cached, or so
            self.clear()


class AccessibleMemberTableModel(MemberTableModel):
    """The member model for a screen reader: every row answers its text, also the rows
    out of view whose cells Qt does not hold (their page is fetched when asked for).

    Answering in Python costs every repaint about twice as much (every role of every
    cell passes through ``data()``), so the app uses this model only while an
    assistive technology is on (:func:`member_model`)."""

    def data(self, index, role: int = _DISPLAY) -> Any:  # noqa: D102
        if role == _ACCESSIBLE and index.isValid():
            row = self.member_row(index.row())
            if row is None:
                return PLACEHOLDER
            text = _cell(row, index.column(), self._phones)
            return self.tr("{text} (deleted)").format(text=text) if row.deleted and text else text
        return super().data(index, role)


def member_model(runner: TaskRunner, parent=None) -> MemberTableModel:
    """The member list's model: with a screen reader on (Qt's accessibility active, or
    ``QT_ACCESSIBILITY=1``), one whose rows out of view still give their text."""
    import os

    from PySide6.QtGui import QAccessible

    if QAccessible.isActive() or os.environ.get("QT_ACCESSIBILITY") == "1":
        return AccessibleMemberTableModel(runner, parent)
    return MemberTableModel(runner, parent)


def _deleted_look() -> tuple[QFont, Any]:
    """Italic, in the palette's disabled text colour: a deleted (restorable) member."""
    font = QFont()
    font.setItalic(True)
    return font, QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                              QPalette.ColorRole.Text)


class ViewFollower(QObject):
    """Tells a :class:`MemberTableModel` which rows its view shows (after a scroll, a
    resize or a new list) and answers the view's tooltips with the cell's whole text."""

    def __init__(self, model: MemberTableModel, view: QTableView) -> None:
        super().__init__(view)
        self.model = model
        view.viewport().installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(self.update_rows)
        model.modelReset.connect(self._list_replaced)

    @property
    def view(self) -> QTableView:
        """The view followed: its parent, not an attribute, so that the view and this
        follower make no reference cycle. A cycle leaves the view to Python's cyclic
        collector, which may run on the vault worker's thread and free a widget there
        while the window thread delivers its events (a segfault)."""
        return self.parent()  # type: ignore[return-value]

    def _list_replaced(self) -> None:
        if self.model.top_on_reset:
            self.view.scrollToTop()  # a new search shows its first hits, wherever one was
        self.update_rows()

    def update_rows(self, *_: object) -> None:
        view = self.view
        first = view.rowAt(0)
        if first < 0:
            first = 0
        last = view.rowAt(view.viewport().height() - 1)
        if last < 0:
            rows_high = view.viewport().height() // max(1, view.verticalHeader()
                                                           .defaultSectionSize())
            last = first + rows_high
        self.model.show_rows(first, last)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self.update_rows()
        elif kind == QEvent.Type.ToolTip:
            index = self.view.indexAt(event.pos())  # type: ignore[attr-defined]
            text = self.model.tooltip(index.row(), index.column()) if index.isValid() else None
            if text:
                QToolTip.showText(event.globalPos(), text,  # type: ignore[attr-defined]
                                  self.view.viewport(), self.view.visualRect(index))
            else:
                QToolTip.hideText()
            return True
        return False

