"""The wrapping layout of the app's rows of buttons, and the busy bar."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from desktop.flow import FlowLayout


def test_a_flow_wraps_and_forgets_its_heights_when_an_item_changes(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host)
    buttons = [QPushButton(text, host) for text in ("One", "Two", "Three")]
    for button in buttons:
        flow.addWidget(button)
    row = max(b.sizeHint().height() for b in buttons)
    wide = sum(b.sizeHint().width() for b in buttons) + 40
    assert flow.heightForWidth(wide) == row  # one row
    assert flow.heightForWidth(wide) == row  # asked again: the same answer
    buttons[1].setText("A much, much longer label than the row has room for")
    assert flow.heightForWidth(wide) > row  # the new text wraps: heights were forgotten
    buttons[1].hide()
    buttons[1].setText("Two")
    assert flow.heightForWidth(wide) == row  # a hidden item takes no room
    extra = QPushButton("Four with a long label that cannot fit beside", host)
    flow.addWidget(extra)
    assert flow.heightForWidth(wide) > row


def test_a_busy_bar_shows_only_once_work_has_run_a_moment_and_hides_at_once(qtbot):
    from desktop.widgets import BusyBar

    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    bar = BusyBar(host)
    bar.set_busy(True)
    assert not bar.isVisible()  # a job of a few milliseconds flashes nothing
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    bar.set_busy(True)  # still busy: stays shown
    assert bar.isVisible()
    bar.set_busy(False)
    assert not bar.isVisible()
