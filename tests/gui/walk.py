"""Walking every page of the main window, for the layout and the human-words tests.

``python -m tests.gui.walk WIDTH HEIGHT [STYLE [THEME]]`` (used under
``QT_SCALE_FACTOR=2`` by the scaling test) builds a branch in a temporary folder, opens
the main window at WIDTH×HEIGHT logical pixels in that Qt style ("Fusion", "Windows")
and theme ("light", "dark"), walks every page and prints one JSON line: the problems
:func:`layout_problems` found on each.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QToolBar,
    QWidget,
)

HEX64 = re.compile(r"\b[0-9a-fA-F]{64}\b")
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
FIELD_CODE = re.compile(r"\b[a-z]+_(?:name|id|no|title|on|until|override|contact|email|"
                        r"phone|sms|post)\b")


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isVisible()


def _in_scroller(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's content (it may lie outside the view: it scrolls) or a
    toolbar (what does not fit goes to its extension menu)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea | QToolBar):
            return True
        parent = parent.parentWidget()
    return False


def layout_problems(window: QWidget) -> list[str]:
    """Every visible widget that lies outside the window, and every label or button
    narrower than its text (cut off)."""
    problems = []
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not shown(widget, window) or widget.window() is not window:
            continue
        if isinstance(widget, QTabBar) or _in_scroller(widget, window):
            continue
        where = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        name = f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"
        if not bounds.contains(where):
            problems.append(f"{name} lies outside the window: {where} not in {bounds}")
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and widget.pixmap().isNull():
            need = widget.fontMetrics().horizontalAdvance(
                widget.text().replace("&", "")) if "<" not in widget.text() else 0
            if widget.width() + 1 < need:
                problems.append(f"{name} is cut: {widget.width()} < {need} for "
                                f"{widget.text()!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() + 1 < widget.minimumSizeHint().width():
                problems.append(f"{name} is cut: {widget.width()} < "
                                f"{widget.minimumSizeHint().width()}")
    return problems


def texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of text a person can read in the window: labels,
    buttons, fields, combos, tabs, table cells and headers, window titles."""
    yield "window title", window.windowTitle()
    for widget in window.findChildren(QWidget):
        if not shown(widget, window):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            yield kind, widget.text()
        elif isinstance(widget, QLineEdit):
            yield kind, widget.text()
            yield kind, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield kind, widget.itemText(i)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield kind, widget.tabText(i)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = widget.rootIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model: one column
                columns = 1
            for column in range(columns):
                yield f"{kind} header", str(model.headerData(column, _horizontal()) or "")
            for row in range(min(model.rowCount(root), 60)):
                for column in range(columns):
                    yield f"{kind} cell", str(model.index(row, column, root).data() or "")
        tip = widget.toolTip()
        if tip:
            yield f"{kind} tooltip", tip


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def raw_words(window: QWidget, allowed: Callable[[str], bool] = lambda _t: False) -> list[str]:
    """Texts that show an id, a 64-hex string or a field code."""
    found = []
    for where, text in texts(window):
        if allowed(text):
            continue
        for pattern in (HEX64, UUID, FIELD_CODE):
            match = pattern.search(text)
            if match:
                found.append(f"{where}: {match.group(0)!r} in {text[:80]!r}")
    return found


def pages(window) -> Iterator[str]:
    """Show each page (each sync tab too); yields its name once it has settled."""
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        name = window.nav.item(row).text()
        if window.stack.currentWidget() is window.sync:
            tabs = window.sync.tabs
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                yield f"{name}: {tabs.tabText(index)}"
        else:
            yield name


def _spin(app: QApplication, condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not settle")
        app.processEvents()
    for _ in range(20):
        app.processEvents()


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    width, height = int(argv[0]), int(argv[1])
    from PySide6.QtCore import QSettings

    app = QApplication.instance() or QApplication(["walk"])
    from desktop.style import apply_style

    apply_style(app, argv[3] if len(argv) > 3 else "system", argv[2] if len(argv) > 2 else "")
    from desktop.main_window import MainWindow
    from desktop.settings import Settings
    from desktop.tasks import TaskRunner
    from sync.ops.session import create_demo

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        session = create_demo(folder / "demo.caucus", "walk the window", members=30,
                              profile="interactive")
        runner = TaskRunner()
        settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(session, runner, settings)
        window.show()
        window.resize(width, height)
        members = window.members
        _spin(app, lambda: not runner.busy and members.model.rowCount() > 0)
        members.select_member(members.model.ids[0])
        _spin(app, lambda: not runner.busy and members.panel.member is not None)
        report = {"size": [window.width(), window.height()],
                  "minimum": [window.minimumSizeHint().width(),
                              window.minimumSizeHint().height()],
                  "ratio": window.devicePixelRatio(), "style": app.style().name(),
                  "pages": {}}
        for name in pages(window):
            _spin(app, lambda: not runner.busy)
            report["pages"][name] = layout_problems(window)
        print(json.dumps(report))
        window.clear()
        runner.run(session.lock)
        runner.shutdown(wait=True)
        window.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
