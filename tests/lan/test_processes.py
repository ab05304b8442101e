"""Real ``caucus lan`` processes on loopback: convergence, refusals, bad peers, kills."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from sync import changes
from sync.changes import new_id
from sync.replica import Replica
from sync.trust import revoke_device
from tests.lan.procs import RAWPEER, Proc, env, rawpeer, run, state_hash
from tests.replicas import open_with_key

SERVE = ["lan", "serve", "--bind", "127.0.0.1"]


@pytest.fixture
def vaults(branches):
    """The cloned vaults' paths; the Branch objects stay usable until ``close()``."""

    class Vaults(dict):
        def close(self) -> None:
            for branch in branches.values():
                if branch.vault.is_open:
                    branch.vault.lock()

    out = Vaults({name: b.vault.path for name, b in branches.items()})
    out.branches = branches
    return out


def add_members(branch, prefix: str, n: int) -> None:
    for i in range(n):
        branch.add_member(first_name=f"{prefix}{i}", last_name="Member")


def test_two_processes_converge_both_directions_in_one_session(vaults, tmp_path):
    add_members(vaults.branches["founder"], "F", 3)
    add_members(vaults.branches["sec0"], "S", 2)
    vaults.close()
    with Proc(SERVE, vaults["founder"], tmp_path / "logs", "founder") as server:
        host, port = server.wait_listening()
        done = run(["lan", "sync", "--peer", f"{host}:{port}", "--json"], vaults["sec0"])
        assert done.returncode == 0, done.stderr
        (result,) = json.loads(done.stdout)
        assert result["complete"] and result["peer_name"] == "founder laptop"
        assert result["sent"] == 2 and result["received"]["applied"] == 3
        server.wait_for(r"synced with secretary 0 laptop \(\w+\) at 127\.0\.0\.1:\d+: "
                        r"received 2 \(2 applied\), sent 3")
    assert state_hash(vaults["founder"]) == state_hash(vaults["sec0"])


def test_three_processes_converge(vaults, tmp_path):
    for name in ("founder", "sec0", "sec1"):
        add_members(vaults.branches[name], name, 2)
    vaults.close()
    logs = tmp_path / "logs"
    with Proc(SERVE, vaults["founder"], logs, "a") as a, Proc(SERVE, vaults["sec0"], logs,
                                                                   "b") as b:
        pa, pb = a.wait_listening(), b.wait_listening()
        peers = [f"{pa[0]}:{pa[1]}", f"{pb[0]}:{pb[1]}", f"{pa[0]}:{pa[1]}"]
        done = run(["lan", "sync", *[x for p in peers for x in ("--peer", p)]], vaults["sec1"])
        assert done.returncode == 0, done.stderr
        assert done.stdout.count("Synced with") == 3
    hashes = {name: state_hash(vaults[name]) for name in ("founder", "sec0", "sec1")}
    assert len(set(hashes.values())) == 1, hashes


def founder_key(vaults) -> str:
    return vaults.branches["founder"].replica.device_id


