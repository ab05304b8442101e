"""A4 pages to draw text on, for :mod:`sync.exchange.pdf`: fpdf2 with HarfBuzz shaping.

Text goes in a box (x, y, width, height in millimetres), vertically centred, aligned to
the start or the end of the line, cut short with "…" when it does not fit. Fonts are
the Noto Sans family shipped in ``resources/fonts``: Noto Sans draws Latin, Greek and
Cyrillic; Arabic (also Persian and Urdu letters), Hebrew, Devanagari, Bengali,
Gurmukhi, Gujarati and Tamil fall back to their own Noto fonts (fpdf2's fallback
fonts), so a line may mix scripts. Scripts with no font here (Chinese, Japanese,
Korean, Thai…) are left out of the page.

Speed: a shaped cell costs ~0.3 ms (fpdf2's Python bidi pass and glyph placement;
HarfBuzz itself takes a few microseconds), so only text that needs it is shaped. Text
made only of characters Noto Sans draws one by one (Latin, Greek, Cyrillic, common
punctuation; no combining marks, nothing written right to left) is placed directly,
about 40 times quicker. Shaped text is drawn in the one font that has all of it when
there is one (one shaping run instead of a fallback look-up per character), measured
by HarfBuzz directly, and drawn as one cell that fpdf2 aligns itself.

Right to left: a text whose first strong character is right to left is a
right-to-left paragraph, aligned to the right of its box. fpdf2 orders its "ltr" and
"rtl" fragments itself, which is right for up to two levels; a text with three (a
number inside Arabic inside a Latin line) or explicit embeddings is cut into runs of
one embedding level by the Unicode bidi algorithm (fpdf2's implementation), the runs
are put in visual order (rule L2), and each is shaped in its own direction. A canvas
for a right-to-left language mirrors the page: every box and line is drawn at its
mirror image, so columns run from the right and text starts at the right edge.
"""

from __future__ import annotations

import contextlib
import functools
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate
from typing import BinaryIO

import uharfbuzz as hb
from fpdf import FPDF
from fpdf.bidi import BidiParagraph
from fpdf.enums import TextDirection

from ..errors import CaucusError
from ..resources import resources_dir
from . import document_words

PAGE_W, PAGE_H = 210.0, 297.0
#: page sizes in millimetres, portrait (width, height)
PAGE_SIZES = {"A4": (PAGE_W, PAGE_H), "A3": (297.0, 420.0)}
PT = 25.4 / 72  # millimetres in a point
ELLIPSIS = "…"

#: family: (regular, bold) files in resources/fonts; the first family is the main one.
#: Bengali, Gurmukhi, Gujarati and Tamil ship only a regular face (it serves bold text
#: too), to keep the tree small.
FONT_FILES: dict[str, tuple[str, str | None]] = {
    "NotoSans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "NotoSansArabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "NotoSansHebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    "NotoSansDevanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    "NotoSansBengali": ("NotoSansBengali-Regular.ttf", None),
    "NotoSansGurmukhi": ("NotoSansGurmukhi-Regular.ttf", None),
    "NotoSansGujarati": ("NotoSansGujarati-Regular.ttf", None),
    "NotoSansTamil": ("NotoSansTamil-Regular.ttf", None),
}
MAIN_FONT = next(iter(FONT_FILES))

#: languages written right to left (ISO 639 codes)
RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ku", "ps", "sd",
                           "ug", "ur", "yi"})

#: bidi classes of characters that need the bidi algorithm
_BIDI_CLASSES = frozenset({"R", "AL", "AN", "NSM", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI",
                           "LRI", "FSI", "PDI"})

#: explicit embeddings, overrides and isolates
_EXPLICIT = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_CONTROLS = dict.fromkeys([*range(0x20), 0x7F, 0x2028, 0x2029], " ")

#: progress(pages_done, total): called before each page; raise to stop (nothing is written)
Progress = Callable[[int, int], None]


class PdfFontsMissing(CaucusError):
    """The fonts for PDFs are missing from this installation of Caucus (resources/fonts);
    reinstall it. No file was written."""


def is_rtl_language(language: str) -> bool:
    """True for a language (``ar``, ``he-IL``, ``fa_IR``…) written right to left."""
    return language.replace("-", "_").split("_")[0].lower() in RTL_LANGUAGES


