"""The sync centre's Meeting (Wi-Fi) tab: meeting mode, the laptops nearby, pairing.

Network work runs on threads of its own (:mod:`sync.ops.meeting`), never on the vault
worker or the UI thread; each result, progress step or question comes back through one
queued signal as a callable to run on the UI thread. Callables from before the last
:meth:`LanTab.clear` (a lock) are dropped on arrival, so nothing from an old session
reaches the screen.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sync.errors import CaucusError
from sync.ops import Cancel, Progress, Session
from sync.ops.meeting import (
    MEETING_PORT,
    Laptop,
    Meeting,
    Setup,
    SyncOutcome,
    SyncResult,
    find_laptops,
    format_address,
    parse_address,
    prepare,
    reachable_at,
    sync_laptops,
)

from .. import i18n
from ..flow import FlowLayout
from ..models.records import Column, RecordTableModel, attr
from ..progress import STEPS, advance, stage_text
from ..tasks import TaskRunner, human_message
from ..widgets import BusyBar, ErrorLabel, ch, hint, labelled_button, record_table
from .lan_threads import LanThreads
from .sync_pairing import PairingBox
from .sync_usb import rejection_lines

MEETING_ON = QT_TRANSLATE_NOOP(
    "LanTab", "Meeting mode on: other laptops of the branch can sync with this one.")
SHUTDOWN_SECONDS = 3.0

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "Laptop"), attr("name")),
    Column(QT_TRANSLATE_NOOP("columns", "Address"), attr("address")),
    Column(QT_TRANSLATE_NOOP("columns", "Last sync"), attr("last")),
)


def _kept(result: SyncResult) -> str:
    return QCoreApplication.translate("sync_lan", "received {received} and sent {sent}").format(
        received=i18n.COUNTS.changes(result.received_items), sent=i18n.COUNTS.changes(result.sent))


def _error(result: SyncResult) -> str:
    """What stopped a session, in the user's language when the engine said it."""
    return i18n.error_text(result.failure) if result.failure is not None else (
        result.error or "")


def describe(result: SyncResult) -> str:
    """One sentence about one session, for the report."""
    who = result.peer_name or result.address
    r = result.received
    if result.complete:
        text = QCoreApplication.translate(
            "sync_lan", "Received {received} from {who}, sent {sent}.").format(
                received=i18n.COUNTS.changes(result.received_items), who=who,
                sent=i18n.COUNTS.changes(result.sent))
        if r.held:
            text += " " + i18n.COUNTS.changes_held(r.held)
        if r.rejected:
            text += " " + " ".join([i18n.COUNTS.changes_rejected(len(r.rejected)),
                                    *(line + "." for line in rejection_lines(r.rejected))])
        return text
    if result.reason == "SyncCancelled":
        return QCoreApplication.translate(
            "sync_lan",
            "Sync with {who} cancelled: {kept} before it stopped, kept whole. "
            "Sync again for the rest.",
        ).format(who=who, kept=_kept(result))
    if not (result.received_items or result.sent):
        return QCoreApplication.translate("sync_lan", "Could not sync with {who}: {error}").format(
            who=who, error=_error(result)
        )
    return QCoreApplication.translate(
        "sync_lan", "Sync with {who} did not finish ({error}); {kept}, which are kept."
    ).format(who=who, error=_error(result), kept=_kept(result))


def last_sync(result: SyncResult, incoming: bool = False) -> str:
    """The list's "Last sync" cell."""
    when = time.strftime("%H:%M")
    if result.complete:
        if incoming:
            return QCoreApplication.translate(
                "sync_lan", "{time}: it synced with this laptop, {kept}").format(
                    time=when, kept=_kept(result))
        return QCoreApplication.translate("sync_lan", "{time}: synced, {kept}").format(
            time=when, kept=_kept(result))
    if result.reason == "SyncCancelled":
        return QCoreApplication.translate("sync_lan", "{time}: cancelled").format(time=when)
    return QCoreApplication.translate("sync_lan", "{time}: failed").format(time=when)


def report(outcome: SyncOutcome) -> str:
    lines = [describe(result) for _laptop, result in outcome.results]
    if outcome.conflicts:
        lines.append(i18n.COUNTS.conflicts_need_decision(outcome.conflicts))
    return "\n".join(lines) or QCoreApplication.translate("sync_lan", "Nothing was synced.")


