"""``python -m tests.benchmarks [--quick] [--members N] [--cache DIR]``: print the table."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import time
import traceback
from pathlib import Path

from sync import demo

from .build import memory_security_on, without_memory_security
from .harness import (
    DEFAULT_CACHE,
    Context,
    Row,
    ensure_cache,
    make_work_copy,
    render,
)
from .measures import MEASUREMENTS

FULL_MEMBERS = 50_000
QUICK_MEMBERS = 5_000


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks",
        description="Measure Caucus against the budgets of ARCHITECTURE §8.",
    )
    parser.add_argument("--quick", action="store_true",
                        help=f"a {QUICK_MEMBERS:,}-member branch instead of {FULL_MEMBERS:,}")
    parser.add_argument("--members", type=int, default=None,
                        help="members in the demo branch (overrides --quick)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help="where the demo vault is kept between runs "
                             f"(default {DEFAULT_CACHE})")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="run only the measurements whose function name contains NAME "
                             "(repeatable)")
    parser.add_argument("--memory-security", choices=("engine", "off"), default="engine",
                        help="'off' measures a what-if: vaults opened without SQLCipher's "
                             "cipher_memory_security (the engine turns it on)")
    parser.add_argument("--build-memory-security", choices=("off", "on"), default="off",
                        help="memory security while building the cache (default off: the "
                             "cache is a fixture, and with it on a build takes 3–7× longer)")
    parser.add_argument("--growth-from", type=int, default=None, metavar="N",
                        help=f"compare the figures with those of an N-member branch (default "
                             f"{QUICK_MEMBERS:,} in a full run, none in a quick one; 0: none)")
    parser.add_argument("--strict", action="store_true",
                        help="exit with status 1 when a budget is missed")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    members = args.members if args.members is not None else (
        QUICK_MEMBERS if args.quick else FULL_MEMBERS)
    if not demo.MIN_MEMBERS <= members <= demo.MAX_MEMBERS:
        raise SystemExit(f"--members must be between {demo.MIN_MEMBERS} and "
                         f"{demo.MAX_MEMBERS:,}.")
    started = time.perf_counter()
    if args.memory_security == "off":
        without_memory_security()
    cache_folder, info = ensure_cache(args.cache.resolve(), members,
                                      memory_security=args.build_memory_security)
    work = make_work_copy(cache_folder)
    quick = args.quick or members < FULL_MEMBERS
    growth_from = args.growth_from if args.growth_from is not None else (
        None if quick else QUICK_MEMBERS)
    ctx = Context(members=members, quick=quick, cache_dir=cache_folder, work_dir=work,
                  cache_info=info, growth_from=growth_from,
                  build_memory_security=args.build_memory_security)
    rows: list[Row] = []
    errors: list[str] = []
    secured = "?"
    try:
        for measure in MEASUREMENTS:
            name = measure.__name__
            if args.only and not any(o in name for o in args.only):
                continue
            print(f"measuring {name} …", file=sys.stderr, end=" ", flush=True)
            begun = time.perf_counter()
            try:
                result = measure(ctx)
            except Exception:  # report and carry on: one broken row must not hide the rest
                errors.append(f"{name}:\n{traceback.format_exc()}")
                rows.append(Row(f"{name}: ERROR (see below)", float("nan"), ""))
                result = []
            print(f"{time.perf_counter() - begun:.1f} s", file=sys.stderr, flush=True)
            rows.extend(result if isinstance(result, list) else [result])
        secured = "on" if memory_security_on(ctx.branch().conn) else "off"
    finally:
        ctx.close()
        shutil.rmtree(work, ignore_errors=True)

    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(f"Caucus benchmarks — {members:,} members; {os.cpu_count()} CPUs; "
          f"{platform.python_implementation()} {platform.python_version()}; "
          f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
          f"cipher_memory_security {secured} while measuring")
    print(render(rows))
    notes = [r.note for r in rows if r.note]
    if notes:
        print("\nNotes:")
        for note in notes:
            print(f"- {note}")
    for error in errors:
        print(f"\nERROR in {error}", file=sys.stderr)
    print(f"\nTotal run time {time.perf_counter() - started:.1f} s.")
    missed = [r for r in rows if r.passed is False]
    if errors:
        return 2
    if args.strict and missed:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
