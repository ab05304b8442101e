"""The Data menu of the main window opens the import, export and merge dialogs over
the open vault, with the export limited to the list as shown."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.dialogs.export_dialog import ExportDialog
from desktop.dialogs.import_wizard import ImportWizard
from desktop.dialogs.merge_dialog import MergeDialog


def _open_dialogs():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, ImportWizard | ExportDialog | MergeDialog) and w.isVisible()]


def test_data_menu_opens_each_dialog(qtbot, open_window, branch):
    branch.add_member(first_name="Ana", last_name="Silva")
    window = open_window(branch)
    actions = {a.text(): a for a in window.data_menu.actions() if not a.isSeparator()}
    assert set(actions) == {"Import a spreadsheet…", "Export the list as shown…",
                            "Find and merge duplicates…", "Print member list…",
                            "Print mailing labels…", "Copy the list's &emails",
                            "Copy the list's &phone numbers"}
    for text, kind in (("Import a spreadsheet…", ImportWizard),
                       ("Export the list as shown…", ExportDialog),
                       ("Find and merge duplicates…", MergeDialog)):
        actions[text].trigger()
        qtbot.waitUntil(lambda kind=kind: any(isinstance(w, kind) for w in _open_dialogs()))
        for dialog in _open_dialogs():
            dialog.reject()
        qtbot.waitUntil(lambda: not _open_dialogs())


def test_export_dialog_gets_the_list_filter(qtbot, open_window, branch):
    window = open_window(branch)
    window.search.setText("silva")
    qtbot.waitUntil(lambda: window.members.model.query.search == "silva", timeout=5000)
    window.data_menu.open_export()
    qtbot.waitUntil(lambda: any(isinstance(w, ExportDialog) for w in _open_dialogs()))
    dialog = next(w for w in _open_dialogs() if isinstance(w, ExportDialog))
    assert dialog.query.search == "silva"
    dialog.reject()


def test_copy_the_lists_emails_leaves_out_do_not_contact(qtbot, open_window, branch):
    branch.add_member(first_name="Ana", last_name="Silva", emails=["ana@example.org"])
    branch.add_member(first_name="Ben", last_name="Silva", emails=["ben@example.org"],
                      do_not_email=True)
    branch.add_member(first_name="Cy", last_name="Okafor", emails=["cy@example.org"])
    window = open_window(branch)
    window.search.setText("silva")
    qtbot.waitUntil(lambda: window.members.model.query.search == "silva", timeout=5000)
    window.data_menu.copy_emails_action.trigger()
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "ana@example.org",
                    timeout=10000)
    assert "1 left out" in window.statusBar().currentMessage()
