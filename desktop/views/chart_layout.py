"""Where everything of a wall chart goes: a section per unit (its title and line of
figures), then its people's cards in rows, sub-units indented under their unit.

Computed once per chart and width (``ChartLayout``), in left-to-right coordinates; the
view mirrors them for a right-to-left language. Each card's texts are elided to its
width here, once, so painting is only filling boxes and drawing prepared strings.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt
from PySide6.QtGui import QFontMetrics

from sync.records import Card, Chart

from .. import formats


def tr(text: str) -> str:
    """The wall chart's words: each literal below is marked ``QT_TRANSLATE_NOOP("WallChart",
    …)`` where it is written (so lupdate sees it); this looks it up. A caller may pass its
    own ``words`` (the default is this)."""
    return QCoreApplication.translate("WallChart", text)


ANSWER_WORDS = {"yes": QT_TRANSLATE_NOOP("WallChart", "✓ yes"),
                "no": QT_TRANSLATE_NOOP("WallChart", "✗ no"),
                "asked_undecided": QT_TRANSLATE_NOOP("WallChart", "? undecided"),
                "not_asked": ""}


def answer_text(answer: str | None, words: Callable[[str], str] = tr) -> str:
    return words(ANSWER_WORDS.get(answer or "", ""))


def spoken_text(card: Card, words: Callable[[str], str] = tr) -> str:
    if card.days_since is None:
        return words(QT_TRANSLATE_NOOP("WallChart", "never spoken"))
    return words(QT_TRANSLATE_NOOP("WallChart", "{days} d")).format(
        days=formats.number(card.days_since))


def marks_text(card: Card, words: Callable[[str], str] = tr) -> str:
    marks = [
        m
        for m, on in (
            (words(QT_TRANSLATE_NOOP("WallChart", "L")), card.leader),
            (words(QT_TRANSLATE_NOOP("WallChart", "S")), card.steward),
        )
        if on
    ]
    if card.is_point_person:
        marks.append(words(QT_TRANSLATE_NOOP("WallChart", "P{covers}")).format(covers=card.covers))
    return " ".join(marks)


def percent(value: float | None) -> str:
    return formats.percent(value, "–")


def summary_text(figures, test=None) -> str:
    """One unit's figures in a line (the view's and the printed chart's wording)."""
    head = (QCoreApplication.translate("WallChart", "headcount ?") if figures.headcount is None
            else QCoreApplication.translate("WallChart", "headcount {headcount}").format(
                headcount=formats.number(figures.headcount)))
    parts = [head,
             QCoreApplication.translate("WallChart", "{members} members ({density})").format(
                 members=formats.number(figures.members), density=percent(figures.density)),
             QCoreApplication.translate("WallChart", "{people} non-members").format(
                 people=formats.number(figures.people - figures.members)),
             QCoreApplication.translate(
                 "WallChart", "{covered} with a point person ({coverage})").format(
                     covered=formats.number(figures.covered), coverage=percent(figures.coverage))]
    if test is not None:
        parts.append(
            QCoreApplication.translate("WallChart", "{yes} yes").format(yes=test.yes)
            if test.target is None else
            QCoreApplication.translate("WallChart", "{yes} yes of {target} needed").format(
                yes=test.yes, target=test.target))
    return " · ".join(parts)


