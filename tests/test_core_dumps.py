"""Core dumps are disabled once a vault is unlocked, in the command line and in the app
(issue #18, finding 7). A child process allows core files first (its soft limit raised
to its hard one), unlocks a vault the way the ``caucus`` command or the app window does,
and reads back its own core-file limit and (on Linux) whether it is still dumpable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sync.store.vault import Vault
from sync.trust import create_branch

PASS = "correct horse battery staple"
REPO = Path(__file__).resolve().parent.parent

READ_BACK = textwrap.dedent("""
    import ctypes, json, resource, sys

    def limits():
        soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        dumpable = None
        if sys.platform.startswith("linux"):
            dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
        return {"soft": soft, "hard": hard, "dumpable": dumpable}

    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    before = limits()
""")

CLI_CHILD = READ_BACK + textwrap.dedent("""
    from sync.cli.entry import main
    status = main(["--vault", sys.argv[1], "vault", "info"])
    print(json.dumps({"status": status, "before": before, "after": limits()}))
""")

APP_CHILD = READ_BACK + textwrap.dedent("""
    from pathlib import Path
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.app import Controller
    from desktop.settings import Settings

    app = QApplication([])
    settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    controller = Controller(Path(sys.argv[1]), settings)
    loop = QEventLoop()
    controller.screen_changed.connect(lambda screen: screen == "main" and loop.quit())
    QTimer.singleShot(60000, loop.quit)  # the bound: never wait longer than a minute
    controller.start()
    controller.window.passphrase.setText(sys.argv[3])
    controller.window.unlock()
    loop.exec()
    screen, after = controller.screen, limits()
    controller.shutdown()
    print(json.dumps({"status": 0 if screen == "main" else 1, "screen": screen,
                      "before": before, "after": after}))
""")


@pytest.fixture(scope="module")
def vault(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dumps") / "branch.caucus"
    made = Vault.create(path, PASS, "interactive")
    create_branch(made, "Bakery Workers", "Secretary laptop")
    made.lock()
    return path


def run(script: str, *args: str, tmp_path: Path) -> dict:
    env = {**os.environ, "CAUCUS_PASSPHRASE": PASS, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("CAUCUS_VAULT", None)
    proc = subprocess.run([sys.executable, "-c", script, *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["status"] == 0, (report, proc.stderr)
    return report


def check(report: dict) -> None:
    before, after = report["before"], report["after"]
    if sys.platform.startswith("linux"):
        assert before["dumpable"] == 1, f"the child was not dumpable to start with: {before}"
        assert after["dumpable"] == 0, f"still dumpable with the vault unlocked: {after}"
    assert (after["soft"], after["hard"]) == (0, 0), f"core files still allowed: {after}"


def test_the_command_line_disables_core_dumps_when_it_unlocks_a_vault(vault, tmp_path):
    check(run(CLI_CHILD, str(vault), tmp_path=tmp_path))


def test_the_app_disables_core_dumps_when_it_unlocks_a_vault(vault, tmp_path):
    report = run(APP_CHILD, str(vault), str(tmp_path / "caucus.ini"), PASS, tmp_path=tmp_path)
    assert report["screen"] == "main"
    check(report)
