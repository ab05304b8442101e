"""The spreadsheet measurements: CSV import against a bundle of the same members, XLSX
export against the CSV export of the same list, three runs each."""

from __future__ import annotations

import time
from pathlib import Path

from sync.records import Branch
from sync.store.vault import Vault

from .harness import Context, Row, median, paired, spread
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
    turn, three times."""
    from sync.exchange import importer
    from sync.trust import create_branch

    from .transfer import PASSPHRASE

    path, export_s, rows, columns = export(ctx, "csv")
    rates: list[float] = []
    bundle_rates: list[float] = []
    reads: list[float] = []
    for i in range(REPEATS):
        work = ctx.work_dir / f"csv-{i}"
        work.mkdir()
        vault = Vault.create(work / "imported.caucus", PASSPHRASE, "interactive")
        try:
            branch = Branch(vault, create_branch(vault, "Imported branch", "benchmark laptop"))
            start = time.perf_counter()
            table = importer.read_table(path)
            reads.append(time.perf_counter() - start)
            result = importer.run_import(branch, table, importer.guess_mapping(table.headings))
            rates.append(rows / (time.perf_counter() - start))
            joined, welcome = join_fresh(branch, work, "csv-joiner")
        finally:
            vault.lock()
        bundle_rates.append(result.imported / joined["seconds"])
        bundle_mb = welcome.stat().st_size / 1e6
    return Row(
        f"CSV import of {rows:,} rows ({columns} columns) into an empty vault (baseline: a "
        f"bundle of the members it created, imported in the same run), median of {REPEATS}",
        unit="/s", budget=CSV_IMPORT_BUDGET, **paired(rates, bundle_rates, True),
        note=(f"CSV import: {spread([rows / r for r in rates])}, of which reading the file "
              f"{spread(reads)}; {result.summary()} {result.batches} change sets, "
              f"{result.workplaces_created:,} workplaces created; the bundle of those "
              f"members ({bundle_mb:,.1f} MB, {joined['applied']:,} change sets) imported "
              f"at {median(bundle_rates):,.0f} members/s; the CSV export took "
              f"{export_s:.2f} s"),
    )


def xlsx_export(ctx: Context) -> Row:
    """The whole member list written as an Excel workbook, against the CSV export of the
    same list, in turn, three times."""
    import openpyxl  # noqa: F401 - loaded before the clock starts: once per session

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
