"""The organising views, offscreen with a real vault and the real worker thread: the
Workplaces page's density and change since a date, the wall chart (cards, a click that
opens the person, one-click and one-key answers, a move from the context menu, right
to left, A3 printing), point people and the uncovered, structure tests, and the member
panel's Organising tab. Only Qt's own save dialog is patched (to answer with a path)."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMenu

from desktop.dialogs.print_dialog import PrintDialog

from .helpers import LEFT, wait_idle


@pytest.fixture
def organised(branch):
    depot = branch.add_workplace("Central Depot", employer="City Buses")
    drivers = branch.add_unit(depot, "Drivers", headcount=10)
    nights = branch.add_unit(depot, "Nights", parent_id=drivers, headcount=4)
    cleaning = branch.add_unit(depot, "Cleaning", headcount=6)
    ana = branch.add_member(first_name="Ana", last_name="Lopez", unit_id=drivers,
                            assessment=5, tags=["Steward"], phones=["07911 123456"])
    ben = branch.add_member(first_name="Ben", last_name="Okafor", unit_id=nights,
                            point_person_id=ana, status="worker")
    chloe = branch.add_member(first_name="Chloe", last_name="Smith", unit_id=cleaning,
                              assessment=1)
    test = branch.add_action("Heat petition", "petition", 50)
    branch.set_response(test, ana, "yes")
    branch.add_relation(ana, chloe, "works_with")
    return {"depot": depot, "drivers": drivers, "nights": nights, "cleaning": cleaning,
            "ana": ana, "ben": ben, "chloe": chloe, "test": test}


def workplaces_page(qtbot, open_window, branch):
    window = open_window(branch)
    window.nav.setCurrentRow(window.stack.indexOf(window.workplaces))
    page = window.workplaces
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    wait_idle(qtbot, window.runner)
    qtbot.waitUntil(lambda: page.chart.chart is not None, timeout=10000)
    wait_idle(qtbot, window.runner)
    return window, page


def in_vault(qtbot, window, read):
    """``read()`` on the vault while the worker is not using it (the app's own rule:
    one connection, never two threads at once), waiting for a moment it is free."""
    got = []

    def attempt() -> bool:
        ok, value = window.runner.try_now(read)
        if ok:
            got.append(value)
        return ok

    qtbot.waitUntil(attempt, timeout=10000)
    return got[0]


def eventually(qtbot, window, read, expected) -> None:
    """Wait until ``read()`` (on the free vault) gives ``expected``."""
    def check() -> bool:
        ok, value = window.runner.try_now(read)
        return ok and value == expected

    qtbot.waitUntil(check, timeout=10000)


def card_centre(view, person_id: str) -> QPoint:
    placed = view.cards()[view.layout_cache.index_of(person_id)]
    return view.screen_rect(placed.rect).center()


def test_the_workplaces_page_shows_density_and_the_change(qtbot, open_window, branch,
                                                          organised):
    window, page = workplaces_page(qtbot, open_window, branch)
    row = page.model.records[0]
    assert (row.density.headcount, row.density.members) == (16, 2)
    texts = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert texts[:6] == ["Central Depot", "City Buses", "16", "3", "2", "12 %"]
    assert texts[6] == ""  # 90 days ago nothing was counted: no density to compare
    assert "2 members of 16 people" in page.branch_density.text()
    page.since.setDate(QDate.currentDate())
    wait_idle(qtbot, window.runner)
    assert page.model.data(page.model.index(0, 6)) == "+0"


def test_the_wall_chart_opens_people_and_records_answers(qtbot, open_window, branch,
                                                         organised):
    window, page = workplaces_page(qtbot, open_window, branch)
    tab = page.chart
    view = tab.view
    assert [c.card.name for c in view.cards()] == ["Chloe Smith", "Ana Lopez", "Ben Okafor"]
    assert [s.title for s in view.layout_cache.sections] == ["Cleaning", "Drivers",
                                                              "Drivers › Nights"]
    assert not view.grab().isNull()
    # a click opens the person in the members page
    qtbot.mouseClick(view, LEFT, pos=card_centre(view, organised["ben"]))
    qtbot.waitUntil(lambda: window.members.panel.member is not None
                    and window.members.panel.member.id == organised["ben"], timeout=10000)
    window.nav.setCurrentRow(window.stack.indexOf(window.workplaces))
    # choose the test; a key records an answer on the current card
    assert tab.action.itemData(1) == organised["test"]
    qtbot.keyClick(tab.action, Qt.Key.Key_Down)  # "No structure test" → the petition
    qtbot.waitUntil(lambda: tab.chart.action_id == organised["test"], timeout=10000)
    wait_idle(qtbot, window.runner)
    view.setFocus()
    view.select(view.layout_cache.index_of(organised["chloe"]))
    qtbot.keyClick(view, Qt.Key.Key_N)
    wait_idle(qtbot, window.runner)
    eventually(qtbot, window, lambda: branch.answers(organised["test"]).get(organised["chloe"]),
               "no")
    # one click records yes in that mode
    tab.click.setCurrentIndex(tab.click.findData("yes"))
    qtbot.mouseClick(view, LEFT, pos=card_centre(view, organised["ben"]))
    eventually(qtbot, window, lambda: branch.answers(organised["test"]).get(organised["ben"]),
               "yes")
    wait_idle(qtbot, window.runner)
    assert "✓ yes" in [c.answer for c in view.cards() if c.card.id == organised["ben"]]


def test_a_person_moves_to_another_unit_from_the_chart(qtbot, open_window, branch,
                                                       organised):
    window, page = workplaces_page(qtbot, open_window, branch)
    view = page.chart.view
    view.setFocus()
    view.select(view.layout_cache.index_of(organised["chloe"]))
    qtbot.keyClick(view, Qt.Key.Key_M)
    menu = view.menu
    assert isinstance(menu, QMenu)
    move = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "Move to unit")
    target = next(a for a in move.actions() if a.text().strip() == "Nights")
    target.trigger()
    menu.close()
    eventually(qtbot, window, lambda: branch.get_member(organised["chloe"]).unit_id,
               organised["nights"])
    wait_idle(qtbot, window.runner)
    nights = [c.card.id for c in view.cards() if c.card.unit_id == organised["nights"]]
    assert organised["chloe"] in nights


def test_the_chart_is_mirrored_right_to_left(qtbot, open_window, branch, organised):
    _window, page = workplaces_page(qtbot, open_window, branch)
    view = page.chart.view
    first = view.cards()[0]
    left = view.screen_rect(first.rect).left()
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    right = view.screen_rect(first.rect)
    assert left < view.width() // 2 < right.left()
    assert right.right() == view.width() - 1 - first.rect.left()
    assert not view.grab().isNull()


def test_printing_the_chart_writes_an_a3_pdf(qtbot, open_window, branch, organised, tmp_path,
                                             monkeypatch):
    out = tmp_path / "chart.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a: (str(out), "")))
    window, page = workplaces_page(qtbot, open_window, branch)
    page.chart.print_button.click()
    qtbot.waitUntil(lambda: bool(page.chart.findChildren(PrintDialog)), timeout=5000)
    dialog = page.chart.findChildren(PrintDialog)[-1]
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30000)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True, timeout=30).stdout
    assert "Drivers" in text and "Chloe Smith" in text
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True,
                          timeout=30).stdout
    assert "A3" in info
    dialog.reject()
    page.chart.export_to(tmp_path / "chart")  # as a spreadsheet: .csv is added
    qtbot.waitUntil(lambda: (tmp_path / "chart.csv").exists(), timeout=10000)
    wait_idle(qtbot, window.runner)
    lines = (tmp_path / "chart.csv").read_text("utf-8-sig").splitlines()
    assert len(lines) == 4 and "not encrypted" in page.chart.status.text()


def test_point_people_and_the_uncovered(qtbot, open_window, branch, organised):
    window, page = workplaces_page(qtbot, open_window, branch)
    tab = page.point_people
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.points.rowCount() == 1, timeout=10000)
    tab.points_table.selectRow(0)
    qtbot.waitUntil(lambda: tab.mine.rowCount() == 1, timeout=10000)
    assert tab.mine.records[0].id == organised["ben"]
    assert {c.id for c in tab.uncovered.records} == {organised["ana"], organised["chloe"]}
    row = next(n for n, c in enumerate(tab.uncovered.records) if c.id == organised["chloe"])
    tab.uncovered_table.selectRow(row)
    tab.candidate.setCurrentIndex(tab.candidate.findData(organised["ana"]))
    tab.assign_button.click()
    eventually(qtbot, window, lambda: branch.get_member(organised["chloe"]).point_person_id,
               organised["ana"])
    wait_idle(qtbot, window.runner)
    assert {c.id for c in tab.uncovered.records} == {organised["ana"]}


def test_structure_tests_are_added_and_show_their_progress(qtbot, open_window, branch,
                                                           organised):
    window, page = workplaces_page(qtbot, open_window, branch)
    tab = page.tests
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.tests.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: tab.progress.rowCount() > 0, timeout=10000)
    wheres = [r.where.strip() for r in tab.progress.records]
    assert wheres[:2] == ["Central Depot", "Cleaning"] and "Whole branch" in wheres
    depot = tab.progress.records[0]
    assert (depot.share.yes, depot.share.of, depot.share.target) == (1, 16, 8)
    tab.name.setText("Strike pledge")
    tab.kind.setCurrentIndex(tab.kind.findData("strike_vote_pledge"))
    qtbot.mouseClick(tab.add_button, LEFT)
    qtbot.waitUntil(lambda: tab.tests.rowCount() == 2, timeout=10000)
    assert in_vault(qtbot, window, lambda: [a.name for a in branch.list_actions()]) == [
        "Heat petition", "Strike pledge"]
    assert tab.tests.data(tab.tests.index(1, 2)) == "Strike vote pledge"


def test_the_member_panel_shows_unit_point_person_and_relationships(qtbot, open_window,
                                                                   branch, organised):
    window = open_window(branch)
    panel = window.members.panel
    window.members.select_member(organised["ben"])
    qtbot.waitUntil(lambda: panel.member is not None and panel.member.id == organised["ben"],
                    timeout=10000)
    box = panel.organising
    panel.tabs.setCurrentWidget(box)
    wait_idle(qtbot, window.runner)
    assert box.unit.text() == "Drivers › Nights" and box.point.text() == "Ana Lopez"
    box.search.setText("Smith")
    qtbot.waitUntil(lambda: box.found.count() == 1, timeout=10000)
    box.kind.setCurrentIndex(box.kind.findData("family"))
    qtbot.mouseClick(box.add_button, LEFT)
    qtbot.waitUntil(lambda: box.model.rowCount() == 1, timeout=10000)
    assert box.model.data(box.model.index(0, 0)) == "family of"
    assert in_vault(qtbot, window, lambda: [r.other_id for r in branch.relationships(
        organised["ben"])]) == [organised["chloe"]]
    where = box.table.visualRect(box.model.index(0, 1)).center()
    qtbot.mouseClick(box.table.viewport(), LEFT, pos=where)
    qtbot.mouseDClick(box.table.viewport(), LEFT, pos=where)
    qtbot.waitUntil(lambda: panel.member is not None
                    and panel.member.id == organised["chloe"], timeout=10000)


def test_two_thousand_cards_paint(qtbot, branch, runner):
    """The chart of a big workplace lays out and paints (the timing is in make bench)."""
    from desktop.views.wall_chart import ChartView

    depot = branch.add_workplace("Big site")
    units = [branch.add_unit(depot, f"Unit {n}") for n in range(8)]
    with branch.batch() as batch:
        for n in range(2000):
            batch.add_member({"first_name": f"P{n}", "last_name": "Person",
                              "unit_id": units[n % 8], "assessment": n % 6 or None})
    chart = branch.wall_chart(depot)
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_chart(chart)
    assert len(view.cards()) == 2000 and view.minimumHeight() > 800
    image = view.grab()
    assert image.width() >= 1200


def test_headcounts_import_the_target_and_answers_from_a_meeting(qtbot, open_window, branch,
                                                                 organised, tmp_path):
    sheet = tmp_path / "heads.csv"
    sheet.write_text("Workplace,Unit,Headcount\nCentral Depot,Drivers,30\n"
                     "Central Depot,Yard,5\n", encoding="utf-8")
    window, page = workplaces_page(qtbot, open_window, branch)
    page.import_file(sheet)
    qtbot.waitUntil(lambda: "2 headcounts recorded" in page.import_note.text(), timeout=10000)
    wait_idle(qtbot, window.runner)
    assert page.model.records[0].density.headcount == 41  # 30 + 6 + 5
    assert [s.title for s in page.chart.view.layout_cache.sections][-1] == "Yard"
    tab = page.point_people
    page.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window.runner)
    tab.ratio.setValue(3)
    tab.ratio_button.click()
    eventually(qtbot, window, lambda: branch.point_ratio, 3)

    def meeting_held() -> None:
        meeting = branch.add_meeting("Gate meeting", date="2030-01-02")
        for person in (organised["ben"], organised["chloe"]):
            branch.set_attendance(meeting, person, "attended")

    in_vault(qtbot, window, meeting_held)
    tests = page.tests
    page.tabs.setCurrentWidget(tests)
    tests.reload()
    qtbot.waitUntil(lambda: tests.meeting.count() == 1 and bool(tests.current_test()),
                    timeout=10000)
    tests.sheet_answer.setCurrentIndex(tests.sheet_answer.findData("yes"))
    tests.sheet_button.click()
    qtbot.waitUntil(lambda: "2 answers" in tests.status.text(), timeout=10000)
    assert in_vault(qtbot, window, lambda: branch.answers(organised["test"])) == {
        organised["ana"]: "yes", organised["ben"]: "yes", organised["chloe"]: "yes"}

