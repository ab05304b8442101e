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
from .writes import signed_writes

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


def index_names(replica: Replica) -> set[str]:
    return {name for (name,) in replica.shared.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}


def receive_watching(replica: Replica, items, **kwargs) -> list[bool]:
    """Receive ``items`` in small batches; after each batch, whether the member list's
    index was there."""
    seen: list[bool] = []
    replica.receive(items, batch_size=BATCH,
                    progress=lambda _done, _bytes: seen.append(
                        "member_name" in index_names(replica)), **kwargs)
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


def test_a_new_row_takes_the_same_columns_by_its_shape_as_field_by_field():
    """New rows are shaped by a converter per field, worked out once per table and
    fields (state.column_shape); each value must come out as to_sql makes it."""
    from sync.replica.state import column_shape, sql_columns, to_sql

    samples = {"list": [["Łukasz", "b"], [], None], "json": [{"b": "é", "a": [2]}, None],
               "bool": [True, False, None], "int": [3, 0, None],
               "text": ["Ana", "", None], "date": ["2026-01-02", None]}
    for table, kinds in schema.TABLES.items():
        for k in range(3):
            values: dict[str, object] = {
                name: samples[kind][k % len(samples[kind])] for name, kind in kinds.items()}
            values["deleted"] = bool(k % 2)
            names, converters = column_shape(table, tuple(values))
            shaped = [v if c is None else c(v)
                      for c, v in zip(converters, values.values(), strict=True)]
            expected = {name: to_sql(kind, values[name]) for name, kind in kinds.items()}
            expected["deleted"] = int(values["deleted"])
            assert dict(zip(names, shaped, strict=True)) == expected
            assert sql_columns(table, values) == expected
    assert column_shape("member", ("first_name", "custom.shift")) is None  # packed
    with pytest.raises(MalformedChangeSet):
        column_shape("member", ("first_name", "shoe_size"))


def test_a_new_row_naming_a_field_twice_takes_the_row_by_its_field_values():
    """A change set may name a field twice in a row (nothing forbids it); its
    ``{field: value}`` keeps the last value, so the shaped path, which reads values by
    position, must not take such a row."""
    from sync.replica.state import column_shape, new_row_shape

    fields = ("deleted", "text", "member_id")
    assert new_row_shape("note", fields) == (*column_shape("note", fields), 0, 1)
    assert new_row_shape("member", ("first_name", "last_name"))[2:] == (None, None)
    assert new_row_shape("member", ("first_name", "last_name", "first_name")) is None
