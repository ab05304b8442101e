"""Spreadsheet import over real vaults: dialects, encodings, mapping, duplicates, batches."""

from __future__ import annotations

import datetime as dt
import gc

import pytest

from sync.errors import CaucusError, ValidationError
from sync.exchange import importer
from sync.exchange.errors import EmptyImportFile, MappingError, UnreadableImportFile
from sync.records import MemberQuery

from .conftest import changeset_count, member_count
from .files import (
    ENGLISH_HEADINGS,
    ENGLISH_ROWS,
    GERMAN_HEADINGS,
    GERMAN_ROWS,
    SPANISH_HEADINGS,
    SPANISH_ROWS,
    XLSX_HEADINGS,
    XLSX_ROWS,
    write_csv,
    write_xlsx,
)


def by_name(branch, last: str):
    ids = branch.member_ids(MemberQuery(search=last))
    members = [branch.get_member(i) for i in ids]
    members = [m for m in members if m.last_name == last]
    assert len(members) == 1, [m.last_name for m in members]
    return members[0]


# -- dialects and encodings ---------------------------------------------------------------
@pytest.mark.parametrize(("delimiter", "encoding", "expected_encoding"), [
    (",", "utf-8", "utf-8"),
    (";", "utf-8-sig", "utf-8-sig"),
    ("\t", "utf-16", "utf-16"),
    (";", "cp1252", "cp1252"),
    ("\t", "utf-8", "utf-8"),
    (",", "cp1252", "cp1252"),
])
def test_german_csv_in_every_dialect_and_encoding(branch, tmp_path, delimiter, encoding,
                                                  expected_encoding):
    path = write_csv(tmp_path / "mitglieder.csv", GERMAN_HEADINGS, GERMAN_ROWS, delimiter,
                     encoding)
    table = importer.read_table(path)
    assert table.encoding == expected_encoding
    assert table.delimiter == delimiter
    assert table.headings == GERMAN_HEADINGS
    preview = importer.preview(path, rows=2, table=table)
    assert preview.total_rows == 3 and len(preview.rows) == 2
    assert preview.mapping == {
        "Vorname": "first_name", "Nachname": "last_name", "E-Mail": "emails",
        "Handy": "phones", "PLZ": "postcode", "Betrieb": "workplace",
        "Mitgliedsnummer": "membership_no", "Eintrittsdatum": "joined_on",
        "Schlagworte": "tags", "Adresse": "address",
    }
    result = importer.run_import(branch, table, preview.mapping)
    assert (result.imported, result.updated, result.skipped, result.rejected) == (3, 0, [], [])
    jurgen = by_name(branch, "Müller")
    assert jurgen.first_name == "Jürgen"
    assert jurgen.emails == ["juergen@example.de"]
    assert jurgen.phones == ["+447911123456"]
    assert jurgen.address == "Hauptstraße 5\nHinterhaus"  # a quoted newline
    assert jurgen.joined_on == "2021-03-31"
    assert jurgen.tags == ["Nachtschicht", "Vertrauensleute"]
    kaethe = by_name(branch, "Weiß")
    # one workplace, matched case-insensitively within the file
    assert kaethe.workplace_id == jurgen.workplace_id
    assert [w.name for w in branch.list_workplaces()] == ["Busdepot Nord"]
    assert by_name(branch, "Ørsted").first_name == "Zoë"


def test_spanish_headings_utf16(branch, tmp_path):
    path = write_csv(tmp_path / "afiliados.csv", SPANISH_HEADINGS, SPANISH_ROWS, "\t", "utf-16")
    mapping = importer.preview(path).mapping
    assert mapping == {
        "Nombre": "first_name", "Apellido(s)": "last_name", "Correo": "emails",
        "Móvil": "phones", "Código postal": "postcode", "Empresa": "workplace",
        "Fecha de alta": "joined_on", "Etiquetas": "tags",
    }
    result = importer.import_file(branch, path)
    assert result.imported == 2
    jose = by_name(branch, "García López")
    assert jose.joined_on == "2022-01-15"
    assert jose.tags == ["comité", "delegada"]
    assert jose.workplace == "Hospital Central"


