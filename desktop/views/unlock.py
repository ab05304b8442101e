"""The unlock screen: one passphrase field; Argon2id runs on the worker (about a second)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.ops.session import Session, open_vault

from .. import icons
from ..flow import FlowLayout
from ..tasks import TaskRunner, human_message
from ..widgets import BusyBar, ErrorLabel, ch, choose_vault_file, em, heading, hint


class UnlockWindow(QWidget):
    #: the unlocked session
    opened = Signal(object, str)
    #: the user chose another vault file
    open_file = Signal(str)
    #: the user wants to start something else: "create", "join" or "demo"
    start_other = Signal(str)
    # (from the worker) the vault is being brought up to this version's schema
    upgrading = Signal()

    def __init__(self, runner: TaskRunner, vault_path: Path, branch_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.vault_path = vault_path
        self.setObjectName("unlock")
        self.setWindowTitle(self.tr("Unlock — Caucus"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(em(self, 2), em(self, 2), em(self, 2), em(self, 2))
        outer.addStretch(1)
        logo = QLabel(self)
        logo.setPixmap(icons.icon("app").pixmap(em(self, 4), em(self, 4)))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(logo)
        title = heading(self.tr("Unlock {branch_name}").format(branch_name=branch_name)
                        if branch_name else self.tr("Unlock your branch"), self)
        title.setWordWrap(True)
        self.title = title
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(title)
        self.location = hint(str(vault_path), self)
        self.location.setToolTip(self.tr("The vault file"))
        self.location.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setAccessibleName(self.tr("Vault file"))
        outer.addWidget(self.location)
        outer.addSpacing(em(self, 1))
        row = QHBoxLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(ch(self, 36))
        self.unlock_button = QPushButton(icons.icon("unlock"), self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        row.addStretch(1)
        row.addWidget(self.passphrase)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.busy = BusyBar(self, self.tr("Unlocking"))
        outer.addWidget(self.busy)
        self.upgrade_note = hint(self.tr(
            "Bringing this vault up to date for this version of Caucus. This happens once, "
            "and takes up to a minute for a large branch."), self)
        self.upgrade_note.setWordWrap(True)
        self.upgrade_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.upgrade_note.hide()
        outer.addWidget(self.upgrade_note)
        self.upgrading.connect(self.upgrade_note.show)
        self.error = ErrorLabel(self, self.tr("Unlock error"))
        self.error.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(self.error)
        outer.addStretch(1)
        # the way to another branch is always open: a new one, joining, a file, the demo
        other = FlowLayout()
        self.create_button = QPushButton(icons.icon("add"), self.tr("&Create a branch"), self)
        self.join_button = QPushButton(icons.icon("sync"), self.tr("&Join a branch"), self)
        self.other_button = QPushButton(self.tr("&Open a vault file…"), self)
        self.demo_button = QPushButton(icons.icon("members"), self.tr("Try the &demo"), self)
        for button, what in ((self.create_button, "create"), (self.join_button, "join"),
                             (self.demo_button, "demo")):
            button.setFlat(True)
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(lambda _c=False, w=what: self.start_other.emit(w))
        self.other_button.setFlat(True)
        self.other_button.setAccessibleName(self.tr("Open a vault file"))
        for button in (self.create_button, self.join_button, self.other_button,
                       self.demo_button):
            other.addWidget(button)
        outer.addLayout(other)
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.other_button.clicked.connect(self._choose_file)
        self.resize(ch(self, 70), em(self, 22))

    @property
    def unlocking(self) -> bool:
        return self.busy.isVisible() or not self.unlock_button.isEnabled()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock(self) -> None:
        if self.unlocking:
            return
        text = self.passphrase.text()
        if not text:
            self.error.show_message(self.tr("Type the branch's passphrase."))
            return
        self.error.clear_message()
        self._set_busy(True)
        path = self.vault_path
        self.runner.run(lambda: open_vault(path, text, upgrading=self._say_upgrading),
                        self._unlocked, self._failed, owner=self)

    def _say_upgrading(self) -> None:
        """On the worker: show why this unlock takes longer (queued to the window)."""
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self.upgrading.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if not busy:
            self.upgrade_note.hide()
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setReadOnly(busy)
        self.other_button.setEnabled(not busy)

    def _unlocked(self, session: Session) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.opened.emit(session, "")

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        # Keep what was typed, selected: a slip is fixed with the arrow keys, and typing
        # anew replaces it (a wrong passphrase is not left to be added to).
        self.error.show_message(human_message(error))
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase.selectAll()

    def _choose_file(self) -> None:
        path = choose_vault_file(self, str(self.vault_path.parent))
        if path:
            self.open_file.emit(path)
