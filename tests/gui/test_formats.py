"""Figures in the user's locale: what real widgets show under German, French and
Arabic, with the default locale restored after each test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from desktop import formats
from desktop.dates import DateField
from desktop.models.members import COLUMNS
from desktop.views.organising_page import branch_line

from .helpers import wait_idle


@pytest.fixture
def locale_of():
    before = QLocale()

    def set_(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield set_
    QLocale.setDefault(before)


def test_numbers_percentages_dates_and_money_follow_the_locale(locale_of):
    locale_of("de_DE")
    assert formats.number(1200) == "1.200"
    assert formats.number(2.5, 1) == "2,5"
    assert formats.percent(0.126) == "13 %"
    assert formats.points(-0.05) == "-5" and formats.points(0.05) == "+5"
    assert formats.date_text("2031-12-31") == "31.12.2031"
    assert formats.date_text("2019") == "2019"  # not a whole date: as it was kept
    assert formats.money(1234.5, "EUR") == "1.234,50\u00a0€"
    assert formats.money(3, "GBP") == "3,00\u00a0£"
    locale_of("fr_FR")
    assert formats.number(1200) == "1\u202f200"
    assert formats.date_text("2031-12-31") == "31/12/2031"
    locale_of("en_US")
    assert formats.number(1200) == "1,200"
    assert formats.money(1234.5, "EUR") == "€1,234.50"
    assert formats.date_text("2031-12-31") == "12/31/2031"
    locale_of("ar")
    assert formats.number(1200) == "١٬٢٠٠"


def test_a_date_field_shows_the_locale_and_reads_back_iso(qtbot, locale_of):
    locale_of("de_DE")
    field = DateField()
    qtbot.addWidget(field)
    field.setText(formats.date_text("2031-05-01"))
    assert field.text() == "01.05.2031" and field.iso() == "2031-05-01"
    assert "31.12.31" in field.placeholderText()


def test_the_pages_show_german_figures(qtbot, open_window, branch, locale_of):
    depot = branch.add_workplace("Central Depot", employer="City Buses")
    branch.add_unit(depot, "Drivers", headcount=1200)
    ana = branch.add_member(first_name="Ana", last_name="Lopez", workplace_id=depot,
                            dues_paid_until="2031-12-31")
    branch.add_meeting("Branch meeting", date="2031-03-01")
    branch.add_task("Call Ana", due_on="2031-04-02", member_id=ana)
    locale_of("de_DE")
    window = open_window(branch)
    members = window.members
    qtbot.waitUntil(lambda: members.model.rowCount() == 1, timeout=10000)
    dues = [key for _title, key in COLUMNS].index("dues_paid_until")
    qtbot.waitUntil(lambda: members.model.data(members.model.index(0, dues)) == "31.12.2031",
                    timeout=10000)
    members.table.selectRow(0)
    form = members.panel.form
    qtbot.waitUntil(lambda: form.editors["dues_paid_until"].text() == "31.12.2031",
                    timeout=10000)
    for page, expected in ((window.meetings, "01.03.2031"), (window.tasks, "02.04.2031")):
        window.nav.setCurrentRow(window.stack.indexOf(page))
        qtbot.waitUntil(lambda page=page: page.model.rowCount() == 1, timeout=10000)
        wait_idle(qtbot, window.runner)
        cells = [page.model.data(page.model.index(0, c))
                 for c in range(page.model.columnCount())]
        assert expected in cells
    window.nav.setCurrentRow(window.stack.indexOf(window.workplaces))
    page = window.workplaces
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    wait_idle(qtbot, window.runner)
    cells = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert "1.200" in cells and "0 %" in cells
    assert "1 members of 1.200 people" in branch_line(page.model.records, None)
