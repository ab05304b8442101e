"""The measurements. Each takes the :class:`Context` and returns a Row or a list of Rows.

Add a measurement by writing a function here and listing it in :data:`MEASUREMENTS`;
the order of that list is the order of the table (and of the work: the unlock and the
first page come before anything warms the page cache).
"""

from __future__ import annotations

import json
import random
import shutil
import time
from collections.abc import Callable
from unittest import mock

import nacl.signing

from sync import changes
from sync.records import Branch, MemberQuery
from sync.store.packing import unpack
from sync.store.vault import KdfParams, Vault

from .always_on import always_on_sync
from .edits import member_edits
from .exchange import csv_import, xlsx_export
from .harness import (
    Context,
    Row,
    copy_vault,
    ensure_cache,
    make_work_copy,
    median,
    p95,
    paired,
    percentile,
    rate,
    run_child,
    timed,
)
from .organising import MEASUREMENTS as ORGANISING
from .syncing import bundle_import, incremental_sync, lan_full, vault_size

SEARCH_BUDGET = 0.020
LIST_BUDGET = 0.3
UNLOCK_BUDGET = 0.3
SAVE_P99_BUDGET = 0.020
SAVE_MAX_BUDGET = 0.100
SAVES = 200
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
    ctx.figures["first page"] = samples
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
    ctx.figures["search median"] = [median(times)]
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
                  f"{worst[1]!r} ({worst[2]:,} hits); typed once the search warm-up had "
                  f"run (waited {r['warmup_waited_s'] * ms:.0f} ms after the unlock step); "
                  f"queries: {', '.join(queries)}")),
        Row("GUI: peak memory (VmHWM) after loading and scrolling the whole list and "
            "opening a member", r["peak_mb"], "MB", budget=MEMORY_BUDGET_MB,
            note=(f"GUI memory: {len(jumps)} scroll jumps over {r['rows']:,} rows, each "
                  f"painted in median {median(jumps) * ms:.1f} ms (max "
                  f"{max(jumps) * ms:.1f} ms), {r['rows_fetched']:,} rows fetched in all; "
                  f"opening a member (click → details painted) {r['open_member_s'] * ms:.0f} "
                  "ms")),
    ]


