"""Without a mouse: add a member, edit them, record a note and save, with key events
alone (Ctrl+N, Tab, F2, Ctrl+S, Esc, mnemonics, Ctrl+1…6). Every control that takes
the keyboard has an accessible name; rows out of view still give their text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget

from sync.records import MemberQuery

from .helpers import unlock, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), k, mods)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def tab_to(qtbot, wanted: QWidget, limit: int = 60) -> None:
    """Tab (forward only) until ``wanted`` has the focus; fails after ``limit`` Tabs."""
    for _ in range(limit):
        if focus() is wanted:
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted.accessibleName()!r}")


def test_add_edit_note_and_save_with_the_keyboard_alone(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    members, panel = main.members, main.members.panel
    form = panel.form
    main.search.setFocus()

    # add: Ctrl+N, type, Tab from field to field, Ctrl+S
    key(qtbot, Qt.Key.Key_N, CTRL)
    assert panel.is_new and focus() is form.editors["first_name"]
    type_text(qtbot, "Esi")
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is form.editors["last_name"]
    type_text(qtbot, "Mensah")
    tab_to(qtbot, form.editors["emails"])
    type_text(qtbot, "esi@example.org")
    # Tab from the last field reaches Save (the button row is below the form)
    tab_to(qtbot, panel.save_button)
    key(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not panel.editing and panel.member is not None, timeout=15000)
    assert panel.member.display_name == "Esi Mensah"
    qtbot.waitUntil(lambda: members.model.rowCount() == 5, timeout=10000)

    # Ctrl+End: the last member, and the Name column stays in view
    members.table.setFocus()
    key(qtbot, Qt.Key.Key_End, CTRL)
    assert members.table.currentIndex().row() == members.model.rowCount() - 1
    assert members.table.currentIndex().column() == 0
    assert members.table.horizontalScrollBar().value() == 0
    key(qtbot, Qt.Key.Key_Home, CTRL)
    assert members.table.currentIndex().row() == 0
    qtbot.waitUntil(lambda: panel.member is not None and panel.member.first_name == "Ana",
                    timeout=10000)
    key(qtbot, Qt.Key.Key_Down)  # back to Esi Mensah, the next one down
    qtbot.waitUntil(lambda: panel.member is not None and panel.member.first_name == "Esi",
                    timeout=10000)

    # Tab leaves the member table instead of walking its cells
    members.table.setFocus()
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is not members.table

    # edit: back to the table, F2, change the job title, Esc cancels, Enter and Ctrl+S
    members.table.setFocus()
    key(qtbot, Qt.Key.Key_F2)
    assert panel.editing and focus() is form.editors["first_name"]
    tab_to(qtbot, form.editors["job_title"])
    type_text(qtbot, "Cleaner")
    key(qtbot, Qt.Key.Key_Escape)
    assert not panel.editing and form.editors["job_title"].text() == ""
    assert focus() is members.table
    key(qtbot, Qt.Key.Key_Return)
    assert panel.editing
    tab_to(qtbot, form.editors["job_title"])
    type_text(qtbot, "Driver")
    key(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not panel.editing and panel.member.job_title == "Driver",
                    timeout=15000)

    # a note: Alt+V opens Conversations, Alt+N the note's text, Alt+A adds it
    key(qtbot, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: panel.notes.isVisible())
    key(qtbot, Qt.Key.Key_N, ALT)
    assert focus() is panel.notes.text
    type_text(qtbot, "Keen to help with the petition")
    key(qtbot, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: panel.notes.model.rowCount() == 1, timeout=10000)

    # Ctrl+1…6 move between the pages
    for number, page in ((2, main.workplaces), (4, main.tasks), (1, members)):
        key(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert main.stack.currentWidget() is page
    wait_idle(qtbot, controller.runner)
    member = panel.member_id
    controller.lock()
    wait_idle(qtbot, controller.runner)
    from .test_members import reopen

    vault, branch = reopen(locked_vault)
    try:
        saved = branch.get_member(member)
        assert (saved.first_name, saved.job_title, saved.emails) == \
            ("Esi", "Driver", ["esi@example.org"])
        assert [n.text for n in branch.list_notes(member_id=member)] == \
            ["Keen to help with the petition"]
        assert branch.count_members(MemberQuery()) == 5
    finally:
        vault.lock()


def test_every_control_has_an_accessible_name(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    main.members.select_member(main.members.model.ids[0])
    qtbot.waitUntil(lambda: main.members.panel.member is not None, timeout=10000)
    from .walk import pages

    for name in pages(main):
        nameless = [type(w).__name__ for w in main.findChildren(QWidget)
                    if w.isVisible() and isinstance(w, QLineEdit | QComboBox | QAbstractButton)
                    and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                    and not w.accessibleName() and not getattr(w, "text", lambda: "")()
                    and w.parentWidget() is not None
                    and type(w.parentWidget()).__name__ not in ("QTabBar", "QScrollBar",
                                                                 "QCalendarWidget")]
        assert nameless == [], name


def test_rows_out_of_view_still_give_their_text(qtbot, open_window, branch, monkeypatch):
    from desktop.models.members import AccessibleMemberTableModel

    monkeypatch.setenv("QT_ACCESSIBILITY", "1")  # as with a screen reader on
    for n in range(450):
        branch.add_member(first_name=f"Person{n:03}", last_name="Zed")
    window = open_window(branch)
    model = window.members.model
    assert isinstance(model, AccessibleMemberTableModel)
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=10000)
    last = model.index(449, 0)
    assert model.data(last, Qt.ItemDataRole.DisplayRole) in (None, "")  # not in view
    # a screen reader asks for rows the view does not show: they answer with their text
    qtbot.waitUntil(lambda: model.data(last, Qt.ItemDataRole.AccessibleTextRole)
                    == "Person449 Zed", timeout=10000)
