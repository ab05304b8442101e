"""The main window: navigation, toolbar (search, new member, lock), and the pages."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from sync.ops import Session
from sync.records import Branch, Campaign, Workplace

from . import formats, icons
from .dialogs.preferences import PreferencesDialog, apply_look
from .dialogs.print_dialog import close_print_dialogs
from .i18n import installed_language, resolve
from .main_toolbar import MainToolbar
from .settings import Settings
from .style import stylesheet
from .tasks import TaskRunner
from .views.list_pages import CampaignsPage, ListPage, MeetingsPage, TasksPage, WorkplacesPage
from .views.members_page import MembersPage
from .views.organising_page import OrganisingWorkplacesPage
from .views.sync_centre import SyncCentre
from .widgets import BusyBar, ch, em

#: the sections: (title, icon, key); the members page first
PAGES = (
    (QT_TRANSLATE_NOOP("main_window", "Members"), "members", "members"),
    (QT_TRANSLATE_NOOP("main_window", "Workplaces"), "workplace", "workplaces"),
    (QT_TRANSLATE_NOOP("main_window", "Campaigns"), "campaign", "campaigns"),
    (QT_TRANSLATE_NOOP("main_window", "Tasks"), "tasks", "tasks"),
    (QT_TRANSLATE_NOOP("main_window", "Meetings"), "meetings", "meetings"),
    (QT_TRANSLATE_NOOP("main_window", "Sync"), "sync", "sync"),
)
LIST_PAGES = ("workplaces", "campaigns", "tasks", "meetings")


@dataclass
class Overview:
    branch_name: str
    device_name: str
    workplaces: list[Workplace]
    tags: list[tuple[str, int]]
    campaigns: list[Campaign]


def load_overview(branch: Branch) -> Overview:
    """Runs on the worker: the branch's name and the filters' reference data."""
    return Overview(branch.name, branch.device_name, branch.list_workplaces(),
                    branch.all_tags(), branch.list_campaigns())


class MainWindow(QMainWindow):
    lock_requested = Signal()
    #: the user closes the demo (Vault menu)
    close_demo_requested = Signal()
    #: the preferences were changed (the app re-reads the auto-lock minutes)
    preferences_changed = Signal()
    #: the preferences chose another language (the app installs it and rebuilds this window)
    language_changed = Signal()

    def __init__(self, session: Session, runner: TaskRunner, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = session
        self._device_name = ""  # this laptop's name, once the overview is loaded
        self.runner = runner
        self.settings = settings
        self.setObjectName("main_window")
        self.setWindowTitle("Caucus")
        self.setWindowIcon(icons.icon("app"))

        self.stack = QStackedWidget(self)
        self.members = MembersPage(runner, self.stack)
        self.members.panel.clipboard.seconds = settings.clipboard_clear_seconds
        # The member list's first query goes to the worker now, so it runs while the
        # rest of the window is built (after the saved column order and sort).
        self._restore_members_layout()
        self.members.set_session(session)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(stylesheet())
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setIconSize(QSize(em(self, 1.3), em(self, 1.3)))
        # The members page is built now; the others once its list has shown (or when
        # first used): building them all first cost ~250 ms before the first paint.
        self._built: dict[str, QWidget] = {"members": self.members}
        self._overview_due = False
        for title, icon_name, key in PAGES:
            QListWidgetItem(icons.icon(icon_name),
                            QCoreApplication.translate("main_window", title), self.nav)
            self.stack.addWidget(self.members if key == "members" else QWidget(self.stack))
        # as wide as its longest title in this language (Spanish and German run long),
        # in the bold a selected title may take, within reason
        bold = QFont(self.nav.font())
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(self.nav.item(i).text())
                     for i in range(self.nav.count()))
        room = widest + self.nav.iconSize().width() + em(self, 2.2)
        self.nav.setFixedWidth(min(max(ch(self, 20), room), ch(self, 34)))
        self.nav.currentRowChanged.connect(self._show_page)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, em(self, 0.4), 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_toolbar()
        self._build_status()

        self.members.message.connect(self.show_message)
        self.members.search_text_set.connect(self._show_search_text)
        self.members.panel.changed.connect(self._records_changed)
        self.members.model.refreshed.connect(self._members_shown)
        self.members.model.failed.connect(self._members_shown)
        self.runner.busy_changed.connect(self.busy.set_busy)
        self.runner.failed.connect(self.show_message)
        self.nav.setCurrentRow(0)
        self.resize(ch(self, 150), em(self, 38))
        self.restore_layout()
        self._load_rest()
        if 0 < settings.last_page < len(PAGES):  # back where the user was when it locked
            self.nav.setCurrentRow(settings.last_page)

    # -- pages ----------------------------------------------------------------------
    def _page(self, key: str) -> QWidget:
        """The page for ``key`` (see :data:`PAGES`), built and loaded on first use."""
        page = self._built.get(key)
        if page is not None:
            return page
        runner = self.runner
        if key == "workplaces":
            page = OrganisingWorkplacesPage(runner, self.stack)
            page.changed.connect(self._reference_changed)
            page.open_workplace.connect(self._open_workplace)
            page.open_member.connect(self.open_member)
        elif key == "campaigns":
            page = CampaignsPage(runner, self.stack)
            page.changed.connect(self._reference_changed)
        elif key == "tasks":
            page = TasksPage(runner, self.stack)
            page.my_name = self.settings.my_name or self._device_name
            page.open_member.connect(self.open_member)
        elif key == "meetings":
            page = MeetingsPage(runner, self.stack)
        else:
            page = SyncCentre(runner, self.settings, self.stack)
            page.changed.connect(self._synced)
            page.message.connect(self.show_message)
            page.conflicts_changed.connect(self._conflicts_changed)
        index = self._index(key)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._built[key] = page
        if self.session is not None:
            self._attach(page)
            page.reload()
        return page

    def _attach(self, page) -> None:
        """Give a page the open session."""
        page.set_session(self.session)

    @staticmethod
    def _index(key: str) -> int:
        return [k for _t, _i, k in PAGES].index(key)

    def _built_pages(self, *keys: str) -> list:
        return [self._built[k] for k in keys if k in self._built]

    def _members_shown(self, *_: object) -> None:
        """The member list is on screen: the overview (filters' reference data) and the
        other pages come next, after this paint."""
        if self._overview_due:
            self._overview_due = False
            self._reference_changed()
            branch = self.branch
            if branch is not None:  # then, while nothing waits, what searches read
                self.runner.trickle(branch.search_warmup(), owner=self)
        if len(self._built) < len(PAGES):
            QTimer.singleShot(0, self, self.build_pages)  # not after the window is gone

    def build_pages(self) -> None:
        if self.session is not None:
            for _title, _icon, key in PAGES:
                self._page(key)

    @property
    def workplaces(self) -> WorkplacesPage:
        return self._page("workplaces")

    @property
    def campaigns(self) -> CampaignsPage:
        return self._page("campaigns")

    @property
    def tasks(self) -> TasksPage:
        return self._page("tasks")

    @property
    def meetings(self) -> MeetingsPage:
        return self._page("meetings")

    @property
    def sync(self) -> SyncCentre:
        return self._page("sync")

    # -- building -------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = MainToolbar(self, [QCoreApplication.translate("main_window", t)
                                 for t, _i, _k in PAGES])
        self.toolbar, self.search = bar, bar.search
        self.find_action, self.new_action = bar.find_action, bar.new_action
        self.sync_action, self.lock_action = bar.sync_action, bar.lock_action
        self.preferences_action, self.page_actions = bar.preferences_action, bar.page_actions
        self.data_menu, self.vault_menu = bar.data_menu, bar.vault_menu
        # the list's own actions, also reachable from the window (and their shortcuts)
        self.import_action, self.export_action = (self.data_menu.import_action,
                                                  self.data_menu.export_action)
        self.print_action, self.labels_action = (self.data_menu.print_action,
                                                 self.data_menu.labels_action)
        self.merge_action = self.data_menu.merge_action

    def open_preferences(self) -> None:

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.preferences_saved)
        dialog.open()

    def preferences_saved(self) -> None:
        self.members.panel.clipboard.seconds = self.settings.clipboard_clear_seconds
        if "tasks" in self._built:
            self.tasks.my_name = self.settings.my_name or self._device_name
            self.tasks.reload()
        apply_look(self.settings)
        self.preferences_changed.emit()
        if resolve(self.settings.language) != installed_language():
            self.language_changed.emit()

    def carry_over(self, old: MainWindow) -> None:
        """Show what ``old`` (this window in another language) showed: its page, its
        search and the member open in it."""
        if old.members.search_text:
            self.search.setText(old.members.search_text)
        member_id = old.members.panel.member_id
        if member_id is not None and not self.members.select_member(member_id):
            self.members.panel.show_member(member_id)
        self.nav.setCurrentRow(max(0, old.nav.currentRow()))

    def _build_status(self) -> None:
        status = self.statusBar()
        self.identity = QLabel(self)
        self.identity.setAccessibleName(self.tr("Branch and device"))
        self.busy = BusyBar(self, self.tr("Working"))
        self.busy.setMaximumWidth(ch(self, 14))
        status.addPermanentWidget(self.busy)
        status.addPermanentWidget(self.identity)

    # -- loading --------------------------------------------------------------------
    @property
    def branch(self) -> Branch | None:
        return self.session.branch if self.session else None

    def load(self) -> None:
        branch = self.branch
        if branch is None:
            return
        self.members.set_session(self.session)
        self._load_rest()

    def _load_rest(self) -> None:
        branch = self.branch
        if branch is None:
            return
        for page in self._built_pages(*LIST_PAGES, "sync"):
            self._attach(page)
            page.reload()
        self._overview_due = True  # after the member list: it waits for nothing else

    def list_pages(self) -> list[ListPage]:
        """The list pages built so far (the rest load when built)."""
        return self._built_pages(*LIST_PAGES)

    def _overview_loaded(self, overview: Overview) -> None:
        if self.session is None:
            return
        self.setWindowTitle(
            self.tr("{branch_name} — Caucus").format(branch_name=overview.branch_name)
        )
        self._device_name = overview.device_name
        if "tasks" in self._built:
            self.tasks.my_name = self.settings.my_name or overview.device_name
        self.identity.setText(overview.branch_name)
        self.identity.setToolTip(self.tr(
            "Branch {branch_name}; this laptop is {device_name}").format(
            branch_name=overview.branch_name, device_name=overview.device_name))
        self.members.set_reference(overview.workplaces, overview.tags)
        self.members.panel.set_campaigns(overview.campaigns)

    def _reference_changed(self) -> None:
        branch = self.branch
        if branch is not None:
            self.runner.run(lambda: load_overview(branch), self._overview_loaded, owner=self)

    def _records_changed(self, _member_id: str) -> None:
        # A save can add tags or follow-up tasks, and move members between workplaces.
        self._reference_changed()
        for page in self._built_pages("tasks", "workplaces"):
            page.reload()
        for page in self._built_pages("sync"):
            page.local_change()

    def _synced(self) -> None:
        """A sync or a conflict decision changed records: every view reloads."""
        if self.session is None:
            return
        self.members.model.refresh(forget_rows=True)
        self.members.panel.reload()
        for page in self.list_pages():
            page.reload()
        self._reference_changed()

    def _conflicts_changed(self, count: int) -> None:
        item = self.nav.item(self._index("sync"))
        if item is not None:
            item.setText(
                self.tr("Sync ({count})").format(count=formats.number(count)) if count
                else self.tr("Sync")
            )
            item.setToolTip(
                self.tr("{count} conflicts need a decision").format(
                    count=formats.number(count)) if count else ""
            )

    # -- actions --------------------------------------------------------------------
    def show_sync_page(self) -> None:
        self.nav.setCurrentRow(self._index("sync"))

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.stack.setCurrentWidget(self._page(PAGES[row][2]))

    def go_to_page(self, row: int) -> None:
        """Ctrl+1…6: that page, with the keyboard focus in it."""
        self.nav.setCurrentRow(row)
        page = self.stack.currentWidget()
        if page is not None:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            page.focusNextChild()

    def show_members_page(self) -> None:
        self.nav.setCurrentRow(0)

    def focus_search(self) -> None:
        self.show_members_page()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def search_changed(self, text: str) -> None:
        if self.stack.currentWidget() is not self.members:
            self.show_members_page()
        self.members.set_search(text)

    def _show_search_text(self, text: str) -> None:
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)

    def new_member(self) -> None:
        if self.session is None:
            return
        self.show_members_page()
        self.members.new_member()

    def open_member(self, member_id: str) -> None:
        self.show_members_page()
        if not self.members.select_member(member_id):
            self.members.panel.show_member(member_id)

    def _open_workplace(self, workplace_id: str) -> None:
        self.show_members_page()
        self.members.show_workplace(workplace_id)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- locking --------------------------------------------------------------------
    def clear(self) -> None:
        """Empty every model and panel: after this no member data is on screen."""
        self.session = None
        close_print_dialogs(self)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.members.clear()
        for page in self._built_pages(*LIST_PAGES, "sync"):
            page.clear()
        self.identity.clear()
        self.statusBar().clearMessage()
        self.setWindowTitle("Caucus")

    # -- layout ---------------------------------------------------------------------
    def save_layout(self) -> None:
        self.settings.last_page = max(0, self.nav.currentRow())
        self.settings.set_state("main/geometry", self.saveGeometry())
        self.settings.set_state("main/state", self.saveState())
        self.settings.set_state("main/splitter", self.members.splitter.saveState())
        self.settings.set_state("main/members_header",
                                self.members.table.horizontalHeader().saveState())
        self.settings.sync()

    def restore_layout(self) -> None:
        """The window's geometry and toolbars (the members page's own layout is restored
        before its first query: see ``__init__``)."""
        if (geometry := self.settings.state("main/geometry")) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.state("main/state")) is not None:
            self.restoreState(state)

    def _restore_members_layout(self) -> None:
        if (splitter := self.settings.state("main/splitter")) is not None:
            self.members.splitter.restoreState(splitter)
        if (header := self.settings.state("main/members_header")) is not None:
            self.members.table.horizontalHeader().restoreState(header)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_layout()
        super().closeEvent(event)
