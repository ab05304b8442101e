"""The Vault menu: back up the vault, change its passphrase, close the demo; and, right
after a branch is created, the reminder to write the passphrase down and make a backup.

Both use cases are the engine's (``sync.ops.session.backup`` and
``change_passphrase``, as ``caucus vault backup`` and ``caucus vault passwd``) and run
on the worker; the window never waits for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sync.ops.session import MIN_PASSPHRASE, backup, change_passphrase, is_demo_vault, vault_files

from .files import save_path
from .passphrase import strength_hint
from .tasks import human_message
from .widgets import BusyBar, ErrorLabel, ch, hint


class VaultWindow(Protocol):
    """What the menu needs of the window it belongs to (the main window)."""

    session: Any
    runner: Any
    close_demo_requested: Any

    def show_message(self, text: str) -> None: ...


class VaultMenu(QMenu):
    """Back up, change the passphrase, close the demo."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(QCoreApplication.translate("VaultMenu", "&Vault"), window)
        self.main: VaultWindow = window  # type: ignore[assignment]
        self.backup_action = self.addAction(self.tr("&Back up the vault…"), self.ask_backup)
        self.backup_action.setToolTip(self.tr("An encrypted copy of the whole vault (same "
                                              "passphrase), on a stick or another disk"))
        self.passphrase_action = self.addAction(self.tr("&Change the passphrase…"),
                                                self.ask_passphrase)
        self.addSeparator()
        self.close_demo_action = self.addAction(self.tr("Close the &demo"),
                                                window.close_demo_requested.emit)
        self.close_demo_action.setToolTip(self.tr("Lock the demo and go back to your own "
                                                  "branch (or make one)"))
        self.dialog: QDialog | None = None
        self.aboutToShow.connect(self._update)

    def add_to(self, bar: QToolBar) -> None:
        button = QToolButton(bar)
        button.setText(self.title())
        button.setAccessibleName(self.tr("Vault"))
        button.setMenu(self)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(button)
        self.button = button

    def _update(self) -> None:
        session = self.main.session
        demo = session is not None and is_demo_vault(session.path)
        self.close_demo_action.setVisible(demo)

    # -- backup ---------------------------------------------------------------------
    def ask_backup(self) -> None:
        session = self.main.session
        if session is None:
            return
        dest = save_path(self.parentWidget(), self.tr("Back up the vault"),
                         f"{session.path.stem}-backup.caucus", "caucus")
        if dest is None:
            return
        if dest.resolve() == session.path.resolve():
            self.main.show_message(self.tr("Choose another file: a backup cannot replace "
                                           "the vault itself."))
            return
        self.run_backup(dest)

    def run_backup(self, dest: Path) -> None:
        session = self.main.session
        if session is None:
            return
        self.main.show_message(self.tr("Backing up…"))
        self.main.runner.run(lambda: backup(session, dest), self._backed_up,
                             lambda e: self.main.show_message(human_message(e)),
                             owner=self)

    def _backed_up(self, dest: Path) -> None:
        sidecar = vault_files(dest)[1].name
        self.main.show_message(self.tr("Backed up to {dest}. Keep {sidecar} with it: the backup "
                                       "opens with the same passphrase.").format(
                                           dest=dest, sidecar=sidecar))
        self.backed_up = dest

    # -- passphrase -----------------------------------------------------------------
    def ask_passphrase(self) -> None:
        if self.main.session is None:
            return
        dialog = PassphraseDialog(self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.run_change(dialog.new_passphrase()))
        self.dialog = dialog
        dialog.open()

    def run_change(self, passphrase: str) -> None:
        session = self.main.session
        if session is None:
            return
        self.main.show_message(self.tr("Changing the passphrase…"))
        self.main.runner.run(lambda: change_passphrase(session, passphrase),
                             lambda _c: self.main.show_message(self.tr(
                                 "The passphrase is changed. Use the new one from now on; "
                                 "old backups still open with the old one.")),
                             lambda e: self.main.show_message(human_message(e)), owner=self)

    # -- a new branch ---------------------------------------------------------------
    def after_create(self) -> None:
        """Just after a branch is created: write the passphrase down, make a backup."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Write your passphrase down"),
                          self.tr("Your branch is ready. Write the passphrase down now and "
                                  "keep it somewhere safe: nobody can recover it for you, "
                                  "and without it the vault cannot be opened.\n\nA backup "
                                  "on a USB stick keeps the branch if this laptop is lost."),
                          QMessageBox.StandardButton.NoButton, self.parentWidget())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.backup_now = box.addButton(self.tr("Make a &backup now…"),
                                        QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("I have written it down"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _r: self.ask_backup()
                             if box.clickedButton() is self.backup_now else None)
        self.dialog = box
        box.open()


class PassphraseDialog(QDialog):
    """The new passphrase, typed twice, with the strength meter's words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("The vault is re-encrypted under the new "
                                      "passphrase; nothing else changes. Other laptops "
                                      "keep their own passphrases."), self))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.strength = hint("", self)
        self.strength.setAccessibleName(self.tr("Passphrase strength hint"))
        for text, widget in ((self.tr("&New passphrase"), self.passphrase),
                             (self.tr("&Repeat it"), self.repeat)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.strength)
        layout.addLayout(form)
        self.error = ErrorLabel(self, self.tr("Passphrase error"))
        layout.addWidget(self.error)
        self.busy = BusyBar(self)
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.textChanged.connect(
            lambda text: self.strength.setText(strength_hint(text)[1]))
        self.passphrase.textChanged.connect(lambda _t: self.error.clear_message())
        self.setMinimumWidth(min(ch(self, 56), 560))

    def new_passphrase(self) -> str:
        return self.passphrase.text()

    def accept(self) -> None:
        """Only a long enough passphrase, typed the same twice, closes the dialog."""
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            self.error.show_message(self.tr("Use at least {min_passphrase} characters.").format(
                min_passphrase=MIN_PASSPHRASE))
            return
        if self.passphrase.text() != self.repeat.text():
            self.error.show_message(self.tr("The two passphrases are different."))
            return
        super().accept()
