"""Crash safety of a bundle import (ARCHITECTURE §7, §9): a child process importing a
large bundle into a real vault is killed with SIGKILL at random moments.

After every kill the vault must open, pass SQLite's and SQLCipher's integrity checks,
and hold exactly the change sets of some whole number of batches (each batch of 400
bundle items is one transaction: the stored set is the vault's own set plus a prefix of
the bundle ending at a batch boundary), with the very state a replica that received
just that prefix has. Importing again — into the same, interrupted vault, possibly
interrupted again — ends in the state of an uninterrupted import.

Kill points are uniform over what is left of the import once the vault is open; a
vault is resumed (and maybe killed again) twice before a fresh one is taken, so kills
spread over every batch. Twenty kills, within a time budget (on a machine so loaded
that they do not fit, at least ten). Set CAUCUS_CRASH_SEED to replay a run; the seed
is printed (shown on failure).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sync import changes
from sync.bundle import export_bundle, import_bundle
from sync.progress import Progress
from sync.replica import Replica

from .bundlefile import branch_key, bundle_items
from .replicas import build_template, open_with_key

N_CHANGESETS = 900  # each: two members and a note about one of them (1,800 members)
BATCH = 400  # Replica.receive's default batch, which import_bundle uses
KILLS = 20
MIN_KILLS = 10  # on a machine so loaded that 20 do not fit in the time budget
BUDGET = 120  # seconds for the kill loop
REPO = Path(__file__).resolve().parent.parent

# The child imports its modules, says "ready", and waits for the vault and key on
# stdin, so the parent can start the next child while it checks the last vault.
CHILD = r"""
import sys
from pathlib import Path
from sync.store import vault as vault_mod
from sync.bundle import import_bundle
from sync.replica import Replica
print("ready", flush=True)
import json
key_hex, path, bundle = json.loads(sys.stdin.readline())
key = bytearray.fromhex(key_hex)
conn = vault_mod._open_keyed(Path(path), key, allow_wrong_key=False)
params, _check = vault_mod._read_sidecar(vault_mod.sidecar_path(Path(path)))
vault = vault_mod.Vault(Path(path), conn, params, key)
replica = Replica(vault)
print("open", flush=True)
report = import_bundle(replica, bundle, progress=lambda step: step.items is not None
                       and print("batch", step.items, flush=True))
print("done", report.applied, report.already, flush=True)
vault.lock()
"""


class Fixture:
    def __init__(self, folder: Path, template, bundle: Path, hashes: list[bytes],
                 initial: set[bytes], ref: dict[int, str]):
        self.folder = folder
        self.template = template
        self.bundle = bundle
        self.hashes = hashes
        self.initial = initial
        self.ref = ref
        self.boundaries = sorted({*range(0, len(hashes), BATCH), len(hashes)})
        self.runs = 0
        self.import_seconds = 0.0
        self.reached: dict[int, float] = {}  # seconds into the reference import

    def fresh_vault(self) -> Path:
        """A copy of the secretary-1 vault: joined the branch, lacks sec0's data."""
        self.runs += 1
        dest = self.folder / f"run{self.runs}"
        dest.mkdir()
        for suffix in ("", ".sidecar"):
            shutil.copyfile(self.template.folder / f"sec1.caucus{suffix}",
                            dest / f"sec1.caucus{suffix}")
        return dest / "sec1.caucus"

    @property
    def key(self) -> bytearray:
        return self.template.keys["sec1"]


def _build_source(src, n: int) -> None:
    """n change sets by sec0, signed with its key, received in bulk (fast to build)."""
    replica = src.replica
    me = replica.device_pk
    deps = {bytes.fromhex(pk): s for pk, s in replica.version_vector().items()
            if bytes.fromhex(pk) != me}
    prev = None
    hlc = changes.wall_hlc()
    rng = random.Random(5)
    words = ["overtime", "ballot", "canteen", "rota", "grievance", "steward", "pension"]
    items = []
    for i in range(n):
        first, second = changes.new_id(), changes.new_id()
        cs = changes.build(replica.signing_key, replica.branch_id, i + 1, prev, hlc + i, deps, [
            ("member", first, {"first_name": f"Crash{i}a", "last_name": "Test",
                               "emails": [f"crash{i}a@example.org"], "deleted": False}),
            ("member", second, {"first_name": f"Crash{i}b", "last_name": "Test",
                                "deleted": False}),
            ("note", changes.new_id(), {"member_id": first, "deleted": False,
                                        "text": " ".join(rng.choice(words) for _ in range(40))}),
        ])
        prev = cs.hash
        items.append((cs.body, cs.sig, cs.vals))
    report = replica.receive(items, batch_size=1000)
    assert report.applied == n and report.rejected == []


