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
from sync.errors import ValidationError, VaultLocked
from sync.exchange import importer
from sync.exchange.errors import ImportFileTooLarge, MappingError
from sync.exchange.importer import phones, reading
from sync.exchange.importer.units import HeadcountResult
from sync.folder import FolderSyncResult
from sync.lan.session import SyncResult
from sync.ops import Session
from sync.ops.changed import Changes
from sync.ops.syncing import FolderSynced
from sync.records.labels import FIELD_LABELS
from sync.records.validation import clean_email
from sync.store import schema
from tests.bundlefile import branch_key, write_raw_bundle
from tests.exchange.files import STOPPED_BY_A_LOCK, import_stopped_by_a_lock

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


def checked(qtbot, runner, branch, path) -> ImportWizard:
    """The import wizard with ``path`` read and its rows checked."""
    dialog = ImportWizard(runner, Session(branch.vault, branch))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.read_button, LEFT)
    wait_idle(qtbot, runner)
    qtbot.mouseClick(dialog.check_button, LEFT)
    wait_idle(qtbot, runner)
    return dialog


def test_the_import_wizard_says_what_it_did_to_a_value_in_spanish(qtbot, spanish, runner,
                                                                  branch, tmp_path):
    """An Excel date number repaired and an email that is not one kept aside: the table
    of values to check says why, in Spanish, where the pointer rests on a row."""
    path = tmp_path / "damaged.csv"
    path.write_text("First name,Last name,Email,Joined\nAna,Lopez,ana@example.org,43891\n"
                    "Ben,Okafor,not-an-email,2020-01-01\n", encoding="utf-8")
    table = checked(qtbot, runner, branch, path).issues
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


def test_an_interrupted_import_is_told_in_spanish(spanish, branch, tmp_path):
    """The vault locks itself after the first batch: the sentence the app shows says
    where the import stopped, why and what the batches before did, all in Spanish; the
    command line's sentence is the English one."""
    stopped = import_stopped_by_a_lock(branch, tmp_path)
    assert str(stopped) == STOPPED_BY_A_LOCK
    locked = error_text(VaultLocked())
    assert locked != "The vault is locked; unlock it first."
    assert error_text(stopped) == (
        f"La importación se detuvo en las filas 5–7 ({locked}). Los lotes anteriores se "
        "importaron (3 importados, 0 actualizados, 0 omitidos, 0 rechazados); no se importó "
        "nada desde la fila 5 en adelante.")


def test_an_import_s_summary_is_a_spanish_sentence_and_the_same_english(spanish):
    result = importer.ImportResult(imported=5, skipped=[(3, "x")], cancelled=True)
    assert result.summary() == ("Cancelled: 5 imported, 0 updated, 1 skipped, 0 rejected. "
                                "Rows after the last whole batch were not imported.")
    assert error_text(result.summary()) == (
        "Cancelado: 5 importados, 0 actualizados, 1 omitidos, 0 rechazados. Las filas "
        "posteriores al último lote completo no se importaron.")
    headcounts = HeadcountResult(counted=2, skipped=[(4, "x")], units_created=1)
    assert headcounts.summary() == ("2 headcounts recorded, 1 rows skipped; 1 units and 0 "
                                    "workplaces created.")
    assert error_text(headcounts.summary()).startswith("2 censos registrados, 1 filas")


#: a phone value as a spreadsheet left it, the branch's country: every way a number is
#: repaired or offered, lost, or kept as typed
PHONES = [("7911123456", "GB"), ("447911123456", "GB"), ("7.911123456E+09", "GB"),
          ("4.47911123456E+11", "GB"), ("2.025550123E+09", "US"), ("7.7E+09", "GB"),
          ("12345", "GB"), ("12345", None)]


@pytest.mark.parametrize("repair", [True, False])
@pytest.mark.parametrize(("typed", "region"), PHONES)
def test_every_phone_sentence_is_in_the_catalogs(spanish, typed, region, repair):
    reading = phones.read_phone(typed, region, repair)
    assert reading.message.startswith(f"The phone number {typed!r}")
    text = error_text(reading.message)
    assert text.startswith(f"El teléfono {typed!r}") and "phone" not in text, text


def test_the_import_wizard_says_how_it_repaired_a_phone_number_in_spanish(
        qtbot, spanish, runner, branch, tmp_path):
    """A British mobile whose leading 0 the spreadsheet dropped: the table of values to
    check says so in Spanish."""
    path = tmp_path / "phones.csv"
    path.write_text("First name,Last name,Phone\nAna,Lopez,7911123456\n", encoding="utf-8")
    table = checked(qtbot, runner, branch, path).issues
    assert table.rowCount() == 1
    assert str(table.issues[0].message) == (
        "The phone number '7911123456': its leading 0 was lost; read as +447911123456.")
    assert table.item(0, 3).toolTip() == (
        "El teléfono '7911123456': perdió su 0 inicial; se leyó como +447911123456.")


def test_a_mapping_error_names_the_field_by_its_translated_label(qapp):
    """Two columns mapped to one field: the sentence names the field as the user's
    language calls it (a German noun keeps its capital); the command line's words are
    the English ones."""
    with pytest.raises(MappingError) as info:
        importer.check_mapping({"Vorname": "first_name", "Name": "first_name"})
    assert str(info.value).startswith(
        "Columns 'Vorname' and 'Name' both go to first name; choose one")
    try:
        assert install_language(qapp, "es") == "es"
        text = error_text(info.value)
        assert text.startswith("Las columnas 'Vorname' y 'Name' van las dos a nombre; "), text
        assert "first name" not in text
        assert install_language(qapp, "de") == "de"
        assert error_text(info.value).startswith(
            "Die Spalten 'Vorname' und 'Name' gehen beide zu Vorname; ")
        assert install_language(qapp, "en") == "en"
        assert error_text(info.value) == str(info.value)
    finally:
        install_language(qapp, "en")


def test_an_email_s_reason_is_said_in_spanish_not_in_the_library_s_english(spanish):
    for typed, reason in (("faye-at-example", "Una dirección de correo debe tener una @."),
                          ("faye lopez@example.org",
                           "La dirección de correo tiene un espacio antes de la @."),
                          ("faye@ex_ample.org",
                           "La parte después de la @ tiene caracteres no válidos: '_'.")):
        with pytest.raises(ValidationError) as info:
            clean_email(typed)
        assert str(info.value).startswith(f"{typed!r} is not a valid email address: ")
        assert error_text(info.value) == (
            f"{typed!r} no es una dirección de correo válida: {reason}")
    # a reason we have no sentence for: the command line keeps the library's words, the
    # app says it in general
    with pytest.raises(ValidationError) as info:
        clean_email("<faye@example.org")
    assert "open angle bracket" in str(info.value)
    assert error_text(info.value) == "'<faye@example.org' no es una dirección de correo válida."
