"""*Join a branch*: a new laptop of an existing branch, by pairing code or by welcome file.

By code (at a meeting) mirrors ``caucus lan join``: a new vault, this device's key, the
admin's offer found on the LAN (or at the address given), the check string both screens
show, the admin's approval, the branch's data. It runs on the vault worker and a Cancel
button stops it even while it waits for the admin; a failed or cancelled join leaves no
vault behind.

By USB stick mirrors ``caucus device join-request`` then ``caucus init --join``: step 1
makes the vault and saves the join request on the stick; the controller then shows
:class:`FinishJoinWindow` (also after a restart, for a vault not yet in a branch) until
the admin's welcome file is loaded. A join stopped part-way through its import lands on
the same window, which completes it from the welcome file it was reading.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sync.errors import CaucusError
from sync.ops import Cancel, Cancelled, Progress, Session, Stage
from sync.ops.joining import (
    CodeSpent,
    Joined,
    Welcome,
    WrongCode,
    finish_join,
    interrupted_welcome,
    join_new_by_code,
    normalise_code,
    parse_address,
    read_welcome,
    request_to_join,
    write_join_request,
)
from sync.ops.session import DEFAULT_PROFILE

from .. import icons
from ..files import open_path, recent_folder, remember
from ..progress import ProgressRelay, stage_text
from ..tasks import TaskRunner, human_message
from ..widgets import BusyBar, ErrorLabel, ch, em, heading, hint
from .vault_fields import NewVaultFields, add_row, error_field, new_form

ADMIT_PATH = QT_TRANSLATE_NOOP(
    "join_page", "Sync → Devices → Admit a laptop from a join request file…"
)
INTERRUPTED = QT_TRANSLATE_NOOP(
    "join_page", "Joining this branch was interrupted before it finished (Caucus was closed, "
    "or the computer stopped). It will be completed from the welcome file.")
WAITING = QT_TRANSLATE_NOOP(
    "join_page", "The admin's laptop must show the same string; waiting for approval…"
)
PROGRESS_STEPS = 1000
#: the words of the joining stages
JOIN_STAGES = {
    Stage.LOOK: lambda p: QCoreApplication.translate(
        "join_page", "Looking for the admin's laptop…"
    ),
    Stage.CONNECT: lambda p: QCoreApplication.translate(
        "join_page", "Connecting to the admin's laptop…"
    ),
    Stage.APPROVE: lambda p: QCoreApplication.translate("join_page", WAITING),
}


def joined_notice(joined: Joined) -> str:
    return QCoreApplication.translate("join_page", "Joined {branch_name} as {role}.").format(
        branch_name=joined.branch_name, role=joined.role
    )


def request_notice(path: Path) -> str:
    return QCoreApplication.translate("join_page", "The join request was saved as {path}.").format(
        path=path
    )


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _choose_folder(parent: QWidget) -> str:
    path = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate(
            "JoinPage", "Where to save the join request (for example your USB stick)"),
        recent_folder())
    if path:
        remember(path)
    return path


class JoinPage(QWidget):
    """This device's name, a new passphrase, then a pairing code or a join request."""

    #: a session: joined (by code), or waiting for its welcome file (after the request),
    #: and a sentence to show with it
    opened = Signal(object, str)

    def __init__(self, runner: TaskRunner, vault_path: Path, *,
                 kdf_profile: str = DEFAULT_PROFILE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.vault_path = vault_path
        self.kdf_profile = kdf_profile
        self._cancel = Cancel()
        self.relay = ProgressRelay(self._show_step, self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Join a branch"), self))
        layout.addWidget(hint(
            self.tr("This laptop gets its own key and its own passphrase, which encrypts "
                    "everything on it (nobody can recover it for you). An admin's laptop "
                    "then admits it and sends it the branch's data."), self))
        form = new_form()
        self.fields = NewVaultFields(self, form)
        layout.addLayout(form)
        self.errors = {
            **self.fields.errors,
            "code": ErrorLabel(self, self.tr("Pairing code error")),
            "address": ErrorLabel(self, self.tr("Address error")),
            "general": ErrorLabel(self, self.tr("Error")),
        }
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("How to join"))
        self.tabs.setMinimumHeight(em(self, 13))  # wrapped hints report too little height
        self.tabs.addTab(
            self._code_tab(), icons.icon("sync"), self.tr("At a meeting: pairing code")
        )
        self.tabs.addTab(
            self._file_tab(), icons.icon("save"), self.tr("By USB stick: welcome file")
        )
        layout.addWidget(self.tabs)
        self.check = QLabel(self)
        self.check.setAccessibleName(self.tr("Check string"))
        self.check.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = self.check.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.check.setFont(font)
        self.check.hide()
        layout.addWidget(self.check)
        self.status = _selectable(hint("", self))
        self.status.setAccessibleName(self.tr("Join status"))
        layout.addWidget(self.status)
        self.busy = BusyBar(self, self.tr("Joining"))
        layout.addWidget(self.busy)
        layout.addWidget(self.errors["general"])
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.back = QPushButton(self.tr("Back"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel joining"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self._set_running(False)

    def _code_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        box.addWidget(hint(
            QCoreApplication.translate(
                "JoinPage", "On the admin's laptop, open Sync → Meeting (Wi-Fi) and press "
                "Pair a new laptop: it shows a one-time code to type here. Both laptops must "
                "be on the same network."), tab))
        form = new_form()
        self.code = QLineEdit(tab)
        self.code.setPlaceholderText("47-105-962")
        self.code.setMaximumWidth(ch(self, 24))
        add_row(
            form, self.tr("Pairing &code"), self.code, self.tr("Pairing code"), self.errors["code"]
        )
        self.address = QLineEdit(tab)
        self.address.setPlaceholderText(QCoreApplication.translate(
            "JoinPage", "only if needed, e.g. 192.168.1.20:47300"))
        self.address.setToolTip(
            self.tr(
                "Only if this laptop cannot find the admin's by itself (some "
                "networks block that): the address the admin's laptop shows."
            )
        )
        self.address.setMaximumWidth(ch(self, 32))
        add_row(form, self.tr("Admin's &address"), self.address, self.tr("Admin's address"),
                self.errors["address"])
        box.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.join_button = QPushButton(icons.icon("sync"), self.tr("Join"), self)
        self.join_button.setAccessibleName(self.tr("Join by pairing code"))
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self.join)
        row.addWidget(self.join_button)
        box.addLayout(row)
        for edit in (*self.fields.edits, self.code, self.address):
            edit.returnPressed.connect(self._return_pressed)
        return tab

    def _file_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        box.addWidget(
            hint(
                self.tr(
                    "No meeting soon? Save a join request on a USB stick and give it to "
                    "an admin. On an admin's laptop: {ADMIT_PATH}; it saves a welcome "
                    "file for this laptop on the stick. Then load the welcome file here "
                    "(you may close Caucus in between: unlocking this laptop's vault "
                    "brings you back to that step)."
                ).format(ADMIT_PATH=QCoreApplication.translate("join_page", ADMIT_PATH)),
                tab,
            )
        )
        row = QHBoxLayout()
        row.addStretch(1)
        self.request_button = QPushButton(
            icons.icon("save"), self.tr("Save the join request…"), self
        )
        self.request_button.setAccessibleName(self.tr("Save the join request"))
        self.request_button.clicked.connect(self._choose_request_folder)
        row.addWidget(self.request_button)
        box.addLayout(row)
        box.addStretch(1)
        return tab

    # -- state ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.busy.isVisibleTo(self)

    def _set_running(self, running: bool, cancellable: bool = False) -> None:
        self.busy.setVisible(running)
        self.cancel_button.setVisible(running and cancellable)
        self.cancel_button.setEnabled(True)
        self.back.setVisible(not running)
        for widget in (*self.fields.edits, self.tabs):
            widget.setEnabled(not running)
        if not running:
            self.check.hide()

    def _start(self, status: str, cancellable: bool = False) -> None:
        self._set_running(True, cancellable)
        self.status.setText(status)

    def _show_step(self, step: Progress) -> None:
        if not self.running:
            return
        if step.stage == Stage.CHECK:  # shown with what happens next, in one step
            self.check.setText(step.subject)
            self.check.show()
            self.status.setText(QCoreApplication.translate("join_page", WAITING))
        elif not self.check.isVisibleTo(self):
            self.status.setText(stage_text(step, JOIN_STAGES))

    def _validate(self, code: bool) -> bool:
        for label in self.errors.values():
            label.clear_message()
        ok = self.fields.validate()
        if code:
            address = self.address.text().strip()
            for key, check in (("code", lambda: normalise_code(self.code.text())),
                               ("address", lambda: address and parse_address(address))):
                try:
                    check()
                except CaucusError as exc:
                    self.errors[key].show_message(human_message(exc))
                    ok = False
        return ok

    def _return_pressed(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.join()

    # -- joining by code ----------------------------------------------------------------
    def join(self) -> None:
        """Join the branch of the admin's laptop that shows the code typed here."""
        if self.running or not self._validate(code=True):
            return
        address = self.address.text().strip()
        peer = parse_address(address) if address else None
        path, profile, code = self.vault_path, self.kdf_profile, self.code.text()
        device, passphrase = self.fields.device_name.text().strip(), self.fields.passphrase.text()
        self._cancel = cancel = Cancel()
        relay = self.relay
        self._start(self.tr("Creating this laptop's vault…"), cancellable=True)
        self.runner.run(
            lambda: join_new_by_code(path, passphrase, device, code, peer, profile,
                                     progress=relay, cancel=cancel),
            lambda joined: self._done(joined.session, joined_notice(joined)),
            self._failed, owner=self)

    def cancel(self) -> None:
        """Stop the join (at once, even while the admin's laptop has not answered)."""
        self._cancel.set()
        if self.cancel_button.isVisibleTo(self):
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    # -- joining by USB, step 1 ----------------------------------------------------------
    def _choose_request_folder(self) -> None:
        if self.running or not self._validate(code=False):
            return
        folder = _choose_folder(self)
        if folder:
            self.save_request(folder)

    def save_request(self, folder: str) -> None:
        """Make this laptop's vault and save its join request into ``folder``."""
        if self.running or not self._validate(code=False):
            return
        path, profile = self.vault_path, self.kdf_profile
        device, passphrase = self.fields.device_name.text().strip(), self.fields.passphrase.text()
        self._start(self.tr("Creating this laptop's vault and its join request…"))
        self.runner.run(
            lambda: request_to_join(path, passphrase, device, Path(folder), profile),
            lambda made: self._done(made[0], request_notice(made[1])),
            self._failed, owner=self)

    # -- outcome --------------------------------------------------------------------------
    def _done(self, session: Session, notice: str) -> None:
        self._set_running(False)
        self.fields.clear_passphrases()
        self.status.setText(notice)
        self.opened.emit(session, notice)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Joining was cancelled; nothing was kept on this laptop."))
            return
        self.status.clear()
        key = ("code" if isinstance(error, WrongCode | CodeSpent)
               else error_field(error, self.errors))
        self.errors[key].show_message(human_message(error))


class FinishJoinWindow(QWidget):
    """A vault that is not yet part of a branch (between the two steps of joining by USB,
    possibly across a restart): load the admin's welcome file, or save the request again.

    ``interrupted``: a join that began and was stopped part-way; :meth:`resume` completes
    it from the welcome file it was reading (or asks for that file again)."""

    #: the joined session, and a sentence to show with it
    opened = Signal(object, str)
    lock_requested = Signal()

    def __init__(self, session: Session, runner: TaskRunner, notice: str = "",
                 parent: QWidget | None = None, *, interrupted: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.confirm: QMessageBox | None = None
        self.runner = runner
        self.interrupted = interrupted
        self.setObjectName("finish_join")
        self.setWindowTitle(self.tr("Finish joining — Caucus"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em(self, 2), em(self, 1.5), em(self, 2), em(self, 1.5))
        layout.addWidget(heading(self.tr("Finish joining"), self))
        self.intro = hint(
            QCoreApplication.translate("join_page", INTERRUPTED)
            if interrupted
            else self.tr("This laptop's vault is ready, but it is not yet part of a branch."),
            self,
        )
        layout.addWidget(self.intro)
        self.notice = _selectable(hint(notice, self))
        self.notice.setAccessibleName(self.tr("Join request file"))
        self.notice.setVisible(bool(notice))
        layout.addWidget(self.notice)
        layout.addWidget(
            hint(
                self.tr(
                    "1. Take the join request to an admin. On an admin's laptop: "
                    "{ADMIT_PATH}; it saves a welcome file made for this laptop "
                    "only.\n2. Bring the welcome file back and load it here."
                ).format(ADMIT_PATH=QCoreApplication.translate("join_page", ADMIT_PATH)),
                self,
            )
        )
        row = QHBoxLayout()
        self.request_button = QPushButton(
            icons.icon("save"), self.tr("Make the request file again…"), self
        )
        self.request_button.setAccessibleName(self.tr("Make the request file again"))
        self.load_button = QPushButton(icons.icon("sync"), self.tr("Load the welcome file…"), self)
        self.load_button.setAccessibleName(self.tr("Load the welcome file"))
        self.load_button.setDefault(True)
        row.addWidget(self.request_button)
        row.addStretch(1)
        row.addWidget(self.load_button)
        layout.addLayout(row)
        self.busy = BusyBar(self, self.tr("Loading the welcome file"))
        layout.addWidget(self.busy)
        self.relay = ProgressRelay(self._show_step, self)
        self.error = ErrorLabel(self, self.tr("Joining error"))
        layout.addWidget(self.error)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        self.lock_button = QPushButton(icons.icon("lock"), self.tr("Lock"), self)
        self.lock_button.setAccessibleName(self.tr("Lock"))
        bottom.addWidget(self.lock_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.request_button.clicked.connect(self._choose_request_folder)
        self.load_button.clicked.connect(self._choose_welcome)
        self.lock_button.clicked.connect(self.lock_requested)
        self.resize(ch(self, 78), em(self, 24))

    @property
    def running(self) -> bool:
        return self.busy.isVisibleTo(self)

    def _set_running(self, running: bool) -> None:
        self.busy.setRange(0, 0)  # indeterminate until the first batch is in
        self.busy.setVisible(running)
        for button in (self.request_button, self.load_button, self.lock_button):
            button.setEnabled(not running)
        if running:
            self.error.clear_message()

    def _run(self, work, done) -> None:
        self._set_running(True)

        def finished(result) -> None:
            self._set_running(False)
            done(result)

        def failed(error: BaseException) -> None:
            self._set_running(False)
            self.error.show_message(human_message(error))

        self.runner.run(work, finished, failed, owner=self)

    def _choose_welcome(self) -> None:
        # it comes back on the stick the request went on: the dialog opens there
        chosen = open_path(self, QCoreApplication.translate("JoinPage",
                                                            "Load the welcome file"),
                           "welcome")
        if chosen is not None:
            self.load_welcome(str(chosen))

    def resume(self) -> None:
        """Complete an interrupted join from the welcome file it was reading, if that is
        still where it was; else ask for it."""
        session = self.session

        def found(path: Path | None) -> None:
            if path is not None:
                self._join(str(path), None)
            else:
                self.error.show_message(
                    QCoreApplication.translate(
                        "FinishJoinWindow", "Load the welcome file again to complete joining."
                    )
                )

        self._run(lambda: interrupted_welcome(session), found)

    def load_welcome(self, path: str) -> None:
        """Read the welcome file and ask the user to compare its branch fingerprint (not
        for an interrupted join: its branch was compared when it began, and the welcome
        file must be of that branch)."""
        if self.running:
            return
        session = self.session
        if self.interrupted:
            self._join(path, None)
            return
        self._run(lambda: read_welcome(session, path),
                  lambda welcome: self._confirm(path, welcome))

    def _confirm(self, path: str, welcome: Welcome) -> None:
        """Anyone who saw the join request could write a welcome file for a look-alike
        branch of their own; the fingerprint, compared with the admin's screen, is what
        tells the real one apart (the same check as the pairing code's check string)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Check the branch"),
            self.tr(
                "This welcome file is for the branch “{branch_name}”.\n\nBranch fingerprint:  "
                "{fingerprint}\n\nOn the admin's laptop, Sync → Devices shows the branch "
                "fingerprint. Join only if the two are the same."
            ).format(branch_name=welcome.branch_name, fingerprint=welcome.fingerprint),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("check_fingerprint")
        join = box.addButton(self.tr("They match: join"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._join(path, welcome.fingerprint) if button is join else None)
        self.confirm = box
        box.open()

    def _join(self, path: str, fingerprint: str | None) -> None:
        """Import the welcome file: this laptop joins the branch, and the session opens."""
        self.confirm = None
        session, relay = self.session, self.relay
        self._run(lambda: finish_join(session, Path(path), fingerprint, progress=relay),
                  lambda joined: self.opened.emit(joined.session, joined_notice(joined)))

    def _show_step(self, step: Progress) -> None:
        fraction = step.fraction
        if self.running and fraction is not None:
            self.busy.setRange(0, PROGRESS_STEPS)
            self.busy.setValue(round(fraction * PROGRESS_STEPS))

    def _choose_request_folder(self) -> None:
        folder = _choose_folder(self)
        if folder:
            self.save_request(folder)

    def save_request(self, folder: str) -> None:
        """Save this laptop's join request again (a lost or damaged stick)."""
        if self.running:
            return
        session = self.session

        def saved(path: Path) -> None:
            self.notice.setText(request_notice(path))
            self.notice.show()

        self._run(lambda: write_join_request(session, Path(folder)), saved)
