"""The first-run window: create a branch, open a vault file, try the demo, or join a branch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sync.ops.session import DEFAULT_PROFILE, Session, create_branch

from .. import icons
from ..tasks import TaskRunner, human_message
from ..widgets import BusyBar, ErrorLabel, ch, choose_vault_file, em, heading, hint
from .demo_page import DemoPage
from .join_page import JoinPage
from .vault_fields import NewVaultFields, add_row, error_field, new_form


class FirstRunWindow(QWidget):
    """Shown when there is no vault yet at the configured path."""

    #: an unlocked session (a new branch, the demo, a joined branch or one waiting to join)
    opened = Signal(object, str)
    #: the user picked an existing vault file to unlock
    open_file = Signal(str)
    #: a new branch was made (the app then asks to write the passphrase down)
    created = Signal()

    def __init__(self, runner: TaskRunner, vault_path: Path, *,
                 kdf_profile: str = DEFAULT_PROFILE, demo_members: int = 2000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.vault_path = vault_path
        self.kdf_profile = kdf_profile
        self.setWindowTitle(self.tr("Welcome to Caucus"))
        self.setObjectName("first_run")
        self.stack = QStackedWidget(self)
        self.choice = self._build_choice()
        self.create = CreateBranchPage(self)
        self.demo = DemoPage(runner, vault_path, kdf_profile=kdf_profile,
                             members=demo_members, parent=self)
        self.join_page = JoinPage(runner, vault_path, kdf_profile=kdf_profile, parent=self)
        self.stack.addWidget(self.choice)
        for page in (self.create, self.demo, self.join_page):
            self.stack.addWidget(page)
            page.back.clicked.connect(self.show_choice)
        self.create.submit.connect(self._create)
        self.demo.opened.connect(self.opened)
        self.join_page.opened.connect(self.opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em(self, 2), em(self, 1.5), em(self, 2), em(self, 1.5))
        layout.addWidget(self.stack)
        self.resize(self.sizeHint().expandedTo(QSize(ch(self, 78), em(self, 30))))

    def _build_choice(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Welcome to Caucus"), page, 1.8))
        layout.addWidget(hint(
            self.tr("Caucus keeps your branch's member list on this laptop, encrypted with a "
            "passphrase only you know. Officers' laptops sync with each other directly "
            "— by USB stick or at a meeting — with no server and no cloud."), page))
        layout.addSpacing(em(page, 1))
        self.create_button = self._choice_button(
            page, "add", self.tr("Create a branch"),
            self.tr("Start a new, empty branch on this laptop. You become its first admin."))
        self.open_button = self._choice_button(
            page, "unlock", self.tr("Open an existing vault file…"),
            self.tr("Unlock a Caucus vault file that is already on this computer or a stick."))
        self.demo_button = self._choice_button(
            page, "members", self.tr("Try the demo"),
            self.tr("Make a demo branch with 2,000 invented members to look around safely."))
        self.join_button = self._choice_button(
            page, "sync", self.tr("Join a branch"),
            self.tr("Add this laptop to a branch another officer already runs."))
        for button in (self.create_button, self.open_button, self.demo_button,
                       self.join_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.location = hint(
            self.tr("The vault will be kept at {vault_path}").format(vault_path=self.vault_path),
            page,
        )
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.location)
        self.create_button.clicked.connect(self.show_create)
        self.open_button.clicked.connect(self._choose_file)
        self.demo_button.clicked.connect(self.show_demo)
        self.join_button.clicked.connect(self.show_join)
        return page

    def _choice_button(self, page: QWidget, icon_name: str, text: str,
                       detail: str) -> QPushButton:
        button = QPushButton(icons.icon(icon_name), f"{text}\n{detail}", page)
        button.setAccessibleName(text)
        button.setAccessibleDescription(detail)
        button.setIconSize(button.iconSize() * 1.5)
        button.setMinimumHeight(em(page, 3.2))
        button.setStyleSheet("text-align: left; padding: 0.4em 0.8em;")
        return button

    # -- navigation -----------------------------------------------------------------
    def show_choice(self) -> None:
        self.stack.setCurrentWidget(self.choice)

    def show_create(self) -> None:
        self.stack.setCurrentWidget(self.create)
        self.create.branch_name.setFocus()

    def show_demo(self) -> None:
        self.stack.setCurrentWidget(self.demo)
        self.demo.start()

    def show_join(self) -> None:
        self.stack.setCurrentWidget(self.join_page)
        self.resize(self.size().expandedTo(self.sizeHint()))
        self.join_page.fields.device_name.setFocus()

    def show_page(self, name: str) -> None:
        """Open on one choice: "create", "join" or "demo" (from the unlock screen)."""
        {"create": self.show_create, "join": self.show_join,
         "demo": self.show_demo}.get(name, self.show_choice)()

    def stop_work(self) -> list[Session]:
        """At exit: cancel a demo or a join still running; return the sessions made but
        not yet opened (the caller locks them)."""
        self.join_page.cancel()
        self.demo.request_cancel()
        pending, self.demo.session = self.demo.session, None
        return [pending] if pending is not None else []

    def _choose_file(self) -> None:
        path = choose_vault_file(self, str(self.vault_path.parent))
        if path:
            self.open_file.emit(path)

    # -- creating -------------------------------------------------------------------
    def _create(self, branch_name: str, device_name: str, passphrase: str) -> None:
        path, profile = self.vault_path, self.kdf_profile
        self.create.set_busy(True)
        self.runner.run(
            lambda: create_branch(path, passphrase, branch_name, device_name, profile),
            self._created, self._create_failed, owner=self)

    def _created(self, session: Session) -> None:
        self.create.set_busy(False)
        self.create.fields.clear_passphrases()
        self.created.emit()
        self.opened.emit(session, "")

    def _create_failed(self, error: BaseException) -> None:
        self.create.set_busy(False)
        self.create.show_error(error)


class CreateBranchPage(QWidget):
    """Branch name, device name and a passphrase typed twice, checked inline."""

    submit = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Create a branch"), self))
        layout.addWidget(hint(
            self.tr("The passphrase encrypts everything on this laptop. Nobody can recover it for "
            "you: write it down and keep it somewhere safe."), self))
        form = new_form()
        self.branch_name = QLineEdit(self)
        self.branch_name.setPlaceholderText(self.tr("for example: Northside Tenants' Union"))
        branch_error = ErrorLabel(self, self.tr("Branch name error"))
        add_row(
            form, self.tr("&Branch name"), self.branch_name, self.tr("Branch name"), branch_error
        )
        self.fields = NewVaultFields(self, form)
        self.device_name, self.passphrase, self.repeat = self.fields.edits
        self.meter, self.strength = self.fields.meter, self.fields.strength
        self.errors = {"branch": branch_error, **self.fields.errors,
                       "general": ErrorLabel(self, self.tr("Error"))}
        layout.addLayout(form)
        layout.addWidget(self.errors["general"])
        layout.addStretch(1)
        self.busy = BusyBar(self, self.tr("Creating the vault"))
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.back = QPushButton(self.tr("Back"), self)
        self.create = QPushButton(icons.icon("add"), self.tr("Create branch"), self)
        self.create.setDefault(True)
        self.create.setAccessibleName(self.tr("Create branch"))
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.create)
        layout.addLayout(buttons)
        self.create.clicked.connect(self._submit)
        for edit in (self.branch_name, *self.fields.edits):
            edit.returnPressed.connect(self._submit)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()

    def validate(self) -> bool:
        self.clear_errors()
        ok = self.fields.validate()
        if not self.branch_name.text().strip():
            self.errors["branch"].show_message(self.tr("The branch needs a name."))
            ok = False
        return ok

    def _submit(self) -> None:
        if not self.create.isEnabled() or not self.validate():
            return
        self.submit.emit(self.branch_name.text().strip(), self.device_name.text().strip(),
                         self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.create, self.back, self.branch_name, *self.fields.edits):
            widget.setEnabled(not busy)

    def show_error(self, error: BaseException) -> None:
        self.errors[error_field(error, self.errors)].show_message(human_message(error))
