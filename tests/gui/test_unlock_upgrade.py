"""Unlocking a vault an older Caucus wrote: the vault is brought up to this version's
schema on the way, and the unlock screen says so while it happens (at a large branch
it takes a while); a vault already up to date says nothing. The command line says the
same on stderr. Real golden vaults of schema 2 (tests/golden/v2)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from sync.store import schema
from sync.store.vault import Vault, sidecar_path

from .conftest import make_controller
from .helpers import LEFT

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "v2"
PASSPHRASE = "golden files are promises"


def old_vault(folder: Path) -> Path:
    path = folder / "founder.caucus"
    shutil.copyfile(GOLDEN / "founder.caucus", path)
    shutil.copyfile(sidecar_path(GOLDEN / "founder.caucus"), sidecar_path(path))
    return path


def schema_version(path: Path) -> int:
    vault = Vault.open(path, PASSPHRASE)
    try:
        return int(vault.conn.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
    finally:
        vault.lock()


def unlock_noting(qtbot, path: Path, settings) -> list[bool]:
    """Unlock ``path`` on its unlock screen; each time the screen said it was upgrading,
    whether the note was then on screen."""
    controller = make_controller(path, settings)
    try:
        controller.start()
        window = controller.window
        seen: list[bool] = []
        # connected after the window's own slot: runs once the note has been shown
        window.upgrading.connect(lambda: seen.append(window.upgrade_note.isVisible()))
        assert not window.upgrade_note.isVisible()
        window.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(window.unlock_button, LEFT)
        qtbot.waitUntil(lambda: controller.screen == "main", timeout=30000)
        QApplication.processEvents()
        return seen
    finally:
        controller.shutdown()
        controller.deleteLater()


def test_the_unlock_screen_says_an_old_vault_is_being_brought_up_to_date(
        qtbot, tmp_path, settings):
    path = old_vault(tmp_path)
    assert unlock_noting(qtbot, path, settings) == [True]
    assert schema_version(path) == schema.SCHEMA_VERSION
    # once up to date, the next unlock says nothing
    assert unlock_noting(qtbot, path, settings) == []


def test_the_command_line_says_it_once(tmp_path):
    path = old_vault(tmp_path)
    env = {**os.environ, "CAUCUS_PASSPHRASE": PASSPHRASE}
    env.pop("CAUCUS_VAULT", None)

    def member_list() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "sync.cli", "--vault", str(path),
                               "member", "list"], env=env, capture_output=True, text=True,
                              timeout=120, check=False)

    first, second = member_list(), member_list()
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert "up to date for this version of Caucus" in first.stderr
    assert "up to date" not in second.stderr
    assert first.stdout == second.stdout
    assert schema_version(path) == schema.SCHEMA_VERSION
