"""The streaming XLSX writer: what openpyxl reads back from it, the parts it writes, and a
full disk met part way through an export."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
from defusedxml import ElementTree

from sync.exchange import xlsx_writer
from sync.records import Branch
from sync.store.vault import Vault
from sync.trust import create_branch

from ..smalldisk import fill, small_disk

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def written(heading, rows, dates=None) -> bytes:
    out = io.BytesIO()
    xlsx_writer.write_workbook(out, "Members", heading, rows,
                               dates or [False] * len(heading))
    return out.getvalue()


def read_back(data: bytes) -> list[list]:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_text_comes_back_as_written():
    texts = ["=SUM(A1:A9)", "+44 7911 123456", "0012", "  two spaces", "trailing ",
             "line\nbreak", "tab\there", "<b>&amp;</b> \"quoted\" 'single'", "x0041_",
             "_x00e9 b_X04A_", "عربي — 中文 😀", "TRUE", "1e5", "https://example.org"]
    rows = [[t] for t in texts]
    assert read_back(written(["text"], rows)) == [["text"], *rows]
    sheet = openpyxl.load_workbook(io.BytesIO(written(["text"], rows))).active
    assert {sheet.cell(r, 1).data_type for r in range(2, len(texts) + 2)} == {"s"}


def test_text_that_reads_as_an_escape_is_escaped():
    """ECMA-376 (ST_Xstring) reads "_x0041_" in a cell as "A" ("_X0041_" stays itself):
    its "_" is written as "_x005F_", as Excel writes it. (openpyxl undoes that only in
    shared strings, not in the inline strings written here, so Caucus's own importer
    would read it escaped.)"""
    data = written(["a"], [["_x0041_ and A_x00e9_b_X004A_"]])
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<t>_x005F_x0041_ and A_x005F_x00e9_b_X004A_</t>" in sheet


def test_characters_a_sheet_cannot_hold():
    rows = [["bell\x07 and\x00 nul", "old\x0bline\x0cbreaks", "\ufffeodd\uffff"]]
    assert read_back(written(["a", "b", "c"], rows))[1] == [
        "bell and nul", "old\nline\nbreaks", "odd"]


def test_a_text_longer_than_a_cell_holds_is_cut_there():
    long = "é" * 40_000
    emoji = "😀" * 20_000  # two UTF-16 units each
    back = read_back(written(["a", "b"], [[long, emoji]]))[1]
    assert back == ["é" * 32_767, "😀" * 16_383]


def test_numbers_booleans_dates_and_empty_cells():
    heading = ["n", "x", "yes", "day", "note"]
    rows = [[12, 2.5, True, "2026-12-02", None],
            [-3, 1e-7, False, "1900-03-01", ""],
            [0, float("nan"), None, "1900-02-28", "kept"],
            [None, None, None, "1899-05-01", None],
            [None, None, None, "not a date", None]]
    back = read_back(written(heading, rows, [False, False, False, True, False]))
    assert back[1] == [12, 2.5, True, dt.datetime(2026, 12, 2), None]
    assert back[2] == [-3, 1e-7, False, dt.datetime(1900, 3, 1), None]
    # a float that is not a number is written as its text; Excel's 1900 leap day is
    # skipped over on both sides of it
    assert back[3] == [0, "nan", None, dt.datetime(1900, 2, 28), "kept"]
    # dates the 1900 system cannot show, and text in a date column, stay text
    assert [r[3] for r in back[4:]] == ["1899-05-01", "not a date"]


def test_the_serial_days_are_excels():
    assert [xlsx_writer.excel_day(dt.date.fromisoformat(d)) for d in (
        "1900-01-01", "1900-02-28", "1900-03-01", "2026-12-02")] == [1, 59, 61, 46358]
    assert xlsx_writer.excel_day(dt.date(1899, 12, 31)) is None


def test_the_heading_is_bold_and_the_dates_are_dates():
    book = openpyxl.load_workbook(io.BytesIO(written(
        ["name", "joined"], [["Ana", "2019-04-01"]], [False, True])))
    sheet = book.active
    assert book.sheetnames == ["Members"]
    assert sheet["A1"].font.b and sheet["B1"].font.b and not sheet["A2"].font.b
    assert sheet["B2"].is_date and sheet["B2"].number_format == "yyyy-mm-dd"


def test_column_letters():
    assert [xlsx_writer.column_letters(i) for i in (0, 25, 26, 51, 52, 701, 702)] == [
        "A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]


def test_every_part_is_well_formed_and_the_sheet_is_as_specified():
    data = written(["first_name", "joined"], [["Ana & Bo", "2019-04-01"], [None, None]],
                   [False, True])
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        assert book.testzip() is None
        assert book.namelist() == [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"]
        for name in book.namelist():
            ElementTree.fromstring(book.read(name))
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert sheet.endswith(
        '<dimension ref="A1:B3"/><sheetData>'
        '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>first_name</t></is></c>'
        '<c r="B1" s="1" t="inlineStr"><is><t>joined</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Ana &amp; Bo</t></is></c>'
        '<c r="B2" s="2"><v>43556</v></c></row>'
        '<row r="3"></row></sheetData></worksheet>')


def test_an_export_that_fills_the_disk_says_so_and_leaves_nothing(tmp_path):
    """A real ``caucus export`` writing onto a small disk that fills part way: one
    sentence that says the disk is full, and no partial workbook or temp file left."""
    path = tmp_path / "branch.caucus"
    vault = Vault.create(path, "correct horse battery staple", "interactive")
    branch = Branch(vault, create_branch(vault, "Harbour Workers", "Secretary laptop"))
    with branch.batch() as batch:
        for i in range(2000):
            batch.add_member({"first_name": f"Member{i:04d}", "last_name": "Docker",
                              "address": f"{i} Quay Street {os.urandom(24).hex()}"}, [])
    vault.lock()
    env = {**os.environ, "CAUCUS_PASSPHRASE": "correct horse battery staple"}
    with small_disk(tmp_path / "disk", 1024) as disk:
        filler = fill(disk, leave=48 * 1024)
        out = disk / "members.xlsx"
        proc = subprocess.run(
            [sys.executable, "-m", "sync.cli", "--vault", str(path), "export", "--out",
             str(out)], env=env, capture_output=True, text=True, timeout=120, check=False)
        assert proc.returncode == 1, proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and "disk" in lines[0] and "full" in lines[0], proc.stderr
        assert sorted(p.name for p in disk.iterdir()) == [filler.name]
        filler.unlink()
        done = subprocess.run(
            [sys.executable, "-m", "sync.cli", "--vault", str(path), "export", "--out",
             str(out)], env=env, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        assert len(read_back(Path(out).read_bytes())) == 2001
