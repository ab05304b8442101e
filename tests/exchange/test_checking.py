"""A long file's rows are cleaned ahead in a child process
(sync/exchange/importer/checking.py): its answers are what this process would find, an
import with them holds the very members, values and flags of one without, the plans it
hands back are the ones taken, and a child that cannot start or answers nonsense
changes nothing but the time taken."""

from __future__ import annotations

import sys

import pytest

from sync.exchange import importer
from sync.exchange.importer import checking
from sync.exchange.importer.planning import plan_row, row_options
from sync.helper import Helper
from sync.records import validation
from sync.replica.search import phone_digits

from .files import write_csv

HEADINGS = ["First name", "Last name", "Email", "Phone", "Mobile", "Joined", "Status",
            "Tags", "Workplace", "Unit", "Shift"]
#: every kind of contact cell: valid, two in one cell, invalid, kept as typed, a lost
#: leading 0 (repairable), scientific notation, blank
CELLS = [
    ("ana{n}@example.org", "07911 {n:06d}", ""),
    ("ben{n}@example.org; BEN{n}@example.org", "+44 7911 {n:06d}", "020 7946 {n:04d}"),
    ("not-an-email-{n}", "7911{n:06d}", ""),
    ("", "07700 900{n:03d}", "4.47911E+11"),
    ("cara{n}@exämple.org", "12", "+49 30 {n:07d}"),
]


#: the other cells: dates in three forms (and none), status words, tags
JOINED = ["2021-03-31", "31/03/2021", "", "44000"]
STATUS = ["member", "Mitglied", "lapsed", ""]
TAGS = ["steward", "steward; rep", "", "Rep, nights"]


def message(cells: list, rows: list | None = None) -> list:
    """A message of the child's protocol: contact cells alone, or rows to clean too."""
    mapping = importer.guess_mapping(HEADINGS)
    return ["GB", True, "csv", cells, HEADINGS, mapping, {}, rows or []]


def rows(count: int) -> list[list[str]]:
    out = []
    for n in range(count):
        email, phone, mobile = CELLS[n % len(CELLS)]
        out.append([f"First{n}", f"Last{n}", email.format(n=n), phone.format(n=n % 1000),
                    mobile.format(n=n % 1000), JOINED[n % len(JOINED)],
                    STATUS[n % len(STATUS)], TAGS[n % len(TAGS)], f"Depot {n % 7}",
                    f"Unit {n % 3}" if n % 4 else "", "nights" if n % 2 else ""])
    return out


def plans_ahead(table, mapping, options, command=None) -> tuple[checking.RowsAhead, list]:
    """Walk the table as the importer does, reaching each row and taking its plan, and
    close the checks: the checks (for their helper) and the plans taken, one per row."""
    checks = checking.RowsAhead(table, mapping, options, command=command)
    try:
        taken = []
        for row in range(len(table.rows)):
            checks.reach(row)
            taken.append(checks.plan(row))
    finally:
        checks.close()
    return checks, taken


def what_was_imported(branch, result) -> tuple:
    members = sorted(
        (m.first_name, m.last_name, tuple(m.emails), tuple(m.phones),
         tuple(sorted(m.custom.items())))
        for m in (branch.get_member(i) for i in result.member_ids))
    issues = sorted((i.row, i.column, i.action, str(i.message)) for i in result.issues)
    return result.imported, result.rejected, members, issues


def test_an_import_checked_ahead_is_the_import_checked_here(branch, second_branch, tmp_path,
                                                            monkeypatch):
    count = checking.PARALLEL_ROWS + 700
    path = write_csv(tmp_path / "long.csv", HEADINGS, rows(count))
    validation.export_checks()  # nothing checked in this process yet
    ahead = importer.import_file(branch, path)
    monkeypatch.setattr(checking, "PARALLEL_ROWS", 10**9)  # the same file, checked here
    validation.export_checks()
    here = importer.import_file(second_branch, path)
    assert what_was_imported(branch, ahead) == what_was_imported(second_branch, here)
    assert ahead.imported == count
    assert ahead.issues  # the odd cells were flagged, not dropped


def test_the_childs_answer_is_what_this_process_finds():
    cells = [[target, value] for row in rows(40) for target, value in
             (("emails", row[2]), ("phones", row[3]), ("phones", row[4])) if value]
    sent = message(cells)
    validation.export_checks()  # this process's memory of checks, emptied
    here = checking.answer(sent)
    helper = Helper(checking.MODULE)
    [(_sent, there)] = list(helper.answers([sent], lambda m: m))
    assert sorted(map(tuple, there[0])) == sorted(map(tuple, here[0]))
    assert there[1] == here[1]
    phones = {c[4] for c in here[0] if c[0] == "phone"}
    assert "+447911000001" in phones and there[1] == [[p, phone_digits(p)]
                                                     for p in sorted(phones)]
    emails = {c[1]: c[2] for c in here[0] if c[0] == "email"}
    assert emails["ana0@example.org"] == "ana0@example.org"
    assert not any("not-an-email" in e for e in emails)  # what failed is checked here


