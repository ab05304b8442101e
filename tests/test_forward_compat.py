"""A laptop on an older build meets change sets from a newer one.

A newer Caucus may add a field; an older one must not fail the whole import for it
(nor apply half of it): the change set is kept and relayed, set aside with a reason that
says to update, and the writer's later change sets still apply. Once this laptop runs a
build that knows the field, the state is recomputed and the set-aside change sets apply.
A newer build is simulated by adding the field to this build's schema for a while.
"""

from __future__ import annotations

import pytest

from sync.records import Branch
from sync.replica import Replica
from sync.store import schema
from sync.store.vault import Vault

from .replicas import PASSPHRASE, build_template, exchange_all

NEW_FIELD = "pronouns"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("compat"), secretaries=1, viewer=False,
                          spare=False)


@pytest.fixture
def newer_build(monkeypatch):
    """While active, this build knows ``member.pronouns`` (as a newer one would)."""
    def start() -> None:
        monkeypatch.setitem(schema.TABLES, "member", {**schema.TABLES["member"],
                                                      NEW_FIELD: "text"})
    return start


def test_an_unknown_field_is_set_aside_not_fatal_and_applies_after_an_upgrade(
        template, tmp_path, monkeypatch, newer_build):
    branches = template.clone(tmp_path)
    newer, older = branches["founder"], branches["sec0"]
    ana = newer.add_member(first_name="Ana", last_name="Silva")
    exchange_all([newer, older])
    # the founder's laptop runs the newer build: its vault has the column, it writes it
    newer_build()
    newer.conn.execute(f"ALTER TABLE member ADD COLUMN {NEW_FIELD} TEXT")
    with newer.replica.transaction() as tx:
        tx.set("member", ana, {NEW_FIELD: "she/her", "job_title": "Driver"})
    monkeypatch.undo()  # back to this build for the older laptop
    newer.add_member(first_name="Ben", last_name="Okafor")  # a later change set
    older_seen = older.replica.version_vector()
    report = older.replica.receive(list(newer.replica.export_changesets(
        {bytes.fromhex(k): v for k, v in older_seen.items()})))
    assert len(report.rejected) == 1 and report.applied == 1
    assert report.rejected[0]["reason"] == schema.NEWER_WRITER
    # the rest applied; the set-aside change set applied nothing, not even job_title
    assert {m.last_name for m in older.list_members()} == {"Silva", "Okafor"}
    assert older.get_member(ana).job_title is None
    # it is kept and relayed to others as it came
    kept = older.conn.execute("SELECT count(*) FROM changeset WHERE reason = ?",
                              (schema.NEWER_WRITER,)).fetchone()[0]
    assert kept == 1
    path = older.vault.path
    older.vault.lock()
    # the older laptop is upgraded to a build that knows the field
    vault = Vault.open(path, PASSPHRASE)
    vault.conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                       (str(schema.SCHEMA_VERSION - 1),))
    vault.lock()
    newer_build()
    vault = Vault.open(path, PASSPHRASE)  # upgrades: adds the column, asks to recompute
    try:
        upgraded = Branch(vault, Replica(vault))
        assert upgraded.get_member(ana).job_title == "Driver"
        assert vault.conn.execute(f"SELECT {NEW_FIELD} FROM member WHERE id = ?",
                                  (ana,)).fetchone()[0] == "she/her"
        assert upgraded.replica.meta("recompute") is None
        assert upgraded.replica.state_hash() == newer.replica.state_hash()
    finally:
        vault.lock()
        newer.vault.lock()