def _placed_directly(code: int) -> bool:
    """Can this code point be drawn as its own glyph, without shaping or bidi?"""
    if not (code < 0x0590 or 0x1E00 <= code < 0x2000 or 0x2010 <= code <= 0x2027
            or 0x2030 <= code <= 0x205E or 0x20A0 <= code < 0x2190):
        return False
    char = chr(code)
    return (unicodedata.category(char)[0] not in "MC"
            and unicodedata.bidirectional(char) not in _BIDI_CLASSES)


def first_strong_rtl(text: str) -> bool | None:
    """The direction of the text's first strong character (rules P2, P3): True for right
    to left, False for left to right, None when it has none (digits, punctuation)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return None


def visual_runs(text: str, rtl: bool) -> list[tuple[str, bool]]:
    """``text`` as runs of one embedding level in visual order (left to right), each
    with its direction (True: right to left), for a paragraph of direction ``rtl``."""
    base = TextDirection.RTL if rtl else TextDirection.LTR
    runs: list[list] = []  # [level, text], logical order
    for char in BidiParagraph(text, base_direction=base).get_characters_with_embedding_level():
        if runs and runs[-1][0] == char.embedding_level:
            runs[-1][1] += char.character
        else:
            runs.append([char.embedding_level, char.character])
    if not runs:
        return []
    levels = [level for level, _ in runs]
    odd = [level for level in levels if level % 2] or [max(levels) + 1]
    for level in range(max(levels), min(odd) - 1, -1):  # rule L2, a run at a time
        i = 0
        while i < len(runs):
            if runs[i][0] < level:
                i += 1
                continue
            j = i
            while j < len(runs) and runs[j][0] >= level:
                j += 1
            runs[i:j] = runs[i:j][::-1]
            i = j
    return [(chunk, level % 2 == 1) for level, chunk in runs]


@functools.lru_cache(maxsize=32)
def _hb_font(path: str) -> tuple[hb.Font, int]:
    face = hb.Face(hb.Blob.from_file_path(path))
    return hb.Font(face), face.upem


def _advance(path: str, text: str) -> float:
    """How far shaped ``text`` advances in the font file at ``path``, in ems."""
    font, upem = _hb_font(path)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    return sum(p.x_advance for p in buf.glyph_positions or ()) / upem


def _cut_points(text: str) -> list[int]:
    """Where ``text`` may be cut without splitting a letter from its marks."""
    return [i for i in range(1, len(text)) if unicodedata.category(text[i])[0] != "M"
            and text[i - 1] not in "\u200c\u200d"]


class Canvas:
    """An fpdf2 document of A4 (or A3) pages with millimetre boxes (mirrored when
    ``rtl``)."""

    def __init__(self, title: str, language: str = "", progress: Progress | None = None,
                 *, page: str = "A4", landscape: bool = False) -> None:
        self.rtl = is_rtl_language(language)
        #: the document's own words ("Page n of N"…) in its language
        self.words = document_words.words(language)
        self.progress = progress
        self.pages = 0
        width, height = PAGE_SIZES[page]
        #: the page's width and height in millimetres (as it is turned)
        self.width, self.height = (height, width) if landscape else (width, height)
        pdf = FPDF(unit="mm", format=page, orientation="L" if landscape else "P")
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        pdf.c_margin = 0
        pdf.set_title(title)
        pdf.set_creator("Caucus")
        if language:  # "ar_EG.UTF-8" is the PDF language "ar-EG"
            pdf.set_lang(language.split(".")[0].split("@")[0].replace("_", "-"))
        folder = resources_dir() / "fonts"
        try:
            for family, files in FONT_FILES.items():
                for style, name in zip(("", "B"), files, strict=True):
                    if name:
                        pdf.add_font(family, style, str(folder / name))
                        _hb_font(str(folder / name))
        except OSError:
            raise PdfFontsMissing() from None
        # a bold fallback where there is one, else the regular face
        pdf.set_fallback_fonts(list(FONT_FILES)[1:], exact_match=False)
        pdf.set_text_shaping(True)
        self.pdf = pdf
        #: per style, the characters the main font draws without shaping
        self._direct: dict[str, frozenset[str]] = {}
        for style in ("B", ""):
            pdf.set_font(MAIN_FONT, style, 9)
            self._direct[style] = frozenset(
                chr(code) for code in pdf.current_font.cmap if _placed_directly(code))
        #: the fallback families with the characters each has, and the faces there are
        self._covers: list[tuple[str, frozenset[str]]] = []
        for family in list(FONT_FILES)[1:]:
            pdf.set_font(family, "", 9)
            self._covers.append((family, frozenset(map(chr, pdf.current_font.cmap))))
        self._font_files = {(family, style): str(folder / name)
                            for family, files in FONT_FILES.items()
                            for style, name in zip(("", "B"), files, strict=True) if name}
        self._faces = set(self._font_files)
        self.font(9)

    # -- state --------------------------------------------------------------------------
    def font(self, size: float, bold: bool = False) -> None:
        self._style = "B" if bold else ""
        self._size = size
        self.pdf.set_font(MAIN_FONT, self._style, size)
        self._chars = self._direct[self._style]

    def _face_for(self, text: str) -> tuple[str, str] | None:
        """The one fallback face (family, style) that has every character of ``text``,
        if there is one."""
        family = next((f for f, chars in self._covers if chars.issuperset(text)), None)
        if family is None:
            return None
        return family, self._style if (family, self._style) in self._faces else ""

    @contextlib.contextmanager
    def _font_for(self, text: str) -> Iterator[None]:
        """Within the block, the one font that has every character of ``text`` when
        there is one (one shaping run, no fallback look-up per character), else the
        main font with its fallbacks; the main font again after."""
        face = self._face_for(text)
        if face is None:
            yield
            return
        self.pdf.set_font(face[0], face[1], self._size)
        try:
            yield
        finally:
            self.pdf.set_font(MAIN_FONT, self._style, self._size)

    def _shaped_width(self, text: str, rtl: bool) -> float:
        """The width of shaped ``text``: by HarfBuzz directly when one font has it all
        (a few microseconds; fpdf2's measuring runs its Python bidi pass first)."""
        face = self._face_for(text)
        if face is not None:
            return _advance(self._font_files[face], text) * self._size * PT
        self.pdf.set_text_shaping(True, direction="rtl" if rtl else "ltr")
        return self.pdf.get_string_width(text)

    def line_height(self) -> float:
        """The distance between wrapped lines in the current font, in millimetres."""
        return self.pdf.font_size * 1.3

    def new_page(self, total: int) -> None:
        """Start a page; ``progress`` hears of it first (and may stop the document)."""
        if self.progress is not None:
            self.progress(self.pages, total)
        self.pdf.add_page()
        self.pages += 1

    def write(self, fh: BinaryIO) -> None:
        fh.write(self.pdf.output())

    # -- measuring ----------------------------------------------------------------------
    def _direct_width(self, text: str) -> float:
        widths = self.pdf.current_font.cw
        return sum(map(widths.__getitem__, map(ord, text))) * self.pdf.font_size * 0.001

    def measure(self, text: str) -> float:
        """The width of ``text`` in the current font, in millimetres."""
        if self._chars.issuperset(text):
            return self._direct_width(text)
        return self._shaped_width(text, bool(first_strong_rtl(text)))

    def _elide(self, text: str, width: float) -> str:
        """The longest start of ``text`` that fits ``width`` with "…" after it."""
        if self._chars.issuperset(text):  # widths add up: one pass
            room = width - self._direct_width(ELLIPSIS)
            scale = self.pdf.font_size * 0.001
            ends = accumulate(self.pdf.current_font.cw[ord(c)] * scale for c in text)
            return text[:bisect_right(list(ends), room)].rstrip() + ELLIPSIS
        points = _cut_points(text)
        lo, hi = 0, len(points)  # points[:lo] fit; points[hi:] do not
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.measure(text[:points[mid - 1]].rstrip() + ELLIPSIS) <= width:
                lo = mid
            else:
                hi = mid - 1
        return (text[:points[lo - 1]].rstrip() if lo else "") + ELLIPSIS

    def wrap(self, text: str, width: float) -> list[str]:
        """``text`` broken into lines of at most ``width`` (at spaces where it can)."""
        lines: list[str] = []
        space = self.measure(" ")
        for paragraph in text.split("\n"):
            line, used = "", 0.0
            for word in paragraph.split(" "):
                w = self.measure(word)
                if line and used + space + w <= width:
                    line, used = f"{line} {word}", used + space + w
                    continue
                if line:
                    lines.append(line.rstrip())
                while w > width and len(word) > 1:  # a word longer than the line
                    cut = max([p for p in _cut_points(word)
                               if self.measure(word[:p]) <= width] or [1])
                    lines.append(word[:cut])
                    word = word[cut:]
                    w = self.measure(word)
                line, used = word, w
            lines.append(line.rstrip())
        return lines

    # -- drawing ------------------------------------------------------------------------
    def _box_x(self, x: float, w: float) -> float:
        return self.width - x - w if self.rtl else x

    def text(self, x: float, y: float, w: float, h: float, text: str,
             align: str = "start", elide: bool = True, rtl: bool | None = None) -> None:
        """Draw one line of ``text`` in a box. ``align`` is "start" (the side the text
        starts on: the right for right-to-left text or on a right-to-left page),
        "page" (the side the page's lines start on, whatever the text), "end" (the
        other side of the page) or "center"; ``rtl`` is the paragraph's direction
        (default: from the text)."""
        if not text:
            return
        x = self._box_x(x, w)
        pdf = self.pdf
        if not self._chars.issuperset(text):  # one line: a break or tab is a space
            text = text.translate(_CONTROLS)
        if self._chars.issuperset(text):
            width = self._direct_width(text)
            if elide and width > w:
                text = self._elide(text, w)
                width = self._direct_width(text)
            left = self._left(x, w, width, align, False)
            pdf.text(left, y + h / 2 + 0.3 * pdf.font_size, text)
            return
        if rtl is None:
            found = first_strong_rtl(text)
            rtl = self.rtl if found is None else found
        width = self._shaped_width(text, rtl)
        if elide and width > w:
            text = self._elide(text, w)
            width = self.measure(text)
        left = self._left(x, w, width, align, rtl)
        # fpdf2 orders "ltr" and "rtl" fragments itself, rightly unless a paragraph
        # nests three levels (a number in Arabic in a Latin line) or has explicit
        # embeddings: then each run of one level is drawn on its own, in visual order
        if (rtl or not any(c.isdigit() for c in text)) and not _EXPLICIT.intersection(text):
            # one cell the width of the box, aligned by fpdf2 (which measures as it
            # draws): one bidi pass and one shaping per cell
            side = "C" if align == "center" else "L" if left == x else "R"
            pdf.set_xy(x, y)
            with self._font_for(text):
                pdf.set_text_shaping(True, direction="rtl" if rtl else "ltr")
                pdf.cell(w, h, text, align=side)
        else:
            pdf.set_xy(left, y)
            for chunk, chunk_rtl in visual_runs(text, rtl):
                with self._font_for(chunk):
                    pdf.set_text_shaping(True, direction="rtl" if chunk_rtl else "ltr")
                    pdf.cell(None, h, chunk)
        pdf.set_text_shaping(True)
        # a cell with fallback fonts sets its font inside q … Q; have the next direct
        # text set the font again instead of trusting the state the Q dropped
        pdf.current_font_is_set_on_page = False

    def _left(self, x: float, w: float, width: float, align: str, rtl: bool) -> float:
        """Where a line ``width`` wide starts in the box at ``x`` (see :meth:`text`)."""
        if align == "center":
            return x + (w - width) / 2
        if (align == "end") != (self.rtl or (rtl and align == "start")):
            return x + w - width
        return x

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.2) -> None:
        if self.rtl:
            x1, x2 = self.width - x1, self.width - x2
        self.pdf.set_line_width(width)
        self.pdf.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float,
             fill: tuple[int, int, int] | None = None,
             stroke: tuple[int, int, int] | None = (0, 0, 0), width: float = 0.2,
             dashed: bool = False) -> None:
        """A box, filled and/or outlined (dashed: a line that stands out in grey print)."""
        if fill is None and stroke is None:
            return
        pdf = self.pdf
        if fill is not None:
            pdf.set_fill_color(*fill)
        if stroke is not None:
            pdf.set_draw_color(*stroke)
            pdf.set_line_width(width)
        if dashed:
            pdf.set_dash_pattern(dash=1.2, gap=0.8)
        style = ("F" if stroke is None else "DF") if fill is not None else "D"
        pdf.rect(self._box_x(x, w), y, w, h, style=style)
        if dashed:
            pdf.set_dash_pattern()
        pdf.set_draw_color(0, 0, 0)

    def colour(self, rgb: tuple[int, int, int] = (0, 0, 0)) -> None:
        """The colour of the text drawn next (black by default)."""
        self.pdf.set_text_color(*rgb)

