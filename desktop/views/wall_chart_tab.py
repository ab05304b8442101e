"""The wall chart tab of the Workplaces page: a structure test to show on the cards,
what a click does (open the person, or record an answer in one click), printing the
chart as an A3 PDF, exporting it as a spreadsheet, and the chart itself.

Everything is read and written on the vault worker: the chart (``Branch.wall_chart``),
an answer (``Branch.set_response``), a move (``Branch.move_person``); the PDF and the
spreadsheet through :mod:`sync.ops.organising`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QScrollArea, QWidget

from sync.ops import organising as org
from sync.records import Action, Branch, Chart

from .. import formats
from ..dialogs.print_dialog import PrintDialog, ask_save_path
from ..flow import FlowLayout
from ..i18n import COUNTS, installed_language
from ..tasks import TaskRunner
from ..widgets import ch, hint
from .organising_tab import OrganisingTab, ask_spreadsheet_path, spreadsheet_path
from .wall_chart import ChartView


def load_chart(branch: Branch, workplace_id: str, action_id: str | None,
               ) -> tuple[Chart, list[Action]]:
    """Runs on the worker: the chart and the structure tests to choose from."""
    actions = [a for a in branch.list_actions() if a.workplace_id in (None, workplace_id)]
    if action_id not in {a.id for a in actions}:
        action_id = None
    return branch.wall_chart(workplace_id, action_id), actions


class WallChartTab(OrganisingTab):
    #: open this person in the members page
    open_member = Signal(str)
    #: the figures changed (an answer, a move): the page's list may show them
    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent,
                         QCoreApplication.translate("WallChartTab", "Wall chart error"))
        self.chart: Chart | None = None
        bar = FlowLayout()  # wraps in a narrow window
        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Structure test shown on the cards"))
        self.action.setMinimumContentsLength(14)
        self.action.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action.activated.connect(lambda _i: self.reload())
        self.click = QComboBox(self)
        self.click.setAccessibleName(self.tr("What a click on a card does"))
        for label, value in ((self.tr("A click opens the person"), None),
                             (self.tr("A click records yes"), "yes"),
                             (self.tr("A click records no"), "no"),
                             (self.tr("A click records undecided"), "asked_undecided")):
            self.click.addItem(label, value)
        self.click.currentIndexChanged.connect(self._click_mode)
        self.print_button = QPushButton(self.tr("&Print A3…"), self)
        self.print_button.setAccessibleName(self.tr("Print the wall chart"))
        self.print_button.clicked.connect(self.print_chart)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setAccessibleName(self.tr("Export the wall chart as a spreadsheet"))
        self.export_button.clicked.connect(self.export_chart)
        test_label = QLabel(self.tr("T&est:"), self)
        test_label.setBuddy(self.action)
        for widget in (test_label, self.action, self.click, self.print_button,
                       self.export_button):
            bar.addWidget(widget)
        self.body.addLayout(bar)
        self.legend = hint(self.tr(
            "Colour: assessment 5 (green) to 0 (red), white and dashed when not assessed; "
            "heavy border: member. L leader, S steward, P3 point person for 3. Red: no "
            "point person, or no conversation in 90 days. Keys: Y, N, U, 0 answer; M "
            "moves; Enter opens."), self)
        self.body.addWidget(self.legend)
        self.view = ChartView(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.view)
        self.scroll.setAccessibleName(self.tr("Wall chart"))
        self.scroll.setMinimumHeight(ch(self, 8))
        self.body.addWidget(self.scroll, 1)
        self.finish()
        self.view.opened.connect(self.open_member)
        self.view.answer_requested.connect(self.record_answer)
        self.view.move_requested.connect(self.move_person)
        self._enable()

    # -- state ---------------------------------------------------------------------------
    def clear(self) -> None:
        super().clear()
        self.chart = None
        self.view.set_chart(None)
        self.action.clear()
        self._enable()

    def _enable(self) -> None:
        on = self.chart is not None
        for widget in (self.print_button, self.export_button, self.action, self.click):
            widget.setEnabled(on)

    def _click_mode(self, _index: int) -> None:
        self.view.click_answer = self.click.currentData()

    def action_id(self) -> str | None:
        return self.action.currentData()

    def show_workplace(self, workplace_id: str | None) -> None:
        if workplace_id == self.workplace_id:
            return
        self.workplace_id = workplace_id
        if workplace_id is None:
            self.chart = None
            self.view.set_chart(None)
            self._enable()
            return
        self.reload()

    def reload(self) -> None:
        workplace_id, action_id = self.workplace_id, self.action_id()
        if workplace_id is not None:
            self.load(lambda s: load_chart(s.branch, workplace_id, action_id),
                      lambda got: self._loaded(*got))

    def _loaded(self, chart: Chart, actions: list[Action]) -> None:
        self.chart = chart
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("No structure test"), None)
        for action in actions:
            self.action.addItem(action.name, action.id)
        self.action.setCurrentIndex(max(0, self.action.findData(chart.action_id))
                                    if chart.action_id else 0)
        self.action.blockSignals(False)
        self.view.set_chart(chart)
        self._enable()

    # -- writes --------------------------------------------------------------------------
    def record_answer(self, person_id: str, answer: str) -> None:
        action_id = self.action_id()
        if action_id is None:
            self.error.show_message(self.tr("Choose a structure test above first."))
            return
        self.view.set_answer(person_id, answer)
        self.write(lambda s: s.branch.set_response(action_id, person_id, answer),
                   lambda _a: self._written())

    def move_person(self, person_id: str, unit_id: str) -> None:
        self.write(lambda s: s.branch.move_person(person_id, unit_id or None),
                   lambda _r: self._written())

    def _written(self) -> None:
        self.reload()
        self.changed.emit()

    # -- out of the vault --------------------------------------------------------------
    def print_chart(self) -> None:
        session, chart = self.session, self.chart
        if session is None or chart is None:
            return
        name = chart.workplace.name
        path = ask_save_path(self, self.tr("Print the wall chart"),
                             self.tr("Wall chart - {name}").format(name=name))
        if path is None:
            return
        workplace_id, action_id = chart.workplace.id, chart.action_id
        PrintDialog.run(self, self.runner, self.tr("Wall chart"), self.tr(
            "The wall chart of {name} on A3 pages for the meeting wall: a card per person. "
            "The PDF is not encrypted.").format(name=name),
            lambda progress, cancel: org.print_chart(session, workplace_id, path, action_id,
                                                     language=installed_language(),
                                                     progress=progress, cancel=cancel),
            lambda printed: self.tr("Wrote %n people on {pages} to {path}.", "",
                                    printed.rows).format(pages=COUNTS.pages(printed.pages),
                                                         path=printed.paths[0]))

    def export_chart(self) -> None:
        if self.chart is not None:
            path = ask_spreadsheet_path(self, self.tr("Export the wall chart"), self.tr(
                "Wall chart - {name}").format(name=self.chart.workplace.name))
            if path is not None:
                self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the chart as a spreadsheet (CSV unless the name ends .xlsx)."""
        chart = self.chart
        if chart is None:
            return
        path = spreadsheet_path(path)
        workplace_id, action_id = chart.workplace.id, chart.action_id
        self.write(lambda s: org.export_chart(s, workplace_id, path, action_id),
                   lambda done: self.status.setText(self.tr(
                       "Wrote {rows} people to {path}. The file is not encrypted.").format(
                       rows=formats.number(done.rows), path=done.path)))
