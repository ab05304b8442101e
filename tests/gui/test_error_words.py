"""The engine's sentences in the user's language: errors raised by the real engine (a
wrong passphrase, a missing vault, a damaged bundle, a file that is not a
spreadsheet, a CSV whose headings never close a quote) come back through the
pseudo-translation marked, with their fields filled; ``str(error)`` stays the English
sentence the command line prints, and a sentence not in the catalogs shows as it is."""

from __future__ import annotations

import pytest

from desktop.i18n import error_text, install_language
from desktop.tasks import human_message
from desktop.views.sync_lan import describe
from desktop.widgets import ErrorLabel
from sync.bundle import import_bundle
from sync.errors import BundleCorrupt, CaucusError, VaultMissing, WrongPassphrase
from sync.exchange.errors import UnreadableImportFile
from sync.exchange.importer import read_table
from sync.lan.session import SyncResult
from sync.replica import Replica
from sync.store.vault import Vault

from .helpers import PASSPHRASE


def raised(call) -> CaucusError:
    with pytest.raises(CaucusError) as info:
        call()
    return info.value


def test_engine_errors_are_translated_with_their_fields(qtbot, pseudo_language, branch,
                                                        vault_path, tmp_path):
    wrong = raised(lambda: Vault.open(vault_path, PASSPHRASE + "x"))
    assert isinstance(wrong, WrongPassphrase)
    assert str(wrong) == "The passphrase is wrong for this vault."
    assert human_message(wrong) == "⟦The passphrase is wrong for this vault.⟧"

    missing = raised(lambda: Vault.open(tmp_path / "elsewhere.caucus", PASSPHRASE))
    assert isinstance(missing, VaultMissing)
    where = str(tmp_path / "elsewhere.caucus")
    assert str(missing) == f"There is no vault at {where}."
    assert error_text(missing) == f"⟦There is no vault at {where}.⟧"

    damaged = tmp_path / "damaged.caucus-bundle"
    damaged.write_bytes(b"not a bundle at all")
    corrupt = raised(lambda: import_bundle(Replica(branch.vault), damaged))
    assert isinstance(corrupt, BundleCorrupt)
    assert error_text(corrupt) == "⟦This is not a Caucus bundle file.⟧"

    picture = tmp_path / "photo.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    unreadable = raised(lambda: read_table(picture))
    assert isinstance(unreadable, UnreadableImportFile)
    assert error_text(unreadable).startswith("⟦") and error_text(unreadable).endswith("⟧")
    assert "⟦" not in str(unreadable)

    quoted = tmp_path / "quoted.csv"
    quoted.write_text('First name,"Last name\nArdo,Bexley\n', encoding="utf-8")
    quote = raised(lambda: read_table(quoted))
    shown = error_text(quote)
    assert shown.startswith("⟦A quote") and "(row 1)" in shown and shown.endswith("⟧")
    assert "{head_no}" not in shown and "{head_no}" not in str(quote)

    label = ErrorLabel()
    qtbot.addWidget(label)
    label.show_message(human_message(wrong))
    assert label.text().startswith("⟦The passphrase is wrong")

    plain = CaucusError("A sentence no catalog holds.")
    assert error_text(plain) == "A sentence no catalog holds."


def test_a_failed_lan_session_says_why_in_the_language(pseudo_language):
    failure = VaultMissing.of("There is no vault at {path}.", path="/nowhere")
    result = SyncResult(peer="ab12", peer_name="Tamsby", address="192.0.2.1:47300",
                        error=str(failure), failure=failure, reason="VaultMissing")
    text = describe(result)
    assert "⟦There is no vault at /nowhere.⟧" in text
    assert "failure" not in result.to_dict() and result.to_dict()["error"] == str(failure)


def test_the_shipped_catalogs_write_engine_errors_in_their_language(qapp):
    missing = VaultMissing.of("There is no vault at {path}.", path="/srv/branch.caucus")
    try:
        for code in ("es", "de", "fr", "pt_BR", "ar"):
            install_language(qapp, code)
            shown = error_text(missing)
            assert shown != str(missing) and "/srv/branch.caucus" in shown, code
            assert error_text(WrongPassphrase()) != str(WrongPassphrase()), code
    finally:
        install_language(qapp, "en")
    assert error_text(missing) == str(missing)
