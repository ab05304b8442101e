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

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from sync.ops.joining import join_interrupted
from sync.ops.session import (
    DEFAULT_PROFILE,
    KDF_PROFILES,
    Session,
    choose_vault_path,
    free_vault_path,
    is_demo_vault,
)

from .i18n import install_language
from .idle import IdleWatcher
from .main_window import MainWindow
from .platform_check import missing_libraries, needs_xcb, problem
from .screens import place
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
        #: the real branch's vault (what closing the demo goes back to)
        self.home_path = self.vault_path
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
        self.just_created = False

    # -- screens --------------------------------------------------------------------
    def start(self) -> None:
        if self.vault_path.is_file():
            self.show_unlock()
        else:
            self.show_first_run()

    def _switch(self, window: QWidget, screen: str) -> None:
        old, self.window = self.window, window
        self.screen = screen
        place(window, old)  # whole, on the old window's screen (not at its top-left)
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
        window.created.connect(lambda: setattr(self, "just_created", True))
        self._switch(window, "first_run")

    def show_unlock(self) -> None:
        window = UnlockWindow(self.runner, self.vault_path,
                              self.settings.branch_name(str(self.vault_path)))
        window.opened.connect(self._opened)
        window.open_file.connect(self.open_file)
        window.start_other.connect(self.start_other)
        self._switch(window, "unlock")

    def start_other(self, what: str) -> None:
        """From the unlock screen: create or join a branch (in a new vault file beside
        this one), or try the demo (in its own file)."""
        if what in ("create", "join") and self.vault_path.exists():
            self.vault_path = free_vault_path(self.vault_path)
        self.show_first_run()
        window = self.window
        if isinstance(window, FirstRunWindow):
            window.show_page(what)

    def close_demo(self) -> None:
        """Lock the demo and go back to the real branch (or to the first run)."""
        self.lock(show=False)
        self.vault_path = self.home_path
        self.start()

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
        if not is_demo_vault(session.path):  # the demo never stands in for the real one
            self.settings.last_vault = str(session.path)
            self.home_path = session.path
        if initialised and not interrupted:
            path = str(session.path)
            self.runner.run(lambda: session.branch.name,
                            lambda name: self.settings.set_branch_name(path, name), owner=self)
            main = self._main_window(session)
            self._switch(main, "main")
            if notice:
                main.show_message(notice)
            if self.just_created:  # write the passphrase down; offer a backup
                self.just_created = False
                main.vault_menu.after_create()
        else:  # a vault waiting for its welcome file: joining by USB is half done
            finish = FinishJoinWindow(session, self.runner, notice, interrupted=interrupted)
            finish.opened.connect(self._opened)
            finish.lock_requested.connect(self.lock)
            self._switch(finish, "finish_join")
            if interrupted:
                finish.resume()
        self.idle.set_minutes(self.settings.autolock_minutes)
        self.idle.start()

    def _main_window(self, session: Session) -> MainWindow:
        main = MainWindow(session, self.runner, self.settings)
        main.lock_requested.connect(self.lock)
        main.close_demo_requested.connect(self.close_demo)
        main.preferences_changed.connect(
            lambda: self.idle.set_minutes(self.settings.autolock_minutes))
        # after the preferences dialog has closed (it belongs to the window rebuilt)
        main.language_changed.connect(self.change_language, Qt.ConnectionType.QueuedConnection)
        return main

    def change_language(self) -> None:
        """Install the language the preferences chose and rebuild the main window in it,
        on the same open vault, on the same page, search and member. Unsaved edits of a
        member are saved or discarded first, as the user answers (if they stay, the
        window is rebuilt in the new language when the vault is next unlocked)."""
        app = QCoreApplication.instance()
        if app is not None:
            install_language(app, self.settings.language)
        old = self.main_window
        if old is None or self.session is None:
            return
        old.members.panel.leave(lambda: self._rebuild_main(old))

    def _rebuild_main(self, old: MainWindow) -> None:
        if self.session is None or self.main_window is not old:
            return
        old.save_layout()
        main = self._main_window(self.session)
        main.carry_over(old)
        old.clear()
        self._switch(main, "main")

    @property
    def main_window(self) -> MainWindow | None:
        return self.window if isinstance(self.window, MainWindow) else None

    # -- locking --------------------------------------------------------------------
    def _suspending(self) -> None:
        """The computer is going to sleep: lock first, so a stolen sleeping laptop is locked."""
        if self.session is not None:
            self.lock()

    def lock(self, show: bool = True) -> None:
        """Clear every view, drop in-flight results, close the vault, show the unlock
        screen (unless ``show`` is False: the caller shows another)."""
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
        if show:
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
    if QApplication.instance() is None and needs_xcb():
        missing = missing_libraries()
        if missing:  # one plain sentence, never Qt's raw error about xcb
            print(problem(missing), file=sys.stderr)
            return 1
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION)
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "caucus", *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("caucus")
    settings = Settings()
    install_language(app, settings.language)
    apply_style(app, settings.theme, settings.style)
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
