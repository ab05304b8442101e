"""The PDF renderer (:mod:`sync.exchange.pdf`, fpdf2 + HarfBuzz, no Qt): every document
kind written to a real file and read back with poppler (``pdftotext``, ``pdfinfo``):
names in Latin, Arabic, Hebrew and Devanagari; right-to-left cells and pages; the page
count of a long list; where labels land; a cancel; and the CLI drawing in a process
that never loads Qt."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from sync.exchange import pdf
from sync.exchange import printing as docs
from sync.exchange.errors import ExportCancelled
from sync.exchange.pdf_canvas import PdfFontsMissing, visual_runs
from sync.exchange.subject_access import subject_access
from sync.records import MemberQuery

from ..conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
MM = 25.4 / 72  # millimetres in a PDF point
#: the marks pdftotext puts around right-to-left runs (embeddings, isolates, LRM/RLM)
BIDI_MARKS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])

ARABIC = ("فاطمة", "الحسيني")  # first, last
HEBREW = ("דוד", "כהן")
DEVANAGARI = ("प्रिया", "शर्मा")


def pdf_text(path: Path, *args: str) -> str:
    """The PDF's text by pdftotext, bidi marks removed; poppler must not complain (a
    text drawn without a font set is a "Syntax Error" on stderr)."""
    done = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stderr == ""
    return done.stdout.translate(BIDI_MARKS)


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def holds(text: str, line: str) -> bool:
    """``line`` is in ``text``, white space aside: poppler guesses where spaces go from
    the gaps between glyphs, and guesses wrong around a right-to-left word in a
    left-to-right line and inside a Devanagari word whose vowel sign is drawn before
    its consonant (ि); the letters and their order are what is checked."""
    return squeezed(line) in squeezed(text)


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          timeout=60, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


@dataclass
class Word:
    text: str  # as drawn: a right-to-left word's letters come in visual order
    x0: float  # millimetres from the page's left and top edges
    y0: float
    x1: float
    y1: float


def words(path: Path, page: int = 1) -> list[Word]:
    """Every word on a page with its box, by ``pdftotext -bbox``."""
    html = pdf_text(path, "-bbox", "-f", str(page), "-l", str(page))
    return [Word(m[5], *(float(v) * MM for v in m.groups()[:4])) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html)]


def find(found: list[Word], text: str) -> Word:
    """The word drawn as ``text`` (a right-to-left word: given in logical order)."""
    hits = [w for w in found if w.text in (text, text[::-1])]
    assert len(hits) == 1, (text, [w.text for w in found])
    return hits[0]


@pytest.fixture
def scripts(branch):
    """Members named in four scripts, a meeting, an Arabic address and a note."""
    ids = {
        "latin": branch.add_member(first_name="Ana", last_name="Lopez", membership_no="1001",
                                   address="12 High Street", postcode="N1 2AB"),
        "arabic": branch.add_member(first_name=ARABIC[0], last_name=ARABIC[1],
                                    membership_no="1002",
                                    address="شارع النيل 12\nالقاهرة"),
        "hebrew": branch.add_member(first_name=HEBREW[0], last_name=HEBREW[1],
                                    address="רחוב הרצל 5"),
        "devanagari": branch.add_member(first_name=DEVANAGARI[0], last_name=DEVANAGARI[1],
                                        address="5 MG Road", postcode="560001"),
    }
    ids["meeting"] = branch.add_meeting("Spring AGM", "2026-04-01", "Community Hall", 3)
    branch.add_note(f"Spoke with {ARABIC[0]} at the depot gate", member_id=ids["arabic"])
    return ids


def assert_names(text: str) -> None:
    """Every member's name came back, letter for letter in the order written."""
    assert "Lopez" in text and "Ana" in text
    for word in (*ARABIC, *HEBREW):
        assert word in text
    for word in DEVANAGARI:
        assert holds(text, word)


