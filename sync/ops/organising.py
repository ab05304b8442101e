"""Organising's use cases beyond single writes: the wall chart and a point person's list
on paper, the chart and a structure test's results as spreadsheets, and headcounts from
a spreadsheet.

Reading the figures (``workplace_figures``, ``density``, ``wall_chart``, ``uncovered``,
``action_progress``…) and single writes (a unit, a headcount, a response, a move, a
point person, a relationship) go straight to the records API (``session.branch``), as
every other record's do. What is drawn or written here leaves the vault, so it is
logged in the export log, like every list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..exchange import exporter
from ..exchange import organising_docs as odocs
from ..exchange.importer.units import HeadcountResult, import_headcounts
from ..progress import Cancel, ProgressFn, ignore
from .changed import Area, Changes
from .documents import Printed, draw
from .session import Session
from .spreadsheets import Exported

__all__ = ["HeadcountResult", "HeadcountsImported", "export_chart", "export_results",
           "import_units", "print_chart", "print_point_list"]


def print_chart(session: Session, workplace: str, path: str | Path, action: str | None = None,
                *, language: str = "", progress: ProgressFn = ignore,
                cancel: Cancel | None = None) -> Printed:
    """A workplace's wall chart as an A3 PDF (by id, id prefix or name), with the answers
    to ``action`` (a structure test) on the cards when given."""
    branch = session.branch
    workplace_id = branch.resolve_id("workplace", workplace, "workplace")
    action_id = branch.resolve_action(action) if action else None
    path = Path(path)
    doc = odocs.chart_doc(branch, workplace_id, action_id)
    rows, pages = draw(session, doc, path, progress, cancel, language)
    return Printed([path], rows, pages)


def print_point_list(session: Session, point_person: str, path: str | Path, *,
                     language: str = "", progress: ProgressFn = ignore,
                     cancel: Cancel | None = None) -> Printed:
    """A point person's list: their people, with phones and the last conversation."""
    branch = session.branch
    member_id = branch.resolve_id("member", point_person, "member")
    path = Path(path)
    doc = odocs.point_list_doc(branch, member_id)
    rows, pages = draw(session, doc, path, progress, cancel, language)
    return Printed([path], rows, pages, name=branch.get_member(member_id).display_name)


def export_chart(session: Session, workplace: str, path: str | Path,
                 action: str | None = None, fmt: str | None = None) -> Exported:
    """The wall chart as a spreadsheet: a row per person (unit, status, assessment,
    marks, point person, last conversation, the answer to ``action``)."""
    branch = session.branch
    workplace_id = branch.resolve_id("workplace", workplace, "workplace")
    action_id = branch.resolve_action(action) if action else None
    chart = branch.wall_chart(workplace_id, action_id)
    done = exporter.export_rows(branch, path, odocs.CHART_COLUMNS, odocs.chart_rows(chart),
                                "chart", fmt)
    return Exported(Path(done.path), done.rows, done.columns, done.kind)


def export_results(session: Session, action: str, path: str | Path,
                   fmt: str | None = None) -> Exported:
    """A structure test's results: per workplace, then per unit against the threshold."""
    branch = session.branch
    action_id = branch.resolve_action(action)
    done = exporter.export_rows(branch, path, odocs.RESULT_COLUMNS,
                                odocs.result_rows(branch, action_id), "results", fmt)
    return Exported(Path(done.path), done.rows, done.columns, done.kind)


@dataclass
class HeadcountsImported:
    result: HeadcountResult
    changes: Changes


def import_units(session: Session, path: str | Path) -> HeadcountsImported:
    """Units and headcounts from a CSV or XLSX sheet (workplace, unit, kind, headcount,
    counted on), in one change set."""
    result = import_headcounts(session.branch, path)
    return HeadcountsImported(result, Changes.of(Area.ORGANISING, Area.WORKPLACES,
                                                 Area.CONFLICTS))
