"""The always-on operations (sync/ops/always_on.py) against real Syncthing processes on
loopback: what Caucus's own Syncthing is told before it starts, exactly the roster's
devices and nothing else, a Syncthing the user runs left as it was, the discovery
switch, the event long-poll, and the one-sentence answer when Syncthing is missing.

Each test's laptops are real vaults with their own Syncthing (home next to the vault);
every one started is stopped by its own process id at the end.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sync.always_on.config import BOX_NAME, IGNORES, LAPTOP_NAME, RELAYS
from sync.always_on.process import OwnedSyncthing
from sync.always_on.rest import Rest
from sync.errors import (
    AlwaysOnOff,
    SyncthingMissing,
    SyncthingRefused,
    SyncthingUnreachable,
)
from sync.ops import always_on
from sync.ops.session import Session
from sync.records import MemberQuery
from sync.trust import list_devices, revoke_device

from .replicas import exchange_all
from .syncthing_box import Box, switch_off
from .waiting import wait_for

BOX_ID = "Z5E4VSS-NARMD6W-GOJ4KLY-R5ZLCJZ-F5LSMV3-KKUJLRH-MEUFKWW-7G7MTQ2"
STRANGER = "MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD"


@pytest.fixture
def laptops(pair_template, tmp_path):
    branches = pair_template.clone(tmp_path / "v")
    sessions = [Session(b.vault, b) for b in (branches["founder"], branches["sec0"])]
    yield sessions
    for session in sessions:
        switch_off(session)


def rest_of(session: Session) -> Rest:
    return always_on.link(session).rest


def config_xml(session: Session) -> ET.Element:
    return ET.parse(always_on.home_for(session.path) / "config.xml").getroot()  # noqa: S314


def devices(session: Session) -> dict[str, dict]:
    return {d["deviceID"]: d for d in rest_of(session).get("/rest/config/devices")}


def test_switching_on_starts_a_private_syncthing_and_off_stops_it(laptops):
    founder, _sec = laptops
    done = always_on.enable(founder, listen="loopback")
    s = done.settings
    assert s.enabled and not s.attached
    assert s.address.startswith("127.0.0.1:")
    home = always_on.home_for(founder.path)
    assert home.parent == founder.path.parent and (home / "cert.pem").is_file()
    pid = int((home / "caucus.pid").read_text())
    assert f"--home={home}".encode() in Path(f"/proc/{pid}/cmdline").read_bytes()
    # the API key: random, kept in the vault, the one Syncthing checks; never on argv
    key = founder.replica.secret(always_on.KEY_SECRET).decode()
    assert len(key) >= 32 and config_xml(founder).find("gui/apikey").text == key
    assert key.encode() not in Path(f"/proc/{pid}/cmdline").read_bytes()
    options = rest_of(founder).get("/rest/config/options")
    assert options["globalAnnounceEnabled"] is False and options["relaysEnabled"] is False
    assert options["natEnabled"] is False and options["localAnnounceEnabled"] is False
    assert options["urAccepted"] == -1 and options["autoUpgradeIntervalH"] == 0
    assert options["crashReportingEnabled"] is False and options["startBrowser"] is False
    assert options["listenAddresses"] == [f"tcp://127.0.0.1:{s.port}"]
    gui = rest_of(founder).get("/rest/config/gui")
    assert gui["address"] == s.address
    # one folder, this laptop's, under a name that says nothing; the device names none
    (folder,) = rest_of(founder).get("/rest/config/folders")
    assert folder["id"] == always_on.link(founder).folder_id
    assert folder["label"] == "Caucus" and Path(folder["path"]) == Path(s.folder)
    assert folder["maxConflicts"] == 0
    assert rest_of(founder).get("/rest/db/ignores", folder=folder["id"])["ignore"] == IGNORES
    assert devices(founder)[done.syncthing_id]["name"] == LAPTOP_NAME
    # this laptop's Syncthing ID is in the roster, signed by itself
    me = next(d for d in list_devices(founder.replica) if d.this_device)
    assert me.syncthing_id == done.syncthing_id
    assert me.syncthing_addresses == [f"tcp://127.0.0.1:{s.port}"]
    status = always_on.status(founder)
    assert status.observed.running and status.syncthing_id == done.syncthing_id
    assert status.waiting == ["secretary 0 laptop"]
    off = always_on.disable(founder)
    assert off.stopped
    assert not Path(f"/proc/{pid}").exists() or b"syncthing" not in Path(
        f"/proc/{pid}/cmdline").read_bytes()
    assert not always_on.status(founder).observed.running
    with pytest.raises(AlwaysOnOff):
        always_on.sync_now(founder)


def test_without_syncthing_one_sentence_names_the_package(laptops, tmp_path, monkeypatch):
    founder, _sec = laptops
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(SyncthingMissing) as caught:
        always_on.enable(founder)
    text = str(caught.value)
    assert "Debian package 'syncthing'" in text and text.count(". ") == 0
    assert not always_on.settings(founder).enabled


def test_exactly_the_rosters_devices_and_nothing_else(laptops):
    founder, sec = laptops
    mine = always_on.enable(founder, listen="loopback").syncthing_id
    theirs = always_on.enable(sec, listen="loopback").syncthing_id
    assert set(devices(founder)) == {mine}  # the roster does not know sec's ID yet
    exchange_all([founder.branch, sec.branch])
    always_on.sync_now(founder)
    assert set(devices(founder)) == {mine, theirs}
    # someone adds a device and a folder behind Caucus's back: both go again
    rest = rest_of(founder)
    rest.put(f"/rest/config/devices/{STRANGER}", {"deviceID": STRANGER, "introducer": True})
    rest.put("/rest/config/folders/extra", {"id": "extra", "path": str(founder.path.parent
                                                                       / "extra")})
    rest.patch(f"/rest/config/devices/{theirs}", {"introducer": True,
                                                   "autoAcceptFolders": True})
    synced = always_on.sync_now(founder)
    assert synced.configured.removed == [STRANGER]
    assert set(devices(founder)) == {mine, theirs}
    assert [f["id"] for f in rest.get("/rest/config/folders")] == [
        always_on.link(founder).folder_id]
    for device in devices(founder).values():
        assert device["introducer"] is False and device["autoAcceptFolders"] is False
    # a box the admin adds is shared with; one it removes is not
    always_on.add_box(founder, BOX_ID, "tcp://127.0.0.1:9", "Office Pi")
    assert devices(founder)[BOX_ID]["name"] == BOX_NAME
    assert devices(founder)[BOX_ID]["addresses"] == ["tcp://127.0.0.1:9"]
    (folder,) = rest.get("/rest/config/folders")
    assert {d["deviceID"] for d in folder["devices"]} == {mine, theirs, BOX_ID}
    always_on.remove_box(founder, "Office Pi")
    assert set(devices(founder)) == {mine, theirs}
    # a revocation takes the laptop out
    revoke_device(founder.replica, sec.replica.device_id)
    synced = always_on.sync_now(founder)
    assert theirs in synced.configured.removed and set(devices(founder)) == {mine}
    names = [p.name for p in always_on.status(founder).observed.peers]
    assert names == []


def test_a_syncthing_the_user_runs_keeps_its_own_folders_devices_and_options(laptops,
                                                                           tmp_path):
    founder, _sec = laptops
    theirs = Box(tmp_path / "users-syncthing")
    try:
        theirs.add_device(STRANGER)
        photos = theirs.accept_folder("photos", [STRANGER])
        options = theirs.call("GET", "/rest/config/options")
        with pytest.raises(SyncthingUnreachable, match="on this computer"):
            always_on.enable(founder, attach="192.168.1.5:8384", api_key=theirs.key)
        with pytest.raises(SyncthingRefused):
            always_on.enable(founder, attach=f"127.0.0.1:{theirs.gui}", api_key="wrong")
        assert not always_on.settings(founder).enabled
        done = always_on.enable(founder, attach=f"127.0.0.1:{theirs.gui}",
                                api_key=theirs.key, folder=tmp_path / "caucus-folder")
        assert done.settings.attached and done.syncthing_id == theirs.id
        fid = always_on.link(founder).folder_id
        folders = {f["id"]: f for f in theirs.call("GET", "/rest/config/folders")}
        assert set(folders) == {"photos", fid}
        assert Path(folders["photos"]["path"]) == photos
        assert STRANGER in {d["deviceID"] for d in theirs.call("GET",
                                                               "/rest/config/devices")}
        assert theirs.call("GET", "/rest/config/options") == options
        always_on.add_box(founder, BOX_ID, "tcp://127.0.0.1:9")
        assert BOX_ID in {d["deviceID"] for d in theirs.call("GET", "/rest/config/devices")}
        with pytest.raises(Exception, match="your own Syncthing"):
            always_on.set_discovery(founder, True)
        always_on.disable(founder)
        folders = {f["id"] for f in theirs.call("GET", "/rest/config/folders")}
        ids = {d["deviceID"] for d in theirs.call("GET", "/rest/config/devices")}
        assert folders == {"photos"} and STRANGER in ids and BOX_ID not in ids
    finally:
        theirs.stop()


def test_the_discovery_switch_and_what_it_reveals(laptops):
    """Turning discovery on would make Syncthing talk to servers on the internet, so
    that side is checked in the config written before a start (a test reaches 127.0.0.1
    only); the running side is checked with it off."""
    founder, _sec = laptops
    text = always_on.DISCOVERY_EXPLANATION
    assert "device ID" in text and "IP" in text and "never what the bundles hold" in text
    always_on.set_discovery(founder, True)  # while off: remembered for the next start
    s = always_on.settings(founder)
    assert s.discovery
    home = always_on.home_for(founder.path)
    owned = OwnedSyncthing(home)
    owned.ensure_home()
    owned.write_settings(always_on.launch_for(s, 8385, "k" * 32))
    xml = config_xml(founder)
    for name in ("globalAnnounceEnabled", "relaysEnabled", "natEnabled"):
        assert xml.find(f"options/{name}").text == "true"
    assert RELAYS in [n.text for n in xml.findall("options/listenAddress")]
    always_on.set_discovery(founder, False)
    always_on.enable(founder, listen="loopback")
    xml = config_xml(founder)
    for name in ("globalAnnounceEnabled", "relaysEnabled", "natEnabled",
                 "localAnnounceEnabled", "crashReportingEnabled", "startBrowser"):
        assert xml.find(f"options/{name}").text == "false", name
    assert xml.find("options/stunKeepaliveStartS").text == "0"
    assert xml.find("options/urAccepted").text == "-1"
    assert xml.find("gui/address").text.startswith("127.0.0.1:")
    options = rest_of(founder).get("/rest/config/options")
    assert not options["globalAnnounceEnabled"] and not options["relaysEnabled"]
    assert RELAYS not in options["listenAddresses"]
    # the choice survives a restart
    always_on.disable(founder)
    always_on.enable(founder)
    assert config_xml(founder).find("options/localAnnounceEnabled").text == "false"


def test_an_arrival_wakes_the_watcher_and_an_abort_ends_a_wait(laptops):
    founder, sec = laptops
    always_on.enable(founder, listen="loopback")
    always_on.enable(sec, listen="loopback")
    exchange_all([founder.branch, sec.branch])
    always_on.sync_now(founder)
    always_on.sync_now(sec)
    events = always_on.link(sec).events()
    assert events.wait(0).lost  # the first look: look at the folder anyway
    member = founder.branch.add_member(first_name="Woken", last_name="Up")
    assert always_on.local_pending(founder)
    always_on.sync_now(founder)
    assert not always_on.local_pending(founder)
    # each step follows an arrival (an earlier bundle may be the first to finish)
    steps: list[always_on.Synced] = []

    def step_on_arrival() -> bool:
        if events.wait(5).arrived:
            steps.append(always_on.sync_now(sec))
        return sec.branch.count_members(MemberQuery(search="Woken")) == 1
    wait_for(step_on_arrival, "the member's bundle to arrive on sec and be imported", 60)
    assert steps and steps[-1].applied >= 1 and steps[-1].changes
    assert sec.branch.get_member(member).first_name == "Woken"
    assert always_on.settings(sec).last_received_ms is not None
    # a long wait ends at once when the app locks
    outcome: list[BaseException] = []

    def wait() -> None:
        try:
            for _ in range(1000):  # events may still come; each wait is up to 30 s
                events.wait(30)
        except SyncthingUnreachable as exc:
            outcome.append(exc)

    thread = threading.Thread(target=wait)
    thread.start()
    wait_for(lambda: events.rest.in_flight, "the long-poll to be in flight", 10, every=0.01)
    events.rest.abort()
    thread.join(5)
    assert not thread.is_alive() and outcome
