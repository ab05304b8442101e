"""The sync centre's Devices tab: the roster, revoking a laptop, admitting a new one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.ops.roster import ROLES, Device, JoinRequest, Roster, admit, read_join_request, revoke
from sync.ops.roster import roster as load_roster

from .. import formats, value_words
from ..dialogs.print_dialog import safe_name
from ..dialogs.role_dialog import RoleDialog
from ..files import open_path, save_path
from ..models.records import Column, RecordTableModel, attr
from ..style import danger
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, hint, record_table


def _state(d: Device) -> str:
    if d.revoked:
        return QCoreApplication.translate("devices", "revoked")
    if d.role is None:
        return QCoreApplication.translate("devices", "not admitted")
    return QCoreApplication.translate("devices", "clock ahead") if d.clock_ahead \
        else QCoreApplication.translate("devices", "active")


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "Laptop"),
        lambda d: (
            QCoreApplication.translate("devices", "{name}  (this laptop)").format(name=d.name)
            if d.this_device
            else d.name
        ),
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Role"), lambda d: value_words.nice(d.role or "")),
    Column(QT_TRANSLATE_NOOP("columns", "State"), _state),
    Column(QT_TRANSLATE_NOOP("columns", "Last change"),
        lambda d: (
            QCoreApplication.translate("devices", "no. {last_seq}").format(
                last_seq=formats.number(d.last_seq))
            if d.last_seq
            else QCoreApplication.translate("devices", "none yet")
        ),
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Admitted by"), attr("admitted_by_name")),
)


def with_admitters(devices: list[Device]) -> list[Device]:
    """Each device's admitter by name (the roster names it by its key: no user reads
    that); the founder admitted itself."""
    names = {d.id: d.name for d in devices}
    gone = QCoreApplication.translate("Devices", "a laptop no longer listed")
    founder = QCoreApplication.translate("Devices", "founded the branch")
    for device in devices:
        admitter = device.admitted_by
        device.admitted_by_name = ("" if not admitter else  # type: ignore[attr-defined]
                                   names.get(admitter, gone) if admitter != device.id
                                   else founder)
    return devices


def revoke_text(device: Device) -> str:
    return QCoreApplication.translate(
        "devices",
        "Revoke “{name}”?\n\nFrom now on it gets nothing new from this "
        "branch: the branch key changes, and changes it makes after what "
        "this laptop already holds are refused everywhere.\n\nData already "
        "on that laptop cannot be wiped remotely. If it was lost or stolen, "
        "only its passphrase protects the member list it already holds.",
    ).format(name=device.name)


class DevicesTab(QWidget):
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request_folder: str | None = None  # where the last join request was
        self.runner = runner
        self.session: Session | None = None
        self.admin = False
        self.confirm: QMessageBox | None = None
        self._request = 0
        layout = QVBoxLayout(self)
        layout.addWidget(hint(
            self.tr("Every laptop that holds this branch. Only an admin can admit or revoke one."),
            self))
        self.fingerprint = QLabel(self)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Branch fingerprint"))
        self.fingerprint.setToolTip(
            self.tr(
                "A laptop joining with a welcome file shows this before "
                "it joins: the two must be the same."
            )
        )
        layout.addWidget(self.fingerprint)
        self.model = RecordTableModel(COLUMNS, self)
        self.table = record_table(self.model, self, self.tr("Devices"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.admit_button = QPushButton(self.tr("Admit a laptop from a join request file…"), self)
        self.admit_button.setAccessibleName(self.tr("Admit a laptop"))
        self.admit_button.clicked.connect(self.ask_admit)
        self.revoke_button = QPushButton(self.tr("Revoke…"), self)
        self.revoke_button.setAccessibleName(self.tr("Revoke"))
        danger(self.revoke_button)
        self.revoke_button.clicked.connect(self.ask_revoke)
        row.addWidget(self.admit_button)
        row.addStretch(1)
        row.addWidget(self.revoke_button)
        layout.addLayout(row)
        self.error = ErrorLabel(self, self.tr("Devices error"))
        layout.addWidget(self.error)
        self._update_buttons()

    # -- state ----------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.clear()
        self.session = session

    def clear(self) -> None:
        self._request += 1
        self.session = None
        self.admin = False
        self.fingerprint.clear()
        self.model.clear()
        self.error.clear_message()
        if self.confirm is not None:
            self.confirm.reject()
            self.confirm = None
        self._update_buttons()

    def reload(self) -> None:
        self._run(load_roster)

    def _run(self, work, then=None) -> None:
        session = self.session
        if session is None:
            return
        self._request += 1
        request = self._request

        def done(roster: Roster) -> None:
            if request == self._request:
                self._show(roster)
                if then is not None:
                    then()

        def failed(error: BaseException) -> None:
            if request == self._request:
                self.error.show_message(human_message(error))

        self.runner.run(lambda: work(session), done, failed, owner=self)

    def _show(self, roster: Roster) -> None:
        self.admin = roster.admin
        self.fingerprint.setText(
            self.tr("Branch fingerprint: {fingerprint}").format(fingerprint=roster.fingerprint)
        )
        self.model.set_records(with_admitters(roster.devices))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> Device | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_device(self, device_id: str) -> bool:
        for row, device in enumerate(self.model.records):
            if device.id == device_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self, *_: object) -> None:
        device = self.selected()
        self.admit_button.setEnabled(self.admin)
        self.revoke_button.setEnabled(self.admin and device is not None
                                      and not device.this_device and not device.revoked)
        tip = "" if self.admin else self.tr("Only an admin laptop can do this.")
        self.admit_button.setToolTip(tip)
        self.revoke_button.setToolTip(tip)

    # -- revoking -------------------------------------------------------------------
    def ask_revoke(self) -> None:
        device = self.selected()
        if device is None or not self.admin:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Revoke a laptop"), revoke_text(device),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("revoke_confirmation")
        box.revoke_button = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        device_id = device.id
        box.finished.connect(lambda _r: self._confirmed(box, device_id))
        self.confirm = box
        box.open()

    def _confirmed(self, box: QMessageBox, device_id: str) -> None:
        if self.confirm is box:
            self.confirm = None
        box.deleteLater()
        if box.clickedButton() is not box.revoke_button:
            return
        def work(session: Session) -> Roster:
            revoke(session, device_id)
            return load_roster(session)

        self._run(work, lambda: self.message.emit("The laptop was revoked and the branch key "
                                            "changed; sync so the others learn it."))

    # -- admitting ------------------------------------------------------------------
    def ask_admit(self) -> None:
        if not self.admin or self.session is None:
            return
        chosen = open_path(self, self.tr("Choose the join request file"), "request")
        if chosen is None:
            return
        path = str(chosen)
        self._request_folder = str(chosen.parent)
        self.runner.run(lambda: read_join_request(path), self._ask_role,
                        lambda e: self.error.show_message(human_message(e)), owner=self)

    def _ask_role(self, request: JoinRequest) -> None:
        dialog = RoleDialog(request.device_name, tuple(ROLES), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_welcome(request, dialog.role()))
        self.role_dialog = dialog
        dialog.open()

    def _save_welcome(self, request: JoinRequest, role: str) -> None:
        # beside the request, on the stick it came on, with its own kind of name
        welcome = save_path(self, self.tr("Save the welcome file"),
                            f"welcome-{safe_name(request.device_name)}.caucus-welcome",
                            "welcome", self._request_folder)
        if welcome is not None:
            self.admit_request(request, role, str(welcome))

    def admit_request(self, request: JoinRequest, role: str, welcome_path: str) -> None:
        """Admit the device and write its welcome file (the dialogs' last step)."""
        def work(session: Session) -> Roster:
            admit(session, request, role, welcome_path)
            return load_roster(session)

        self._run(work, lambda: self.message.emit(
            "Welcome file saved. Carry it to the new laptop and open it there to join."))
