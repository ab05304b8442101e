"""What the Workplaces page's organising tabs share: the open session, the workplace
they show, loading on the vault worker with a stale answer dropped (a newer load, a
lock), an error line and a line saying what was written; and asking where to save a
spreadsheet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from sync.ops import Session

from ..dialogs.print_dialog import safe_name
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, hint


def ask_spreadsheet_path(parent: QWidget, caption: str, stem: str) -> Path | None:
    """Where to save a spreadsheet (Qt's save dialog): ``.csv`` unless it says
    ``.xlsx``."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    text, _ = QFileDialog.getSaveFileName(
        parent, caption, str(Path(folder) / f"{safe_name(stem)}.csv"),
        QCoreApplication.translate("organising_tab", "CSV files (*.csv);;Excel workbooks (*.xlsx)"))
    return spreadsheet_path(Path(text)) if text else None


def spreadsheet_path(path: Path) -> Path:
    return path if path.suffix.lower() in (".csv", ".xlsx") else path.with_name(
        path.name + ".csv")


class OrganisingTab(QWidget):
    """A tab of the Workplaces page's lower half. Subclasses add their widgets to
    :attr:`body` and call :meth:`finish` once they have."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None, error_name: str) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: Session | None = None
        self.workplace_id: str | None = None
        self.request = 0
        #: a load was asked for while the tab was hidden: it runs when the tab shows
        self.stale = False
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.error = ErrorLabel(self, error_name)
        self.status = hint("", self)
        self.status.setAccessibleName(self.tr("What was written"))

    def finish(self) -> None:
        """Put the error and status lines under the tab's own widgets."""
        self.body.addWidget(self.error)
        self.body.addWidget(self.status)

    def set_session(self, session: Session | None) -> None:
        self.clear()
        self.session = session

    def clear(self) -> None:
        """Forget the session and the workplace (on lock): extended by each tab."""
        self.request += 1
        self.stale = False
        self.session = None
        self.workplace_id = None
        self.error.clear_message()
        self.status.clear()

    def reload(self) -> None:
        """Load what the tab shows (each tab says what, through :meth:`load`)."""

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.reload()

    def load(self, work: Callable[[Session], Any], done: Callable[[Any], None]) -> None:
        """Run ``work(session)`` on the worker, then ``done(result)`` unless a newer
        load (or a lock) came since. A hidden tab loads when it is shown: a page built
        in the background, or a tab not chosen, costs the worker nothing."""
        session = self.session
        if session is None:
            return
        if not self.isVisible():
            self.stale = True
            self.request += 1  # an answer still on its way is stale too
            return
        self.stale = False
        self.request += 1
        request = self.request

        def loaded(result: Any) -> None:
            if request == self.request:
                self.error.clear_message()
                done(result)

        def failed(error: BaseException) -> None:
            if request == self.request:
                self.error.show_message(human_message(error))

        self.runner.run(lambda: work(session), loaded, failed, owner=self)

    def write(self, work: Callable[[Session], Any], done: Callable[[Any], None]) -> None:
        """Run a change on the worker, then ``done(result)``; a failure is shown."""
        session = self.session
        if session is None:
            return
        self.error.clear_message()
        self.runner.run(lambda: work(session), done,
                        lambda e: self.error.show_message(human_message(e)), owner=self)