@pytest.fixture(scope="module")
def crash(tmp_path_factory) -> Fixture:
    folder = tmp_path_factory.mktemp("crash")
    template = build_template(folder / "template", secretaries=2, viewer=False, spare=False)
    branches = template.clone(folder / "source")
    src = branches["sec0"]
    src.conn.execute("PRAGMA synchronous = OFF")  # building the source only
    _build_source(src, N_CHANGESETS)
    bundle = folder / "large.caucusbundle"
    export_bundle(src.replica, bundle)
    hashes = [changes.blake2b(body) for body, _s, _v in bundle_items(bundle,
                                                                     branch_key(src.replica))]
    source_state = src.replica.state_hash()
    for b in branches.values():
        b.vault.lock()
    # the reference: an uninterrupted import in this process, state after every batch
    fx = Fixture(folder, template, bundle, hashes, set(), {})
    vault = open_with_key(fx.fresh_vault(), fx.key)
    replica = Replica(vault)
    fx.initial = _stored(replica)
    fx.ref[0] = replica.state_hash()
    started = time.monotonic()

    def progress(step: Progress) -> None:
        if step.items is None:  # checking the file, before any batch
            return
        fx.reached[step.items] = time.monotonic() - started
        fx.ref[step.items] = replica.state_hash()

    report = import_bundle(replica, bundle, progress=progress)
    fx.import_seconds = time.monotonic() - started
    fx.reached[0] = 0.0
    vault.lock()
    assert report.applied == N_CHANGESETS and report.rejected == []
    assert sorted(fx.ref) == fx.boundaries
    assert fx.ref[len(hashes)] == source_state
    assert len(fx.boundaries) >= 4
    return fx


def _stored(replica) -> set[bytes]:
    return {bytes(r[0]) for r in replica.conn.execute("SELECT hash FROM changeset")}


class Child:
    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", CHILD], cwd=REPO,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)

    def start(self, fx: Fixture, path: Path) -> None:
        """Wait until the child is ready, hand it the vault, wait until it is open."""
        for wanted in ("ready", "open"):
            if wanted == "open":
                self.proc.stdin.write(json.dumps([fx.key.hex(), str(path),
                                                  str(fx.bundle)]) + "\n")
                self.proc.stdin.close()
            line = self.proc.stdout.readline()
            assert line.strip() == wanted, (line, self.proc.stderr.read())

    def finish(self) -> tuple[str, str]:
        out, err = self.proc.stdout.read(), self.proc.stderr.read()
        self.proc.wait(timeout=60)
        self.proc.stdout.close()
        self.proc.stderr.close()
        return out, err


def _check(fx: Fixture, path: Path, printed: str, note: str) -> int:
    """Every invariant after a crash; returns how many bundle items the vault holds."""
    vault = open_with_key(path, fx.key)
    try:
        conn = vault.conn
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], note
        replica = Replica(vault)
        stored = _stored(replica)
        assert fx.initial <= stored, note
        got = [m for m in fx.boundaries if stored == fx.initial | set(fx.hashes[:m])]
        assert got, f"{note}: the vault holds a set of change sets that is not a whole " \
                    f"number of batches ({len(stored - fx.initial)} new)"
        m = got[-1]
        statuses = {r[0] for r in conn.execute("SELECT DISTINCT status FROM changeset")}
        assert statuses == {"applied"}, (note, statuses)
        # no change set half-applied: each one's rows are all there
        missing = conn.execute(
            "SELECT count(*) FROM row_index i JOIN changeset c ON c.no = i.cs "
            "WHERE c.status = 'applied' AND i.tbl IN ('member', 'note') AND NOT EXISTS "
            "(SELECT 1 FROM member x WHERE i.tbl = 'member' AND x.id = i.row) AND NOT EXISTS "
            "(SELECT 1 FROM note y WHERE i.tbl = 'note' AND y.id = i.row)").fetchone()[0]
        assert missing == 0, note
        new_cs = len(stored - fx.initial)
        members = conn.execute("SELECT count(*) FROM member").fetchone()[0]
        assert members == 2 * new_cs, note
        assert replica.state_hash() == fx.ref[m], f"{note}: state differs after {m} items"
        # every batch the child reported as done had been committed for good
        reported = [int(line.split()[1]) for line in printed.splitlines()
                    if line.startswith("batch ")]
        assert not reported or reported[-1] <= m, (note, reported, m)
        assert vault.integrity_check() == [], note
        return m
    finally:
        vault.lock()


