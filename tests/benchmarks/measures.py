"""The measurements. Each takes the :class:`Context` and returns a Row or a list of Rows.

Add a measurement by writing a function here and listing it in :data:`MEASUREMENTS`;
the order of that list is the order of the table (and of the work: the unlock and the
first page come before anything warms the page cache).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import nacl.signing

from sync import changes
from sync.errors import ValidationError
from sync.records import Branch, MemberQuery, clean_phone
from sync.store.vault import KdfParams, Vault

from .always_on import always_on_sync
from .harness import (
    NOTES_PER_MEMBER,
    Context,
    Row,
    ensure_cache,
    make_work_copy,
    median,
    p95,
    rate,
    run_child,
    timed,
)
from .organising import MEASUREMENTS as ORGANISING

SEARCH_BUDGET = 0.030
LIST_BUDGET = 0.3
UNLOCK_BUDGET = 0.3
SAVE_BUDGET = 0.010
MEMORY_BUDGET_MB = 500


def generation(ctx: Context) -> Row:
    """How long the cached demo vault took to build (when it was built)."""
    info = ctx.cache_info
    counts = info.get("counts", {})
    rows = sum(counts.values())
    seconds = float(info.get("seconds", 0.0))
    when = "cached from an earlier run" if info.get("cached") else "built in this run"
    return Row(
        f"demo generation: {ctx.members:,} members, {counts.get('note', 0):,} notes",
        seconds, "s",
        note=(f"generation: {ctx.members / max(seconds, 1e-9):,.0f} members/s, "
              f"{rows / max(seconds, 1e-9):,.0f} records/s ({rows:,} records), "
              f"{info.get('change_sets', 0):,} "
              f"change sets ({when})"),
    )


def kdf(ctx: Context) -> Row:
    """The deliberate cost: Argon2id with the default (moderate) limits."""
    params = KdfParams.new("moderate")
    samples = [timed(lambda: params.derive(ctx.passphrase)) for _ in range(ctx.repeats)]
    return Row(
        f"KDF alone (Argon2id moderate), median of {len(samples)}", median(samples), "s",
        note=f"KDF moderate: min {min(samples):.3f} s, max {max(samples):.3f} s",
    )


def unlock(ctx: Context) -> Row:
    """Vault.open + Branch, minus the time spent in the KDF during that same open."""
    ctx.close()
    beyond: list[float] = []
    kdf_times: list[float] = []
    original = KdfParams.derive
    profile = ""
    for _ in range(ctx.repeats):
        spent: list[float] = []

        def derive(self: KdfParams, passphrase: str, _spent: list[float] = spent):
            start = time.perf_counter()
            try:
                return original(self, passphrase)
            finally:
                _spent.append(time.perf_counter() - start)

        with mock.patch.object(KdfParams, "derive", derive):
            start = time.perf_counter()
            vault = Vault.open(ctx.vault_path, ctx.passphrase)
            Branch(vault)
            total = time.perf_counter() - start
        profile = vault.kdf_profile
        vault.lock()
        beyond.append(total - sum(spent))
        kdf_times.append(sum(spent))
    return Row(
        f"unlock beyond the KDF (Vault.open + Branch), median of {len(beyond)}",
        median(beyond), "s", budget=UNLOCK_BUDGET,
        note=(f"unlock: KDF inside the same opens ({profile}) median "
              f"{median(kdf_times):.3f} s; beyond it max {max(beyond) * 1000:.1f} ms"),
    )


def list_first_page(ctx: Context) -> Row:
    """What the member list needs for its first paint: every id in order + 100 rows."""
    branch = ctx.branch()
    count = [0]

    def paint() -> None:
        ids = branch.member_ids()
        count[0] = len(ids)
        branch.member_rows(ids[:100])

    samples = [timed(paint) for _ in range(5)]
    ctx.figures["first page"] = median(samples)
    return Row(
        "member list first page (member_ids + 100 member_rows), median of 5",
        median(samples), "s", budget=LIST_BUDGET,
        note=(f"list first page: first (coldest) {samples[0] * 1000:.1f} ms, "
              f"{count[0]:,} ids"),
    )


def _picks(branch: Branch, seed: int, count: int) -> list[tuple]:
    """``count`` members drawn at random (but the same every run): names and contacts."""
    rng = random.Random(seed)
    conn = branch.conn
    total = conn.execute("SELECT count(*) FROM member").fetchone()[0]
    return [conn.execute(
        "SELECT first_name, last_name, emails, phones FROM member ORDER BY rid LIMIT 1 "
        "OFFSET ?", (rng.randrange(total),)).fetchone() for _ in range(count)]


def typed_words(branch: Branch, count: int = 8) -> list[str]:
    """Realistic things a secretary types: surnames, first names, an email, a phone."""
    words: list[str] = []
    for i, (first, last, emails, phones) in enumerate(_picks(branch, 7, count)):
        kind = i % 8
        if kind in (0, 2, 4):
            words.append((last or "").split(" ")[0])
        elif kind in (1, 3, 5):
            words.append((first or "").split(" ")[0])
        elif kind == 6 and emails:
            words.append(emails.split('"')[1].split("@")[0])
        elif phones:
            digits = "".join(ch for ch in phones.split('"')[1] if ch.isdigit())
            words.append("0" + digits[2:])  # +447912… typed as 07912…
    return [w.lower() for w in words if w]


def typed_names(branch: Branch, count: int) -> list[str]:
    """Search queries cut from members' surnames and first names, 1 to 8 characters
    long in turn (a name shorter than its turn's length is typed whole)."""
    queries: list[str] = []
    for i, (first, last, _emails, _phones) in enumerate(_picks(branch, 11, count * 2)):
        name = ((last if i % 2 == 0 else first) or "").split(" ")[0].lower()
        if name and len(queries) < count:
            queries.append(name[:len(queries) % 8 + 1])
    return queries


def search_as_you_type(ctx: Context) -> Row:
    """Each keystroke as the members list runs it: the first page of ids (a LIMITed
    query) with its rows — what is painted — then, measured apart, the whole id list
    that follows in a second job (it sets the count and the scroll range)."""
    from desktop.models.members import MemberTableModel

    page, shown = MemberTableModel.PAGE, MemberTableModel.FIRST_ROWS
    branch = ctx.branch()
    words = typed_words(branch)
    queries = [w[:k] for w in words for k in range(1, min(6, len(w)) + 1)]
    samples: list[tuple[float, str, int]] = []
    wholes: list[float] = []
    for text in queries:
        q = MemberQuery(search=text)
        hits = [0]

        def first_page(q: MemberQuery = q) -> None:
            branch.member_rows(branch.member_ids(q, limit=page)[:shown])

        def whole_list(q: MemberQuery = q, hits: list[int] = hits) -> None:
            hits[0] = len(branch.member_ids(q))

        elapsed = timed(first_page)
        wholes.append(timed(whole_list))
        samples.append((elapsed, text, hits[0]))
    times = [s[0] for s in samples]
    short = [s[0] for s in samples if len(s[1]) <= 2]
    longer = [s[0] for s in samples if len(s[1]) >= 3]
    worst = max(samples)
    ctx.figures["search median"] = median(times)
    return Row(
        f"member search as you type (first {page} ids, rows of the first {shown}), p95 of "
        f"{len(samples)} keystrokes",
        p95(times), "s", budget=SEARCH_BUDGET,
        note=(f"search: median {median(times) * 1000:.1f} ms; 1–2 characters median "
              f"{median(short) * 1000:.1f} ms, 3+ characters median "
              f"{median(longer) * 1000:.1f} ms; slowest {worst[0] * 1000:.1f} ms for "
              f"{worst[1]!r} ({worst[2]:,} hits); the whole id list after it: median "
              f"{median(wholes) * 1000:.1f} ms, p95 {p95(wholes) * 1000:.1f} ms; words "
              f"typed: {', '.join(words)}"),
    )


def gui_client(ctx: Context) -> list[Row]:
    """The desktop client itself, offscreen in a child process (tests/benchmarks/gui.py
    drives the app's own Controller and windows): unlock to the first painted page,
    search typed into the search field, and the client's peak memory after scrolling
    the whole list and opening a member."""
    queries = typed_names(ctx.branch(), 24 if ctx.members >= 1000 else 8)
    ctx.close()  # the client opens the vault itself
    spec = {"vault": str(ctx.vault_path), "passphrase": ctx.passphrase, "queries": queries,
            "scroll_steps": 40 if ctx.members >= 1000 else 5}
    r = run_child("tests.benchmarks.gui", stdin=json.dumps(spec))
    after, keyed, jumps = r["after_pause_s"], r["from_keystroke_s"], r["scroll_jumps_s"]
    worst = max(zip(after, queries, r["hits"], strict=True))
    ms = 1000
    return [
        Row(f"GUI: session opened → first painted page of the members table "
            f"({r['members']:,} members)", r["session_to_painted_s"], "s",
            budget=LIST_BUDGET,
            note=(f"GUI unlock: passphrase submitted → first page painted "
                  f"{r['submitted_to_painted_s']:.3f} s, of which the KDF "
                  f"{r['kdf_s']:.3f} s (the vault's own profile); after the session opened, "
                  f"the main window was built at {r['window_built_s'] * ms:.0f} ms and the "
                  f"ids arrived at {r['ids_arrived_s'] * ms:.0f} ms")),
        Row(f"GUI: search typed into the search field, p95 of {len(after)} queries of "
            f"1–8 characters, from the end of the {r['pause_ms']} ms typing pause to the "
            "table repainted", p95(after), "s", budget=SEARCH_BUDGET,
            note=(f"GUI search: median {median(after) * ms:.1f} ms, of which the query until "
                  f"the model's reset median {median(r['query_s']) * ms:.1f} ms; from the "
                  "last keystroke "
                  f"(pause included) median {median(keyed) * ms:.0f} ms, p95 "
                  f"{p95(keyed) * ms:.0f} ms; slowest {worst[0] * ms:.1f} ms for "
                  f"{worst[1]!r} ({worst[2]:,} hits); queries: {', '.join(queries)}")),
        Row("GUI: peak memory (VmHWM) after loading and scrolling the whole list and "
            "opening a member", r["peak_mb"], "MB", budget=MEMORY_BUDGET_MB,
            note=(f"GUI memory: {len(jumps)} scroll jumps over {r['rows']:,} rows, each "
                  f"painted in median {median(jumps) * ms:.1f} ms (max "
                  f"{max(jumps) * ms:.1f} ms), {r['rows_fetched']:,} rows fetched in all; "
                  f"opening a member (click → details painted) {r['open_member_s'] * ms:.0f} "
                  "ms")),
    ]


def _edits(rng: random.Random) -> list[Callable[[int], dict]]:
    def phone(i: int) -> dict:
        while True:
            number = f"07{rng.choice('789')}{rng.randint(0, 99_999_999):08d}"
            try:
                clean_phone(number)
            except ValidationError:
                continue
            return {"phones": [number]}

    return [
        lambda i: {"job_title": f"Senior porter ({i})"},
        lambda i: {"assessment": None if i % 7 == 0 else (i % 5) + 1,
                   "department": f"Ward {i}"},
        phone,
        lambda i: {"address": f"{i + 1} Station Road, Hillside", "postcode": "S1 2AB"},
        lambda i: {"custom.shift": f"rota {i}"},
        lambda i: {"emails": [f"edited.{i}@example.org"]},
        lambda i: {"dues_paid_until": f"2031-{i % 12 + 1:02d}-28"},
    ]


def save_edited_member(ctx: Context) -> Row:
    """Branch.update_member: validate, read, sign one change set, apply, commit."""
    branch = ctx.branch()
    rng = random.Random(3)
    ids = rng.sample(branch.member_ids(), 50)
    edits = _edits(rng)
    before = branch.conn.execute("SELECT count(*) FROM changeset").fetchone()[0]
    samples = []
    for i, member_id in enumerate(ids):
        fields = edits[i % len(edits)](i)
        samples.append(timed(lambda m=member_id, f=fields: branch.update_member(m, **f)))
    written = branch.conn.execute("SELECT count(*) FROM changeset").fetchone()[0] - before
    ctx.figures["save median"] = median(samples)
    return Row(
        f"save one edited member (update_member), p95 of {len(samples)}",
        p95(samples), "s", budget=SAVE_BUDGET,
        note=(f"save: median {median(samples) * 1000:.2f} ms, max "
              f"{max(samples) * 1000:.2f} ms, {written} change sets written"),
    )


def _batch_rows(branch: Branch) -> list[tuple[str, str, dict]] | None:
    """The rows of the biggest stored change set (a demo batch of ~500 rows)."""
    row = branch.conn.execute(
        "SELECT body, sig, vals FROM changeset ORDER BY length(vals) DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    cs = changes.verify(bytes(row[0]), bytes(row[1]), bytes(row[2]))
    out = []
    for index, r in enumerate(cs.rows):
        values = cs.row_values(index)
        if values is not None:
            out.append((r.table, r.row, values))
    return out


def signing_and_verifying(ctx: Context) -> list[Row]:
    """changes.build / changes.verify against raw Ed25519 on exactly the same bytes."""
    branch = ctx.branch()
    replica = branch.replica
    key = replica.signing_key
    verify_key = nacl.signing.VerifyKey(replica.device_pk)
    member_id = branch.member_ids()[0]
    cases = [("1-row edit", [("member", member_id, {"job_title": "Porter", "assessment": 3})])]
    batch = _batch_rows(branch)
    if batch:
        cases.append((f"{len(batch)}-row batch", batch))
    seconds = 1.0 if not ctx.quick else (0.3 if ctx.members >= 1000 else 0.1)
    head = replica.conn.execute("SELECT seq, hash FROM vv ORDER BY seq DESC LIMIT 1").fetchone()
    prev, seq = bytes(head[1]), head[0] + 1
    deps = {bytes(32): 1}
    rows: list[Row] = []
    for label, case_rows in cases:
        def build(case_rows=case_rows):
            return changes.build(key, replica.branch_id, seq, prev, changes.wall_hlc(), deps,
                                 case_rows)

        cs = build()
        signed = changes.DOMAIN + cs.body
        sign_rate = rate(build, seconds)
        raw_sign = rate(lambda signed=signed: key.sign(signed), seconds)
        verify_rate = rate(lambda cs=cs: changes.verify(cs.body, cs.sig, cs.vals), seconds)
        raw_verify = rate(lambda signed=signed, cs=cs: verify_key.verify(signed, cs.sig),
                          seconds)
        size = len(cs.body) + len(cs.sig) + len(cs.vals)
        rows.append(Row(
            f"change-set signing, {label} (vs raw Ed25519 sign of the same bytes)",
            sign_rate, "/s", baseline=raw_sign, higher_is_better=True,
            note=f"sign {label}: {size:,} bytes stored per change set",
        ))
        rows.append(Row(
            f"change-set verifying, {label} (vs raw Ed25519 verify)",
            verify_rate, "/s", baseline=raw_verify, higher_is_better=True,
        ))
    return rows


def vault_size(ctx: Context) -> Row:
    """Bytes on disk per member, with where they go."""
    cached = ctx.cached_vault
    size = sum(os.path.getsize(p) for p in (cached, Path(f"{cached}-wal")) if p.exists())
    conn = ctx.branch().conn
    members = ctx.members
    cs_bytes = conn.execute(
        "SELECT coalesce(sum(length(body) + length(sig) + length(vals)), 0) FROM changeset"
    ).fetchone()[0]
    clock_bytes = conn.execute(
        "SELECT coalesce(sum(length(tbl) + length(row) + length(data)), 0) FROM clock"
    ).fetchone()[0]
    index_rows = conn.execute("SELECT count(*) FROM row_index").fetchone()[0]
    return Row(
        f"vault size per member ({ctx.members:,} members, {NOTES_PER_MEMBER} notes each)",
        size / members, "B",
        note=(f"size: file {size / 1e6:,.1f} MB; stored change sets "
              f"{cs_bytes / members:,.0f} B/member, clock {clock_bytes / members:,.0f} "
              f"B/member, {index_rows:,} row_index entries"),
    )


def _transfer(*args: str) -> dict:
    return run_child("tests.benchmarks.transfer", *args)


def _join(source: Branch, folder: Path, name: str) -> tuple[dict, Path]:
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
    return _transfer("import", str(welcome), str(new_path)), welcome


def bundle_import(ctx: Context) -> list[Row]:
    """A new laptop joins: the whole branch from one bundle (its welcome file) into a
    fresh vault, against a raw executemany of the same rows into the same tables and
    indexes (FTS included), alternating, in child processes; and the importing
    process's peak memory against the bundle's size."""
    branch = ctx.branch()
    work = ctx.work_dir / "transfer"
    work.mkdir(exist_ok=True)
    reps = 3 if ctx.members <= 10_000 else 1
    imports: list[float] = []
    raws: list[float] = []
    peaks: list[float] = []
    applied = rows = 0
    bundle_mb = 0.0
    for i in range(reps):
        result, welcome = _join(branch, work, f"joiner-{i}")
        bundle_mb = welcome.stat().st_size / 1e6
        imports.append(result["seconds"])
        peaks.append(result["peak_mb"])
        applied = result["applied"]
        baseline = _transfer("raw", str(ctx.vault_path), ctx.passphrase,
                             str(work / f"raw-{i}.caucus"))
        raws.append(baseline["seconds"])
        rows = baseline["rows"]
    ctx.figures["bundle import"] = median(imports)
    ctx.figures["bundle rows"] = rows
    return [
        Row(f"import the whole branch from a bundle into a fresh vault ({applied:,} change "
            f"sets, {rows:,} rows), median of {reps}", median(imports), "s",
            baseline=median(raws), budget=3.0, budget_is_ratio=True,
            note=f"bundle import: {rows / median(imports):,.0f} rows/s; raw executemany "
                 f"{rows / median(raws):,.0f} rows/s; bundle {bundle_mb:,.1f} MB"),
        Row("peak memory of that import (baseline: the bundle's size)", median(peaks), "MB",
            baseline=bundle_mb,
            note="import memory: compare the --quick run (5,000 members) with the full one "
                 "(50,000): flat means about the same peak for a bundle 10x larger"),
    ]


def _export(ctx: Context, fmt: str) -> tuple[Path, float, int, int]:
    """The whole member list exported by the exchange exporter: file, seconds, rows,
    columns."""
    from sync.exchange import exporter

    path = ctx.work_dir / f"members.{fmt}"
    start = time.perf_counter()
    result = exporter.export_members(ctx.branch(), path, fmt)
    seconds = time.perf_counter() - start
    if fmt == "csv":
        ctx.figures["csv export"] = seconds
    return path, seconds, result.rows, len(result.columns)


def csv_import(ctx: Context) -> Row:
    """The branch's members exported to CSV, imported into an empty vault the way
    ``caucus import`` does it (read_table, guess_mapping, run_import); against a bundle
    of exactly the members that import created, joined into another fresh vault."""
    from sync.exchange import importer
    from sync.trust import create_branch

    from .transfer import PASSPHRASE

    path, export_s, rows, columns = _export(ctx, "csv")
    work = ctx.work_dir / "csv"
    work.mkdir(exist_ok=True)
    vault = Vault.create(work / "imported.caucus", PASSPHRASE, "interactive")
    try:
        branch = Branch(vault, create_branch(vault, "Imported branch", "benchmark laptop"))
        start = time.perf_counter()
        table = importer.read_table(path)
        read_s = time.perf_counter() - start
        result = importer.run_import(branch, table, importer.guess_mapping(table.headings))
        seconds = time.perf_counter() - start
        joined, welcome = _join(branch, work, "csv-joiner")
    finally:
        vault.lock()
    bundle_rate = result.imported / joined["seconds"]
    return Row(
        f"CSV import of {rows:,} rows ({columns} columns) into an empty vault "
        "(baseline: a bundle of the members it created, imported in the same run)",
        rows / seconds, "/s", baseline=bundle_rate, higher_is_better=True,
        note=(f"CSV import: {seconds:.2f} s, of which reading the file {read_s:.2f} s; "
              f"{result.summary()} {result.batches} change sets, "
              f"{result.workplaces_created:,} workplaces created; the bundle of those "
              f"members ({welcome.stat().st_size / 1e6:,.1f} MB, {joined['applied']:,} "
              f"change sets) imported in {joined['seconds']:.2f} s; the CSV export took "
              f"{export_s:.2f} s"),
    )


def xlsx_export(ctx: Context) -> Row:
    """The whole member list written as an Excel workbook, against the CSV export of the
    same list (taken from the CSV import's run when it ran)."""
    import openpyxl  # noqa: F401 - loaded before the clock starts: once per session

    path, seconds, rows, columns = _export(ctx, "xlsx")
    csv_s = ctx.figures.get("csv export") or _export(ctx, "csv")[1]
    return Row(
        f"XLSX export of the whole member list ({rows:,} rows, {columns} columns; "
        "baseline: the CSV export of the same)", seconds, "s", baseline=csv_s,
        note=(f"XLSX export: {rows / seconds:,.0f} rows/s, file "
              f"{path.stat().st_size / 1e6:,.1f} MB; CSV {rows / csv_s:,.0f} rows/s"),
    )


def lan_sync(ctx: Context) -> list[Row]:
    """LAN sync on loopback (tests/lan/bench_lan.py, a real ``caucus lan serve`` peer):
    100 new changes with the handshake, and a whole demo branch of the same size as
    this run's against a bundle import of the same data in the same run."""
    summary = run_child("tests.lan.bench_lan", "--members", str(ctx.members),
                        "--repeats", "3")
    return [
        Row("incremental LAN sync of 100 changes, handshake included (loopback), median of 3",
            summary["incremental_100_median_s"], "s", budget=1.0,
            note=f"LAN incremental: max {summary['incremental_100_max_s']:.3f} s"),
        Row(f"full LAN sync of a {ctx.members:,}-member branch (vs bundle import, same run)",
            summary["lan_full_sync_s"], "s", baseline=summary["bundle_import_s"],
            budget=1.5, budget_is_ratio=True,
            note=f"LAN full: {summary['change_sets']:,} change sets, "
                 f"{summary['bytes'] / 1e6:,.1f} MB, same state as the bundle import: "
                 f"{summary['same_state']}"),
    ]


#: (figure, what it is, the measurement that leaves it, how it should grow)
GROWTH: tuple[tuple[str, str, Callable[[Context], object], str], ...] = (
    ("first page", "member list first page, median", list_first_page, "linear"),
    ("search median", "member search as you type, median", search_as_you_type, "linear"),
    ("save median", "save one edited member, median", save_edited_member, "per item"),
    ("bundle import", "whole-branch bundle import", bundle_import, "linear"),
)
PER_ITEM_GROWTH = 2.0


def growth(ctx: Context) -> list[Row]:
    """The same figures on the smaller cached branch (the --quick one), to see how each
    grows: linear work no faster than the data it walks (members, or the bundle's rows),
    per-item work about flat. Full runs only (or ``--growth-from N``)."""
    small_members = ctx.growth_from
    if not small_members or small_members >= ctx.members:
        return []
    folder, info = ensure_cache(ctx.cache_dir.parent, small_members,
                                memory_security=ctx.build_memory_security)
    small = Context(members=small_members, quick=True, cache_dir=folder,
                    work_dir=make_work_copy(folder), cache_info=info)
    try:
        for key, _what, measure, _kind in GROWTH:
            if key not in ctx.figures:
                measure(ctx)
            measure(small)
    finally:
        small.close()
        shutil.rmtree(small.work_dir, ignore_errors=True)
    data = {"linear": ctx.members / small_members, "per item": PER_ITEM_GROWTH}
    rows_ratio = ctx.figures["bundle rows"] / small.figures["bundle rows"]
    out = []
    for key, what, _measure, kind in GROWTH:
        budget = rows_ratio if key == "bundle import" else data[kind]
        out.append(Row(
            f"growth {small_members:,} → {ctx.members:,} members: {what} ({kind} work; "
            "baseline: the smaller branch)", ctx.figures[key], "s",
            baseline=small.figures[key], budget=round(budget, 1), budget_is_ratio=True))
    out[-1].note = (f"growth: the bundle carries {rows_ratio:.1f}× the rows "
                    f"({small.figures['bundle rows']:,.0f} → {ctx.figures['bundle rows']:,.0f})"
                    f"; linear work should grow at most as the data, per-item work about "
                    f"1× (budget {PER_ITEM_GROWTH:g}× for noise)")
    return out


MEASUREMENTS: list[Callable[[Context], Row | list[Row]]] = [
    generation,
    kdf,
    unlock,
    list_first_page,
    search_as_you_type,
    gui_client,
    save_edited_member,
    signing_and_verifying,
    vault_size,
    bundle_import,
    csv_import,
    xlsx_export,
    lan_sync,
    always_on_sync,
    *ORGANISING,
    growth,
]
