"""“Try the demo”: make a demo vault on the worker, with progress and a cancel button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Cancel, Cancelled, Progress, Session
from sync.ops.session import (
    DEFAULT_PROFILE,
    create_demo,
    demo_passphrase,
    demo_vault_path,
    open_vault,
)

from .. import formats
from ..progress import ProgressRelay, advance, stage_text
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, heading, hint


class DemoPage(QWidget):
    #: the demo's session and a sentence to show with it
    opened = Signal(object, str)

    def __init__(self, runner: TaskRunner, vault_path: Path, *,
                 kdf_profile: str = DEFAULT_PROFILE, members: int = 2000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.vault_path = demo_vault_path(vault_path)  # its own file, never the real one
        self.kdf_profile = kdf_profile
        self.members = members
        self.session: Session | None = None
        self._cancel = Cancel()
        self._relay = ProgressRelay(self._on_progress, self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Try the demo"), self))
        self.status = hint(
            self.tr("Making a demo branch with {members} invented members…").format(
                members=formats.number(members)
            ),
            self,
        )
        layout.addWidget(self.status)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(self.tr("Demo progress"))
        layout.addWidget(self.bar)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.done_box = QWidget(self)
        done = QVBoxLayout(self.done_box)
        done.setContentsMargins(0, 0, 0, 0)
        done.addWidget(QLabel(
            QCoreApplication.translate(
                "DemoPage", "The demo branch is ready, in its own file: your real branch "
                "stays apart. Its passphrase is below. Close the demo from the Vault menu "
                "when you are done; Try the demo opens it again."),
            self.done_box, wordWrap=True))
        self.passphrase = QLineEdit(self.done_box)
        self.passphrase.setReadOnly(True)
        self.passphrase.setAccessibleName(self.tr("Demo passphrase"))
        done.addWidget(self.passphrase)
        self.done_box.hide()
        layout.addWidget(self.done_box)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.back = QPushButton(self.tr("Back"), self)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setAccessibleName(self.tr("Cancel the demo"))
        self.open_button = QPushButton(self.tr("Open the demo"), self)
        self.open_button.setDefault(True)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.cancel.clicked.connect(self.request_cancel)
        self.open_button.clicked.connect(self._open)
        self._set_running(False)
        self.open_button.hide()

    @property
    def running(self) -> bool:
        return not self.cancel.isHidden()

    def start(self) -> None:
        if self.running:
            return
        passphrase = demo_passphrase()  # loads the demo's generator only now
        path, members, profile = self.vault_path, self.members, self.kdf_profile
        self._cancel = cancel = Cancel()
        relay = self._relay
        self.error.clear_message()
        self.bar.setValue(0)
        self.status.setText(
            self.tr("Making a demo branch with {members} invented members…").format(
                members=formats.number(members)
            )
        )
        self._set_running(True)
        if path.is_file():  # made before: open it (its passphrase is no secret)
            self.status.setText(self.tr("Opening the demo branch made earlier…"))
            self.runner.run(lambda: open_vault(path, passphrase),
                            lambda s: self._finished(s, passphrase), self._failed, owner=self)
            return
        self.runner.run(
            lambda: create_demo(path, passphrase, members=members, profile=profile,
                                progress=relay, cancel=cancel),
            lambda s: self._finished(s, passphrase), self._failed, owner=self)

    def request_cancel(self) -> None:
        self._cancel.set()
        self.cancel.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self.cancel.setVisible(running)
        self.cancel.setEnabled(running)
        self.back.setVisible(not running)

    def _on_progress(self, step: Progress) -> None:
        if self.running:
            advance(self.bar, step.fraction)
            self.status.setText(stage_text(step))

    def _finished(self, session: Session, passphrase: str) -> None:
        self._set_running(False)
        self.back.hide()
        self.session = session
        self.bar.setRange(0, 1000)
        self.bar.setValue(1000)
        self.status.setText(self.tr("Done."))
        self.passphrase.setText(passphrase)
        self.done_box.show()
        self.open_button.show()
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Making the demo branch was cancelled; nothing was kept."))
        else:
            self.status.setText(self.tr("The demo branch could not be made."))
            self.error.show_message(human_message(error))

    def _open(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            self.passphrase.clear()
            self.opened.emit(session, "")
