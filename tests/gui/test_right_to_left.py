"""In Arabic the whole window mirrors: the application's direction is right to left, so
is every page and the wall chart's cards, and no label or button is cut. The words come
from the pseudo-translation (``tests/gui/pseudo.py``), so the test does not wait for
the Arabic catalog; the locale and the direction are the real ``ar`` ones."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.i18n import install_language

from . import pseudo
from .helpers import wait_idle
from .test_pseudo_translation import data_vault  # noqa: F401 (a fixture)
from .walk import layout_problems, pages

RTL = Qt.LayoutDirection.RightToLeft


@pytest.fixture
def arabic(qapp, tmp_path):
    assert install_language(qapp, "ar") == "ar"
    translator = pseudo.install(qapp, tmp_path)
    yield
    qapp.removeTranslator(translator)
    install_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_every_page_mirrors_in_arabic_and_nothing_is_cut(qtbot, arabic, data_vault,  # noqa: F811
                                                        open_window):
    branch, ids = data_vault
    assert QApplication.layoutDirection() == RTL
    assert QLocale().language() == QLocale.Language.Arabic
    main = open_window(branch)
    main.resize(1280, 800)
    members = main.members
    members.select_member(ids["Ardo"])
    qtbot.waitUntil(lambda: members.panel.member is not None, timeout=10000)
    assert main.layoutDirection() == RTL and main.isRightToLeft()
    # the navigation is on the right: mirrored, not only its text
    assert main.nav.mapTo(main, main.nav.rect().topLeft()).x() > main.width() // 2
    found = {}
    for name in pages(main):
        wait_idle(qtbot, main.runner)
        page = main.stack.currentWidget()
        assert page.isRightToLeft(), name
        for widget in page.findChildren(QWidget):
            assert widget.layoutDirection() == RTL, f"{name}: {type(widget).__name__}"
        found[name] = layout_problems(main)
    main.nav.setCurrentRow(main.stack.indexOf(main.workplaces))
    chart = main.workplaces.chart
    qtbot.waitUntil(lambda: chart.chart is not None and bool(chart.view.cards()),
                    timeout=10000)
    wait_idle(qtbot, main.runner)
    view = chart.view
    assert view.isRightToLeft()
    first = view.cards()[0]  # the first card is drawn at the right-hand edge
    assert view.screen_rect(first.rect).right() == view.width() - 1 - first.rect.left()
    assert view.screen_rect(first.rect).left() > view.width() // 2
    # the sections' titles too are written from the right-hand edge
    section = view.layout_cache.sections[0]
    band = view.screen_rect(section.rect)
    image = view.grab().toImage()
    ratio = image.width() // view.width() or 1
    background = image.pixelColor(ratio * (band.left() + 1), ratio * (band.top() + 1))
    ink = [x for x in range(0, view.width())
           for y in range(band.top(), band.bottom(), 2)
           if image.pixelColor(ratio * x, ratio * y) != background]
    assert ink and min(ink) > view.width() // 2, (min(ink, default=None), view.width())
    found["wall chart"] = layout_problems(main)
    found = {k: v for k, v in found.items() if v}
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_an_arabic_sign_in_sheet_carries_the_arabic_names(qtbot, arabic, branch, open_window,
                                                          monkeypatch, tmp_path):
    """The app passes its language to the documents: in Arabic the sheet is laid out
    right to left and shaped, and pdftotext gives the names back."""
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    from .helpers import LEFT

    # (no lam-alef-maksura ligature: pdftotext gives "لى" back as "ىل")
    names = [("سارة", "حداد"), ("يوسف", "منصور"), ("مريم", "خوري")]
    meeting = branch.add_meeting("الجمعية العامة", date="2026-11-20")
    for first, last in names:
        branch.add_member(first_name=first, last_name=last)
    out = tmp_path / "sign-in.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a: (str(out), "")))
    window = open_window(branch)
    window.nav.setCurrentRow(window.stack.indexOf(window.meetings))
    meetings = window.meetings
    qtbot.waitUntil(lambda: meetings.model.rowCount() == 1, timeout=10000)
    meetings.table.selectRow(0)
    panel = meetings.attendance
    qtbot.waitUntil(lambda: panel.meeting is not None and panel.meeting.id == meeting
                    and panel.print_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(panel.print_button, LEFT)
    qtbot.waitUntil(out.exists, timeout=30000)
    wait_idle(qtbot, window.runner)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True, timeout=30).stdout
    for first, last in names:
        assert first in text and last in text, text[:1200]
    # the sheet's own words are Arabic, laid out right to left: the signature column is
    # the left-hand one, the number ("الرقم", next to the name) right of it ("الاسم"
    # itself comes back from pdftotext with its lam-alef ligature split)
    headings = next(line for line in text.splitlines() if "التوقيع" in line)
    assert "Signature" not in text
    assert headings.index("التوقيع") < headings.index("الرقم"), headings
