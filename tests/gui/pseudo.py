"""A pseudo-translation: every string the app asks Qt to translate comes back wrapped in
⟦…⟧, so any text on screen without the markers did not pass through translation.

Data is told apart by being data: the test vault (:func:`fill_vault`) is made only of
the invented words of :data:`DATA_WORDS`, and numbers, dates, times, emails, phone
numbers, ids and keyboard shortcuts are recognised by their shape.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QGroupBox,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from .walk import shown, texts

OPEN, CLOSE = "⟦", "⟧"
#: the contexts of Qt's own words (its buttons, its line edits' menus, its dialogs);
#: never QWidget, QDialog, QObject…: PySide's ``self.tr`` tries those for the app's
#: own texts after the class's context, and a real catalog holds nothing there
QT_CONTEXTS = frozenset({"QPlatformTheme", "QDialogButtonBox", "QLineEdit", "QShortcut",
                         "QMessageBox", "QFileDialog", "QWidgetTextControl", "QAbstractSpinBox",
                         "QCalendarWidget", "QGnomeTheme", "QScrollBar", "QTabBar",
                         "QToolBar", "QDockWidget", "QColorDialog", "QPrintDialog"})


class PseudoTranslator(QTranslator):
    """A complete catalog in a pseudo-language: each text that the catalogs hold (what
    ``pyside6-lupdate`` extracts now, :func:`catalog_sources`) comes back wrapped in
    markers, ``{placeholders}`` and ``%n`` untouched inside, so the app's formatting
    still fills them. A text asked for in a context the catalogs do not hold it in is
    not found (as with a real catalog: then ``self.tr`` tries the base classes' contexts,
    and the text stays English if none has it). Qt's own texts (:data:`QT_CONTEXTS`) are
    wrapped too: Qt's catalogs translate them."""

    def __init__(self, sources: dict[str, set[str]], parent=None) -> None:
        super().__init__(parent)
        self.sources = sources

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if not source:
            return source
        if context in QT_CONTEXTS or source in self.sources.get(context, ()):
            return f"{OPEN}{source}{CLOSE}"
        return None  # not found: a null string, so Qt looks further

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


#: every word the test vault's data is made of (names, places, tags, notes, titles): none
#: is an English word, so none can hide an untranslated one
DATA_WORDS = frozenset("""
zellwick kvorum tamsby qorl
ardo bexley cyrra dunmore elvo fenwright gisla hobb
ivar jostle kallo lumm
quarn vesk ploddry torvane
wimble yarrow
vorname nachname
""".split())

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"\b(?:https?|file|tcp|quic)://\S+")
HEX = re.compile(r"\b[0-9A-Fa-f]{4,}(?:[ :-][0-9A-Fa-f]{4,})*\b")
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift|Meta|Esc|Enter|Del|F\d+)(?:\+\S+)?")
FILE = re.compile(r"\S+\.(?:caucus|csv|xlsx|pdf|json|ini)\b")
WORD = re.compile(r"[^\W\d_]{2,}")


def locale_words() -> set[str]:
    """Month and day names and am/pm of the default locale: dates are data."""
    locale = QLocale()
    words = {locale.amText().lower(), locale.pmText().lower()}
    for month in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(locale.monthName(month, form).lower().rstrip("."))
            words.add(locale.standaloneMonthName(month, form).lower().rstrip("."))
    for day in range(1, 8):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(locale.dayName(day, form).lower().rstrip("."))
    return words


def strip_marked(text: str) -> str:
    """``text`` without its translated parts (innermost first: a translated text may
    hold other translated texts in its placeholders)."""
    inner = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    while True:
        stripped = inner.sub(" ", text)
        if stripped == text:
            return stripped
        text = stripped


