"""The language chosen in Preferences applies at once: the main window is rebuilt in it
on the same open vault, page, search and member; and it is kept for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

import desktop.i18n as i18n
from desktop.dialogs.preferences import PreferencesDialog
from desktop.i18n import LANGUAGE_NAMES, install_language

from .catalogs import make_catalog
from .helpers import unlock, wait_idle

SPANISH = {"main_window": {"Members": "Miembros", "Tasks": "Tareas"},
           "MainToolbar": {"Lock": "Bloquear"},
           "PreferencesDialog": {"Preferences": "Preferencias"}}


@pytest.fixture
def test_catalogs(tmp_path, monkeypatch, qapp):
    folder = tmp_path / "translations"
    make_catalog(folder, "es", SPANISH)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    yield folder
    monkeypatch.undo()
    install_language(qapp, "en")
    assert QApplication.translate("main_window", "Members") == "Members"


def test_preferences_offer_each_language_in_its_own_name(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["System default", *LANGUAGE_NAMES.values()]
    assert "العربية" in names and "Português (Brasil)" in names
    assert dialog.language.currentData() == "system"  # the default


def test_changing_the_language_rebuilds_the_window_in_it(qtbot, controller, locked_vault,
                                                         test_catalogs):
    main = unlock(qtbot, controller)
    session = controller.session
    assert main.nav.item(0).text() == "Members"
    main.search.setText("Lopez")
    qtbot.waitUntil(lambda: main.members.model.rowCount() == 1, timeout=15000)
    main.members.select_member(main.members.model.member_id(0))
    qtbot.waitUntil(lambda: main.members.panel.member is not None, timeout=15000)
    ana = main.members.panel.member_id

    main.preferences_action.trigger()
    dialog = main.findChild(PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()

    qtbot.waitUntil(lambda: controller.main_window is not main, timeout=15000)
    new = controller.main_window
    assert controller.session is session  # the vault stayed open: no passphrase asked
    assert controller.settings.language == "es"
    assert new.nav.item(0).text() == "Miembros"
    assert new.nav.item(3).text() == "Tareas"
    assert new.lock_action.text() == "Bloquear"
    assert new.nav.item(1).text() == "Workplaces"  # not in the test catalog: English
    assert new.search.text() == "Lopez"
    qtbot.waitUntil(lambda: new.members.panel.member_id == ana
                    and new.members.panel.member is not None, timeout=15000)
    wait_idle(qtbot, controller.runner)
    new.preferences_action.trigger()
    again = new.findChild(PreferencesDialog)
    assert again.windowTitle() == "Preferencias"
    assert again.language.currentData() == "es"
    again.reject()
