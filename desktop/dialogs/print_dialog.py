"""The small window that follows a printed list or a subject-access export as it is
written in the background: pages drawn, Cancel, then what was written and Open.

The job (see :mod:`desktop.exchange_ops`) runs on the vault worker. It reports pages
into a plain list that a timer here reads, so the worker never calls into Qt objects
that closing this window may delete. Cancel (or closing the window, or locking the
vault) stops the PDF writer before its next page; nothing is written then. Like the
CSV export dialog, it says plainly that the files are not encrypted.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from sync.exchange.errors import ExportCancelled
from sync.exchange.exporter import UNENCRYPTED_WARNING
from sync.exchange.pdf import Progress

from ..exchange_ops import Written
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, ch, heading

Job = Callable[[Progress], Written]
FILTERS = {"pdf": "PDF documents (*.pdf)", "json": "JSON files (*.json)"}


def safe_name(text: str) -> str:
    """``text`` as a file name on any system (no slashes, colons, quotes …)."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", " ".join(text.split())).strip(" .-") \
        or "caucus"


def ask_save_path(parent: QWidget, caption: str, stem: str, kind: str = "pdf") -> Path | None:
    """Ask where to save (Qt's save dialog); the suffix is added when the name lacks it."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    text, _ = QFileDialog.getSaveFileName(parent, caption,
                                          str(Path(folder) / f"{safe_name(stem)}.{kind}"),
                                          FILTERS[kind])
    if not text:
        return None
    path = Path(text)
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")


class PrintDialog(QDialog):
    """Runs one job; :attr:`written` holds its :class:`Written` once it succeeded."""

    def __init__(self, runner: TaskRunner, title: str, intro: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.written: Written | None = None
        self.running = False
        self._cancel = threading.Event()
        self._pages = [0, 0]
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self, 1.2))
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName("Pages written")
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.warning = QLabel(UNENCRYPTED_WARNING, self)
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "warning")
        self.warning.setAccessibleName("Warning")
        layout.addWidget(self.warning)
        self.status = QLabel("Reading the vault…", self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName("Export result")
        layout.addWidget(self.status)
        self.error = ErrorLabel(self, "Export error")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self.buttons.addButton("Open",
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setAccessibleName("Open the PDF")
        self.open_button.hide()
        self.cancel_button = self.buttons.addButton(
            "Cancel", QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setAccessibleName("Cancel the export")
        layout.addWidget(self.buttons)
        self.open_button.clicked.connect(self.open_file)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.rejected.connect(self.reject)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._show_pages)
        self.setMinimumWidth(ch(self, 72))

    @classmethod
    def run(cls, parent: QWidget, runner: TaskRunner, title: str, intro: str,
            job: Job) -> PrintDialog:
        """Open the window over ``parent`` and start ``job`` on the worker."""
        dialog = cls(runner, title, intro, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start(job)
        return dialog

    def start(self, job: Job) -> None:
        cancel, pages = self._cancel, self._pages

        def progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise ExportCancelled()
            pages[:] = [done, total]

        self.running = True
        self.timer.start()
        self.runner.run(lambda: job(progress), self._done, self._failed, owner=self)

    def cancel(self) -> None:
        if self.running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText("Stopping before the next page…")

    def done(self, result: int) -> None:
        """Closing the window while the job runs cancels it (it stops at the next page)."""
        self._cancel.set()
        super().done(result)

    def _show_pages(self) -> None:
        done, total = self._pages
        if total and not self._cancel.is_set():
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(f"Drawing page {done + 1} of {total}…")

    def _finish(self) -> None:
        self.running = False
        self.timer.stop()
        self.cancel_button.hide()
        self.progress.setRange(0, 1)

    def _done(self, written: Written) -> None:
        self._finish()
        self.written = written
        self.progress.setValue(1)
        self.status.setText(written.message)
        self.open_button.show()
        self.open_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.progress.setValue(0)
        self.status.clear()
        self.error.show_message(human_message(error))

    def open_file(self) -> None:
        """Open the PDF in the system's viewer (from where it can be printed)."""
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.paths[0])))


def close_print_dialogs(widget: QWidget) -> None:
    """Close (and so cancel) every print window over ``widget`` — on lock."""
    for dialog in widget.findChildren(PrintDialog):
        dialog.reject()
