"""“Try the demo”: make a demo vault on the worker, with progress and a cancel button."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.errors import CaucusError
from sync.records import Branch
from sync.store.vault import DEFAULT_PROFILE

from ..session import Session, open_session, remove_vault_files
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, heading, hint


class DemoCancelled(CaucusError):
    """Making the demo branch was cancelled; nothing was kept."""


class _Progress(QObject):
    """Carries progress from the worker to the UI thread (a queued signal)."""

    changed = Signal(float, str)


def _fraction(args: tuple, kwargs: dict) -> tuple[float | None, str]:
    """Read whatever the demo generator reports: (done, total), a fraction, a message."""
    numbers = [a for a in (*args, *kwargs.values()) if isinstance(a, int | float)
               and not isinstance(a, bool)]
    text = " ".join(str(a) for a in (*args, *kwargs.values()) if isinstance(a, str))
    if len(numbers) >= 2 and numbers[1]:
        return max(0.0, min(1.0, numbers[0] / numbers[1])), text
    if len(numbers) == 1 and 0 <= numbers[0] <= 1:
        return float(numbers[0]), text
    return None, text


def make_demo(path: Path, passphrase: str, members: int, profile: str,
              cancel: threading.Event, report) -> Session:
    """Runs on the vault worker: create the demo vault and open it."""
    from sync import demo

    def progress(*args, **kwargs) -> None:
        if cancel.is_set():
            raise DemoCancelled()
        fraction, text = _fraction(args, kwargs)
        report(-1.0 if fraction is None else fraction, text)

    existed = path.exists()
    result = None
    try:
        result = demo.create_demo_vault(path, passphrase, members=members, profile=profile,
                                        progress=progress)
        if cancel.is_set():
            raise DemoCancelled()
    except BaseException:
        _close_quietly(result)
        if not existed:
            remove_vault_files(path)
        raise
    if isinstance(result, Branch):
        return Session(result.vault, result)
    if hasattr(result, "lock") and hasattr(result, "conn"):
        return Session(result, Branch(result))
    return open_session(path, passphrase)


def _close_quietly(result: object) -> None:
    vault = getattr(result, "vault", result)
    if vault is not None and hasattr(vault, "lock"):
        try:
            vault.lock()
        except CaucusError:
            pass


class DemoPage(QWidget):
    opened = Signal(object)

    def __init__(self, runner: TaskRunner, vault_path: Path, *,
                 kdf_profile: str = DEFAULT_PROFILE, members: int = 2000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.vault_path = vault_path
        self.kdf_profile = kdf_profile
        self.members = members
        self.session: Session | None = None
        self._cancel = threading.Event()
        self._relay = _Progress(self)
        self._relay.changed.connect(self._on_progress)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Try the demo", self))
        self.status = hint(f"Making a demo branch with {members:,} invented members…", self)
        layout.addWidget(self.status)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName("Demo progress")
        layout.addWidget(self.bar)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.done_box = QWidget(self)
        done = QVBoxLayout(self.done_box)
        done.setContentsMargins(0, 0, 0, 0)
        done.addWidget(QLabel(
            "The demo branch is ready. Its passphrase is below: you need it to unlock the "
            "demo next time. (A real branch's passphrase is one only you know.)",
            self.done_box, wordWrap=True))
        self.passphrase = QLineEdit(self.done_box)
        self.passphrase.setReadOnly(True)
        self.passphrase.setAccessibleName("Demo passphrase")
        done.addWidget(self.passphrase)
        self.done_box.hide()
        layout.addWidget(self.done_box)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.back = QPushButton("Back", self)
        self.cancel = QPushButton("Cancel", self)
        self.cancel.setAccessibleName("Cancel the demo")
        self.open_button = QPushButton("Open the demo", self)
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
        try:
            from sync import demo
        except ImportError:
            self.error.show_message("The demo is not available in this version of Caucus.")
            self.back.show()
            return
        passphrase = demo.DEMO_PASSPHRASE
        path, members, profile = self.vault_path, self.members, self.kdf_profile
        self._cancel = cancel = threading.Event()
        relay = self._relay
        self.error.clear_message()
        self.bar.setValue(0)
        self.status.setText(f"Making a demo branch with {members:,} invented members…")
        self._set_running(True)
        self.runner.run(
            lambda: make_demo(path, passphrase, members, profile, cancel,
                              relay.changed.emit),
            lambda s: self._finished(s, passphrase), self._failed, owner=self)

    def request_cancel(self) -> None:
        self._cancel.set()
        self.cancel.setEnabled(False)
        self.status.setText("Cancelling…")

    def _set_running(self, running: bool) -> None:
        self.cancel.setVisible(running)
        self.cancel.setEnabled(running)
        self.back.setVisible(not running)

    def _on_progress(self, fraction: float, text: str) -> None:
        if fraction < 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(fraction * 1000))
        if text:
            self.status.setText(text)

    def _finished(self, session: Session, passphrase: str) -> None:
        self._set_running(False)
        self.back.hide()
        self.session = session
        self.bar.setRange(0, 1000)
        self.bar.setValue(1000)
        self.status.setText("Done.")
        self.passphrase.setText(passphrase)
        self.done_box.show()
        self.open_button.show()
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        if isinstance(error, DemoCancelled):
            self.status.setText(str(error))
        else:
            self.status.setText("The demo branch could not be made.")
            self.error.show_message(human_message(error))

    def _open(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            self.passphrase.clear()
            self.opened.emit(session)
