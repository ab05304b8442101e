"""Arrears and assessment filters, saved searches, attendance and quorum, clipboard."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QGuiApplication

from sync.records import MemberQuery

from .helpers import LEFT, wait_idle


def fill(branch) -> dict[str, str]:
    return {
        "ana": branch.add_member(first_name="Ana", last_name="Lopez", status="member",
                                 emails=["ana@example.org"], assessment=5,
                                 dues_paid_until="2020-01-31"),
        "ben": branch.add_member(first_name="Ben", last_name="Okafor", status="member",
                                 assessment=4, dues_paid_until="2099-12-31"),
        "chloe": branch.add_member(first_name="Chloe", last_name="Smith", status="member",
                                   assessment=2, dues_paid_until="2019-06-30"),
        "dev": branch.add_member(first_name="Dev", last_name="Patel", status="prospect"),
    }


def shown(page) -> set[str]:
    model = page.model
    return {model.data(model.index(row, 0)) for row in range(model.rowCount())}


def wait_count(qtbot, page, n: int) -> None:
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == n,
                    timeout=10000)


def test_arrears_assessment_filters_and_a_saved_search_round_trip(qtbot, branch, open_window):
    fill(branch)
    window = open_window(branch)
    page = window.members
    wait_count(qtbot, page, 4)

    # dues unpaid before 2021: Ana and Chloe
    page.extra.arrears_date.setDate(QDate(2021, 1, 1))
    page.extra.arrears.setChecked(True)
    wait_count(qtbot, page, 2)
    assert shown(page) == {"Ana Lopez", "Chloe Smith"}
    # … with an assessment of 4 or more: Ana only
    page.extra.assessment_min.setValue(4)
    wait_count(qtbot, page, 1)
    assert shown(page) == {"Ana Lopez"}

    page.saved.save_as("Strong but lapsed")
    qtbot.waitUntil(lambda: page.saved.names == ["Strong but lapsed"], timeout=10000)
    assert page.saved.combo.currentText() == "Strong but lapsed"
    wait_idle(qtbot, window.runner)
    [(name, query)] = branch.saved_searches()
    assert name == "Strong but lapsed"
    assert (query.arrears_before, query.assessment_min, query.assessment_max) == \
        ("2021-01-01", 4, None)

    # clear the filters, then pick the saved search: every filter comes back
    page.extra.reset()
    page.apply_filters()
    wait_count(qtbot, page, 4)
    assert not page.extra.arrears.isChecked()
    page.saved.choose("Strong but lapsed")
    wait_count(qtbot, page, 1)
    assert page.extra.arrears.isChecked()
    assert page.extra.arrears_date.date() == QDate(2021, 1, 1)
    assert page.extra.assessment_min.value() == 4
    assert page.query().arrears_before == "2021-01-01"

    # a search text is saved and restored into the toolbar's search field too
    window.search.setText("Ben")
    page.extra.reset()
    page.apply_filters()
    wait_count(qtbot, page, 1)
    page.saved.save_as("Ben")
    qtbot.waitUntil(lambda: page.saved.names == ["Ben", "Strong but lapsed"], timeout=10000)
    window.search.clear()
    wait_count(qtbot, page, 4)
    page.saved.choose("Ben")
    wait_count(qtbot, page, 1)
    assert window.search.text() == "Ben" and shown(page) == {"Ben Okafor"}

    # delete
    page.saved.choose("Strong but lapsed")
    qtbot.mouseClick(page.saved.delete_button, LEFT)
    qtbot.waitUntil(lambda: page.saved.names == ["Ben"], timeout=10000)
    wait_idle(qtbot, window.runner)
    assert [n for n, _q in branch.saved_searches()] == ["Ben"]
    assert isinstance(branch.saved_searches()[0][1], MemberQuery)


def test_attendance_with_a_live_quorum_count(qtbot, branch, open_window):
    ids = fill(branch)
    window = open_window(branch)
    window.nav.setCurrentRow(window.stack.indexOf(window.meetings))
    meetings = window.meetings
    title, date, location, quorum = meetings.inputs
    qtbot.keyClicks(title, "Branch AGM")
    qtbot.keyClicks(date, "2031-03-14")
    qtbot.keyClicks(location, "Union hall")
    qtbot.keyClicks(quorum, "2")
    qtbot.mouseClick(meetings.add_button, LEFT)
    qtbot.waitUntil(lambda: meetings.model.rowCount() == 1, timeout=10000)
    meetings.table.selectRow(0)
    panel = meetings.attendance
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=10000)
    assert "Quorum: 0 of 2 (2 more needed for quorum)" in panel.quorum.text()

    # type to find, Enter marks the first match attended
    qtbot.keyClicks(panel.search, "Ana")
    qtbot.waitUntil(lambda: [r.name for r in panel.model.rows] == ["Ana Lopez"], timeout=10000)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Quorum: 1 of 2" in panel.quorum.text(), timeout=10000)

    # type, Down into the list, A for attended
    panel.search.clear()
    qtbot.keyClicks(panel.search, "Okafor")
    qtbot.waitUntil(lambda: [r.name for r in panel.model.rows] == ["Ben Okafor"], timeout=10000)
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.table.hasFocus() or panel.table.currentIndex().row() == 0
    qtbot.keyClick(panel.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: "Quorum: 2 of 2 (quorate)" in panel.quorum.text(), timeout=10000)

    # P for apologies; a tick in the Absent column by mouse-equivalent setData
    panel.search.clear()
    qtbot.keyClicks(panel.search, "Chloe")
    qtbot.waitUntil(lambda: [r.name for r in panel.model.rows] == ["Chloe Smith"], timeout=10000)
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: "Apologies: 1" in panel.quorum.text(), timeout=10000)
    panel.search.clear()
    qtbot.keyClicks(panel.search, "Dev")
    qtbot.waitUntil(lambda: [r.name for r in panel.model.rows] == ["Dev Patel"], timeout=10000)
    panel.model.setData(panel.model.index(0, 3), Qt.CheckState.Checked,
                        Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: "Absent: 1" in panel.quorum.text(), timeout=10000)
    wait_idle(qtbot, window.runner)

    # the meetings list recounts, and the vault holds every mark
    meeting = meetings.model.record(0)
    assert (meeting.attended, meeting.apologies, meeting.absent, meeting.quorate) == \
        (2, 1, 1, True)
    marks = {mid: status for mid, _n, status in branch.attendance(meeting.id)}
    assert marks == {ids["ana"]: "attended", ids["ben"]: "attended",
                     ids["chloe"]: "apologies", ids["dev"]: "absent"}


def test_a_copied_contact_is_cleared_from_the_clipboard(qtbot, branch, open_window, settings):
    fill(branch)
    settings.clipboard_clear_seconds = 0.3
    window = open_window(branch)
    page = window.members
    wait_count(qtbot, page, 4)
    page.select_member(page.model.ids[0])  # Ana (sorted by name)
    panel = page.panel
    qtbot.waitUntil(lambda: panel.member is not None and panel.member.first_name == "Ana",
                    timeout=10000)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("something else")
    emails = panel.form.editors["emails"]
    emails.customContextMenuRequested.emit(QPoint(2, 2))
    menu = panel.copy_menu
    [copy] = [a for a in menu.actions() if a.text() == "Copy"]
    copy.trigger()
    menu.close()
    assert clipboard.text() == "ana@example.org"
    assert panel.clipboard.pending
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)

    # something copied since is left alone
    panel.copy_contact(emails)
    assert clipboard.text() == "ana@example.org"
    clipboard.setText("the user's own text")
    qtbot.waitUntil(lambda: not panel.clipboard.pending, timeout=5000)
    assert clipboard.text() == "the user's own text"

    # locking clears a copied detail at once
    panel.copy_contact(emails)
    window.clear()
    assert clipboard.text() == ""
