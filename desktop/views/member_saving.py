"""Saving the member panel's form: leaving unsaved edits (save, discard or stay), the
check for a likely duplicate before a new member is saved, and the warnings a save
gives (a phone number kept as typed).

A mixin of :class:`desktop.views.member_panel.MemberPanel`: it uses the panel's
``session``, ``form``, ``save_button``, ``error``, ``tabs``, ``is_new``, ``dirty``,
``member``, ``member_id``, ``question``, ``runner``, its signals and its
``next_request``, ``is_current``, ``load``, ``cancel_editing`` and ``set_notice``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sync.errors import ValidationError
from sync.ops import members as member_ops

from ..i18n import error_text
from ..tasks import human_message


class MemberSaving:
    """Save, check and leave (see the module's doc)."""

    _after_save: Callable[[], None] | None = None

    def reset_saving(self) -> None:
        """Forget what was to happen after a save still under way."""
        self._after_save = None

    def leave(self, then: Callable[[], None], cancelled: Callable[[], None] | None = None,
              ) -> None:
        """Before showing someone else: if there are unsaved edits, ask to save or
        discard them (or stay); then call ``then`` (``cancelled`` if the user stays)."""
        if not self.editing:
            then()
            return
        if not self.dirty:
            self.cancel_editing()
            then()
            return
        name = self.form.typed_name() or self.tr("this member")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save the changes to {name}?").format(name=name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: int) -> None:
            self.question = None
            if button == QMessageBox.StandardButton.Save:
                self.save(after=then)
            elif button == QMessageBox.StandardButton.Discard:
                self.cancel_editing()
                then()
            elif cancelled is not None:
                cancelled()

        box.finished.connect(answered)
        self.question = box
        box.open()

    def save(self, *, after: Callable[[], None] | None = None,
             checked: bool = False) -> None:
        """Save the form. A new member is first checked for likely duplicates
        (``checked``: the user has seen them and saves anyway)."""
        session = self.session
        if session is None or not self.editing or not self.save_button.isEnabled():
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
        self._after_save = after
        self.save_button.setEnabled(False)
        request = self.next_request()
        if self.is_new and not checked:
            self.runner.run(lambda: member_ops.check_member(session, fields),
                            lambda check: self._checked(request, check),
                            lambda e: self._save_failed(request, e), owner=self)
            return
        self.runner.run(
            lambda: member_ops.save_member(session, member_id, fields, tags, custom,
                                           old_custom),
            lambda saved: self._saved(request, saved),
            lambda e: self._save_failed(request, e), owner=self)

    def _checked(self, request: int, check: member_ops.MemberCheck) -> None:
        self.save_button.setEnabled(True)
        if not self.is_current(request):
            return
        after = self._after_save
        if not check.matches:
            self.save(after=after, checked=True)
            return
        lines = "\n".join(self.tr("• {name}: {reason}").format(name=m.name, reason=m.reason)
                          for m in check.matches[:5])
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Already on the list?"),
                          self.tr("This looks like someone already on the list:\n{lines}\n\n"
                                  "Save a new member anyway, or open the one on the list?")
                          .format(lines=lines), QMessageBox.StandardButton.NoButton, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        save = box.addButton(self.tr("Save a new member"),
                             QMessageBox.ButtonRole.AcceptRole)
        open_ = box.addButton(self.tr("Open {name}").format(name=check.matches[0].name),
                              QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_)
        self.question = box
        first = check.matches[0].member_id

        def answered(_result: int) -> None:
            self.question = None
            clicked = box.clickedButton()
            if clicked is save:
                self.save(after=after, checked=True)
            elif clicked is open_:
                self.cancel_editing()
                self.open_requested.emit(first)

        box.finished.connect(answered)
        box.open()

    def _saved(self, request: int, saved: member_ops.Saved) -> None:
        self.save_button.setEnabled(True)
        if not self.is_current(request):
            return
        self.form.set_editing(False)
        self.is_new = False
        self.dirty = False
        text = self.tr("Saved.")
        self.set_notice(" ".join(error_text(w.message) for w in saved.warnings))
        if saved.warnings:
            text = self.tr("Saved, with a warning: {message}").format(
                message=error_text(saved.warnings[0].message))
        self.load(saved.member_id, after=text)
        self.changed.emit(saved.member_id)
        after, self._after_save = self._after_save, None
        if after is not None:
            after()

    def _save_failed(self, request: int, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._after_save = None
        if not self.is_current(request):
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
