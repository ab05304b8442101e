"""The sync centre's USB tab: choose a folder or stick, sync, read what came in."""

from __future__ import annotations

from PySide6.QtCore import Signal
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

from .. import icons
from ..files import recent_folder, remember
from ..progress import STEPS, ProgressRelay, advance, stage_text
from ..settings import Settings
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, ch, hint

#: the words of the stages whose meaning depends on a folder sync
USB_STAGES = {
    Stage.VERIFY: lambda p: f"Importing {p.subject}",
    Stage.APPLY: lambda p: f"Importing {p.subject}",
    Stage.WRITE: lambda p: "Writing this laptop's bundle to the folder",
}


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def describe(outcome: FolderSynced) -> tuple[str, list[tuple[str, list[str]]]]:
    """A one-line summary and ``(heading, lines)`` sections for the report tree."""
    result = outcome.result
    applied = outcome.applied
    laptops = len(result.imported)
    if outcome.cancelled:
        summary = (f"Sync cancelled. {plural(applied, 'change')} brought in before it "
                   "stopped were kept whole; sync again to fetch the rest.")
    elif not laptops and not result.skipped:
        summary = ("No other laptop's bundle was in the folder. This laptop's changes were "
                   "written there for the next person.")
    else:
        summary = (f"Brought in {plural(applied, 'change')} from "
                   f"{plural(laptops, 'laptop')}; this laptop's changes were written to "
                   "the folder.")
    if outcome.conflicts:
        summary += (f" {plural(outcome.conflicts, 'conflict')} "
                    f"{'needs' if outcome.conflicts == 1 else 'need'} a decision "
                    "(see Conflicts).")
    sections: list[tuple[str, list[str]]] = []
    for name, report in result.imported.items():
        who = outcome.writers.get(name)
        lines = [f"Applied: {plural(report.applied, 'change')}",
                 f"Already here: {plural(report.already, 'change')}"]
        if report.held:
            lines.append(f"Held back until earlier changes arrive: "
                         f"{plural(report.held, 'change')}")
        if report.rejected:
            lines.append(f"Rejected: {plural(len(report.rejected), 'change')}")
            lines += [f"    {r['what']}: {r['reason']}" for r in report.rejected]
        if report.cancelled:
            lines.append("Stopped part-way (cancelled); the rest comes with the next sync.")
        sections.append((f"From {who} ({name})" if who else f"From {name}", lines))
    if result.skipped:
        sections.append(("Files not imported",
                         [f"{name}: {reason}" for name, reason in result.skipped.items()]))
    sections.append(("Written", [str(result.written)]))
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
            "Pass a USB stick (or a shared folder) between laptops. Sync reads every other "
            "laptop's bundle in the folder, then writes this laptop's changes there. "
            "Bundles are encrypted: a lost stick reveals nothing.", self))
        row = QHBoxLayout()
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName("Sync folder")
        self.folder.setPlaceholderText("Choose a folder or a USB stick")
        self.folder.setText(settings.last_sync_folder)
        self.folder.setMinimumWidth(ch(self, 40))
        self.choose_button = QPushButton("Choose folder or stick…", self)
        self.choose_button.setAccessibleName("Choose folder or stick")
        self.choose_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.sync_button = QPushButton(icons.icon("sync"), "Sync now", self)
        self.sync_button.setAccessibleName("Sync now")
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setAccessibleName("Cancel sync")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName("Sync progress")
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        self.progress.hide()
        row.addWidget(self.sync_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setAccessibleName("Sync status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = ErrorLabel(self, "Sync error")
        layout.addWidget(self.error)
        self.report = QTreeWidget(self)
        self.report.setAccessibleName("Sync report")
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
            self.error.show_message("Choose a folder or a USB stick first.")
            return
        self.settings.last_sync_folder = folder
        self._cancel = cancel = Cancel()
        self.report.clear()
        self.report.hide()
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        self.status.setText("Looking for bundles…")
        self._set_running(True)
        progress = self._progress
        self.runner.run(
            lambda: sync_folder(session, folder, progress=progress, cancel=cancel),
            self._done, self._failed, owner=self)

    def cancel(self) -> None:
        if self.running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText("Stopping after the current batch…")

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
