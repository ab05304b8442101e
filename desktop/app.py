"""Caucus desktop: the entry point and the controller that moves between the screens.

first run (no vault yet) ──create / demo / join by code──▶ main window ◀──unlock── unlock screen
  │ join by USB: request saved                              ▲   │ Ctrl+L, toolbar, idle timeout
  ▼                                                         │   └──────lock──────▶ unlock screen
finish joining ──────────────welcome file loaded────────────┘
  (also after unlocking a vault that is not yet part of a branch, or whose join was
  interrupted part-way: then it is completed from the welcome file)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from sync.ops.joining import join_interrupted
from sync.ops.session import DEFAULT_PROFILE, KDF_PROFILES, Session, choose_vault_path

from .idle import IdleWatcher
from .main_window import MainWindow
from .settings import Settings
from .style import apply_style
from .suspend import SuspendWatcher
from .tasks import TaskRunner
from .views.first_run import FirstRunWindow
from .views.join_page import FinishJoinWindow
from .views.unlock import UnlockWindow

APP_NAME = "Caucus"
ORGANISATION = "Caucus"


class Controller(QObject):
    """Owns the task runner, the open session and whichever window is showing."""

    #: the screen changed: "first_run", "unlock", "finish_join" or "main"
    screen_changed = Signal(str)
    locked = Signal()

    def __init__(self, vault_path: Path, settings: Settings | None = None, *,
                 runner: TaskRunner | None = None, kdf_profile: str = DEFAULT_PROFILE,
                 demo_members: int = 2000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.settings = settings or Settings()
        self.runner = runner or TaskRunner(self)
        self.kdf_profile = kdf_profile
        self.demo_members = demo_members
        self.session: Session | None = None
        self.window: QWidget | None = None
        self.screen = ""
        self.idle = IdleWatcher(self.settings.autolock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.suspend = SuspendWatcher(self)
        self.suspend.suspending.connect(self._suspending)
        self._shut = False

    # -- screens --------------------------------------------------------------------
    def start(self) -> None:
        if self.vault_path.is_file():
            self.show_unlock()
        else:
            self.show_first_run()

    def _switch(self, window: QWidget, screen: str) -> None:
        old, self.window = self.window, window
        self.screen = screen
        if old is not None:
            window.move(old.pos())
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None:  # closed after the new one shows, or the app would quit
            old.close()
            old.deleteLater()
        self.screen_changed.emit(screen)

    def show_first_run(self) -> None:
        window = FirstRunWindow(self.runner, self.vault_path, kdf_profile=self.kdf_profile,
                                demo_members=self.demo_members)
        window.opened.connect(self._opened)
        window.open_file.connect(self.open_file)
        self._switch(window, "first_run")

    def show_unlock(self) -> None:
        window = UnlockWindow(self.runner, self.vault_path)
        window.opened.connect(self._opened)
        window.open_file.connect(self.open_file)
        self._switch(window, "unlock")

    def open_file(self, path: str) -> None:
        """Unlock another vault file (chosen in a file dialog)."""
        self.vault_path = Path(path)
        self.show_unlock()

    def _opened(self, session: Session, notice: str = "") -> None:
        if self._shut:
            self.runner.run(session.lock)
            return
        self.session = session
        with self.runner.db_lock:  # never beside a job on the one connection
            initialised = session.initialised
            interrupted = initialised and join_interrupted(session)
        # an interactive session searches and scrolls the same pages again and again
        self.runner.run(session.keep_more_pages)
        self.vault_path = session.path
        self.settings.last_vault = str(session.path)
        if initialised and not interrupted:
            main = MainWindow(session, self.runner, self.settings)
            main.lock_requested.connect(self.lock)
            main.preferences_changed.connect(
                lambda: self.idle.set_minutes(self.settings.autolock_minutes))
            self._switch(main, "main")
            if notice:
                main.show_message(notice)
        else:  # a vault waiting for its welcome file: joining by USB is half done
            finish = FinishJoinWindow(session, self.runner, notice, interrupted=interrupted)
            finish.opened.connect(self._opened)
            finish.lock_requested.connect(self.lock)
            self._switch(finish, "finish_join")
            if interrupted:
                finish.resume()
        self.idle.set_minutes(self.settings.autolock_minutes)
        self.idle.start()

    @property
    def main_window(self) -> MainWindow | None:
        return self.window if isinstance(self.window, MainWindow) else None

    # -- locking --------------------------------------------------------------------
    def _suspending(self) -> None:
        """The computer is going to sleep: lock first, so a stolen sleeping laptop is locked."""
        if self.session is not None:
            self.lock()

    def lock(self) -> None:
        """Clear every view, drop in-flight results, close the vault, show the unlock screen."""
        session, self.session = self.session, None
        self.idle.stop()
        main = self.main_window
        if main is not None:
            main.save_layout()
            main.clear()
        self.runner.invalidate()
        if session is not None:
            self.runner.run(session.lock)
        if self._shut:
            return
        self.show_unlock()
        self.locked.emit()

    def shutdown(self) -> None:
        """Lock the vault and wait for the worker to finish (at exit)."""
        if self._shut:
            return
        self._shut = True
        self.idle.stop()
        main = self.main_window
        if main is not None:
            main.save_layout()
            main.clear()
        session, self.session = self.session, None
        self.runner.invalidate()
        if session is not None:
            self.runner.run(session.lock)
        stop_work = getattr(self.window, "stop_work", None)
        for pending in stop_work() if stop_work is not None else ():
            self.runner.run(pending.lock)
        self.runner.shutdown(wait=True)
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.settings.sync()


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="caucus", description="Caucus desktop app")
    parser.add_argument("--vault", metavar="PATH",
                        help="the vault file to use (default: $CAUCUS_VAULT, then the last "
                             "one opened, then the user data folder)")
    parser.add_argument("--kdf-profile", choices=tuple(KDF_PROFILES), default=DEFAULT_PROFILE,
                        help="key-derivation strength for a new vault (default: %(default)s)")
    return parser.parse_known_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Start the desktop app; returns the exit status."""
    if argv is None:
        argv = sys.argv[1:]
    args, qt_args = parse_args(argv)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION)
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "caucus", *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("caucus")
    apply_style(app)
    settings = Settings()
    path = choose_vault_path(args.vault, settings.last_vault)
    controller = Controller(path, settings, kdf_profile=args.kdf_profile)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
        app.aboutToQuit.disconnect(controller.shutdown)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
