"""Cells as one row of an import cleans them: plain printable text takes a short path, so
the edge between it and the full cleaning (spaces of every kind, tabs, control
characters, our export's guard quote, status words) is pinned down here."""

from __future__ import annotations

import pytest

from sync.exchange import importer

HEADINGS = ["First name", "Last name", "Job title", "Address", "Status", "Tags"]
MAPPING = {"First name": "first_name", "Last name": "last_name", "Job title": "job_title",
           "Address": "address", "Status": "status", "Tags": "tags"}


def clean(*values, kind="csv"):
    return importer.clean_row(list(values), HEADINGS, MAPPING, "GB", 2, kind)


@pytest.mark.parametrize(("typed", "stored"), [
    ("  Ana  ", "Ana"),                 # printable, with spaces around
    ("\u00a0Ana\u00a0", "Ana"),         # no-break spaces (not printable): stripped too
    ("\u3000Ana\u2003", "Ana"),         # ideographic and em spaces
    ("An\x07a", "Ana"),                 # a control character is dropped
    ("Ana\x7f", "Ana\x7f"),             # DEL is no control character of a spreadsheet's
])
def test_a_name_is_cleaned_whatever_its_spaces(typed, stored):
    plan = clean(typed, "Lopez")
    assert plan.fields["first_name"] == stored
    assert plan.issues == []


def test_a_tab_in_a_one_line_field_becomes_a_space_and_a_line_break_is_kept_aside():
    plan = clean("Ana", "Lopez", "Chef\tde partie", "1 High St\x0bLeeds")
    assert plan.fields["job_title"] == "Chef de partie"
    assert plan.fields["address"] == "1 High St\nLeeds"  # several lines allowed here
    plan = clean("Ana", "Lo\npez")  # the rest of a file read into one cell: not a name
    assert "last_name" not in plan.fields
    assert plan.fields["custom.unrecognised.last_name"] == "Lo\npez"
    assert [(i.field, i.action) for i in plan.issues] == [("last_name", "kept aside")]


@pytest.mark.parametrize(("kind", "stored"), [("csv", "=1+1"), ("xlsx", "'=1+1")])
def test_only_a_csv_cell_loses_our_guard_quote(kind, stored):
    assert clean("Ana", "Lopez", "'=1+1", kind=kind).fields["job_title"] == stored


def test_status_words_and_tags_read_the_same_row_after_row():
    for _ in range(3):  # the status word is remembered after the first row: same answer
        plan = clean("Ana", "Lopez", None, None, " Mitglied ", "Rep; Shift, nights")
        assert plan.fields["status"] == "member"
        assert plan.tags == ["Rep", "Shift, nights"]
    assert clean("Ana", "Lopez", None, None, "lapsed").fields["status"] == "lapsed"
    assert clean("Ana", "Lopez", None, None, "   ").fields.get("status") is None
