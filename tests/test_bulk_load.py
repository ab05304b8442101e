"""A laptop joining takes the whole branch into an empty vault with the tables'
secondary indexes built after the rows (sync/replica/bulk.py): the same state and the
same indexes as a load row by row, whether the load ends, stops part way or dies."""

from __future__ import annotations

import pytest

from sync import changes
from sync.errors import BundleCorrupt, MalformedChangeSet
from sync.replica import Replica
from sync.store import schema
from sync.store.vault import Vault

from .replicas import PASSPHRASE, build_template
from .writes import fts_segments, index_names, signed_writes

BATCH = 10


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=2, viewer=False,
                          spare=False)


def written_by_sec0(branches, n: int) -> Replica:
    """``n`` members (each with a note) written by sec0, held by sec0 and the founder;
    the founder's replica."""
    writer, founder = branches["sec0"].replica, branches["founder"].replica
    items = signed_writes(writer, n)
    writer.receive(items)
    founder.receive(items)
    return founder


def receive_watching(replica: Replica, items, index: str = "member_name",
                     **kwargs) -> list[bool]:
    """Receive ``items`` in small batches; after each batch, whether ``index`` (the
    member list's) was there."""
    seen: list[bool] = []
    replica.receive(items, batch_size=BATCH,
                    progress=lambda _done, _bytes: seen.append(
                        index in index_names(replica)), **kwargs)
    return seen


@pytest.mark.parametrize("parallel", [False, True], ids=["here", "verifying-process"])
def test_an_empty_vault_builds_its_indexes_after_the_rows(template, tmp_path, parallel):
    branches = template.clone(tmp_path)
    founder, joiner = written_by_sec0(branches, 45), branches["sec1"].replica
    seen = receive_watching(joiner, founder.export_changesets(), parallel=parallel)
    assert seen and not any(seen)  # the joiner held no member: indexes came last
    assert index_names(joiner).issuperset(schema.INDEX_NAMES)
    assert not schema.indexes_missing(joiner.shared.conn)
    assert joiner.vault.integrity_check() == []
    assert joiner.state_hash() == founder.state_hash()
    # the indexes hold every row, in order
    for replica in (joiner, founder):
        by_name = [r[0] for r in replica.shared.conn.execute(
            "SELECT id FROM member INDEXED BY member_name WHERE deleted = 0 "
            "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id")]
        assert len(by_name) == 45
    assert by_name == [r[0] for r in joiner.shared.conn.execute(
        "SELECT id FROM member INDEXED BY member_name WHERE deleted = 0 "
        "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id")]


def test_an_empty_vault_leaves_each_full_text_table_in_one_segment(template, tmp_path):
    loaded = {}
    for case in ("empty", "holding members"):
        branches = template.clone(tmp_path / case)
        founder, loader = written_by_sec0(branches, 45), branches["sec1"].replica
        if case == "holding members":
            loader.receive(signed_writes(loader, 3))
        receive_watching(loader, founder.export_changesets())  # in batches of 10
        loaded[case] = founder, loader
    # a vault holding members loads as always: a segment per batch, until they merge
    _founder, other = loaded["holding members"]
    assert fts_segments(other, "member_fts") > 1 and fts_segments(other, "note_fts") > 1
    founder, joiner = loaded["empty"]
    assert fts_segments(joiner, "member_fts") == 1 and fts_segments(joiner, "note_fts") == 1
    assert joiner.state_hash() == founder.state_hash()
    # and each member is found as before
    conn = joiner.shared.conn
    rows = conn.execute("SELECT rid, first_name FROM member WHERE deleted = 0").fetchall()
    assert len(rows) == 45
    for rid, name in rows:
        assert rid in {r[0] for r in conn.execute(
            "SELECT rowid FROM member_fts WHERE member_fts MATCH ?", (f'"{name}"',))}


def test_an_index_whose_keys_arrive_in_order_is_kept_all_through(template, tmp_path):
    branches = template.clone(tmp_path)
    founder, joiner = written_by_sec0(branches, 30), branches["sec1"].replica
    assert "note_owner" in schema.IN_ORDER_INDEXES
    seen = receive_watching(joiner, founder.export_changesets(), index="note_owner")
    assert seen and all(seen)
    assert joiner.shared.conn.execute(
        "SELECT count(*) FROM note INDEXED BY note_owner WHERE rid > 0").fetchone()[0] == 30
    assert joiner.vault.integrity_check() == []


