"""Going to sleep locks the vault (logind's PrepareForSleep, or the app state)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.suspend import SuspendWatcher

from .helpers import unlock, wait_idle


def test_prepare_for_sleep_locks(qtbot, controller, locked_vault):
    unlock(qtbot, controller)
    controller.suspend.prepare_for_sleep(False)  # waking up: nothing to do
    assert controller.screen == "main"
    controller.suspend.prepare_for_sleep(True)
    wait_idle(qtbot, controller.runner)
    assert controller.screen == "unlock" and controller.session is None


def test_application_suspended_locks(qtbot, controller, locked_vault):
    unlock(qtbot, controller)
    controller.suspend.application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert controller.screen == "main"
    controller.suspend.application_state_changed(Qt.ApplicationState.ApplicationSuspended)
    wait_idle(qtbot, controller.runner)
    assert controller.screen == "unlock"


def test_hidden_locks_only_without_dbus(qapp):
    seen: list[int] = []
    watcher = SuspendWatcher(use_dbus=False)
    watcher.suspending.connect(lambda: seen.append(1))
    watcher.application_state_changed(Qt.ApplicationState.ApplicationHidden)
    assert seen == [1] and watcher.method == "application state"
    watcher.dbus = True
    watcher.application_state_changed(Qt.ApplicationState.ApplicationHidden)
    assert seen == [1]
    watcher.deleteLater()
