"""First run (create a branch, the demo) and the unlock screen, over real vaults."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sync.records import Branch
from sync.store.vault import Vault

from .helpers import LEFT, PASSPHRASE, unlock, wait_idle


def test_no_vault_shows_first_run_with_four_choices(qtbot, controller, vault_path):
    controller.start()
    assert controller.screen == "first_run"
    window = controller.window
    for button in (window.create_button, window.open_button, window.demo_button,
                   window.join_button):
        assert button.isEnabled()
    assert not vault_path.exists()


def test_create_branch_through_the_form(qtbot, controller, vault_path):
    controller.start()
    window = controller.window
    qtbot.mouseClick(window.create_button, LEFT)
    page = window.create
    assert window.stack.currentWidget() is page

    # nothing typed: inline messages, nothing created
    page.device_name.clear()
    qtbot.mouseClick(page.create, LEFT)
    assert page.errors["branch"].isVisibleTo(page)
    assert page.errors["branch"].text() == "The branch needs a name."
    assert page.errors["device"].isVisibleTo(page)
    assert "at least 8 characters" in page.errors["passphrase"].text()
    assert not vault_path.exists()

    qtbot.keyClicks(page.branch_name, "Riverside Tenants")
    qtbot.keyClicks(page.device_name, "Ana's laptop")
    qtbot.keyClicks(page.passphrase, "short")
    assert "Too short" in page.strength.text()
    # submitted too short: one message (the red one), not the hint beside it too
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.errors["passphrase"].isVisibleTo(page)
    assert not page.strength.isVisibleTo(page)
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    assert page.meter.value() >= 2
    # typing again takes the stale message away
    assert not page.errors["passphrase"].isVisibleTo(page)
    assert page.strength.isVisibleTo(page)
    qtbot.keyClicks(page.repeat, PASSPHRASE + "!")
    qtbot.mouseClick(page.create, LEFT)
    assert page.errors["repeat"].text() == "The two passphrases are different."
    assert not page.errors["branch"].isVisibleTo(page)
    assert not vault_path.exists()

    page.repeat.clear()
    qtbot.keyClicks(page.repeat, PASSPHRASE)
    qtbot.mouseClick(page.create, LEFT)
    qtbot.waitUntil(lambda: controller.screen == "main", timeout=20000)
    main_window = controller.main_window
    qtbot.waitUntil(lambda: "Riverside Tenants" in main_window.windowTitle(), timeout=10000)
    assert vault_path.exists()
    assert controller.settings.last_vault == str(vault_path)

    controller.lock()
    wait_idle(qtbot, controller.runner)
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        branch = Branch(vault)
        assert branch.name == "Riverside Tenants"
        assert branch.device_name == "Ana's laptop"
        assert vault.kdf_profile == "interactive"
    finally:
        vault.lock()


def test_wrong_passphrase_keeps_the_text_then_the_right_one_opens(
        qtbot, controller, locked_vault):
    controller.start()
    assert controller.screen == "unlock"
    window = controller.window
    qtbot.keyClicks(window.passphrase, "correct horse battery stapel")
    qtbot.mouseClick(window.unlock_button, LEFT)
    assert window.busy.isVisibleTo(window)
    qtbot.waitUntil(lambda: window.error.isVisibleTo(window), timeout=20000)
    assert window.error.text() == "The passphrase is wrong for this vault."
    assert window.passphrase.text() == "correct horse battery stapel"
    assert not window.busy.isVisibleTo(window)
    assert controller.screen == "unlock"

    window.passphrase.clear()
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    qtbot.keyClick(window.passphrase, "\r")
    qtbot.waitUntil(lambda: controller.screen == "main", timeout=20000)
    main_window = controller.main_window
    qtbot.waitUntil(lambda: main_window.members.model.rowCount() == 4, timeout=10000)
    assert main_window.members.count.text() == "4 members"
    # the opened session keeps 96 MiB of decrypted pages for searching and scrolling
    with controller.runner.db_lock:
        cache = controller.session.vault.conn.execute("PRAGMA cache_size").fetchone()[0]
    assert cache == -96 * 1024


def test_demo_builds_a_vault_with_progress_and_shows_its_passphrase(
        qtbot, vault_path, settings):
    from sync import demo

    from .conftest import make_controller

    controller = make_controller(vault_path, settings, demo_members=30)
    try:
        controller.start()
        window = controller.window
        qtbot.mouseClick(window.demo_button, LEFT)
        page = window.demo
        assert page.running
        qtbot.waitUntil(lambda: page.open_button.isVisibleTo(page), timeout=60000)
        assert page.bar.value() == page.bar.maximum()
        assert page.passphrase.text() == demo.DEMO_PASSPHRASE
        # the demo has its own file: the real branch's stays free
        demo_path = vault_path.parent / "demo.caucus"
        assert demo_path.exists() and not vault_path.exists()
        qtbot.mouseClick(page.open_button, LEFT)
        assert controller.screen == "main"
        main_window = controller.main_window
        qtbot.waitUntil(lambda: main_window.members.model.rowCount() == 30, timeout=15000)
        assert settings.last_vault != str(demo_path)
    finally:
        controller.shutdown()


def test_demo_can_be_cancelled_and_leaves_nothing(qtbot, vault_path, settings):
    from .conftest import make_controller

    controller = make_controller(vault_path, settings, demo_members=3000)
    try:
        controller.start()
        window = controller.window
        qtbot.mouseClick(window.demo_button, LEFT)
        page = window.demo
        qtbot.waitUntil(lambda: page.bar.value() > 0, timeout=60000)
        qtbot.mouseClick(page.cancel, LEFT)
        qtbot.waitUntil(lambda: not page.running, timeout=60000)
        assert "cancelled" in page.status.text()
        assert not page.open_button.isVisibleTo(page)
        assert not vault_path.exists()
        assert list(vault_path.parent.glob(vault_path.name + "*")) == []
        assert list(vault_path.parent.glob("demo.caucus*")) == []
    finally:
        controller.shutdown()


MAIN_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])

def look_then_quit():
    names = sorted(w.objectName() for w in app.topLevelWidgets() if w.isVisible())
    print("windows:", ",".join(n for n in names if n))
    print("app:", app.applicationName(), app.organizationName())
    app.quit()

QTimer.singleShot(200, look_then_quit)
from desktop.app import main
sys.exit(main(sys.argv[1:]))
"""


