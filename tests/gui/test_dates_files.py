"""Dates typed in the locale's format or as ISO (or picked); file dialogs that open
where the user last was and name their file types."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCalendarWidget, QFileDialog

from desktop.dates import DateField, iso_date
from desktop.files import open_path, remember, save_path


def test_dates_are_read_by_the_locale_and_by_iso(qtbot):
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert iso_date("31/12/2031") == "2031-12-31"
        assert iso_date("2031-12-31") == "2031-12-31"
        assert iso_date("someday") == "someday"  # the engine names what is wrong
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert iso_date("31.12.2031") == "2031-12-31"
    finally:
        QLocale.setDefault(before)


def test_the_calendar_writes_the_picked_day(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.pick()
    calendar = field.menu.findChildren(QCalendarWidget)[0]
    calendar.setSelectedDate(QDate(2031, 5, 1))
    calendar.activated.emit(QDate(2031, 5, 1))
    assert field.text() == "2031-05-01" and field.iso() == "2031-05-01"


def test_file_dialogs_open_where_the_user_last_was(qtbot, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    seen: list[tuple[str, str]] = []

    def dialog(_parent, _caption, start, filters):
        seen.append((start, filters))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))
    remember(stick / "join-request.caucus-request")
    assert save_path(None, "Save", "list.pdf", "pdf") is None
    assert open_path(None, "Open", "spreadsheet") is None
    assert seen[0][0] == str(stick / "list.pdf") and "PDF documents (*.pdf)" in seen[0][1]
    assert seen[1][0] == str(stick) and "Spreadsheets (*.csv *.xlsx *.txt)" in seen[1][1]