def test_a_vault_with_members_keeps_its_indexes_while_it_loads(template, tmp_path):
    branches = template.clone(tmp_path)
    founder, other = written_by_sec0(branches, 30), branches["sec1"].replica
    other.receive(signed_writes(other, 3))
    assert all(receive_watching(other, founder.export_changesets()))


@pytest.mark.parametrize("parallel", [False, True], ids=["here", "verifying-process"])
def test_a_load_stopped_part_way_still_builds_them(template, tmp_path, parallel):
    branches = template.clone(tmp_path)
    founder, joiner = written_by_sec0(branches, 40), branches["sec1"].replica
    everything = list(founder.export_changesets())

    def damaged():
        yield from everything[:25]
        raise BundleCorrupt("The bundle is damaged.")

    with pytest.raises(BundleCorrupt):
        joiner.receive(damaged(), batch_size=BATCH, parallel=parallel)
    assert not schema.indexes_missing(joiner.shared.conn)
    # the whole batches before the damage stand, the one it cut short does not
    committed = [changes.verify(*item) for item in everything[:2 * BATCH]]
    members = sum(row.table == "member" for cs in committed for row in cs.rows)
    assert joiner.shared.conn.execute("SELECT count(*) FROM member").fetchone()[0] == \
        members > 0
    joiner.receive(everything)
    assert joiner.state_hash() == founder.state_hash()


def test_a_receive_leaves_the_cycle_collector_as_it_found_it(template, tmp_path):
    """Automatic cycle collection is off while change sets are received (young objects
    are collected after each batch), and as it was afterwards: on, or off when the
    program had turned it off, also when the receive fails."""
    import gc

    branches = template.clone(tmp_path)
    founder, joiner = written_by_sec0(branches, 25), branches["sec1"].replica
    everything = list(founder.export_changesets())
    seen: list[bool] = []
    joiner.receive(everything, batch_size=BATCH,
                   progress=lambda _done, _bytes: seen.append(gc.isenabled()))
    assert len(seen) >= 2 and not any(seen)
    assert gc.isenabled()
    gc.disable()
    try:
        joiner.receive(everything)
        assert not gc.isenabled()
    finally:
        gc.enable()

    def damaged():
        yield from everything[:5]
        raise BundleCorrupt("The bundle is damaged.")

    with pytest.raises(BundleCorrupt):
        branches["founder"].replica.receive(damaged(), batch_size=BATCH)
    assert gc.isenabled()


def varied_rows(seq: int) -> list[tuple[str, str, dict]]:
    """New rows of every sort: custom fields (empty ones too, and beside ``custom``
    itself), lists, booleans, fields left out, deleted rows, notes without text."""
    member, other = changes.new_id(), changes.new_id()
    return [
        ("member", member, {"first_name": f"Łukasz {seq}", "last_name": "Nowak",
                            "emails": ["l@example.org"], "phones": ["+447911123456"],
                            "custom.shift": "nights", "custom.badge": "",
                            "do_not_post": True, "assessment": seq, "deleted": False}),
        ("member", other, {"last_name": f"Okafor {seq}", "custom.shift": None}),
        ("member", changes.new_id(), {"first_name": "Ana", "custom": {"kept": seq},
                                      "custom.badge": "B" if seq % 2 else ""}),
        ("member", changes.new_id(), {"first_name": "Gone", "deleted": True,
                                      "do_not_sms": False}),
        ("note", changes.new_id(), {"member_id": member, "text": f"visit {seq}",
                                    "deleted": False}),
        ("note", changes.new_id(), {"member_id": other, "method": "phone"}),
        ("task", changes.new_id(), {"member_id": other, "title": "call", "done": False}),
    ]


