"""The real desktop client on the benchmark branch, in a process of its own.

``python -m tests.benchmarks.gui`` reads a JSON spec on stdin (vault, passphrase, search
queries, scroll steps; on stdin so the passphrase never shows in a process list), drives
the app's own :class:`desktop.app.Controller` offscreen the way a user would — passphrase
and Unlock button, typing in the toolbar's search field, scrolling the members table,
clicking a member — and prints one JSON line of timings and this process's peak memory.

"Painted" means the window (or the table's viewport) was rendered with ``grab()`` and
its first visible row showed member data rather than the loading placeholder: what the
user waits for, not just the model's signal. The budgeted figures are timed in signal
handlers, so the polling loop's granularity never enters them.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEvent,
    QEventLoop,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.app import Controller  # noqa: E402
from desktop.main_window import MainWindow  # noqa: E402
from desktop.models.members import PLACEHOLDER  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.style import apply_style  # noqa: E402
from desktop.views import unlock as unlock_view  # noqa: E402
from sync.store.vault import KdfParams  # noqa: E402

from .harness import peak_mb  # noqa: E402

WAIT_S = 300.0  # the bound on every wait (a 50,000-member branch on a busy machine)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses and releases carrying each character (QTest.keyClicks refuses letters
    outside ASCII, and members are called José and Łukasz)."""
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     char))


def wait_until(done: Callable[[], bool], what: str, timeout: float = WAIT_S) -> None:
    """Run the event loop until ``done()``. A real QEventLoop, as ``app.exec()`` runs it:
    it lets go of Python's GIL while it waits, so the vault worker runs at full speed
    (``QTest.qWait`` keeps the GIL and halves the worker's speed)."""
    if done():
        return
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: (done() or time.monotonic() > deadline) and loop.quit())
    timer.start(5)
    loop.exec()
    timer.stop()
    if not done():
        raise TimeoutError(f"gave up after {timeout:.0f} s waiting for {what}")