class LanTab(QWidget):
    #: a sync brought changes in (refresh every view)
    synced = Signal()
    #: a new laptop joined (reload the roster)
    paired = Signal()

    #: where meeting mode and pairing listen, and the interfaces they announce on
    bind_host = "0.0.0.0"  # noqa: S104 - the other laptops are on the venue's Wi-Fi
    interfaces: Any = None
    port = MEETING_PORT

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Session | None = None
        self.setup: Setup | None = None
        self.meeting: Meeting | None = None
        self.running = False
        self.looking = False
        self.outcome: SyncOutcome | None = None
        self._cancel = Cancel()
        self._stopping = threading.Event()  # set by clear(): every LAN thread winds down
        self.threads = LanThreads()

        layout = QVBoxLayout(self)
        layout.addWidget(hint(
            self.tr("At a meeting, laptops on the same Wi-Fi sync directly. Turn meeting "
                    "mode on at one laptop; the others look for it and sync. Only this "
                    "branch's laptops can recognise or reach it."), self))
        layout.addWidget(self._build_meeting())
        layout.addWidget(self._build_laptops(), 1)
        self.pairing_box = PairingBox(runner, self.threads, self)
        self.pairing_box.paired.connect(self.paired)
        self.pairing_box.start_requested.connect(self.start_pairing)
        layout.addWidget(self.pairing_box)
        self._update()

    # -- layout ---------------------------------------------------------------------
    def _build_meeting(self) -> QGroupBox:
        box = QGroupBox(self.tr("Meeting mode"), self)
        layout = QHBoxLayout(box)
        self.meeting_button = QPushButton(self.tr("Meeting mode"), box)
        self.meeting_button.setAccessibleName(self.tr("Meeting mode"))
        self.meeting_button.setCheckable(True)
        self.meeting_button.toggled.connect(self._meeting_toggled)
        column = QVBoxLayout()
        self.meeting_status = QLabel(self.tr("Meeting mode is off."), box)
        self.meeting_status.setAccessibleName(self.tr("Meeting mode status"))
        self.meeting_status.setWordWrap(True)
        self.meeting_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meeting_last = hint("", box)
        self.meeting_last.setAccessibleName(self.tr("Last incoming sync"))
        self.meeting_error = ErrorLabel(box, self.tr("Meeting mode error"))
        for widget in (self.meeting_status, self.meeting_last, self.meeting_error):
            column.addWidget(widget)
        layout.addWidget(self.meeting_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column, 1)
        return box

    def _build_laptops(self) -> QGroupBox:
        box = QGroupBox(self.tr("Laptops nearby"), self)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.look_button = labelled_button(
            self.tr("Look for laptops"), self.tr("Look for laptops"), box, self.look, "search"
        )
        self.look_busy = BusyBar(box, self.tr("Looking for laptops"))
        self.look_busy.setMaximumWidth(ch(self, 14))
        self.found_status = hint("", box)
        row.addWidget(self.look_button)
        row.addWidget(self.look_busy)
        row.addWidget(self.found_status, 1)
        layout.addLayout(row)
        self.model = RecordTableModel(COLUMNS, self)
        self.table = record_table(self.model, box, self.tr("Laptops nearby"))
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in (0, 1):  # a laptop's name and address are never cut
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._update)
        layout.addWidget(self.table, 1)
        row = FlowLayout()  # wraps in a narrow window
        self.address = QLineEdit(box)
        self.address.setAccessibleName(self.tr("The other laptop's address"))
        self.address.setPlaceholderText(self.tr("Address shown on the other laptop, e.g. "
                                                "192.168.1.20:{meeting_port}").format(meeting_port=MEETING_PORT))
        self.address.setMinimumWidth(ch(self, 24))
        self.address.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.address.returnPressed.connect(self.sync_address)
        self.address.textChanged.connect(self._update)
        self.address_button = labelled_button(
            self.tr("Sync with this address"),
            self.tr("Sync with this address"),
            box,
            self.sync_address,
        )
        row.addWidget(QLabel(self.tr("If no laptop is found (some Wi-Fi blocks this):"), box))
        row.addWidget(self.address)
        row.addWidget(self.address_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.sync_button = labelled_button(
            self.tr("Sync now"),
            self.tr("Sync with the selected laptop"),
            box,
            self.sync_selected,
            "sync",
        )
        self.sync_all_button = labelled_button(
            self.tr("Sync with all"), self.tr("Sync with all"), box, self.sync_all
        )
        self.progress = QProgressBar(box)
        self.progress.setAccessibleName(self.tr("Meeting sync progress"))
        self.progress.setRange(0, STEPS)
        self.cancel_button = labelled_button(
            self.tr("Cancel"), self.tr("Cancel sync"), box, self.cancel
        )
        for widget in (self.sync_button, self.sync_all_button):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            row.addWidget(widget)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        layout.addLayout(row)
        self.status = QLabel(box)
        self.status.setAccessibleName(self.tr("Meeting sync status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel(box, self.tr("Meeting sync error"))
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        return box

    # -- state ----------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.clear()
        self.session = session

    def reload(self) -> None:
        """Make (or refresh) this laptop's LAN node on the vault worker."""
        session, generation = self.session, self.threads.generation
        if session is None:
            return
        node = self.setup.node if self.setup is not None else None

        def done(setup: Setup) -> None:
            if self.threads.current(generation):
                self.setup = setup
                self._update()

        self.runner.run(lambda: prepare(session, self.runner.db_lock, node), done,
                        lambda e: self.error.show_message(human_message(e)), owner=self)

    def clear(self) -> None:
        """Stop meeting mode, syncs and pairing; forget the node (the vault is locking)."""
        self.threads.invalidate()
        self._cancel.set()
        self._stopping.set()
        self._stopping = threading.Event()
        self._stop_meeting(self.tr("Meeting mode is off."))
        self.pairing_box.clear()
        self.session = None
        self.setup = None
        self.running = self.looking = False
        self.outcome = None
        self.model.clear()
        for label in (self.found_status, self.status, self.meeting_last):
            label.clear()
        for error in (self.error, self.meeting_error):
            error.clear_message()
        self._update()

    def shutdown(self, timeout: float = SHUTDOWN_SECONDS) -> None:
        """Stop everything and wait (bounded) for the LAN threads: the window is closing."""
        self.clear()
        self.threads.join(timeout)

    def _update(self, *_: object) -> None:
        ready = self.setup is not None
        self.meeting_button.setEnabled(ready)
        self.meeting_button.setText(self.tr("Meeting mode: on") if self.meeting_button.isChecked()
                                    else self.tr("Meeting mode: off"))
        self.look_button.setEnabled(ready and not self.looking)
        self.look_busy.setVisible(self.looking)
        idle = ready and not self.running
        self.sync_button.setEnabled(idle and self.selected() is not None)
        self.sync_all_button.setEnabled(idle and self.model.rowCount() > 0)
        self.address_button.setEnabled(idle and bool(self.address.text().strip()))
        self.progress.setVisible(self.running)
        self.cancel_button.setVisible(self.running)
        self.pairing_box.update_state(ready and self.setup.admin)

    # -- meeting mode ---------------------------------------------------------------
    def _meeting_toggled(self, on: bool) -> None:
        self.meeting_error.clear_message()
        if on:
            self._start_meeting()
        else:
            self._stop_meeting(self.tr("Meeting mode is off."))
        self._update()

    def _start_meeting(self) -> None:
        setup, post = self.setup, self.threads.poster()
        if setup is None:
            return

        def served(result: SyncResult) -> None:  # on a server thread
            post(lambda: self._served(result))

        meeting = Meeting(setup.node, self.bind_host, self.port, interfaces=self.interfaces,
                          on_result=served)
        self.meeting = meeting
        self.meeting_status.setText(self.tr("Starting meeting mode…"))
        self.threads.spawn("meeting", meeting.start,
                           lambda address: self._meeting_started(meeting, address),
                           lambda error: self._meeting_failed(meeting, error))

    def _meeting_started(self, meeting: Meeting, address: tuple[str, int]) -> None:
        if meeting is not self.meeting:
            return
        text = self.tr("{meeting_on} Its address: {address}.").format(
            meeting_on=self.tr(MEETING_ON), address=", ".join(reachable_at(address))
        )
        if self.port and address[1] != self.port:
            text += self.tr(" (Port {port} was in use, so port {address} is used.)").format(
                port=self.port, address=address[1]
            )
        self.meeting_status.setText(text)

    def _meeting_failed(self, meeting: Meeting, error: BaseException) -> None:
        if meeting is not self.meeting:
            return
        self.meeting = None
        self._set_meeting_button(False)
        self.meeting_status.setText(self.tr("Meeting mode is off."))
        self.meeting_error.show_message(
            self.tr("Meeting mode could not start: {human_message}").format(
                human_message=human_message(error)
            )
        )

    def _stop_meeting(self, text: str) -> None:
        meeting, self.meeting = self.meeting, None
        if meeting is not None:
            self.threads.spawn("meeting-stop", meeting.stop)
        self._set_meeting_button(False)
        self.meeting_status.setText(text)

    def _set_meeting_button(self, on: bool) -> None:
        self.meeting_button.blockSignals(True)
        self.meeting_button.setChecked(on)
        self.meeting_button.blockSignals(False)
        self._update()

    def _served(self, result: SyncResult) -> None:
        """Another laptop synced with this one (meeting mode)."""
        who = result.peer_name or result.address
        self.meeting_last.setText(self.tr("Last: {who} at {time}. {what}").format(
            who=who, time=time.strftime("%H:%M"), what=describe(result)))
        for laptop in self.model.records:
            if laptop.device and laptop.device == result.peer:
                laptop.last = last_sync(result, incoming=True)
        self._rows_changed()
        if result.received.applied:
            self.synced.emit()

    # -- laptops nearby -------------------------------------------------------------
    def selected(self) -> Laptop | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _rows_changed(self) -> None:
        """The records changed in place: repaint them, keeping the selection."""
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0),
                self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))

    def look(self) -> None:
        if self.setup is None:
            return
        node, interfaces, stopping = self.setup.node, self.interfaces, self._stopping
        self.looking = True
        self.found_status.setText(self.tr("Looking for this branch's laptops…"))
        self._update()
        self.threads.spawn("find", lambda: find_laptops(node, interfaces, stopping.is_set),
                           self._found, self._look_failed)

    def _found(self, laptops: list[Laptop]) -> None:
        self.looking = False
        old = {laptop.key: laptop for laptop in self.model.records}
        for laptop in laptops:
            if laptop.key in old and not laptop.last:
                laptop.last = old[laptop.key].last
        keys = {laptop.key for laptop in laptops}
        typed = [t for t in self.model.records if t.peer is None and t.key not in keys]
        self.model.set_records(laptops + typed)
        self.table.resizeColumnsToContents()
        self.found_status.setText(
            self.tr("Found %n laptops of this branch.", "", len(laptops)) if laptops else
            self.tr("No laptop of this branch answered. Is meeting mode on at the others? If the "
            "venue's Wi-Fi hides them, type an address below."))
        self._update()

    def _look_failed(self, error: BaseException) -> None:
        self.looking = False
        self.found_status.clear()
        self.error.show_message(human_message(error))
        self._update()

    def sync_selected(self) -> None:
        laptop = self.selected()
        if laptop is not None:
            self._sync([laptop])

    def sync_all(self) -> None:
        self._sync([t for t in self.model.records if t.peer is None or t.peer.active])

    def sync_address(self) -> None:
        self.error.clear_message()
        try:
            target = parse_address(self.address.text(), MEETING_PORT)
        except CaucusError as exc:
            self.error.show_message(human_message(exc))
            return
        label = format_address(target)
        laptop = next((t for t in self.model.records if t.target == target), None)
        if laptop is None:
            laptop = Laptop(label, label, target=target)
            self.model.set_records([*self.model.records, laptop])
        self._sync([laptop])

    def _sync(self, laptops: list[Laptop]) -> None:
        setup, post = self.setup, self.threads.poster()
        if setup is None or self.running or not laptops:
            return
        self._cancel = cancel = Cancel()
        self.running = True
        self.outcome = None
        self.error.clear_message()
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        self.status.setText(self.tr("Connecting…"))
        self.cancel_button.setEnabled(True)
        self._update()

        def progress(step: Progress) -> None:  # on the sync thread
            post(lambda: self._show_progress(step))

        self.threads.spawn("sync", lambda: sync_laptops(setup.node, laptops, progress=progress,
                                                        cancel=cancel),
                           self._synced, self._sync_failed)

    def cancel(self) -> None:
        if self.running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current batch…"))

    def _show_progress(self, step: Progress) -> None:
        if self.running:
            if not self._cancel.is_set():
                self.status.setText(stage_text(step))
            advance(self.progress, step.fraction)

    def _synced(self, outcome: SyncOutcome) -> None:
        self.running = False
        self.outcome = outcome
        for laptop, result in outcome.results:
            laptop.last = last_sync(result)
            laptop.device = laptop.device or result.peer
            if laptop.peer is None and result.peer_name:
                laptop.name = result.peer_name
        self._rows_changed()
        self.status.setText(report(outcome))
        self._update()
        self.synced.emit()

    def _sync_failed(self, error: BaseException) -> None:
        self.running = False
        self.status.clear()
        self.error.show_message(human_message(error))
        self._update()

    # -- pairing --------------------------------------------------------------------
    def start_pairing(self) -> None:
        session, setup = self.session, self.setup
        if session is not None and setup is not None:
            self.pairing_box.start(session, setup, self.bind_host, self.interfaces)
