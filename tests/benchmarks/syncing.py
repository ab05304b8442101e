"""The transfer measurements: a whole branch from a bundle, the vault's size against the
raw tables, incremental sync on the full-size branch, and a full LAN sync."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sync.records import Branch
from sync.store.vault import Vault

from .harness import NOTES_PER_MEMBER, Context, Row, median, paired, run_child, spread

IMPORT_BUDGET = 2.0  # × the raw bulk insert (ARCHITECTURE §8)
SIZE_BUDGET = 1.8  # × the raw tables on disk
INCREMENTAL_BUDGET = 0.150  # s, 100 changes on the large branch, handshake included
INCREMENTAL_CHANGES = 100
LAN_FULL_BUDGET = 1.5  # × the bundle import
REPEATS = 3


def transfer(*args: str) -> dict:
    return run_child("tests.benchmarks.transfer", *args)


def join_fresh(source: Branch, folder: Path, name: str) -> tuple[dict, Path]:
    """A fresh vault joins ``source``'s branch from a welcome file (the whole branch as
    one bundle), imported in a child process; its report and the welcome file."""
    from sync.replica import Replica
    from sync.trust import admit_device, join_request, prepare_device

    from .transfer import PASSPHRASE

    new_path = folder / f"{name}.caucus"
    vault = Vault.create(new_path, PASSPHRASE, "interactive")
    replica = Replica(vault)
    prepare_device(replica, f"benchmark laptop {name}")
    request = join_request(replica)
    vault.lock()
    welcome = folder / f"welcome-{name}"
    admit_device(source.replica, request, "secretary", welcome)
    result = transfer("import", str(welcome), str(new_path))
    result["path"] = str(new_path)
    return result, welcome


def bundle_import(ctx: Context) -> list[Row]:
    """A new laptop joins: the whole branch from one bundle (its welcome file) into a
    fresh vault, against a raw executemany of the same rows into the same tables and
    indexes (FTS included), three times, in child processes; the importing process's
    peak memory against the bundle's size; the joined vault's size against the raw
    one's. The first joined vault stays for the incremental sync.

    The raw baseline runs before the first import and after each: an import's baseline
    is the mean of the two around it. A machine whose speed drifts (a shared VM: the
    same import took 12 s to 20 s in one evening) then moves both sides of each ratio
    alike, not one of them."""
    branch = ctx.branch()
    work = ctx.work_dir / "transfer"
    work.mkdir(exist_ok=True)
    imports: list[float] = []
    raws: list[float] = []
    peaks: list[float] = []
    sizes: list[float] = []
    raw_sizes: list[float] = []
    applied = rows = 0
    bundle_mb = 0.0

    def raw_run(i: int) -> None:
        nonlocal rows
        raw_path = work / f"raw-{i}.caucus"
        baseline = transfer("raw", str(ctx.vault_path), ctx.passphrase, str(raw_path))
        raws.append(baseline["seconds"])
        raw_sizes.append(baseline["size"])
        rows = baseline["rows"]
        for suffix in ("", ".sidecar"):
            Path(f"{raw_path}{suffix}").unlink()

    raw_run(0)
    for i in range(REPEATS):
        result, welcome = join_fresh(branch, work, f"joiner-{i}")
        bundle_mb = welcome.stat().st_size / 1e6
        welcome.unlink()
        imports.append(result["seconds"])
        peaks.append(result["peak_mb"])
        sizes.append(result["size"])
        applied = result["applied"]
        if i == 0:
            ctx.joined = Path(result["path"])
        else:
            for suffix in ("", ".sidecar"):
                Path(result["path"] + suffix).unlink()
        raw_run(i + 1)
    around = [(before + after) / 2 for before, after in zip(raws, raws[1:], strict=False)]
    ctx.figures["bundle import"] = imports
    ctx.figures["raw import"] = around
    ctx.figures["bundle rows"] = [rows]
    ctx.figures["raw size"] = raw_sizes
    members = ctx.members
    return [
        Row(f"import the whole branch from a bundle into a fresh vault ({applied:,} change "
            f"sets, {rows:,} rows; baseline: raw executemany of the same rows, run before "
            f"and after), median of {REPEATS}", unit="s", budget=IMPORT_BUDGET,
            budget_is_ratio=True, **paired(imports, around),
            note=f"bundle import: {rows / median(imports):,.0f} rows/s, {spread(imports)}; "
                 f"raw executemany {rows / median(raws):,.0f} rows/s, {spread(raws)}; "
                 f"bundle {bundle_mb:,.1f} MB"),
        Row("peak memory of that import (baseline: the bundle's size)", median(peaks), "MB",
            baseline=bundle_mb,
            note="import memory: compare the --quick run (5,000 members) with the full one "
                 "(50,000): flat means about the same peak for a bundle 10x larger"),
        Row(f"joined vault on disk per member (baseline: the raw tables of the same rows), "
            f"median of {REPEATS}", unit="B", budget=SIZE_BUDGET, budget_is_ratio=True,
            **paired([s / members for s in sizes], [s / members for s in raw_sizes[1:]]),
            note=f"joined size: {median(sizes) / 1e6:,.1f} MB; raw tables "
                 f"{median(raw_sizes) / 1e6:,.1f} MB"),
    ]


def vault_size(ctx: Context) -> Row:
    """Bytes on disk per member of the branch's own vault (the one that wrote every
    change set), with where they go, against the raw tables of the same rows."""
    cached = ctx.cached_vault
    size = sum(os.path.getsize(p) for p in (cached, Path(f"{cached}-wal")) if p.exists())
    conn = ctx.branch().conn
    members = ctx.members
    cs_bytes = conn.execute(
        "SELECT coalesce(sum(length(body) + length(sig) + length(vals)), 0) FROM changeset"
    ).fetchone()[0]  # as stored (deflated)
    index_rows = conn.execute("SELECT count(*) FROM row_index").fetchone()[0]
    raw = ctx.figures.get("raw size")
    return Row(
        f"vault size per member ({ctx.members:,} members, {NOTES_PER_MEMBER} notes each; "
        "baseline: the raw tables)", size / members, "B",
        baseline=median(raw) / members if raw else None,
        budget=SIZE_BUDGET if raw else None, budget_is_ratio=True,
        note=(f"size: file {size / 1e6:,.1f} MB; stored change sets (deflated) "
              f"{cs_bytes / members:,.0f} B/member; {index_rows:,} row_index entries"),
    )


def incremental_sync(ctx: Context) -> list[Row]:
    """Incremental sync of 100 changes on this run's branch itself (see
    :mod:`tests.benchmarks.incremental`): over the LAN receiving and sending, and by a
    bundle of just the missing change sets; the baseline is the same edits written with
    plain SQL UPDATEs (search index included)."""
    from .transfer import PASSPHRASE

    if ctx.joined is None:
        bundle_import(ctx)
    ctx.close()  # the child copies the vault: no open transaction, no WAL left behind
    work = ctx.work_dir / "incremental"
    work.mkdir(exist_ok=True)
    spec = {"founder": str(ctx.vault_path), "founder_passphrase": ctx.passphrase,
            "joined": str(ctx.joined), "joined_passphrase": PASSPHRASE,
            "work": str(work), "count": INCREMENTAL_CHANGES, "repeats": REPEATS}
    r = run_child("tests.benchmarks.incremental", stdin=json.dumps(spec))
    bundle = [w + i for w, i in zip(r["bundle_write"], r["bundle_import"], strict=True)]
    ctx.figures["incremental receive"] = r["lan_receive"]
    ctx.figures["incremental send"] = r["lan_send"]
    n, raw = INCREMENTAL_CHANGES, r["raw"]
    size = f"{ctx.members:,}-member branch"
    return [
        Row(f"incremental LAN sync, receiving {n} changes on the {size}, handshake "
            f"included (baseline: the same edits as raw UPDATEs), median of {REPEATS}",
            unit="s", budget=INCREMENTAL_BUDGET, **paired(r["lan_receive"], raw),
            note=f"LAN receiving: {spread(r['lan_receive'])}; raw UPDATEs {spread(raw)}"),
        Row(f"incremental LAN sync, sending {n} changes on the {size}, handshake included "
            f"(baseline: raw UPDATEs), median of {REPEATS}", unit="s",
            budget=INCREMENTAL_BUDGET, **paired(r["lan_send"], raw),
            note=f"LAN sending: {spread(r['lan_send'])}"),
        Row(f"incremental bundle of just the {n} missing change sets on the {size}: write "
            f"+ import (baseline: raw UPDATEs), median of {REPEATS}", unit="s",
            budget=INCREMENTAL_BUDGET, **paired(bundle, raw),
            note=f"bundle: write {spread(r['bundle_write'])}, import "
                 f"{spread(r['bundle_import'])}"),
    ]


def lan_full(ctx: Context) -> Row:
    """A whole demo branch of this run's size over the LAN on loopback (a real ``caucus
    lan serve`` peer; tests/lan/bench_lan.py) against a bundle import of the same data
    into another copy of the same laptop, in turn, three times."""
    summary = run_child("tests.lan.bench_lan", "--members", str(ctx.members),
                        "--repeats", "1", "--full-repeats", str(REPEATS))
    lan, bundle = summary["lan_full_sync_s"], summary["bundle_import_s"]
    return Row(
        f"full LAN sync of a {ctx.members:,}-member branch (baseline: bundle import, same "
        f"run), median of {len(lan)}", unit="s", budget=LAN_FULL_BUDGET,
        budget_is_ratio=True, **paired(lan, bundle),
        note=f"LAN full: {summary['change_sets']:,} change sets, "
             f"{summary['bytes'] / 1e6:,.1f} MB, {spread(lan)}; bundle import "
             f"{spread(bundle)}; same state as the bundle import: {summary['same_state']}")