def test_outsiders_unknown_and_revoked_devices_get_no_data(vaults, tmp_path, lan_template):
    from sync.records import Branch
    from sync.store.vault import Vault
    from sync.trust import create_branch

    branches = vaults.branches
    founder = branches["founder"]
    server_key = founder_key(vaults)
    # A device of another branch, with that branch's key.
    outsider = tmp_path / "outsider.caucus"
    Branch(create_branch(Vault.create(outsider, "correct horse battery staple", "interactive"),
                         "Other Branch", "outsider laptop").vault).vault.lock()
    # A device nobody admitted, holding a copy of this branch's key (a leaked key).
    spare = branches["spare"].replica
    # Revoke sec1: the branch key rotates to epoch 1, which sec1 never receives.
    revoke_device(founder.replica, branches["sec1"].replica.device_id)
    epoch1 = founder.replica.secret("branch_key.1")
    with spare.sql_transaction():
        spare.set_secret("branch_key.1", epoch1)
        spare.set_meta("branch_id", founder.replica.branch_id.hex())
        spare.set_meta("key_epoch", "1")
    # sec1 also gets a stolen copy of the new key, stored beside its own old one.
    stolen = tmp_path / "sec1-stolen.caucus"
    branches["sec1"].vault.backup(stolen)
    thief = open_with_key(stolen, lan_template.keys["sec1"])
    with Replica(thief).sql_transaction():
        Replica(thief).set_secret("branch_key.1", epoch1)
    thief.lock()
    before = branches["sec1"].replica.state_hash()
    vaults.close()

    with Proc(SERVE, vaults["founder"], tmp_path / "logs", "founder") as server:
        host, port = server.wait_listening()
        address = f"{host}:{port}"
        # all at once: the server turns each away while it serves sec0
        with ThreadPoolExecutor(max_workers=8) as pool:
            jobs = {
                "other": pool.submit(rawpeer, "handshake,probe", address, server_key,
                                     outsider),
                "unknown": pool.submit(rawpeer, "handshake", address, server_key,
                                       vaults["spare"]),
                "revoked": pool.submit(rawpeer, "handshake", address, server_key,
                                       vaults["sec1"]),
                "stolen": pool.submit(rawpeer, "handshake", address, server_key, stolen,
                                      "--epoch", "1"),
                "other_cli": pool.submit(run, ["lan", "sync", "--peer", address], outsider),
                "revoked_cli": pool.submit(run, ["lan", "sync", "--peer", address],
                                           vaults["sec1"]),
                "good": pool.submit(run, ["lan", "sync", "--peer", address], vaults["sec0"]),
            }
            got = {name: job.result(timeout=120) for name, job in jobs.items()}
        handshake, probe = got["other"]
        assert handshake["received"] == 0 and not handshake["msg4"]
        assert probe["received"] == 0
        assert got["unknown"]["received"] == 64 and not got["unknown"]["msg4"]  # msg2 only
        assert got["revoked"]["received"] == 64 and not got["revoked"]["msg4"]
        assert got["stolen"]["received"] == 64 and not got["stolen"]["msg4"]
        assert got["other_cli"].returncode == 1
        assert "did not recognise this laptop" in got["other_cli"].stderr
        # sec1 holds only the old key and cannot prove to be active: its probe goes unanswered
        assert got["revoked_cli"].returncode == 1
        assert "did not recognise this laptop" in got["revoked_cli"].stderr
        assert got["good"].returncode == 0, got["good"].stderr
        log = server.wait_for("synced with secretary 0")
    assert log.count("not on this branch's meeting network") >= 3
    assert "is not in this branch's roster" in log
    assert "device secretary 1 laptop" in log and "was revoked" in log
    assert "did not prove to be an active device" in log
    sec1 = open_with_key(vaults["sec1"], lan_template.keys["sec1"])
    sec0 = open_with_key(vaults["sec0"], lan_template.keys["sec0"])
    try:
        assert Replica(sec1).state_hash() == before  # nothing arrived
        # sec0 was still on the old key; syncing with the admin's laptop gave it the new one
        assert Replica(sec0).meta("key_epoch") == "1"
    finally:
        sec0.lock()
        sec1.lock()


