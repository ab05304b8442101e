"""Every task in the window: a workplace's and a campaign's details, a task given to a
person and "my tasks", a note linked to a campaign, the theme."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from .helpers import LEFT, unlock, wait_idle


def test_edit_a_workplaces_address_and_sector(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    page = main.workplaces
    main.nav.setCurrentRow(1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, LEFT)
    dialog = page.edit_dialog
    dialog.editors["address"].setPlainText("1 Bus Lane")
    dialog.editors["sector"].setText("Transport")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1
                    and page.model.record(0).sector == "Transport", timeout=10000)
    assert page.model.record(0).address == "1 Bus Lane"
    assert page.edit_dialog is None  # closed once saved


def test_edit_a_campaign_and_link_a_note_to_it(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    page = main.campaigns
    qtbot.keyClicks(page.inputs[0], "Pay rise")
    qtbot.mouseClick(page.add_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    page.edit_current()
    dialog = page.edit_dialog
    dialog.editors["ends_on"].setText("2031-06-30")
    dialog.editors["status"].setCurrentIndex(dialog.editors["status"].findData("won"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: page.model.record(0).status == "won", timeout=10000)
    assert page.model.record(0).ends_on == "2031-06-30"
    # a bad date is refused in the dialog, which stays open with what was typed
    page.table.selectRow(0)
    page.edit_current()
    dialog = page.edit_dialog
    dialog.editors["starts_on"].setText("someday")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10000)
    assert dialog.isVisible() and dialog.editors["starts_on"].text() == "someday"
    dialog.reject()

    # the note box offers the campaign; the note counts on the Campaigns page
    members = main.members
    main.nav.setCurrentRow(0)
    members.select_member(members.model.ids[0])
    panel = members.panel
    qtbot.waitUntil(lambda: panel.member is not None and panel.notes.campaign.count() == 2,
                    timeout=10000)
    notes = panel.notes
    notes.text.setPlainText("Signed the petition")
    notes.campaign.setCurrentIndex(1)
    qtbot.mouseClick(notes.add, LEFT)
    qtbot.waitUntil(lambda: notes.model.rowCount() == 1, timeout=10000)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.record(0).notes == 1,
                    timeout=10000)


def test_give_a_task_to_a_person_and_see_only_mine(qtbot, controller, locked_vault, settings):
    settings.my_name = "Sam"
    main = unlock(qtbot, controller)
    page = main.tasks
    qtbot.keyClicks(page.inputs[0], "Book the hall")
    qtbot.keyClicks(page.inputs[2], "Sam")
    qtbot.mouseClick(page.add_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.inputs[0].text(),
                    timeout=10000)
    qtbot.keyClicks(page.inputs[0], "Call Ana")
    qtbot.mouseClick(page.add_button, LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    assert {t.title: t.assignee for t in page.model.records} == {"Book the hall": "Sam",
                                                                 "Call Ana": None}
    call = next(t for t in page.model.records if t.title == "Call Ana")
    page.assign(call, "Priya")
    qtbot.waitUntil(lambda: {t.assignee for t in page.model.records} == {"Sam", "Priya"},
                    timeout=10000)
    page.mine.setChecked(True)
    qtbot.waitUntil(lambda: [t.title for t in page.model.records] == ["Book the hall"],
                    timeout=10000)


def test_the_theme_setting_turns_the_window_dark_and_back(qtbot, controller, locked_vault,
                                                          settings):
    from desktop.dialogs.preferences import PreferencesDialog
    from desktop.icons import is_dark

    main = unlock(qtbot, controller)
    app = QApplication.instance()
    before = app.style().name()
    try:
        for theme, style in (("dark", "Fusion"), ("light", "Fusion"), ("system", "")):
            dialog = PreferencesDialog(settings, main)
            dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
            dialog.style_box.setCurrentIndex(dialog.style_box.findData(style))
            dialog.accepted.connect(main.preferences_saved)  # as the menu does
            dialog.accept()
            wait_idle(qtbot, controller.runner)
            assert settings.theme == theme
            if theme == "dark":
                assert is_dark() and app.style().name().lower() == "fusion"
            elif theme == "light":
                assert not is_dark()
    finally:
        app.setStyle(before)
        app.setPalette(app.style().standardPalette())
