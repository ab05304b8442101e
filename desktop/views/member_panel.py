"""One member: details (view / edit / save), conversations, history; delete, restore, erase;
export everything held about them (a subject-access request).

Every engine call runs on the vault worker; the panel shows results and puts a
``ValidationError`` next to the field it names. A phone number that cannot be checked
is saved as typed, with a warning; a new member who looks like someone already on the
list (same email, or same name and phone) is shown to the user before it is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.records import Branch, Campaign, Member, Note, Workplace

from .. import icons
from ..clipboard import ClipboardGuard
from ..dialogs.erase import EraseDialog
from ..flow import FlowLayout
from ..models.records import RecordTableModel
from ..style import danger
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, heading, hint, record_table
from .member_actions import MemberActions
from .member_form import MemberForm, nice
from .member_notes import HISTORY_COLUMNS, NotesTab, history_rows
from .member_saving import MemberSaving
from .relationships_box import RelationshipsBox


@dataclass
class MemberDetail:
    member: Member
    notes: list[Note]
    history: list[dict[str, Any]]


def load_detail(branch: Branch, member_id: str) -> MemberDetail:
    """Runs on the worker: everything the panel shows about one member."""
    member = branch.get_member(member_id)
    return MemberDetail(member, branch.list_notes(member_id=member_id),
                        history_rows(branch, branch.member_history(member_id)))


class MemberPanel(MemberSaving, MemberActions, QWidget):
    #: a member was added, edited, deleted or restored (its id)
    changed = Signal(str)
    #: a member was erased (its id)
    erased = Signal(str)
    #: a status message for the window
    message = Signal(str)
    #: the user asked to see an existing member (a likely duplicate of a new one)
    open_requested = Signal(str)

    load_work = staticmethod(load_detail)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Session | None = None
        self.branch: Branch | None = None
        self.member: Member | None = None
        self.member_id: str | None = None
        self.is_new = False
        self.dirty = False  # edited since the form was filled
        self._request = 0
        self.erase_dialog: EraseDialog | None = None
        self.question: QMessageBox | None = None
        self.setAccessibleName(self.tr("Member details"))

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.empty = hint(self.tr("Select a member in the list, press New member (Ctrl+N), "
                                  "or bring in a spreadsheet with Data → Import."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading("", page)
        self.title.setAccessibleName(self.tr("Member name"))
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(page)
        self.subtitle.setWordWrap(True)
        self.subtitle.setAccessibleName(self.tr("Member status"))
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.error = ErrorLabel(page, self.tr("Member error"))
        layout.addWidget(self.error)
        self.notice = hint("", page)
        self.notice.setAccessibleName(self.tr("Member notice"))
        self.notice.hide()
        layout.addWidget(self.notice)
        self.tabs = QTabWidget(page)
        self.tabs.setDocumentMode(True)
        self.form = MemberForm(self.tabs)
        self.notes = NotesTab(self.tabs)
        self.history_model = RecordTableModel(HISTORY_COLUMNS, self)
        self.history = record_table(self.history_model, self.tabs, self.tr("History"),
                                    single_selection=False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.history.setWordWrap(True)
        self.tabs.addTab(self.form, self.tr("&Details"))
        # the note box scrolls in a short panel (a 2× scaled laptop screen)
        notes_scroll = QScrollArea(self.tabs)
        notes_scroll.setWidgetResizable(True)
        notes_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        notes_scroll.setWidget(self.notes)
        self.tabs.addTab(notes_scroll, icons.icon("note"), self.tr("Con&versations"))
        self.tabs.addTab(self.history, icons.icon("history"), self.tr("&History"))
        self.organising = RelationshipsBox(runner, self.tabs)  # unit, point person, links
        self.tabs.addTab(self.organising, icons.icon("workplace"), self.tr("&Organising"))
        self.organising.open_member.connect(self.show_member)
        layout.addWidget(self.tabs, 1)
        # below the form, so Tab from its last field reaches Save
        buttons = FlowLayout()
        self.edit_button = self._button(page, "edit", self.tr("&Edit"), buttons,
                                        self.tr("Edit (F2 or Enter in the list)"))
        self.save_button = self._button(page, "save", self.tr("&Save"), buttons,
                                        self.tr("Save (Ctrl+S)"))
        self.cancel_button = self._button(page, None, self.tr("Cancel"), buttons,
                                          self.tr("Cancel the changes (Esc)"))
        self.export_button = self._button(page, None, self.tr("E&xport everything…"), buttons,
                                          self.tr("Everything held about this person, for a "
                                                  "subject-access request: a JSON file and a PDF"))
        self.export_button.setAccessibleName(self.tr("Export everything about this member"))
        self.delete_button = self._button(page, "delete", self.tr("Delete"), buttons,
                                          self.tr("Take off the list; can be restored"))
        self.restore_button = self._button(page, "restore", self.tr("&Restore"), buttons)
        self.erase_button = self._button(page, "erase", self.tr("Erase…"), buttons,
                                         self.tr("Erase this person for good, on "
                                                 "every laptop (GDPR)"))
        danger(self.erase_button)
        layout.addLayout(buttons)
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
        self.form.edited.connect(self._edited)
        self.clipboard = ClipboardGuard(self)
        self.copy_menu: QMenu | None = None
        for name in ("emails", "phones"):
            editor = self.form.editors[name]
            editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            editor.customContextMenuRequested.connect(
                lambda pos, e=editor: self.contact_menu(e, pos))
        self._update_buttons()

    def _button(self, page: QWidget, icon_name: str | None, text: str, layout: FlowLayout,
                tip: str = "") -> QPushButton:
        button = QPushButton(text, page)
        if icon_name:
            button.setIcon(icons.icon(icon_name))
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        if tip:
            button.setToolTip(tip)
        layout.addWidget(button)
        return button

    # -- requests -------------------------------------------------------------------
    def next_request(self) -> int:
        """A new request: answers to older ones are dropped."""
        self._request += 1
        return self._request

    def is_current(self, request: int) -> bool:
        return request == self._request

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

    def set_campaigns(self, campaigns: list[Campaign]) -> None:
        self.notes.set_campaigns(campaigns)

    def set_tag_choices(self, tags: list[str]) -> None:
        self.form.set_tag_choices(tags)

    def clear(self) -> None:
        """Forget the member and empty every widget (on lock: nothing stays on screen)."""
        self.next_request()
        self.member = None
        self.member_id = None
        self.is_new = False
        self.dirty = False
        self.reset_saving()
        self.form.set_editing(False)
        self.form.clear()
        self.notes.clear()
        self.history_model.clear()
        self.organising.clear()
        self.title.clear()
        self.subtitle.clear()
        self.error.clear_message()
        self.set_notice("")
        for dialog in (self.erase_dialog, self.question):
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.reject()
        self.erase_dialog = self.question = None
        if self.copy_menu is not None and shiboken6.isValid(self.copy_menu):
            self.copy_menu.close()
        self.copy_menu = None
        self.clipboard.clear_now()
        self.stack.setCurrentWidget(self.empty)
        self._update_buttons()

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _edited(self) -> None:
        self.dirty = True

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
        self.page.layout().invalidate()

    # -- showing --------------------------------------------------------------------
    def reload(self) -> None:
        """Show the current member again from the vault (after a sync)."""
        if self.member_id is not None and not self.editing and not self.is_new:
            self.load(self.member_id)

    def show_member(self, member_id: str | None) -> None:
        """Show ``member_id`` (``None``: nobody). Unsaved edits are dropped: ask first
        with :meth:`leave`."""
        if member_id is None:
            self.clear()
            return
        if member_id == self.member_id and self.member is not None and not self.editing:
            return
        if self.editing:
            self.form.set_editing(False)
        self.load(member_id)

    def load(self, member_id: str, *, after: str | None = None) -> None:
        branch = self.branch
        if branch is None:
            return
        request = self.next_request()
        self.member_id = member_id
        self.runner.run(lambda: load_detail(branch, member_id),
                        lambda d: self.loaded(request, d, after),
                        lambda e: self.failed(request, e), owner=self)

    def loaded(self, request: int, detail: MemberDetail, after: str | None = None) -> None:
        if request != self._request:
            return
        self.member = detail.member
        self.member_id = detail.member.id
        self.is_new = False
        self.dirty = False
        self.form.set_editing(False)
        self.form.load(detail.member, self.branch.region if self.branch else None)
        self.notes.set_notes(detail.notes)
        self.history_model.set_records(list(reversed(detail.history)))
        if self.branch is not None:
            self.organising.show_member(self.branch, detail.member.id)
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
            parts.append(self.tr("No. {membership_no}").format(membership_no=member.membership_no))
        if member.deleted:
            parts.append(self.tr("DELETED — restore to edit"))
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def failed(self, request: int, error: BaseException) -> None:
        if request == self._request:
            self.error.show_message(human_message(error))
            self.stack.setCurrentWidget(self.page)

    # -- editing --------------------------------------------------------------------
    def new_member(self) -> None:
        if self.branch is None:
            return
        self.next_request()
        self.member = None
        self.member_id = None
        self.is_new = True
        self.dirty = False
        self.form.clear()
        self.notes.clear()
        self.history_model.clear()
        self.title.setText(self.tr("New member"))
        self.subtitle.setText(self.tr("Fill in what you know; a first or last name is "
                                      "enough. Ctrl+S saves, Esc cancels."))
        self.error.clear_message()
        self.set_notice("")
        self.stack.setCurrentWidget(self.page)
        self.tabs.setCurrentWidget(self.form)
        self.form.set_editing(True)
        self._update_buttons()
        self.form.editors["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def start_editing(self) -> None:
        """Edit the member shown (not one still loading: the form would show another)."""
        if self.member is None or self.member.deleted or self.editing \
                or self.member.id != self.member_id:
            return
        self.dirty = False
        self.form.set_editing(True)
        self.tabs.setCurrentWidget(self.form)
        self._update_buttons()
        self.form.editors["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_editing(self) -> None:
        if not self.editing:
            return
        self.form.clear_errors()
        self.form.set_editing(False)
        self.dirty = False
        self.reset_saving()
        if self.is_new:
            self.clear()
        elif self.member is not None:
            self.form.load(self.member, self.branch.region if self.branch else None)
        self._update_buttons()

    # -- notes ----------------------------------------------------------------------
    def add_note(self, text: str, method: str | None, outcome: str, follow_up: str,
                 campaign_id: str | None = None) -> None:
        branch, member_id = self.branch, self.member_id
        if branch is None or member_id is None or self.is_new:
            return
        request = self.next_request()

        def work() -> MemberDetail:
            branch.add_note(text, member_id=member_id, method=method, outcome=outcome,
                            follow_up_on=follow_up, campaign_id=campaign_id)
            return load_detail(branch, member_id)

        def done(detail: MemberDetail) -> None:
            self.notes.note_added()
            self.loaded(request, detail, self.tr("Note added."))
            self.changed.emit(member_id)

        def failed(error: BaseException) -> None:
            if request == self._request:
                self.notes.error.show_message(human_message(error))

        self.runner.run(work, done, failed, owner=self)
