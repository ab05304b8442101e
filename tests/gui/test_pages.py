"""Workplaces, Tasks, Campaigns and Meetings pages; opening another vault file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .helpers import LEFT, unlock


def test_workplaces_page_lists_adds_and_opens_members(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    page = main.workplaces
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    depot = page.model.record(0)
    assert (depot.name, depot.members) == ("Central Depot", 2)
    main.nav.setCurrentRow(1)
    assert main.stack.currentWidget() is page
    qtbot.keyClicks(page.inputs[0], "Royal Infirmary")
    qtbot.mouseClick(page.add_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    # the new workplace reaches the member filter and the member form
    qtbot.waitUntil(lambda: main.members.workplace.findText("Royal Infirmary") > 0,
                    timeout=10000)
    # double-click a workplace: its members
    row = [w.name for w in page.model.records].index("Central Depot")
    page.open_workplace.emit(page.model.record(row).id)
    assert main.stack.currentWidget() is main.members
    qtbot.waitUntil(lambda: main.members.model.rowCount() == 2, timeout=10000)


def test_tasks_page_adds_and_completes(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    page = main.tasks
    main.nav.setCurrentRow(3)
    qtbot.keyClicks(page.inputs[0], "Print sign-in sheet")
    qtbot.keyClicks(page.inputs[1], "2031-03-01")
    qtbot.keyClick(page.inputs[1], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.record(0).title == "Print sign-in sheet"
    page.toggle_done(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)
    page.show_done.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.record(0).done


def test_bad_task_date_is_reported_on_the_page(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    page = main.tasks
    qtbot.keyClicks(page.inputs[0], "Call Ana")
    qtbot.keyClicks(page.inputs[1], "tomorrow")
    qtbot.mouseClick(page.add_button, LEFT)
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=10000)
    assert "must be a date like" in page.error.text()
    assert page.model.rowCount() == 0


def test_campaigns_and_meetings_pages(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    qtbot.keyClicks(main.campaigns.inputs[0], "Pay rise 2031")
    qtbot.mouseClick(main.campaigns.add_button, LEFT)
    qtbot.waitUntil(lambda: main.campaigns.model.rowCount() == 1, timeout=10000)
    qtbot.keyClicks(main.meetings.inputs[0], "AGM")
    qtbot.keyClicks(main.meetings.inputs[1], "2031-05-01")
    qtbot.mouseClick(main.meetings.add_button, LEFT)
    qtbot.waitUntil(lambda: main.meetings.model.rowCount() == 1, timeout=10000)
    assert main.meetings.model.record(0).title == "AGM"


def test_open_another_vault_file(qtbot, controller, locked_vault, tmp_path):
    other = tmp_path / "other.caucus"
    controller.vault_path = other
    controller.start()
    assert controller.screen == "first_run"
    controller.window.open_file.emit(str(locked_vault))
    assert controller.screen == "unlock"
    assert controller.window.location.text() == str(locked_vault)
    assert controller.vault_path == locked_vault
