"""The application style: the native style and palette, the app icon, and
``resources/style.qss`` for the navigation list only (see that file for why)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from . import icons


def error_colour() -> str:
    """A red that stays readable on the current palette (light or dark)."""
    return "#ff8a80" if icons.is_dark() else "#b3261e"


def stylesheet() -> str:
    """The navigation list's style sheet."""
    try:
        text = (icons.resources_dir() / "style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    return text.replace("@error", error_colour())


def tint(widget: QWidget, colour: str) -> None:
    """Text of ``widget`` in ``colour`` (error labels, destructive buttons)."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.Text):
        palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


def danger(button: QWidget) -> None:
    """Mark a destructive button (erase, revoke): red text on the current palette."""
    button.setProperty("role", "danger")
    tint(button, error_colour())


def apply_style(app: QApplication) -> None:
    app.setWindowIcon(icons.icon("app"))
