"""An import never drops a person (#14 items 3–5), on real files in tests/exchange/data/:

- ``german-members.csv``: Windows-1252, semicolons, ``Vorname;Nachname;E-Mail;Telefon``,
  local numbers and ``01.03.2019`` dates, into a branch set to Germany;
- ``messy-excel.csv``: nine people as Excel exports them, three with one damaged value
  each (a mistyped email, a phone whose leading 0 Excel dropped, a phone in scientific
  notation with its last digits gone);
- ``harsh-excel.csv``: worse (numbers phonenumbers calls invalid, an Excel date number,
  ``13/13/2020``, a year alone, no name at all, an empty line).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sync.errors import NotPermitted, ValidationError
from sync.exchange import importer
from sync.records import Branch, format_phone, system_country
from sync.trust import create_branch

DATA = Path(__file__).parent / "data"


def everyone(branch: Branch) -> dict[str, object]:
    return {m.first_name or m.emails[0]: m for m in
            (branch.get_member(i) for i in branch.member_ids())}


def test_the_german_file_imports_all_three_into_a_german_branch(branch, second_branch):
    branch.set_country("DE", currency=True)
    assert branch.settings().country == "DE" and branch.region == "DE"
    path = DATA / "german-members.csv"
    table = importer.read_table(path)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    result = importer.import_file(branch, path)
    assert (result.imported, result.rejected, result.skipped, result.issues) == (3, [], [], [])
    people = everyone(branch)
    assert sorted(people) == ["Jürgen", "Käthe", "Özlem"]
    assert people["Jürgen"].phones == ["+49307654321"]
    shown = {name: format_phone(m.phones[0], branch.region) for name, m in people.items()}
    assert shown == {"Jürgen": "030 7654321", "Käthe": "0171 1234567", "Özlem": "0221 9876543"}
    assert people["Jürgen"].joined_on == "2019-03-01"  # 01.03.2019: day first
    assert people["Käthe"].last_name == "Weiß"
    # the same file in a British branch: nobody is dropped; the numbers that are no
    # British numbers are kept as typed and flagged
    assert second_branch.region == "GB"
    again = importer.import_file(second_branch, path)
    assert again.imported == 3 and again.rejected == []
    assert {i.action for i in again.issues} == {"kept as typed"}
    assert sorted(m.phones[0] for m in everyone(second_branch).values()) == [
        "0171 1234567", "0221 9876543", "030 7654321"]


def test_the_messy_file_keeps_all_nine_and_flags_three(branch):
    path = DATA / "messy-excel.csv"
    table = importer.read_table(path)
    mapping = importer.guess_mapping(table.headings)
    plans = importer.plan_import(branch, table, mapping, repair=False)
    assert [p.row for p in plans if p.flagged] == [5, 6, 7]
    result = importer.run_import(branch, table, mapping, repair=False)
    assert (result.imported, result.rejected, result.skipped) == (9, [], [])
    assert result.flagged_rows == [5, 6, 7] and result.repaired_rows == []
    issues = {i.row: i for i in result.issues}
    assert (issues[5].column, issues[5].original, issues[5].action) == (
        "Email", "dara.okeefe@example", "kept aside")
    assert (issues[6].original, issues[6].action, issues[6].value) == (
        "7911123459", "repairable", "+447911123459")
    assert "leading 0" in issues[6].message
    assert (issues[7].original, issues[7].action) == ("7.79112E+09", "kept aside")
    assert "lost its last digits" in issues[7].message
    people = everyone(branch)
    assert people["Dara"].emails == [] and people["Dara"].phones == ["+447911123460"]
    assert people["Dara"].custom == {"unrecognised.emails": "dara.okeefe@example"}
    assert people["Żaneta"].custom == {"unrecognised.phones": "7911123459"}
    assert people["Chidi"].custom == {"unrecognised.phones": "7.79112E+09"}
    assert people["Ana"].joined_on == "2019-03-12"  # the column has 23/11/2018: day first
    assert "read day first (as its dates show)" in " ".join(result.notes)
    assert result.to_dict()["issues"][0] == {
        "row": 5, "column": "Email", "field": "emails", "original": "dara.okeefe@example",
        "action": "kept aside", "message": issues[5].message, "value": None}


def test_with_repairs_the_lost_zero_is_put_back_and_the_lost_digits_are_not(second_branch):
    branch = second_branch
    branch.set_country("GB")
    result = importer.import_file(branch, DATA / "messy-excel.csv")  # repairs: the default
    assert result.imported == 9
    assert result.flagged_rows == [5, 7] and result.repaired_rows == [6]
    people = everyone(branch)
    assert people["Żaneta"].phones == ["+447911123459"] and people["Żaneta"].custom == {}
    assert people["Chidi"].phones == []  # no repair can find digits that are gone
    assert "1 repaired" in result.summary() and "2 rows flagged" in result.summary()


def test_the_harsh_file_keeps_everyone(branch):
    path = DATA / "harsh-excel.csv"
    result = importer.import_file(branch, path, repair=False)
    assert (result.imported, result.rejected) == (9, [])
    assert result.skipped == [(11, result.skipped[0][1])]  # a line with a date, no person
    assert "holds no person" in result.skipped[0][1]
    people = everyone(branch)
    assert len(people) == 9
    by = {(i.row, i.column): i for i in result.issues}
    # real numbers phonenumbers calls invalid: kept as typed, flagged
    assert people["Ana"].phones == ["07700 900123"] and by[(2, "Mobile")].action == \
        "kept as typed"
    assert people["Ben"].phones == ["07911 345678"]
    # an Excel date number (offered), 13/13/2020, a year alone, a word
    assert (by[(3, "Joined")].action, by[(3, "Joined")].value) == ("repairable", "2020-03-01")
    assert people["Chloe"].custom == {"unrecognised.joined_on": "13/13/2020"}
    assert "a year alone" in by[(5, "Joined")].message
    assert people["Dara"].custom == {"unrecognised.joined_on": "2019"}
    assert people["Żaneta"].custom == {"unrecognised.emails": "zaneta@@example.org",
                                       "unrecognised.phones": "7911123459",
                                       "unrecognised.dues_paid_until": "2026"}
    assert people["Chidi"].custom == {"unrecognised.phones": "4.47911E+11",
                                      "unrecognised.joined_on": "yesterday"}
    assert people["Farid"].custom == {"unrecognised.phones": "not known",
                                      "unrecognised.dues_paid_until": "paid"}
    # no name, but an email and a phone: a person, imported as "(no name)" and flagged
    erin = people["erin@example.org"]
    assert erin.last_name == importer.NO_NAME and erin.phones == ["+447911123461"]
    assert by[(8, "Last name")].action == "no name"
    assert set(result.flagged_rows) == {2, 3, 4, 5, 6, 7, 8, 9, 10}


def test_with_repairs_the_excel_dates_are_read(branch):
    result = importer.import_file(branch, DATA / "harsh-excel.csv")
    people = everyone(branch)
    assert people["Ben"].joined_on == "2020-03-01"
    assert people["Grace"].dues_paid_until == "2024-12-31"
    assert {i.row for i in result.issues if i.action == "repaired"} == {3, 6, 10}
    assert people["Żaneta"].phones == ["+447911123459"]


def test_the_user_fixes_a_flagged_value_before_importing(branch):
    path = DATA / "messy-excel.csv"
    table = importer.read_table(path)
    mapping = importer.guess_mapping(table.headings)
    preview = importer.preview(path, table=table)
    assert preview.row_numbers[:3] == [2, 3, 4]  # the numbers every issue uses
    edits = {5: {"Email": "dara.okeefe@example.org"}, 7: {"Mobile": "07911 123464"}}
    plans = importer.plan_import(branch, table, mapping, repair=False, edits=edits)
    assert [p.row for p in plans if p.flagged] == [6]
    result = importer.run_import(branch, table, mapping, repair=False, edits=edits)
    assert result.flagged_rows == [6]
    people = everyone(branch)
    assert people["Dara"].emails == ["dara.okeefe@example.org"] and people["Dara"].custom == {}
    assert people["Chidi"].phones == ["+447911123464"]


def test_day_and_month_order_follow_the_column_then_the_country(branch, tmp_path):
    path = tmp_path / "us.csv"
    path.write_text("First name,Last name,Joined\nAna,Lopez,03/04/2024\nBen,Okafor,04/05/2024\n",
                    encoding="utf-8")
    branch.set_country("US")
    result = importer.import_file(branch, path)
    assert {m.first_name: m.joined_on for m in everyone(branch).values()} == {
        "Ana": "2024-03-04", "Ben": "2024-04-05"}
    assert "read month first (as in US)" in " ".join(result.notes)
    path.write_text("First name,Last name,Joined\nCara,Diaz,03/04/2024\nDan,Evans,04/25/2024\n",
                    encoding="utf-8")
    branch.set_country("GB")
    importer.import_file(branch, path)  # 04/25: the column is month first, wherever
    assert everyone(branch)["Cara"].joined_on == "2024-03-04"


def test_a_branch_has_a_country_and_a_currency_only_an_admin_sets(branch, tmp_path,
                                                                  monkeypatch):
    assert branch.settings().country == "GB" and branch.settings().currency == "GBP"
    with pytest.raises(ValidationError, match="ISO 3166"):
        branch.set_country("XX")
    with pytest.raises(ValidationError, match="ISO 4217"):
        branch.set_currency("EURO")
    assert branch.set_currency("eur") == "EUR"
    before = branch.replica.state_hash()
    assert branch.settings().currency == "EUR" and before
    monkeypatch.setattr(branch.replica, "device_role", lambda _device: "secretary")
    with pytest.raises(NotPermitted, match="Only an admin"):
        branch.set_country("DE")
    # a new branch takes its country from the locale, never Britain by default
    monkeypatch.delenv("CAUCUS_COUNTRY")
    for env, country in (({"LANG": "de_DE.UTF-8"}, "DE"), ({"LANG": "C.UTF-8"}, None),
                         ({"LC_ALL": "es_AR.UTF-8", "LANG": "en_GB.UTF-8"}, "AR"), ({}, None)):
        assert system_country(env) == country
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TELEPHONE", raising=False)
    from sync.store.vault import Vault

    vault = Vault.create(tmp_path / "c.caucus", "correct horse battery staple", "interactive")
    fresh = Branch(vault, create_branch(vault, "Nowhere", "Laptop"))
    assert (fresh.settings().country, fresh.settings().currency, fresh.region) == (
        None, None, None)
    member = fresh.add_member(first_name="Ana", phones=["07911 123456", "+44 7911 123457"])
    assert fresh.get_member(member).phones == ["07911 123456", "+447911123457"]
    vault.lock()
