"""The first-run window: create a branch, open a vault file, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSysInfo, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sync.errors import CaucusError, ValidationError, VaultExists, WeakPassphrase
from sync.vault import DEFAULT_PROFILE, MIN_PASSPHRASE

from .. import icons
from ..passphrase import strength_hint
from ..session import Session, create_session
from ..tasks import TaskRunner, human_message
from ..widgets import BusyBar, ErrorLabel, ch, choose_vault_file, em, heading, hint
from .demo_page import DemoPage


class FirstRunWindow(QWidget):
    """Shown when there is no vault yet at the configured path."""

    #: an unlocked session (a new branch, or the demo)
    opened = Signal(object)
    #: the user picked an existing vault file to unlock
    open_file = Signal(str)

    def __init__(self, runner: TaskRunner, vault_path: Path, *,
                 kdf_profile: str = DEFAULT_PROFILE, demo_members: int = 2000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.vault_path = vault_path
        self.kdf_profile = kdf_profile
        self.setWindowTitle("Welcome to Caucus")
        self.setObjectName("first_run")
        self.stack = QStackedWidget(self)
        self.choice = self._build_choice()
        self.create = CreateBranchPage(self)
        self.demo = DemoPage(runner, vault_path, kdf_profile=kdf_profile,
                             members=demo_members, parent=self)
        for page in (self.choice, self.create, self.demo):
            self.stack.addWidget(page)
        self.create.back.clicked.connect(self.show_choice)
        self.create.submit.connect(self._create)
        self.demo.back.clicked.connect(self.show_choice)
        self.demo.opened.connect(self.opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em(self, 2), em(self, 1.5), em(self, 2), em(self, 1.5))
        layout.addWidget(self.stack)
        self.resize(ch(self, 78), em(self, 30))

    def _build_choice(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading("Welcome to Caucus", page, 1.8))
        layout.addWidget(hint(
            "Caucus keeps your branch's member list on this laptop, encrypted with a "
            "passphrase only you know. Officers' laptops sync with each other directly "
            "— by USB stick or at a meeting — with no server and no cloud.", page))
        layout.addSpacing(em(page, 1))
        self.create_button = self._choice_button(
            page, "add", "Create a branch",
            "Start a new, empty branch on this laptop. You become its first admin.")
        self.open_button = self._choice_button(
            page, "unlock", "Open an existing vault file…",
            "Unlock a Caucus vault file that is already on this computer or a stick.")
        self.demo_button = self._choice_button(
            page, "members", "Try the demo",
            "Make a demo branch with 2,000 invented members to look around safely.")
        self.join_button = self._choice_button(
            page, "sync", "Join a branch",
            "Add this laptop to a branch another officer already runs.")
        self.join_button.setEnabled(False)
        self.join_button.setToolTip("coming soon: pairing and welcome files")
        for button in (self.create_button, self.open_button, self.demo_button,
                       self.join_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.location = hint(f"The vault will be kept at {self.vault_path}", page)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.location)
        self.create_button.clicked.connect(self.show_create)
        self.open_button.clicked.connect(self._choose_file)
        self.demo_button.clicked.connect(self.show_demo)
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

    def _choose_file(self) -> None:
        path = choose_vault_file(self, str(self.vault_path.parent))
        if path:
            self.open_file.emit(path)

    # -- creating -------------------------------------------------------------------
    def _create(self, branch_name: str, device_name: str, passphrase: str) -> None:
        path, profile = self.vault_path, self.kdf_profile
        self.create.set_busy(True)
        self.runner.run(
            lambda: create_session(path, passphrase, branch_name, device_name, profile),
            self._created, self._create_failed, owner=self)

    def _created(self, session: Session) -> None:
        self.create.set_busy(False)
        self.create.passphrase.clear()
        self.create.repeat.clear()
        self.opened.emit(session)

    def _create_failed(self, error: BaseException) -> None:
        self.create.set_busy(False)
        self.create.show_error(error)


class CreateBranchPage(QWidget):
    """Branch name, device name and a passphrase typed twice, checked inline."""

    submit = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Create a branch", self))
        layout.addWidget(hint(
            "The passphrase encrypts everything on this laptop. Nobody can recover it for "
            "you: write it down and keep it somewhere safe.", self))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.branch_name = QLineEdit(self)
        self.branch_name.setPlaceholderText("for example: Northside Tenants' Union")
        self.device_name = QLineEdit(self)
        host = QSysInfo.machineHostName() or "this laptop"
        self.device_name.setText(f"{host}")
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(max(6, em(self, 0.5)))
        self.meter.setAccessibleName("Passphrase strength")
        self.strength = hint("", self)
        self.strength.setAccessibleName("Passphrase strength hint")
        self.errors = {
            "branch": ErrorLabel(self, "Branch name error"),
            "device": ErrorLabel(self, "Device name error"),
            "passphrase": ErrorLabel(self, "Passphrase error"),
            "repeat": ErrorLabel(self, "Repeated passphrase error"),
            "general": ErrorLabel(self, "Error"),
        }
        for label, widget, key, name in (
            ("&Branch name", self.branch_name, "branch", "Branch name"),
            ("&This device", self.device_name, "device", "Device name"),
            ("&Passphrase", self.passphrase, "passphrase", "Passphrase"),
            ("&Repeat it", self.repeat, "repeat", "Repeat passphrase"),
        ):
            widget.setAccessibleName(name)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            if key == "passphrase":
                box.addWidget(self.meter)
                box.addWidget(self.strength)
            box.addWidget(self.errors[key])
            form.addRow(label, box)
        layout.addLayout(form)
        layout.addWidget(self.errors["general"])
        layout.addStretch(1)
        self.busy = BusyBar(self, "Creating the vault")
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.back = QPushButton("Back", self)
        self.create = QPushButton(icons.icon("add"), "Create branch", self)
        self.create.setDefault(True)
        self.create.setAccessibleName("Create branch")
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.create)
        layout.addLayout(buttons)
        self.passphrase.textChanged.connect(self._update_strength)
        self.create.clicked.connect(self._submit)
        for edit in (self.branch_name, self.device_name, self.passphrase, self.repeat):
            edit.returnPressed.connect(self._submit)
        self._update_strength("")

    def _update_strength(self, text: str) -> None:
        score, sentence = strength_hint(text)
        self.meter.setValue(score)
        self.strength.setText(sentence)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_message()

    def validate(self) -> bool:
        self.clear_errors()
        ok = True
        if not self.branch_name.text().strip():
            self.errors["branch"].show_message("The branch needs a name.")
            ok = False
        if not self.device_name.text().strip():
            self.errors["device"].show_message(
                "This device needs a name (for example 'Ana's laptop').")
            ok = False
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            self.errors["passphrase"].show_message(str(WeakPassphrase()))
            ok = False
        elif self.passphrase.text() != self.repeat.text():
            self.errors["repeat"].show_message("The two passphrases are different.")
            ok = False
        return ok

    def _submit(self) -> None:
        if not self.create.isEnabled() or not self.validate():
            return
        self.submit.emit(self.branch_name.text().strip(), self.device_name.text().strip(),
                         self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.create, self.back, self.branch_name, self.device_name,
                       self.passphrase, self.repeat):
            widget.setEnabled(not busy)

    def show_error(self, error: BaseException) -> None:
        key = "general"
        if isinstance(error, WeakPassphrase):
            key = "passphrase"
        elif isinstance(error, ValidationError) and error.field in self.errors:
            key = error.field
        elif isinstance(error, VaultExists | CaucusError):
            key = "general"
        self.errors[key].show_message(human_message(error))
