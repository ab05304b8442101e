"""The sync centre's Meeting (Wi-Fi) tab over real vaults and real sockets on 127.0.0.1:
meeting mode, syncing by address and by discovery, progress and cancel of a long sync,
pairing a new laptop run as a real ``caucus lan join`` process, and stopping on lock."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.tasks import TaskRunner
from desktop.views.sync_centre import SyncCentre
from desktop.views.sync_lan import MEETING_ON, LanTab
from sync import changes
from sync.lan.session import BATCH_ITEMS
from sync.ops import Session
from sync.ops.meeting import MEETING_PORT
from sync.records import Branch, MemberQuery
from sync.replica import Replica
from sync.store.vault import Vault
from sync.trust import list_devices
from tests.replicas import Template, build_template

from .helpers import LEFT, UiTicks, unlock, wait_idle

LOOPBACK = "127.0.0.1"
CAUCUS = Path(sys.executable).with_name("caucus")
BIG = 1200  # change sets (a member and four notes each) the founder holds in the long tests


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("lan-template"), secretaries=1,
                          viewer=False, spare=False)


@pytest.fixture(scope="module")
def big_template(template, tmp_path_factory):
    """The same two laptops, the founder's holding BIG more change sets than sec0's."""
    folder = tmp_path_factory.mktemp("lan-big")
    branches = template.clone(folder)
    founder = branches["founder"]
    founder.conn.execute("PRAGMA synchronous = OFF")  # test set-up speed only
    for n in range(BIG):
        with founder.replica.transaction() as tx:
            member = changes.new_id()
            tx.set("member", member, {"first_name": f"Member{n:04d}", "last_name": "Test",
                                      "status": "member", "deleted": False})
            for k in range(4):
                tx.set("note", changes.new_id(), {
                    "member_id": member, "date": "2026-01-01", "deleted": False,
                    "text": f"Conversation {k} with member {n} about the rota and pay " * 4})
    for branch in branches.values():
        branch.vault.lock()
    return Template(folder, template.names, template.keys)


@dataclass
class Laptop:
    """One laptop of the meeting: its vault, its own task runner and its sync centre."""

    branch: Branch
    runner: TaskRunner
    centre: SyncCentre
    changed: list

    @property
    def lan(self) -> LanTab:
        return self.centre.lan

    def read(self, fn):
        """Read the vault as the desktop does: under the runner's lock."""
        with self.runner.db_lock:
            return fn(self.branch)


@pytest.fixture
def meeting(qtbot, settings, tmp_path):
    """open_(branch) -> a Laptop on loopback; every laptop is closed and locked after."""
    laptops: list[Laptop] = []

    def open_(branch: Branch) -> Laptop:
        runner = TaskRunner()
        centre = SyncCentre(runner, settings)
        centre.lan.bind_host, centre.lan.interfaces = LOOPBACK, [LOOPBACK]
        laptop = Laptop(branch, runner, centre, [])
        centre.changed.connect(lambda: laptop.changed.append(1))
        laptops.append(laptop)
        centre.set_session(Session(branch.vault, branch))
        centre.reload()
        qtbot.waitUntil(lambda: centre.lan.setup is not None, timeout=15000)
        wait_idle(qtbot, runner)
        return laptop

    yield open_
    for laptop in laptops:
        laptop.centre.close()  # the window closes: meeting mode stops, LAN threads end
        laptop.runner.run(laptop.branch.vault.lock)
        laptop.runner.shutdown(wait=True)
        laptop.centre.deleteLater()


@pytest.fixture
def pair(template, tmp_path):
    branches = template.clone(tmp_path / "vaults")
    return branches["founder"], branches["sec0"]


@pytest.fixture
def big_pair(big_template, tmp_path):
    branches = big_template.clone(tmp_path / "vaults")
    return branches["founder"], branches["sec0"]


def meeting_on(qtbot, laptop: Laptop) -> int:
    """Switch meeting mode on with a click; the port it serves on."""
    qtbot.mouseClick(laptop.lan.meeting_button, LEFT)
    qtbot.waitUntil(lambda: laptop.lan.meeting_status.text().startswith(MEETING_ON)
                    or laptop.lan.meeting_error.text() != "", timeout=20000)
    assert laptop.lan.meeting_error.text() == ""
    assert laptop.lan.meeting_button.isChecked()
    assert laptop.lan.meeting_button.text() == "Meeting mode: on"
    port = laptop.lan.meeting.address[1]
    assert f"{LOOPBACK}:{port}" in laptop.lan.meeting_status.text()
    return port


def sync_by_address(qtbot, laptop: Laptop, port: int, timeout: int = 60000) -> None:
    laptop.lan.address.setText(f"{LOOPBACK}:{port}")
    qtbot.mouseClick(laptop.lan.address_button, LEFT)
    assert laptop.lan.running and laptop.lan.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: laptop.lan.outcome is not None, timeout=timeout)


