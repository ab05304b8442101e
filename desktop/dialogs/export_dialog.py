"""Export the current (filtered) member list as CSV, Excel or a printable PDF.

Shows plainly that the file will not be encrypted; every export lands in the export
log, and the most recent exports are listed at the bottom. Work runs on the vault
worker, through the same operation as ``caucus export`` (:mod:`sync.ops.spreadsheets`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Session
from sync.ops.spreadsheets import (
    UNENCRYPTED_WARNING,
    Exported,
    ExportLogEntry,
    available_columns,
    export_list,
    export_log,
)
from sync.records import MemberQuery

from .. import formats, value_words
from ..files import save_path
from ..tasks import TaskRunner, human_message
from ..widgets import ErrorLabel, ch, em

FORMATS = {
    "csv": QT_TRANSLATE_NOOP("export_dialog", "CSV (spreadsheet text)"),
    "xlsx": QT_TRANSLATE_NOOP("export_dialog", "Excel workbook (.xlsx)"),
    "pdf": QT_TRANSLATE_NOOP("export_dialog", "Printable member list (PDF)"),
}
DEFAULT_COLUMNS = ("first_name", "last_name", "membership_no", "emails", "phones",
                   "workplace", "status", "dues_paid_until", "tags")


def kind_words(kind: str) -> str:
    """An export log's kind of file, in words."""
    words = {
        "csv": QCoreApplication.translate("export_dialog", "CSV spreadsheet"),
        "xlsx": QCoreApplication.translate("export_dialog", "Excel workbook"),
        "pdf-member-list": QCoreApplication.translate("export_dialog", "printed member list"),
        "pdf-sign-in": QCoreApplication.translate("export_dialog", "sign-in sheet"),
        "pdf-labels": QCoreApplication.translate("export_dialog", "mailing labels"),
        "subject-access-pdf": QCoreApplication.translate("export_dialog", "subject access (PDF)"),
        "subject-access": QCoreApplication.translate("export_dialog", "subject access"),
        "subject-access-json": QCoreApplication.translate("export_dialog", "subject access (JSON)"),
    }
    return QCoreApplication.translate("Export", words.get(kind, kind.replace("-", " ")))


class ExportDialog(QDialog):
    """``exported`` carries what was written after a successful export."""

    exported = Signal(object)

    def __init__(self, runner: TaskRunner, session: Session, parent: QWidget | None = None,
                 query: MemberQuery | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = session
        self.query = query or MemberQuery()
        self.result: Exported | None = None
        self.setWindowTitle(self.tr("Export members"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.scope = QLabel(self)
        self.scope.setWordWrap(True)
        layout.addWidget(self.scope)
        form = QFormLayout()
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        for key, text in FORMATS.items():
            self.format.addItem(QCoreApplication.translate("export_dialog", text), key)
        form.addRow(self.tr("Format:"), self.format)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Export to file"))
        self.path.setPlaceholderText(self.tr("Where to save the file"))
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("File:"), row)
        layout.addLayout(form)
        self.columns_label = QLabel(self.tr("Columns:"), self)
        layout.addWidget(self.columns_label)
        self.columns = QListWidget(self)
        self.columns.setAccessibleName(self.tr("Columns to export"))
        layout.addWidget(self.columns, 1)
        self.warning = QLabel(QCoreApplication.translate("exporter", UNENCRYPTED_WARNING), self)
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "warning")
        self.warning.setAccessibleName(self.tr("Warning"))
        layout.addWidget(self.warning)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export result"))
        layout.addWidget(self.status)
        self.log = QLabel(self)
        self.log.setWordWrap(True)
        self.log.setTextFormat(Qt.TextFormat.PlainText)
        self.log.setAccessibleName(self.tr("Recent exports"))
        layout.addWidget(self.log)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.browse_button.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumSize(ch(self, 60), em(self, 28))
        self._load()

    def _load(self) -> None:
        session, query = self.session, self.query

        def job():
            return (session.branch.count_members(query), available_columns(session),
                    export_log(session)[:5])

        self.runner.run(job, self._loaded, self._show_error, owner=self)

    def _loaded(self, data) -> None:
        count, columns, log = data
        self.scope.setText(
            self.tr("{count} members in the current list will be exported.").format(
                count=formats.number(count))
        )
        self.columns.clear()
        for name in columns:
            item = QListWidgetItem(value_words.field(name), self.columns)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in DEFAULT_COLUMNS
                               else Qt.CheckState.Unchecked)
        self._show_log(log)

    def _show_log(self, log: list[ExportLogEntry]) -> None:
        lines = [self.tr("{time} · {device} · {kind} · {rows} rows · {file}").format(
                     time=formats.date_text(e.at), device=e.device, kind=kind_words(e.kind),
                     rows=formats.number(e.rows), file=Path(e.target).name) for e in log]
        self.log.setText(self.tr("Recent exports:") + "\n" + "\n".join(lines) if lines
                         else "")

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        self.columns.setEnabled(fmt != "pdf")
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix("." + fmt)))

    def _browse(self) -> None:
        fmt = self.format.currentData()
        chosen = save_path(self, self.tr("Export members"), f"members.{fmt}",
                           fmt if fmt in ("csv", "xlsx", "pdf") else "csv")
        if chosen is not None:
            self.path.setText(str(chosen))

    def chosen_columns(self) -> list[str]:
        return [self.columns.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.CheckState.Checked]

    def set_columns(self, names: list[str]) -> None:
        for i in range(self.columns.count()):
            item = self.columns.item(i)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in names
                               else Qt.CheckState.Unchecked)

    def start_export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.error.show_message(self.tr("Choose where to save the file."))
            return
        fmt = self.format.currentData()
        columns = self.chosen_columns()
        if fmt != "pdf" and not columns:
            self.error.show_message(self.tr("Choose at least one column."))
            return
        self.error.clear_message()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        session, query, path = self.session, self.query, Path(text)

        def job() -> tuple[Exported, list[ExportLogEntry]]:
            result = export_list(session, path, fmt, query, columns, labels=True)
            return result, export_log(session)[:5]

        self.runner.run(job, self._done, self._failed, owner=self)

    def _done(self, data) -> None:
        self.result, log = data
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("Exported {rows} members to {path}. It is not encrypted.").format(
                rows=formats.number(self.result.rows), path=self.result.path
            )
        )
        self._show_log(log)
        self.exported.emit(self.result)

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.clear()
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        self.error.show_message(human_message(error))
