"""Incremental sync on the benchmark branch itself, in a process of its own.

``python -m tests.benchmarks.incremental`` reads a JSON spec on stdin (on stdin so the
passphrases never show in a process list): the branch's vault (its founder) and a
second laptop holding the whole branch (a vault that joined it from a welcome file),
each with its passphrase, a scratch folder, how many edits and how many repeats.

Both laptops are first brought level (what either lacks, by bundle, untimed). Then each
repeat works on fresh copies of both and times, on the full-size branch:

1. **LAN, receiving**: the founder edits ``count`` members (one signed change set
   each); a real ``caucus lan serve`` process serves its vault on loopback; the second
   laptop syncs with it, timed from the first connect (the identify probe and the
   Secret Handshake included) to the last batch applied.
2. **LAN, sending**: the second laptop edits ``count`` members and syncs with the same
   server, which receives and applies them.
3. **Bundle**: the founder edits ``count`` members and writes a bundle of just what the
   second laptop lacks (its version vector); the second laptop imports it. Timed: the
   write and the import.
4. **Raw baseline**: the same fields of the same members written with plain UPDATEs,
   their full-text rows deleted and inserted again, in one transaction.

Prints one JSON line: a list of seconds for each.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import time
from pathlib import Path

from sync.bundle import export_bundle, import_bundle
from sync.lan.node import Node, sync_with
from sync.records import Branch
from sync.replica.columns import to_sql
from sync.replica.search import SEARCHED_FIELDS, member_search_text
from sync.store import schema
from sync.store.vault import Vault
from tests.lan.procs import Proc

from .edits import member_edits
from .harness import copy_vault


def edit_members(branch: Branch, ids: list[str], seed: int) -> int:
    """One signed change set per member, as a secretary saving each one; how many were
    written (an edit that changes nothing writes none)."""
    replica = branch.replica
    before = replica.version_vector().get(replica.device_id, 0)
    edits = member_edits(random.Random(seed))
    for i, member_id in enumerate(ids):
        branch.update_member(member_id, **edits[i % len(edits)](i))
    return replica.version_vector()[replica.device_id] - before


def level(a: Branch, b: Branch, folder: Path) -> None:
    """Give each laptop what the other lacks, by bundle (untimed preparation)."""
    for src, dst in ((a, b), (b, a)):
        since = {bytes.fromhex(k): v for k, v in dst.replica.version_vector().items()}
        path = folder / "level.caucusbundle"
        export_bundle(src.replica, path, since=since)
        import_bundle(dst.replica, path)
        path.unlink()


def raw_updates(vault: Vault, ids: list[str], seed: int) -> float:
    """The baseline: the same member fields written with plain SQL, search rows too."""
    edits = member_edits(random.Random(seed))
    kinds = schema.TABLES["member"]
    conn = vault.conn
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for i, member_id in enumerate(ids):
        fields = edits[i % len(edits)](i)
        cols = {("custom" if k.startswith("custom.") else k):
                (json.dumps({k[7:]: v}) if k.startswith("custom.") else to_sql(kinds[k], v))
                for k, v in fields.items()}
        conn.execute(f"UPDATE member SET {', '.join(c + ' = ?' for c in cols)} "  # noqa: S608
                     "WHERE id = ?", (*cols.values(), member_id))
        rid, *values = conn.execute(
            f"SELECT rid, {', '.join(SEARCHED_FIELDS)} FROM member WHERE id = ?",  # noqa: S608
            (member_id,)).fetchone()
        conn.execute("DELETE FROM member_fts WHERE rowid = ?", (rid,))
        conn.execute("INSERT INTO member_fts(rowid, name, contact) VALUES (?, ?, ?)",
                     (rid, *member_search_text(dict(zip(SEARCHED_FIELDS, values, strict=True)))))
    conn.execute("COMMIT")
    return time.perf_counter() - start


def one_repeat(spec: dict, r: int, founder0: Path, joined0: Path) -> dict[str, float]:
    folder = Path(spec["work"]) / f"repeat-{r}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    founder, joined = folder / "founder.caucus", folder / "joined.caucus"
    copy_vault(founder0, founder)
    copy_vault(joined0, joined)
    count = spec["count"]
    rng = random.Random(100 + r)
    vault = Vault.open(founder, spec["founder_passphrase"])
    branch = Branch(vault)
    everyone = branch.member_ids()
    picks = (rng.sample(everyone, 4 * count) if len(everyone) >= 4 * count
             else rng.choices(everyone, k=4 * count))
    written = edit_members(branch, picks[:count], seed=r)
    vault.lock()
    out: dict[str, float] = {}
    env = {"CAUCUS_PASSPHRASE": spec["founder_passphrase"]}
    with Proc(["lan", "serve", "--bind", "127.0.0.1"], founder, folder, "serve",
              extra_env=env) as server:
        address = server.wait_listening()
        client = Branch(Vault.open(joined, spec["joined_passphrase"]))
        try:
            node = Node(client.replica)
            start = time.perf_counter()
            result = sync_with(node, address)
            out["lan_receive"] = time.perf_counter() - start
            if not result.complete or result.received.applied != written:
                raise SystemExit(f"receiving: {result.error or result.received.summary()}")
            written = edit_members(client, picks[count:2 * count], seed=1000 + r)
            start = time.perf_counter()
            result = sync_with(node, address)
            out["lan_send"] = time.perf_counter() - start
            if not result.complete or result.sent != written:
                raise SystemExit(f"sending: {result.error or result.sent}")
        finally:
            client.vault.lock()
    source = Branch(Vault.open(founder, spec["founder_passphrase"]))
    target = Branch(Vault.open(joined, spec["joined_passphrase"]))
    try:
        written = edit_members(source, picks[2 * count:3 * count], seed=2000 + r)
        bundle = folder / "missing.caucusbundle"
        start = time.perf_counter()
        since = {bytes.fromhex(k): v for k, v in target.replica.version_vector().items()}
        export_bundle(source.replica, bundle, since=since)
        out["bundle_write"] = time.perf_counter() - start
        start = time.perf_counter()
        report = import_bundle(target.replica, bundle)
        out["bundle_import"] = time.perf_counter() - start
        if report.applied != written:
            raise SystemExit(f"bundle: {report.summary()}")
        out["raw"] = raw_updates(target.vault, picks[3 * count:], seed=3000 + r)
    finally:
        source.vault.lock()
        target.vault.lock()
    shutil.rmtree(folder)
    return out


def main() -> int:
    spec = json.loads(sys.stdin.read())
    work = Path(spec["work"])
    founder0, joined0 = work / "founder0.caucus", work / "joined0.caucus"
    copy_vault(Path(spec["founder"]), founder0)
    copy_vault(Path(spec["joined"]), joined0)
    a = Branch(Vault.open(founder0, spec["founder_passphrase"]))
    b = Branch(Vault.open(joined0, spec["joined_passphrase"]))
    try:
        level(a, b, work)
    finally:
        a.vault.lock()
        b.vault.lock()
    runs = [one_repeat(spec, r, founder0, joined0) for r in range(spec["repeats"])]
    print(json.dumps({key: [run[key] for run in runs] for key in runs[0]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
