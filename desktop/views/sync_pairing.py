"""Pairing a new laptop from the admin's Meeting tab: a one-time code, the check string
both screens show, and the admin's approval (:class:`sync.ops.meeting.Pairing`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sync.errors import CaucusError
from sync.ops import Session
from sync.ops.meeting import ROLES, Pairing, PairingDeclined, PairingOutcome, Setup, reachable_at

from .. import value_words
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, heading, hint, labelled_button
from .lan_threads import LanThreads

NOT_ADMIN = QT_TRANSLATE_NOOP(
    "sync_pairing", "Only an admin laptop can pair a new laptop: ask the branch's admin."
)


class PairingBox(QGroupBox):
    """Pair a new laptop: the role, the code and its time left, the question, the answer."""

    #: a new laptop joined (reload the roster)
    paired = Signal()
    #: the admin asked to start pairing (the tab knows the session and where to listen)
    start_requested = Signal()

    def __init__(self, runner: TaskRunner, threads: LanThreads,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pair a new laptop"), parent)
        self.runner = runner
        self.threads = threads
        self.pairing: Pairing | None = None
        self.admin = False
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._show_time_left)
        box = self
        layout = QVBoxLayout(box)
        self.pair_hint = hint(QCoreApplication.translate("sync_pairing", NOT_ADMIN), box)
        layout.addWidget(self.pair_hint)
        self.pair_controls = QWidget(box)
        inner = QVBoxLayout(self.pair_controls)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(hint(
            self.tr("The new laptop chooses “Join a branch” and types the code shown here. Compare "
            "the check string on both screens before you approve."), box))
        row = QHBoxLayout()
        self.role = QComboBox(box)
        self.role.setAccessibleName(self.tr("Role of the new laptop"))
        for role in ROLES:
            self.role.addItem(value_words.nice(role), role)
        self.role.setCurrentIndex(ROLES.index("secretary"))
        self.pair_button = labelled_button(self.tr("Start pairing"), self.tr("Start pairing"), box,
                                           self.start_requested.emit, "add")
        self.stop_pair_button = labelled_button(
            self.tr("Stop"), self.tr("Stop pairing"), box, self.stop_pairing
        )
        row.addWidget(QLabel(self.tr("Role:"), box))
        row.addWidget(self.role)
        row.addWidget(self.pair_button)
        row.addWidget(self.stop_pair_button)
        row.addStretch(1)
        inner.addLayout(row)
        self.code = heading("", box, 2.4)
        self.code.setAccessibleName(self.tr("Pairing code"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.time_left = hint("", box)
        self.time_left.setAccessibleName(self.tr("Time left for the code"))
        self.question = QLabel(box)
        self.question.setAccessibleName(self.tr("Pairing question"))
        self.question.setWordWrap(True)
        self.check = heading("", box, 1.8)
        self.check.setAccessibleName(self.tr("Check string"))
        self.approve_button = labelled_button(
            self.tr("Approve"), self.tr("Approve the new laptop"), box, self.approve
        )
        self.decline_button = labelled_button(
            self.tr("Decline"), self.tr("Decline the new laptop"), box, self.decline
        )
        answer = QHBoxLayout()
        answer.addWidget(self.check)
        answer.addWidget(self.approve_button)
        answer.addWidget(self.decline_button)
        answer.addStretch(1)
        self.pair_status = QLabel(box)
        self.pair_status.setAccessibleName(self.tr("Pairing status"))
        self.pair_status.setWordWrap(True)
        self.pair_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pair_error = ErrorLabel(box, self.tr("Pairing error"))
        for widget in (self.code, self.time_left, self.question):
            inner.addWidget(widget)
        inner.addLayout(answer)
        inner.addWidget(self.pair_status)
        inner.addWidget(self.pair_error)
        layout.addWidget(self.pair_controls)
        self._show_question("")
        self.update_state()

    # -- state ----------------------------------------------------------------------
    def update_state(self, admin: bool | None = None) -> None:
        if admin is not None:
            self.admin = admin
        pairing = self.pairing is not None
        self.pair_hint.setVisible(not self.admin)
        self.pair_controls.setVisible(self.admin)
        self.pair_button.setEnabled(self.admin and not pairing)
        self.role.setEnabled(not pairing)
        self.stop_pair_button.setEnabled(pairing)
        for widget in (self.code, self.time_left):
            widget.setVisible(pairing)

    def clear(self) -> None:
        self._end_pairing()
        self.pair_status.clear()
        self.pair_error.clear_message()

    # -- pairing --------------------------------------------------------------------
    def start(self, session: Session, setup: Setup, host: str, interfaces: Any) -> None:
        """Offer a one-time code for a new laptop, on a LAN thread, until it joined."""
        post = self.threads.poster()
        if not setup.admin or self.pairing is not None:
            return
        self.pair_error.clear_message()
        role = self.role.currentData()

        def ask(name: str, device: str, check: str) -> None:  # on the pairing thread
            post(lambda: self._ask(pairing, name, device, check))

        def say(text: str) -> None:
            post(lambda: self.pair_status.setText(text))

        try:
            pairing = Pairing(session.replica, self.runner.db_lock, role, ask=ask, say=say,
                              host=host, interfaces=interfaces)
        except CaucusError as exc:
            self.pair_error.show_message(human_message(exc))
            return
        self.pairing = pairing
        self.code.setText(pairing.offer.code)
        self.pair_status.setText(
            self.tr(
                "Waiting for the new laptop to join as {role}. If it cannot find "
                "this one, it types this laptop's address: {join}."
            ).format(role=role, join=", ".join(reachable_at(pairing.address)))
        )
        self._show_question("")
        self._show_time_left()
        self._clock.start()
        self.update_state()
        self.threads.spawn("pair", pairing.run, lambda outcome: self._paired(pairing, outcome),
                           lambda error: self._pairing_failed(pairing, error))

    def _show_time_left(self) -> None:
        if self.pairing is not None:
            left = round(self.pairing.seconds_left)
            self.time_left.setText(
                self.tr("The code works for {value}:{value2:02d} more.").format(
                    value=left // 60, value2=left % 60
                )
            )

    def _show_question(self, text: str, check: str = "") -> None:
        self.question.setText(text)
        self.question.setVisible(bool(text))
        self.check.setText(check)
        for widget in (self.check, self.approve_button, self.decline_button):
            widget.setVisible(bool(check))

    def _ask(self, pairing: Pairing, name: str, device: str, check: str) -> None:
        if pairing is not self.pairing:
            pairing.decide(False)
            return
        self._show_question(
            self.tr(
                "“{name}” ({device}) entered the code. Does the new laptop show {check}?"
            ).format(name=name, device=device[:8], check=check),
            check,
        )
        self.pair_status.setText(
            self.tr("Approve only if “{name}” shows the same check string.").format(name=name)
        )

    def approve(self) -> None:
        self._answer(True, self.tr("Admitting the new laptop and sending it the branch…"))

    def decline(self) -> None:
        self._answer(False, self.tr("Declining…"))

    def _answer(self, approved: bool, text: str) -> None:
        if self.pairing is not None:
            self.pairing.decide(approved)
            self._show_question("")
            self.pair_status.setText(text)

    def stop_pairing(self) -> None:
        if self.pairing is not None:
            self._end_pairing()
            self.pair_status.setText(self.tr("Pairing stopped; the code no longer works."))

    def _end_pairing(self) -> None:
        pairing, self.pairing = self.pairing, None
        if pairing is not None:
            pairing.stop()
        self._clock.stop()
        self.code.clear()
        self.time_left.clear()
        self._show_question("")
        self.update_state()

    def _paired(self, pairing: Pairing, outcome: PairingOutcome) -> None:
        if pairing is self.pairing:
            self._end_pairing()
        text = self.tr("“{device_name}” joined the branch as {role}.").format(
            device_name=outcome.device_name, role=outcome.role
        )
        if outcome.applied < 0:
            text += self.tr(" It did not confirm the end; its admission "
                            "reaches it with the next sync.")
        self.pair_status.setText(text)
        self.paired.emit()

    def _pairing_failed(self, pairing: Pairing, error: BaseException) -> None:
        if pairing is not self.pairing:
            return
        self._end_pairing()
        self.pair_status.clear()
        self.pair_error.show_message(
            self.tr("Declined: the new laptop was not admitted.")
            if isinstance(error, PairingDeclined)
            else human_message(error)
        )
