"""Schema 7 moves each row's field clock into the row itself (``sync.store.clocks``): a
vault written by schema 6 or earlier (clocks as JSON in a ``clock`` table, stamps in
full) is migrated in place when it is opened, and keeps its conflicts, history and
state, the organising tables' (schema 6) included.

A schema-6 vault is made here from a schema-7 one by writing back what schema 6 held:
the JSON of every row's clock with full stamps (exactly what the replica decodes), rows
without a clock column, the old index, and the old version number. Real vaults, real
change sets, real signatures. (The golden vaults, tests/test_golden.py, are real
vaults of schema 1 and 2 with their JSON clocks.)
"""

from __future__ import annotations

import json

import pytest

from sync.records import Branch
from sync.store import schema
from tests.replicas import build_template, exchange_all, open_with_key


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=2, viewer=False,
                          spare=False)


def as_schema_6(branch: Branch) -> int:
    """Rewrite an open schema-7 vault as schema 6 stored it; the clocks written."""
    conn = branch.conn
    replica = branch.replica
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TABLE clock (tbl TEXT NOT NULL, row TEXT NOT NULL, data TEXT NOT "
                 "NULL, PRIMARY KEY (tbl, row)) WITHOUT ROWID")
    written = 0
    for table in schema.TABLES:
        for row, data in conn.execute(f"SELECT id, clock FROM {table}").fetchall():  # noqa: S608
            clock = replica.shared.decode_clock(data)
            conn.execute("INSERT INTO clock(tbl, row, data) VALUES (?, ?, ?)",
                         (table, row, json.dumps(clock, separators=(",", ":"))))
            written += 1
        conn.execute(f"ALTER TABLE {table} DROP COLUMN clock")  # noqa: S608
    conn.execute("DELETE FROM field_code")
    conn.execute("DROP INDEX changeset_plan")
    conn.execute("CREATE INDEX changeset_author ON changeset(author, seq)")
    conn.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
    conn.execute("COMMIT")
    return written


def snapshot(branch: Branch, member: str) -> tuple:
    replica = branch.replica
    return (replica.state_hash(),
            [(c.id, c.candidates) for c in replica.conflicts()],
            replica.history("member", member))


def test_a_schema_6_vault_keeps_its_conflicts_history_and_state(template, tmp_path):
    branches = template.clone(tmp_path)
    a, b = branches["sec0"], branches["sec1"]
    depot = a.add_workplace("Depot")
    member = a.add_member(first_name="Ana", last_name="Silva", emails=["ana@example.org"],
                          workplace_id=depot)
    other = a.add_member(first_name="Dorota", last_name="Nowak", workplace_id=depot)
    a.add_note("Met at the gate", member_id=member)
    yard = a.add_unit(depot, "Yard", kind="site", headcount=12)
    test = a.add_action("Pay petition", "petition", 60, workplace_id=depot)
    a.set_response(test, member, "yes")
    a.add_relation(member, other, "works_with")
    a.move_person(member, yard)
    exchange_all([a, b])
    a.update_member(member, job_title="Driver")
    b.update_member(member, job_title="Porter")
    a.delete_member(other)
    b.update_member(other, department="Stores")
    a.update_unit(yard, name="Yard east")
    b.update_unit(yard, name="Yard west")
    exchange_all([a, b])
    before = snapshot(a, member)
    assert {c.field for c in a.replica.conflicts()} == {"job_title", "deleted", "name"}

    written = as_schema_6(a)
    assert written >= 10
    path, key = a.vault.path, bytearray(a.vault._key)
    a.vault.lock()
    vault = open_with_key(path, key)  # opening upgrades: the clocks move into the rows
    try:
        a = Branch(vault)
        conn = a.conn
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'"
                            ).fetchone()[0] == str(schema.SCHEMA_VERSION)
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'clock'"
                            ).fetchone()[0] == 0
        for table in ("member", "unit", "action", "response", "relation"):
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE clock IS NULL"  # noqa: S608
                                ).fetchone()[0] == 0, table
        assert snapshot(a, member) == before
        # the migrated clocks take new writes: resolving settles it on both laptops
        a.update_member(member, job_title="Shop steward")
        a.restore_member(other)
        a.update_unit(yard, name="Yard")
        exchange_all([a, b])
        for side in (a, b):
            assert side.replica.conflicts() == []
            assert side.get_member(member).job_title == "Shop steward"
            assert side.workplace_figures(depot).units[0].unit.name == "Yard"
            assert side.get_member(other).department == "Stores"
        assert a.replica.state_hash() == b.replica.state_hash()
    finally:
        vault.lock()
        b.vault.lock()


def test_a_migrated_vault_still_erases_a_member_everywhere(template, tmp_path):
    branches = template.clone(tmp_path)
    a, b = branches["sec0"], branches["sec1"]
    member = a.add_member(first_name="Quokka", last_name="Burrow", emails=["q@example.org"])
    a.update_member(member, job_title="Vexholm porter")
    exchange_all([a, b])
    as_schema_6(a)
    path, key = a.vault.path, bytearray(a.vault._key)
    a.vault.lock()
    vault = open_with_key(path, key)
    try:
        a = Branch(vault)
        a.erase_member(member)
        exchange_all([a, b])
        for side in (a, b):
            assert side.member_ids() == []
            for table in schema.TABLES:
                hits = side.conn.execute(
                    f"SELECT count(*) FROM {table} WHERE id = ?", (member,)  # noqa: S608
                ).fetchone()[0]
                assert hits == 0, table
            assert all("Vexholm" not in str(e.value) for e in side.replica.history(
                "member", member))
        assert a.replica.state_hash() == b.replica.state_hash()
    finally:
        vault.lock()
        b.vault.lock()
