"""Build the benchmarks' cached demo vault in a process of its own.

``python -m tests.benchmarks.build FOLDER MEMBERS [--memory-security on|off]``

It runs apart from the measuring process because SQLCipher's ``cipher_memory_security``
is a process-wide switch that cannot be turned off again once on. The engine turns it
on (``sync.store.vault._configure``), which makes every SQLite allocation an ``mlock`` +
``munlock`` pair and bulk writes 3–7× slower; the cache is only a fixture, so by
default it is built with the switch left off (the file is byte-for-byte the same kind
of vault: the setting lives in process memory, not in the file). The measurements
then run in a fresh process with the engine's own settings.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from sync import demo
from sync.records import Branch
from sync.store import vault
from sync.store.vault import Vault

SEED = 1
PROFILE = "interactive"  # the KDF is measured on its own; keep cache opens quick


def without_memory_security() -> None:
    """Make this process's vaults skip ``PRAGMA cipher_memory_security = ON``."""
    original = vault._configure

    class _Filter:
        def __init__(self, conn) -> None:
            self._conn = conn

        def execute(self, sql: str, *args):
            if "cipher_memory_security" in sql.lower():
                return self._conn.execute("SELECT 1")
            return self._conn.execute(sql, *args)

    def configure(conn) -> None:
        original(_Filter(conn))

    vault._configure = configure


def memory_security_on(conn) -> bool:
    row = conn.execute("PRAGMA cipher_memory_security").fetchone()
    return bool(row and str(row[0]) == "1")


def build(folder: Path, members: int, version: str) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "branch.caucus"
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 10 or done == total:
            last[0] = now
            print(f"  {done:,}/{total:,} ({100 * done / max(total, 1):.0f}%) "
                  f"{now - start:.0f} s", flush=True)

    start = time.perf_counter()
    demo.create_demo_vault(path, demo.DEMO_PASSPHRASE, members=members, seed=SEED,
                           profile=PROFILE, progress=progress)
    seconds = time.perf_counter() - start
    with Vault.open(path, demo.DEMO_PASSPHRASE) as opened:
        counts = Branch(opened).stats()
        for table in ("member_tag", "consent", "attendance"):
            counts[table] = opened.conn.execute(
                f"SELECT count(*) FROM {table} WHERE deleted = 0"  # noqa: S608
            ).fetchone()[0]
        change_sets = opened.conn.execute("SELECT count(*) FROM changeset").fetchone()[0]
        secured = memory_security_on(opened.conn)
    info = {"members": members, "version": version, "seconds": round(seconds, 2),
            "counts": counts, "change_sets": change_sets, "memory_security": secured}
    (folder / "ready.json").write_text(json.dumps(info, indent=2) + "\n")
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.build")
    parser.add_argument("folder", type=Path)
    parser.add_argument("members", type=int)
    parser.add_argument("--version", required=True)
    parser.add_argument("--memory-security", choices=("on", "off"), default="off")
    args = parser.parse_args(argv)
    if args.memory_security == "off":
        without_memory_security()
    info = build(args.folder, args.members, args.version)
    print(f"Built in {info['seconds']:.1f} s.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
