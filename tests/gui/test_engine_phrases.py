"""The engine's sentences that are not errors, in the user's language: the import
wizard's reading notes, duplicate reasons and skipped rows, a sync report's reason for
rejecting a change set, the labels of fields that are not a member's, and the figures
inside an engine sentence (grouped as the locale groups them). The words come from the
real catalogs; the engine's ``str()`` stays the English the command line prints."""

from __future__ import annotations

import nacl.signing
import pytest
from PySide6.QtCore import QLocale

from desktop import value_words
from desktop.dialogs.import_wizard import ImportWizard
from desktop.i18n import error_text, install_language
from desktop.views.sync_lan import describe as describe_lan
from desktop.views.sync_usb import describe
from sync import changes
from sync.bundle import import_bundle
from sync.exchange.errors import ImportFileTooLarge
from sync.exchange.importer import reading
from sync.folder import FolderSyncResult
from sync.lan.session import SyncResult
from sync.ops import Session
from sync.ops.changed import Changes
from sync.ops.syncing import FolderSynced
from sync.records.labels import FIELD_LABELS
from sync.store import schema
from tests.bundlefile import branch_key, write_raw_bundle

from .helpers import LEFT, wait_idle


@pytest.fixture
def spanish(qapp):
    assert install_language(qapp, "es") == "es"
    yield
    install_language(qapp, "en")


@pytest.fixture
def german(qapp):
    assert install_language(qapp, "de") == "de"
    yield
    install_language(qapp, "en")


def test_the_import_wizard_gives_its_notes_and_reasons_in_spanish(qtbot, spanish, runner,
                                                                  branch, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_bytes("First name,Last name,Email,Joined\r\n"
                     "José,López,jose@example.org,13/03/2020\r\n"
                     "Cara,Díaz,cara@example.org,01/04/2021\r\n".encode()
                     + "Cara,Díaz,cara@example.org,01/04/2021\r\n".encode("cp1252"))
    dialog = ImportWizard(runner, Session(branch.vault, branch))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.read_button, LEFT)
    wait_idle(qtbot, runner)
    info = dialog.file_info.text()
    assert "Las fechas de «Joined» se leen con el día primero (como muestran sus fechas)." \
        in info, info
    assert "Leída como Windows-1252" in info and ": fila 4." in info, info
    assert "Dates in" not in info and "Read as" not in info
    qtbot.mouseClick(dialog.check_button, LEFT)
    wait_idle(qtbot, runner)
    assert dialog.duplicates.rowCount() == 1
    match = dialog.duplicates.item(0, 2).text()
    assert "(mismo correo cara@example.org)" in match and "same email" not in match, match
    with qtbot.waitSignal(dialog.imported, timeout=20000) as signal:
        qtbot.mouseClick(dialog.import_button, LEFT)
    result = signal.args[0]
    assert [r for r, _ in result.skipped] == [4]
    # the engine's own sentence is still the English one the command line prints
    assert result.skipped[0][1] == ("Skipped: it repeats row 3 of this file (same email "
                                    "cara@example.org).")
    rows = dialog.rejected.toPlainText()
    assert rows.endswith("Omitida: repite la fila 3 de este archivo (mismo correo "
                         "cara@example.org)."), rows
    assert "Leída como Windows-1252" in dialog.summary.text()
    wait_idle(qtbot, runner)


def test_the_import_wizard_says_what_it_did_to_a_value_in_spanish(qtbot, spanish, runner,
                                                                  branch, tmp_path):
    """An Excel date number repaired and an email that is not one kept aside: the table
    of values to check says why, in Spanish, where the pointer rests on a row."""
    path = tmp_path / "damaged.csv"
    path.write_text("First name,Last name,Email,Joined\nAna,Lopez,ana@example.org,43891\n"
                    "Ben,Okafor,not-an-email,2020-01-01\n", encoding="utf-8")
    dialog = ImportWizard(runner, Session(branch.vault, branch))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.read_button, LEFT)
    wait_idle(qtbot, runner)
    qtbot.mouseClick(dialog.check_button, LEFT)
    wait_idle(qtbot, runner)
    table = dialog.issues
    tips = {table.issues[i].column: table.item(i, 3).toolTip() for i in range(table.rowCount())}
    assert tips["Joined"] == "43891 es un número de fecha de Excel: se leyó como 2020-03-01.", tips
    assert tips["Email"].startswith("'not-an-email' no es una dirección de correo válida"), tips
    assert str(table.issues[0].message).endswith("is an Excel date number: read as 2020-03-01.")


