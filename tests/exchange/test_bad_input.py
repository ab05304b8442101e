"""Bad spreadsheets (issue #6): each gets a clear error or a rejected row with its reason,
nothing is silently dropped, and every row is accounted for in the report."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest

from sync.errors import ValidationError
from sync.exchange import importer
from sync.exchange.errors import (
    ImportFileTooLarge,
    MappingError,
    UnreadableImportFile,
)

from .conftest import api, changeset_count, member_count
from .files import STOPPED_BY_A_LOCK, import_stopped_by_a_lock, write_csv, write_xlsx


def people(branch) -> dict[str, object]:
    """Every member not deleted, by last name."""
    found = [branch.get_member(i) for i in branch.member_ids()]
    return {m.last_name: m for m in found}


def accounted(result) -> list[int]:
    """The row numbers the report gives a reason for, in order."""
    return sorted(r for r, _ in result.rejected + result.skipped)


# -- 1. quotes that never close; line breaks in one-line fields ------------------------
def test_an_unclosed_quote_rejects_its_row_and_every_line_it_swallowed(branch, tmp_path):
    path = tmp_path / "q.csv"
    path.write_bytes(b'First name,Last name,Email\nAna,"Lopez,ana@example.org\n'
                     b"Ben,Okafor,ben@example.org\nCara,Diaz,cara@example.org\n"
                     b"Dan,Evans,dan@example.org\n")
    before = changeset_count(branch)
    result = importer.import_file(branch, path)
    assert result.imported == 0 and member_count(branch) == 0
    reasons = dict(result.rejected)
    assert sorted(reasons) == [2, 3, 4, 5]
    assert reasons[2].startswith('A quote (") opened in this row is never closed')
    assert "3 lines" in reasons[2]
    assert all("row 2" in reasons[n] for n in (3, 4, 5))
    assert changeset_count(branch) == before  # a batch of rejected rows writes nothing


def test_a_quote_closed_on_a_later_line_rejects_the_lines_between(branch, tmp_path):
    path = tmp_path / "q.csv"
    path.write_bytes(b"First name,Last name,Address,Email\n"
                     b'Ana,Lopez,"1 High St\nBen,Okafor,"5 Low Rd",ben@example.org\n'
                     b'Cara,Diaz,"2 Mill Lane\nLeeds",cara@example.org\n')
    result = importer.import_file(branch, path)
    reasons = dict(result.rejected)
    assert sorted(reasons) == [2, 3]
    assert "not closed where its cell ends" in reasons[2] and "row 2" in reasons[3]
    assert result.imported == 1  # a quoted line break inside a cell is fine
    assert people(branch)["Diaz"].address == "2 Mill Lane\nLeeds"


def test_an_unclosed_quote_in_the_headings_is_a_clear_error(branch, tmp_path):
    path = tmp_path / "q.csv"
    path.write_bytes(b'First name,"Last name,Email\nAna,Lopez,ana@example.org\n')
    with pytest.raises(UnreadableImportFile, match="column headings"):
        importer.import_file(branch, path)


def test_line_breaks_only_where_a_field_has_several_lines(branch, tmp_path):
    rows = [["Ana", "Lopez\nBen Okafor", "", "1 High St"],
            ["Cara", "Diaz", "cara@example.org\nben@example.org", ""],
            ["Dan", "Evans", "", "2 Mill Lane\nLeeds"]]
    path = write_xlsx(tmp_path / "m.xlsx", ["First name", "Last name", "Email", "Address"],
                      rows)
    result = importer.import_file(branch, path)
    # nobody is dropped: the values with line breaks are kept aside on the person, flagged
    assert (result.imported, result.rejected, result.flagged_rows) == (3, [], [2, 3])
    reasons = {i.row: i.message for i in result.issues if i.action == "kept aside"}
    assert "Last name 'Lopez\\nBen Okafor' has a line break" in reasons[2]
    assert "Emails" in reasons[3] and "line break" in reasons[3]
    found = {m.first_name: m for m in people(branch).values()}
    assert found["Ana"].custom == {"unrecognised.last_name": "Lopez\nBen Okafor"}
    assert found["Cara"].emails == []
    assert found["Cara"].custom == {"unrecognised.emails": "cara@example.org\nben@example.org"}
    assert people(branch)["Evans"].address == "2 Mill Lane\nLeeds"


# -- 2. more values than headings ----------------------------------------------------------
def test_a_row_with_more_values_than_headings_is_rejected(branch, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("First name,Last name,Address,Department,Job title\n"
                    "Dan,Evans,12 High St, Leeds,Catering,Chef\n"
                    "Ana,Lopez,1 Mill Lane,Catering,Cook,,\n", encoding="utf-8")
    result = importer.import_file(branch, path)
    assert result.rejected == [(2, "The row has 6 values but the file has 5 column headings, "
                                   "so its values cannot be matched to the columns (is there "
                                   "a comma in a value that is not in quotes?). Fix the row "
                                   "and import it again.")]
    ana = people(branch)["Lopez"]  # blank cells past the headings are no values
    assert (ana.department, ana.job_title) == ("Catering", "Cook")
    assert "Evans" not in people(branch)


def test_an_xlsx_cell_past_the_headings_is_not_dropped(branch, tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", ["First name", "Last name"],
                      [["Ana", "Lopez", "call after 6"], ["Ben", "Okafor"]])
    result = importer.import_file(branch, path)
    assert [r for r, _ in result.rejected] == [2]
    assert "3 values but the file has 2 column headings" in result.rejected[0][1]
    assert "comma" not in result.rejected[0][1]
    assert result.imported == 1


def test_a_file_with_one_heading_is_one_column_whatever_its_commas(branch, tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("Name\nLopez, Ana\nOkafor, Ben\n", encoding="utf-8")
    table = importer.read_table(path)
    assert (table.delimiter, table.rows) == (None, [["Lopez, Ana"], ["Okafor, Ben"]])
    assert importer.run_import(branch, table, importer.guess_mapping(table.headings)
                               ).imported == 2
    assert people(branch)["Lopez"].first_name == "Ana"


# -- 3. one person twice in one file -------------------------------------------------------
def test_two_rows_updating_one_member_both_count(branch, tmp_path):
    ana = branch.add_member(first_name="Ana", last_name="Lopez", emails=["ana@example.org"])
    path = write_csv(tmp_path / "a.csv", ["First name", "Last name", "Email", "Phone", "Tags"],
                     [["Ana", "Lopez", "ana@example.org", "07911 123460", "steward"],
                      ["Ana", "Lopez", "ana@example.org", "07911 123461", "rep"]])
    result = importer.import_file(branch, path, on_duplicate="update")
    assert (result.imported, result.updated) == (0, 2)
    member = branch.get_member(ana)
    assert member.phones == ["+447911123460", "+447911123461"]
    assert member.tags == ["rep", "steward"]


@pytest.mark.parametrize("batch_size", [500, 1])
def test_a_new_person_twice_in_a_file_is_created_once_then_updated(branch, tmp_path,
                                                                   batch_size):
    path = write_csv(tmp_path / "b.csv", ["First name", "Last name", "Email", "Phone"],
                     [["Ben", "Okafor", "ben@example.org", "07911 123462"],
                      ["Ben", "Okafor", "ben@example.org", "07911 123463"],
                      ["Cara", "Diaz", "cara@example.org", ""]])
    result = importer.import_file(branch, path, on_duplicate="update", batch_size=batch_size)
    assert (result.imported, result.updated, result.rejected) == (2, 1, [])
    assert member_count(branch) == 2
    assert people(branch)["Okafor"].phones == ["+447911123462", "+447911123463"]


def test_a_repeated_row_is_found_by_the_check_and_skipped_with_its_row(branch, tmp_path):
    path = write_csv(tmp_path / "c.csv", ["First name", "Last name", "Email"],
                     [["Cara", "Diaz", "cara@example.org"], ["Cara", "Diaz", "CARA@example.org"]])
    table = importer.read_table(path)
    mapping = importer.guess_mapping(table.headings)
    plans = importer.plan_import(branch, table, mapping)
    assert [(p.row, p.is_duplicate, p.duplicate_row) for p in plans] == [
        (2, False, None), (3, True, 2)]
    assert (plans[1].duplicate_name, plans[1].duplicate_reason) == (
        "Cara Diaz", "same email CARA@example.org")
    result = importer.run_import(branch, table, mapping)
    assert result.imported == 1
    assert result.skipped == [(3, "Skipped: it repeats row 2 of this file "
                                  "(same email CARA@example.org).")]
    assert result.to_dict()["skipped"] == [{"row": 3, "reason": result.skipped[0][1]}]
    # once Cara is in the vault both rows match her; a row's own choice still wins
    again = importer.run_import(branch, table, mapping, overrides={3: "create"})
    assert (again.imported, [r for r, _ in again.skipped]) == (1, [2])
    assert "the existing member Cara Diaz" in again.skipped[0][1]
    assert member_count(branch) == 2


def test_an_import_stopped_part_way_says_what_was_imported(branch, vault_path, tmp_path):
    stopped = import_stopped_by_a_lock(branch, tmp_path)
    assert str(stopped) == STOPPED_BY_A_LOCK
    with api(vault_path) as reopened:
        assert member_count(reopened) == 3


# -- 5. a year alone ---------------------------------------------------------------------
@pytest.mark.parametrize("value", ["2019", 2019, 2019.0, "1900", " 2200 "])
def test_a_year_alone_is_not_a_date(value):
    with pytest.raises(ValidationError, match="a year alone is not a date; write"):
        importer.parse_date(value, "joined_on")


def test_numbers_that_are_no_year_are_still_excel_serials():
    assert importer.parse_date("45382") == "2024-03-31"
    assert importer.parse_date(1000) == "1902-09-26"


# -- 6. one Windows-1252 line in a UTF-8 file ---------------------------------------------
def test_only_the_line_that_is_not_utf8_is_read_as_windows_1252(branch, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes("First name,Last name\r\nJürgen,Müller\r\n".encode()
                     + "Zoë,Weiß\r\n".encode("cp1252") + "José,López\r\n".encode())
    table = importer.read_table(path)
    assert table.encoding == "utf-8"
    assert [r[1] for r in table.rows] == ["Müller", "Weiß", "López"]
    assert table.notes == ["Read as Windows-1252, not UTF-8 like the rest of the file (check "
                           "the accented letters there): row 3."]
    assert "row 3" in importer.preview(path, table=table).message
    result = importer.run_import(branch, table, importer.guess_mapping(table.headings))
    assert result.imported == 3 and result.notes == table.notes
    assert people(branch)["Müller"].first_name == "Jürgen"


# -- 7. control characters ----------------------------------------------------------------
def test_control_characters_are_stripped_on_import(branch, tmp_path):
    path = tmp_path / "c.csv"
    others = b"".join(b"P%d,Person%d,%d Mill Lane,Porter\r\n" % (i, i, i) for i in range(9))
    path.write_bytes(b"First name,Last name,Address,Job title\r\n"
                     b"An\x07a,Lo\x01pez,1 High St\x0bLeeds,Chef\tde partie\r\n" + others)
    result = importer.import_file(branch, path)
    assert result.imported == 10, result.rejected
    ana = people(branch)["Lopez"]
    # a vertical tab is an old spreadsheet's line break in a cell
    assert (ana.first_name, ana.address, ana.job_title) == ("Ana", "1 High St\nLeeds",
                                                            "Chef de partie")


# -- 9. size ---------------------------------------------------------------------------
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(branch, tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:  # sparse: the limit is checked before any byte is read
        f.write(b"First name,Last name\n")
        f.truncate(importer.MAX_BYTES + 1)
    with pytest.raises(ImportFileTooLarge, match="up to 64 MB"):
        importer.read_table(path)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_file_over_the_row_limit_is_refused(branch, tmp_path, monkeypatch, kind):
    monkeypatch.setattr(importer.reading, "MAX_ROWS", 5)
    rows = [[f"P{i}", f"Person{i}"] for i in range(6)]
    writer = write_csv if kind == "csv" else write_xlsx
    path = writer(tmp_path / f"many.{kind}", ["First name", "Last name"], rows)
    with pytest.raises(ImportFileTooLarge, match="more than 5 rows"):
        importer.import_file(branch, path)
    assert member_count(branch) == 0
    writer(path, ["First name", "Last name"], rows[:5])
    assert importer.import_file(branch, path).imported == 5


# -- 10. two columns for one field -------------------------------------------------------
def test_two_columns_for_one_field(branch, tmp_path):
    path = write_csv(tmp_path / "a.csv", ["First name", "Last name", "Address 1", "Address 2",
                                          "Rota", "Shift"],
                     [["Ana", "Lopez", "1 High St", "Leeds", "nights", "B"]])
    mapping = {"Address 2": "address", "Rota": "custom.rota", "Shift": "custom.rota"}
    importer.import_file(branch, path, mapping)
    ana = people(branch)["Lopez"]
    assert (ana.address, ana.custom) == ("1 High St, Leeds", {"rota": "nights, B"})
    with pytest.raises(MappingError, match="'First name' and 'Rota' both go to first name"):
        importer.check_mapping({"First name": "first_name", "Rota": "first_name"})


# -- 11. our own guard quote, and tags ---------------------------------------------------
def test_a_leading_quote_is_kept_in_xlsx_and_other_programs_csv(branch, tmp_path):
    headings = ["First name", "Last name", "Rota"]
    write_xlsx(tmp_path / "m.xlsx", headings, [["Ana", "Lopez", "'=x"]])
    importer.import_file(branch, tmp_path / "m.xlsx", {"Rota": "custom.Rota"})
    assert people(branch)["Lopez"].custom == {"Rota": "'=x"}
    write_csv(tmp_path / "m.csv", headings, [["Ben", "Okafor", "'night"],
                                             ["Cara", "Diaz", "'+44"]])
    importer.import_file(branch, tmp_path / "m.csv", {"Rota": "custom.Rota"})
    assert people(branch)["Okafor"].custom == {"Rota": "'night"}
    assert people(branch)["Diaz"].custom == {"Rota": "+44"}  # our export's formula guard


def test_tags_split_on_semicolons_else_on_commas(branch, tmp_path):
    path = write_csv(tmp_path / "t.csv", ["Last name", "Tags"],
                     [["Lopez", "Depot, North; rep"], ["Okafor", "steward, rep"],
                      ["Diaz", "Depot, North;"], ["Evans", "night\nday"]])
    importer.import_file(branch, path)
    found = people(branch)
    assert found["Lopez"].tags == ["Depot, North", "rep"]
    assert found["Okafor"].tags == ["rep", "steward"]  # an older comma-joined export
    assert found["Diaz"].tags == ["Depot, North"]
    assert found["Evans"].tags == ["day", "night"]


# -- 12. damaged workbooks ---------------------------------------------------------------
def test_a_workbook_with_a_damaged_sheet_is_a_clear_error(branch, tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", ["First name", "Last name"], [["Ana", "Lopez"]])
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
                data = data[:len(data) // 2]  # cut off mid-XML
            zout.writestr(name, data)
    with pytest.raises(UnreadableImportFile, match="nothing was written"):
        importer.import_file(branch, bad)
    assert member_count(branch) == 0


# -- 13. which sheet; Excel's sep= line ---------------------------------------------------
def test_the_first_sheet_with_rows_of_data_is_read_and_named(branch, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Instructions"
    book.active["A1"] = "Fill in the Members sheet"
    book.create_sheet("Empty")
    members = book.create_sheet("Members")
    members.append(["First name", "Last name"])
    members.append(["Ben", "Okafor"])
    book.save(tmp_path / "m.xlsx")
    table = importer.read_table(tmp_path / "m.xlsx")
    assert (table.sheet, table.headings, table.rows) == ("Members", ["First name", "Last name"],
                                                          [["Ben", "Okafor"]])
    preview = importer.preview(tmp_path / "m.xlsx", table=table)
    assert preview.sheet == "Members"
    assert "Read the sheet “Members”; the other sheets (Instructions, Empty) were not read." \
        in preview.message
    assert importer.run_import(branch, table, preview.mapping).imported == 1


def test_excels_sep_line_sets_the_delimiter(branch, tmp_path):
    path = tmp_path / "s.csv"
    path.write_bytes(b"sep=;\r\nVorname;Nachname;Adresse\r\nJ\xc3\xbcrgen;M\xc3\xbcller;"
                     b"Hauptstr. 5, Berlin\r\n")
    table = importer.read_table(path)
    assert (table.delimiter, table.headings) == (";", ["Vorname", "Nachname", "Adresse"])
    assert table.rows == [["Jürgen", "Müller", "Hauptstr. 5, Berlin"]]
    assert table.row_numbers == [2]  # as Excel shows it: the sep line is no row


def test_an_overlong_cell_keeps_its_person_and_the_start_of_its_value(branch, tmp_path):
    """A cell longer than a field holds (a pasted paragraph in the email column, a last
    name run on) is kept aside as its first characters and flagged; it never stops the
    import of the people after it."""
    rows = [["Ann", "Able", "x" * 2500], ["Bob", "B" * 3000, "bob@example.org"],
            ["Cy", "Cole", "cy@example.org"]]
    path = write_csv(tmp_path / "long.csv", ["First name", "Last name", "Email"], rows)
    result = importer.import_file(branch, path)
    assert (result.imported, result.rejected, result.skipped) == (3, [], [])
    by_name = {m.first_name: branch.get_member(m.id) for m in branch.list_members()}
    assert set(by_name) == {"Ann", "Bob", "Cy"}
    kept = by_name["Ann"].custom["unrecognised.emails"]
    assert kept == "x" * 1999 + "…"
    assert by_name["Bob"].custom["unrecognised.last_name"] == "B" * 1999 + "…"
    messages = {i.row: str(i.message) for i in result.issues}
    assert messages[2].endswith("It is 2,500 characters long: its first 1,999 are kept "
                                "aside, the most a field holds.")
    assert "It is 3,000 characters long" in messages[3]
