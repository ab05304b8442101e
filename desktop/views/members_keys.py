"""The members page's keyboard and its empty state.

:class:`ListKeys`: Tab leaves the member table (it never walks its cells), Enter or F2
edits the selected member, Ctrl+S (or Ctrl+Enter) saves, Esc cancels the edit,
Ctrl+Home/End go to the first/last member without scrolling sideways.
:class:`EmptyList`: what to do next when the list shows nobody.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..widgets import hint


class ListKeys(QObject):
    """Keyboard for a members page (``page``: its ``table``, ``model`` and ``panel``)."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        table = page.table
        table.setTabKeyNavigation(False)
        table.installEventFilter(self)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.shortcuts = []
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save),
                           ("Ctrl+Return", self.save), ("Ctrl+Enter", self.save),
                           ("Escape", self.cancel), ("F2", self.edit)):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def save(self) -> None:
        self.page.panel.save()

    def cancel(self) -> None:
        panel = self.page.panel
        if panel.editing:
            panel.cancel_editing()
            self.page.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def edit(self) -> None:
        panel = self.page.panel
        if panel.member is not None and not panel.editing:
            panel.start_editing()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & \
                Qt.KeyboardModifier.ControlModifier:
            self.edit()
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and mods & \
                Qt.KeyboardModifier.ControlModifier:
            model = self.page.model
            if model.rowCount():
                row = 0 if key == Qt.Key.Key_Home else model.rowCount() - 1
                index = model.index(row, 0)
                table = self.page.table
                table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                table.scrollTo(index)
                table.horizontalScrollBar().setValue(0)
            return True
        return False


class EmptyList(QWidget):
    """Shown instead of a blank table: how to add members, or how to see them again."""

    #: the user asked to clear the search and the filters
    clear_search = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text: QLabel = hint("", self)
        self.text.setAccessibleName(self.tr("What to do next"))
        self.clear_button = QPushButton(self.tr("C&lear the search and filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the search and filters"))
        self.clear_button.clicked.connect(self.clear_search)
        row.addWidget(self.text, 1)
        row.addWidget(self.clear_button)
        self.hide()

    def show_for(self, count: int, filtered: bool, search: str) -> None:
        """Say what to do next when ``count`` is 0 (hidden otherwise)."""
        if count:
            self.hide()
            return
        if filtered and search:
            self.text.setText(self.tr("No one matches “{search}”. Check the spelling, "
                                      "or clear the search.").format(search=search))
        elif filtered:
            self.text.setText(self.tr("No one matches these filters."))
        else:
            self.text.setText(self.tr("No members yet. Press New member (Ctrl+N) to add "
                                      "one, or bring in a spreadsheet with Data → Import."))
        self.clear_button.setVisible(filtered)
        self.show()
