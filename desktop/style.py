"""Apply the application style: the native style, the app icon and ``resources/style.qss``."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from . import icons


def error_colour() -> str:
    """A red that stays readable on the current palette (light or dark)."""
    return "#ff8a80" if icons.is_dark() else "#b3261e"


def stylesheet() -> str:
    try:
        text = (icons.resources_dir() / "style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    return text.replace("@error", error_colour())


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(stylesheet())
    app.setWindowIcon(icons.icon("app"))
