"""Always-on sync over loopback Syncthing, measured in a child process.

``python -m tests.benchmarks.always_on [--members N] [--repeats R]`` builds a fresh branch
whose laptops B and C1…CR joined while it was empty, gives each laptop a Syncthing of
its own (loopback, discovery off), and prints one JSON line:

- ``save_s``: a member saved on A (and A's always-on step, as the app runs it after a
  save) until B shows the change: Syncthing carries a small delta bundle, B1's event
  long-poll wakes, B's step imports it. Against ``save_copy_s``: the same change
  carried by copying the file between two local sync folders (sync_folder on each).
- ``catch_up_s``: a laptop that was off while the N members were written comes online
  (always-on switched on: its Syncthing starts) until it holds A's whole state. Against
  ``catch_up_copy_s``: the same bundles imported by sync_folder from a local folder.

Medians of R runs; every wait has a deadline. Both sides of each pair run in this same
process, one after the other, on the same machine.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sync import demo
from sync.always_on.process import OwnedSyncthing
from sync.folder import scan, sync_folder
from sync.ops import always_on
from sync.ops.session import Session
from sync.records import Branch
from sync.replica import Replica
from sync.store.vault import Vault, sidecar_path
from sync.trust import admit_device, create_branch, join_branch, join_request, prepare_device

from .harness import Context, Row, run_child

PASSPHRASE = "benchmark passphrase"
DEADLINE = 600.0
CATCH_UP_MEMBERS = 5000


def _vault(path: Path) -> Vault:
    return Vault.create(path, PASSPHRASE, "interactive")


def _session(vault: Vault) -> Session:
    return Session(vault, Branch(vault))


def _copy_vault(src: Path, dest: Path) -> Session:
    for suffix in ("", "-wal"):
        if Path(f"{src}{suffix}").exists():
            shutil.copyfile(f"{src}{suffix}", f"{dest}{suffix}")
    shutil.copyfile(sidecar_path(src), sidecar_path(dest))
    return _session(Vault.open(dest, PASSPHRASE))


def _exchange(sessions: list[Session]) -> None:
    for src in sessions:
        for dst in sessions:
            if src is not dst:
                dst.replica.receive(list(src.replica.export_changesets()))


def _log(text: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {text}", file=sys.stderr, flush=True)


def _until(condition, what: str) -> None:
    deadline = time.monotonic() + DEADLINE
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")


def _wait_applied(session: Session, events, done) -> None:
    """Let ``session``'s watcher take its steps until ``done()``: each step after
    Syncthing reports an arrival (or after a silent wait of at most five seconds)."""
    def step() -> bool:
        events.wait(5)
        always_on.sync_now(session)
        return done()
    _until(step, "the change to arrive")


def _join(a: Session, work: Path, name: str) -> Session:
    vault = _vault(work / f"{name}.caucus")
    replica = Replica(vault)
    prepare_device(replica, f"laptop {name}")
    welcome = work / f"welcome-{name}"
    admit_device(a.replica, join_request(replica), "secretary", welcome)
    join_branch(replica, welcome)
    return _session(vault)


def _bundles(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.suffix == ".caucusbundle"]


def measure(members: int, repeats: int, work: Path) -> dict:
    vault = _vault(work / "a.caucus")
    a = Session(vault, Branch(vault, create_branch(vault, "Benchmark branch", "laptop A")))
    b = _join(a, work, "b")
    later = [_join(a, work, f"c{i}") for i in range(repeats)]  # online only to catch up
    everyone = [a, b, *later]
    for session in everyone:
        always_on.enable(session, listen="loopback")
    _exchange(everyone)
    for session in everyone:
        always_on.sync_now(session)
    for session in later:
        always_on.disable(session)
    _log("laptops ready")

    # -- a save on A shown on B (both online), against a copy between local folders
    events = always_on.link(b).events()
    events.wait(0)
    member = a.branch.add_member(first_name="Latency", last_name="Probe")
    always_on.sync_now(a)
    _wait_applied(b, events, lambda: _has(b, member))
    here, there = work / "folder-a", work / "folder-b"
    here.mkdir()
    there.mkdir()
    copy_a = _copy_vault(a.path, work / "copy-a.caucus")
    copy_b = _copy_vault(b.path, work / "copy-b.caucus")
    sync_folder(copy_a.replica, here)
    for item in _bundles(here):
        shutil.copyfile(item, there / item.name)
    sync_folder(copy_b.replica, there)
    saves, copies = [], []
    for n in range(repeats):
        title = f"Steward {n}"
        start = time.perf_counter()
        a.branch.update_member(member, job_title=title)
        always_on.sync_now(a)
        _wait_applied(b, events, lambda t=title: b.branch.get_member(member).job_title == t)
        saves.append(time.perf_counter() - start)
        start = time.perf_counter()
        copy_a.branch.update_member(member, job_title=title)
        written = sync_folder(copy_a.replica, here).written
        shutil.copyfile(written, there / written.name)
        sync_folder(copy_b.replica, there)
        copies.append(time.perf_counter() - start)
        if copy_b.branch.get_member(member).job_title != title:
            raise AssertionError("the local copy did not carry the change")
    copy_a.lock()
    copy_b.lock()
    always_on.disable(b)

    _log(f"saves {saves}, copies {copies}")
    # -- the whole branch written on A while the others are off; each comes online
    demo.populate(a.branch, members=members, seed=3)
    _log("populated")
    always_on.sync_now(a)
    _log("A wrote its bundles")
    target = a.replica.state_hash()
    files = scan(a.replica, Path(always_on.settings(a).folder)).own  # A's bundles only
    catch_ups, catch_copies = [], []
    for i, session in enumerate(later):
        baseline = _copy_vault(session.path, work / f"copy-c{i}.caucus")
        start = time.perf_counter()
        always_on.enable(session)
        events = always_on.link(session).events()
        events.wait(0)
        _wait_applied(session, events, lambda s=session: s.replica.state_hash() == target)
        catch_ups.append(time.perf_counter() - start)
        always_on.disable(session)
        local = work / f"local-{i}"
        local.mkdir()
        for item in files:
            shutil.copyfile(item, local / item.name)
        start = time.perf_counter()
        sync_folder(baseline.replica, local)
        catch_copies.append(time.perf_counter() - start)
        _log(f"catch-up {catch_ups[-1]:.2f} s, copy {catch_copies[-1]:.2f} s")
        if baseline.replica.state_hash() != target:
            raise AssertionError("the local copy did not catch up")
        baseline.lock()
    always_on.disable(a)
    for session in everyone:
        session.lock()
    return {
        "members": members, "repeats": repeats,
        "bundle_mb": sum(p.stat().st_size for p in files) / 1e6,
        "save_s": statistics.median(saves), "save_max_s": max(saves),
        "save_copy_s": statistics.median(copies),
        "catch_up_s": statistics.median(catch_ups), "catch_up_max_s": max(catch_ups),
        "catch_up_copy_s": statistics.median(catch_copies),
    }


def _has(session: Session, member: str) -> bool:
    try:
        session.branch.get_member(member)
    except Exception:  # noqa: BLE001 - UnknownId until it arrives
        return False
    return True


def always_on_sync(ctx: Context) -> list[Row]:
    """Always-on sync over loopback Syncthing (this module, in a child process): a save
    on A shown on B, and a 5,000-member branch caught up by a laptop coming online, each
    beside the same transfer by a copy between local sync folders."""
    summary = run_child("tests.benchmarks.always_on", "--members", str(CATCH_UP_MEMBERS),
                        "--repeats", "3")
    return [
        Row("always-on: a save on A shown on B over loopback Syncthing, median of 3 "
            "(baseline: the same change carried by a local sync-folder copy)",
            summary["save_s"], "s", baseline=summary["save_copy_s"],
            note=f"always-on save: max {summary['save_max_s']:.3f} s; the app starts a step "
                 "on its 2 s poll or at once after a save"),
        Row(f"always-on: a laptop coming online catches up a {CATCH_UP_MEMBERS:,}-member "
            "branch over loopback Syncthing, median of 3 (baseline: the same bundles "
            "imported from a local folder)", summary["catch_up_s"], "s",
            baseline=summary["catch_up_copy_s"],
            note=f"always-on catch-up: {summary['bundle_mb']:,.1f} MB of bundles, max "
                 f"{summary['catch_up_max_s']:.2f} s, Syncthing's start included"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.always_on")
    parser.add_argument("--members", type=int, default=CATCH_UP_MEMBERS)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="caucus-bench-always-on-"))
    try:
        print(json.dumps(measure(args.members, args.repeats, work)))
    finally:  # even after a failure: no Syncthing of this run is left running
        for home in work.glob("*.syncthing"):
            OwnedSyncthing(home).kill()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
