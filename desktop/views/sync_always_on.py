"""The sync centre's Always-on tab: Syncthing carries the sync folder.

A switch, how things stand (this laptop's Syncthing ID, the peers and whether each is
connected, bytes pending, the last change received), the discovery switch with what it
reveals, and for an admin a form to add a box. The use cases are
:mod:`sync.ops.always_on`; this tab only decides when to call them:

- on unlock, once: :func:`~sync.ops.always_on.sync_now` catches up with whatever came
  while the vault was locked (nothing is imported while it is locked);
- when the watcher thread reports an arrival;
- every two seconds, if :func:`~sync.ops.always_on.local_pending` (a fast read, done
  only when the vault worker is idle) says this laptop has news for the folder.

Every call to the vault runs on the task runner; every wait on Syncthing on the
watcher's thread (:mod:`.always_on_watch`): the window never waits on either.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.ops import always_on as ops

from .. import formats
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, ch, hint
from .always_on_watch import AlwaysOnWatcher

POLL_MS = 2000


def size_text(n: int | None) -> str:
    if n is None:
        return "—"
    return (
        QCoreApplication.translate("sync_always_on", "{n} bytes").format(n=formats.number(n))
        if n < 10_000
        else QCoreApplication.translate("sync_always_on", "{value} MB").format(
            value=formats.megabytes(n))
    )


def when_text(ms: int | None) -> str:
    if not ms:
        return "never"
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(ms),
                              QLocale.FormatType.ShortFormat)


class AlwaysOnTab(QWidget):
    #: an always-on step brought changes in (refresh every view)
    synced = Signal()
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Session | None = None
        self.status: ops.Status | None = None
        self.observed: ops.Observed | None = None
        self._busy = False  # a step is on the worker
        self._switching = False  # switching on or off is
        self._catch_up = False  # the first step after an unlock is still to come
        self._again = False  # another step was asked for meanwhile
        self.steps = 0  # steps finished since the session was set (for tests and status)
        self.watcher = AlwaysOnWatcher(self)
        self.watcher.arrived.connect(self.step)
        self.watcher.observed.connect(self._observed)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(hint(
            self.tr("When the branch's laptops are rarely on at the same time, Syncthing can carry "
            "their changes between them, through an always-on box in the office if you "
            "have one. Only encrypted bundles travel; Syncthing never sees a name."), self))
        self.switch = QCheckBox(self.tr("Always-on sync"), self)
        self.switch.setAccessibleName(self.tr("Always-on sync"))
        self.switch.toggled.connect(self._switched)
        layout.addWidget(self.switch)
        self.state = QLabel(self)
        self.state.setAccessibleName(self.tr("Always-on status"))
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        form = QFormLayout()
        row = QHBoxLayout()
        self.syncthing_id = QLabel(self)
        self.syncthing_id.setAccessibleName(self.tr("This laptop's Syncthing ID"))
        self.syncthing_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the Syncthing ID"))
        self.copy_button.clicked.connect(self._copy_id)
        row.addWidget(self.syncthing_id, 1)
        row.addWidget(self.copy_button)
        form.addRow(self.tr("This laptop's Syncthing ID:"), row)
        self.folder = QLabel(self)
        self.folder.setAccessibleName(self.tr("Always-on folder"))
        form.addRow(self.tr("Folder:"), self.folder)
        self.received = QLabel(self)
        self.received.setAccessibleName(self.tr("Last change received"))
        form.addRow(self.tr("Last change received:"), self.received)
        self.pending = QLabel(self)
        self.pending.setAccessibleName(self.tr("Bytes pending"))
        form.addRow(self.tr("Pending:"), self.pending)
        layout.addLayout(form)
        self.peers = QTreeWidget(self)
        self.peers.setAccessibleName(self.tr("Always-on peers"))
        self.peers.setHeaderLabels(
            [self.tr("Laptop or box"), self.tr("Kind"), self.tr("State"), self.tr("To send")]
        )
        self.peers.setRootIsDecorated(False)
        layout.addWidget(self.peers, 1)
        self.waiting = QLabel(self)
        self.waiting.setAccessibleName(self.tr("Laptops not on always-on yet"))
        self.waiting.setWordWrap(True)
        layout.addWidget(self.waiting)
        self.discovery = QCheckBox(self.tr("Find laptops over the internet (global "
                                           "discovery and relays)"), self)
        self.discovery.setAccessibleName(self.tr("Global discovery and relays"))
        self.discovery.toggled.connect(self._discovery_switched)
        layout.addWidget(self.discovery)
        layout.addWidget(hint(QCoreApplication.translate("always_on", ops.DISCOVERY_EXPLANATION),
                              self))
        self.box_form = QWidget(self)
        boxes = QHBoxLayout(self.box_form)
        boxes.setContentsMargins(0, 0, 0, 0)
        self.box_id = QLineEdit(self.box_form)
        self.box_id.setAccessibleName(self.tr("Box's Syncthing ID"))
        self.box_id.setPlaceholderText(self.tr("The box's Syncthing device ID"))
        self.box_id.setMinimumWidth(ch(self, 40))
        self.box_address = QLineEdit(self.box_form)
        self.box_address.setAccessibleName(self.tr("Box's address"))
        #: {address} is an example of a box's address; it stays as it is
        self.box_address.setPlaceholderText(
            self.tr("for example {address}").format(address="tcp://192.168.1.20:22000"))
        self.box_name = QLineEdit(self.box_form)
        self.box_name.setAccessibleName(self.tr("Box's name"))
        self.box_name.setPlaceholderText(self.tr("Office box"))
        self.box_button = QPushButton(self.tr("Add a box"), self.box_form)
        self.box_button.setAccessibleName(self.tr("Add a box"))
        self.box_button.clicked.connect(self.add_box)
        for widget in (self.box_id, self.box_address, self.box_name, self.box_button):
            boxes.addWidget(widget)
        layout.addWidget(self.box_form)
        self.error = ErrorLabel(self, self.tr("Always-on error"))
        layout.addWidget(self.error)
        self._show()

    # -- state ----------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.clear()
        self.session = session
        self._catch_up = session is not None
        self.reload()

    def reload(self) -> None:
        self._run(lambda s: ops.status(s, observe=False), self._loaded, quiet=True)

    def clear(self) -> None:
        """The vault is locking: stop watching, show nothing (Syncthing keeps carrying
        ciphertext; nothing is imported until the next unlock)."""
        self.shutdown()
        self.session = None
        self.status = self.observed = None
        self._busy = self._again = self._switching = False
        self.steps = 0
        self.error.clear_message()
        self._show()

    def shutdown(self) -> None:
        self.timer.stop()
        self.watcher.stop()

    def _run(self, work, done=None, quiet: bool = False) -> None:
        session = self.session
        if session is None:
            return

        def failed(error: BaseException) -> None:
            self._busy = self._switching = False
            self.error.show_message(human_message(error))
            self.reload()
        if not quiet:
            self.error.clear_message()
        self.runner.run(lambda: work(session), done, failed, owner=self)

    def _loaded(self, status: ops.Status) -> None:
        self.status = status
        enabled = status.settings.enabled
        if enabled and not self.watcher.running:
            self._run(ops.link, self.watcher.start, quiet=True)
        elif not enabled:
            self.watcher.stop()
            self.observed = None
        if enabled:
            self.timer.start()
        else:
            self.timer.stop()
        self._show()
        if enabled and self._catch_up:
            self._catch_up = False
            self.step()  # catch up on what came while the vault was locked

    def _observed(self, seen: ops.Observed) -> None:
        self.observed = seen
        self._show()

    # -- steps ----------------------------------------------------------------------
    def step(self) -> None:
        """One always-on step on the worker (one at a time; asked again meanwhile, one
        more after it)."""
        if self.session is None:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._run(lambda s: ops.sync_now(s), self._stepped, quiet=True)

    def _stepped(self, synced: ops.Synced) -> None:
        self._busy = False
        self.steps += 1
        self.error.clear_message()
        if synced.changes:
            self.synced.emit()
        if synced.configured.added or synced.configured.removed or synced.changes:
            self._run(ops.link, self.watcher.start, quiet=True)  # the peers changed
        self.reload()
        if self._again:
            self._again = False
            self.step()

    def local_change(self) -> None:
        """This laptop saved something: leave it in the folder now, not at the next poll."""
        if self.status is not None and self.status.settings.enabled:
            self.step()

    def _poll(self) -> None:
        session = self.session
        if session is None or self._busy:
            return
        ran, news = self.runner.try_now(lambda: ops.local_pending(session))
        if ran and news:
            self.step()

    # -- actions --------------------------------------------------------------------
    def _switched(self, on: bool) -> None:
        if self.session is None or self.status is None \
                or on == self.status.settings.enabled:
            return
        self._switching = True
        self.state.setText(self.tr("Starting Syncthing…") if on else self.tr("Stopping Syncthing…"))
        self.switch.setEnabled(False)
        if on:
            self._run(lambda s: ops.enable(s), self._switch_done)
        else:
            self.watcher.stop()
            self._run(ops.disable, self._switch_done)

    def _switch_done(self, _result: object) -> None:
        self._switching = False
        self.reload()

    def _discovery_switched(self, on: bool) -> None:
        if self.status is None or on == self.status.settings.discovery:
            return
        self._run(lambda s: ops.set_discovery(s, on), lambda _s: self.reload())

    def add_box(self) -> None:
        syncthing_id, address = self.box_id.text().strip(), self.box_address.text().strip()
        name = self.box_name.text().strip()
        if not syncthing_id or not address:
            self.error.show_message(self.tr("Give the box's Syncthing ID and its address."))
            return

        def added(done: ops.BoxChanged) -> None:
            for field in (self.box_id, self.box_address, self.box_name):
                field.clear()
            self.message.emit(f"Added the box {done.box.name}; it holds only encrypted "
                              "bundles. Add this branch's laptops in its own Syncthing.")
            self._run(ops.link, self.watcher.start, quiet=True)
            self.reload()
        self._run(lambda s: ops.add_box(s, syncthing_id, address, name), added)

    def _copy_id(self) -> None:
        if self.syncthing_id.text():
            QGuiApplication.clipboard().setText(self.syncthing_id.text())

    # -- showing ----------------------------------------------------------------------
    def _show(self) -> None:
        status, seen = self.status, self.observed
        enabled = status is not None and status.settings.enabled
        for widget, value in ((self.switch, enabled),
                              (self.discovery, enabled and status.settings.discovery)):
            widget.blockSignals(True)
            widget.setChecked(bool(value))
            widget.blockSignals(False)
        self.switch.setEnabled(status is not None and not self._switching)
        attached = enabled and status.settings.attached
        self.discovery.setEnabled(enabled and not attached)
        self.box_form.setVisible(status is not None and status.admin)
        self.copy_button.setEnabled(bool(status and status.syncthing_id))
        self.syncthing_id.setText(status.syncthing_id if enabled else "")
        self.folder.setText(status.settings.folder if enabled else "")
        self.received.setText(when_text(status.settings.last_received_ms) if enabled else "")
        self.peers.clear()
        if not enabled:
            self.state.setText("" if status is None else
                               self.tr("Off. Switch it on to let Syncthing carry this laptop's "
                               "changes to the branch's other laptops and its box."))
            self.pending.clear()
            self.waiting.clear()
            return
        running = seen is not None and seen.running
        if attached:
            state = (self.tr("On: your own Syncthing is running.") if running
                     else self.tr("On: your own Syncthing is not answering yet."))
        else:
            state = (self.tr("On: Caucus's own Syncthing is running.") if running
                     else self.tr("On: Caucus's own Syncthing is not answering yet."))
        self.state.setText(state
                           + (f" {seen.problem}" if seen is not None and seen.problem
                              and not running else ""))
        peers = seen.peers if seen is not None else status.observed.peers
        for peer in peers:
            QTreeWidgetItem(self.peers, [
                peer.peer.name, self.tr("box") if peer.peer.kind == "box" else self.tr("laptop"),
                self.tr("connected") if peer.connected else self.tr("not connected"),
                size_text(peer.need_bytes)])
        incoming = seen.incoming_bytes if seen else 0
        outgoing = seen.outgoing_bytes if seen else 0
        local = self.tr(" This laptop has changes not yet in the folder.") if status.local_pending \
            else ""
        self.pending.setText(
            self.tr("{incoming} to receive, {outgoing} to send.").format(
                incoming=size_text(incoming), outgoing=size_text(outgoing)) + local
        )
        self.waiting.setText(self.tr("Not on always-on yet: ") + ", ".join(status.waiting)
                             if status.waiting else "")
