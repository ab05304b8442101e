"""Icons, style sheet and desktop entry: present, loadable, palette-aware."""

from __future__ import annotations

import configparser

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop import icons, style


def test_every_icon_loads(qapp):
    for name in icons.NAMES:
        assert icons.icon_path(name).is_file(), name
        icon = icons.icon(name)
        assert not icon.isNull(), name
        assert not icon.pixmap(24, 24).toImage().isNull()


def test_missing_icon_is_null_not_an_error(qapp):
    assert icons.icon("no-such-icon").isNull()


def _darkest_opaque_pixel(image) -> QColor | None:
    best = None
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255 and (best is None or colour.lightness() < best.lightness()):
                best = colour
    return best


def test_icons_follow_the_palette_text_colour(qapp):
    original = QGuiApplication.palette()
    try:
        for text in ("#000000", "#ffffff"):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
            QGuiApplication.setPalette(palette)
            image = icons.icon("lock").pixmap(48, 48).toImage()
            opaque = [image.pixelColor(x, y) for x in range(48) for y in range(48)
                      if image.pixelColor(x, y).alpha() == 255]
            assert opaque, "the icon draws something"
            assert all(c.name() == text for c in opaque)
    finally:
        QGuiApplication.setPalette(original)


def test_style_sheet_uses_palette_roles_and_a_contrasting_error_colour(qapp):
    sheet = style.stylesheet()
    assert "@error" not in sheet
    assert "palette(highlight)" in sheet
    original = QGuiApplication.palette()
    try:
        dark = QPalette(original)
        dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
        dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
        QGuiApplication.setPalette(dark)
        assert icons.is_dark()
        assert QColor(style.error_colour()).lightness() > 128
    finally:
        QGuiApplication.setPalette(original)
    assert not icons.is_dark() or QColor(style.error_colour()).lightness() > 128


def test_desktop_entry(qapp):
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(icons.resources_dir() / "caucus.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "caucus"
    assert section["Name"] == "Caucus"
    assert section["Categories"].endswith(";")


def test_only_the_navigation_carries_a_style_sheet_and_errors_are_red(qapp):
    """An application-wide style sheet slows every widget's painting; error labels and
    destructive buttons take their colour from their own palette instead."""
    from PySide6.QtWidgets import QPushButton

    from desktop.widgets import ErrorLabel

    style.apply_style(qapp)
    assert qapp.styleSheet() == ""
    label, button = ErrorLabel(), QPushButton("Erase")
    style.danger(button)
    red = QColor(style.error_colour())
    assert label.palette().color(QPalette.ColorRole.WindowText) == red
    assert button.palette().color(QPalette.ColorRole.ButtonText) == red
