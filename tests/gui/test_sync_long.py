"""A long USB sync never blocks the UI thread, shows progress and cancels cleanly."""

from __future__ import annotations

import shutil

import pytest

from sync import changes
from sync.bundle import export_bundle
from sync.folder import new_bundle_name
from sync.records import MemberQuery
from sync.replica import Replica
from tests.replicas import build_template

from .helpers import LEFT, UiTicks, wait_idle

CHANGE_SETS = 1200  # one member each; the import applies them in batches
NOTES_EACH = 4


@pytest.fixture(scope="module")
def big_bundle(tmp_path_factory):
    """A template pair, and a bundle from the founder holding CHANGE_SETS new members."""
    folder = tmp_path_factory.mktemp("long")
    template = build_template(folder / "template", secretaries=1, viewer=False, spare=False)
    branches = template.clone(folder / "maker")
    founder = branches["founder"]
    founder.conn.execute("PRAGMA synchronous = OFF")  # test set-up speed only
    for n in range(CHANGE_SETS):
        with founder.replica.transaction() as tx:
            member = changes.new_id()
            tx.set("member", member, {"first_name": f"Member{n:04d}", "last_name": "Test",
                                      "status": "member", "deleted": False})
            for k in range(NOTES_EACH):  # enough work per change set to make a long sync
                tx.set("note", changes.new_id(), {
                    "member_id": member, "date": "2026-01-01", "deleted": False,
                    "text": f"Conversation {k} with member {n} about the rota and pay " * 4})
    path = folder / new_bundle_name(founder.replica)
    export_bundle(founder.replica, path)
    for branch in branches.values():
        branch.vault.lock()
    return template, path


@pytest.fixture
def secretary(big_bundle, tmp_path):
    template, _path = big_bundle
    branches = template.clone(tmp_path / "vaults")
    branches["founder"].vault.lock()
    yield branches["sec0"]
    if branches["sec0"].vault.is_open:
        branches["sec0"].vault.lock()


@pytest.fixture
def stick(big_bundle, tmp_path):
    _template, path = big_bundle
    folder = tmp_path / "stick"
    folder.mkdir()
    shutil.copyfile(path, folder / path.name)
    return folder


def test_the_ui_keeps_running_during_a_long_sync(qtbot, secretary, stick, open_window):
    window = open_window(secretary)
    window.show_sync_page()
    usb = window.sync.usb
    usb.set_folder(str(stick))
    ticks = UiTicks()
    ticks.watch(usb.progress)
    qtbot.mouseClick(usb.sync_button, LEFT)
    assert usb.running and usb.cancel_button.isVisible()
    qtbot.waitUntil(lambda: usb.outcome is not None, timeout=180000)
    ticks.stop()

    report = next(iter(usb.outcome.result.imported.values()))
    assert report.applied == CHANGE_SETS and not report.cancelled
    # the bar moved forward batch by batch, not only at the end, and the UI thread ran
    # between those moves (a job on the UI thread would leave no tick between them)
    advancing = sorted(set(v for v in ticks.values if 0 < v))
    assert len(advancing) >= 3, ticks.values
    assert ticks.live_moves() >= 2, ticks.at_moves
    values = ticks.values
    assert values == sorted(values) or values[0] == 0
    wait_idle(qtbot, window.runner)
    qtbot.waitUntil(lambda: window.members.count.text() == f"{CHANGE_SETS:,} members",
                    timeout=10000)


def test_cancel_stops_after_whole_batches(qtbot, secretary, stick, open_window):
    window = open_window(secretary)
    window.show_sync_page()
    usb = window.sync.usb
    usb.set_folder(str(stick))
    qtbot.mouseClick(usb.sync_button, LEFT)
    qtbot.waitUntil(lambda: usb.progress.value() > 0, timeout=120000)
    qtbot.mouseClick(usb.cancel_button, LEFT)
    assert "Stopping" in usb.status.text()
    qtbot.waitUntil(lambda: usb.outcome is not None, timeout=120000)
    wait_idle(qtbot, window.runner)

    assert usb.outcome.cancelled
    assert usb.status.text().startswith("Sync cancelled.")
    report = next(iter(usb.outcome.result.imported.values()))
    batch = Replica.receive.__defaults__[0]  # the engine's batch size
    assert 0 < report.applied < CHANGE_SETS
    # change sets read = applied + already here; a cancel lands only between batches
    assert (report.applied + report.already) % batch == 0, report
    # the vault holds exactly the members of the whole batches applied
    assert secretary.count_members(MemberQuery()) == report.applied
    # and syncing again fetches the rest
    usb.outcome = None
    qtbot.mouseClick(usb.sync_button, LEFT)
    qtbot.waitUntil(lambda: usb.outcome is not None, timeout=180000)
    wait_idle(qtbot, window.runner)
    assert secretary.count_members(MemberQuery()) == CHANGE_SETS
