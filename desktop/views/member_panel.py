"""One member: details (view / edit / save), conversations, history; delete, restore, erase;
export everything held about them (a subject-access request).

Every engine call runs on the vault worker; the panel shows results and puts a
``ValidationError`` next to the field it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sync.errors import ValidationError
from sync.ops import Session, documents, members
from sync.records import Branch, Member, Note, Workplace

from .. import icons
from ..clipboard import ClipboardGuard
from ..dialogs.erase import EraseDialog
from ..dialogs.print_dialog import PrintDialog, ask_save_path, subject_access_written
from ..models.records import RecordTableModel
from ..style import danger
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, heading, hint, record_table
from .member_form import MemberForm, nice
from .member_notes import HISTORY_COLUMNS, NotesTab


@dataclass
class MemberDetail:
    member: Member
    notes: list[Note]
    history: list[dict[str, Any]]


def load_detail(branch: Branch, member_id: str) -> MemberDetail:
    """Runs on the worker: everything the panel shows about one member."""
    return MemberDetail(branch.get_member(member_id), branch.list_notes(member_id=member_id),
                        branch.member_history(member_id))


def save_member(branch: Branch, member_id: str | None, fields: dict[str, Any],
                tags: list[str], custom: dict[str, str], old_custom: dict[str, str]) -> str:
    """Runs on the worker: add or update a member; returns its id."""
    custom_ops = {f"custom.{k}": v for k, v in custom.items()}
    if member_id is None:
        return branch.add_member(tags=tags, **fields, **custom_ops)
    for gone in set(old_custom) - set(custom):
        custom_ops[f"custom.{gone}"] = None
    branch.update_member(member_id, **fields, **custom_ops)
    branch.set_tags(member_id, tags)
    return member_id


class MemberPanel(QWidget):
    #: a member was added, edited, deleted or restored (its id)
    changed = Signal(str)
    #: a member was erased (its id)
    erased = Signal(str)
    #: a status message for the window
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Session | None = None
        self.branch: Branch | None = None
        self.member: Member | None = None
        self.member_id: str | None = None
        self.is_new = False
        self._request = 0
        self.erase_dialog: EraseDialog | None = None
        self.setAccessibleName("Member details")

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.empty = hint("Select a member in the list, or press New member.", self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = heading("", page)
        self.title.setAccessibleName("Member name")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(page)
        self.subtitle.setAccessibleName("Member status")
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        layout.addLayout(head)
        buttons = QHBoxLayout()
        self.edit_button = self._button(page, "edit", "Edit", buttons)
        self.save_button = self._button(page, "save", "Save", buttons)
        self.cancel_button = self._button(page, None, "Cancel", buttons)
        buttons.addStretch(1)
        self.export_button = self._button(page, None, "Export everything…", buttons)
        self.export_button.setAccessibleName("Export everything about this member")
        self.export_button.setToolTip("Everything held about this person, for a "
                                      "subject-access request: a JSON file and a PDF")
        self.delete_button = self._button(page, "delete", "Delete", buttons)
        self.restore_button = self._button(page, "restore", "Restore", buttons)
        self.erase_button = self._button(page, "erase", "Erase…", buttons)
        danger(self.erase_button)
        self.erase_button.setToolTip("Erase this person for good, on every laptop (GDPR)")
        self.delete_button.setToolTip("Take off the list; can be restored")
        layout.addLayout(buttons)
        self.error = ErrorLabel(page, "Member error")
        layout.addWidget(self.error)
        self.tabs = QTabWidget(page)
        self.form = MemberForm(self.tabs)
        self.notes = NotesTab(self.tabs)
        self.history_model = RecordTableModel(HISTORY_COLUMNS, self)
        self.history = record_table(self.history_model, self.tabs, "History",
                                    single_selection=False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.form, "Details")
        self.tabs.addTab(self.notes, icons.icon("note"), "Conversations")
        self.tabs.addTab(self.history, icons.icon("history"), "History")
        layout.addWidget(self.tabs, 1)
        self.stack.addWidget(page)
        self.page = page

        self.edit_button.clicked.connect(self.start_editing)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel_editing)
        self.delete_button.clicked.connect(self.delete)
        self.restore_button.clicked.connect(self.restore)
        self.erase_button.clicked.connect(self.ask_erase)
        self.export_button.clicked.connect(self.export_everything)
        self.notes.add_requested.connect(self.add_note)
        self.clipboard = ClipboardGuard(self)
        self.copy_menu: QMenu | None = None
        for name in ("emails", "phones"):
            editor = self.form.editors[name]
            editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            editor.customContextMenuRequested.connect(
                lambda pos, e=editor: self._contact_menu(e, pos))
        self._update_buttons()

    # -- copying contact details --------------------------------------------------------
    def _contact_menu(self, editor: QLineEdit, pos: QPoint) -> None:
        """Copy (cleared from the clipboard later) instead of the default edit menu."""
        if self.editing:
            menu = editor.createStandardContextMenu()
        else:
            menu = QMenu(editor)
            action = menu.addAction("Copy")
            seconds = round(self.clipboard.seconds)
            action.setToolTip(f"The clipboard is cleared again after {seconds} seconds")
            action.setEnabled(bool(editor.text()))
            action.triggered.connect(lambda: self.copy_contact(editor))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.copy_menu = menu
        menu.popup(editor.mapToGlobal(pos))

    def copy_contact(self, editor: QLineEdit) -> None:
        """Copy the selected part of a contact field, or all of it."""
        text = editor.selectedText() or editor.text()
        self.clipboard.copy(text.strip())
        self.message.emit("Copied. The clipboard will be cleared in "
                          f"{round(self.clipboard.seconds)} seconds.")

    def _button(self, page: QWidget, icon_name: str | None, text: str,
                layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, page)
        if icon_name:
            button.setIcon(icons.icon(icon_name))
        button.setAccessibleName(text.rstrip("…"))
        layout.addWidget(button)
        return button

    # -- state ----------------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return self.form.editing

    def set_session(self, session: Session | None) -> None:
        self.clear()
        self.session = session
        self.branch = session.branch if session is not None else None

    def set_workplaces(self, workplaces: list[Workplace]) -> None:
        self.form.set_workplaces(workplaces)

    def set_tag_choices(self, tags: list[str]) -> None:
        self.form.set_tag_choices(tags)

    def clear(self) -> None:
        """Forget the member and empty every widget (on lock: nothing stays on screen)."""
        self._request += 1
        self.member = None
        self.member_id = None
        self.is_new = False
        self.form.set_editing(False)
        self.form.clear()
        self.notes.clear()
        self.history_model.clear()
        self.title.clear()
        self.subtitle.clear()
        self.error.clear_message()
        if self.erase_dialog is not None:
            self.erase_dialog.reject()
            self.erase_dialog = None
        if self.copy_menu is not None and shiboken6.isValid(self.copy_menu):
            self.copy_menu.close()
        self.copy_menu = None
        self.clipboard.clear_now()
        self.stack.setCurrentWidget(self.empty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.member is not None
        deleted = bool(self.member and self.member.deleted)
        self.edit_button.setVisible(not self.editing)
        self.edit_button.setEnabled(has and not deleted)
        self.save_button.setVisible(self.editing)
        self.cancel_button.setVisible(self.editing)
        self.delete_button.setVisible(has and not deleted and not self.editing)
        self.restore_button.setVisible(has and deleted and not self.editing)
        self.erase_button.setVisible(has and not self.editing)
        self.export_button.setVisible(has and not self.editing)
        self.notes.setEnabled(has and not self.is_new)

    # -- showing --------------------------------------------------------------------
    def reload(self) -> None:
        """Show the current member again from the vault (after a sync)."""
        if self.member_id is not None and not self.editing and not self.is_new:
            self._load(self.member_id)

    def show_member(self, member_id: str | None) -> None:
        if member_id is None:
            self.clear()
            return
        if self.editing or member_id == self.member_id and self.member is not None:
            return
        self._load(member_id)

    def _load(self, member_id: str, *, after: str | None = None) -> None:
        branch = self.branch
        if branch is None:
            return
        self._request += 1
        request = self._request
        self.member_id = member_id
        self.runner.run(lambda: load_detail(branch, member_id),
                        lambda d: self._loaded(request, d, after),
                        lambda e: self._failed(request, e), owner=self)

    def _loaded(self, request: int, detail: MemberDetail, after: str | None) -> None:
        if request != self._request:
            return
        self.member = detail.member
        self.member_id = detail.member.id
        self.is_new = False
        self.form.set_editing(False)
        self.form.load(detail.member)
        self.notes.set_notes(detail.notes)
        self.history_model.set_records(list(reversed(detail.history)))
        self._show_title(detail.member)
        self.error.clear_message()
        self.stack.setCurrentWidget(self.page)
        self._update_buttons()
        if after:
            self.message.emit(after)

    def _show_title(self, member: Member) -> None:
        self.title.setText(member.display_name)
        parts = [nice(member.effective_status or "")]
        if member.workplace:
            parts.append(member.workplace)
        if member.membership_no:
            parts.append(f"No. {member.membership_no}")
        if member.deleted:
            parts.append("DELETED — restore to edit")
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def _failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.error.show_message(human_message(error))
            self.stack.setCurrentWidget(self.page)

    # -- editing --------------------------------------------------------------------
    def new_member(self) -> None:
        if self.branch is None:
            return
        self._request += 1
        self.member = None
        self.member_id = None
        self.is_new = True
        self.form.clear()
        self.notes.clear()
        self.history_model.clear()
        self.title.setText("New member")
        self.subtitle.setText("Fill in what you know; a first or last name is enough.")
        self.error.clear_message()
        self.stack.setCurrentWidget(self.page)
        self.tabs.setCurrentWidget(self.form)
        self.form.set_editing(True)
        self._update_buttons()
        self.form.editors["first_name"].setFocus()

    def start_editing(self) -> None:
        if self.member is None or self.member.deleted:
            return
        self.form.set_editing(True)
        self.tabs.setCurrentWidget(self.form)
        self._update_buttons()
        self.form.editors["first_name"].setFocus()

    def cancel_editing(self) -> None:
        self.form.clear_errors()
        self.form.set_editing(False)
        if self.is_new:
            self.clear()
        elif self.member is not None:
            self.form.load(self.member)
        self._update_buttons()

    def save(self) -> None:
        branch = self.branch
        if branch is None or not self.editing:
            return
        self.form.clear_errors()
        self.error.clear_message()
        try:
            fields, tags, custom = self.form.values()
        except ValidationError as exc:
            self._show_validation(exc)
            return
        member_id = None if self.is_new else self.member_id
        old_custom = dict(self.member.custom) if self.member else {}
        self.save_button.setEnabled(False)
        self._request += 1
        request = self._request
        self.runner.run(
            lambda: save_member(branch, member_id, fields, tags, custom, old_custom),
            lambda mid: self._saved(request, mid),
            lambda e: self._save_failed(request, e), owner=self)

    def _saved(self, request: int, member_id: str) -> None:
        self.save_button.setEnabled(True)
        if request != self._request:
            return
        self.form.set_editing(False)
        self.is_new = False
        self._load(member_id, after="Saved.")
        self.changed.emit(member_id)

    def _save_failed(self, request: int, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if request != self._request:
            return
        if isinstance(error, ValidationError):
            self._show_validation(error)
        else:
            self.error.show_message(human_message(error))

    def _show_validation(self, error: ValidationError) -> None:
        self.tabs.setCurrentWidget(self.form)
        editor = self.form.show_error(error.field, human_message(error))
        if editor is not None:
            editor.setFocus()

    # -- notes ----------------------------------------------------------------------
    def add_note(self, text: str, method: str | None, outcome: str, follow_up: str) -> None:
        branch, member_id = self.branch, self.member_id
        if branch is None or member_id is None or self.is_new:
            return
        self._request += 1
        request = self._request

        def work() -> MemberDetail:
            branch.add_note(text, member_id=member_id, method=method, outcome=outcome,
                            follow_up_on=follow_up)
            return load_detail(branch, member_id)

        def done(detail: MemberDetail) -> None:
            self.notes.note_added()
            self._loaded(request, detail, "Note added.")
            self.changed.emit(member_id)

        def failed(error: BaseException) -> None:
            if request == self._request:
                self.notes.error.show_message(human_message(error))

        self.runner.run(work, done, failed, owner=self)

    # -- subject access -------------------------------------------------------------
    def export_everything(self) -> None:
        """Subject access (GDPR Art. 15): the member's data as JSON, and a PDF beside it."""
        session, member = self.session, self.member
        if session is None or member is None or self.editing:
            return
        path = ask_save_path(self, "Export everything about this member",
                             f"{member.display_name} - personal data", "json")
        if path is None:
            return
        PrintDialog.run(self, self.runner, "Everything about this member",
                        f"Everything Caucus holds about {member.display_name} — details, "
                        "tags, consents, conversations, tasks, attendance and the history "
                        "of changes — as a JSON file for the request and, beside it, a PDF "
                        "to print. Neither file is encrypted.",
                        lambda progress, cancel: documents.export_member(
                            session, member.id, path, path.with_suffix(".pdf"),
                            progress=progress, cancel=cancel), subject_access_written)

    # -- delete, restore, erase -----------------------------------------------------
    def delete(self) -> None:
        self._act(lambda b, mid: b.delete_member(mid),
                  "Deleted. The member is in the Deleted list and can be restored.")

    def restore(self) -> None:
        self._act(lambda b, mid: b.restore_member(mid), "Restored.")

    def _act(self, action, message: str) -> None:
        branch, member_id = self.branch, self.member_id
        if branch is None or member_id is None or self.editing:
            return
        self._request += 1
        request = self._request

        def work() -> MemberDetail:
            action(branch, member_id)
            return load_detail(branch, member_id)

        def done(detail: MemberDetail) -> None:
            self._loaded(request, detail, message)
            self.changed.emit(member_id)

        self.runner.run(work, done, lambda e: self._failed(request, e), owner=self)

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
        self._request += 1
        request = self._request

        def done(erased: list[str]) -> None:
            if request != self._request:
                return
            self.clear()
            merged = (f" with {len(erased) - 1} earlier record"
                      f"{'s' if len(erased) > 2 else ''} merged into it"
                      if len(erased) > 1 else "")
            self.message.emit(f"Erased{merged}. Other laptops erase it too when they next "
                              "sync.")
            self.erased.emit(member_id)

        self.runner.run(lambda: members.erase(session, member_id).rows, done,
                        lambda e: self._failed(request, e), owner=self)