def test_xlsx_written_by_openpyxl(branch, tmp_path):
    path = write_xlsx(tmp_path / "members.xlsx", XLSX_HEADINGS, XLSX_ROWS)
    table = importer.read_table(path)
    assert table.kind == "xlsx" and table.row_numbers == [2, 3]
    result = importer.import_file(branch, path)
    assert (result.imported, result.rejected) == (2, [])
    dev = by_name(branch, "Patel")
    assert (dev.joined_on, dev.dues_paid_until, dev.assessment) == ("2022-04-01", "2026-12-31", 4)
    assert dev.tags == ["rep", "steward"]
    erin = by_name(branch, "Walsh")
    assert erin.joined_on == "2023-01-01"  # an Excel serial date
    assert erin.dues_paid_until == "2027-01-31"
    assert erin.phones == ["+447911123463"]


def test_sniffer_fallback_on_a_single_column_file(branch, tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("Surname\nLopez\nOkafor\n", encoding="utf-8")
    result = importer.import_file(branch, path)
    assert result.imported == 2
    assert member_count(branch) == 2


# -- bad rows, empty and binary files -----------------------------------------------------
def test_rows_with_bad_dates_emails_or_phones_are_imported_and_flagged(branch, tmp_path):
    """No row is dropped for one bad value: it is kept aside on the person (or, for a
    phone number that cannot be checked, kept as typed) and the row flagged, with the
    reason the row used to be rejected for."""
    rows = [
        ["Good", "One", "good1@example.org", "07911 123456", "2024-01-02"],
        ["Bad", "Date", "bd@example.org", "", "31/31/2024"],
        ["Bad", "Email", "not-an-email", "", ""],
        ["Bad", "Phone", "", "07700 900123", ""],
        ["", "", "noname@example.org", "", ""],
        ["Good", "Two", "good2@example.org", "", "31.12.2023"],
    ]
    path = write_csv(tmp_path / "mixed.csv", ["First name", "Last name", "Email", "Phone",
                                              "Joined"], rows)
    before = changeset_count(branch)
    result = importer.import_file(branch, path)
    assert (result.imported, result.rejected) == (6, [])
    reasons = {i.row: i.message for i in result.issues}
    assert sorted(reasons) == result.flagged_rows == [3, 4, 5, 6]  # spreadsheet row numbers
    assert "31/31/2024" in reasons[3] and "date" in reasons[3].lower()
    assert "not-an-email" in reasons[4] and "email" in reasons[4]
    assert "07700 900123" in reasons[5] and "phone" in reasons[5]
    assert "name" in reasons[6]
    assert changeset_count(branch) == before + 1
    assert {by_name(branch, "One").joined_on, by_name(branch, "Two").joined_on} == {
        "2024-01-02", "2023-12-31"}
    assert by_name(branch, "Date").custom == {"unrecognised.joined_on": "31/31/2024"}
    assert by_name(branch, "Email").custom == {"unrecognised.emails": "not-an-email"}
    assert by_name(branch, "Phone").phones == ["07700 900123"]
    assert by_name(branch, importer.NO_NAME).emails == ["noname@example.org"]

def test_header_only_file_imports_nothing_with_a_clear_message(branch, tmp_path):
    path = write_csv(tmp_path / "empty-rows.csv", ENGLISH_HEADINGS, [])
    before = changeset_count(branch)
    assert importer.preview(path).total_rows == 0
    result = importer.import_file(branch, path)
    assert result.imported == 0 and "no rows" in result.summary()
    assert changeset_count(branch) == before


@pytest.mark.parametrize("content", [b"", b"\n\n  \r\n", b"\xef\xbb\xbf", b",,,\n,,\n"])
def test_empty_file_is_a_clear_error(branch, tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    before = changeset_count(branch)
    with pytest.raises(EmptyImportFile) as info:
        importer.import_file(branch, path)
    assert isinstance(info.value, CaucusError) and "empty" in str(info.value)
    assert changeset_count(branch) == before


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    bytes(range(256)) * 20,
    b"PK\x03\x04 this is not really a zip file" + bytes(200),
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
])
def test_binary_file_is_a_clear_error_and_nothing_is_written(branch, tmp_path, content):
    path = tmp_path / "members.csv"
    path.write_bytes(content)
    before = changeset_count(branch)
    with pytest.raises(UnreadableImportFile) as info:
        importer.import_file(branch, path)
    assert "nothing was written" in str(info.value).lower()
    assert changeset_count(branch) == before
    assert member_count(branch) == 0


