"""The member model over thousands of members: ids up front, rows a page at a time."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableView, QToolTip

from desktop.models import members
from desktop.models.members import PLACEHOLDER, MemberTableModel, ViewFollower
from sync import changes
from sync.records import Branch, MemberQuery
from sync.store.vault import Vault
from sync.trust import create_branch

from .helpers import PASSPHRASE

N = 3000


@pytest.fixture(scope="module")
def big_branch(tmp_path_factory):
    """3,000 members written straight through the replica in a few change sets
    (made once for the module; these tests only read)."""
    vault = Vault.create(tmp_path_factory.mktemp("big") / "big.caucus", PASSPHRASE,
                         "interactive")
    branch = Branch(vault, create_branch(vault, "Big Branch", "Test laptop"))
    replica = branch.replica
    for start in range(0, N, 1000):
        with replica.transaction() as tx:
            for i in range(start, start + 1000):
                tx.set("member", changes.new_id(), {
                    "first_name": f"First{i:04d}", "last_name": f"Last{i:04d}",
                    "status": "member", "deleted": False,
                })
    yield branch
    vault.lock()


def loaded(qtbot, runner, branch) -> MemberTableModel:
    """A model over ``branch`` with its whole member list in."""
    model = MemberTableModel(runner)
    model.set_branch(branch)
    with qtbot.waitSignal(model.refreshed, timeout=20000):
        model.refresh()
    return model


def make_view(qtbot, model) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    ViewFollower(model, view)
    view.resize(800, 400)
    view.show()
    return view


def shown(model, row: int, column: int = 0):
    """What Qt itself holds for the cell (what a repaint draws, without Python)."""
    return model.data(model.index(row, column))


def test_rows_are_fetched_lazily_in_pages(qtbot, runner, big_branch):
    model = MemberTableModel(runner)
    model.set_branch(big_branch)
    with qtbot.waitSignal(model.refreshed, timeout=20000) as blocker:
        model.refresh()
    assert blocker.args == [N]
    assert model.rowCount() == N
    assert model.rows_fetched == model.FIRST_ROWS  # the rows in view came with the query

    view = make_view(qtbot, model)
    assert shown(model, 0) == "First0000 Last0000"
    assert shown(model, 200) is None  # not in view: Qt holds nothing for it
    assert model.rows_fetched <= 2 * model.PAGE

    view.scrollToBottom()
    qtbot.waitUntil(lambda: shown(model, N - 1) == "First2999 Last2999", timeout=10000)
    assert model.rows_fetched <= 4 * model.PAGE
    assert model.cached_rows < N

    # a row in the middle costs one more page, not the whole list
    fetched = model.rows_fetched
    view.scrollTo(model.index(1500, 0))
    qtbot.waitUntil(lambda: shown(model, 1500) == "First1500 Last1500", timeout=10000)
    assert model.rows_fetched - fetched <= model.PAGE


def test_qt_holds_the_cells_of_a_bounded_number_of_rows(qtbot, runner, big_branch):
    model = loaded(qtbot, runner, big_branch)
    model.SHOWN_ROWS = 300
    view = make_view(qtbot, model)
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 60)):
        bar.setValue(value)
        top = view.rowAt(0)
        qtbot.waitUntil(lambda top=top: shown(model, top) not in (None, PLACEHOLDER),
                        timeout=10000)
    assert model.shown_rows <= 300
    held = sum(shown(model, r) is not None for r in range(N))
    assert 0 < held <= 300  # the emptied rows really let go of their text
    # scrolled back, a row shows again from the row cache or a fetch
    view.scrollToTop()
    qtbot.waitUntil(lambda: shown(model, 0) == "First0000 Last0000", timeout=10000)


def test_a_new_search_shows_its_first_hits_wherever_one_was(qtbot, runner, big_branch):
    model = loaded(qtbot, runner, big_branch)
    view = make_view(qtbot, model)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: shown(model, N - 1) == "First2999 Last2999", timeout=10000)
    with qtbot.waitSignal(model.refreshed, timeout=20000):
        model.set_query(MemberQuery(search="Last1"))
    assert view.verticalScrollBar().value() == 0 and view.rowAt(0) == 0
    assert shown(model, 0) == "First1000 Last1000"


def test_tooltips_give_the_whole_text_of_a_cell(qtbot, runner, big_branch):
    model = loaded(qtbot, runner, big_branch)
    view = make_view(qtbot, model)
    view.setColumnWidth(0, 20)  # far too narrow: the name is cut
    rect = view.visualRect(model.index(0, 0))
    QApplication.sendEvent(view.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center())))
    qtbot.waitUntil(QToolTip.isVisible, timeout=5000)
    assert QToolTip.text() == "First0000 Last0000"
    QToolTip.hideText()


def test_first_page_shows_before_the_whole_list(qtbot, runner, big_branch):
    model = MemberTableModel(runner)
    model.set_branch(big_branch)
    sizes: list[int] = []
    model.modelReset.connect(lambda: sizes.append(model.rowCount()))
    with qtbot.waitSignal(model.refreshed, timeout=20000) as blocker:
        model.set_query(MemberQuery(search="last"))
    assert blocker.args == [N]
    assert sizes == [model.PAGE, N]  # one page (with its rows), then every id
    assert model.cached_rows >= model.FIRST_ROWS and not model.loading
    # a search with fewer hits than a page is complete after the first query
    sizes.clear()
    with qtbot.waitSignal(model.refreshed, timeout=20000) as blocker:
        model.set_query(MemberQuery(search="Last29"))
    assert blocker.args == [100] and sizes == [100]


def test_sorting_and_searching_requery_sql(qtbot, runner, big_branch):
    model = loaded(qtbot, runner, big_branch)
    with qtbot.waitSignal(model.refreshed, timeout=20000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "First2999 Last2999"
    with qtbot.waitSignal(model.refreshed, timeout=20000) as blocker:
        model.set_query(MemberQuery(search="Last2998"))
    assert blocker.args == [1]
    assert model.member_row(0).first_name == "First2998"


def test_stale_query_answers_are_dropped(qtbot, runner, big_branch):
    model = MemberTableModel(runner)
    model.set_branch(big_branch)
    model.set_query(MemberQuery(search="Last0001"))
    model.set_query(MemberQuery(search="Last0002"))
    qtbot.waitUntil(lambda: not runner.busy, timeout=20000)
    assert model.rowCount() == 1
    assert model.member_row(0).last_name == "Last0002"


def test_busy_worker_gives_placeholders_then_the_rows(qtbot, runner, big_branch):
    model = loaded(qtbot, runner, big_branch)
    started, gate = threading.Event(), threading.Event()

    def hold():
        started.set()
        gate.wait(10)

    view = make_view(qtbot, model)
    runner.run(hold)
    assert started.wait(10)
    # the UI thread must not wait for the database: it shows a placeholder
    view.scrollTo(model.index(2500, 0))
    assert shown(model, 2500) == PLACEHOLDER
    with qtbot.waitSignal(model.dataChanged, timeout=10000):
        gate.set()
    assert shown(model, 2500) == "First2500 Last2500"


def test_clear_forgets_ids_and_rows(qtbot, runner, big_branch):
    model = loaded(qtbot, runner, big_branch)
    assert model.cached_rows > 0 and shown(model, 0) is not None
    model.clear()
    assert model.rowCount() == 0 and model.cached_rows == 0 and model.branch is None
    assert model.shown_rows == 0


def test_an_edited_or_deleted_member_shows_its_new_state(qtbot, runner, tmp_path):
    vault = Vault.create(tmp_path / "small.caucus", PASSPHRASE, "interactive")
    branch = Branch(vault, create_branch(vault, "Small Branch", "Test laptop"))
    try:
        ana = branch.add_member(first_name="Ana", last_name="Lopez", status="member")
        branch.add_member(first_name="Ben", last_name="Okafor", status="member")
        model = MemberTableModel(runner)
        model.set_branch(branch)
        with qtbot.waitSignal(model.refreshed, timeout=20000):
            model.set_query(MemberQuery(include_deleted=True))
        view = make_view(qtbot, model)  # kept: the view lives as long as the test
        assert shown(model, 0) == "Ana Lopez"
        assert not model.index(0, 0).data(Qt.ItemDataRole.FontRole)

        runner.run(lambda: branch.update_member(ana, preferred_name="Anita"))
        qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
        model.forget(ana)  # what the page does after a save, before it queries again
        assert shown(model, 0) == "Anita Lopez"

        runner.run(lambda: branch.delete_member(ana))
        with qtbot.waitSignal(model.refreshed, timeout=20000):
            model.refresh(forget_rows=True)
        assert shown(model, 0) == "Anita Lopez"
        assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
        assert model.tooltip(0, 0) == "Anita Lopez (deleted)"
        runner.run(lambda: branch.restore_member(ana))
        with qtbot.waitSignal(model.refreshed, timeout=20000):
            model.refresh(forget_rows=True)
        assert not model.index(0, 0).data(Qt.ItemDataRole.FontRole)  # no italics left
        assert model.index(0, 6).data(Qt.ItemDataRole.TextAlignmentRole) == int(
            Qt.AlignmentFlag.AlignCenter)
        assert view.model() is model
    finally:
        qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
        vault.lock()


def test_phones_show_as_the_branch_s_country_writes_them_however_a_row_was_read(
        qtbot, runner, tmp_path, monkeypatch):
    """National for the branch's own numbers, international for others: the first page
    (read on the worker with the query), a page the worker read, and a page read on the
    window's thread while the worker was idle all show the same."""
    from desktop.models.members import COLUMNS

    vault = Vault.create(tmp_path / "phones.caucus", PASSPHRASE, "interactive")
    branch = Branch(vault, create_branch(vault, "Phone Branch", "Test laptop"))
    branch.set_country("GB")
    with branch.replica.transaction() as tx:
        for i in range(700):
            number = f"+4479111{i:05d}" if i % 2 else f"+4930765{i:04d}"
            tx.set("member", changes.new_id(), {
                "first_name": f"P{i:04d}", "last_name": "Phone", "status": "member",
                "phones": [number], "deleted": False})
    phone = next(n for n, (_title, key) in enumerate(COLUMNS) if key == "phone")

    model = loaded(qtbot, runner, branch)
    view = make_view(qtbot, model)
    assert shown(model, 1, phone) == "07911 100001" and shown(model, 0, phone) == \
        "+49 30 7650000"  # the first page
    view.scrollTo(model.index(450, 0))  # the worker is idle: read on this thread
    qtbot.waitUntil(lambda: shown(model, 450) not in (None, PLACEHOLDER), timeout=10000)
    assert [shown(model, r, phone) for r in (450, 451)] == ["+49 30 7650450",
                                                         "07911 100451"]
    started, gate = threading.Event(), threading.Event()
    runner.run(lambda: (started.set(), gate.wait(10)))
    assert started.wait(10)
    view.scrollTo(model.index(650, 0))  # the worker is busy: the page comes from it
    assert shown(model, 650) == PLACEHOLDER
    with qtbot.waitSignal(model.dataChanged, timeout=10000):
        gate.set()
    assert [shown(model, r, phone) for r in (650, 651)] == ["+49 30 7650650",
                                                         "07911 100651"]

    # a new query with the view up works out the phones of the rows in view with its
    # first page, and the rest of that page's on the worker too, never while painting
    on_window: list[str] = []
    real = members.format_phone

    def format_phone(value, region):
        if threading.current_thread() is threading.main_thread():
            on_window.append(value)
        return real(value, region)

    monkeypatch.setattr(members, "format_phone", format_phone)
    first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    with qtbot.waitSignal(model.refreshed, timeout=10000):
        model.refresh(forget_rows=True)
    assert view.rowAt(0) == 0 and last - first < 40
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    view.scrollTo(model.index(50, 0))
    qtbot.waitUntil(lambda: shown(model, 50) not in (None, PLACEHOLDER), timeout=10000)
    assert [shown(model, r, phone) for r in (50, 51)] == ["+49 30 7650050",
                                                       "07911 100051"]
    assert on_window == []
    vault.lock()
