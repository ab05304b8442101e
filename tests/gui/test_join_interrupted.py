"""A join stopped part-way is detected and finished when the app starts (issue #18,
finding 4): the vault lands on the finishing screen, which says the join was interrupted
and completes it from the welcome file. The half-joined vault is made by a real process
that dies (``os._exit``) right after the first batch of the welcome file was applied."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sync.records import Branch
from sync.replica import Replica
from sync.store.vault import Vault
from sync.trust import admit_device, branch_fingerprint, join_request
from tests.replicas import PASSPHRASE, build_template
from tests.writes import signed_writes

from .conftest import make_controller
from .helpers import LEFT

REPO = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent("""
    import os, sys
    from sync.ops import Stage, joining, session
    path, welcome, fingerprint, passphrase = sys.argv[1:5]
    opened = session.open_vault(path, passphrase)

    def progress(step):
        if step.stage == Stage.APPLY:  # the first batch is committed: die here
            os._exit(17)

    joining.finish_join(opened, welcome, fingerprint, progress=progress)
    os._exit(0)
""")


@pytest.fixture
def half_joined(tmp_path) -> dict:
    """A joiner's vault whose join from a welcome file died after its first batch."""
    template = build_template(tmp_path / "template", secretaries=1, viewer=False, spare=True)
    branches = template.clone(tmp_path / "branch")
    founder, spare = branches["founder"], branches["spare"]
    founder.replica.receive(signed_writes(branches["sec0"].replica, 700), batch_size=1000)
    welcome = tmp_path / "stick" / "welcome.caucuswelcome"
    welcome.parent.mkdir()
    admit_device(founder.replica, join_request(spare.replica), "viewer", welcome)
    made = {"path": spare.vault.path, "welcome": welcome,
            "state": founder.replica.state_hash(), "members": len(founder.list_members()),
            "fingerprint": branch_fingerprint(founder.replica.branch_id)}
    for branch in branches.values():
        branch.vault.lock()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(made["path"]), str(welcome), made["fingerprint"],
         PASSPHRASE],
        cwd=REPO, env=dict(os.environ), capture_output=True, text=True, timeout=120)
    assert child.returncode == 17, child.stderr
    vault = Vault.open(made["path"], PASSPHRASE)
    try:
        replica = Replica(vault)
        assert replica.initialised  # the branch id was committed first
        assert replica.device_role(replica.device_id) is None  # the admission comes last
    finally:
        vault.lock()
    return made


def start(qtbot, controller, seen: list) -> None:
    """Unlock, recording each screen and, on the finishing screen, what it says."""
    def changed(screen: str) -> None:
        window = controller.window
        seen.append((screen, window.intro.text() if screen == "finish_join" else ""))
    controller.screen_changed.connect(changed)
    controller.start()
    controller.window.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(controller.window.unlock_button, LEFT)


def check_joined(made: dict) -> None:
    vault = Vault.open(made["path"], PASSPHRASE)
    try:
        joined = Branch(vault)
        assert joined.replica.meta("joining") is None  # the join is marked done
        assert joined.replica.device_role(joined.replica.device_id) == "viewer"
        assert joined.replica.state_hash() == made["state"]
    finally:
        vault.lock()


def test_the_app_finishes_an_interrupted_join_from_the_welcome_file(qtbot, half_joined,
                                                                   settings):
    made, seen = half_joined, []
    controller = make_controller(made["path"], settings)
    try:
        start(qtbot, controller, seen)
        qtbot.waitUntil(lambda: controller.screen == "main", timeout=60000)
        assert [screen for screen, _ in seen] == ["unlock", "finish_join", "main"]
        assert "interrupted" in seen[1][1] and "completed from the welcome file" in seen[1][1]
        main = controller.main_window
        assert main.statusBar().currentMessage() == "Joined Riverside Tenants as viewer."
        qtbot.waitUntil(lambda: main.members.model.rowCount() == made["members"],
                        timeout=20000)
    finally:
        controller.shutdown()
        controller.deleteLater()
    check_joined(made)


def test_an_interrupted_join_whose_welcome_file_moved_asks_for_it(qtbot, half_joined,
                                                                 settings, tmp_path):
    made, seen = half_joined, []
    moved = tmp_path / "elsewhere.caucuswelcome"
    made["welcome"].rename(moved)
    controller = make_controller(made["path"], settings)
    try:
        start(qtbot, controller, seen)
        qtbot.waitUntil(lambda: controller.screen == "finish_join", timeout=30000)
        finish = controller.window
        qtbot.waitUntil(lambda: finish.error.isVisibleTo(finish), timeout=20000)
        assert "Load the welcome file again" in finish.error.text()
        assert "interrupted" in finish.intro.text()
        finish.load_welcome(str(moved))  # no fingerprint to compare again: same branch
        qtbot.waitUntil(lambda: controller.screen == "main", timeout=60000)
        assert finish.confirm is None
    finally:
        controller.shutdown()
        controller.deleteLater()
    check_joined(made)
