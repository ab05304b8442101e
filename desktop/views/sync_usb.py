"""The sync centre's USB tab: choose a folder or stick, sync, read what came in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Cancel, Progress, Session, Stage
from sync.ops.syncing import FolderSynced, sync_folder

from .. import i18n, icons
from ..files import recent_folder, remember
from ..progress import STEPS, ProgressRelay, advance, stage_text
from ..settings import Settings
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, ch, hint

#: the words of the stages whose meaning depends on a folder sync
USB_STAGES = {
    Stage.VERIFY: lambda p: QCoreApplication.translate("sync_usb", "Importing {subject}").format(
        subject=p.subject
    ),
    Stage.APPLY: lambda p: QCoreApplication.translate("sync_usb", "Importing {subject}").format(
        subject=p.subject
    ),
    Stage.WRITE: lambda p: QCoreApplication.translate(
        "sync_usb", "Writing this laptop's bundle to the folder"
    ),
}


def rejection_lines(rejected: list[dict]) -> list[str]:
    """Each rejected change set and why, in the user's language (a sync report's
    lines, by stick or folder and over the LAN)."""
    #: {what} is which change set ("change set 4 of device 1a2b3c4d"), {reason} why
    return [QCoreApplication.translate("sync_usb", "{what}: {reason}").format(
        what=i18n.error_text(r["what"]), reason=i18n.error_text(r["reason"]))
        for r in rejected]


def describe(outcome: FolderSynced) -> tuple[str, list[tuple[str, list[str]]]]:
    """A one-line summary and ``(heading, lines)`` sections for the report tree."""
    result = outcome.result
    applied = outcome.applied
    laptops = len(result.imported)
    if outcome.cancelled:
        summary = QCoreApplication.translate(
            "sync_usb", "Sync cancelled. {changes} brought in before it stopped were kept "
            "whole; sync again to fetch the rest.").format(changes=i18n.COUNTS.changes(applied))
    elif not laptops and not result.skipped:
        summary = QCoreApplication.translate(
            "sync_usb", "No other laptop's bundle was in the folder. This laptop's changes "
            "were written there for the next person.")
    else:
        summary = QCoreApplication.translate(
            "sync_usb", "Brought in {changes} from {laptops}; this laptop's changes were "
            "written to the folder.").format(changes=i18n.COUNTS.changes(applied),
                                             laptops=i18n.COUNTS.laptops(laptops))
    if outcome.conflicts:
        summary += " " + i18n.COUNTS.conflicts_need_decision(outcome.conflicts)
    sections: list[tuple[str, list[str]]] = []
    for name, report in result.imported.items():
        who = outcome.writers.get(name)
        lines = [QCoreApplication.translate("sync_usb", "Applied: {changes}").format(
                     changes=i18n.COUNTS.changes(report.applied)),
                 QCoreApplication.translate("sync_usb", "Already here: {changes}").format(
                     changes=i18n.COUNTS.changes(report.already))]
        if report.held:
            lines.append(QCoreApplication.translate(
                "sync_usb", "Held back until earlier changes arrive: {changes}").format(
                    changes=i18n.COUNTS.changes(report.held)))
        if report.rejected:
            lines.append(QCoreApplication.translate("sync_usb", "Rejected: {changes}").format(
                changes=i18n.COUNTS.changes(len(report.rejected))))
            lines += ["    " + line for line in rejection_lines(report.rejected)]
        if report.cancelled:
            lines.append(
                QCoreApplication.translate(
                    "sync_usb", "Stopped part-way (cancelled); the rest comes with the next sync."
                )
            )
        sections.append(
            (
                QCoreApplication.translate("sync_usb", "From {who} ({name})").format(
                    who=who, name=name
                )
                if who
                else QCoreApplication.translate("sync_usb", "From {name}").format(name=name),
                lines,
            )
        )
    if result.skipped:
        sections.append((QCoreApplication.translate("sync_usb", "Files not imported"),
                         [f"{name}: {reason}" for name, reason in result.skipped.items()]))
    sections.append((QCoreApplication.translate("sync_usb", "Written"), [str(result.written)]))
    return summary, sections


class UsbTab(QWidget):
    #: a sync brought changes in (refresh every view)
    synced = Signal()

    def __init__(self, runner: TaskRunner, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.session: Session | None = None
        self.running = False
        self.outcome: FolderSynced | None = None
        self._cancel = Cancel()
        self._progress = ProgressRelay(self._show_progress, self)

        layout = QVBoxLayout(self)
        layout.addWidget(hint(
            self.tr("Pass a USB stick (or a shared folder) between laptops. Sync reads every other "
            "laptop's bundle in the folder, then writes this laptop's changes there. "
            "Bundles are encrypted: a lost stick reveals nothing."), self))
        row = QHBoxLayout()
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.folder.setPlaceholderText(self.tr("Choose a folder or a USB stick"))
        self.folder.setText(settings.last_sync_folder)
        self.folder.setMinimumWidth(ch(self, 40))
        self.choose_button = QPushButton(self.tr("Choose folder or stick…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose folder or stick"))
        self.choose_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.sync_button = QPushButton(icons.icon("sync"), self.tr("Sync now"), self)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel sync"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        self.progress.hide()
        row.addWidget(self.sync_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Sync status"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = ErrorLabel(self, self.tr("Sync error"))
        layout.addWidget(self.error)
        self.report = QTreeWidget(self)
        self.report.setAccessibleName(self.tr("Sync report"))
        self.report.setHeaderHidden(True)
        self.report.hide()
        layout.addWidget(self.report, 1)
        layout.addStretch(0)

    # -- state ----------------------------------------------------------------------
    def set_session(self, session: Session | None) -> None:
        self.clear()
        self.session = session

    def clear(self) -> None:
        self._cancel.set()
        self.session = None
        self.outcome = None
        self.report.clear()
        self.report.hide()
        self.status.clear()
        self.error.clear_message()
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.sync_button.setEnabled(not running)
        self.choose_button.setEnabled(not running)
        self.folder.setReadOnly(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)

    # -- actions --------------------------------------------------------------------
    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the sync folder or USB stick"),
            self.folder.text() or self.settings.last_sync_folder or recent_folder())
        if path:
            remember(path)
            self.set_folder(path)

    def set_folder(self, path: str) -> None:
        self.folder.setText(path)
        self.settings.last_sync_folder = path

    def sync_now(self) -> None:
        session = self.session
        folder = self.folder.text().strip()
        if session is None or self.running:
            return
        self.error.clear_message()
        if not folder:
            self.error.show_message(self.tr("Choose a folder or a USB stick first."))
            return
        self.settings.last_sync_folder = folder
        self._cancel = cancel = Cancel()
        self.report.clear()
        self.report.hide()
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        self.status.setText(self.tr("Looking for bundles…"))
        self._set_running(True)
        progress = self._progress
        self.runner.run(
            lambda: sync_folder(session, folder, progress=progress, cancel=cancel),
            self._done, self._failed, owner=self)

    def cancel(self) -> None:
        if self.running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current batch…"))

    def _show_progress(self, step: Progress) -> None:
        if not self.running:
            return
        if not self._cancel.is_set():
            self.status.setText(stage_text(step, USB_STAGES))
        advance(self.progress, step.fraction)

    def _done(self, outcome: FolderSynced) -> None:
        self._set_running(False)
        self.outcome = outcome
        summary, sections = describe(outcome)
        self.status.setText(summary)
        self.report.clear()
        for title, lines in sections:
            top = QTreeWidgetItem(self.report, [title])
            for line in lines:
                QTreeWidgetItem(top, [line.strip()])
            top.setExpanded(True)
        self.report.show()
        self.synced.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.status.clear()
        self.error.show_message(human_message(error))