def rows_held(replica: Replica) -> dict:
    """Every replicated row (all but its local number), its clock's fields and stamps
    (without local numbers) and its full-text entry."""
    shared = replica.shared
    out = {}
    for table in ("member", "note", "task"):
        cur = shared.conn.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            held = dict(zip(names, row, strict=True))
            clock = shared.decode_clock(held.pop("clock"))
            held["clock"] = {f: sorted((s[0], s[2], *s[4:]) for s in stamps)
                             for f, stamps in clock.items()}
            rid = held.pop("rid")
            if table in ("member", "note"):
                held["fts"] = shared.conn.execute(
                    f"SELECT * FROM {table}_fts WHERE rowid = ?", (rid,)).fetchall()
            out[(table, held["id"])] = held
    return out


def test_new_rows_are_the_same_by_the_batched_path_as_field_by_field(template, tmp_path,
                                                                      monkeypatch):
    """Rows a change set creates are written in one statement per table, every column
    laid out by their fields (state.insert_new_rows); written field by field as rows
    already held are (state.apply_row), they come out the same in every column, clock
    and full-text entry."""
    from sync.replica.state import FieldState

    branches = template.clone(tmp_path)
    writer = branches["sec0"].replica
    me, hlc, vv = writer.device_pk, changes.wall_hlc(), writer.version_vector()
    deps = {bytes.fromhex(pk): s for pk, s in vv.items() if bytes.fromhex(pk) != me}
    assert me.hex() not in vv  # its first change sets
    items, prev = [], None
    for i in range(3):
        cs = changes.build(writer.signing_key, writer.branch_id, i + 1, prev, hlc + i, deps,
                           varied_rows(i))
        prev = cs.hash
        items.append((cs.body, cs.sig, cs.vals))
    batched = branches["founder"].replica
    assert batched.receive(items).applied == 3
    monkeypatch.setattr(FieldState, "fresh_rows", lambda _self, _cs: set())
    by_field = branches["sec1"].replica
    assert by_field.receive(items).applied == 3
    assert rows_held(by_field) == rows_held(batched)
    assert len(rows_held(batched)) >= 21
    assert by_field.state_hash() == batched.state_hash()


def test_the_rows_a_change_set_creates_are_those_not_held_whatever_their_ids(template,
                                                                           tmp_path):
    """Only ids not above the greatest of their table are looked up
    (state.fresh_rows): rows held, at that greatest id and below it, are not new;
    rows not held, below it and above it, are."""
    from sync.replica.conflicts import Conflicts
    from sync.replica.erasure import Erasure
    from sync.replica.log import ChangeSetLog
    from sync.replica.search import SearchIndex
    from sync.replica.state import FieldState

    branches = template.clone(tmp_path)
    writer, holder = branches["sec0"].replica, branches["founder"].replica
    me, hlc, vv = writer.device_pk, changes.wall_hlc(), writer.version_vector()
    deps = {bytes.fromhex(pk): s for pk, s in vv.items() if bytes.fromhex(pk) != me}
    held_low, held_top = ("40000000-0000-7000-8000-000000000000",
                          "80000000-0000-7000-8000-000000000000")
    new_low, new_high = ("10000000-0000-7000-8000-000000000000",
                         "f0000000-0000-7000-8000-000000000000")
    first = changes.build(writer.signing_key, writer.branch_id, 1, None, hlc, deps, [
        ("member", held_low, {"first_name": "Low"}),
        ("member", held_top, {"first_name": "Top"})])
    second = changes.build(writer.signing_key, writer.branch_id, 2, first.hash, hlc + 1,
                           deps, [("member", row, {"last_name": f"Second {row[:2]}"})
                                  for row in (held_top, new_low, held_low, new_high)])
    assert holder.receive([(first.body, first.sig, first.vals)]).applied == 1
    shared = holder.shared
    log = ChangeSetLog(shared)
    search = SearchIndex(shared)
    state = FieldState(shared, log, Erasure(shared, log, search), search,
                       Conflicts(shared, log))
    assert state.fresh_rows(second) == {("member", new_low), ("member", new_high)}
    assert holder.receive([(second.body, second.sig, second.vals)]).applied == 1
    assert sorted(holder.shared.conn.execute(
        "SELECT id, first_name, last_name FROM member WHERE id IN (?, ?, ?, ?)",
        (held_low, held_top, new_low, new_high)).fetchall()) == [
        (new_low, None, "Second 10"), (held_low, "Low", "Second 40"),
        (held_top, "Top", "Second 80"), (new_high, None, "Second f0")]


