"""GUI test fixtures: offscreen Qt, settings and data dirs in tmp, real vaults on disk."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from desktop.app import Controller  # noqa: E402
from desktop.i18n import install_language  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.tasks import TaskRunner  # noqa: E402

#: made after every other fixture of a test, so closed before them: a window's worker
#: must stop before the vault it works on is locked (a vault fixture that locks its
#: vault on the main thread while the worker still reads from it crashes SQLCipher)
LAST = ("runner", "open_window")


def pytest_collection_modifyitems(items):
    for item in items:
        names = item.fixturenames
        for name in LAST:
            if name in names:
                names.remove(name)
                names.append(name)


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The app's words in English, as the app installs them at start (plural forms)."""
    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Never touch the real user's config or data folders."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("CAUCUS_VAULT", raising=False)


@pytest.fixture(autouse=True)
def no_leaked_threads():
    """A test fails if it leaves a thread running (python-zeroconf's habit)."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5
    while True:
        leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not leaked or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    assert not leaked, f"threads left running: {[t.name for t in leaked]}"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "caucus.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def runner(qapp):
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown(wait=True)
    task_runner.deleteLater()


def make_controller(vault_path: Path, settings: Settings, **kwargs) -> Controller:
    kwargs.setdefault("kdf_profile", "interactive")
    return Controller(vault_path, settings, **kwargs)


@pytest.fixture
def controller(qtbot, vault_path, settings):
    ctl = make_controller(vault_path, settings)
    yield ctl
    ctl.shutdown()
    ctl.deleteLater()


@pytest.fixture
def locked_vault(branch, vault_path):
    """A branch with a few members and a workplace, locked on disk."""
    depot = branch.add_workplace("Central Depot", employer="City Buses")
    branch.add_member(first_name="Ana", last_name="Lopez", emails=["ana@example.org"],
                      workplace_id=depot, tags=["steward"], assessment=4)
    branch.add_member(first_name="Ben", last_name="Okafor", workplace_id=depot)
    branch.add_member(first_name="Chloe", last_name="Smith", phones=["07911 123456"])
    branch.add_member(first_name="Dev", last_name="Patel", status="prospect")
    branch.vault.lock()
    return vault_path


@pytest.fixture
def open_window(qtbot, runner, settings):
    """Open the main window over an already-open Branch (no unlock screen, no KDF)."""
    from desktop.main_window import MainWindow
    from sync.ops import Session

    from .helpers import wait_idle

    windows = []

    def open_(branch):
        window = MainWindow(Session(branch.vault, branch), runner, settings)
        windows.append(window)
        window.show()
        wait_idle(qtbot, runner)
        return window

    yield open_
    for window in windows:
        session = window.session
        window.clear()
        if session is not None:
            runner.run(session.lock)
        wait_idle(qtbot, runner)
        window.close()
        window.deleteLater()


@pytest.fixture
def pseudo_language(qapp, tmp_path):
    """The pseudo-translation (:mod:`tests.gui.pseudo`) installed, English after."""
    from . import pseudo

    translator = pseudo.install(qapp, tmp_path)
    yield translator
    qapp.removeTranslator(translator)
    install_language(qapp, "en")
