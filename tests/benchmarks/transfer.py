"""Whole-branch transfer, measured in child processes so peak memory is the import's own.

``python -m tests.benchmarks.transfer import WELCOME VAULT`` joins a fresh vault from a
welcome file (which holds the whole branch as a bundle) and prints a JSON line with the
seconds and the peak resident memory; ``raw SOURCE VAULT`` bulk-inserts the same rows
(read from SOURCE) into the same tables, indexes and full-text indexes of a fresh vault
with executemany: the baseline of ARCHITECTURE §8. Both also print the vault's size on
disk once locked.
"""

from __future__ import annotations

import json
import os
import sys
import time

from sync.replica import Replica
from sync.replica.search import member_search_text
from sync.store import schema
from sync.store.vault import Vault
from sync.trust import join_branch

from .harness import peak_mb

PASSPHRASE = "benchmark passphrase"


def join(welcome: str, vault_path: str) -> dict:
    vault = Vault.open(vault_path, PASSPHRASE)
    start = time.perf_counter()
    report = join_branch(Replica(vault), welcome)
    seconds = time.perf_counter() - start
    vault.lock()
    return {"seconds": seconds, "peak_mb": peak_mb(), "applied": report.applied,
            "size": file_size(vault_path)}


def file_size(path: str) -> int:
    """A locked vault's bytes on disk (its write-ahead log was emptied by the lock)."""
    return sum(os.path.getsize(p) for p in (path, f"{path}-wal") if os.path.exists(p))


def raw(source: str, source_pass: str, vault_path: str) -> dict:
    src = Vault.open(source, source_pass)
    dst = Vault.create(vault_path, PASSPHRASE, "interactive")
    tables = {t: ["rid", "id", *fields, "deleted"] for t, fields in schema.TABLES.items()}
    data = {t: src.conn.execute(f"SELECT {', '.join(c)} FROM {t}").fetchall()  # noqa: S608
            for t, c in tables.items()}
    start = time.perf_counter()
    conn = dst.conn
    conn.execute("BEGIN")
    for table, cols in tables.items():
        conn.executemany(
            f"INSERT INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",  # noqa: S608
            data[table],
        )
    names = ("first_name", "last_name", "preferred_name", "emails", "phones", "membership_no",
             "postcode")
    idx = [tables["member"].index(n) for n in names]
    conn.executemany("INSERT INTO member_fts(rowid, name, contact) VALUES (?, ?, ?)",
                     [(r[0], *member_search_text(dict(zip(names, (r[i] for i in idx),
                                                               strict=True))))
                      for r in data["member"]])
    text = tables["note"].index("text")
    conn.executemany("INSERT INTO note_fts(rowid, text) VALUES (?, ?)",
                     [(r[0], r[text]) for r in data["note"] if r[text]])
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    src.lock()
    dst.lock()
    return {"seconds": seconds, "rows": sum(len(v) for v in data.values()),
            "size": file_size(vault_path)}


if __name__ == "__main__":
    verb, *rest = sys.argv[1:]
    result = join(*rest) if verb == "import" else raw(*rest)
    print(json.dumps(result))