def test_opening_builds_the_indexes_a_dead_load_left_out(template, tmp_path):
    """A process killed mid-load leaves committed rows without the indexes: the next
    opening builds them (tests/test_join_interrupted.py kills real joins)."""
    branches = template.clone(tmp_path)
    joiner = branches["sec1"]
    conn = joiner.conn
    conn.execute("BEGIN IMMEDIATE")
    schema.drop_row_indexes(conn)
    conn.execute("COMMIT")
    assert schema.indexes_missing(conn)
    path = joiner.vault.path
    joiner.vault.lock()
    vault = Vault.open(path, PASSPHRASE)
    try:
        assert not schema.indexes_missing(vault.conn)
        assert vault.integrity_check() == []
    finally:
        vault.lock()


def test_a_new_row_takes_the_same_columns_by_its_layout_as_field_by_field():
    """New rows are laid out by a plan worked out once per table and fields
    (columns.row_layout): each value must come out as to_sql makes it, a column the
    row leaves out as the table's default, custom fields packed as sql_columns packs
    them."""
    from sync.replica.columns import COLUMNS, columns_of, row_layout, sql_columns, to_sql

    samples = {"list": [["Łukasz", "b"], [], None], "json": [{"b": "é", "a": [2]}, None],
               "bool": [True, False, None], "int": [3, 0, None],
               "text": ["Ana", "", None], "date": ["2026-01-02", None]}
    for table, kinds in schema.TABLES.items():
        assert len(COLUMNS[table]) >= 2
        for k in range(4):
            values: dict[str, object] = {
                name: samples[kind][k % len(samples[kind])]
                for i, (name, kind) in enumerate(kinds.items())
                if (i + k) % 3}  # some fields left out, differently each time
            if k % 2:
                values["deleted"] = bool(k % 4 == 1)
            fields = tuple(values)
            shaped = row_layout(table, fields).columns(list(values.values()))
            expected = {c: 0 if c == "deleted" else None for c in COLUMNS[table]}
            expected.update({name: to_sql(kinds[name], v) for name, v in values.items()
                             if name != "deleted"})
            if "deleted" in values:
                expected["deleted"] = int(values["deleted"])
            assert dict(zip(COLUMNS[table], shaped, strict=True)) == expected
            assert {**expected, **sql_columns(table, values)} == expected
    member = COLUMNS["member"]
    for fields, values, custom in [
        (("first_name", "custom.shift", "custom.badge"), ["Ana", "nights", ""],
         '{"shift": "nights"}'),
        (("custom.shift", "custom.badge"), [None, ""], None),  # all empty: no column
        (("custom", "custom.shift"), [{"kept": 1}, None], None),  # as field by field
        (("custom", "first_name"), [{"kept": 1}, "Ana"], '{"kept": 1}'),
        (("custom", "custom.shift"), [{"kept": 1}, "days"], '{"shift": "days"}'),
    ]:
        out = row_layout("member", fields).columns(values)
        assert out[member.index("custom")] == custom
        assert out == columns_of("member", dict(zip(fields, values, strict=True)))
        assert sql_columns("member", dict(zip(fields, values, strict=True)))["custom"] == custom
    with pytest.raises(MalformedChangeSet):
        row_layout("member", ("first_name", "shoe_size"))


def test_a_new_row_naming_a_field_twice_takes_the_row_by_its_field_values():
    """A change set may name a field twice in a row (nothing forbids it); its
    ``{field: value}`` keeps the last value, so the layout, which reads values by
    position, must not take such a row."""
    from sync.replica.columns import COLUMNS, columns_of, row_layout

    layout = row_layout("note", ("deleted", "text", "member_id"))
    assert (layout.deleted_at, layout.text_at) == (0, 1)
    assert (row_layout("member", ("first_name", "last_name")).deleted_at,
            row_layout("member", ("first_name", "last_name")).text_at) == (None, None)
    twice = ("first_name", "last_name", "first_name")
    assert row_layout("member", twice) is None
    out = columns_of("member", dict(zip(twice, ["Ana", "Okonkwo", "Bea"], strict=True)))
    assert out[COLUMNS["member"].index("first_name")] == "Bea"
    assert out[COLUMNS["member"].index("deleted")] == 0
