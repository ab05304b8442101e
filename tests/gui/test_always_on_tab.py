"""The sync centre's Always-on tab over real vaults and real Syncthing processes on
loopback: the switch, a bundle arriving through Syncthing refreshing the member list
with nobody touching anything, nothing imported while the tab is cleared (the vault
locking) and the catch-up after, and an admin adding a box.

The second laptop is driven headless through the same operations, in this process,
with its own vault and its own Syncthing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from desktop.widgets import em
from sync.ops import always_on
from sync.ops.session import Session
from sync.records import MemberQuery
from tests.replicas import build_template, exchange_all
from tests.syncthing_box import switch_off
from tests.waiting import wait_for

from .helpers import LEFT, wait_idle

BOX_ID = "Z5E4VSS-NARMD6W-GOJ4KLY-R5ZLCJZ-F5LSMV3-KKUJLRH-MEUFKWW-7G7MTQ2"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=1, viewer=False,
                          spare=False)


@pytest.fixture
def pair(template, tmp_path):
    branches = template.clone(tmp_path / "vaults")
    founder, sec = branches["founder"], branches["sec0"]
    yield founder, sec
    for branch in (founder, sec):
        switch_off(Session(branch.vault, branch))


def pid_alive(branch) -> bool:
    try:
        pid = int((always_on.home_for(branch.vault.path) / "caucus.pid").read_text())
        return b"syncthing" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return False


def click_box(qtbot, checkbox) -> None:
    """Click a check box where its box is (its centre may be past the text)."""
    qtbot.mouseClick(checkbox, LEFT, pos=QPoint(em(checkbox, 0.5), checkbox.height() // 2))


def names_in(window) -> set[str]:
    model = window.members.model
    return {model.data(model.index(row, 0)) for row in range(model.rowCount())}


def test_the_switch_starts_and_stops_syncthing(qtbot, pair, open_window):
    founder, _sec = pair
    window = open_window(founder)
    window.show_sync_page()
    tab = window.sync.always_on
    window.sync.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.status is not None, timeout=10000)
    assert not tab.switch.isChecked() and "Off" in tab.state.text()
    assert tab.box_form.isVisible()  # the founder is an admin
    click_box(qtbot, tab.switch)
    qtbot.waitUntil(lambda: tab.observed is not None and tab.observed.running,
                    timeout=60000)
    assert tab.switch.isChecked() and pid_alive(founder)
    assert len(tab.syncthing_id.text()) == 63 and "running" in tab.state.text()
    assert "secretary 0 laptop" in tab.waiting.text()
    click_box(qtbot, tab.switch)
    qtbot.waitUntil(lambda: "Off" in tab.state.text(), timeout=60000)
    wait_idle(qtbot, window.runner)
    assert not pid_alive(founder) and not tab.watcher.running


def test_an_arrival_refreshes_the_window_and_a_locked_tab_imports_nothing(
        qtbot, pair, open_window):
    founder, sec = pair
    laptops = [Session(b.vault, b) for b in (founder, sec)]
    for session in laptops:
        always_on.enable(session, listen="loopback")
    exchange_all([founder, sec])
    for session in laptops:
        always_on.sync_now(session)
    window = open_window(founder)
    window.show_sync_page()
    tab = window.sync.always_on
    window.sync.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.watcher.running and tab.steps >= 1, timeout=60000)
    qtbot.waitUntil(lambda: tab.peers.topLevelItemCount() == 1
                    and tab.peers.topLevelItem(0).text(2) == "connected", timeout=60000)
    assert tab.peers.topLevelItem(0).text(0) == "secretary 0 laptop"
    before = tab.steps

    # the other laptop saves a member; nobody touches this window
    sec.add_member(first_name="Arrived", last_name="Bythebox")
    always_on.sync_now(laptops[1])
    qtbot.waitUntil(lambda: "Arrived Bythebox" in names_in(window), timeout=60000)
    assert tab.steps > before and tab.received.text() != "never"

    # a change made outside the window (by another program) goes out at the next poll
    wait_idle(qtbot, window.runner)
    events = always_on.link(laptops[1]).events()
    events.wait(0)
    steps = tab.steps
    polled = founder.add_member(first_name="Polled", last_name="Out")
    qtbot.waitUntil(lambda: tab.steps > steps, timeout=30000)

    def step_on_arrival() -> bool:  # sec's own watcher, as `caucus always-on watch` runs it
        if events.wait(5).arrived:
            always_on.sync_now(laptops[1])
        return sec.count_members(MemberQuery(search="Polled")) == 1
    wait_for(step_on_arrival, "the founder's bundle to reach sec and be imported", 60)
    assert sec.get_member(polled).last_name == "Out"

    # locked (the tab cleared): Syncthing still carries the bundle, nothing is imported
    window.sync.clear()
    assert not tab.watcher.running
    sec.add_member(first_name="While", last_name="Locked")
    name = always_on.sync_now(laptops[1]).result.written.name
    folder = Path(always_on.settings(laptops[0]).folder)
    qtbot.waitUntil(lambda: (folder / name).is_file(), timeout=60000)
    wait_idle(qtbot, window.runner)
    assert founder.count_members(MemberQuery(search="Locked")) == 0
    # unlocked again: the tab catches up by itself
    window.sync.set_session(laptops[0])
    qtbot.waitUntil(lambda: founder.count_members(MemberQuery(search="Locked")) == 1,
                    timeout=60000)
    assert founder.replica.state_hash() == sec.replica.state_hash()


def test_an_admin_adds_a_box(qtbot, pair, open_window):
    founder, _sec = pair
    always_on.enable(Session(founder.vault, founder), listen="loopback")
    window = open_window(founder)
    window.show_sync_page()
    tab = window.sync.always_on
    window.sync.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.watcher.running, timeout=60000)
    qtbot.mouseClick(tab.box_button, LEFT)
    assert "Give the box's Syncthing ID" in tab.error.text()
    tab.box_id.setText(BOX_ID.lower())
    tab.box_address.setText("127.0.0.1:9")
    tab.box_name.setText("Office box")
    qtbot.mouseClick(tab.box_button, LEFT)
    qtbot.waitUntil(lambda: any(tab.peers.topLevelItem(i).text(0) == "Office box"
                                for i in range(tab.peers.topLevelItemCount())),
                    timeout=30000)
    row = next(tab.peers.topLevelItem(i) for i in range(tab.peers.topLevelItemCount())
               if tab.peers.topLevelItem(i).text(0) == "Office box")
    assert row.text(1) == "box" and tab.box_id.text() == ""
    rest = always_on.link(Session(founder.vault, founder)).rest
    assert BOX_ID in {d["deviceID"] for d in rest.get("/rest/config/devices")}


def test_a_secretary_sees_no_box_form(qtbot, pair, open_window):
    _founder, sec = pair
    window = open_window(sec)
    window.show_sync_page()
    tab = window.sync.always_on
    window.sync.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.status is not None, timeout=10000)
    assert not tab.box_form.isVisible()
