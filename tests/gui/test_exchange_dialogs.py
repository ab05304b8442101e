"""The import wizard, export dialog and merge dialog, driven offscreen over a real vault
with the real worker thread."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QComboBox

from desktop.dialogs.export_dialog import ExportDialog
from desktop.dialogs.import_wizard import ImportWizard
from desktop.dialogs.merge_dialog import MergeDialog
from sync.exchange import exporter, importer
from sync.ops import Session
from sync.records import MemberQuery
from tests.exchange.files import ENGLISH_HEADINGS, ENGLISH_ROWS, write_csv

from .helpers import LEFT, wait_idle


@pytest.fixture
def session(branch):
    return Session(branch.vault, branch)


def test_import_wizard_maps_previews_checks_and_imports(qtbot, runner, session, branch,
                                                        tmp_path):
    existing = branch.add_member(first_name="Ana", last_name="Lopez",
                                 emails=["ana@example.org"])
    rows = [*ENGLISH_ROWS, ["Bad", "Row", "not-an-email", "", "", "", "", "", ""]]
    rows[2] = ["Chloë", *rows[2][1:]]  # not ASCII: the encoding shows
    path = write_csv(tmp_path / "members.csv", [*ENGLISH_HEADINGS[:-1], "Rota"],
                     [[*r[:-1], "nights"] for r in rows], ";", "cp1252")
    dialog = ImportWizard(runner, session)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, runner)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.read_button, LEFT)
    wait_idle(qtbot, runner)
    # plain words: no "CSV (cp1252, …)" jargon
    assert "Windows-1252" in dialog.file_info.text() and "semicolons" in dialog.file_info.text()
    assert "cp1252" not in dialog.file_info.text()
    assert dialog.preview_model.rowCount() == 4
    mapping = dialog.mapping()
    assert mapping["First name"] == "first_name" and mapping["Rota"] is None
    dialog.set_target("Rota", "custom.Rota")
    dialog.save_name.setText("rota file")
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_idle(qtbot, runner)
    assert dialog.saved.findData("rota file") >= 0
    assert importer.load_mapping(branch, "rota file")["Rota"] == "custom.Rota"

    dialog.policy.setCurrentIndex(dialog.policy.findData("skip"))
    qtbot.mouseClick(dialog.check_button, LEFT)
    wait_idle(qtbot, runner)
    assert dialog.duplicates.rowCount() == 1
    # an import never drops a person: the bad email is kept aside and flagged
    assert "0 will be rejected" in dialog.summary.text()
    dialog.set_override(2, "update")
    assert dialog.overrides() == {2: "update"}

    with qtbot.waitSignal(dialog.imported, timeout=20000) as signal:
        qtbot.mouseClick(dialog.import_button, LEFT)
    result = signal.args[0]
    assert (result.imported, result.updated, result.skipped) == (3, 1, [])
    assert result.rejected == [] and result.flagged_rows == [5]
    assert "3 imported, 1 updated" in dialog.summary.text()
    wait_idle(qtbot, runner)
    assert branch.get_member(existing).custom == {"Rota": "nights"}
    assert branch.count_members() == 4


def test_import_wizard_reports_repeated_rows_and_reading_notes(qtbot, runner, session,
                                                               branch, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_bytes("First name,Last name,Email\r\nJosé,López,jose@example.org\r\n"
                     "Cara,Díaz,cara@example.org\r\n".encode()
                     + "Cara,Díaz,cara@example.org\r\n".encode("cp1252"))
    dialog = ImportWizard(runner, session)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.read_button, LEFT)
    wait_idle(qtbot, runner)
    assert "Read as Windows-1252" in dialog.file_info.text()
    assert "row 4" in dialog.file_info.text()
    qtbot.mouseClick(dialog.check_button, LEFT)
    wait_idle(qtbot, runner)
    assert "1 match existing members or earlier rows" in dialog.summary.text()
    assert dialog.duplicates.rowCount() == 1
    assert dialog.duplicates.item(0, 0).text() == "4"
    assert dialog.duplicates.item(0, 2).text().startswith("Row 3 of this file: Cara Díaz")
    with qtbot.waitSignal(dialog.imported, timeout=20000) as signal:
        qtbot.mouseClick(dialog.import_button, LEFT)
    result = signal.args[0]
    assert (result.imported, [r for r, _ in result.skipped]) == (2, [4])
    assert "2 imported, 0 updated, 1 skipped" in dialog.summary.text()
    assert "Read as Windows-1252" in dialog.summary.text()
    assert dialog.rejected.toPlainText() == ("Row 4: Skipped: it repeats row 3 of this file "
                                             "(same email cara@example.org).")
    wait_idle(qtbot, runner)
    assert branch.count_members() == 2


def test_import_wizard_names_the_sheet_it_reads(qtbot, runner, session, branch, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Read me"
    book.active["A1"] = "Members are on the next sheet"
    sheet = book.create_sheet("Members")
    sheet.append(["First name", "Last name"])
    sheet.append(["Ben", "Okafor"])
    book.save(tmp_path / "book.xlsx")
    dialog = ImportWizard(runner, session)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "book.xlsx"))
    qtbot.mouseClick(dialog.read_button, LEFT)
    wait_idle(qtbot, runner)
    assert dialog.file_info.text().startswith("Excel workbook (sheet “Members”): 1 row to import.")
    assert "the other sheets (Read me) were not read" in dialog.file_info.text()
    assert dialog.mapping() == {"First name": "first_name", "Last name": "last_name"}


def test_import_wizard_shows_a_clear_error_for_a_binary_file(qtbot, runner, session, branch,
                                                             tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 8)
    dialog = ImportWizard(runner, session)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.read_button, LEFT)
    wait_idle(qtbot, runner)
    assert "nothing was written" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    header = write_csv(tmp_path / "header.csv", ENGLISH_HEADINGS, [])
    dialog.path.setText(str(header))
    qtbot.mouseClick(dialog.read_button, LEFT)
    wait_idle(qtbot, runner)
    assert "no rows" in dialog.file_info.text()
    assert not dialog.import_button.isEnabled()
    assert branch.count_members() == 0


def test_import_wizard_cancel_stops_between_batches(qtbot, runner, session, branch, tmp_path,
                                                    monkeypatch):
    rows = [[f"P{i}", f"Person{i}", "", "", "", "", "", "", ""] for i in range(30)]
    path = write_csv(tmp_path / "many.csv", ENGLISH_HEADINGS, rows)
    monkeypatch.setattr(importer, "DEFAULT_BATCH", 10)
    dialog = ImportWizard(runner, session)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.read_button, LEFT)
    wait_idle(qtbot, runner)
    original = importer.run_import

    def slow_run(*args, **kwargs):
        kwargs["batch_size"] = 10
        outer = kwargs["progress"]

        def progress(done, total):
            outer(done, total)
            if done == 10:
                dialog._cancel.set()  # the user pressed Stop during the first batch
        kwargs["progress"] = progress
        return original(*args, **kwargs)

    monkeypatch.setattr(importer, "run_import", slow_run)
    with qtbot.waitSignal(dialog.imported, timeout=20000) as signal:
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert signal.args[0].cancelled and signal.args[0].imported == 10
    assert "Cancelled" in dialog.summary.text()
    wait_idle(qtbot, runner)
    assert branch.count_members() == 10


def test_export_dialog_writes_the_filtered_list_and_logs_it(qtbot, runner, session, branch,
                                                            tmp_path):
    branch.add_member(first_name="Ana", last_name="Lopez", emails=["ana@example.org"],
                      tags=["steward"])
    branch.add_member(first_name="Ben", last_name="Okafor")
    dialog = ExportDialog(runner, session, query=MemberQuery(tag="steward"))
    qtbot.addWidget(dialog)
    wait_idle(qtbot, runner)
    assert "1 members" in dialog.scope.text()
    assert "NOT encrypted" in dialog.warning.text()
    dialog.set_columns(["first_name", "last_name", "emails"])
    out = tmp_path / "stewards.csv"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, LEFT)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    # the header row a person reads (a mail merge), not field codes
    assert rows == [["First name", "Last name", "Emails"], ["Ana", "Lopez", "ana@example.org"]]
    assert "stewards.csv" in dialog.log.text()
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.path.text().endswith("stewards.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, LEFT)
    wait_idle(qtbot, runner)
    assert [e.kind for e in exporter.export_log(branch)] == ["xlsx", "csv"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_export_dialog_pdf(qtbot, runner, session, branch, tmp_path):
    branch.add_member(first_name="Ana", last_name="Lopez")
    dialog = ExportDialog(runner, session)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, runner)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    out = tmp_path / "list.pdf"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, LEFT)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Lopez, Ana" in text and "Northside Tenants" in text
    wait_idle(qtbot, runner)


def test_merge_dialog_lists_pairs_and_merges(qtbot, runner, session, branch):
    a = branch.add_member(first_name="Ana", last_name="Lopez", emails=["ana@example.org"],
                          job_title="Driver")
    b = branch.add_member(first_name="Ana", last_name="López", emails=["ana@example.org"],
                          job_title="Conductor", tags=["rep"])
    branch.add_note("Met at the gate", member_id=b)
    dialog = MergeDialog(runner, session)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, runner)
    assert dialog.pair_box.count() == 1
    # labels a person reads, not field codes
    assert {dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())} == {
        "Last name", "Job title"}
    dialog.choose("job_title", "b")
    assert isinstance(dialog.table.cellWidget(0, 3), QComboBox)
    with qtbot.waitSignal(dialog.merged, timeout=20000):
        qtbot.mouseClick(dialog.merge_button, LEFT)
    wait_idle(qtbot, runner)
    kept = branch.get_member(a)
    assert (kept.last_name, kept.job_title, kept.tags) == ("Lopez", "Conductor", ["rep"])
    assert branch.get_member(b).deleted
    assert "Met at the gate" in {n.text for n in branch.list_notes(member_id=a)}
    assert "Merged" in dialog.status.text()
    assert "Keep A" not in dialog.intro.text()  # the merged pair's text is gone


def test_merge_dialog_asks_for_a_bounded_number_of_pairs(qtbot, runner, session, branch,
                                                         monkeypatch):
    from desktop.dialogs import merge_dialog

    for first in ("Ana", "Ben", "Cara"):
        for last in ("Lopez", "López"):
            branch.add_member(first_name=first, last_name=last,
                              emails=[f"{first.lower()}@example.org"])
    monkeypatch.setattr(merge_dialog, "PAIR_LIMIT", 2)
    dialog = MergeDialog(runner, session)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, runner)
    assert dialog.pair_box.count() == 2
    assert not dialog.found.isHidden()
    assert dialog.found.text().startswith("Showing the 2 most likely of 3 pairs")


def test_merge_dialog_for_a_given_pair(qtbot, runner, session, branch):
    a = branch.add_member(first_name="Ana", last_name="Lopez")
    b = branch.add_member(first_name="Anna", last_name="Lopez")
    dialog = MergeDialog(runner, session, a_id=a, b_id=b)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, runner)
    assert dialog.choices() == {"first_name": "a"}
    dialog.choose("first_name", "b")
    with qtbot.waitSignal(dialog.merged, timeout=20000):
        qtbot.mouseClick(dialog.merge_button, LEFT)
    wait_idle(qtbot, runner)
    assert branch.get_member(a).first_name == "Anna"


def test_import_wizard_lists_flagged_values_takes_fixes_and_asks_before_repairing(
        qtbot, runner, session, branch, tmp_path):
    branch.set_country("GB")
    path = tmp_path / "excel.csv"
    path.write_text("First name,Last name,Email,Phone\r\n"
                    "Dara,Quinn,dara-at-example,\r\n"
                    "Żaneta,Nowak,,7913345678\r\n"
                    "Chidi,Eze,,4.47913E+11\r\n", encoding="utf-8")
    dialog = ImportWizard(runner, session)
    qtbot.addWidget(dialog)
    dialog.show()
    # it opens large (was 563×594): the mapping and the preview show whole
    assert dialog.width() >= min(dialog.screen().availableGeometry().width() * 0.6, 900)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.read_button, LEFT)
    wait_idle(qtbot, runner)
    # the preview numbers rows as the messages do: the spreadsheet's rows (headings: 1)
    numbers = [dialog.preview_model.verticalHeaderItem(i).text() for i in range(3)]
    assert numbers == ["2", "3", "4"]
    dialog.repair.setChecked(False)  # no repair without consent
    qtbot.mouseClick(dialog.check_button, LEFT)
    wait_idle(qtbot, runner)
    issues = dialog.issues
    assert issues.isVisibleTo(dialog) and dialog.repair.isVisibleTo(dialog)
    listed = {(i.row, i.column, i.original, i.action) for i in issues.issues}
    assert (2, "Email", "dara-at-example", "kept aside") in listed
    assert (4, "Phone", "4.47913E+11", "kept aside") in listed  # digits lost: a fix
    assert (3, "Phone", "7913345678", "repairable") in listed  # offered, not made
    # fixes typed, the repairs agreed to: nobody is dropped, nothing odd kept
    issues.set_fix(2, "Email", "dara@example.org")
    issues.set_fix(4, "Phone", "07913 123456")
    dialog.repair.setChecked(True)
    wait_idle(qtbot, runner)
    assert {i.action for i in issues.issues if i.row == 3} == {"repaired"}
    with qtbot.waitSignal(dialog.imported, timeout=20000) as signal:
        qtbot.mouseClick(dialog.import_button, LEFT)
    result = signal.args[0]
    assert result.imported == 3 and result.rejected == []
    assert not dialog.import_button.isEnabled()  # a finished import is not offered again
    wait_idle(qtbot, runner)
    people = {m.first_name: branch.get_member(m.id) for m in branch.list_members()}
    assert people["Dara"].emails == ["dara@example.org"]
    assert people["Żaneta"].phones == ["+447913345678"]
    assert people["Chidi"].phones == ["+447913123456"]
