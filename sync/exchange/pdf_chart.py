"""The wall chart as a PDF for the meeting wall: A3 landscape, drawn without Qt (fpdf2).

Each unit is a section — its path, a line of figures (headcount, density, coverage,
the chosen test's share) — and a grid of cards, a card per person: tinted by
assessment with a stripe of its colour (white and dashed when not assessed), a heavy
border for a member, marks for leader (L), steward (S) and point person (P and how
many people), the age of the last conversation (bold red past 90 days), "no point
person" in red, and the person's answer to the chosen test. Sections run on over pages
("(continued)"); every page has the branch, the title, the date and "Page n of N". On a
right-to-left page the canvas mirrors every box.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..records import ASSESSMENT_COLOURS
from ..store.files import atomic_file
from .organising_docs import ChartCard, ChartDoc, ChartSection
from .pdf_canvas import Canvas, Progress

MARGIN = 12.0
CARD_W, CARD_H, GAP = 44.0, 15.0, 2.0
INDENT = 6.0
SECTION_H = 12.0  # a section's title and its line of figures
COLOURS = ASSESSMENT_COLOURS
RED = (190, 20, 20)
GREY = (120, 120, 120)


def tint(rgb: tuple[int, int, int], keep: float = 0.35) -> tuple[int, int, int]:
    """The colour mixed with white (text stays readable on it, in colour or grey)."""
    r, g, b = rgb
    return (round(255 - (255 - r) * keep), round(255 - (255 - g) * keep),
            round(255 - (255 - b) * keep))


@dataclass
class Placed:
    """Something drawn on a page: a section heading or a card, at (x, y)."""

    x: float
    y: float
    section: ChartSection
    card: ChartCard | None = None
    continued: bool = False


def layout(doc: ChartDoc, width: float, height: float) -> list[list[Placed]]:
    """The chart's pages: where each section heading and card goes."""
    top_first = MARGIN + 9 + 6 + 4 * len(doc.legend) + 4
    top, bottom = MARGIN + 8, height - MARGIN - 6
    pages: list[list[Placed]] = [[]]
    y = top_first
    for section in doc.sections:
        left = MARGIN + INDENT * (section.level - 1)
        per_row = max(1, int((width - MARGIN - left + GAP) // (CARD_W + GAP)))
        if y + SECTION_H + CARD_H > bottom and pages[-1]:
            pages.append([])
            y = top
        pages[-1].append(Placed(left, y, section))
        y += SECTION_H
        for n, card in enumerate(section.cards):
            column = n % per_row
            if column == 0 and n:
                y += CARD_H + GAP
            if y + CARD_H > bottom:
                pages.append([Placed(left, top, section, continued=True)])
                y = top + SECTION_H
            pages[-1].append(Placed(left + column * (CARD_W + GAP), y, section, card))
        y += (CARD_H + GAP if section.cards else 0) + 4
    return pages


def _card(c: Canvas, x: float, y: float, card: ChartCard) -> None:
    colour = COLOURS.get(card.assessment) if card.assessment is not None else None
    c.rect(x, y, CARD_W, CARD_H, fill=tint(colour) if colour else (255, 255, 255),
           stroke=(20, 20, 20) if card.member else GREY,
           width=0.6 if card.member else 0.2, dashed=colour is None)
    if colour:
        c.rect(x, y, 2.5, CARD_H, fill=colour, stroke=None)
    inner, w = x + 3.5, CARD_W - 5
    c.font(8, bold=True)
    c.text(inner, y + 0.8, w, 4.4, card.name)
    c.font(7, bold=True)
    c.text(inner, y + 5.2, w / 2, 4, card.marks)
    c.font(7, bold=card.stale)
    c.colour(RED if card.stale else (0, 0, 0))
    c.text(inner + w / 2, y + 5.2, w / 2, 4, card.spoken, "end")
    c.font(7)
    if card.no_point_person:
        c.colour(RED)
        c.text(inner, y + 9.6, w * 0.6, 4, "no point person")
    c.colour()
    if card.answer:
        c.font(7, bold=True)
        c.text(inner + w * 0.55, y + 9.6, w * 0.45, 4, card.answer, "end")
    if card.assessment is None:
        c.font(6)
        c.colour(GREY)
        c.text(inner, y + 9.6 if not card.no_point_person else y + 12.4, w, 2.6,
               "not assessed", "end" if card.no_point_person else "start")
        c.colour()


def write_chart_pdf(doc: ChartDoc, path: str | Path, progress: Progress | None = None,
                    *, language: str = "") -> int:
    """Draw the wall chart; returns the number of pages."""
    with atomic_file(Path(path)) as fh:
        c = Canvas(f"{doc.title} — {doc.branch}", language, progress, page="A3",
                   landscape=True)
        width, height = c.width, c.height
        inside = width - 2 * MARGIN
        pages = layout(doc, width, height)
        for number, items in enumerate(pages, 1):
            c.new_page(len(pages))
            c.font(8)
            c.text(MARGIN, 5, inside / 2, 5, doc.branch, "page")
            c.text(MARGIN + inside / 2, 5, inside / 2, 5, doc.date, "end")
            c.text(MARGIN, height - 9, inside, 5, c.words["page_of"].format(
                page=number, total=len(pages)), "center")
            if number == 1:
                c.font(16, bold=True)
                c.text(MARGIN, MARGIN, inside, 9, doc.title, "page")
                c.font(9)
                c.text(MARGIN, MARGIN + 9, inside, 6, doc.subtitle, "page")
                c.font(7)
                c.colour(GREY)
                for n, line in enumerate(doc.legend):
                    c.text(MARGIN, MARGIN + 15 + 4 * n, inside, 4, line, "page")
                c.colour()
            for item in items:
                if item.card is not None:
                    _card(c, item.x, item.y, item.card)
                    continue
                section = item.section
                c.font(11 if section.level == 1 else 10, bold=True)
                title = (c.words["continued"].format(title=section.title) if item.continued
                         else section.title)
                c.text(item.x, item.y, width - MARGIN - item.x, 6, title, "page")
                c.font(8)
                c.text(item.x, item.y + 5.5, width - MARGIN - item.x, 5, section.summary,
                       "page")
        c.write(fh)
    return len(pages)
