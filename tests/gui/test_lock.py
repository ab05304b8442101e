"""Locking (Ctrl+L, the toolbar, idle timeout) leaves no member data on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from desktop.dialogs.preferences import PreferencesDialog

from .conftest import make_controller
from .helpers import LEFT, unlock, wait_idle


def visible_texts() -> str:
    out = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QLabel), *top.findChildren(QLineEdit)]:
            out.append(widget.text() if hasattr(widget, "text") else "")
        out.extend(w.toPlainText() for w in top.findChildren(QPlainTextEdit))
        out.append(top.windowTitle())
    return "\n".join(out)


def open_member(qtbot, main, last_name):
    page = main.members
    for row in range(page.model.rowCount()):
        if page.model.member_row(row).last_name == last_name:
            page.table.selectRow(row)
            break
    qtbot.waitUntil(lambda: page.panel.member is not None
                    and page.panel.member.last_name == last_name, timeout=10000)
    return page.panel


def assert_cleared(main, panel, model) -> None:
    assert model.rowCount() == 0 and model.cached_rows == 0 and model.branch is None
    assert panel.member is None and panel.branch is None
    assert all(not e.text() for e in panel.form.findChildren(QLineEdit))
    assert all(not e.toPlainText() for e in panel.form.findChildren(QPlainTextEdit))
    assert panel.notes.model.rowCount() == 0
    assert panel.history_model.rowCount() == 0
    for page in main.list_pages():
        assert page.model.rowCount() == 0
    assert main.search.text() == ""
    assert main.session is None


def test_ctrl_l_clears_everything_and_shows_unlock(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    panel = open_member(qtbot, main, "Lopez")
    qtbot.waitUntil(lambda: main.workplaces.model.rowCount() == 1, timeout=10000)
    main.search.setText("Lo")
    assert "Lopez" in visible_texts()
    model = main.members.model

    with qtbot.waitSignal(controller.locked, timeout=10000):
        qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.screen == "unlock"
    assert_cleared(main, panel, model)
    wait_idle(qtbot, controller.runner)
    assert not controller.idle.active
    texts = visible_texts()
    for secret in ("Lopez", "ana@example.org", "Central Depot", "Okafor"):
        assert secret not in texts
    # and it unlocks again
    main2 = unlock(qtbot, controller)
    assert main2 is not main and main2.members.model.rowCount() == 4


def test_toolbar_lock_button_locks_the_vault(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    session = main.session
    button = main.toolbar.widgetForAction(main.lock_action)
    assert button.accessibleName() == "Lock"
    qtbot.mouseClick(button, LEFT)
    assert controller.screen == "unlock"
    qtbot.waitUntil(lambda: not session.vault.is_open, timeout=10000)


def test_results_in_flight_at_lock_time_never_reach_the_screen(qtbot, controller,
                                                              locked_vault):
    main = unlock(qtbot, controller)
    model = main.members.model
    model.refresh()  # answered after the lock: must be dropped
    controller.lock()
    wait_idle(qtbot, controller.runner)
    assert model.ids == [] and model.cached_rows == 0  # (Qt's half may be gone by now)


def test_auto_lock_after_idle_time(qtbot, locked_vault, settings):
    settings.autolock_minutes = 10  # nothing locks while the window opens, however slowly
    controller = make_controller(locked_vault, settings)
    try:
        main = unlock(qtbot, controller)
        model, panel = main.members.model, main.members.panel
        assert controller.idle.active
        checks = []

        def check_now():  # at the moment of locking, before the window is deleted
            try:
                assert_cleared(main, panel, model)
                checks.append("cleared")
            except AssertionError as exc:
                checks.append(f"not cleared: {exc}")

        controller.locked.connect(check_now)
        controller.idle.set_minutes(0.004)  # now idle for about a quarter of a second
        qtbot.waitUntil(lambda: controller.screen == "unlock", timeout=10000)
        assert checks == ["cleared"]
        assert "Lopez" not in visible_texts()
    finally:
        controller.shutdown()


def test_user_input_postpones_auto_lock(qtbot, locked_vault, settings):
    settings.autolock_minutes = 1
    controller = make_controller(locked_vault, settings)
    try:
        main = unlock(qtbot, controller)
        timer = controller.idle.timer
        start = timer.remainingTime()
        # let the count run down a second (a condition, however long that takes here)
        qtbot.waitUntil(lambda: timer.remainingTime() < start - 1000, timeout=10000)
        before = timer.remainingTime()
        qtbot.keyClicks(main.search, "x")
        assert timer.remainingTime() > before + 500  # the key started the count afresh
        assert controller.screen == "main"
    finally:
        controller.shutdown()


def test_preferences_change_the_auto_lock_at_once(qtbot, locked_vault, settings):
    settings.autolock_minutes = 10
    controller = make_controller(locked_vault, settings)
    try:
        main = unlock(qtbot, controller)
        main.preferences_action.trigger()
        dialog = main.findChild(PreferencesDialog)
        assert dialog is not None and dialog.autolock.value() == 10
        dialog.autolock.setValue(0)  # never
        dialog.clipboard.setValue(12)
        dialog.accept()
        assert settings.autolock_minutes == 0 and not controller.idle.active
        assert main.members.panel.clipboard.seconds == 12
        assert controller.screen == "main"
        main.preferences_action.trigger()
        dialog = [d for d in main.findChildren(PreferencesDialog) if d.isVisible()][-1]
        dialog.autolock.setValue(2)
        dialog.accept()
        assert controller.idle.active and 119_000 < controller.idle.timer.remainingTime()
    finally:
        controller.shutdown()