@dataclass
class Metrics:
    """Sizes in pixels, from the view's font (so they follow the user's font size)."""

    card_w: int
    card_h: int
    gap: int
    title_h: int
    line_h: int
    indent: int
    margin: int

    @classmethod
    def of(cls, fm: QFontMetrics) -> Metrics:
        h = fm.height()
        return cls(card_w=fm.averageCharWidth() * 24, card_h=round(h * 3.6), gap=h // 3,
                   title_h=round(h * 1.5), line_h=round(h * 1.3), indent=h * 2, margin=h // 2)


@dataclass
class Section:
    title: str
    summary: str
    level: int
    rect: QRect  # the title and the line of figures
    unit_id: str | None


@dataclass
class PlacedCard:
    card: Card
    rect: QRect
    name: str  # elided to the card
    marks: str
    spoken: str
    flag: str  # "no point person" (or "not assessed"), before the answer
    answer: str
    #: the flag is "not assessed" (grey), not "no point person" (red)
    quiet: bool = False


@dataclass
class ChartLayout:
    width: int
    height: int
    sections: list[Section] = field(default_factory=list)
    cards: list[PlacedCard] = field(default_factory=list)
    #: each card's top, in order (cards are placed top to bottom)
    tops: list[int] = field(default_factory=list)

    def visible(self, top: int, bottom: int) -> range:
        """The cards whose boxes may cross the band ``top``–``bottom``."""
        if not self.cards:
            return range(0)
        h = self.cards[0].rect.height()
        return range(bisect_left(self.tops, top - h), bisect_right(self.tops, bottom))

    def card_at(self, x: int, y: int) -> int:
        for index in self.visible(y, y):
            if self.cards[index].rect.contains(x, y):
                return index
        return -1

    def index_of(self, person_id: str) -> int:
        return next((i for i, c in enumerate(self.cards) if c.card.id == person_id), -1)

    def nearest(self, index: int, rows: int) -> int:
        """The card ``rows`` rows above (negative) or below, nearest in x."""
        if not self.cards:
            return -1
        here = self.cards[index].rect
        tops = sorted({c.rect.top() for c in self.cards})
        row = tops.index(here.top()) + rows
        if not 0 <= row < len(tops):
            return index
        line = [i for i, c in enumerate(self.cards) if c.rect.top() == tops[row]]
        return min(line, key=lambda i: abs(self.cards[i].rect.left() - here.left()))


def elide(metrics: QFontMetrics, text: str, width: int) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def build(chart: Chart, width: int, fm: QFontMetrics, bold: QFontMetrics,
          ) -> ChartLayout:
    """Lay a chart out across ``width`` pixels."""
    m = Metrics.of(fm)
    words = functools.lru_cache(maxsize=None)(tr)  # each phrase translated once a layout
    out = ChartLayout(width, 0)
    by_unit = chart.cards_by_unit()
    units = [(u.unit.id, u.unit.path, u.unit.level, u.figures, u.tests[0] if u.tests else None)
             for u in chart.workplace.units]
    if by_unit.get(None):
        units.append(
            (
                None,
                QCoreApplication.translate("WallChart", "Not in a unit"),
                1,
                chart.workplace.unplaced,
                None,
            )
        )
    inner = m.card_w - m.card_h * 2 // 5
    no_point, not_assessed = (
        words(QT_TRANSLATE_NOOP("WallChart", "no point person")),
        words(QT_TRANSLATE_NOOP("WallChart", "not assessed")),
    )
    y = m.margin
    for unit_id, title, level, figures, test in units:
        left = m.margin + m.indent * (level - 1)
        out.sections.append(Section(title, summary_text(figures, test), level,
                                    QRect(left, y, max(1, width - left - m.margin),
                                          m.title_h + m.line_h), unit_id))
        y += m.title_h + m.line_h + m.gap
        per_row = max(1, (width - left - m.margin + m.gap) // (m.card_w + m.gap))
        cards = by_unit.get(unit_id, [])
        for n, card in enumerate(cards):
            column = n % per_row
            if column == 0 and n:
                y += m.card_h + m.gap
            rect = QRect(left + column * (m.card_w + m.gap), y, m.card_w, m.card_h)
            flag, quiet = (no_point, False) if card.point_person_id is None else (
                (not_assessed, True) if card.assessment is None else ("", False))
            out.cards.append(PlacedCard(
                card, rect, elide(bold, card.name, inner), marks_text(card, words),
                spoken_text(card, words), flag, answer_text(card.answer, words), quiet))
            out.tops.append(rect.top())
        y += (m.card_h + m.gap if cards else 0) + m.gap * 2
    out.height = y + m.margin
    return out
