"""Date fields: typed in the locale's short format or as ISO (2031-12-31), or picked from
a calendar (the field's calendar button, or Alt+Down). The engine stores ISO dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidgetAction

from . import icons


def date_formats() -> list[str]:
    """The formats a typed date is read by: ISO first, then the locale's short one with
    a four-digit year (31.12.2031), as it is (31.12.31) and the long one."""
    locale = QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    four = short if "yyyy" in short else short.replace("yy", "yyyy")
    return ["yyyy-MM-dd", four, short, locale.dateFormat(QLocale.FormatType.LongFormat)]


def parse_date(text: str) -> QDate | None:
    """The date ``text`` means, by ISO or by the locale (``None`` if neither)."""
    text = text.strip()
    if not text:
        return None
    locale = QLocale()
    for fmt in date_formats():
        date = locale.toDate(text, fmt) if fmt != "yyyy-MM-dd" else QDate.fromString(
            text, fmt)
        if date.isValid():
            if date.year() < 100:  # "31/12/31": this century, not the first one
                date = date.addYears(2000)
            return date
    return None


def iso_date(text: str) -> str:
    """``text`` as an ISO date when it is one by ISO or the locale; else as typed (the
    engine names what is wrong with it)."""
    date = parse_date(text)
    return date.toString("yyyy-MM-dd") if date is not None else text.strip()


class DateField(QLineEdit):
    """A line edit for a date, with a calendar to pick one from."""

    def __init__(self, parent=None, placeholder: str = "") -> None:
        super().__init__(parent)
        example = QLocale().toString(QDate(2031, 12, 31), QLocale.FormatType.ShortFormat)
        self.setPlaceholderText(
            QCoreApplication.translate("DateField", "{placeholder} (e.g. {example})").format(
                placeholder=placeholder, example=example)
            if placeholder
            else QCoreApplication.translate("DateField", "e.g. {example} or 2031-12-31").format(
                example=example)
        )
        self.calendar_action = self.addAction(icons.icon("calendar"),
                                              QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(
            QCoreApplication.translate("DateField", "Pick a date (Alt+Down)")
        )
        self.calendar_action.triggered.connect(self.pick)
        self.menu: QMenu | None = None

    def iso(self) -> str:
        return iso_date(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down and event.modifiers() & \
                Qt.KeyboardModifier.AltModifier:
            self.pick()
            return
        super().keyPressEvent(event)

    def pick(self) -> None:
        """Show a calendar under the field; a chosen day is written as ISO."""
        if self.isReadOnly() or not self.isEnabled():
            return
        if self.menu is None:  # made once, kept with the field (never deleted mid-signal)
            self.menu = QMenu(self)
            self.calendar = QCalendarWidget(self.menu)
            self.calendar.setAccessibleName(QCoreApplication.translate("DateField", "Calendar"))
            self.calendar.setGridVisible(True)
            action = QWidgetAction(self.menu)
            action.setDefaultWidget(self.calendar)
            self.menu.addAction(action)
            self.calendar.activated.connect(self._chosen)
            self.calendar.clicked.connect(self._chosen)
        self.calendar.setSelectedDate(parse_date(self.text()) or QDate.currentDate())
        self.menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _chosen(self, date: QDate) -> None:
        self.setText(date.toString("yyyy-MM-dd"))
        self.textEdited.emit(self.text())
        if self.menu is not None:
            self.menu.hide()
