"""The import wizard's rows that match an existing member (or an earlier row of the file):
the row, who it is in the file, whom it matches and why, and what to do with it (the
policy chosen above, or a decision for this row)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from sync.ops import spreadsheets as sheets

from ..i18n import error_text

DECISION_LABELS = {"skip": QT_TRANSLATE_NOOP("import_wizard", "Skip (keep the existing member)"),
                   "update": QT_TRANSLATE_NOOP("import_wizard", "Update the existing member"),
                   "create": QT_TRANSLATE_NOOP("import_wizard", "Create a new member anyway")}


def add_decisions(box: QComboBox) -> None:
    """The three decisions, in the user's language, with their keys as data."""
    for key, text in DECISION_LABELS.items():
        box.addItem(QCoreApplication.translate("import_wizard", text), key)


class DuplicatesTable(QTableWidget):
    """Row, in the file, same person as, do."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("In the file"), self.tr("Same person as"), self.tr("Do")]
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setAccessibleName(self.tr("Rows matching existing members"))
        self.hide()

    def show_plans(self, dups: list[sheets.RowPlan]) -> None:
        self.setRowCount(len(dups))
        for i, plan in enumerate(dups):
            #: {row} is a row number of the spreadsheet, {name} who is on it, {reason}
            #: why it is the same person (the engine's words)
            where = (self.tr("Row {row} of this file: {name} ({reason})")
                     if plan.duplicate_row else self.tr("{name} ({reason})"))
            self.setItem(i, 0, QTableWidgetItem(str(plan.row)))
            self.setItem(i, 1, QTableWidgetItem(plan.display_name))
            self.setItem(i, 2, QTableWidgetItem(where.format(
                row=plan.duplicate_row, name=plan.duplicate_name,
                reason=error_text(plan.duplicate_reason or ""))))
            box = QComboBox(self)
            box.setAccessibleName(self.tr("Row {row}").format(row=plan.row))
            box.addItem(self.tr("(as chosen above)"), None)
            add_decisions(box)
            self.setCellWidget(i, 3, box)
        self.setVisible(bool(dups))

    def overrides(self) -> dict[int, str]:
        out = {}
        for i in range(self.rowCount()):
            box = self.cellWidget(i, 3)
            if isinstance(box, QComboBox) and box.currentData():
                out[int(self.item(i, 0).text())] = box.currentData()
        return out

    def set_override(self, row: int, decision: str) -> None:
        for i in range(self.rowCount()):
            if int(self.item(i, 0).text()) == row:
                box = self.cellWidget(i, 3)
                box.setCurrentIndex(box.findData(decision))
                return
        raise KeyError(row)
