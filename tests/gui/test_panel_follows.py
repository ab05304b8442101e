"""The panel follows the list: unsaved edits are offered to save or discard before
another member shows; a person who leaves the filtered list leaves the panel; a
hand-added duplicate is named before it is saved; an unchecked phone saves with a
warning; a new meeting is selected at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from .helpers import LEFT, message_box, unlock, wait_idle


def row_of(members, name: str) -> int:
    for row in range(members.model.rowCount()):
        if members.model.index(row, 0).data() == name:
            return row
    raise KeyError(name)


def test_switching_with_unsaved_edits_asks_and_a_search_clears_the_panel(
        qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    members, panel = main.members, main.members.panel
    members.table.selectRow(row_of(members, "Ana Lopez"))
    qtbot.waitUntil(lambda: panel.member is not None
                    and panel.member.first_name == "Ana", timeout=10000)
    panel.start_editing()
    qtbot.keyClicks(panel.form.editors["job_title"], "Steward")
    members.table.selectRow(row_of(members, "Ben Okafor"))
    box = message_box(qtbot)
    assert "Save the changes to Ana Lopez?" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    # stayed: still editing Ana, and the list shows Ana selected again
    assert panel.editing and panel.member.first_name == "Ana"
    assert members.model.member_id(members.table.currentIndex().row()) == panel.member_id
    members.table.selectRow(row_of(members, "Ben Okafor"))
    message_box(qtbot).button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not panel.editing and panel.member.first_name == "Ben",
                    timeout=10000)
    # a search Ben is not in: the panel does not go on showing him
    main.search.setText("Chloe")
    qtbot.waitUntil(lambda: members.model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: panel.member is None, timeout=10000)
    assert panel.stack.currentWidget() is panel.empty


def test_a_hand_added_duplicate_is_named_before_saving(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    panel = main.members.panel
    main.new_member()
    qtbot.keyClicks(panel.form.editors["first_name"], "Anna")
    qtbot.keyClicks(panel.form.editors["emails"], "ANA@example.org")
    qtbot.mouseClick(panel.save_button, LEFT)
    box = message_box(qtbot)
    assert "Ana Lopez" in box.text() and "same email" in box.text()
    opened = next(b for b in box.buttons() if b.text().startswith("Open"))
    opened.click()
    qtbot.waitUntil(lambda: panel.member is not None and panel.member.first_name == "Ana",
                    timeout=10000)
    wait_idle(qtbot, controller.runner)
    assert main.members.model.rowCount() == 4  # nothing was added
    # saved anyway, when the user says so
    main.new_member()
    qtbot.keyClicks(panel.form.editors["first_name"], "Anna")
    qtbot.keyClicks(panel.form.editors["emails"], "ana@example.org")
    qtbot.mouseClick(panel.save_button, LEFT)
    box = message_box(qtbot)
    next(b for b in box.buttons() if b.text() == "Save a new member").click()
    qtbot.waitUntil(lambda: main.members.model.rowCount() == 5, timeout=10000)


def test_an_unchecked_phone_is_saved_with_a_warning(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    panel = main.members.panel
    main.new_member()
    qtbot.keyClicks(panel.form.editors["first_name"], "Dara")
    qtbot.keyClicks(panel.form.editors["phones"], "+999 12345")
    qtbot.mouseClick(panel.save_button, LEFT)
    qtbot.waitUntil(lambda: not panel.editing and panel.member is not None, timeout=15000)
    assert panel.member.phones == ["+999 12345"]
    assert panel.notice.isVisibleTo(panel) and "kept as typed" in panel.notice.text()
    assert panel.notice.wordWrap()  # the whole message shows, never cut


def test_the_read_only_form_does_not_look_editable(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    members, panel = main.members, main.members.panel
    members.table.selectRow(0)
    qtbot.waitUntil(lambda: panel.member is not None, timeout=10000)
    first: QLineEdit = panel.form.editors["first_name"]
    custom = panel.form.editors["custom"]
    assert first.isReadOnly() and not first.hasFrame()
    assert custom.placeholderText() == ""
    panel.start_editing()
    assert first.hasFrame() and custom.placeholderText()


def test_a_new_meeting_is_selected_so_attendance_can_be_marked(qtbot, controller,
                                                               locked_vault):
    main = unlock(qtbot, controller)
    page = main.meetings
    main.nav.setCurrentRow(4)
    qtbot.keyClicks(page.inputs[0], "Branch meeting")
    qtbot.keyClick(page.inputs[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.attendance.meeting is not None, timeout=10000)
    assert page.attendance.meeting.title == "Branch meeting"
    assert page.attendance.isEnabled()
