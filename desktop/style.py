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


def dark_palette() -> QPalette:
    """A dark palette (for the Fusion style, which follows the palette it is given)."""
    palette = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, base),
                         (QPalette.ColorRole.AlternateBase, QColor(40, 40, 43)),
                         (QPalette.ColorRole.WindowText, text), (QPalette.ColorRole.Text, text),
                         (QPalette.ColorRole.Button, window),
                         (QPalette.ColorRole.ButtonText, text),
                         (QPalette.ColorRole.ToolTipBase, base),
                         (QPalette.ColorRole.ToolTipText, text),
                         (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
                         (QPalette.ColorRole.Highlight, QColor(42, 130, 218)),
                         (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
                         (QPalette.ColorRole.Link, QColor(100, 170, 255))):
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return palette


def light_palette() -> QPalette:
    """A light palette: the Fusion style's own."""
    from PySide6.QtWidgets import QStyleFactory

    fusion = QStyleFactory.create("Fusion")
    return fusion.standardPalette() if fusion is not None else QPalette()


def apply_style(app: QApplication, theme: str = "system", style: str = "") -> None:
    """The app's look: ``style`` ("" the platform's, or e.g. "Fusion") and ``theme``
    ("system", "light" or "dark"). A light or dark theme uses Fusion, which follows its
    palette on every platform; icons are redrawn in the new text colour."""
    from PySide6.QtCore import Qt

    if theme in ("light", "dark") and not style:
        style = "Fusion"
    if style:
        app.setStyle(style)
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(light_palette())
    else:
        app.setPalette(app.style().standardPalette())
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8: the platform's own widgets follow
        hints.setColorScheme({"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}
                             .get(theme, Qt.ColorScheme.Unknown))
    icons.clear_cache()
    app.setWindowIcon(icons.icon("app"))