# -- mapping ------------------------------------------------------------------------------
def test_manual_and_saved_mappings(branch, tmp_path):
    path = write_csv(tmp_path / "odd.csv", ["Who", "Family", "Contact", "Shift"],
                     [["Ana", "Lopez", "ana@example.org", "nights"]])
    assert importer.preview(path).mapping == {"Who": None, "Family": None,
                                              "Contact": None, "Shift": None}
    mapping = {"Who": "first_name", "Family": "last_name", "Contact": "emails",
               "Shift": "custom.shift"}
    importer.save_mapping(branch, "rota sheet", mapping)
    assert importer.saved_mappings(branch) == ["rota sheet"]
    assert importer.load_mapping(branch, "rota sheet") == mapping
    # saved mappings are local settings, not replicated data
    before = changeset_count(branch)
    result = importer.import_file(branch, path, importer.load_mapping(branch, "rota sheet"))
    assert result.imported == 1 and changeset_count(branch) == before + 1
    ana = by_name(branch, "Lopez")
    assert (ana.first_name, ana.emails, ana.custom) == ("Ana", ["ana@example.org"],
                                                        {"shift": "nights"})
    with pytest.raises(MappingError):
        importer.check_mapping({"Who": "shoe_size"})
    with pytest.raises(MappingError):
        importer.load_mapping(branch, "nope")
    importer.delete_mapping(branch, "rota sheet")
    assert importer.saved_mappings(branch) == []


def test_a_file_with_no_name_column_is_refused(branch, tmp_path):
    path = write_csv(tmp_path / "x.csv", ["Email"], [["a@example.org"]])
    with pytest.raises(MappingError):
        importer.import_file(branch, path)
    assert member_count(branch) == 0


def test_full_name_column_is_split(branch, tmp_path):
    path = write_csv(tmp_path / "x.csv", ["Name", "Email"],
                     [["Ana María Lopez", "a@example.org"], ["Okafor, Ben", ""]])
    importer.import_file(branch, path)
    assert by_name(branch, "Lopez").first_name == "Ana María"
    assert by_name(branch, "Okafor").first_name == "Ben"


@pytest.mark.parametrize(("text", "iso"), [
    ("2024-03-31", "2024-03-31"), ("31/03/2024", "2024-03-31"), ("31.03.2024", "2024-03-31"),
    ("31-03-2024", "2024-03-31"), ("03/31/2024", "2024-03-31"), ("1 March 2024", "2024-03-01"),
    ("45382", "2024-03-31"), (45382, "2024-03-31"), (45382.0, "2024-03-31"),
    (dt.datetime(2024, 3, 31, 12, 0), "2024-03-31"), ("2024-03-31T10:00:00", "2024-03-31"),
    ("05/04/2024", "2024-04-05"), ("", None),
])
def test_dates_in_common_formats(text, iso):
    assert importer.parse_date(text) == iso


@pytest.mark.parametrize("text", ["31/31/2024", "yesterday", "2024-02-30", "1", "12/31/24x"])
def test_bad_dates(text):
    with pytest.raises(ValidationError):
        importer.parse_date(text, "joined_on")


# -- duplicates ---------------------------------------------------------------------------
def test_reimport_with_skip_creates_nothing_new(branch, tmp_path):
    path = write_csv(tmp_path / "en.csv", ENGLISH_HEADINGS, ENGLISH_ROWS)
    assert importer.import_file(branch, path).imported == 3
    before = changeset_count(branch)
    again = importer.import_file(branch, path, on_duplicate="skip")
    assert (again.imported, again.updated, len(again.skipped)) == (0, 0, 3)
    assert member_count(branch) == 3
    assert changeset_count(branch) == before  # an empty batch writes no change set


def test_duplicate_decisions_default_and_per_row(branch, tmp_path):
    ana = branch.add_member(first_name="Ana", last_name="Lopez", emails=["ANA@example.org"],
                            tags=["founder"])
    chloe = branch.add_member(first_name="Chloe", last_name="Smith",
                              phones=["07911 123470"])
    rows = [
        ["Ana", "Lopez", "ana@example.org", "07911 123460", "N1 9GU", "", "", "", "steward"],
        ["Chloe", "Smith", "", "07911 123470", "N2 8AA", "", "", "", ""],
        ["Dan", "Brown", "dan@example.org", "", "", "", "", "", ""],
    ]
    path = write_csv(tmp_path / "d.csv", ENGLISH_HEADINGS, rows)
    table = importer.read_table(path)
    mapping = importer.guess_mapping(table.headings)
    plans = importer.plan_import(branch, table, mapping)
    assert [(p.row, p.duplicate_of) for p in plans] == [(2, ana), (3, chloe), (4, None)]
    assert "email" in plans[0].duplicate_reason
    assert plans[1].duplicate_reason == "same name and phone"
    result = importer.run_import(branch, table, mapping, on_duplicate="update",
                                 overrides={3: "create"})
    assert (result.imported, result.updated, result.skipped) == (2, 1, [])
    updated = branch.get_member(ana)
    assert updated.phones == ["+447911123460"] and updated.postcode == "N1 9GU"
    assert updated.emails == ["ANA@example.org"]  # the same address is not added twice
    assert updated.tags == ["founder", "steward"]
    assert member_count(branch) == 4  # Chloe created anew, Dan new