def test_checks_remembered_from_the_child_answer_as_checking_here_would():
    validation.export_checks()
    here = checking.answer(["DE", True, "csv", [["phones", "030 1234567"],
                                                ["emails", "Vera@Example.org"]],
                            HEADINGS, {}, {}, []])
    expected = (validation.clean_phone("030 1234567", "DE"),
                validation.clean_email("Vera@Example.org"))
    validation.export_checks()
    validation.import_checks(here[0])
    assert (validation.clean_phone("030 1234567", "DE"),
            validation.clean_email("Vera@Example.org")) == expected
    # entries of another shape are ignored, not trusted
    validation.import_checks([["phone", 1, 2], ["email", "x@y.org"], "nonsense"])


@pytest.mark.parametrize("command", [["/nonexistent/caucus-checker"], None],
                         ids=["cannot-start", "real"])
def test_planning_with_the_checks_ahead_or_without_them_is_the_same(branch, tmp_path,
                                                                     command):
    path = write_csv(tmp_path / "plan.csv", HEADINGS, rows(1200))
    table = importer.read_table(path)
    mapping = importer.guess_mapping(table.headings)
    validation.export_checks()  # nothing checked in this process yet
    options, _notes = row_options(table, mapping, branch.region)
    checks, _plans = plans_ahead(table, mapping, options, command)
    assert checks.helper.child is None and not checks.helper.feeder.is_alive()
    assert checks.helper.reader is None or not checks.helper.reader.is_alive()
    ahead = importer.plan_import(branch, table, mapping)  # with what the child found
    validation.export_checks()
    here = importer.plan_import(branch, table, mapping)
    assert [(p.fields, p.error, [str(i.message) for i in p.issues]) for p in ahead] == \
        [(p.fields, p.error, [str(i.message) for i in p.issues]) for p in here]


def test_a_child_answering_the_wrong_shape_is_ignored(branch, tmp_path):
    """Its answer is a shortcut only: entries of another shape are not remembered, and
    planning goes on (checking here) instead of failing."""
    odd = [sys.executable, "-c",
           "import sys\nfrom sync.helper import serve\n"
           "sys.exit(serve(lambda m: [[['phone', 'x']], [['+1', '2', '3'], 'x', [1, 2]],\n"
           "    [[{'first_name': 1}, [], None, None], [{1: 'x'}, [], None, None], 'x']\n"
           "    + [[{'last_name': 'Odd'}, ['t'], 7, None]] * 600]))"]
    path = write_csv(tmp_path / "odd.csv", HEADINGS, rows(600))
    table = importer.read_table(path)
    mapping = importer.guess_mapping(table.headings)
    options, _notes = row_options(table, mapping, branch.region)
    _checks, taken = plans_ahead(table, mapping, options, odd)
    assert taken == [None] * len(table.rows)  # no plan of the wrong shape or count
    validation.export_checks()
    assert importer.plan_import(branch, table, mapping)[0].fields["phones"]


def test_the_plans_the_child_hands_back_are_taken_and_are_this_processs(branch, tmp_path):
    """Each row the child cleaned without a flag comes back planned, and the plan is the
    one this process makes of it; a row with something to flag is left to this process,
    as is a row of a cell the user edited."""
    path = write_csv(tmp_path / "plans.csv", HEADINGS, rows(1100))
    table = importer.read_table(path)
    mapping = importer.guess_mapping(table.headings)
    edited = table.row_numbers[3]
    options, _notes = row_options(table, mapping, branch.region,
                                  edits={edited: {"Last name": "Edited"}})
    validation.export_checks()
    _checks, ahead = plans_ahead(table, mapping, options)
    here = [plan_row(table, values, no, mapping, options)
            for values, no in zip(table.rows, table.row_numbers, strict=True)]
    clean = [i for i, p in enumerate(here) if not p.issues and p.error is None]
    assert len(clean) > len(table.rows) // 4 and 3 not in clean  # the edit is its own
    for i, plan in enumerate(ahead):
        if i in clean:
            assert plan is not None, f"row {i} was not planned by the child"
            assert (plan.row, plan.fields, plan.tags, plan.workplace, plan.unit) == (
                here[i].row, here[i].fields, here[i].tags, here[i].workplace, here[i].unit)
        else:
            assert plan is None  # flagged, repaired or edited: planned here
