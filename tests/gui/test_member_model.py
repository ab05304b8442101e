"""The member model over thousands of members: ids up front, rows a page at a time."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.models.members import PLACEHOLDER, MemberTableModel
from sync import changes
from sync.records import Branch, MemberQuery
from sync.trust import create_branch
from sync.vault import Vault

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


def make_view(qtbot, model) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    return view


def test_rows_are_fetched_lazily_in_pages(qtbot, runner, big_branch):
    model = MemberTableModel(runner)
    model.set_branch(big_branch)
    with qtbot.waitSignal(model.refreshed, timeout=20000) as blocker:
        model.refresh()
    assert blocker.args == [N]
    assert model.rowCount() == N
    assert model.rows_fetched == model.FIRST_ROWS  # the rows in view came with the query

    view = make_view(qtbot, model)
    assert model.data(model.index(0, 0)) == "First0000 Last0000"
    assert model.rows_fetched <= 2 * model.PAGE

    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.data(model.index(N - 1, 0)) == "First2999 Last2999",
                    timeout=10000)
    assert model.rows_fetched <= 4 * model.PAGE
    assert model.cached_rows < N

    # a row in the middle costs one more page, not the whole list
    fetched = model.rows_fetched
    assert model.data(model.index(1500, 0)) == "First1500 Last1500"
    assert model.rows_fetched - fetched <= model.PAGE


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
    model = MemberTableModel(runner)
    model.set_branch(big_branch)
    with qtbot.waitSignal(model.refreshed, timeout=20000):
        model.refresh()
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
    model = MemberTableModel(runner)
    model.set_branch(big_branch)
    with qtbot.waitSignal(model.refreshed, timeout=20000):
        model.refresh()
    started, gate = threading.Event(), threading.Event()

    def hold():
        started.set()
        gate.wait(10)

    runner.run(hold)
    assert started.wait(10)
    # the UI thread must not wait for the database: it shows a placeholder
    assert model.data(model.index(2500, 0)) == PLACEHOLDER
    with qtbot.waitSignal(model.dataChanged, timeout=10000):
        gate.set()
    assert model.data(model.index(2500, 0)) == "First2500 Last2500"


def test_clear_forgets_ids_and_rows(qtbot, runner, big_branch):
    model = MemberTableModel(runner)
    model.set_branch(big_branch)
    with qtbot.waitSignal(model.refreshed, timeout=20000):
        model.refresh()
    model.data(model.index(0, 0))
    assert model.cached_rows > 0
    model.clear()
    assert model.rowCount() == 0 and model.cached_rows == 0 and model.branch is None