def test_a_large_batch_reports_progress_and_heeds_cancel_within_it(branch, tmp_path):
    """Progress moves, and Cancel is heard, every STEP_ROWS rows of a batch; a cancel
    there drops the unfinished batch: the batches before stand, whole."""
    step = importer.running.STEP_ROWS
    rows = [[f"P{i}", f"Person{i}", "", "", "", "", "", "", ""] for i in range(6 * step)]
    table = importer.read_table(write_csv(tmp_path / "many.csv", ENGLISH_HEADINGS, rows))
    seen: list[int] = []
    before = changeset_count(branch)
    result = importer.run_import(branch, table, importer.guess_mapping(table.headings),
                                 batch_size=3 * step, progress=lambda d, _t: seen.append(d),
                                 cancelled=lambda: 4 * step in seen)
    # the first batch's steps, its commit, and the second's first step: Cancel heard at
    # its next step, with 500 of its rows written into the batch, none committed
    assert seen == [0, step, 2 * step, 3 * step, 4 * step]
    assert result.cancelled and result.imported == 3 * step and result.batches == 1
    assert changeset_count(branch) == before + 1
    assert member_count(branch) == 3 * step


def test_batches_progress_and_cancel_leave_whole_batches(branch, tmp_path):
    rows = [[f"P{i}", f"Person{i}", f"p{i}@example.org", "", "", "", "", "", ""]
            for i in range(7)]
    path = write_csv(tmp_path / "many.csv", ENGLISH_HEADINGS, rows)
    table = importer.read_table(path)
    seen: list[tuple[int, int]] = []
    before = changeset_count(branch)
    result = importer.run_import(branch, table, importer.guess_mapping(table.headings),
                                 batch_size=3, progress=lambda d, t: seen.append((d, t)),
                                 cancelled=lambda: len(seen) >= 2)
    assert result.cancelled and result.imported == 3 and result.batches == 1
    assert "Cancelled" in result.summary()
    assert seen == [(0, 7), (3, 7)]
    assert changeset_count(branch) == before + 1
    assert member_count(branch) == 3
    full = importer.run_import(branch, table, importer.guess_mapping(table.headings),
                               batch_size=3)
    assert (full.imported, len(full.skipped), full.batches) == (4, 3, 3)
    assert changeset_count(branch) == before + 3  # the all-skipped batch wrote nothing


def test_existing_workplace_is_reused(branch, tmp_path):
    depot = branch.add_workplace("Central Depot")
    path = write_csv(tmp_path / "en.csv", ENGLISH_HEADINGS, ENGLISH_ROWS)
    result = importer.import_file(branch, path)
    assert result.workplaces_created == 1  # Bakery
    assert by_name(branch, "Lopez").workplace_id == depot
    assert sorted(w.name for w in branch.list_workplaces()) == ["Bakery", "Central Depot"]


def test_bad_on_duplicate_choice(branch, tmp_path):
    path = write_csv(tmp_path / "en.csv", ENGLISH_HEADINGS, ENGLISH_ROWS)
    with pytest.raises(ValidationError):
        importer.import_file(branch, path, on_duplicate="merge")


def test_an_import_leaves_the_cycle_collector_as_it_found_it(branch, tmp_path, monkeypatch):
    """Automatic collection is off while a file is read and imported (the importer
    collects young objects after each batch), and as it was afterwards: on, or off when
    the program had turned it off, also when the import fails."""
    path = write_csv(tmp_path / "members.csv", ENGLISH_HEADINGS, ENGLISH_ROWS)
    seen: list[bool] = []
    result = importer.import_file(branch, path, batch_size=2,
                                  progress=lambda _d, _t: seen.append(gc.isenabled()))
    assert result.imported and len(seen) == 3 and not any(seen[1:])  # after each batch
    assert gc.isenabled()
    gc.disable()
    try:
        importer.import_file(branch, path, on_duplicate="update")
        assert not gc.isenabled()
    finally:
        gc.enable()

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(importer.running.Batch, "commit", broken)
    with pytest.raises(CaucusError):
        importer.import_file(branch, path, on_duplicate="create")
    assert gc.isenabled()
