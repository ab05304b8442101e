"""Printing from the desktop: the member list and labels (Data menu), a meeting's
sign-in sheet, and a member's subject-access export — over a real vault with the real
worker thread, read back with ``pdftotext`` and checked in the export log.

Only Qt's own file dialog is patched (to answer with a path in tmp)."""

from __future__ import annotations

import json
import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog

from desktop.dialogs.export_dialog import ExportDialog
from desktop.dialogs.print_dialog import PrintDialog
from sync.exchange import exporter

from .helpers import LEFT, wait_idle


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True, timeout=30).stdout


@pytest.fixture
def people(branch):
    """Four members (two at the depot; one not to be posted to; one prospect), a
    meeting Ana attended and a conversation with Ana."""
    depot = branch.add_workplace("Central Depot", employer="City Buses")
    ids = {
        "ana": branch.add_member(first_name="Ana", last_name="Lopez", membership_no="1001",
                                 emails=["ana@example.org"], workplace_id=depot,
                                 address="12 High Street, Northside", postcode="N1 2AB",
                                 tags=["steward"]),
        "ben": branch.add_member(first_name="Ben", last_name="Okafor", membership_no="1002",
                                 workplace_id=depot, address="3 Mill Lane",
                                 postcode="N4 7XY"),
        "chloe": branch.add_member(first_name="Chloe", last_name="Smith",
                                   address="9 Quay Road", postcode="N9 1ZZ",
                                   do_not_post=True),
        "dev": branch.add_member(first_name="Dev", last_name="Patel", status="prospect"),
    }
    ids["depot"] = depot
    ids["agm"] = branch.add_meeting("Spring AGM", date="2024-04-01",
                                    location="Community Hall", quorum=3)
    branch.set_attendance(ids["agm"], ids["ana"], "attended")
    branch.add_note("Spoke at the depot gate about the night rota", member_id=ids["ana"],
                    method="in_person")
    return ids


@pytest.fixture
def save_as(monkeypatch):
    """Answer Qt's save dialog with the given path; records each call's caption."""
    calls: list[str] = []
    answer: dict[str, Path] = {}

    def fake(_parent, caption, _start, _filter):
        calls.append(caption)
        return str(answer["path"]), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))

    def set_path(path: Path) -> list[str]:
        answer["path"] = path
        return calls

    return set_path


def finished_dialog(qtbot, parent) -> PrintDialog:
    """The print window ``parent`` opened, once its job has ended."""
    qtbot.waitUntil(lambda: bool(parent.findChildren(PrintDialog)), timeout=5000)
    dialog = parent.findChildren(PrintDialog)[-1]
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    return dialog


def newest_log(branch, n: int) -> list[tuple[str, int, str]]:
    return [(e.kind, e.rows, e.target) for e in exporter.export_log(branch)[:n]]


