"""The printed documents' own words follow the language they are printed in: a Spanish
and an Arabic sign-in sheet, read back with ``pdftotext``, carry their headings, the
title and "Page n of N" in that language (and the Arabic names the sheet lists); every
language has every word, with the English one's fields."""

from __future__ import annotations

import string

from sync.exchange import pdf
from sync.exchange import printing as docs
from sync.exchange.document_words import WORDS, words
from sync.ops import Session, documents
from sync.records import MemberQuery

from .test_pdf import ARABIC, pdf_text, squeezed


def fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_language_has_every_word_with_its_fields():
    english = WORDS["en"]
    for code, table in WORDS.items():
        assert table.keys() == english.keys(), code
        for key, text in table.items():
            assert fields(text) == fields(english[key]), (code, key)
            assert text.strip(), (code, key)
    assert words("de_DE") is WORDS["de"] and words("pt") is WORDS["pt_BR"]
    assert words("ar-EG") is WORDS["ar"] and words("sw") is WORDS["en"]


def sheet(branch, tmp_path, language: str) -> str:
    meeting = branch.add_meeting("Asamblea", date="2031-03-01", quorum=2)
    branch.add_member(first_name=ARABIC[0], last_name=ARABIC[1], status="member")
    branch.add_member(first_name="Ana", last_name="Lopez", status="member")
    out = tmp_path / f"sign-in-{language}.pdf"
    printed = documents.print_sign_in(Session(branch.vault, branch), meeting, out,
                                      language=language)
    assert printed.paths == [out]
    return pdf_text(out)


def test_a_spanish_sign_in_sheet_speaks_spanish(branch, tmp_path):
    text = sheet(branch, tmp_path, "es")
    for word in ("Hoja de firmas: Asamblea", "Nombre", "N.º", "Centro de trabajo", "Firma",
                 "quórum 2", "Página 1 de 1"):
        assert word in text, word
    assert "Signature" not in text and "Page 1" not in text


def test_an_arabic_sign_in_sheet_speaks_arabic(branch, tmp_path):
    text = squeezed(sheet(branch, tmp_path, "ar"))
    # ("الاسم" comes back from pdftotext with its lam-alef ligature split: not checked)
    for word in ("كشف الحضور", "الرقم", "مكان العمل", "التوقيع", "النصاب", "الصفحة 1 من 1",
                 ARABIC[0], ARABIC[1]):
        assert squeezed(word) in text, word
    assert "Signature" not in text


def test_a_table_drawn_in_a_language_keeps_the_document_words_of_that_language(
        branch, tmp_path):
    branch.add_member(first_name="Ana", last_name="Lopez")
    out = tmp_path / "list.pdf"
    pdf.write_pdf(docs.member_list_doc(branch, MemberQuery(), language="de"), out,
                  language="de")
    text = pdf_text(out)
    assert "Mitgliederliste" in text and "Betrieb" in text and "Seite 1 von 1" in text
