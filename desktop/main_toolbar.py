"""The main window's toolbar: search, new member, the Data and Vault menus, Sync,
Preferences and Lock; and the window's keyboard shortcuts (Ctrl+F, Ctrl+N, Ctrl+1…6)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QToolBar, QWidget

from . import icons
from .data_menu import DataMenu
from .dialogs.preferences import page_shortcuts
from .vault_menu import VaultMenu
from .widgets import ch, em


class ToolbarWindow(Protocol):
    """What the toolbar needs of its window (the main window)."""

    lock_requested: Any

    def focus_search(self) -> None: ...
    def search_changed(self, text: str) -> None: ...
    def new_member(self) -> None: ...
    def show_sync_page(self) -> None: ...
    def open_preferences(self) -> None: ...
    def go_to_page(self, row: int) -> None: ...


class MainToolbar(QToolBar):
    """Built on ``window`` (a QMainWindow that is a :class:`ToolbarWindow`), with the
    titles of its pages (for their Ctrl+number shortcuts)."""

    def __init__(self, window: QMainWindow, page_titles: list[str]) -> None:
        super().__init__(self.tr("Main"), window)
        main: ToolbarWindow = window  # type: ignore[assignment]
        self.setObjectName("main_toolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(em(window, 1.2), em(window, 1.2)))
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names, contacts, notes  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search members"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(ch(window, 40))
        self.search.textChanged.connect(main.search_changed)
        self.addWidget(self.search)
        self.find_action = QAction(self.tr("Find"), window)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(main.focus_search)
        window.addAction(self.find_action)
        self.addSeparator()
        self.new_action = self._action("add", self.tr("New member"), main.new_member,
                                       self.tr("Add a member (Ctrl+N)"),
                                       QKeySequence.StandardKey.New)
        self.data_menu = DataMenu(window)
        self.data_menu.add_to(self)
        self.vault_menu = VaultMenu(window)
        self.vault_menu.add_to(self)
        spacer = QWidget(self)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding,
                             spacer.sizePolicy().Policy.Preferred)
        self.addWidget(spacer)
        self.sync_action = self._action(
            "sync", self.tr("Sync"), main.show_sync_page,
            self.tr("Sync by USB stick or at a meeting; devices, pairing and conflicts"))
        self.preferences_action = self._action(
            None, self.tr("Preferences"), main.open_preferences,
            self.tr("Language, when the vault locks itself, the clipboard"),
            QKeySequence.StandardKey.Preferences)
        self.lock_action = self._action("lock", self.tr("Lock"), main.lock_requested.emit,
                                        self.tr("Lock the vault now (Ctrl+L)"),
                                        QKeySequence("Ctrl+L"))
        self.page_actions = page_shortcuts(window, page_titles, main.go_to_page)

    def _action(self, icon: str | None, text: str, slot, tip: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        """A button of the bar, named for screen readers by its text."""
        action = QAction(icons.icon(icon), text, self.parent()) if icon else QAction(
            text, self.parent())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        widget = self.widgetForAction(action)
        if widget is not None:
            widget.setAccessibleName(text)
        return action