def test_a_sync_report_gives_the_reason_a_change_set_was_rejected_in_spanish(
        qtbot, spanish, branch, tmp_path):
    """A change set from a key the branch never admitted, in a real bundle: the report
    the app shows says which one and why in Spanish."""
    replica = branch.replica
    stranger = nacl.signing.SigningKey.generate()
    deps = {bytes.fromhex(pk): s for pk, s in replica.version_vector().items()}
    cs = changes.build(stranger, replica.branch_id, 1, None, changes.wall_hlc(), deps,
                       [("member", changes.new_id(), {"first_name": "X", "deleted": False})])
    path = write_raw_bundle(tmp_path / "stranger.caucusbundle", replica.branch_id, 0,
                            branch_key(replica, 0), [(cs.body, cs.sig, cs.vals)])
    report = import_bundle(replica, path)
    assert [r["reason"] for r in report.rejected] == [
        "A change set comes from a device that is not in this branch's roster."]
    outcome = FolderSynced(FolderSyncResult(tmp_path / "mine.caucusbundle",
                                            {path.name: report}, {}), {}, 0,
                           Changes.all_data())
    _summary, sections = describe(outcome)
    lines = [line for _heading, section in sections for line in section]
    device = stranger.verify_key.encode().hex()[:8]
    assert (f"    conjunto de cambios 1 del dispositivo {device}: Un conjunto de cambios "
            "viene de un dispositivo que no está en la lista de esta sección."
            in lines), lines
    assert not any("roster" in line or "change set" in line for line in lines), lines
    # the same change set refused over the LAN: the session's sentence gives the reason
    lan = describe_lan(SyncResult(peer="ab12", peer_name="Tamsby", address="192.0.2.1:47300",
                                  received=report, received_items=1, complete=True))
    assert (f"conjunto de cambios 1 del dispositivo {device}: Un conjunto de cambios viene "
            "de un dispositivo que no está en la lista de esta sección." in lan), lan


def test_the_figures_in_an_engine_sentence_follow_the_locale(german, tmp_path):
    """A file of more rows than an import takes: the count in the sentence is grouped
    "250,000" in English and "250.000" in German."""
    path = tmp_path / "long.csv"
    path.write_text("Name\n" + "x\n" * (reading.MAX_ROWS + 1), encoding="utf-8")
    with pytest.raises(ImportFileTooLarge) as info:
        reading.read_table(path)
    assert f"more than {reading.MAX_ROWS:,} rows" in str(info.value)
    assert QLocale().name() == "de_DE"
    text = error_text(info.value)
    german_count = QLocale().toString(reading.MAX_ROWS)  # "250.000"
    assert "." in german_count
    assert f"mehr als {german_count} Zeilen" in text and f"{reading.MAX_ROWS:,}" not in text, \
        text


def test_every_field_of_every_record_has_a_translated_label(spanish):
    unlabelled = [(table, name) for table, spec in schema.TABLES.items()
                  for name in spec if name not in FIELD_LABELS]
    assert unlabelled == []
    assert value_words.field("employer") == "Empresa"
    assert value_words.field("starts_on") == "Empieza el"
    assert value_words.field("quorum") == "Quórum"


def test_a_field_inside_a_sentence_keeps_a_german_noun_s_capital(qapp):
    """"edited postcode to …": lower case in English and Spanish; German nouns keep their
    capital ("Postleitzahl"), and a custom field stays as it was typed."""
    try:
        for language, expected in (("en", "postcode"), ("es", "código postal"),
                                   ("de", "Postleitzahl")):
            assert install_language(qapp, language) == language
            assert value_words.field_in_sentence("postcode") == expected, language
            assert value_words.field_in_sentence("custom.Shift") == "Shift"
    finally:
        install_language(qapp, "en")
