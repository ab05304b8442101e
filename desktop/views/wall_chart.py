"""The wall chart of one workplace: its units, a card per person.

:class:`ChartView` is one custom-painted widget (no widget per person): the layout of
sections and cards is computed once per chart and width (:mod:`.chart_layout`) and each
paint draws only the cards in the exposed band, so a 2,000-person workplace paints in
a few tens of milliseconds (``make bench``). A card is tinted by assessment with a
stripe of its colour (white with a dashed border when not assessed), has a heavy border
for a member, marks for leader (L), steward (S) and point person (P and how many), the
age of the last conversation (red past 90 days), a red "no point person" and the
answer to the chosen structure test.

A click opens the person, or records an answer in one click when the chart is set to;
the keys Y, N, U and 0 record yes, no, undecided and not asked for the current card,
arrows move, Enter opens, M (or the context menu) moves the person to another unit.
Right to left, the chart is mirrored.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QMenu, QScrollArea, QToolTip, QWidget

from sync.records import ASSESSMENT_COLOURS, Chart

from .chart_layout import ChartLayout, PlacedCard, answer_text, build

#: the answer a key records on the current card
ANSWER_KEYS = {Qt.Key.Key_Y: "yes", Qt.Key.Key_N: "no", Qt.Key.Key_U: "asked_undecided",
               Qt.Key.Key_0: "not_asked"}
STALE_RED = QColor(180, 20, 20)


@dataclass
class CardGeometry:
    """Where a card's three lines go, for cards of one height."""

    height: int
    pad: int
    third: int
    stripe: int
    #: the baseline's offset in a line, for the bold (True) and the small font
    baseline: dict[bool, int]


def tinted(rgb: tuple[int, int, int], keep: float = 0.35) -> QColor:
    return QColor(*(round(255 - (255 - c) * keep) for c in rgb))


