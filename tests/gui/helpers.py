"""Helpers shared by the GUI tests (real clicks, real worker thread)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer

from desktop.app import Controller
from desktop.tasks import TaskRunner

PASSPHRASE = "correct horse battery staple"
LEFT = Qt.MouseButton.LeftButton


def wait_idle(qtbot, runner: TaskRunner, timeout: int = 15000) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)


def message_box(qtbot, timeout: int = 10000):
    """The message box (a question, a reminder) the window opened; waits for it."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    found: list = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=timeout)
    return found[0]


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


class UiTicks:
    """Proof that the UI thread keeps running while a job works on the worker.

    A 1 ms QTimer on the UI thread counts its ticks; :meth:`watch` records the count each
    time a progress bar moves. The progress reaches the bar through the UI thread's event
    queue, so if the job blocked the UI thread (or ran on it), no tick could happen between
    two moves of the bar: the counts at the moves would all be equal. Nothing here measures
    time, so a fast or a slow machine gives the same verdict.
    """

    def __init__(self) -> None:
        self.ticks = 0
        self.at_moves: list[tuple[int, int]] = []  # (progress value, ticks so far)
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks += 1

    def watch(self, bar) -> None:
        bar.valueChanged.connect(lambda value: self.at_moves.append((value, self.ticks)))
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def values(self) -> list[int]:
        return [value for value, _ticks in self.at_moves]

    def live_moves(self) -> int:
        """How many moves of the bar came after the UI thread had run since the last one."""
        counts = [ticks for value, ticks in self.at_moves if value > 0]
        return sum(1 for before, after in itertools.pairwise(counts) if after > before)
