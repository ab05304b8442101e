"""Real hosts: laptops in their own network namespaces, joined by a bridge, find each other
by real multicast DNS, sync and pair; a raw capture of all mDNS traffic shows no name.

Needs root and ``ip`` (iproute2): without them these tests FAIL, they do not skip (CI
runs as root and installs iproute2). Every namespace and link is created under a
unique name by the ``lab`` fixture and deleted by its finalizer; nothing outside those
namespaces is touched. Each laptop also gets its own UTS namespace with a planted
hostname, so the capture can prove the machine's hostname never goes on the wire.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.lan import mdns_capture
from tests.lan.procs import REPO, Proc, env, run, state_hash

SUBNET = "10.231.7"
PLANTED_HOSTNAME = "ana-lopez-thinkpad"
MEMBERS = [("Wilhelmina", "Quarrington"), ("Bartholomew", "Okonkwo-Sterling")]


def sh(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=20, check=check)


@dataclass
class Lab:
    tag: str
    hub: str
    nodes: dict[str, str] = field(default_factory=dict)  # name -> namespace
    addresses: dict[str, str] = field(default_factory=dict)

    def prefix(self, node: str, hostname: str = PLANTED_HOSTNAME) -> list[str]:
        """Run inside ``node``'s namespace, in a UTS namespace with a planted hostname."""
        return ["ip", "netns", "exec", self.nodes[node], "unshare", "--uts", "sh", "-c",
                'hostname "$0" && exec "$@"', hostname]


@pytest.fixture
def lab(request):
    if os.geteuid() != 0:
        pytest.fail("the network-namespace tests need root (CI runs them as root)")
    if shutil.which("ip") is None or shutil.which("unshare") is None:
        pytest.fail("the network-namespace tests need iproute2 ('ip') and util-linux "
                    "('unshare'); .ci/run installs them")
    tag = secrets.token_hex(3)
    lab = Lab(tag, f"cau{tag}hub")
    created: list[str] = []

    def cleanup() -> None:
        for ns in reversed(created):
            sh("ip", "netns", "del", ns, check=False)

    request.addfinalizer(cleanup)
    sh("ip", "netns", "add", lab.hub)
    created.append(lab.hub)
    sh("ip", "-n", lab.hub, "link", "add", "br0", "type", "bridge")
    sh("ip", "-n", lab.hub, "link", "set", "br0", "type", "bridge", "mcast_snooping", "0")
    sh("ip", "-n", lab.hub, "link", "set", "br0", "up")
    for index, node in enumerate(("a", "b", "c"), start=1):
        ns = f"cau{tag}{node}"
        sh("ip", "netns", "add", ns)
        created.append(ns)
        inner, outer = f"c{tag}{node}0", f"c{tag}{node}1"
        sh("ip", "link", "add", inner, "netns", ns, "type", "veth", "peer", "name", outer,
           "netns", lab.hub)
        sh("ip", "-n", lab.hub, "link", "set", outer, "master", "br0", "up")
        sh("ip", "-n", ns, "addr", "add", f"{SUBNET}.{index}/24", "dev", inner)
        sh("ip", "-n", ns, "link", "set", inner, "up")
        sh("ip", "-n", ns, "link", "set", "lo", "up")
        sh("ip", "-n", ns, "route", "add", "224.0.0.0/4", "dev", inner)
        lab.nodes[node] = ns
        lab.addresses[node] = f"{SUBNET}.{index}"
    return lab