def test_every_document_kind_holds_every_script(branch, scripts, tmp_path):
    kinds = {
        "member-list": docs.member_list_doc(branch),
        "sign-in": docs.sign_in_doc(branch, scripts["meeting"], MemberQuery()),
        "labels": docs.labels_doc(branch),
        "subject-access": docs.subject_access_doc(subject_access(branch, scripts["arabic"])),
    }
    for kind, doc in kinds.items():
        out = tmp_path / f"{kind}.pdf"
        pages = pdf.write_pdf(doc, out)
        assert pages == page_count(out) and (pages == 1 or kind == "subject-access")
        assert out.stat().st_mode & 0o777 == 0o600  # personal data: the owner's only
        text = pdf_text(out)
        assert "Northside Tenants" in text and f"Page {pages} of {pages}" in text, kind
        if kind == "subject-access":
            assert holds(text, f"Personal data held about {ARABIC[0]} {ARABIC[1]}")
            assert holds(text, f"Spoke with {ARABIC[0]} at the depot gate")
            continue
        assert_names(text)
    labels = pdf_text(tmp_path / "labels.pdf")
    assert "Mailing labels" in labels  # its title, in the header
    for line in ("شارع النيل", "القاهرة", "רחוב הרצל", "12 High Street", "560001"):
        assert line in labels
    sign_in = pdf_text(tmp_path / "sign-in.pdf")
    assert "Sign-in: Spring AGM" in sign_in and "Signature" in sign_in


def test_an_arabic_branch_name_heads_every_page(tmp_path):
    """The first text on each page is shaped (fpdf2 sets its font inside q … Q); the
    date and the rows after it still have their font (or poppler reports an error)."""
    doc = long_list(60)
    doc.branch = "فرع الشمال"
    out = tmp_path / "list.pdf"
    assert pdf.write_pdf(doc, out) == 2
    for page in (1, 2):
        text = pdf_text(out, "-f", str(page), "-l", str(page))
        assert "فرع" in text and "الشمال" in text and doc.date in text
        assert f"Page {page} of 2" in text


