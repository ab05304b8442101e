"""Every screen under a pseudo-translation: a text on screen without ⟦…⟧ did not pass
through Qt's translation (data excepted: see ``tests/gui/pseudo.py``)."""

from __future__ import annotations

import getpass
import socket

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QVBoxLayout, QWidget

from desktop.i18n import LANGUAGE_NAMES

from . import pseudo
from .helpers import PASSPHRASE, wait_idle
from .walk import pages

#: the Preferences' languages are named in their own language, on purpose; a new
#: laptop's name is suggested from the computer's name and the user's (data)
EXEMPT = frozenset(w.lower() for name in (*LANGUAGE_NAMES.values(), socket.gethostname(),
                                          getpass.getuser(), *QStyleFactory.keys())
                   for w in pseudo.WORD.findall(name))


@pytest.fixture
def data_vault(vault_path):
    from sync.records import Branch
    from sync.store.vault import Vault
    from sync.trust import create_branch

    vault = Vault.create(vault_path, PASSPHRASE, "interactive")
    branch = Branch(vault, create_branch(vault, "Zellwick Kvorum", "Tamsby Qorl"))
    ids = pseudo.fill_vault(branch)
    yield branch, ids
    if vault.is_open:
        vault.lock()


def test_the_checker_sees_what_was_not_translated(qtbot, pseudo_language):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for text in ("Members", "⟦3 members⟧ Ardo Bexley", "⟦Saved⟧ to 3 people",
                 "ardo@example.org 07911 123450 2026-12-01 Ctrl+F"):
        layout.addWidget(QLabel(text, window))
    window.show()
    qtbot.waitExposed(window)
    found = pseudo.problems(window)
    assert len(found) == 2, found
    assert "Members" in found[0] + found[1] and "people" in found[0] + found[1]


def test_every_page_passes_through_translation(qtbot, pseudo_language, data_vault,
                                               open_window):
    branch, ids = data_vault
    main = open_window(branch)
    members = main.members
    members.select_member(ids["Ardo"])
    qtbot.waitUntil(lambda: members.panel.member is not None, timeout=10000)
    found = {}
    panel = members.panel
    for index in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(index)
        wait_idle(qtbot, main.runner)
        found[f"member: {panel.tabs.tabText(index)}"] = pseudo.problems(main, EXEMPT)
    panel.tabs.setCurrentIndex(0)
    panel.start_editing()  # the form's editors
    wait_idle(qtbot, main.runner)
    found["member: editing"] = pseudo.problems(main, EXEMPT)
    panel.cancel_editing()
    for name in pages(main):
        wait_idle(qtbot, main.runner)
        found[name] = pseudo.problems(main, EXEMPT)
    main.nav.setCurrentRow(main.stack.indexOf(main.workplaces))
    page = main.workplaces
    qtbot.waitUntil(lambda: page.chart.chart is not None, timeout=10000)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        wait_idle(qtbot, main.runner)
        found[f"workplace: {page.tabs.tabText(index)}"] = pseudo.problems(main, EXEMPT)
    cards = page.chart.view.cards()
    assert cards
    found["wall chart cards"] = [f"card: {t!r} ({', '.join(w)})" for c in cards
                                 for t in (c.marks, c.spoken, c.flag, c.answer)
                                 if (w := pseudo.untranslated(t, EXEMPT))]
    found = {k: v for k, v in found.items() if v}
    assert not found, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in found.items())
    assert QApplication.translate("main_window", "Members") == "⟦Members⟧"


def dialog_problems(qtbot, main, open_it) -> list[str]:
    """Open a dialog of ``main``, read it, close it."""
    from PySide6.QtWidgets import QDialog

    before = {id(d) for d in main.findChildren(QDialog) if d.isVisible()}
    open_it()
    qtbot.waitUntil(lambda: any(d.isVisible() and id(d) not in before
                                for d in main.findChildren(QDialog)), timeout=10000)
    dialog = next(d for d in main.findChildren(QDialog) if d.isVisible() and id(d) not in before)
    wait_idle(qtbot, main.runner)
    found = [f"{type(dialog).__name__}: {p}" for p in pseudo.problems(dialog, EXEMPT)]
    dialog.reject()
    wait_idle(qtbot, main.runner)
    return found


def test_every_dialog_passes_through_translation(qtbot, pseudo_language, data_vault,
                                                 open_window, tmp_path):
    branch, ids = data_vault
    main = open_window(branch)
    sheet = tmp_path / "quarn.csv"
    sheet.write_text("Vorname,Nachname\nHobb,Ivar\nArdo,Bexley\n", encoding="utf-8")

    def import_read():
        main.data_menu.open_import()
        from desktop.dialogs.import_wizard import ImportWizard

        wizard = main.findChild(ImportWizard)
        wizard.path.setText(str(sheet))
        wizard.read_file()
        qtbot.waitUntil(lambda: wizard.preview_model.rowCount() == 2, timeout=10000)
        wizard.check_rows()
        qtbot.waitUntil(lambda: bool(wizard.plans), timeout=10000)

    found = []
    for open_it in (main.open_preferences, main.data_menu.open_export,
                    main.data_menu.open_merge, main.vault_menu.ask_passphrase, import_read):
        found += dialog_problems(qtbot, main, open_it)
    assert not found, "\n".join(found)


def test_the_screens_before_the_vault_opens_pass_through_translation(
        qtbot, pseudo_language, controller, locked_vault):
    controller.start()
    found = [f"unlock: {p}" for p in pseudo.problems(controller.window, EXEMPT)]
    controller.start_other("create")
    first = controller.window
    for what in ("choice", "create", "join", "demo"):
        first.show_page(what)
        found += [f"first run {what}: {p}" for p in pseudo.problems(first, EXEMPT)]
    assert not found, "\n".join(found)