def save_edited_member(ctx: Context) -> list[Row]:
    """Branch.update_member (validate, read, sign one change set, apply, commit), 200
    times in a row right after a heavy import into the same vault, opened as the app
    opens it: a copy of the branch, a tenth of its size again added through the batch
    write API (the demo's people), then the saves."""
    from sync import demo
    from sync.ops.session import open_vault, vault_files

    ctx.close()
    path = ctx.work_dir / "saving.caucus"
    copy_vault(ctx.vault_path, path)
    session = open_vault(path, ctx.passphrase)
    try:
        session.keep_more_pages()
        branch = session.branch
        start = time.perf_counter()
        added = demo.populate(branch, members=max(1, ctx.members // 10), seed=5)
        heavy = time.perf_counter() - start
        rng = random.Random(3)
        everyone = branch.member_ids()
        ids = (rng.sample(everyone, SAVES) if len(everyone) >= SAVES
               else rng.choices(everyone, k=SAVES))
        edits = member_edits(rng)
        samples = []
        for i, member_id in enumerate(ids):
            fields = edits[i % len(edits)](i)
            samples.append(timed(lambda m=member_id, f=fields: branch.update_member(m, **f)))
    finally:
        session.lock()
    for extra in vault_files(path):
        extra.unlink(missing_ok=True)
    ctx.figures["save median"] = [median(samples)]
    records = sum(v for k, v in added.items() if k != "seconds")
    return [
        Row(f"save one edited member (update_member), p99 of {len(samples)} right after "
            f"a heavy import", percentile(samples, 99), "s", budget=SAVE_P99_BUDGET,
            note=(f"save: median {median(samples) * 1000:.2f} ms, p95 "
                  f"{percentile(samples, 95) * 1000:.2f} ms, max {max(samples) * 1000:.2f} "
                  f"ms; the heavy import before: {records:,} records in {heavy:.1f} s")),
        Row(f"the slowest of those {len(samples)} saves", max(samples), "s",
            budget=SAVE_MAX_BUDGET),
    ]


def _batch_rows(branch: Branch) -> list[tuple[str, str, dict]] | None:
    """The rows of the biggest stored change set (a demo batch of ~500 rows)."""
    row = branch.conn.execute(
        "SELECT body, sig, vals FROM changeset ORDER BY length(vals) DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    cs = changes.verify(unpack(row[0]), bytes(row[1]), unpack(row[2]))
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


#: (figure, what it is, the measurement that leaves it, how it should grow); each figure
#: is a list: one per run where the measurement repeats the same work, else a median
GROWTH: tuple[tuple[str, str, Callable[[Context], object], str], ...] = (
    ("first page", "member list first page", list_first_page, "linear"),
    ("search median", "member search as you type, median", search_as_you_type, "linear"),
    ("save median", "save one edited member, median", save_edited_member, "per item"),
    ("bundle import", "whole-branch bundle import", bundle_import, "n log n"),
    ("incremental receive", "incremental LAN sync of 100 changes, receiving",
     incremental_sync, "flat"),
    ("incremental send", "incremental LAN sync of 100 changes, sending", incremental_sync,
     "flat"),
)
PER_ITEM_GROWTH = 2.0
FLAT_GROWTH = 1.5  # incremental sync, 5,000 → 50,000 members (issue #17)


def growth(ctx: Context) -> list[Row]:
    """The same figures on the smaller cached branch (the --quick one), to see how each
    grows: linear work no faster than the data it walks (members, or the bundle's rows),
    per-item work about flat, incremental sync flat. Full runs only (or
    ``--growth-from N``)."""
    small_members = ctx.growth_from
    if not small_members or small_members >= ctx.members:
        return []
    folder, info = ensure_cache(ctx.cache_dir.parent, small_members,
                                memory_security=ctx.build_memory_security)
    small = Context(members=small_members, quick=True, cache_dir=folder,
                    work_dir=make_work_copy(folder), cache_info=info)
    try:
        done: set[Callable[[Context], object]] = set()
        for key, _what, measure, _kind in GROWTH:
            if key not in ctx.figures:
                measure(ctx)
            if measure not in done:
                measure(small)
                done.add(measure)
    finally:
        small.close()
        shutil.rmtree(small.work_dir, ignore_errors=True)
    rows_ratio = ctx.figures["bundle rows"][0] / small.figures["bundle rows"][0]
    # the raw executemany of the same rows grows faster than them: its indexes and
    # full-text segments are sorted and merged, n log n; the import can grow no slower
    floor = median(ctx.figures["raw import"]) / median(small.figures["raw import"])
    budgets = {"linear": ctx.members / small_members, "per item": PER_ITEM_GROWTH,
               "flat": FLAT_GROWTH, "n log n": floor}
    out = []
    for key, what, _measure, kind in GROWTH:
        budget = budgets[kind]
        big, little = ctx.figures[key], small.figures[key]
        pairs = min(len(big), len(little))
        runs = f", median of {pairs}" if pairs > 1 else ""
        out.append(Row(
            f"growth {small_members:,} → {ctx.members:,} members: {what} ({kind} work; "
            f"baseline: the smaller branch){runs}", unit="s", budget=round(budget, 1),
            budget_is_ratio=True, **paired(big[:pairs], little[:pairs])))
    out[-1].note = (f"growth: linear work should grow at most as the data, per-item work "
                    f"about 1× (budget {PER_ITEM_GROWTH:g}× for noise), incremental sync at "
                    f"most {FLAT_GROWTH:g}×; the bundle carries {rows_ratio:.1f}× the rows, "
                    f"and its import should grow at most as the raw executemany of the "
                    f"same rows did in this run ({floor:.1f}×)")
    return out


MEASUREMENTS: list[Callable[[Context], Row | list[Row]]] = [
    generation,
    kdf,
    unlock,
    list_first_page,
    search_as_you_type,
    gui_client,
    signing_and_verifying,
    bundle_import,
    vault_size,
    incremental_sync,
    save_edited_member,
    csv_import,
    xlsx_export,
    lan_full,
    always_on_sync,
    *ORGANISING,
    growth,
]
