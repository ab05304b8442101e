"""Import members from a spreadsheet: choose a file, check the column mapping on a
preview, decide about duplicates, then import in batches with progress and Cancel.

All file and vault work runs on the vault worker (:class:`~desktop.tasks.TaskRunner`);
the import reports progress through a Qt signal, so the bar moves on the UI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sync.ops import Cancel, Session
from sync.ops import spreadsheets as sheets

from .. import formats
from ..files import open_path
from ..i18n import COUNTS, error_text
from ..report_text import REPORTS
from ..tasks import TaskRunner, human_message
from ..value_words import field
from ..widgets import ErrorLabel, ch, em
from .import_duplicates import DuplicatesTable, add_decisions
from .import_issues import IssuesTable

IGNORE = QT_TRANSLATE_NOOP("import_wizard", "(do not import)")
SEPARATORS = {",": QT_TRANSLATE_NOOP("import_wizard", "its columns separated by commas"),
              ";": QT_TRANSLATE_NOOP("import_wizard", "its columns separated by semicolons"),
              "\t": QT_TRANSLATE_NOOP("import_wizard", "its columns separated by tabs"),
              "|": QT_TRANSLATE_NOOP("import_wizard", "its columns separated by bars")}


def file_words(preview: sheets.Preview) -> str:
    """What kind of file was read, in plain words ("A spreadsheet saved as text, its
    columns separated by semicolons, written by Windows"): no encodings, no jargon."""
    if preview.kind == "xlsx":
        return QCoreApplication.translate(
            "import_wizard", "Excel workbook (sheet “{sheet}”)"
        ).format(sheet=preview.sheet)
    separator = (
        QCoreApplication.translate("import_wizard", "with one column")
        if preview.delimiter is None
        else QCoreApplication.translate("import_wizard", SEPARATORS[preview.delimiter])
        if preview.delimiter in SEPARATORS
        else QCoreApplication.translate("import_wizard", "its columns separated by {separator}")
        .format(separator=repr(preview.delimiter))
    )
    text = QCoreApplication.translate(
        "import_wizard", "A spreadsheet saved as text (CSV), {separator}"
    ).format(separator=separator)
    encoding = (preview.encoding or "").lower().replace("_", "-")
    if encoding in ("cp1252", "windows-1252", "latin-1", "iso-8859-1"):
        text += QCoreApplication.translate(
            "import_wizard", ", written by an older Windows program (Windows-1252 letters)"
        )
    return text


TARGET_WORDS = {"emails": QT_TRANSLATE_NOOP("import_wizard", "Email(s)"),
                "phones": QT_TRANSLATE_NOOP("import_wizard", "Phone(s)"),
                "full_name": QT_TRANSLATE_NOOP("import_wizard", "Full name"),
                "workplace": QT_TRANSLATE_NOOP("import_wizard", "Workplace (name)"),
                "id": QT_TRANSLATE_NOOP("import_wizard", "Caucus id (match only)")}


def target_label(target: str) -> str:
    """A field the file's column can go to, in the user's language (the member form's
    label for the others)."""
    if target in TARGET_WORDS:
        return QCoreApplication.translate("import_wizard", TARGET_WORDS[target])
    return field(target)


def rows_words(preview: sheets.Preview) -> str:
    """How many rows the file holds and how many cannot be read, and the engine's reading
    notes."""
    if not preview.total_rows:
        return QCoreApplication.translate(
            "import_wizard", "The file has column headings but no rows of data; nothing to "
            "import.")
    text = COUNTS.rows_to_import(preview.total_rows)
    if preview.unreadable:
        text += " " + COUNTS.rows_unreadable(preview.unreadable)
    return " ".join([text, *map(error_text, preview.notes)])


class _Progress(QObject):
    """Carries the worker's progress calls to the UI thread."""

    changed = Signal(int, int)


class ImportWizard(QDialog):
    """The import dialog. ``imported`` is emitted with the result when an import ends."""

    imported = Signal(object)

    def __init__(self, runner: TaskRunner, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = session
        self.table: sheets.Table | None = None
        self.result: sheets.ImportResult | None = None
        self.plans: list[sheets.RowPlan] = []
        self._cancel = Cancel()
        self._progress = _Progress(self)
        self.setWindowTitle(self.tr("Import members"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        self.path.setAccessibleName(self.tr("File to import"))
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.read_button = QPushButton(self.tr("Read file"), self)
        row.addWidget(QLabel(self.tr("File:"), self))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.read_button)
        layout.addLayout(row)
        self.file_info = QLabel(self)
        self.file_info.setWordWrap(True)
        layout.addWidget(self.file_info)

        form = QFormLayout()
        self.saved = QComboBox(self)
        self.saved.setAccessibleName(self.tr("Saved mapping"))
        self.saved.addItem(self.tr("(guess from the headings)"), None)
        form.addRow(self.tr("Mapping:"), self.saved)
        save_row = QHBoxLayout()
        self.save_name = QLineEdit(self)
        self.save_name.setPlaceholderText(self.tr("Name to save this mapping under (optional)"))
        self.save_name.setAccessibleName(self.tr("Save mapping as"))
        self.save_button = QPushButton(self.tr("Save mapping"), self)
        save_row.addWidget(self.save_name, 1)
        save_row.addWidget(self.save_button)
        form.addRow("", save_row)
        layout.addLayout(form)

        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First value"), self.tr("Import as")]
        )
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setAccessibleName(self.tr("Column mapping"))
        layout.addWidget(self.mapping_table, 2)

        self.preview_model = QStandardItemModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setAccessibleName(self.tr("Preview of the first rows"))
        layout.addWidget(self.preview_view, 2)

        dup_row = QHBoxLayout()
        self.policy = QComboBox(self)
        self.policy.setAccessibleName(self.tr("When a row matches an existing member"))
        add_decisions(self.policy)
        self.check_button = QPushButton(self.tr("Check rows"), self)
        dup_row.addWidget(QLabel(self.tr("Rows matching an existing member:"), self))
        dup_row.addWidget(self.policy, 1)
        dup_row.addWidget(self.check_button)
        layout.addLayout(dup_row)
        self.duplicates = DuplicatesTable(self)
        layout.addWidget(self.duplicates, 1)
        self.repair = QCheckBox(self.tr("&Repair what spreadsheet programs damage: a lost "
                                        "leading 0, numbers shown as 4.47913E+11, dates "
                                        "shown as day numbers"), self)
        self.repair.setChecked(True)
        self.repair.setAccessibleName(self.tr("Repair damaged values"))
        self.repair.toggled.connect(lambda _on: self.check_rows() if self.plans else None)
        self.repair.hide()
        layout.addWidget(self.repair)
        self.issues = IssuesTable(self)
        layout.addWidget(self.issues, 2)

        self.progress = QProgressBar(self)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import result"))
        layout.addWidget(self.summary)
        self.rejected = QPlainTextEdit(self)
        self.rejected.setReadOnly(True)
        self.rejected.setAccessibleName(self.tr("Rows not imported"))
        self.rejected.setFixedHeight(em(self, 5))
        self.rejected.hide()
        layout.addWidget(self.rejected)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Stop import"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.hide()
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.save_button.setEnabled(False)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self._browse)
        self.read_button.clicked.connect(self.read_file)
        self.path.returnPressed.connect(self.read_file)
        self.saved.activated.connect(self._apply_saved)
        self.save_button.clicked.connect(self.save_mapping)
        self.check_button.clicked.connect(self.check_rows)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.buttons.rejected.connect(self.reject)
        self._progress.changed.connect(self._on_progress)
        self.setMinimumSize(min(ch(self, 60), 600), min(em(self, 24), 420))
        self._open_large()
        self._load_saved_names()

    def _open_large(self) -> None:
        """Open large: most of the screen, so the mapping and preview rows show whole."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.resize(max(self.minimumWidth(), min(ch(self, 140), area.width() * 9 // 10)),
                    max(self.minimumHeight(), min(em(self, 48), area.height() * 9 // 10)))

    # -- steps -----------------------------------------------------------------------
    def _browse(self) -> None:
        chosen = open_path(self, self.tr("Import members"), "spreadsheet")
        if chosen is not None:
            self.path.setText(str(chosen))
            self.read_file()

    def _load_saved_names(self) -> None:
        session = self.session
        self.runner.run(lambda: sheets.saved_mappings(session), self._show_saved_names,
                        self._show_error, owner=self)

    def _show_saved_names(self, names: list[str]) -> None:
        while self.saved.count() > 1:
            self.saved.removeItem(1)
        for name in names:
            self.saved.addItem(name, name)

    def read_file(self) -> None:
        path = Path(self.path.text().strip())
        if not str(path) or not self.path.text().strip():
            self.error.show_message(self.tr("Choose a file to import."))
            return
        self.error.clear_message()
        self.summary.clear()
        self.import_button.setEnabled(False)

        session = self.session

        def job() -> tuple[sheets.Table, sheets.Preview]:
            read = sheets.read_spreadsheet(session, path)
            return read.table, read.preview

        self.runner.run(job, self._show_preview, self._show_error, owner=self)

    def _show_preview(self, result: tuple[sheets.Table, sheets.Preview]) -> None:
        self.table, preview = result
        self.file_info.setText(self.tr("{kind}: {rows}").format(kind=file_words(preview),
                                                              rows=rows_words(preview)))
        self._fill_mapping(preview.headings, preview.rows[0] if preview.rows else [],
                           preview.mapping)
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels(preview.headings)
        for values in preview.rows:
            self.preview_model.appendRow([QStandardItem(v) for v in values])
        # numbered as the spreadsheet numbers them (headings are row 1), as messages are
        for i, number in enumerate(preview.row_numbers[:len(preview.rows)]):
            self.preview_model.setVerticalHeaderItem(i, QStandardItem(str(number)))
        has_rows = preview.total_rows > 0
        self.import_button.setEnabled(has_rows)
        self.check_button.setEnabled(has_rows)
        self.save_button.setEnabled(True)
        self.duplicates.hide()
        self.issues.show_issues([], {})
        self.repair.hide()
        self.plans = []

    def _fill_mapping(self, headings: list[str], first: list[str],
                      mapping: dict[str, str | None]) -> None:
        self.mapping_table.setRowCount(len(headings))
        for row, heading in enumerate(headings):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(heading))
            self.mapping_table.setItem(row, 1, QTableWidgetItem(
                first[row] if row < len(first) else ""))
            box = QComboBox(self.mapping_table)
            box.setAccessibleName(self.tr("Import {heading} as").format(heading=heading))
            box.addItem(QCoreApplication.translate("import_wizard", IGNORE), None)
            for target in sheets.TARGETS:
                box.addItem(target_label(target), target)
            box.addItem(
                self.tr("Custom field “{heading}”").format(heading=heading), f"custom.{heading}"
            )
            self._select(box, mapping.get(heading))
            self.mapping_table.setCellWidget(row, 2, box)

    @staticmethod
    def _select(box: QComboBox, target: str | None) -> None:
        index = box.findData(target)
        if index < 0 and target:
            box.addItem(
                QCoreApplication.translate("ImportWizard", "Custom field “{target}”").format(
                    target=target[7:]
                ),
                target,
            )
            index = box.count() - 1
        box.setCurrentIndex(max(index, 0))

    def mapping(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for row in range(self.mapping_table.rowCount()):
            heading = self.mapping_table.item(row, 0).text()
            box = self.mapping_table.cellWidget(row, 2)
            out[heading] = box.currentData() if isinstance(box, QComboBox) else None
        return out

    def set_target(self, heading: str, target: str | None) -> None:
        """Map one column (what choosing in its combo box does)."""
        for row in range(self.mapping_table.rowCount()):
            if self.mapping_table.item(row, 0).text() == heading:
                box = self.mapping_table.cellWidget(row, 2)
                self._select(box, target)
                return
        raise KeyError(heading)

    def _apply_saved(self) -> None:
        name = self.saved.currentData()
        if not name:
            return
        session = self.session
        self.runner.run(lambda: sheets.load_mapping(session, name), self._use_mapping,
                        self._show_error, owner=self)

    def _use_mapping(self, mapping: dict[str, str | None]) -> None:
        current = self.mapping()
        for heading, target in mapping.items():
            if heading in current:
                self.set_target(heading, target)

    def save_mapping(self) -> None:
        name = self.save_name.text().strip()
        if not name:
            self.error.show_message(self.tr("Give the mapping a name to save it under."))
            return
        mapping = self.mapping()
        session = self.session

        def job() -> list[str]:
            sheets.save_mapping(session, name, mapping)
            return sheets.saved_mappings(session)

        def done(names: list[str]) -> None:
            self._show_saved_names(names)
            self.saved.setCurrentIndex(self.saved.findData(name))
            self.summary.setText(
                QCoreApplication.translate("ImportWizard", "Saved the mapping as “{name}”.").format(
                    name=name
                )
            )

        self.runner.run(job, done, self._show_error, owner=self)

    def check_rows(self) -> None:
        if self.table is None:
            return
        table, mapping, session = self.table, self.mapping(), self.session
        repair, edits = self.repair.isChecked(), self.issues.edits()
        self.runner.run(lambda: sheets.plan_import(session, table, mapping, repair=repair,
                                                   edits=edits),
                        lambda plans: self._show_plan(plans, edits), self._show_error,
                        owner=self)

    def _show_plan(self, plans: list[sheets.RowPlan],
                   edits: dict[int, dict[str, Any]] | None = None) -> None:
        self.plans = plans
        dups = [p for p in plans if p.is_duplicate]
        bad = [p for p in plans if p.error]
        self.issues.show_issues(plans, edits or {})
        flagged = len({i.row for i in self.issues.issues if i.flagged})
        self.repair.setVisible(self.issues.repairable > 0 or not self.repair.isChecked())
        self.summary.setText(
            self.tr(
                "{rows} rows: {rejected} will be rejected, {matching} match existing "
                "members or earlier rows, {flagged} have values to check (below: type a "
                "fix, then Check rows again)."
            ).format(rows=formats.number(len(plans)), rejected=formats.number(len(bad)),
                     matching=formats.number(len(dups)),
                     flagged=formats.number(flagged))
        )
        self._show_rows([(p.row, p.error or "") for p in bad], [])
        self.duplicates.show_plans(dups)

    def overrides(self) -> dict[int, str]:
        return self.duplicates.overrides()

    def set_override(self, row: int, decision: str) -> None:
        self.duplicates.set_override(row, decision)

    def start_import(self) -> None:
        if self.table is None:
            return
        table, mapping, session = self.table, self.mapping(), self.session
        policy, overrides = self.policy.currentData(), self.overrides()
        repair, edits = self.repair.isChecked(), self.issues.edits()
        self._cancel = Cancel()
        progress = self._progress
        self.progress.setRange(0, len(table.rows))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.error.clear_message()
        self.summary.setText(self.tr("Importing…"))
        cancel = self._cancel

        def job() -> sheets.ImportResult:
            return sheets.import_spreadsheet(
                session, table, mapping, on_duplicate=policy, overrides=overrides,
                repair=repair, edits=edits,
                progress=lambda step: progress.changed.emit(step.done, step.total or 0),
                cancel=cancel).result

        self.runner.run(job, self._finished, self._failed, owner=self)

    def cancel_import(self) -> None:
        self._cancel.set()
        self.summary.setText(self.tr("Stopping after the current batch…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, result: sheets.ImportResult) -> None:
        self.result = result
        self.cancel_button.hide()
        self.progress.hide()
        self.summary.setText(" ".join([REPORTS.import_summary(result),
                                       *map(error_text, result.notes)]))
        self._show_rows(result.rejected, result.skipped)
        self.check_button.setEnabled(True)
        # done: importing the same file again would only find its rows as duplicates
        self.import_button.setEnabled(False)
        self.import_button.setToolTip(self.tr("Imported. Read a file again to import more."))
        self.imported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.cancel_button.hide()
        self.progress.hide()
        self.summary.clear()
        self.import_button.setEnabled(self.table is not None and bool(self.table.rows))
        self.check_button.setEnabled(self.table is not None)
        self._show_error(error)

    def _show_rows(self, rejected: list[tuple[int, str]],
                   skipped: list[tuple[int, str]]) -> None:
        """Every row not imported, in file order, with why."""
        rows = sorted(rejected + skipped)
        self.rejected.setPlainText("\n".join(
            self.tr("Row {row}: {why}").format(row=r, why=error_text(why)) for r, why in rows))
        self.rejected.setVisible(bool(rows))

    def _show_error(self, error: BaseException) -> None:
        self.error.show_message(human_message(error))

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._cancel.set()
        super().closeEvent(event)

    def reject(self) -> None:
        self._cancel.set()
        super().reject()
