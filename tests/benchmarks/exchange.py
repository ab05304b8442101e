"""The spreadsheet measurements: CSV import against a bundle of the same members, XLSX
export against the CSV export of the same list, three runs each."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from sync.records import Branch
from sync.store.vault import Vault

from .harness import Context, Row, median, paired, run_child, spread
from .syncing import REPEATS, join_fresh

CSV_IMPORT_BUDGET = 4000.0  # rows/s
XLSX_BUDGET = 2.0  # × the CSV export


def export(ctx: Context, fmt: str) -> tuple[Path, float, int, int]:
    """The whole member list exported by the exchange exporter: file, seconds, rows,
    columns."""
    from sync.exchange import exporter

    path = ctx.work_dir / f"members.{fmt}"
    start = time.perf_counter()
    result = exporter.export_members(ctx.branch(), path, fmt)
    seconds = time.perf_counter() - start
    return path, seconds, result.rows, len(result.columns)


def csv_import(ctx: Context) -> Row:
    """The branch's members exported to CSV, imported into an empty vault the way
    ``caucus import`` does it (read_table, guess_mapping, run_import); against a bundle
    of exactly the members that import created, joined into another fresh vault; in
    turn, three times.

    Each import runs in a child process of its own (:func:`child_import`), as a user's
    one import of a file does: in one process the second and third imports of the same
    file would find every email and phone number already checked (the validation
    remembers them), so a small branch's median was a warm figure that no user sees and
    that the large branch, whose values overflow that memory, never shows."""
    from sync.trust import create_branch

    from .transfer import PASSPHRASE

    path, export_s, rows, columns = export(ctx, "csv")
    rates: list[float] = []
    bundle_rates: list[float] = []
    reads: list[float] = []
    for i in range(REPEATS):
        work = ctx.work_dir / f"csv-{i}"
        work.mkdir()
        target = work / "imported.caucus"
        vault = Vault.create(target, PASSPHRASE, "interactive")
        create_branch(vault, "Imported branch", "benchmark laptop")
        vault.lock()
        result = run_child("tests.benchmarks.exchange", str(path), str(target))
        reads.append(result["read_seconds"])
        rates.append(rows / result["seconds"])
        vault = Vault.open(target, PASSPHRASE)
        try:
            joined, welcome = join_fresh(Branch(vault), work, "csv-joiner")
        finally:
            vault.lock()
        bundle_rates.append(result["imported"] / joined["seconds"])
        bundle_mb = welcome.stat().st_size / 1e6
    return Row(
        f"CSV import of {rows:,} rows ({columns} columns) into an empty vault (baseline: a "
        f"bundle of the members it created, imported in the same run), median of {REPEATS}",
        unit="/s", budget=CSV_IMPORT_BUDGET, **paired(rates, bundle_rates, True),
        note=(f"CSV import (each in a process of its own): {spread([rows / r for r in rates])},"
              f" of which reading the file {spread(reads)}; {result['summary']} "
              f"{result['batches']} change sets, {result['workplaces_created']:,} workplaces "
              f"created; the bundle of those members ({bundle_mb:,.1f} MB, "
              f"{joined['applied']:,} change sets) imported at "
              f"{median(bundle_rates):,.0f} members/s; the CSV export took {export_s:.2f} s"),
    )


def child_import(csv_path: str, vault_path: str) -> dict:
    """``python -m tests.benchmarks.exchange CSV VAULT``: the CSV file imported into the
    (empty) vault, timed from reading the file to the last batch committed."""
    from sync.exchange import importer

    from .transfer import PASSPHRASE

    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        branch = Branch(vault)
        start = time.perf_counter()
        table = importer.read_table(csv_path)
        read = time.perf_counter() - start
        result = importer.run_import(branch, table, importer.guess_mapping(table.headings))
        seconds = time.perf_counter() - start
    finally:
        vault.lock()
    return {"seconds": seconds, "read_seconds": read, "imported": result.imported,
            "summary": result.summary(), "batches": result.batches,
            "workplaces_created": result.workplaces_created}


def xlsx_export(ctx: Context) -> Row:
    """The whole member list written as an Excel workbook, against the CSV export of the
    same list, in turn, three times."""
    xlsx: list[float] = []
    csv: list[float] = []
    for _ in range(REPEATS):
        path, seconds, rows, columns = export(ctx, "xlsx")
        xlsx.append(seconds)
        csv.append(export(ctx, "csv")[1])
    return Row(
        f"XLSX export of the whole member list ({rows:,} rows, {columns} columns; "
        f"baseline: the CSV export of the same), median of {REPEATS}", unit="s",
        budget=XLSX_BUDGET, budget_is_ratio=True, **paired(xlsx, csv),
        note=(f"XLSX export: {rows / median(xlsx):,.0f} rows/s, {spread(xlsx)}, file "
              f"{path.stat().st_size / 1e6:,.1f} MB; CSV {rows / median(csv):,.0f} rows/s, "
              f"{spread(csv)}"),
    )


if __name__ == "__main__":
    print(json.dumps(child_import(*sys.argv[1:])))
