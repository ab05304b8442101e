"""Always-on sync end to end: three real Syncthing processes on loopback (laptops A and B,
each driven by Caucus, and a plain-Syncthing box), every ``caucus`` command a real
subprocess on a real vault.

A and B are never running at the same time: an edit on A reaches B through the box with
no user action on B beyond running ``caucus always-on watch``, and both print the same
``caucus state-hash``; the box's files hold none of the branch's names, emails or
phones; revoking B takes B's device out of A's Syncthing, and B gets nothing written
after the revocation (the box, which still has B, carries only files B cannot open).

Each Syncthing has its own home and ports, global and local discovery and relays off,
and only 127.0.0.1 as a target. Every wait is on a condition with a deadline.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sync.always_on.process import OwnedSyncthing

from .syncthing_box import Box, rest_call
from .waiting import wait_for

PASS = "correct horse battery staple"
# what must never reach the box: the people, the branch, the laptops
PLANTED = {"first": "Zofia", "last": "Quartermaine", "email": "zofia.q@example.org",
           "phone": "+44 7911 123456"}
SECRETS = ["Quartermaine", "zofia.q@example.org", "7911123456", "7911 123456",
           "Northgate Bus Depot", "Ana's Thinkpad", "Ben's Netbook", "Wilhelmina",
           "Ombudsperson"]


@pytest.fixture
def caucus(tmp_path):
    base = {**os.environ, "CAUCUS_PASSPHRASE": PASS}
    base.pop("CAUCUS_VAULT", None)

    def run(vault: str, *args: str, ok: bool = True,
            env: dict | None = None) -> subprocess.CompletedProcess:
        proc = subprocess.run(
            [sys.executable, "-m", "sync.cli", "--vault", str(tmp_path / vault), *args],
            cwd=tmp_path, env={**base, **(env or {})}, capture_output=True, text=True,
            timeout=180)
        assert "Traceback" not in proc.stderr, proc.stderr
        if ok:
            assert proc.returncode == 0, proc.stderr
        return proc

    def start(vault: str, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "sync.cli", "--vault", str(tmp_path / vault), *args],
            cwd=tmp_path, env=base, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    run.start = start
    yield run
    for vault in ("a.caucus", "b.caucus"):  # even after a failure: never one left running
        OwnedSyncthing(tmp_path / f"{vault}.syncthing").kill()


@pytest.fixture
def box(tmp_path):
    box = Box(tmp_path / "box")
    yield box
    box.stop()


def syncthing_of(tmp_path: Path, vault: str) -> tuple[int | None, int, str]:
    """A laptop's own Syncthing, read from its home: pid (None when not running), GUI
    port and API key (as Syncthing itself keeps them)."""
    home = tmp_path / f"{vault}.syncthing"
    root = ET.parse(home / "config.xml").getroot()  # noqa: S314 - Syncthing's own file
    port = int(root.find("gui/address").text.rsplit(":", 1)[1])
    pid = None
    try:
        candidate = int((home / "caucus.pid").read_text())
        if f"--home={home}".encode() in Path(f"/proc/{candidate}/cmdline").read_bytes():
            pid = candidate
    except (OSError, ValueError):
        pass
    return pid, port, root.find("gui/apikey").text


def configured_devices(tmp_path: Path, vault: str) -> set[str]:
    _pid, port, key = syncthing_of(tmp_path, vault)
    return {d["deviceID"] for d in rest_call(port, key, "GET", "/rest/config/devices")}


def stop_watch(watch: subprocess.Popen) -> str:
    """Stop a running ``always-on watch`` as a service manager would (SIGTERM), once it
    says it is watching: a signal before that (while it unlocks the vault) would kill it
    mid-start, which is not what this stops."""
    seen = b""  # read from the pipe itself: communicate() reads on from there
    fd = watch.stderr.fileno()
    deadline = time.monotonic() + 60
    while b"Watching" not in seen and time.monotonic() < deadline:
        ready, _w, _x = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(fd, 4096) if ready else b""
        if not chunk:
            break  # it ended (or said nothing in time): communicate tells why
        seen += chunk
    watch.send_signal(signal.SIGTERM)
    out, err = watch.communicate(timeout=60)
    err = seen.decode(errors="replace") + err
    assert watch.returncode == 0, err
    assert "Traceback" not in err, err
    return out


def turn_on(caucus, vault: str) -> str:
    out = caucus(vault, "always-on", "on", "--listen", "loopback").stdout
    return re.search(r"Syncthing ID: (\S+)", out)[1]


def secrets_in(data: bytes) -> set[str]:
    """The planted strings found in ``data`` (in UTF-8 or UTF-16, any case)."""
    return {secret for secret in SECRETS for form in {secret, secret.lower(), secret.upper()}
            for encoded in (form.encode(), form.encode("utf-16-le")) if encoded in data}


def state_hash(caucus, vault: str) -> str:
    return caucus(vault, "state-hash").stdout.strip()


def status(caucus, vault: str) -> dict:
    return json.loads(caucus(vault, "always-on", "status", "--json").stdout)


@pytest.mark.slow
def test_an_edit_on_a_reaches_b_through_the_box_and_a_revocation_cuts_b_off(
        caucus, box, tmp_path):
    # -- the branch: A founds it, B joins by USB; the members carry planted details
    caucus("a.caucus", "init", "--branch", "Northgate Bus Depot", "--device", "Ana's Thinkpad",
           "--kdf", "interactive")
    member = caucus("a.caucus", "member", "add", "--first", PLANTED["first"], "--last",
                    PLANTED["last"], "--email", PLANTED["email"], "--phone",
                    PLANTED["phone"]).stdout.strip()
    caucus("b.caucus", "device", "join-request", "--out", "b.req", "--device", "Ben's Netbook",
           "--kdf", "interactive")
    caucus("a.caucus", "device", "admit", "b.req", "--role", "secretary", "--out", "welcome")
    # B checks the branch fingerprint the admin reads out from A's device list
    listed = caucus("a.caucus", "device", "list").stderr
    fingerprint = re.search(r"Branch fingerprint: (\S+)", listed).group(1)
    caucus("b.caucus", "init", "--join", "welcome", "--fingerprint", fingerprint)

    # -- setting up, once: each laptop switches always-on on (its Syncthing ID goes into
    # the roster), the admin adds the box; one stick round (a meeting) spreads it all
    a_id = turn_on(caucus, "a.caucus")
    caucus("a.caucus", "always-on", "add-box", box.id, "--address", box.address,
           "--name", "Office Pi")
    caucus("a.caucus", "always-on", "off")
    b_id = turn_on(caucus, "b.caucus")
    caucus("b.caucus", "always-on", "off")
    (tmp_path / "stick").mkdir()
    for vault in ("a.caucus", "b.caucus", "a.caucus"):
        caucus(vault, "usb", "sync", "stick")
    assert syncthing_of(tmp_path, "a.caucus")[0] is None
    assert syncthing_of(tmp_path, "b.caucus")[0] is None
    # the box's owner adds the two laptops (as docs/always-on-box.md says)
    box.add_device(a_id)
    box.add_device(b_id)

    # -- A alone: an edit, with nothing but `watch` running
    assert syncthing_of(tmp_path, "b.caucus")[0] is None
    caucus("a.caucus", "always-on", "on", "--listen", "loopback")
    assert configured_devices(tmp_path, "a.caucus") == {a_id, b_id, box.id}
    folder_id = status(caucus, "a.caucus")["folder_id"]
    offered = wait_for(lambda: box.pending_folders().get(folder_id), "A to offer the folder")
    assert a_id in offered["offeredBy"]
    box.accept_folder(folder_id, [a_id, b_id])
    watch = caucus.start("a.caucus", "always-on", "watch", "--every", "1")
    try:
        caucus("a.caucus", "member", "edit", member, "--set", "job_title=Ombudsperson",
               "--set", "preferred_name=Wilhelmina")
        a_folder = tmp_path / "a.caucus.sync"

        def box_has_all_of_a() -> bool:
            mine = {p.name for p in a_folder.iterdir() if not p.name.startswith(".")}
            return bool(mine) and not status(caucus, "a.caucus")["local_pending"] \
                and mine <= box.files(folder_id)
        wait_for(box_has_all_of_a, "the box to hold all of A's bundles, the edit included")
    finally:
        stop_watch(watch)
    caucus("a.caucus", "always-on", "off")
    assert syncthing_of(tmp_path, "a.caucus")[0] is None  # A's Syncthing is gone
    a_hash = state_hash(caucus, "a.caucus")

    # a copy of A's vault writes a change nobody else has, into a bundle that lands in
    # B's folder only as a Syncthing conflict copy and as a half-transferred file
    for suffix in ("", ".sidecar", "-wal"):
        if (tmp_path / f"a.caucus{suffix}").exists():
            shutil.copyfile(tmp_path / f"a.caucus{suffix}", tmp_path / f"copy.caucus{suffix}")
    caucus("copy.caucus", "member", "add", "--first", "Ignatius", "--last", "Planted")
    caucus("copy.caucus", "bundle", "export", "--out", "planted.bundle")
    b_folder = tmp_path / "b.caucus.sync"
    stem = next(n for n in box.files(folder_id))[:-len(".caucusbundle")]
    junk = [f"{stem}.sync-conflict-20260101-120000-ABCDEFG.caucusbundle",
            f".syncthing.{stem}.caucusbundle.tmp", f"~syncthing~{stem}.caucusbundle.tmp"]
    for name in junk:
        shutil.copyfile(tmp_path / "planted.bundle", b_folder / name)

    # -- B alone: the edit arrives through the box, with no user action but `watch`
    assert state_hash(caucus, "b.caucus") != a_hash
    caucus("b.caucus", "always-on", "on", "--listen", "loopback")
    watch = caucus.start("b.caucus", "always-on", "watch", "--every", "1")
    try:
        wait_for(lambda: state_hash(caucus, "b.caucus") == a_hash, "B to reach A's state",
                 every=1.0)
    finally:
        out = stop_watch(watch)
    assert "changes in from" in out
    shown = json.loads(caucus("b.caucus", "member", "show", member, "--json").stdout)
    assert (shown["job_title"], shown["preferred_name"]) == ("Ombudsperson", "Wilhelmina")
    # the conflict copy and the partial files were never read, nor carried to the box
    # (Syncthing may itself reuse or drop a temp file of a name it is pulling)
    assert json.loads(caucus("b.caucus", "member", "list", "--search", "Ignatius",
                             "--json").stdout) == []
    assert (b_folder / junk[0]).is_file()
    assert not set(junk) & box.files(folder_id)
    seen = status(caucus, "b.caucus")
    assert seen["last_received_ms"] and seen["running"]
    assert {p["syncthing_id"]: p["kind"] for p in seen["peers"]} == {a_id: "laptop",
                                                                     box.id: "box"}
    caucus("b.caucus", "always-on", "off")

    # -- the box holds ciphertext only: none of the branch's names, emails or phones
    files = box.every_file()
    assert any(p.name.endswith(".caucusbundle") for p in files)
    for path in files:
        assert not secrets_in(path.read_bytes()), f"{secrets_in(path.read_bytes())} in {path}"
    # (the same look finds them in what is not encrypted: a plain export)
    caucus("a.caucus", "export", "--format", "csv", "--out", "plain.csv")
    assert {"Quartermaine", "zofia.q@example.org"} <= secrets_in(
        (tmp_path / "plain.csv").read_bytes())

    # -- A revokes B: B's device leaves A's Syncthing; what A writes after, B never gets
    assert syncthing_of(tmp_path, "b.caucus")[0] is None
    caucus("a.caucus", "always-on", "on", "--listen", "loopback")
    caucus("a.caucus", "device", "revoke", "Ben's Netbook", "--yes")
    caucus("a.caucus", "always-on", "sync")
    assert configured_devices(tmp_path, "a.caucus") == {a_id, box.id}
    caucus("a.caucus", "member", "edit", member, "--set", "job_title=After revocation")
    synced = json.loads(caucus("a.caucus", "always-on", "sync", "--json").stdout)
    after = Path(synced["written"]).name
    wait_for(lambda: after in box.files(folder_id), "the box to hold A's newest bundle")
    caucus("a.caucus", "always-on", "off")
    assert syncthing_of(tmp_path, "a.caucus")[0] is None
    a_hash = state_hash(caucus, "a.caucus")
    b_before = state_hash(caucus, "b.caucus")
    caucus("b.caucus", "always-on", "on", "--listen", "loopback")
    # the box still shares with B (its owner has not removed it yet): the file arrives,
    # sealed to a key B was never given
    wait_for(lambda: (b_folder / after).is_file(), "A's newest bundle to reach B's folder")
    synced = json.loads(caucus("b.caucus", "always-on", "sync", "--json").stdout)
    assert synced["applied"] == 0
    assert after in synced["skipped"] and "revoked" in synced["skipped"][after]
    caucus("b.caucus", "always-on", "off")
    assert state_hash(caucus, "b.caucus") == b_before != a_hash
    shown = json.loads(caucus("b.caucus", "member", "show", member, "--json").stdout)
    assert shown["job_title"] == "Ombudsperson"


def test_the_commands_say_plainly_what_is_wrong(caucus, tmp_path):
    """Without Syncthing running anywhere: each refusal is one line, no traceback."""
    caucus("a.caucus", "init", "--branch", "Depot", "--device", "A laptop", "--kdf",
           "interactive")
    assert caucus("a.caucus", "always-on", "status").stdout.strip() == "Always-on sync: off"
    off = caucus("a.caucus", "always-on", "sync", ok=False)
    assert off.returncode == 1 and "Always-on sync is off" in off.stderr
    far = caucus("a.caucus", "always-on", "on", "--attach", "10.0.0.7:8384", ok=False,
                 env={"CAUCUS_SYNCTHING_API_KEY": "some key"})
    assert far.returncode == 1 and "only to a Syncthing on this computer" in far.stderr
    shy = caucus("a.caucus", "always-on", "discovery", "on", ok=False)
    assert shy.returncode == 2 and "--yes" in shy.stderr
    assert "(IP) address" in shy.stderr  # the explanation comes first
    bad = caucus("a.caucus", "always-on", "add-box", "NOT-AN-ID", "--address",
                 "tcp://127.0.0.1:22000", ok=False)
    assert bad.returncode == 1 and "Syncthing device ID" in bad.stderr
    missing = caucus("a.caucus", "always-on", "on", ok=False,
                     env={"PATH": str(tmp_path / "nothing-here")})
    assert missing.returncode == 1
    assert "install the Debian package 'syncthing'" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    assert caucus("a.caucus", "always-on", "status").stdout.strip() == "Always-on sync: off"
