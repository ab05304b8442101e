"""The import wizard's flagged rows: each value the engine repaired or flagged (its
``RowIssue``: the row as the preview numbers it, the column, the value in the file, what
was done), with a cell to type the right value before importing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from sync.ops import spreadsheets as sheets

from ..i18n import error_text

ACTION_WORDS = {
    "repaired": QT_TRANSLATE_NOOP("import_issues", "Repaired: stored as {value}"),
    "repairable": QT_TRANSLATE_NOOP(
        "import_issues", "Can be repaired to {value} (tick “Repair” above)"
    ),
    "kept aside": QT_TRANSLATE_NOOP("import_issues", "Kept aside on the person, to check"),
    "kept as typed": QT_TRANSLATE_NOOP("import_issues", "Kept as typed, to check"),
    "no name": QT_TRANSLATE_NOOP("import_issues", "Imported as “(no name)”"),
}
FIX = 4  # the column to type a fix in


class IssuesTable(QTableWidget):
    """Row, column, in the file, what was done, and your fix (typed)."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                        self.tr("In the file"), self.tr("What was done"),
                                        self.tr("Your fix (type to replace)")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Values to check"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.issues: list[Any] = []
        self.kept: dict[int, dict[str, Any]] = {}  # fixes from before the last check
        self.hide()

    def show_issues(self, plans: list[sheets.RowPlan], edits: dict[int, dict[str, Any]]
                    ) -> None:
        """Every repaired or flagged value of ``plans``; fixes typed before stay (also
        those that settled their issue, which is then no longer listed)."""
        self.kept = {row: dict(fixes) for row, fixes in edits.items()}
        self.issues = [issue for plan in plans for issue in plan.issues]
        self.setRowCount(len(self.issues))
        for i, issue in enumerate(self.issues):
            what = (QCoreApplication.translate("import_issues", ACTION_WORDS[issue.action])
                    if issue.action in ACTION_WORDS else issue.message).format(
                value=issue.value)
            cells = (str(issue.row), issue.column, issue.original, what)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(error_text(issue.message))
                self.setItem(i, column, item)
            fix = edits.get(issue.row, {}).get(issue.column)
            self.setItem(i, FIX, QTableWidgetItem("" if fix is None else str(fix)))
        self.resizeColumnsToContents()
        self.resizeRowsToContents()
        self.setVisible(bool(self.issues))

    def edits(self) -> dict[int, dict[str, Any]]:
        """The values typed as fixes: row number → column heading → value."""
        out = {row: dict(fixes) for row, fixes in self.kept.items()}
        for i, issue in enumerate(self.issues):
            item = self.item(i, FIX)
            text = item.text().strip() if item is not None else ""
            if text:
                out.setdefault(issue.row, {})[issue.column] = text
            else:
                out.get(issue.row, {}).pop(issue.column, None)
        return {row: fixes for row, fixes in out.items() if fixes}

    def set_fix(self, row: int, column: str, value: str) -> None:
        """Type ``value`` as the fix of the issue at ``row`` and ``column``."""
        for i, issue in enumerate(self.issues):
            if (issue.row, issue.column) == (row, column):
                self.item(i, FIX).setText(value)
                return
        raise KeyError((row, column))

    @property
    def repairable(self) -> int:
        return sum(1 for issue in self.issues if issue.action in ("repairable", "repaired"))
