"""One cached icon loader (Frescobaldi's icons module, in small).

Icons are hand-written SVGs in ``resources/icons`` drawn with ``currentColor``. Each is
recoloured to the palette's text colour before rendering, so the same file reads on a
light and on a dark theme. Rendered per colour and cached; call :func:`clear_cache`
when the application palette changes.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from sync.resources import resources_dir

SIZES = (16, 20, 24, 32, 48, 64, 128)
NAMES = ("app", "members", "workplace", "campaign", "tasks", "meetings", "search", "add",
         "lock", "unlock", "sync", "delete", "restore", "edit", "save", "erase", "note",
         "history")


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def text_colour() -> QColor:
    app = QGuiApplication.instance()
    palette = QGuiApplication.palette() if app is not None else QPalette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def is_dark() -> bool:
    """True when the palette puts light text on a dark window."""
    palette = QGuiApplication.palette()
    return (palette.color(QPalette.ColorRole.Window).lightness()
            < palette.color(QPalette.ColorRole.WindowText).lightness())


def icon(name: str) -> QIcon:
    """The named icon in the palette's current text colour (a null icon if missing)."""
    return _icon(name, text_colour().name())


@functools.lru_cache(maxsize=128)
def _icon(name: str, colour: str) -> QIcon:
    try:
        svg = icon_path(name).read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    data = QByteArray(svg.replace("currentColor", colour).encode("utf-8"))
    renderer = QSvgRenderer(data)
    if not renderer.isValid():
        return QIcon()
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def clear_cache() -> None:
    _icon.cache_clear()