def accepts(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection((LOOPBACK, port), timeout=1):
        return True
    return False


# -- meeting mode and sync ---------------------------------------------------------------
def test_two_laptops_sync_by_address_with_meeting_mode_on(qtbot, pair, meeting):
    founder, secretary = pair
    amira = founder.add_member(first_name="Amira", last_name="Haddad")
    bogdan = secretary.add_member(first_name="Bogdan", last_name="Nowak")
    a, b = meeting(founder), meeting(secretary)
    assert a.lan.meeting_button.text() == "Meeting mode: off"
    # pairing is for admins: the founder's laptop offers it, the secretary's explains why not
    assert not a.lan.pairing_box.pair_controls.isHidden() and a.lan.pairing_box.pair_hint.isHidden()
    assert b.lan.pairing_box.pair_controls.isHidden() and not b.lan.pairing_box.pair_hint.isHidden()

    port = meeting_on(qtbot, a)
    sync_by_address(qtbot, b, port)

    assert b.lan.error.text() == ""
    assert b.lan.status.text() == "Received 1 change from founder laptop, sent 1 change."
    assert b.read(lambda br: br.get_member(amira).first_name) == "Amira"
    qtbot.waitUntil(lambda: bool(a.changed), timeout=10000)  # A's views were told to refresh
    assert a.read(lambda br: br.get_member(bogdan).first_name) == "Bogdan"
    assert "secretary 0 laptop" in a.lan.meeting_last.text()
    assert b.changed  # and B's, after its report
    # the typed address became a row named from the roster, with its last result
    row = b.lan.model.records[0]
    assert (row.name, row.address) == ("founder laptop", f"{LOOPBACK}:{port}")
    assert row.last.endswith("synced, received 1 change and sent 1 change")
    assert not b.lan.running and b.lan.progress.isHidden()

    # a second sync finds nothing new, and says so
    b.lan.outcome = None
    qtbot.mouseClick(b.lan.sync_all_button, LEFT)
    qtbot.waitUntil(lambda: b.lan.outcome is not None, timeout=30000)
    assert b.lan.status.text() == "Received 0 changes from founder laptop, sent 0 changes."


def test_laptops_found_on_the_lan_are_listed_and_synced(qtbot, pair, meeting):
    founder, secretary = pair
    amira = founder.add_member(first_name="Amira", last_name="Haddad")
    a, b = meeting(founder), meeting(secretary)
    port = meeting_on(qtbot, a)

    qtbot.mouseClick(b.lan.look_button, LEFT)
    assert not b.lan.look_button.isEnabled()
    qtbot.waitUntil(lambda: not b.lan.looking, timeout=15000)
    assert b.lan.found_status.text() == "Found 1 laptop of this branch."
    model = b.lan.model
    assert [model.data(model.index(0, c)) for c in range(2)] == [
        "founder laptop", f"{LOOPBACK}:{port}"]
    b.lan.table.selectRow(0)
    assert b.lan.sync_button.isEnabled()
    qtbot.mouseClick(b.lan.sync_button, LEFT)
    qtbot.waitUntil(lambda: b.lan.outcome is not None, timeout=60000)
    assert b.lan.status.text() == "Received 1 change from founder laptop, sent 0 changes."
    assert b.read(lambda br: br.get_member(amira).last_name) == "Haddad"


def test_a_bad_address_is_explained_and_nothing_runs(qtbot, pair, meeting):
    _founder, secretary = pair
    b = meeting(secretary)
    b.lan.address.setText("no port here:")
    qtbot.mouseClick(b.lan.address_button, LEFT)
    assert "is not an address like 192.168.1.20:47300" in b.lan.error.text()
    assert not b.lan.running
    with socket.socket() as free:  # nobody listens here: a clear sentence, not a crash
        free.bind((LOOPBACK, 0))
        port = free.getsockname()[1]
    sync_by_address(qtbot, b, port)
    assert b.lan.status.text().startswith(f"Could not sync with {LOOPBACK}:{port}: The laptop "
                                          f"at {LOOPBACK}:{port} could not be reached")


# -- a long sync: progress, a live event loop, cancel ---------------------------------------
def test_progress_advances_and_the_ui_keeps_running(qtbot, big_pair, meeting):
    founder, secretary = big_pair
    a, b = meeting(founder), meeting(secretary)
    port = meeting_on(qtbot, a)
    ticks = UiTicks()
    ticks.watch(b.lan.progress)
    sync_by_address(qtbot, b, port, timeout=180000)
    ticks.stop()

    assert b.lan.status.text() == f"Received {BIG:,} changes from founder laptop, sent 0 changes."
    assert b.read(lambda br: br.count_members(MemberQuery())) == BIG
    values = ticks.values
    assert len({v for v in values if v > 0}) >= 3, values  # batch by batch, not at the end
    assert values == sorted(values)
    # the UI thread ran between the moves of the bar (see UiTicks)
    assert ticks.live_moves() >= 2, ticks.at_moves


def test_cancel_keeps_whole_batches_and_says_so(qtbot, big_pair, meeting):
    founder, secretary = big_pair
    a, b = meeting(founder), meeting(secretary)
    port = meeting_on(qtbot, a)
    b.lan.address.setText(f"{LOOPBACK}:{port}")
    qtbot.mouseClick(b.lan.address_button, LEFT)
    qtbot.waitUntil(lambda: b.lan.progress.value() > b.lan.progress.maximum() // 2,
                    timeout=120000)  # receiving has begun
    qtbot.mouseClick(b.lan.cancel_button, LEFT)
    assert b.lan.status.text() == "Stopping after the current batch…"
    qtbot.waitUntil(lambda: b.lan.outcome is not None, timeout=120000)

    (_laptop, result), = b.lan.outcome.results
    assert result.reason == "SyncCancelled" and not result.complete
    assert b.lan.status.text().startswith("Sync with founder laptop cancelled: received ")
    assert b.lan.status.text().endswith("before it stopped, kept whole. Sync again for the rest.")
    assert 0 < result.received_items < BIG
    assert result.received_items % BATCH_ITEMS == 0  # a cancel lands between batches
    assert result.received.applied == result.received_items
    assert b.read(lambda br: br.count_members(MemberQuery())) == result.received.applied
    assert b.read(lambda br: br.conn.execute("PRAGMA integrity_check").fetchone()[0]) == "ok"
    # the meeting goes on: syncing again brings the rest
    b.lan.outcome = None
    qtbot.mouseClick(b.lan.sync_all_button, LEFT)
    qtbot.waitUntil(lambda: b.lan.outcome is not None, timeout=180000)
    assert b.read(lambda br: br.count_members(MemberQuery())) == BIG


# -- pairing ------------------------------------------------------------------------------
NEW_DEVICE = "Treasurer laptop"
NEW_PASSPHRASE = "the treasurer's own passphrase"


def start_pairing(qtbot, laptop: Laptop, role: str) -> tuple[str, int]:
    box = laptop.lan.pairing_box
    box.role.setCurrentIndex(box.role.findData(role))
    qtbot.mouseClick(box.pair_button, LEFT)
    assert box.pairing is not None and not box.stop_pair_button.isHidden()
    code = box.code.text()
    assert re.fullmatch(r"\d\d-\d\d\d-\d\d\d", code)
    assert re.fullmatch(r"The code works for (9|10):\d\d more\.", box.time_left.text())
    return code, box.pairing.address[1]


class Joiner:
    """``caucus lan join`` on the new laptop, a real process; output goes to files."""

    def __init__(self, folder: Path, code: str, port: int) -> None:
        self.vault = folder / "new.caucus"
        self.out, self.err = folder / "join.out", folder / "join.err"
        env = dict(os.environ, CAUCUS_PASSPHRASE=NEW_PASSPHRASE)
        env.pop("CAUCUS_VAULT", None)
        with open(self.out, "w") as out, open(self.err, "w") as err:
            self.proc = subprocess.Popen(
                [str(CAUCUS), "lan", "join", "--code", code, "--peer", f"{LOOPBACK}:{port}",
                 "--device", NEW_DEVICE, "--vault", str(self.vault), "--kdf", "interactive"],
                stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)

    def check_string(self) -> str | None:
        found = re.search(r"Check string: (\d{3} \d{3})", self.err.read_text())
        return found.group(1) if found else None

    def finish(self, qtbot) -> int:
        qtbot.waitUntil(lambda: self.proc.poll() is not None, timeout=60000)
        return self.proc.returncode

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def replica(self) -> Replica:
        return Replica(Vault.open(self.vault, NEW_PASSPHRASE))


@pytest.fixture
def joiners():
    started: list[Joiner] = []

    def start(*args) -> Joiner:
        started.append(Joiner(*args))
        return started[-1]

    yield start
    for joiner in started:
        joiner.kill()


def wait_for_question(qtbot, laptop: Laptop, joiner: Joiner) -> str:
    box = laptop.lan.pairing_box
    qtbot.waitUntil(lambda: box.check.text() != "" and joiner.check_string() is not None
                    or joiner.proc.poll() is not None, timeout=60000)
    assert joiner.proc.poll() is None, joiner.err.read_text()
    check = joiner.check_string()
    assert box.check.text() == check  # both screens show the same string
    assert box.question.text().startswith(f"“{NEW_DEVICE}” (")
    assert box.question.text().endswith(f"entered the code. Does the new laptop show {check}?")
    assert not box.approve_button.isHidden() and not box.decline_button.isHidden()
    return check


def test_an_admin_pairs_a_new_laptop_that_joins_by_code(qtbot, pair, meeting, joiners,
                                                         tmp_path):
    founder, _secretary = pair
    a = meeting(founder)
    code, port = start_pairing(qtbot, a, "viewer")
    joiner = joiners(tmp_path, code, port)
    wait_for_question(qtbot, a, joiner)
    qtbot.mouseClick(a.lan.pairing_box.approve_button, LEFT)
    assert a.lan.pairing_box.approve_button.isHidden()

    assert joiner.finish(qtbot) == 0, joiner.err.read_text()
    assert "Joined 'Riverside Tenants' as viewer" in joiner.out.read_text()
    box = a.lan.pairing_box
    qtbot.waitUntil(lambda: box.pairing is None and "joined" in box.pair_status.text(),
                    timeout=30000)
    assert a.lan.pairing_box.pair_status.text() == f"“{NEW_DEVICE}” joined the branch as viewer."
    assert a.lan.pairing_box.code.text() == "" and a.lan.pairing_box.pair_button.isEnabled()
    roster = {d.name: d for d in a.read(lambda br: list_devices(br.replica))}
    assert roster[NEW_DEVICE].role == "viewer" and not roster[NEW_DEVICE].revoked
    # the Devices tab was reloaded with the new laptop in it
    qtbot.waitUntil(lambda: a.centre.devices.model.rowCount() == 3, timeout=10000)
    joined = joiner.replica()
    try:
        assert joined.initialised and joined.branch_id == founder.replica.branch_id
        assert joined.device_role(joined.device_id) == "viewer"
        assert bytes.fromhex(joined.device_id) == bytes.fromhex(roster[NEW_DEVICE].id)
    finally:
        joined.vault.lock()


def test_declining_a_new_laptop_admits_nothing(qtbot, pair, meeting, joiners, tmp_path):
    founder, _secretary = pair
    a = meeting(founder)
    code, port = start_pairing(qtbot, a, "secretary")
    joiner = joiners(tmp_path, code, port)
    wait_for_question(qtbot, a, joiner)
    qtbot.mouseClick(a.lan.pairing_box.decline_button, LEFT)

    assert joiner.finish(qtbot) != 0
    assert "declined" in joiner.err.read_text()
    qtbot.waitUntil(lambda: a.lan.pairing_box.pair_error.text() != "", timeout=30000)
    assert a.lan.pairing_box.pair_error.text() == "Declined: the new laptop was not admitted."
    assert a.lan.pairing_box.pairing is None and a.lan.pairing_box.pair_button.isEnabled()
    assert NEW_DEVICE not in {d.name for d in a.read(lambda br: list_devices(br.replica))}
    joined = joiner.replica()
    try:
        assert not joined.initialised
    finally:
        joined.vault.lock()


def test_stop_pairing_ends_the_offer(qtbot, pair, meeting):
    founder, _secretary = pair
    a = meeting(founder)
    _code, port = start_pairing(qtbot, a, "secretary")
    assert accepts(port)
    qtbot.mouseClick(a.lan.pairing_box.stop_pair_button, LEFT)
    assert a.lan.pairing_box.pair_status.text() == "Pairing stopped; the code no longer works."
    assert a.lan.pairing_box.code.text() == "" and a.lan.pairing_box.pair_button.isEnabled()
    qtbot.waitUntil(lambda: not accepts(port), timeout=10000)


# -- meeting mode ends with the lock -------------------------------------------------------
def test_meeting_mode_stops_when_the_vault_locks(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    lan = main.sync.lan
    lan.bind_host, lan.interfaces = LOOPBACK, [LOOPBACK]
    qtbot.waitUntil(lambda: lan.setup is not None, timeout=10000)
    with contextlib.ExitStack() as stack:
        # the usual port is taken: meeting mode uses another one and says which
        blocker = stack.enter_context(socket.socket())
        blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        with contextlib.suppress(OSError):  # (taken already by someone else: as good)
            blocker.bind((LOOPBACK, MEETING_PORT))
            blocker.listen(1)
        port = meeting_on(qtbot, Laptop(main.branch, controller.runner, main.sync, []))
        assert port != MEETING_PORT
        assert (f"Port {MEETING_PORT} was in use, so port {port} is used."
                in lan.meeting_status.text())
        assert accepts(port)
        controller.lock()
        assert controller.screen == "unlock"
        assert not lan.meeting_button.isChecked() and lan.setup is None
        qtbot.waitUntil(lambda: not accepts(port), timeout=10000)
