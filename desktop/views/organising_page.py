"""The Workplaces page, organising: every workplace's headcount, members and density
(members ÷ headcount), with the change since a chosen date, and the branch's; under the
list, the selected workplace's wall chart, its point people and the structure tests.

It is the workplace list of :mod:`.list_pages` with organising columns and a lower
half; the list's own behaviour (adding, details, listing a workplace's members) stays
as it is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QWidget,
)

from sync.ops import Session
from sync.ops import organising as org
from sync.records import Branch, Density, Figures, Workplace

from .. import formats
from ..flow import FlowLayout
from ..models.records import Column, attr
from ..report_text import REPORTS
from ..tasks import TaskRunner, human_message
from ..widgets import ScrollingTabs, ch, hint
from .list_pages import WorkplacesPage
from .point_people import PointPeopleTab
from .structure_tests import StructureTestsTab
from .wall_chart_tab import WallChartTab

#: the change is shown since this many days ago unless the user picks a date
DEFAULT_SINCE_DAYS = 90


@dataclass
class WorkplaceRow:
    """A workplace with its density now and on the chosen date."""

    workplace: Workplace
    density: Density

    def __getattr__(self, name: str) -> Any:  # the workplace's own fields
        return getattr(self.workplace, name)




def percent(value: float | None) -> str:
    return formats.percent(value)


def points(value: float | None) -> str:
    """A change of density in percentage points."""
    return formats.points(value)


def fetch_rows(branch: Branch, since: str | None) -> list[WorkplaceRow]:
    """Runs on the worker: the workplaces with their density now and then."""
    rows, _total = branch.density(since)
    places = {w.id: w for w in branch.list_workplaces()}
    return [WorkplaceRow(places[d.id], d) for d in rows if d.id in places]


def branch_line(rows: list[WorkplaceRow], since: str | None) -> str:
    """The branch's density over its workplaces with a headcount, in words."""
    now, then = Figures(), Figures()
    for row in rows:
        for total, figures in ((now, row.density.now), (then, row.density.then)):
            if figures is not None and figures.headcount:
                total.headcount = (total.headcount or 0) + figures.headcount
                total.members += figures.members
    if not now.headcount:
        return QCoreApplication.translate(
            "OrganisingWorkplacesPage",
            "No workplace has a headcount yet: record one on a unit or a workplace to see density.",
        )
    text = QCoreApplication.translate(
        "OrganisingWorkplacesPage",
        "Branch: {members} members of {people} people in the workplaces counted ({density}).",
    ).format(members=formats.number(now.members), people=formats.number(now.headcount),
             density=percent(now.density))
    if since and then.density is not None:
        text += " " + QCoreApplication.translate(
            "OrganisingWorkplacesPage", "{points} points since {date}."
        ).format(points=points(now.density - then.density), date=formats.date_text(since))
    return text


