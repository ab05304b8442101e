"""The branch's country and currency: replicated branch data that only an admin sets,
read by ``Branch.region``; an older vault is upgraded in place and has neither."""

from __future__ import annotations

import pytest

from sync.errors import NotPermitted
from sync.records import Branch, format_phone
from sync.store import schema
from sync.store.vault import Vault
from sync.trust import create_branch

from .replicas import PASSPHRASE, build_template, exchange_all


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("settings"), secretaries=1, viewer=False,
                          spare=False)


def test_the_country_syncs_like_branch_data_and_only_an_admin_sets_it(template, tmp_path):
    replicas = template.clone(tmp_path)
    founder, secretary = replicas["founder"], replicas["sec0"]
    try:
        assert founder.settings().country == "GB"  # the test suite's CAUCUS_COUNTRY
        founder.set_country("DE")
        founder.set_currency("EUR")
        exchange_all([founder, secretary])
        assert secretary.settings().country == "DE" and secretary.region == "DE"
        assert secretary.settings().currency == "EUR"
        member = secretary.add_member(first_name="Jürgen", phones=["030 7654321"])
        assert secretary.get_member(member).phones == ["+49307654321"]
        assert format_phone("+49307654321", secretary.region) == "030 7654321"
        assert format_phone("+447911123456", secretary.region) == "+44 7911 123456"
        with pytest.raises(NotPermitted, match="Only an admin"):
            secretary.set_country("FR")
        # and the replica itself refuses a secretary's change to the branch row
        (row,) = secretary.conn.execute("SELECT id FROM branch").fetchone()
        with pytest.raises(NotPermitted), secretary.replica.transaction() as tx:
            tx.set("branch", row, {"country": "FR"})
        exchange_all([founder, secretary])
        assert founder.settings().country == secretary.settings().country == "DE"
        assert founder.replica.state_hash() == secretary.replica.state_hash()
    finally:
        for branch in replicas.values():
            branch.vault.lock()


def test_an_older_vault_gets_the_fields_in_place_and_no_country(tmp_path):
    path = tmp_path / "old.caucus"
    vault = Vault.create(path, PASSPHRASE, "interactive")
    branch = Branch(vault, create_branch(vault, "Old branch", "Old laptop", country=None,
                                         currency=None))
    member = branch.add_member(first_name="Ana", phones=["+44 7911 123456"])
    conn = vault.conn
    for name in ("country", "currency"):  # as schema 3 made it
        conn.execute(f"ALTER TABLE branch DROP COLUMN {name}")
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    vault.lock()
    vault = Vault.open(path, PASSPHRASE)
    try:
        branch = Branch(vault)
        assert vault.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'"
                                  ).fetchone()[0] == str(schema.SCHEMA_VERSION)
        settings = branch.settings()
        assert (settings.name, settings.country, settings.currency) == ("Old branch", None,
                                                                        None)
        assert branch.region is None  # Britain is not assumed
        assert branch.get_member(member).phones == ["+447911123456"]
        branch.set_country("gb", currency=True)
        assert (branch.settings().country, branch.settings().currency) == ("GB", "GBP")
        assert branch.replica.verify_all()[1] == []
    finally:
        vault.lock()