def test_bad_peers_are_dropped_with_a_log_line_while_others_are_served(vaults, tmp_path):
    add_members(vaults.branches["founder"], "F", 2)
    vaults.close()
    key = founder_key(vaults)
    serve = [*SERVE, "--idle-timeout", "3"]
    with Proc(serve, vaults["founder"], tmp_path / "logs", "founder") as server:
        host, port = server.wait_listening()
        address = f"{host}:{port}"
        stalled = subprocess.Popen(
            [*RAWPEER, "midframe", address, key, "--vault", str(vaults["sec0"]), "--wait", "20"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
        try:
            corrupt, oversize = rawpeer("corrupt,oversize", address, key, vaults["sec0"])
            good = run(["lan", "sync", "--peer", address, "--json"], vaults["sec1"])
            out, err = stalled.communicate(timeout=60)
        finally:
            if stalled.poll() is None:
                stalled.kill()
                stalled.wait(10)
        stalled_result = json.loads(out.strip().splitlines()[-1])
        assert good.returncode == 0 and json.loads(good.stdout)[0]["received"]["applied"] == 2
        log = server.wait_for("stopped answering", 10)
    assert corrupt["msg4"] and corrupt["closed_after"] < 2.5
    assert oversize["msg4"] and oversize["closed_after"] < 2.5
    assert stalled_result["msg4"] and 2 <= stalled_result["closed_after"] < 15
    del err
    lines = [line for line in log.splitlines() if line.startswith("caucus lan: broken")]
    assert any("failed authentication" in line for line in lines), log
    assert any("larger than allowed" in line for line in lines), log
    assert any("stopped answering" in line for line in lines), log
    assert all("secretary 0 laptop" in line for line in lines)
    # the good peer was served while the stalled one was still connected
    assert log.index("synced with secretary 1 laptop") < log.index("stopped answering")


# -- interruptions -----------------------------------------------------------------------
CHANGES = 5000


@pytest.fixture(scope="session")
def five_thousand(lan_template, tmp_path_factory):
    """sec0 with 5,000 change sets of its own (signed chain), that founder does not have."""
    folder = tmp_path_factory.mktemp("five-thousand")
    branches = lan_template.clone(folder)
    replica = branches["sec0"].replica
    me = replica.device_id
    vv = replica.version_vector()
    seq = vv.get(me, 0)
    prev = None
    for item in replica.export_changesets():
        cs = changes.verify(*item)
        if cs.author == replica.device_pk and cs.seq == seq:
            prev = cs.hash
    deps = {bytes.fromhex(k): v for k, v in vv.items() if k != me}
    hlc = changes.wall_hlc()
    items = []
    for i in range(CHANGES):
        seq += 1
        hlc += 1
        cs = changes.build(replica.signing_key, replica.branch_id, seq, prev, hlc, deps,
                           [("member", new_id(), {"first_name": f"K{i}", "last_name": "Kill"})])
        prev = cs.hash
        items.append((cs.body, cs.sig, cs.vals))
    replica.conn.execute("PRAGMA synchronous = OFF")
    report = replica.receive(items, batch_size=500)
    assert report.applied == CHANGES, report.summary()
    for branch in branches.values():
        branch.vault.lock()
    return folder


@pytest.mark.slow
def test_killing_either_side_at_random_points_then_syncing_again_converges(
        five_thousand, lan_template, tmp_path):
    for name in ("founder", "sec0"):
        for suffix in ("", ".sidecar"):
            shutil.copyfile(five_thousand / f"{name}.caucus{suffix}",
                            tmp_path / f"{name}.caucus{suffix}")
    source, sink = tmp_path / "sec0.caucus", tmp_path / "founder.caucus"
    watcher = open_with_key(sink, lan_template.keys["founder"])
    src = open_with_key(source, lan_template.keys["sec0"])
    source_device = Replica(src).device_id
    src.lock()

    def held() -> int:
        return Replica(watcher).version_vector().get(source_device, 0)

    rng = random.Random(5000)
    start = held()
    total = start + CHANGES
    progress = [start]
    logs = tmp_path / "logs"
    server: Proc | None = None
    sink_serves = False
    kills = {"server": 0, "client": 0}
    try:
        for cycle in range(10):
            if server is None:  # (re)start a server, the two laptops taking turns
                sink_serves = not sink_serves
                server = Proc(SERVE, sink if sink_serves else source, logs, f"s{cycle}")
                host, port = server.wait_listening()
            client_vault = source if sink_serves else sink
            victim = rng.choice(["server", "client"])
            # A random point: mostly mid-stream (just after a batch of this session
            # committed, the next one in flight), otherwise a random moment after the
            # client starts (during its start-up, the handshake or the transfer).
            before = held()
            client = Proc(["lan", "sync", "--peer", f"{host}:{port}"], client_vault, logs,
                          f"c{cycle}")
            mid_stream = rng.random() < 0.7
            moment = time.monotonic() + (30 if mid_stream else rng.uniform(0.2, 2.0))
            while held() == before and client.popen.poll() is None and (
                    time.monotonic() < moment):
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.02))
            kills[victim] += 1
            if victim == "server":
                server.kill()
                server = None
                client.stop(30)
            else:
                client.kill()
            now = held()
            assert now >= progress[-1]  # nothing committed is ever lost
            progress.append(now)
        if server is not None:
            server.stop()
            server = None
        assert progress[-1] < total, f"the kills came too late to interrupt: {progress}"
        assert progress[-1] > start, f"nothing arrived before the kills: {progress}"
        assert kills["server"] and kills["client"], kills
        with Proc(SERVE, source, logs, "final") as server:
            host, port = server.wait_listening()
            done = run(["lan", "sync", "--peer", f"{host}:{port}", "--json"], sink,
                       timeout=300)
            assert done.returncode == 0, done.stderr
        assert held() == total
        assert Replica(watcher).verify_all()[1] == []
    finally:
        watcher.lock()
        if server is not None:
            server.kill()
    assert state_hash(sink) == state_hash(source)
