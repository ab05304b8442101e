"""The sync commands end to end, as real subprocesses on real vaults: joining by USB,
a USB sync folder, conflicts, revocation and bundles."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

PASS = "correct horse battery staple"


@pytest.fixture
def caucus(tmp_path):
    env = {**os.environ, "CAUCUS_PASSPHRASE": PASS}
    env.pop("CAUCUS_VAULT", None)

    def run(vault: str, *args: str, ok: bool = True) -> subprocess.CompletedProcess:
        proc = subprocess.run(
            [sys.executable, "-m", "sync.cli", "--vault", str(tmp_path / vault), *args],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
        )
        assert "Traceback" not in proc.stderr
        if ok:
            assert proc.returncode == 0, proc.stderr
        return proc
    return run


@pytest.fixture
def two_laptops(caucus, tmp_path):
    caucus("a.caucus", "init", "--branch", "Depot", "--device", "A laptop",
           "--kdf", "interactive")
    member = caucus("a.caucus", "member", "add", "--first", "Ana", "--last", "Silva",
                    "--email", "ana@example.org").stdout.strip()
    caucus("b.caucus", "device", "join-request", "--out", "b.req", "--device", "B laptop",
           "--kdf", "interactive")
    caucus("a.caucus", "device", "admit", "b.req", "--role", "secretary",
           "--out", "welcome.caucus")
    out = caucus("b.caucus", "init", "--join", "welcome.caucus",
                 "--fingerprint", fingerprint_of(caucus, "a.caucus")).stdout
    assert "Joined Depot as secretary" in out
    return member


def fingerprint_of(caucus, vault: str) -> str:
    """The branch fingerprint a laptop shows under its devices (the admin reads it out)."""
    listed = caucus(vault, "device", "list")
    return re.search(r"Branch fingerprint: (\S+)", listed.stderr).group(1)


def test_join_by_usb_then_sync_folder_converges_and_shows_the_conflict(caucus, two_laptops,
                                                                       tmp_path):
    member = two_laptops
    show = json.loads(caucus("b.caucus", "member", "show", member, "--json").stdout)
    assert show["emails"] == ["ana@example.org"]
    caucus("b.caucus", "member", "edit", member, "--set", "job_title=Porter")
    caucus("a.caucus", "member", "edit", member, "--set", "job_title=Driver")
    (tmp_path / "stick").mkdir()
    for vault in ("a.caucus", "b.caucus", "a.caucus"):
        caucus(vault, "usb", "sync", "stick")
    hashes = {caucus(v, "state-hash").stdout for v in ("a.caucus", "b.caucus")}
    assert len(hashes) == 1
    conflicts = json.loads(caucus("a.caucus", "conflicts", "list", "--json").stdout)
    assert [c["field"] for c in conflicts] == ["job_title"]
    assert sorted(c["value"] for c in conflicts[0]["candidates"]) == ["Driver", "Porter"]
    caucus("a.caucus", "conflicts", "resolve", conflicts[0]["id"], "--keep", "theirs")
    assert json.loads(caucus("a.caucus", "conflicts", "list", "--json").stdout) == []
    caucus("a.caucus", "usb", "sync", "stick")
    caucus("b.caucus", "usb", "sync", "stick")
    assert json.loads(caucus("b.caucus", "member", "show", member,
                             "--json").stdout)["job_title"] == "Porter"
    assert json.loads(caucus("b.caucus", "conflicts", "list", "--json").stdout) == []


def test_bundle_round_trip_and_replay(caucus, two_laptops, tmp_path):
    caucus("a.caucus", "member", "add", "--first", "Bilal", "--last", "Okafor")
    caucus("a.caucus", "bundle", "export", "--out", "a.bundle")
    first = json.loads(caucus("b.caucus", "bundle", "import", "a.bundle", "--json").stdout)
    assert first["applied"] == 1 and first["rejected"] == []
    again = json.loads(caucus("b.caucus", "bundle", "import", "a.bundle", "--json").stdout)
    assert again["applied"] == 0 and again["already"] == first["applied"] + first["already"]
    assert caucus("a.caucus", "state-hash").stdout == caucus("b.caucus", "state-hash").stdout


def test_revoked_laptop_cannot_read_later_bundles(caucus, two_laptops, tmp_path):
    devices = json.loads(caucus("a.caucus", "device", "list", "--json").stdout)
    b_id = next(d["id"] for d in devices if d["name"] == "B laptop")
    refused = caucus("a.caucus", "device", "revoke", b_id, ok=False)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    out = caucus("a.caucus", "device", "revoke", b_id, "--yes")
    assert "cannot be wiped remotely" in out.stderr
    devices = json.loads(caucus("a.caucus", "device", "list", "--json").stdout)
    assert next(d for d in devices if d["id"] == b_id)["revoked"]
    caucus("a.caucus", "member", "add", "--first", "Chidi", "--last", "Nowak")
    caucus("a.caucus", "bundle", "export", "--out", "later.bundle")
    failed = caucus("b.caucus", "bundle", "import", "later.bundle", ok=False)
    assert failed.returncode == 1
    assert failed.stderr.count("\n") == 1 and "revoked" in failed.stderr
    names = caucus("b.caucus", "member", "list").stdout
    assert "Chidi" not in names


def test_a_secretary_cannot_admit_or_revoke(caucus, two_laptops, tmp_path):
    caucus("c.caucus", "device", "join-request", "--out", "c.req", "--device", "C laptop",
           "--kdf", "interactive")
    refused = caucus("b.caucus", "device", "admit", "c.req", "--role", "secretary",
                     "--out", "w2", ok=False)
    assert refused.returncode == 1 and "admin" in refused.stderr
    assert not (tmp_path / "w2").exists()


def test_a_welcome_file_for_another_laptop_is_refused(caucus, two_laptops, tmp_path):
    caucus("c.caucus", "device", "join-request", "--out", "c.req", "--device", "C laptop",
           "--kdf", "interactive")
    failed = caucus("c.caucus", "init", "--join", "welcome.caucus", ok=False)
    assert failed.returncode == 1 and "another device" in failed.stderr


def test_joining_with_a_fingerprint_refuses_any_other_branch(caucus, two_laptops, tmp_path):
    real = fingerprint_of(caucus, "a.caucus")
    caucus("c.caucus", "device", "join-request", "--out", "c.req", "--device", "C laptop",
           "--kdf", "interactive")
    caucus("a.caucus", "device", "admit", "c.req", "--role", "viewer", "--out", "w-c")
    wrong = caucus("c.caucus", "init", "--join", "w-c", "--fingerprint", "AAAA-BBBB-CCCC-DDDD",
                   ok=False)
    assert wrong.returncode == 1 and "another branch" in wrong.stderr
    assert real in wrong.stderr  # what the file says, to compare
    assert "0 members" in caucus("c.caucus", "member", "list").stderr  # nothing imported
    done = caucus("c.caucus", "init", "--join", "w-c", "--fingerprint", real.lower())
    assert "Joined Depot as viewer" in done.stdout


def test_joining_without_a_terminal_needs_the_fingerprint(caucus, two_laptops, tmp_path):
    """No one at a terminal to compare the fingerprints: refused, nothing imported."""
    caucus("c.caucus", "device", "join-request", "--out", "c.req", "--device", "C laptop",
           "--kdf", "interactive")
    caucus("a.caucus", "device", "admit", "c.req", "--role", "viewer", "--out", "w-c")
    refused = caucus("c.caucus", "init", "--join", "w-c", ok=False)
    assert refused.returncode == 2
    assert "--fingerprint" in refused.stderr and "Devices" in refused.stderr
    assert "Nothing was imported" in refused.stderr
    assert "0 members" in caucus("c.caucus", "member", "list").stderr
    done = caucus("c.caucus", "init", "--join", "w-c", "--fingerprint",
                  fingerprint_of(caucus, "a.caucus"))
    assert "Joined Depot as viewer" in done.stdout
    again = caucus("c.caucus", "init", "--join", "w-c")
    assert "already joined Depot as viewer" in again.stdout