class Capture:
    """A raw capture of all mDNS packets crossing the hub (every port of the bridge)."""

    def __init__(self, lab: Lab, path: Path) -> None:
        self.path = path
        self.popen = subprocess.Popen(
            ["ip", "netns", "exec", lab.hub, sys.executable, "-m", "tests.lan.mdns_capture",
             str(path), "240"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env(), cwd=REPO)
        line = self.popen.stdout.readline()
        if line.strip() != "ready":
            raise AssertionError(f"capture did not start: {line} {self.popen.stderr.read()}")

    def stop(self) -> list[bytes]:
        if self.popen.poll() is None:
            self.popen.terminate()
        self.popen.communicate(timeout=20)
        return mdns_capture.read(str(self.path))


def planted_strings(branch_names: list[str], device_names: list[str]) -> list[bytes]:
    words = [*branch_names, *device_names, *(f"{a} {b}" for a, b in MEMBERS),
             *(w for pair in MEMBERS for w in pair), PLANTED_HOSTNAME, "caucus", "Caucus"]
    real = socket.gethostname()
    if len(real) >= 4:
        words.append(real)
    out = []
    for word in words:
        out += [word.encode(), word.lower().encode(), word.encode("utf-16-le")]
        out += [part.encode() for part in word.split() if len(part) >= 5]
    return out


def test_laptops_in_separate_namespaces_discover_each_other_and_sync(lab, branches, tmp_path):
    founder, sec0 = branches["founder"], branches["sec0"]
    founder.add_member(first_name=MEMBERS[0][0], last_name=MEMBERS[0][1])
    sec0.add_member(first_name=MEMBERS[1][0], last_name=MEMBERS[1][1])
    device_names = [b.device_name for b in branches.values()]
    branch_name = founder.name
    for branch in branches.values():
        branch.vault.lock()
    paths = {name: b.vault.path for name, b in branches.items()}
    logs = tmp_path / "logs"
    capture = Capture(lab, tmp_path / "mdns.bin")
    serve = ["lan", "serve", "--announce"]
    try:
        with Proc(serve, paths["founder"], logs, "a", prefix=lab.prefix("a")) as a, \
                Proc(serve, paths["sec0"], logs, "b", prefix=lab.prefix("b")) as b:
            a.wait_listening()
            b.wait_listening()
            a.wait_for("Meeting mode is on")
            b.wait_for("Meeting mode is on")
            peers = run(["lan", "peers", "--json", "--timeout", "8"], paths["sec1"],
                        prefix=lab.prefix("c"))
            assert peers.returncode == 0, peers.stderr
            found = {p["name"]: p for p in json.loads(peers.stdout)}
            assert set(found) == {"founder laptop", "secretary 0 laptop"}, found
            assert found["founder laptop"]["addresses"] == [lab.addresses["a"]]
            assert found["secretary 0 laptop"]["addresses"] == [lab.addresses["b"]]
            for attempt in range(2):  # the second round carries b's data on to a
                done = run(["lan", "sync", "--json", "--timeout", "8"], paths["sec1"],
                           prefix=lab.prefix("c"))
                assert done.returncode == 0, done.stderr
                results = json.loads(done.stdout)
                assert len(results) == 2 and all(r["complete"] for r in results), results
                del attempt
    finally:
        packets = capture.stop()
    hashes = {name: state_hash(paths[name]) for name in ("founder", "sec0", "sec1")}
    assert len(set(hashes.values())) == 1, hashes
    # the capture saw the announcements, and nothing that names anyone
    blob = b"\n".join(packets)
    assert len(packets) >= 5 and b"\x05_http\x04_tcp\x05local" in blob
    for secret in planted_strings([branch_name], device_names):
        assert secret not in blob, f"{secret!r} went out over mDNS"


def test_pairing_finds_the_admin_by_mdns_across_namespaces(lab, branches, tmp_path):
    for branch in branches.values():
        branch.vault.lock()
    founder = branches["founder"].vault.path
    new_vault = tmp_path / "new.caucus"
    capture = Capture(lab, tmp_path / "mdns.bin")
    code = "31-415-926"
    try:
        with Proc(["lan", "pair", "--role", "secretary", "--yes", "--code", code], founder,
                  tmp_path / "logs", "admin", prefix=lab.prefix("a")) as admin:
            admin.wait_listening()
            done = run(["lan", "join", "--code", code, "--device", "Planted Newcomer laptop",
                        "--kdf", "interactive", "--timeout", "10"], new_vault,
                       prefix=lab.prefix("c"))
            assert done.returncode == 0, done.stderr
            assert admin.wait(30) == 0
    finally:
        packets = capture.stop()
    assert "Joined 'Riverside Tenants' as secretary" in done.stdout
    blob = b"\n".join(packets)
    assert packets and b"\x05_http\x04_tcp\x05local" in blob
    for secret in planted_strings(["Riverside Tenants"], ["Planted Newcomer laptop",
                                                          "founder laptop"]):
        assert secret not in blob
    assert code.replace("-", "").encode() not in blob and code[3:].encode() not in blob