class OrganisingWorkplacesPage(WorkplacesPage):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Workplace"), attr("name")),
        Column(QT_TRANSLATE_NOOP("columns", "Employer"), attr("employer")),
        Column(
            QT_TRANSLATE_NOOP("columns", "Headcount"),
            lambda r: "" if r.density.headcount is None else r.density.headcount,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "People"), lambda r: r.density.now.people, align_right=True
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Members"), lambda r: r.density.members, align_right=True
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Density"),
            lambda r: percent(r.density.density),
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Change (points)"),
            lambda r: points(r.density.change),
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Covered"),
            lambda r: percent(r.density.now.coverage),
            align_right=True,
        ),
    )
    #: open this person (from the chart or a list)
    open_member = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.since = QDateEdit(QDate.currentDate().addDays(-DEFAULT_SINCE_DAYS), self)
        self.since.setCalendarPopup(True)
        self.since.setAccessibleName(self.tr("Show the change in density since"))
        self.since.setMaximumDate(QDate.currentDate())
        self.since.dateChanged.connect(lambda _d: self.reload())
        since_label = QLabel(self.tr("Change &since:"), self)
        since_label.setBuddy(self.since)
        self.import_button = QPushButton(self.tr("&Import headcounts…"), self)
        self.import_button.setAccessibleName(self.tr("Import units and headcounts"))
        self.import_button.setToolTip(self.tr(
            "A CSV or Excel sheet with columns workplace, unit, kind, headcount and counted "
            "on: missing units and workplaces are created"))
        self.import_button.clicked.connect(self.import_headcounts)
        self.branch_density = hint("", self)
        self.branch_density.setAccessibleName(self.tr("The branch's density"))
        self.import_note = hint("", self)
        self.import_note.setAccessibleName(self.tr("What the import did"))
        self.import_note.hide()
        self.tabs = ScrollingTabs(self)  # each tab scrolls in a short window
        self.chart = WallChartTab(runner, self.tabs)
        self.point_people = PointPeopleTab(runner, self.tabs)
        self.tests = StructureTestsTab(runner, self.tabs)
        self.tabs.addTab(self.chart, self.tr("&Wall chart"))
        self.tabs.addTab(self.point_people, self.tr("P&oint people"))
        self.tabs.addTab(self.tests, self.tr("Structure &tests"))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        page = self.layout()
        page.replaceWidget(self.table, self.splitter)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        controls = FlowLayout()  # wraps in a narrow window
        for widget in (since_label, self.since, self.import_button):
            controls.addWidget(widget)
        place = page.indexOf(self.splitter)
        page.insertLayout(place, controls)
        page.insertWidget(place + 1, self.branch_density)
        page.insertWidget(place + 2, self.import_note)
        self.table.setMinimumHeight(ch(self, 6))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._rows_shown)
        for tab in (self.chart, self.point_people):
            tab.open_member.connect(self.open_member)
            tab.changed.connect(self.reload)
        self.tests.changed.connect(self.chart.reload)

    def options(self) -> dict[str, Any]:
        return {"since": self.since.date().toString("yyyy-MM-dd")}

    def fetch(self, branch: Branch, **options: Any) -> list[WorkplaceRow]:
        return fetch_rows(branch, options.get("since"))

    def set_session(self, session: Session | None) -> None:
        super().set_session(session)
        for tab in (self.chart, self.point_people, self.tests):
            tab.set_session(session)

    def clear(self) -> None:
        super().clear()
        if hasattr(self, "tabs"):
            for tab in (self.chart, self.point_people, self.tests):
                tab.clear()
            self.branch_density.clear()
            self.import_note.clear()
            self.import_note.hide()

    def _rows_shown(self) -> None:
        rows = self.model.records
        self.branch_density.setText(branch_line(rows, self.options()["since"]))
        shown = self.chart.workplace_id
        wanted = next((n for n, r in enumerate(rows) if r.id == shown), 0 if rows else -1)
        if wanted >= 0:
            self.table.selectRow(wanted)
            if rows[wanted].id == shown:  # the same workplace: its figures again
                self.chart.reload()
                self.point_people.reload()
        else:
            self.show_workplace(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_workplace(self.model.record(current.row()).id)

    def show_workplace(self, workplace_id: str | None) -> None:
        for tab in (self.chart, self.point_people, self.tests):
            tab.show_workplace(workplace_id)

    def import_headcounts(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import units and headcounts"), str(Path.home()),
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Units and headcounts from a sheet (on the worker), then the list again."""
        session = self.session
        if session is None:
            return
        self.error.clear_message()

        def done(imported: org.HeadcountsImported) -> None:
            self.import_note.setText(REPORTS.headcount_summary(imported.result))
            self.import_note.show()
            self.reload()
            self.changed.emit()

        self.runner.run(lambda: org.import_units(session, path), done,
                        lambda e: self.error.show_message(human_message(e)), owner=self)

    def select_workplace(self, workplace_id: str) -> bool:
        for row, record in enumerate(self.model.records):
            if record.id == workplace_id:
                self.table.selectRow(row)
                return True
        return False
