"""The small window that follows a printed list or a subject-access export as it is
written in the background: pages drawn, Cancel, then what was written and Open.

The job (an operation of :mod:`sync.ops.documents`) runs on the vault worker. It
reports pages into a plain list that a timer here reads, so the worker never calls into
Qt objects that closing this window may delete. Cancel (or closing the window, or
locking the vault) stops the PDF writer before its next page; nothing is written then.
Like the CSV export dialog, it says plainly that the files are not encrypted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Cancel, Cancelled, Progress, ProgressFn
from sync.ops.documents import Printed
from sync.ops.spreadsheets import UNENCRYPTED_WARNING

from .. import formats
from ..files import save_path
from ..i18n import COUNTS
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, ch, heading

#: job(progress, cancel) -> what it printed: an operation of sync.ops.documents
Job = Callable[[ProgressFn, Cancel], Printed]
#: the sentence that says what a job wrote
Message = Callable[[Printed], str]
FILTERS = {
    "pdf": QT_TRANSLATE_NOOP("print_dialog", "PDF documents (*.pdf)"),
    "json": QT_TRANSLATE_NOOP("print_dialog", "JSON files (*.json)"),
}


def safe_name(text: str) -> str:
    """``text`` as a file name on any system (no slashes, colons, quotes …)."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", " ".join(text.split())).strip(" .-") \
        or "caucus"


def ask_save_path(parent: QWidget, caption: str, stem: str, kind: str = "pdf") -> Path | None:
    """Ask where to save (Qt's save dialog, opened where the user last was); the suffix
    is added when the name lacks it."""
    return save_path(parent, caption, f"{safe_name(stem)}.{kind}", kind)


class PrintDialog(QDialog):
    """Runs one job; :attr:`written` holds what it printed once it succeeded."""

    def __init__(self, runner: TaskRunner, title: str, intro: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.written: Printed | None = None
        self.message: Message = lambda _printed: ""
        self.running = False
        self._cancel = Cancel()
        self._pages = [0, 0]
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self, 1.2))
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Pages written"))
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.warning = QLabel(QCoreApplication.translate("exporter", UNENCRYPTED_WARNING), self)
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "warning")
        self.warning.setAccessibleName(self.tr("Warning"))
        layout.addWidget(self.warning)
        self.status = QLabel(self.tr("Reading the vault…"), self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Export result"))
        layout.addWidget(self.status)
        self.error = ErrorLabel(self, self.tr("Export error"))
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self.buttons.addButton(self.tr("Open"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setAccessibleName(self.tr("Open the PDF"))
        self.open_button.hide()
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
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
            job: Job, message: Message) -> PrintDialog:
        """Open the window over ``parent`` and start ``job`` on the worker; ``message``
        says what it wrote."""
        dialog = cls(runner, title, intro, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.message = message
        dialog.open()
        dialog.start(job)
        return dialog

    def start(self, job: Job) -> None:
        cancel, pages = self._cancel, self._pages

        def progress(step: Progress) -> None:
            pages[:] = [step.done, step.total or 0]

        self.running = True
        self.timer.start()
        self.runner.run(lambda: job(progress, cancel), self._done, self._failed, owner=self)

    def cancel(self) -> None:
        if self.running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping before the next page…"))

    def done(self, result: int) -> None:
        """Closing the window while the job runs cancels it (it stops at the next page)."""
        self._cancel.set()
        super().done(result)

    def _show_pages(self) -> None:
        done, total = self._pages
        if total and not self._cancel.is_set():
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(
                self.tr("Drawing page {value} of {total}…").format(value=formats.number(done + 1),
                                                                     total=formats.number(total))
            )

    def _finish(self) -> None:
        self.running = False
        self.timer.stop()
        self.cancel_button.hide()
        self.progress.setRange(0, 1)

    def _done(self, written: Printed) -> None:
        self._finish()
        self.written = written
        self.progress.setValue(1)
        self.status.setText(self.message(written))
        self.open_button.show()
        self.open_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.progress.setValue(0)
        self.status.clear()
        self.error.show_message(self.tr("The export was cancelled; no file was written.")
                                if isinstance(error, Cancelled) else human_message(error))

    def open_file(self) -> None:
        """Open the PDF in the system's viewer (from where it can be printed)."""
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.paths[0])))


def close_print_dialogs(widget: QWidget) -> None:
    """Close (and so cancel) every print window over ``widget`` — on lock."""
    for dialog in widget.findChildren(PrintDialog):
        dialog.reject()


def list_written(printed: Printed) -> str:
    return QCoreApplication.translate(
        "print_dialog", "Wrote {members} on {pages} to {path}."
    ).format(
        members=COUNTS.members(printed.rows),
        pages=COUNTS.pages(printed.pages),
        path=printed.paths[0],
    )


def labels_written(printed: Printed) -> str:
    text = QCoreApplication.translate(
        "print_dialog", "Wrote {labels} on {pages} to {path}."
    ).format(
        labels=COUNTS.labels(printed.rows), pages=COUNTS.pages(printed.pages), path=printed.paths[0]
    )
    if printed.left_out:
        text += " " + QCoreApplication.translate(
            "print_dialog",
            "{members} without a postal address or not to be posted to left out.",
        ).format(members=COUNTS.members(printed.left_out))
    return text


def sign_in_written(printed: Printed) -> str:
    return QCoreApplication.translate(
        "print_dialog", "Wrote a sign-in sheet of {names} on {pages} to {path}.").format(
            names=COUNTS.names(printed.rows), pages=COUNTS.pages(printed.pages),
            path=printed.paths[0])


def subject_access_written(printed: Printed) -> str:
    pdf_path, json_path = printed.paths
    return QCoreApplication.translate(
        "print_dialog", "Wrote everything held about {name} to {data} (data) and {pdf} beside "
        "it ({pages} to print).").format(name=printed.name, data=json_path, pdf=pdf_path.name,
                                         pages=COUNTS.pages(printed.pages))