class Driver:
    """Runs the steps in order on one client, as one user session."""

    def __init__(self, spec: dict, settings: Settings) -> None:
        self.spec = spec
        self.controller = Controller(Path(spec["vault"]), settings)
        self.kdf: list[float] = []
        self.session_ready = 0.0
        self.window_built = 0.0
        self.resets: list[float] = []  # when the members model was reset (new ids came)
        self.painted: float | None = None  # set when the awaited paint happened
        self._paint: QWidget | None = None  # what to render when the model changes

    # -- timing hooks -------------------------------------------------------------------
    def _wrap_kdf(self, original):
        def derive(params: KdfParams, passphrase: str):
            start = time.perf_counter()
            try:
                return original(params, passphrase)
            finally:
                self.kdf.append(time.perf_counter() - start)
        return derive

    def _wrap_open(self, original):
        def open_vault(*args, **kwargs):
            session = original(*args, **kwargs)
            self.session_ready = time.perf_counter()
            return session
        return open_vault

    @property
    def window(self) -> MainWindow:
        window = self.controller.main_window
        assert window is not None
        return window

    def _top_row_shown(self) -> bool:
        """Member data in the first visible row (or a finished search with no hits)."""
        model, table = self.window.members.model, self.window.members.table
        if model.rowCount() == 0:
            return not model.loading
        row = max(0, table.rowAt(0))
        return model.data(model.index(row, 0)) not in (None, PLACEHOLDER)

    def _model_changed(self, *_: object) -> None:
        """The model was reset (new ids, perhaps with their first page of rows) or a
        page of rows arrived: paint, and see whether rows showed."""
        if self._paint is None:
            return
        self._paint.grab()
        if self._top_row_shown():
            self.painted = time.perf_counter()
            self._paint = None

    def _await_paint(self, target: QWidget) -> None:
        self.painted = None
        self._paint = target

    def _idle(self) -> None:
        runner = self.controller.runner
        wait_until(lambda: not runner.busy and self._paint is None, "the vault worker")

    # -- the steps ----------------------------------------------------------------------
    def unlock(self) -> dict:
        """Passphrase submitted → the main window painted with the first page of members."""
        self.controller.screen_changed.connect(self._screen_changed)
        self.controller.start()
        window = self.controller.window
        assert isinstance(window, unlock_view.UnlockWindow), self.controller.screen
        QTest.qWaitForWindowExposed(window)
        window.passphrase.setText(self.spec["passphrase"])
        submitted = time.perf_counter()
        window.unlock_button.click()
        wait_until(lambda: self.painted is not None, "the first page of members")
        self._idle()
        assert self.painted is not None
        ready = self.session_ready
        return {"submitted_to_painted_s": self.painted - submitted,
                "session_to_painted_s": self.painted - ready,
                "window_built_s": self.window_built - ready,
                "ids_arrived_s": self.resets[0] - ready,
                "kdf_s": sum(self.kdf), "members": self.window.members.model.rowCount()}

    def _screen_changed(self, screen: str) -> None:
        if screen != "main":
            return
        self.window_built = time.perf_counter()
        model = self.window.members.model
        model.modelReset.connect(lambda: self.resets.append(time.perf_counter()))
        model.modelReset.connect(self._model_changed)
        model.dataChanged.connect(self._model_changed)
        self._await_paint(self.window)  # the first frame is the whole window

    def search(self) -> dict:
        """Each query typed into the search field; timed to the table's repaint."""
        main = self.window
        field = main.search
        started = [0.0]

        def job_started(busy: bool) -> None:
            if busy and not started[0]:
                started[0] = time.perf_counter()

        self.controller.runner.busy_changed.connect(job_started)
        # a user looks at the list before typing: by then the app has read what a search
        # reads into its cache (Branch.search_warmup, in background steps after unlock)
        waited = time.perf_counter()
        wait_until(lambda: not self.controller.runner.background_running,
                   "the search warm-up")
        warmup = time.perf_counter() - waited
        after_pause: list[float] = []
        queried: list[float] = []
        from_key: list[float] = []
        hits: list[int] = []
        for query in self.spec["queries"]:
            self._idle()
            field.clear()
            type_text(field, query)
            typed = time.perf_counter()
            # what a screen paints while the user types (the field's text, and whatever
            # the last step changed): offscreen, nothing paints the window but a grab
            main.grab()
            started[0] = 0.0
            self.resets.clear()
            self._await_paint(main.members.table.viewport())
            wait_until(lambda: self.painted is not None, f"the results for {query!r}")
            assert self.painted is not None and started[0], query
            after_pause.append(self.painted - started[0])
            queried.append(self.resets[0] - started[0])
            from_key.append(self.painted - typed)
            self._idle()  # the whole id list may follow the first page
            hits.append(main.members.model.rowCount())
        self.controller.runner.busy_changed.disconnect(job_started)
        return {"after_pause_s": after_pause, "from_keystroke_s": from_key, "hits": hits,
                "query_s": queried, "warmup_waited_s": warmup,
                "pause_ms": main.members.debounce.interval()}

    def scroll_and_open(self) -> dict:
        """The whole list back, scrolled top to bottom in jumps, then one member opened."""
        main = self.window
        self._idle()
        main.search.clear()
        self._await_paint(main.members.table.viewport())
        wait_until(lambda: self.painted is not None, "the whole list again")
        table, model = main.members.table, main.members.model
        bar = table.verticalScrollBar()
        steps = max(2, int(self.spec["scroll_steps"]))
        jumps: list[float] = []
        for k in range(steps):
            bar.setValue(bar.maximum() * k // (steps - 1))
            start = time.perf_counter()
            table.viewport().grab()
            wait_until(self._top_row_shown, "a scrolled page")
            jumps.append(time.perf_counter() - start)
            self._idle()
        row = max(0, table.rowAt(table.viewport().height() // 2))
        member_id = model.member_id(row)
        panel = main.members.panel
        start = time.perf_counter()
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=table.visualRect(model.index(row, 0)).center())
        wait_until(lambda: panel.member is not None and panel.member.id == member_id,
                   "the member's details")
        panel.grab()
        opened = time.perf_counter() - start
        self._idle()
        return {"scroll_jumps_s": jumps, "rows": model.rowCount(),
                "rows_fetched": model.rows_fetched, "open_member_s": opened}

    def run(self) -> dict:
        with mock.patch.object(KdfParams, "derive", self._wrap_kdf(KdfParams.derive)), \
                mock.patch.object(unlock_view, "open_vault",
                                  self._wrap_open(unlock_view.open_vault)):
            result = self.unlock()
        result.update(self.search())
        result.update(self.scroll_and_open())
        result["peak_mb"] = peak_mb()
        return result

    def close(self) -> None:
        self.controller.shutdown()


def main() -> int:
    spec = json.loads(sys.stdin.read())
    with tempfile.TemporaryDirectory(prefix="caucus-bench-gui-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        QCoreApplication.setApplicationName("Caucus benchmark")
        app = QApplication.instance() or QApplication([sys.argv[0]])
        assert isinstance(app, QApplication)
        apply_style(app)
        settings = Settings(QSettings(str(Path(tmp) / "caucus.ini"),
                                      QSettings.Format.IniFormat))
        driver = Driver(spec, settings)
        try:
            result = driver.run()
        finally:
            driver.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
