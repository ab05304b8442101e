"""What the member panel does to the member it shows, beside editing: copy a contact
detail (cleared from the clipboard later), export everything held about them (a
subject-access request), delete, restore and erase.

A mixin of :class:`desktop.views.member_panel.MemberPanel`: it uses the panel's
``branch``, ``session``, ``member``, ``member_id``, ``runner``, ``clipboard``,
``editing``, ``message`` and its loading and failing methods.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMenu

from sync.ops import documents, members

from ..dialogs.erase import EraseDialog
from ..dialogs.print_dialog import PrintDialog, ask_save_path, subject_access_written
from ..i18n import installed_language


class MemberActions:
    """Copying, subject access, delete, restore and erase (see the module's doc)."""

    # -- copying contact details ----------------------------------------------------
    def contact_menu(self, editor: QLineEdit, pos: QPoint) -> None:
        """Copy (cleared from the clipboard later) instead of the default edit menu."""
        if self.editing:
            menu = editor.createStandardContextMenu()
        else:
            menu = QMenu(editor)
            action = menu.addAction(self.tr("Copy"))
            seconds = round(self.clipboard.seconds)
            action.setToolTip(self.tr("The clipboard is cleared again after {seconds} seconds")
                              .format(seconds=seconds))
            action.setEnabled(bool(editor.text()))
            action.triggered.connect(lambda: self.copy_contact(editor))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.copy_menu = menu
        menu.popup(editor.mapToGlobal(pos))

    def copy_contact(self, editor: QLineEdit) -> None:
        """Copy the selected part of a contact field, or all of it."""
        text = editor.selectedText() or editor.text()
        self.clipboard.copy(text.strip())
        self.message.emit(self.tr("Copied. The clipboard will be cleared in {seconds} seconds.")
                          .format(seconds=round(self.clipboard.seconds)))

    # -- subject access -------------------------------------------------------------
    def export_everything(self) -> None:
        """Subject access (GDPR Art. 15): the member's data as JSON, and a PDF beside it."""
        session, member = self.session, self.member
        if session is None or member is None or self.editing:
            return
        path = ask_save_path(self, self.tr("Export everything about this member"),
                             self.tr("{display_name} - personal data").format(
                                 display_name=member.display_name),
                             "json")
        if path is None:
            return
        PrintDialog.run(self, self.runner, self.tr("Everything about this member"),
                        self.tr("Everything Caucus holds about {display_name} — details, tags, "
                                "consents, conversations, tasks, attendance and the history "
                                "of changes — as a JSON file for the request and, beside it, "
                                "a PDF to print. Neither file is encrypted.")
                        .format(display_name=member.display_name),
                        lambda progress, cancel: documents.export_member(
                            session, member.id, path, path.with_suffix(".pdf"),
                            language=installed_language(), progress=progress,
                            cancel=cancel), subject_access_written)

    # -- delete, restore, erase -----------------------------------------------------
    def delete(self) -> None:
        self.act(lambda b, mid: b.delete_member(mid),
                 self.tr("Deleted. The member is in the Deleted list and can be restored."))

    def restore(self) -> None:
        self.act(lambda b, mid: b.restore_member(mid), self.tr("Restored."))

    def act(self, action, message: str) -> None:
        branch, member_id = self.branch, self.member_id
        if branch is None or member_id is None or self.editing:
            return
        request = self.next_request()

        def work():
            action(branch, member_id)
            return self.load_work(branch, member_id)

        def done(detail) -> None:
            self.loaded(request, detail, message)
            self.changed.emit(member_id)

        self.runner.run(work, done, lambda e: self.failed(request, e), owner=self)

    def ask_erase(self) -> None:
        if self.member is None:
            return
        dialog = EraseDialog(self.member.display_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.erase)
        dialog.finished.connect(lambda _r: setattr(self, "erase_dialog", None))
        self.erase_dialog = dialog
        dialog.open()

    def erase(self) -> None:
        session, member_id = self.session, self.member_id
        if session is None or member_id is None:
            return
        request = self.next_request()

        def done(erased: list[str]) -> None:
            if not self.is_current(request):
                return
            self.clear()
            if len(erased) > 1:
                text = self.tr("Erased with {erased} earlier records merged into it. Other "
                               "laptops erase it too when they next sync.").format(
                                   erased=len(erased) - 1)
            else:
                text = self.tr("Erased. Other laptops erase it too when they next sync.")
            self.message.emit(text)
            self.erased.emit(member_id)

        self.runner.run(lambda: members.erase(session, member_id).rows, done,
                        lambda e: self.failed(request, e), owner=self)