def run_main(tmp_path, *args, env_vault=None):
    """The real entry point in its own process (app.exec() and quit, as a user runs it)."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("CAUCUS_VAULT", None)
    if env_vault:
        env["CAUCUS_VAULT"] = str(env_vault)
    return subprocess.run([sys.executable, "-c", MAIN_SCRIPT, *args], env=env,
                          capture_output=True, text=True, timeout=120, cwd=os.getcwd())


def test_main_opens_the_unlock_screen_for_the_vault_in_the_environment(tmp_path,
                                                                         locked_vault):
    done = run_main(tmp_path, env_vault=locked_vault)
    assert done.returncode == 0, done.stderr
    assert "windows: unlock" in done.stdout
    assert "app: Caucus Caucus" in done.stdout


def test_main_offers_first_run_for_a_new_path_and_creates_nothing(tmp_path):
    target = tmp_path / "elsewhere" / "new.caucus"
    done = run_main(tmp_path, "--vault", str(target))
    assert done.returncode == 0, done.stderr
    assert "windows: first_run" in done.stdout
    assert not target.exists()
    assert not (tmp_path / "data").exists()


def test_unlock_helper_round_trip(qtbot, controller, locked_vault):
    main_window = unlock(qtbot, controller)
    assert main_window.members.model.rowCount() == 4