class UrlCatcher(QObject):
    """Qt's hook for a URL scheme (QDesktopServices.setUrlHandler): records what the
    Open button asks the system to open, instead of starting a PDF viewer."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_print_member_list_prints_the_list_as_shown(qtbot, open_window, branch, people,
                                                    save_as, tmp_path):
    window = open_window(branch)
    actions = {a.text(): a for a in window.data_menu.actions()}
    assert actions["Print member list…"] is window.print_action
    assert window.print_action.shortcut() == QKeySequence("Ctrl+P")
    assert window.print_action in window.actions()  # the shortcut works with the menu shut

    # the page filtered to the depot, sorted by name Z–A
    members = window.members
    qtbot.waitUntil(lambda: members.workplace.findData(people["depot"]) >= 0, timeout=5000)
    members.workplace.setCurrentIndex(members.workplace.findData(people["depot"]))
    members.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: members.model.query.workplace_id == people["depot"]
                    and members.model.descending and members.model.rowCount() == 2,
                    timeout=5000)
    wait_idle(qtbot, window.runner)

    out = tmp_path / "depot list.pdf"
    captions = save_as(out)
    window.print_action.trigger()
    dialog = finished_dialog(qtbot, window)
    assert captions == ["Save the member list as a PDF"]
    assert dialog.error.isHidden(), dialog.error.text()
    assert dialog.warning.text() == exporter.UNENCRYPTED_WARNING
    assert "2 members" in dialog.status.text() and str(out) in dialog.status.text()
    text = pdf_text(out)
    assert "Member list" in text and "Northside Tenants" in text
    assert "2 members · Central Depot" in text  # the filter, named
    assert "Central Depot" in text and "1001" in text and "ana@example.org" in text
    assert "Smith" not in text and "Patel" not in text
    assert text.index("Okafor") < text.index("Lopez")  # the page's order
    assert newest_log(branch, 1) == [("pdf-member-list", 2, str(out.resolve()))]

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        assert dialog.open_button.isVisible()
        qtbot.mouseClick(dialog.open_button, LEFT)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert catcher.urls == [QUrl.fromLocalFile(str(out))]
    dialog.reject()


def test_print_mailing_labels_for_those_who_may_be_posted_to(qtbot, open_window, branch,
                                                             people, save_as, tmp_path):
    window = open_window(branch)
    out = tmp_path / "labels"  # no suffix: .pdf is added
    save_as(out)
    next(a for a in window.data_menu.actions() if a.text() == "Print mailing labels…").trigger()
    dialog = finished_dialog(qtbot, window)
    written = tmp_path / "labels.pdf"
    assert dialog.written is not None and dialog.written.paths == [written]
    assert "2 labels" in dialog.status.text() and "2 members" in dialog.status.text()
    text = pdf_text(written)
    for expected in ("Ana Lopez", "12 High Street", "N1 2AB", "Ben Okafor", "3 Mill Lane"):
        assert expected in text
    assert "Chloe" not in text and "Quay Road" not in text and "Patel" not in text
    assert newest_log(branch, 1) == [("pdf-labels", 2, str(written.resolve()))]
    dialog.reject()


def test_sign_in_sheet_for_the_selected_meeting(qtbot, open_window, branch, people, save_as,
                                                tmp_path):
    window = open_window(branch)
    window.nav.setCurrentRow(window.stack.indexOf(window.meetings))
    meetings = window.meetings
    qtbot.waitUntil(lambda: meetings.model.rowCount() == 1, timeout=5000)
    meetings.table.selectRow(0)
    panel = meetings.attendance
    qtbot.waitUntil(lambda: panel.meeting is not None and panel.print_button.isEnabled(),
                    timeout=5000)
    out = tmp_path / "agm.pdf"
    captions = save_as(out)
    qtbot.mouseClick(panel.print_button, LEFT)
    dialog = finished_dialog(qtbot, panel)
    assert captions == ["Save the sign-in sheet as a PDF"]
    assert "3 names" in dialog.status.text()
    text = pdf_text(out)
    assert "Sign-in: Spring AGM" in text and "Community Hall" in text and "quorum 3" in text
    for name in ("Lopez, Ana", "Okafor, Ben", "Smith, Chloe"):  # the current members
        assert name in text
    assert "Patel" not in text  # a prospect
    assert "Signature" in text
    assert newest_log(branch, 1) == [("pdf-sign-in", 3, str(out.resolve()))]
    dialog.reject()


def test_subject_access_export_from_the_member_panel(qtbot, open_window, branch, people,
                                                     save_as, tmp_path):
    window = open_window(branch)
    panel = window.members.panel
    assert window.members.select_member(people["ana"])
    qtbot.waitUntil(lambda: panel.member is not None and panel.member.id == people["ana"],
                    timeout=5000)
    assert panel.export_button.isVisible()
    assert panel.export_button.accessibleName() == "Export everything about this member"
    save_as(tmp_path / "ana.json")
    qtbot.mouseClick(panel.export_button, LEFT)
    dialog = finished_dialog(qtbot, panel)
    assert "Neither file is encrypted." in dialog.intro.text()
    assert dialog.warning.text() == exporter.UNENCRYPTED_WARNING
    json_path, pdf_path = tmp_path / "ana.json", tmp_path / "ana.pdf"
    assert dialog.written is not None and dialog.written.paths == [pdf_path, json_path]
    assert "Ana Lopez" in dialog.status.text()

    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["member"]["id"] == people["ana"]
    assert data["member"]["postcode"] == "N1 2AB"
    assert [n["text"] for n in data["notes"]] == ["Spoke at the depot gate about the night rota"]
    assert [(a["meeting_title"], a["status"]) for a in data["attendance"]] == [
        ("Spring AGM", "attended")]
    assert [t["tag"] for t in data["tags"]] == ["steward"]
    text = pdf_text(pdf_path)
    assert "Personal data held about Ana Lopez" in text
    assert "night rota" in text and "Spring AGM" in text and "attended" in text
    assert "Smith" not in text and "Okafor" not in text
    assert newest_log(branch, 2) == [("subject-access-json", 1, str(json_path.resolve())),
                                     ("subject-access-pdf", 1, str(pdf_path.resolve()))]
    dialog.reject()

    # the export log, where the desktop shows it, lists them
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(ExportDialog)), timeout=5000)
    log = window.findChildren(ExportDialog)[-1].log
    qtbot.waitUntil(lambda: "subject access (PDF)" in log.text(), timeout=5000)
    assert "subject access (JSON) · 1 rows · ana.json" in log.text()
    assert "subject access (PDF) · 1 rows · ana.pdf" in log.text()
    window.findChildren(ExportDialog)[-1].reject()


def hold_worker(runner):
    """Keep the vault worker busy until the returned event is set (a job queued
    meanwhile starts only then)."""
    release = threading.Event()
    runner.run(lambda: release.wait(20))
    return release


def test_cancel_and_lock_stop_a_print_and_leave_no_file(qtbot, open_window, branch, people,
                                                        save_as, tmp_path):
    window = open_window(branch)
    out = tmp_path / "cancelled.pdf"
    save_as(out)
    release = hold_worker(window.runner)
    window.print_action.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(PrintDialog)), timeout=5000)
    dialog = window.findChildren(PrintDialog)[-1]
    assert dialog.running and dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert dialog.error.text() == "The export was cancelled; no file was written."
    assert dialog.written is None and not dialog.open_button.isVisible()
    assert not out.exists() and not list(tmp_path.glob(".cancelled.pdf.*"))
    assert exporter.export_log(branch) == []
    dialog.reject()

    # locking (the window clears) closes the print window and cancels its job
    release = hold_worker(window.runner)
    window.labels_action.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(PrintDialog)), timeout=5000)
    session = window.session
    window.clear()
    release.set()
    wait_idle(qtbot, window.runner)
    assert not any(d.isVisible() for d in window.findChildren(PrintDialog))
    assert not out.exists() and exporter.export_log(branch) == []
    window.runner.run(session.lock)  # the rest of what a lock does
    wait_idle(qtbot, window.runner)


def test_an_unwritable_folder_is_a_clear_error_and_logs_nothing(qtbot, open_window, branch,
                                                                people, save_as, tmp_path):
    window = open_window(branch)
    save_as(tmp_path / "no such folder" / "list.pdf")
    window.print_action.trigger()
    dialog = finished_dialog(qtbot, window)
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("The file could not be used")
    assert dialog.written is None and exporter.export_log(branch) == []
    dialog.reject()
