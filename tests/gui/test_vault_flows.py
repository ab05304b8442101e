"""The demo in its own file and closed again; the unlock screen's four ways on; after a
new branch, the passphrase reminder and a backup; changing the passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from sync.ops.session import open_vault
from sync.store.vault import Vault

from .conftest import make_controller
from .helpers import LEFT, PASSPHRASE, message_box, unlock, wait_idle


def test_unlock_screen_offers_create_join_open_and_demo(qtbot, controller, locked_vault):
    controller.start()
    window = controller.window
    for button in (window.create_button, window.join_button, window.other_button,
                   window.demo_button):
        assert button.isVisibleTo(window) and button.isEnabled()
    qtbot.mouseClick(window.create_button, LEFT)
    assert controller.screen == "first_run"
    first = controller.window
    assert first.stack.currentWidget() is first.create
    # a new branch goes into a new file: the locked vault is never touched
    assert controller.vault_path != locked_vault
    assert controller.vault_path.parent == locked_vault.parent


def test_the_demo_can_be_closed_and_a_real_branch_made(qtbot, vault_path, settings):
    controller = make_controller(vault_path, settings, demo_members=20)
    try:
        controller.start()
        qtbot.mouseClick(controller.window.demo_button, LEFT)
        page = controller.window.demo
        qtbot.waitUntil(lambda: page.open_button.isVisibleTo(page), timeout=60000)
        qtbot.mouseClick(page.open_button, LEFT)
        main = controller.main_window
        wait_idle(qtbot, controller.runner)
        main.vault_menu.aboutToShow.emit()
        assert main.vault_menu.close_demo_action.isVisible()
        main.vault_menu.close_demo_action.trigger()
        wait_idle(qtbot, controller.runner)
        # no real branch yet: the first run again, with the real vault's path free
        assert controller.screen == "first_run"
        assert controller.vault_path == vault_path and not vault_path.exists()
        # trying the demo again opens the same demo (made once)
        qtbot.mouseClick(controller.window.demo_button, LEFT)
        page = controller.window.demo
        qtbot.waitUntil(lambda: page.open_button.isVisibleTo(page), timeout=60000)
    finally:
        controller.shutdown()


def test_new_branch_asks_to_write_the_passphrase_down_and_backs_up(
        qtbot, controller, vault_path, tmp_path, monkeypatch):
    controller.start()
    window = controller.window
    qtbot.mouseClick(window.create_button, LEFT)
    page = window.create
    qtbot.keyClicks(page.branch_name, "Riverside Tenants")
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    qtbot.mouseClick(page.create, LEFT)
    qtbot.waitUntil(lambda: controller.screen == "main", timeout=20000)
    box = message_box(qtbot)
    assert "Write the passphrase down" in box.text()
    dest = tmp_path / "stick" / "riverside-backup.caucus"
    dest.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(dest), "")))
    qtbot.mouseClick(controller.main_window.vault_menu.backup_now, LEFT)
    qtbot.waitUntil(lambda: dest.exists(), timeout=20000)
    wait_idle(qtbot, controller.runner)
    assert "Backed up to" in controller.main_window.statusBar().currentMessage()
    session = open_vault(dest, PASSPHRASE)  # the backup opens with the same passphrase
    try:
        assert session.branch.name == "Riverside Tenants"
    finally:
        session.lock()


def test_change_the_passphrase_from_the_window(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    main.vault_menu.passphrase_action.trigger()
    dialog = main.vault_menu.dialog
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    dialog.accept()
    assert dialog.isVisible() and "at least" in dialog.error.text()
    new = "a much better passphrase now"
    dialog.passphrase.setText(new)
    dialog.repeat.setText(new)
    dialog.accept()
    qtbot.waitUntil(lambda: "passphrase is changed" in main.statusBar().currentMessage(),
                    timeout=20000)
    controller.lock()
    wait_idle(qtbot, controller.runner)
    vault = Vault.open(locked_vault, new)
    vault.lock()


def test_the_lock_screen_names_the_branch_and_unlocks_where_the_user_was(
        qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    qtbot.waitUntil(lambda: "Northside Tenants" in main.windowTitle(), timeout=10000)
    main.nav.setCurrentRow(3)  # Tasks
    controller.lock()
    wait_idle(qtbot, controller.runner)
    window = controller.window
    assert window.title.text() == "Unlock Northside Tenants"  # the branch, not a path
    window.passphrase.setText("not the passphrase")
    window.unlock()
    qtbot.waitUntil(lambda: window.error.isVisibleTo(window), timeout=20000)
    # the wrong passphrase is selected: typing anew replaces it
    assert window.passphrase.selectedText() == "not the passphrase"
    window.passphrase.setText(PASSPHRASE)
    window.unlock()
    qtbot.waitUntil(lambda: controller.screen == "main", timeout=20000)
    main = controller.main_window
    assert main.stack.currentWidget() is main.tasks