#: names in the scripts that have a regular face only (it serves bold text too)
SOUTH_ASIAN = ("রহিম উদ্দিন", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ", "કિરણ પટેલ", "முருகன் செல்வம்")


def test_bengali_gurmukhi_gujarati_and_tamil_names_are_drawn(tmp_path):
    labels = tmp_path / "labels.pdf"
    pdf.write_pdf(docs.LabelsDoc("Northside Tenants", "2026-04-01",
                                 [[name, "1 Mill Lane"] for name in SOUTH_ASIAN]), labels)
    table = tmp_path / "list.pdf"
    doc = long_list(0)
    doc.rows = [[name, "", "", "", "", ""] for name in SOUTH_ASIAN]
    pdf.write_pdf(doc, table)
    for out in (labels, table):  # bold on a label's first line, regular in the table
        text = pdf_text(out)
        for name in SOUTH_ASIAN:
            assert holds(text, name), (out.name, name)


def test_right_to_left_names_are_drawn_from_the_right_of_their_cells(branch, scripts,
                                                                      tmp_path):
    out = tmp_path / "sign-in.pdf"
    pdf.write_pdf(docs.sign_in_doc(branch, scripts["meeting"], MemberQuery()), out)
    found = words(out)
    name, number = find(found, "Name"), find(found, "No.")
    latin = find(found, "Lopez,")
    last, first = find(found, ARABIC[1] + ","), find(found, ARABIC[0])
    assert abs(latin.x0 - name.x0) < 0.5  # Latin starts at the cell's left edge
    assert first.x1 < last.x0  # the first word read (the last name) is on the right
    assert number.x0 - 6 < last.x1 < number.x0  # ending at the cell's right edge
    hebrew = find(found, HEBREW[1] + ",")
    assert abs(hebrew.x1 - last.x1) < 0.5


def test_an_arabic_document_runs_from_the_right(branch, scripts, tmp_path):
    ltr, rtl = tmp_path / "en.pdf", tmp_path / "ar.pdf"
    doc = docs.sign_in_doc(branch, scripts["meeting"], MemberQuery())
    pdf.write_pdf(doc, ltr)
    pdf.write_pdf(doc, rtl, language="ar_EG")
    for out, mirrored in ((ltr, False), (rtl, True)):
        found = words(out)
        order = [find(found, c).x0 for c in ("Name", "No.", "Workplace", "Signature")]
        assert order == sorted(order, reverse=mirrored)
        branch_name, date = find(found, "Northside"), find(found, doc.date)
        assert (branch_name.x0 > date.x0) is mirrored
        # every cell starts from the column's start: in Arabic, the right
        heading = find(found, "Name")
        edge = (find(found, "Ana").x1 - heading.x1 if mirrored
                else find(found, "Lopez,").x0 - heading.x0)
        assert abs(edge) < 0.5
    assert_names(pdf_text(rtl))


def to_unicode(path: Path) -> set[str]:
    """What the PDF's fonts say their glyphs stand for (every ToUnicode CMap entry)."""
    texts = set()
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", path.read_bytes(), re.S):
        body = stream.group(1)
        try:
            body = zlib.decompress(body)
        except zlib.error:
            pass  # not compressed (as fpdf2 writes the CMaps)
        if b"beginbfchar" in body:
            texts |= {bytes.fromhex(m.decode()).decode("utf-16-be") for m in
                      re.findall(rb"<[0-9A-F]{4}> <([0-9A-F]{4,})>", body)}
    return texts


def test_a_lam_alef_ligature_stands_for_its_two_letters_in_order(tmp_path):
    """Lam + alef is one glyph; the PDF maps it back to "لا" (lam first). (pdftotext
    then prints the pair reversed, "ال": poppler reverses a ligature's letters along
    with the word's glyphs, so the names above avoid the pair.)"""
    doc = long_list(1)
    doc.rows[0][0] = "صلاح"
    out = tmp_path / "list.pdf"
    pdf.write_pdf(doc, out)
    assert "\u0644\u0627" in to_unicode(out)
    assert {"\u0635", "\u062d"} <= to_unicode(out)


def test_numbers_and_latin_inside_arabic_keep_their_places():
    """The bidi runs in visual order (what fpdf2's own ordering got wrong: a number in
    Arabic in a Latin line)."""
    assert visual_runs("Depot محمد علي 12", rtl=False) == [
        ("Depot ", False), ("12", False), ("محمد علي ", True)]
    assert visual_runs("شارع النيل 12", rtl=True) == [("12", False), ("شارع النيل ", True)]
    assert visual_runs("Ana Lopez", rtl=False) == [("Ana Lopez", False)]


def long_list(n: int) -> docs.TableDoc:
    rows = [[f"Last{i:04d}, First{i:04d}", str(1000 + i), "Depot", "member", "", ""]
            for i in range(n)]
    return docs.TableDoc("member-list", "Member list", "Northside Tenants", "2026-04-01",
                         ["Name", "No.", "Workplace", "Status", "Email", "Phone"],
                         [2.8, 1.1, 2.1, 1.6, 2.9, 2.3], rows, f"{n} members")


def rows_on(path: Path, page: int) -> list[int]:
    text = pdf_text(path, "-f", str(page), "-l", str(page))
    return [int(n) for n in re.findall(r"Last(\d{4}), First\1", text)]


def test_a_long_list_fills_its_pages_and_repeats_the_headings(tmp_path):
    out = tmp_path / "list.pdf"
    pages = pdf.write_pdf(long_list(300), out)
    assert pages == page_count(out) >= 3
    per_page = [rows_on(out, p) for p in range(1, pages + 1)]
    assert [i for rows in per_page for i in rows] == list(range(300))  # all, in order
    middle = {len(rows) for rows in per_page[1:-1]}
    assert len(middle) == 1 and 0 < len(per_page[-1]) <= middle.pop()
    for p in range(1, pages + 1):
        text = pdf_text(out, "-f", str(p), "-l", str(p))
        assert f"Page {p} of {pages}" in text
        assert all(h in text for h in ("Name", "No.", "Workplace", "Status", "Phone"))
        assert ("Member list (continued)" in text) is (p > 1)
    # the count is exact: a list that just fills the first page takes one page, one
    # more row starts a second
    first = len(per_page[0])
    assert pdf.write_pdf(long_list(first), tmp_path / "one.pdf") == 1
    assert pdf.write_pdf(long_list(first + 1), tmp_path / "two.pdf") == 2
    assert rows_on(tmp_path / "two.pdf", 2) == [first]


def test_a_long_cell_is_cut_short_inside_its_column(tmp_path):
    doc = long_list(2)
    doc.rows[0][2] = "The Central Bus Depot and Maintenance Yard of the Northern Division"
    doc.rows[1][2] = "مستودع النقل المركزي وورشة الصيانة في المنطقة الشمالية"
    out = tmp_path / "list.pdf"
    pdf.write_pdf(doc, out)
    found = words(out)
    workplace, status = find(found, "Workplace"), find(found, "Status")
    row = [w.text for w in found if abs(w.y0 - find(found, "1000").y0) < 1]
    assert row[3:] == ["The", "Central", "Bus…", "member"]
    assert find(found, "Bus…").x1 < status.x0
    arabic = [w for w in found if abs(w.y0 - find(found, "1001").y0) < 1
              and workplace.x0 - 1 < w.x0 < status.x0]
    assert arabic[0].text.startswith("…")  # the cut end is the left one
    assert all(w.x1 < status.x0 for w in arabic)
    assert find(found, "مستودع").x1 > arabic[-1].x0  # the start is kept, on the right
    assert holds(pdf_text(out), "مستودع النقل")


LABEL = {"left": 7.25, "top": 15.15, "w": 63.5, "h": 38.1, "pitch_x": 66.0}


def test_labels_land_in_their_grid_three_by_seven(tmp_path):
    labels = [[f"Person{n:02d} Name", f"{n} Street", f"Town{n:02d}"] for n in range(23)]
    for language, mirrored in (("", False), ("ar", True)):
        out = tmp_path / f"labels-{language or 'en'}.pdf"
        assert pdf.write_pdf(docs.LabelsDoc("Northside Tenants", "2026-04-01", labels),
                             out, language=language) == page_count(out) == 2
        for page, numbers in ((1, range(21)), (2, range(21, 23))):
            found = words(out, page)
            assert len([w for w in found if w.text.startswith("Person")]) == len(numbers)
            for n in numbers:
                col, row = n % 3, (n % 21) // 3
                if mirrored:
                    col = 2 - col  # the first label is the top right one
                left = LABEL["left"] + col * LABEL["pitch_x"]
                top = LABEL["top"] + row * LABEL["h"]
                for text in (f"Person{n:02d}", f"Town{n:02d}"):
                    w = find(found, text)
                    assert left < w.x0 and w.x1 < left + LABEL["w"], (n, text)
                    assert top < w.y0 and w.y1 < top + LABEL["h"], (n, text)


def test_progress_hears_of_every_page_and_a_cancel_writes_nothing(tmp_path):
    out = tmp_path / "list.pdf"
    heard: list[tuple[int, int]] = []
    pages = pdf.write_pdf(long_list(200), out, lambda done, total: heard.append((done, total)))
    assert heard == [(n, pages) for n in range(pages)]

    def cancel(done: int, total: int) -> None:
        if done == 2:
            raise ExportCancelled()

    before = out.read_bytes()
    with pytest.raises(ExportCancelled):
        pdf.write_pdf(long_list(300), out, cancel)
    assert out.read_bytes() == before  # the old file stays as it was
    new = tmp_path / "new.pdf"
    with pytest.raises(ExportCancelled):
        pdf.write_pdf(long_list(300), new, cancel)
    assert not new.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.pdf"]  # no temp file


def test_missing_fonts_are_a_clear_error_and_write_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("CAUCUS_RESOURCES", str(tmp_path / "nowhere"))
    out = tmp_path / "list.pdf"
    with pytest.raises(PdfFontsMissing, match="fonts for PDFs are missing"):
        pdf.write_pdf(long_list(3), out)
    assert list(tmp_path.iterdir()) == []


def test_the_cli_prints_without_loading_qt(branch, scripts, tmp_path, vault_path):
    branch.vault.lock()
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(CAUCUS_VAULT=str(vault_path), CAUCUS_PASSPHRASE=PASSPHRASE)
    script = ("import sys\nfrom sync.cli import main\ncode = main(sys.argv[1:])\n"
              "if 'PySide6' in sys.modules:\n    sys.exit('PySide6 was imported')\n"
              "sys.exit(code)\n")
    sign_in, labels = tmp_path / "sign-in.pdf", tmp_path / "labels.pdf"
    for args in (["print", "sign-in", "--meeting", "Spring AGM", "--out", str(sign_in)],
                 ["print", "labels", "--out", str(labels)]):
        done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        assert "NOT encrypted" in done.stderr
    assert_names(pdf_text(sign_in))
    text = pdf_text(labels)
    assert_names(text)
    assert "شارع النيل" in text
