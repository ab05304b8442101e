"""Every page fits 1024×700 and a 2× scaled 1280×800 screen; windows open whole.

At 1× the window is walked in this process. For 2× a subprocess runs the same walk
under ``QT_SCALE_FACTOR=2`` (Qt's own high-DPI scaling, as a 2× laptop gets it: every
font and metric doubles, and 1280×800 physical pixels are 640×400 logical ones), since
the scale factor is read once, when the application starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.screens import fit_rect, on_screen, place

from .helpers import unlock, wait_idle
from .walk import layout_problems, pages

ROOT = Path(__file__).resolve().parents[2]


def test_the_checker_finds_cut_labels_and_widgets_outside(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel("A sentence much longer than the room it has", window)
    label.setFixedWidth(40)
    layout.addWidget(label)
    button = QPushButton("Fine", window)
    layout.addWidget(button)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    button.move(280, 190)  # half outside
    problems = layout_problems(window)
    assert any("is cut" in p and "A sentence" in p for p in problems)
    assert any("lies outside the window" in p and "QPushButton" in p for p in problems)


def test_every_page_fits_1024_by_700(qtbot, controller, locked_vault):
    main = unlock(qtbot, controller)
    main.resize(1024, 700)
    assert main.minimumSizeHint().width() <= 1024
    assert main.minimumSizeHint().height() <= 700
    main.members.select_member(main.members.model.ids[0])
    qtbot.waitUntil(lambda: main.members.panel.member is not None, timeout=10000)
    for name in pages(main):
        wait_idle(qtbot, controller.runner)
        assert (main.width(), main.height()) == (1024, 700), name
        assert layout_problems(main) == [], name
    # editing a member does not widen the window either (it used to grow to 1350)
    main.nav.setCurrentRow(0)
    main.members.panel.start_editing()
    qtbot.waitUntil(lambda: main.members.panel.save_button.isVisible())
    assert main.width() == 1024 and layout_problems(main) == []


@pytest.mark.parametrize(("style", "theme"), [("Fusion", "light"), ("Windows", "dark")])
def test_every_page_fits_a_2x_scaled_1280_by_800_screen(style, theme):
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "tests.gui.walk", "640", "400", style, theme],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ratio"] == 2.0
    assert report["style"].lower() == style.lower()
    assert report["size"] == [640, 400]
    assert report["minimum"][0] <= 640 and report["minimum"][1] <= 400
    assert len(report["pages"]) >= 9
    assert {name: p for name, p in report["pages"].items() if p} == {}


def test_fit_rect_keeps_a_window_whole_on_its_screen():
    area = QRect(0, 0, 1600, 1000)
    # a big window centred on a small one near the top-left corner
    rect = fit_rect(QSize(1350, 700), QPoint(280, 150), area, frame=30)
    assert area.contains(rect) and rect.top() >= 30
    # larger than the screen: shrunk to it
    rect = fit_rect(QSize(3000, 2000), QPoint(800, 500), area, frame=30)
    assert area.contains(rect) and rect.width() <= 1600


def test_a_new_screens_window_opens_whole_on_the_screen(qtbot, controller, locked_vault):
    controller.start()
    unlock_window = controller.window
    screen = QGuiApplication.primaryScreen().availableGeometry()
    unlock_window.move(screen.topLeft())  # the small window at the top-left corner
    main = unlock(qtbot, controller)
    assert on_screen(main), (main.frameGeometry(), screen)
    assert main.geometry().top() >= screen.top()


def test_place_centres_on_the_old_window(qtbot):
    old, new = QWidget(), QWidget()
    qtbot.addWidget(old)
    qtbot.addWidget(new)
    old.resize(200, 100)
    old.move(300, 200)
    old.show()
    new.resize(400, 300)
    place(new, old)
    new.show()
    assert on_screen(new)
    centre = old.frameGeometry().center()
    assert abs(new.frameGeometry().center().x() - centre.x()) <= 30