class ChartView(QWidget):
    """The chart itself: painted, not built of widgets."""

    #: a person to open (their id)
    opened = Signal(str)
    #: record this answer for this person
    answer_requested = Signal(str, str)
    #: move this person to this unit ("" for none)
    move_requested = Signal(str, str)
    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Wall chart"))
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.chart: Chart | None = None
        self.layout_cache: ChartLayout | None = None
        self.current = -1
        #: what a click on a card does: None opens the person, else records this answer
        self.click_answer: str | None = None
        self.menu: QMenu | None = None
        self._fonts()

    def _fonts(self) -> None:
        self.bold = QFont(self.font())
        self.bold.setBold(True)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        self.title_font = QFont(self.bold)
        self.title_font.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.pens = {True: QPen(QColor(20, 20, 20), 2.0), False: QPen(QColor(110, 110, 110), 1.0)}
        dashed = QPen(QColor(110, 110, 110), 1.0)
        dashed.setStyle(Qt.PenStyle.DashLine)
        self.dashed = dashed
        self.fills = {k: QBrush(tinted(v)) for k, v in ASSESSMENT_COLOURS.items()}
        self.stripes = {k: QBrush(QColor(*v)) for k, v in ASSESSMENT_COLOURS.items()}
        #: measured once: texts' widths (by text and font), flags elided to a width
        self.widths: dict[tuple[str, bool], int] = {}
        self.elided: dict[tuple[str, int], str] = {}
        self.bold_metrics = QFontMetrics(self.bold)
        self.small_metrics = QFontMetrics(self.small)
        self.black = QColor(0, 0, 0)
        self.white = QBrush(QColor(255, 255, 255))
        self.grey = QColor(90, 90, 90)
        self.geometry_cache: CardGeometry | None = None

    # -- data ---------------------------------------------------------------------------
    def set_chart(self, chart: Chart | None) -> None:
        """Show a chart (the same person stays current when they are still on it)."""
        keep = self.current_id()
        self.chart = chart
        self.layout_cache = None
        self._relayout()
        index = self.layout_cache.index_of(keep) if keep and self.layout_cache else -1
        self.current = index if index >= 0 else (0 if self.cards() else -1)
        self.update()

    def cards(self) -> list[PlacedCard]:
        return self.layout_cache.cards if self.layout_cache else []

    def current_id(self) -> str | None:
        cards = self.cards()
        return cards[self.current].card.id if 0 <= self.current < len(cards) else None

    def set_answer(self, person_id: str, answer: str | None) -> None:
        """Show an answer on a card at once (the figures follow with the next load)."""
        cards = self.cards()
        index = self.layout_cache.index_of(person_id) if self.layout_cache else -1
        if index >= 0:
            cards[index].card.answer = answer
            cards[index].answer = answer_text(answer)
            self.update(self.screen_rect(cards[index].rect))

    # -- geometry -----------------------------------------------------------------------
    def _relayout(self) -> None:
        width = max(self.width(), 200)
        if self.chart is None:
            self.layout_cache = None
            self.setMinimumHeight(0)
            return
        if self.layout_cache is None or self.layout_cache.width != width:
            self.layout_cache = build(self.chart, width, QFontMetrics(self.small),
                                      QFontMetrics(self.bold))
            self.setMinimumHeight(self.layout_cache.height)

    def _mirror(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def screen_rect(self, rect: QRect) -> QRect:
        if not self._mirror():
            return rect
        return QRect(self.width() - rect.right() - 1, rect.top(), rect.width(), rect.height())

    def _layout_x(self, x: int) -> int:
        return self.width() - 1 - x if self._mirror() else x

    def sizeHint(self) -> QSize:  # noqa: N802
        height = self.layout_cache.height if self.layout_cache else 200
        return QSize(800, height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        if event.size().width() != event.oldSize().width():
            self._relayout()
        super().resizeEvent(event)

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        layout = self.layout_cache
        if layout is None:
            return
        painter = QPainter(self)
        band = event.rect()
        text = self.palette().color(QPalette.ColorRole.Text)
        for section in layout.sections:
            rect = self.screen_rect(section.rect)
            if not rect.intersects(band):
                continue
            painter.setPen(text)
            painter.setFont(self.title_font if section.level == 1 else self.bold)
            half = rect.height() * 11 // 20
            # absolute: the painter would mirror a plain AlignRight back to the left
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute | (
                Qt.AlignmentFlag.AlignRight if self._mirror() else Qt.AlignmentFlag.AlignLeft)
            painter.drawText(QRect(rect.left(), rect.top(), rect.width(), half), align,
                             section.title)
            painter.setFont(self.small)
            painter.drawText(QRect(rect.left(), rect.top() + half, rect.width(),
                                   rect.height() - half), align, section.summary)
        self._paint_cards(painter, [layout.cards[i]
                                    for i in layout.visible(band.top(), band.bottom())])
        painter.end()

    def _paint_cards(self, painter: QPainter, cards: list[PlacedCard]) -> None:
        """The cards in passes — every box of one colour, every border of one pen, every
        text of one font and colour — so the painter's state changes a dozen times per
        paint, not a dozen times per card. Texts are drawn at a point (a third of the
        cost of a text laid out in a box); their widths are measured once."""
        if not cards:
            return
        mirror = self._mirror()
        rects = [self.screen_rect(c.rect) if mirror else c.rect for c in cards]
        g = self.geometry_of(rects[0].height())
        painter.setPen(Qt.PenStyle.NoPen)
        boxes: dict[int | None, list[QRect]] = {}
        stripes: dict[int, list[QRect]] = {}
        width = g.stripe
        for placed, rect in zip(cards, rects, strict=True):
            level = placed.card.assessment
            boxes.setdefault(level, []).append(rect)
            if level is not None:
                edge = rect.right() - width + 1 if mirror else rect.left()
                stripes.setdefault(level, []).append(QRect(edge, rect.top(), width,
                                                           rect.height()))
        for level, group in boxes.items():
            painter.setBrush(self.fills[level] if level is not None else self.white)
            painter.drawRects(group)
        for level, group in stripes.items():
            painter.setBrush(self.stripes[level])
            painter.drawRects(group)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        borders: dict[str, list[QRect]] = {"member": [], "other": [], "unassessed": []}
        for placed, rect in zip(cards, rects, strict=True):
            kind = "unassessed" if placed.card.assessment is None else (
                "member" if placed.card.member else "other")
            borders[kind].append(rect.adjusted(0, 0, -1, -1))
        for kind, pen in (("member", self.pens[True]), ("other", self.pens[False]),
                          ("unassessed", self.dashed)):
            if borders[kind]:
                painter.setPen(pen)
                painter.drawRects(borders[kind])
        bold, small = self.bold_metrics, self.small_metrics
        size = self._width

        def texts(line: int, metrics: QFontMetrics, at_end: bool,
                  items: list[tuple[QRect, str]]) -> None:
            y0 = g.pad // 2 + line * g.third + g.baseline[metrics is bold]
            right_side = at_end != mirror
            for rect, text in items:
                x = rect.right() - g.pad - size(text, metrics) + 1 if right_side else \
                    rect.left() + g.pad
                painter.drawText(QPoint(x, rect.top() + y0), text)

        pairs = list(zip(rects, cards, strict=True))
        painter.setPen(self.black)
        painter.setFont(self.bold)
        texts(0, bold, False, [(r, c.name) for r, c in pairs])
        texts(2, bold, True, [(r, c.answer) for r, c in pairs if c.answer])
        painter.setFont(self.small)
        texts(1, small, False, [(r, c.marks) for r, c in pairs if c.marks])
        texts(1, small, True, [(r, c.spoken) for r, c in pairs if not c.card.stale])
        flags: dict[bool, list[tuple[QRect, str]]] = {True: [], False: []}
        for r, c in pairs:
            room = r.width() - 2 * g.pad - size(c.answer, bold) - g.pad
            if c.flag and room > 0:
                flags[c.quiet].append((r, self._elided(c.flag, room)))
        painter.setPen(self.grey)
        texts(2, small, False, flags[True])
        painter.setPen(STALE_RED)
        texts(2, small, False, flags[False])
        texts(1, small, True, [(r, c.spoken) for r, c in pairs if c.card.stale])
        everyone = self.cards()
        current = everyone[self.current] if 0 <= self.current < len(everyone) else None
        if current is not None and any(c is current for c in cards):
            rect = self.screen_rect(current.rect)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight),
                                3.0 if self.hasFocus() else 1.5))
            painter.drawRect(rect.adjusted(-2, -2, 1, 1))

    def geometry_of(self, height: int) -> CardGeometry:
        if self.geometry_cache is None or self.geometry_cache.height != height:
            pad = height // 5
            third = (height - pad) // 3
            self.geometry_cache = CardGeometry(height, pad, third, height // 6, {
                True: (third + self.bold_metrics.ascent() - self.bold_metrics.descent()) // 2,
                False: (third + self.small_metrics.ascent()
                        - self.small_metrics.descent()) // 2})
        return self.geometry_cache

    def _width(self, text: str, metrics: QFontMetrics) -> int:
        key = (text, metrics is self.bold_metrics)
        if key not in self.widths:
            self.widths[key] = metrics.horizontalAdvance(text) if text else 0
        return self.widths[key]

    def _elided(self, text: str, width: int) -> str:
        key = (text, width)
        if key not in self.elided:
            self.elided[key] = QFontMetrics(self.small).elidedText(
                text, Qt.TextElideMode.ElideRight, width)
        return self.elided[key]

    # -- the user -------------------------------------------------------------------------
    def select(self, index: int) -> None:
        cards = self.cards()
        if not 0 <= index < len(cards) or index == self.current:
            return
        before = self.current
        self.current = index
        for i in (before, index):
            if 0 <= i < len(cards):
                self.update(self.screen_rect(cards[i].rect).adjusted(-3, -3, 3, 3))
        self.setAccessibleDescription(self.describe(cards[index]))
        self.current_changed.emit(cards[index].card.id)

    def describe(self, placed: PlacedCard) -> str:
        """A card in words (tooltips, screen readers)."""
        card = placed.card
        bits = [card.name, self.tr("member") if card.member else self.tr("not a member"),
                self.tr("assessment {assessment}").format(assessment=card.assessment)
                if card.assessment is not None else self.tr("not assessed"),
                self.tr("point person: {point_person}").format(point_person=card.point_person)
                if card.point_person else self.tr("no point person"), placed.spoken]
        if card.is_point_person:
            bits.append(self.tr("point person for {covers}").format(covers=card.covers))
        if placed.answer:
            bits.append(placed.answer)
        return ", ".join(bits)

    def _index_at(self, pos: QPoint) -> int:
        layout = self.layout_cache
        return -1 if layout is None else layout.card_at(self._layout_x(pos.x()), pos.y())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self._index_at(event.position().toPoint())
        if index < 0:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.select(index)
        if event.button() == Qt.MouseButton.LeftButton:
            person = self.cards()[index].card.id
            if self.click_answer:
                self.answer_requested.emit(person, self.click_answer)
            else:
                self.opened.emit(person)

    def event(self, event) -> bool:  # tooltips: the card in words
        if event.type() == event.Type.ToolTip:
            index = self._index_at(event.pos())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.describe(self.cards()[index]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        cards = self.cards()
        key = event.key()
        if not cards:
            return super().keyPressEvent(event)
        step = -1 if self._mirror() else 1
        moves = {Qt.Key.Key_Right: self.current + step, Qt.Key.Key_Left: self.current - step,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(cards) - 1}
        if key in moves:
            self.select(max(0, min(len(cards) - 1, moves[key])))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.select(self.layout_cache.nearest(self.current,
                                                   -1 if key == Qt.Key.Key_Up else 1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(cards[self.current].card.id)
        elif key in ANSWER_KEYS and self.chart is not None and self.chart.action_id:
            self.answer_requested.emit(cards[self.current].card.id, ANSWER_KEYS[key])
        elif key == Qt.Key.Key_M or key == Qt.Key.Key_Menu:
            self._menu(self.screen_rect(cards[self.current].rect).center())
        else:
            return super().keyPressEvent(event)
        self._scroll_to_current()

    def _scroll_to_current(self) -> None:
        cards = self.cards()
        area = self.parentWidget().parentWidget() if self.parentWidget() else None
        if isinstance(area, QScrollArea) and 0 <= self.current < len(cards):
            rect = self.screen_rect(cards[self.current].rect)
            area.ensureVisible(rect.center().x(), rect.center().y(), rect.width(),
                               rect.height())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        index = self._index_at(event.pos())
        if index >= 0:
            self.select(index)
            self._menu(event.pos())

    def _menu(self, pos: QPoint) -> None:
        cards = self.cards()
        if not 0 <= self.current < len(cards) or self.chart is None:
            return
        person = cards[self.current].card
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Open {name}").format(name=person.name),
                       lambda: self.opened.emit(person.id))
        if self.chart.action_id:
            answers = menu.addMenu(self.tr("Answer"))
            for label, value, key in ((self.tr("Yes"), "yes", "Y"), (self.tr("No"), "no", "N"),
                                      (self.tr("Asked, undecided"), "asked_undecided", "U"),
                                      (self.tr("Not asked yet"), "not_asked", "0")):
                action = answers.addAction(f"{label}\t{key}")
                action.triggered.connect(
                    lambda _c=False, v=value: self.answer_requested.emit(person.id, v))
        move = menu.addMenu(self.tr("Move to unit"))
        for unit in self.chart.workplace.units:
            action = move.addAction("    " * (unit.unit.level - 1) + unit.unit.name)
            action.setEnabled(unit.unit.id != person.unit_id)
            action.triggered.connect(
                lambda _c=False, u=unit.unit.id: self.move_requested.emit(person.id, u))
        move.addSeparator()
        none = move.addAction(self.tr("No unit"))
        none.setEnabled(person.unit_id is not None)
        none.triggered.connect(lambda: self.move_requested.emit(person.id, ""))
        self.menu = menu
        menu.popup(self.mapToGlobal(pos))
