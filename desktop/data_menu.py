"""The Data menu: spreadsheet import and export, printing the list as shown (member list,
mailing labels), finding and merging duplicates."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from sync.ops import documents, spreadsheets

from . import formats
from .dialogs.print_dialog import PrintDialog, ask_save_path, labels_written, list_written
from .i18n import installed_language
from .tasks import human_message


class ListWindow(Protocol):
    """What the menu needs of the window it belongs to (the main window)."""

    session: Any
    runner: Any
    members: Any

    def load(self) -> None: ...


class DataMenu(QMenu):
    """The window's Data menu; its dialogs work on the window's session and list."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(self.tr("Data"), window)
        self.main: ListWindow = window  # type: ignore[assignment]
        menu = self
        self.import_action = menu.addAction(self.tr("Import a spreadsheet…"), self.open_import)
        self.export_action = menu.addAction(self.tr("Export the list as shown…"), self.open_export)
        self.print_action = menu.addAction(self.tr("Print member list…"), self.print_members)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setToolTip(self.tr("Save the list as shown as a PDF to print (Ctrl+P)"))
        window.addAction(self.print_action)  # the shortcut works with the menu closed
        self.labels_action = menu.addAction(self.tr("Print mailing labels…"), self.print_labels)
        self.labels_action.setToolTip(self.tr("A4 labels, 3 × 7, for the list as shown"))
        self.merge_action = menu.addAction(self.tr("Find and merge duplicates…"), self.open_merge)
        menu.addSeparator()
        self.copy_emails_action = menu.addAction(self.tr("Copy the list's &emails"),
                                                 lambda: self.copy_contacts("emails"))
        self.copy_emails_action.setToolTip(self.tr(
            "Everyone in the list as shown who may be emailed, ready to paste into BCC"))
        self.copy_phones_action = menu.addAction(self.tr("Copy the list's &phone numbers"),
                                                 lambda: self.copy_contacts("phones"))
        self.copy_phones_action.setToolTip(self.tr(
            "Everyone in the list as shown who may be phoned"))

    def add_to(self, bar: QToolBar) -> None:
        """A "Data" button on ``bar`` that opens this menu."""
        button = QToolButton(bar)
        button.setText(self.tr("Data"))
        button.setAccessibleName(self.tr("Data: import, export, print, duplicates"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(self)
        bar.addWidget(button)

    def _open_dialog(self, make) -> None:
        if self.main.session is None:
            return
        dialog = make()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.main.load())
        dialog.open()

    def open_import(self) -> None:
        from .dialogs.import_wizard import ImportWizard

        w = self.main
        self._open_dialog(lambda: ImportWizard(w.runner, w.session, w))

    def open_export(self) -> None:
        from .dialogs.export_dialog import ExportDialog

        w = self.main
        query = w.members.model.query
        self._open_dialog(lambda: ExportDialog(w.runner, w.session, w, query=query))

    def open_merge(self) -> None:
        from .dialogs.merge_dialog import MergeDialog

        w = self.main
        self._open_dialog(lambda: MergeDialog(w.runner, w.session, w))

    def copy_contacts(self, kind: str) -> None:
        """The list's emails or phones to the clipboard (cleared again later), leaving
        out those who must not be emailed or phoned."""
        w = self.main
        session, query = w.session, w.members.model.query
        if session is None:
            return
        w.runner.run(lambda: spreadsheets.list_contacts(session, kind, query),
                     lambda found: self._copied(kind, found),
                     lambda e: w.show_message(human_message(e)), owner=self)

    def _copied(self, kind: str, found: spreadsheets.Contacts) -> None:
        w = self.main
        clipboard = w.members.panel.clipboard
        if not found.values:
            w.show_message(self.tr("Nobody in the list can be reached that way."))
            return
        clipboard.copy(found.text)
        what = self.tr("emails") if kind == "emails" else self.tr("phone numbers")
        w.show_message(self.tr("Copied {count} {what}; {left_out} left out (not to be "
                               "contacted that way), {missing} with none. The clipboard is "
                               "cleared in {seconds} seconds.")
                       .format(count=formats.number(len(found.values)), what=what,
                               left_out=formats.number(found.left_out),
                               missing=formats.number(found.missing),
                               seconds=round(clipboard.seconds)))
        self.copied = found

    def print_members(self) -> None:
        """The member list as the page shows it (filters and order), as a PDF."""
        w = self.main
        session, model = w.session, w.members.model
        if session is None:
            return
        path = ask_save_path(w, self.tr("Save the member list as a PDF"), self.tr("Member list"))
        if path is None:
            return
        query, sort, descending = model.query, model.sort_key, model.descending
        PrintDialog.run(w, w.runner, self.tr("Member list"),
                        self.tr("The members in the list as shown, in its order."),
                        lambda progress, cancel: documents.print_member_list(
                            session, path, query, sort, descending,
                            language=installed_language(), progress=progress,
                            cancel=cancel), list_written)

    def print_labels(self) -> None:
        w = self.main
        session, query = w.session, w.members.model.query
        if session is None:
            return
        path = ask_save_path(w, self.tr("Save mailing labels as a PDF"), self.tr("Mailing labels"))
        if path is None:
            return
        PrintDialog.run(w, w.runner, self.tr("Mailing labels"),
                        self.tr("A4 sheets of 3 × 7 labels (63.5 × 38.1 mm) for the members in the "
                        "list as shown who have a postal address and may be posted to."),
                        lambda progress, cancel: documents.print_labels(
                            session, path, query, language=installed_language(),
                            progress=progress, cancel=cancel),
                        labels_written)

