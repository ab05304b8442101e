"""LAN sync measurements (ARCHITECTURE §8): ``python -m tests.lan.bench_lan [--members N]``.

1. Incremental sync of 100 changes, handshake included, on loopback (budget < 1 s): the
   server is a real ``caucus lan serve`` process; the client (this process) is timed
   from the first connect (identify probe, Secret Handshake) to the last applied batch.
2. Full sync of a demo branch (``sync.demo.populate``, default 5,000 members) into a
   freshly joined laptop, as a ratio to ``sync.bundle.import_bundle`` of the same data
   into another copy of the same laptop, in the same run (budget ≤ 1.5×).

Prints one line per figure and a JSON summary on the last line.
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

from sync.bundle import export_bundle, import_bundle
from sync.demo import populate
from sync.lan.node import Node, sync_with
from sync.replica import Replica
from tests.lan.procs import Proc
from tests.replicas import build_template, open_with_key


def copy_vault(src: Path, dst: Path) -> None:
    for suffix in ("", ".sidecar"):
        shutil.copyfile(f"{src}{suffix}", f"{dst}{suffix}")


def timed_sync(server_vault: Path, client_vault: Path, key: bytearray, logs: Path,
               name: str) -> tuple[float, object]:
    with Proc(["lan", "serve", "--bind", "127.0.0.1"], server_vault, logs, name) as server:
        address = server.wait_listening()
        vault = open_with_key(client_vault, key)
        try:
            node = Node(Replica(vault))
            started = time.perf_counter()
            result = sync_with(node, address)
            seconds = time.perf_counter() - started
        finally:
            vault.lock()
    if not result.complete:
        raise SystemExit(f"sync failed: {result.error}")
    return seconds, result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--full-repeats", type=int, default=1,
                        help="full syncs and bundle imports, in turn")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="caucus-lan-bench-"))
    summary: dict[str, float] = {}
    try:
        template = build_template(folder / "template", secretaries=1, viewer=False,
                                  spare=False)
        logs = folder / "logs"

        # 1. incremental: 100 one-member change sets the client lacks
        inc = folder / "inc"
        branches = template.clone(inc)
        for i in range(100):
            branches["founder"].add_member(first_name=f"Inc{i}", last_name="Bench")
        for b in branches.values():
            b.vault.lock()
        samples = []
        for r in range(args.repeats):
            client = inc / f"client{r}.caucus"
            copy_vault(inc / "sec0.caucus", client)
            seconds, result = timed_sync(inc / "founder.caucus", client, template.keys["sec0"],
                                         logs, f"inc{r}")
            if result.received.applied != 100:
                raise SystemExit(f"expected 100 applied, got {result.received.summary()}")
            samples.append(seconds)
        summary["incremental_100_median_s"] = statistics.median(samples)
        summary["incremental_100_max_s"] = max(samples)
        print(f"incremental sync of 100 changes, handshake included: median "
              f"{statistics.median(samples):.3f} s, max {max(samples):.3f} s (budget < 1 s)")

        # 2. full sync of a demo branch vs a bundle import of the same data
        full = folder / "full"
        branches = template.clone(full)
        started = time.perf_counter()
        counts = populate(branches["founder"], members=args.members, seed=1)
        print(f"populated {args.members} members in {time.perf_counter() - started:.1f} s: "
              f"{ {k: v for k, v in counts.items() if k != 'seconds'} }")
        bundle = full / "full.caucusbundle"
        export_bundle(branches["founder"].replica, bundle)
        for b in branches.values():
            b.vault.lock()
        bundle_times: list[float] = []
        lan_times: list[float] = []
        same = True
        for r in range(args.full_repeats):
            by_bundle, by_lan = full / f"by-bundle{r}.caucus", full / f"by-lan{r}.caucus"
            copy_vault(full / "sec0.caucus", by_bundle)
            copy_vault(full / "sec0.caucus", by_lan)
            vault = open_with_key(by_bundle, template.keys["sec0"])
            try:
                replica = Replica(vault)
                started = time.perf_counter()
                report = import_bundle(replica, bundle)
                bundle_times.append(time.perf_counter() - started)
                bundle_hash = replica.state_hash()
            finally:
                vault.lock()
            lan_s, result = timed_sync(full / "founder.caucus", by_lan,
                                       template.keys["sec0"], logs, f"full{r}")
            lan_times.append(lan_s)
            vault = open_with_key(by_lan, template.keys["sec0"])
            try:
                same = same and Replica(vault).state_hash() == bundle_hash
            finally:
                vault.lock()
            for path in (by_bundle, by_lan):
                for suffix in ("", ".sidecar"):
                    Path(f"{path}{suffix}").unlink()
        summary.update({"bundle_import_s": bundle_times, "lan_full_sync_s": lan_times,
                        "change_sets": report.applied, "bytes": result.received.bytes,
                        "same_state": same})
        print(f"full sync of {args.members} members ({report.applied} change sets, "
              f"{result.received.bytes / 1e6:.1f} MB): LAN {lan_times} s, bundle import "
              f"{bundle_times} s (budget <= 1.5); same state: {same}")
        print(json.dumps(summary))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

