"""Helpers shared by the GUI tests (real clicks, real worker thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.app import Controller
from desktop.tasks import TaskRunner

PASSPHRASE = "correct horse battery staple"
LEFT = Qt.MouseButton.LeftButton


def wait_idle(qtbot, runner: TaskRunner, timeout: int = 15000) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)


def unlock(qtbot, controller: Controller, passphrase: str = PASSPHRASE):
    """Unlock through the unlock screen and wait for the member list to fill."""
    controller.start()
    assert controller.screen == "unlock"
    window = controller.window
    window.passphrase.setText(passphrase)
    qtbot.mouseClick(window.unlock_button, LEFT)
    qtbot.waitUntil(lambda: controller.screen == "main", timeout=20000)
    main = controller.main_window
    qtbot.waitUntil(lambda: not main.members.model.loading
                    and main.members.model.rowCount() > 0, timeout=15000)
    wait_idle(qtbot, controller.runner)
    return main