def _finish(fx: Fixture, path: Path, note: str) -> None:
    """Import again, uninterrupted, into an interrupted vault: the uninterrupted end."""
    vault = open_with_key(path, fx.key)
    try:
        replica = Replica(vault)
        report = import_bundle(replica, fx.bundle)
        assert report.rejected == [] and report.held == 0, note
        assert report.applied + report.already == len(fx.hashes), note
        assert replica.state_hash() == fx.ref[len(fx.hashes)], note
    finally:
        vault.lock()


def test_import_killed_at_random_points_leaves_whole_batches(crash, tmp_path):
    fx = crash
    seed = int(os.environ.get("CAUCUS_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    print(f"CAUCUS_CRASH_SEED={seed}")
    rng = random.Random(seed)
    # kill points: uniform over what is left of the import, from the moment the vault
    # is open (the reference import in this process tells how long that takes)
    kills, outcomes, deadline = 0, [], time.monotonic() + BUDGET
    path = fx.fresh_vault()
    held, resumed = 0, 0
    child = Child()
    while kills < KILLS and time.monotonic() < deadline:
        left = fx.import_seconds - fx.reached[held] + 0.15
        delay = rng.uniform(0, left * 1.05)
        child.start(fx, path)
        time.sleep(delay)
        running = child.proc.poll() is None
        if running:
            os.kill(child.proc.pid, signal.SIGKILL)
        out, err = child.finish()
        child = Child()  # starts up while this vault is checked
        note = f"seed {seed}, run {fx.runs}, kill {delay:.2f}s after open"
        if running:
            kills += 1
        else:
            assert "done" in out, (note, err)
        m = _check(fx, path, out, note)
        assert running or m == len(fx.hashes), note
        outcomes.append((running, m))
        held, resumed = m, resumed + 1
        if m == len(fx.hashes) or resumed > 2:
            # the interrupted import, resumed, ended where an uninterrupted one does
            # (checked above); or it was resumed and interrupted again twice: start from
            # a fresh vault, so kills spread over the whole import rather than piling up
            # in its last batch
            path = fx.fresh_vault()
            held, resumed = 0, 0
    child.proc.kill()
    child.finish()
    _finish(fx, path, f"seed {seed}, last run")
    mid = [m for running, m in outcomes if running and 0 < m < len(fx.hashes)]
    completed = [1 for running, m in outcomes if m == len(fx.hashes)]
    print(f"{kills} kills, {len(mid)} landing mid-import; items held after kills: "
          f"{[m for running, m in outcomes if running]}; runs ending complete: {len(completed)}")
    assert kills >= MIN_KILLS, f"seed {seed}: only {kills} kills in {BUDGET}s"
    assert len(mid) >= 3, f"seed {seed}: too few kills landed between batches: {outcomes}"


def test_cancelled_import_keeps_whole_batches(crash, tmp_path):
    """The in-process cousin of a crash: cancel after the first batch."""
    fx = crash
    vault = open_with_key(fx.fresh_vault(), fx.key)
    try:
        replica = Replica(vault)
        report = import_bundle(replica, fx.bundle, cancelled=lambda: True)
        assert report.cancelled
        assert _stored(replica) == fx.initial | set(fx.hashes[:BATCH])
        assert replica.state_hash() == fx.ref[BATCH]
        assert report.applied == BATCH - len(fx.initial)  # the rest were already here
    finally:
        vault.lock()