def untranslated(text: str, exempt: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The words of ``text`` that neither passed through translation nor are data."""
    rest = strip_marked(text.replace("&&", "").replace("&", ""))
    for pattern in (EMAIL, URL, FILE, SHORTCUT, HEX):
        rest = pattern.sub(" ", rest)
    allowed = DATA_WORDS | exempt
    return [w for w in WORD.findall(rest) if w.lower() not in allowed]


def more_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """What :func:`tests.gui.walk.texts` does not read: group boxes, menus and actions,
    spin boxes' words, text editors' placeholders."""
    for widget in window.findChildren(QWidget):
        if not shown(widget, window):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QSpinBox):
            yield kind, widget.suffix()
            yield kind, widget.prefix()
            yield kind, widget.specialValueText()
        elif isinstance(widget, QAbstractSpinBox):
            yield kind, widget.specialValueText()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            yield kind, widget.placeholderText()
        for action in widget.actions():
            if isinstance(action.parent(), QWidget) or action.menu() is not None:
                yield f"{kind} action", action.text()
                yield f"{kind} action tip", action.toolTip() if action.toolTip() \
                    != action.text().replace("&", "") else ""
    for menu in window.findChildren(QMenu):
        yield "menu", menu.title()
        for action in menu.actions():
            yield "menu action", action.text()
            yield "menu action tip", action.toolTip() if action.toolTip() \
                != action.text().replace("&", "") else ""


def problems(window: QWidget, exempt: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Every text on ``window`` with words that did not pass through translation."""
    found = []
    extra = set(exempt) | locale_words()
    for where, text in (*texts(window), *more_texts(window)):
        if text and (words := untranslated(text, extra)):
            found.append(f"{where}: {text[:90]!r} ({', '.join(words[:4])})")
    return sorted(set(found))


def install(app: QApplication, folder: Path) -> PseudoTranslator:
    translator = PseudoTranslator(catalog_sources(folder), app)
    app.installTranslator(translator)
    return translator


def fill_vault(branch) -> dict[str, str]:
    """Members, a workplace with units, a campaign, tasks, a meeting with attendance,
    notes and a structure test, all made of :data:`DATA_WORDS`. Returns their ids."""
    place = branch.add_workplace("Quarn Vesk", employer="Ploddry Torvane")
    unit = branch.add_unit(place, "Wimble", kind="department", headcount=12)
    ids = {"workplace": place, "unit": unit}
    people = [("Ardo", "Bexley"), ("Cyrra", "Dunmore"), ("Elvo", "Fenwright"),
              ("Gisla", "Hobb")]
    for i, (first, last) in enumerate(people):
        ids[first] = branch.add_member(
            first_name=first, last_name=last, emails=[f"{first.lower()}@example.org"],
            phones=[f"07911 12345{i}"], workplace_id=place, unit_id=unit,
            tags=["yarrow"], status="member" if i else "prospect", assessment=i + 1)
    branch.set_point_person(ids["Cyrra"], ids["Ardo"])
    campaign = branch.add_campaign("Ivar Jostle")
    ids["campaign"] = campaign
    branch.add_task("Kallo Lumm", due_on="2026-12-24", member_id=ids["Ardo"],
                    campaign_id=campaign, assignee="Tamsby Qorl")
    meeting = branch.add_meeting("Kallo Quarn", date="2026-11-20", location="Vesk",
                                 quorum=3)
    branch.set_attendance(meeting, ids["Ardo"], "attended")
    branch.add_note("Lumm jostle", member_id=ids["Ardo"], date="2026-11-02",
                    method="phone", campaign_id=campaign)
    action = branch.add_action("Wimble Yarrow", "petition", workplace_id=place)
    branch.set_response(action, ids["Ardo"], "yes")
    return ids


def catalog_sources(folder: Path) -> dict[str, set[str]]:
    """What ``pyside6-lupdate`` extracts from the app and the engine now (as ``make
    translations`` runs it): the source texts of each context."""
    ts = folder / "check.ts"
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    root = Path(__file__).resolve().parents[2]
    subprocess.run([str(tool) if tool.exists() else "pyside6-lupdate", "-silent",
                    "-extensions", "py", "-locations", "none", "desktop", "sync",
                    "-source-language", "en", "-target-language", "es", "-ts", str(ts)],
                   cwd=root, check=True, capture_output=True, timeout=120)
    out: dict[str, set[str]] = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):  # noqa: S314 (ours)
        name = context.findtext("name") or ""
        out.setdefault(name, set()).update(
            m.findtext("source") or "" for m in context.iter("message"))
    return out

