"""``caucus import / export / print / duplicates / member export`` in-process, and the
PDFs they write (read back with ``pdftotext``)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from sync.records import MemberQuery

from . import test_pdf
from .conftest import api
from .files import ENGLISH_HEADINGS, ENGLISH_ROWS, write_csv

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def members_csv(tmp_path):
    rows = [*ENGLISH_ROWS, ["Dev", "Patel", "dev@example.org", "", "", "Bakery", "1004",
                            "not a date", ""]]
    return write_csv(tmp_path / "members.csv", ENGLISH_HEADINGS, rows)


def test_import_reimport_skip_and_json_report(caucus, members_csv, vault_path):
    result = caucus.ok("import", str(members_csv), "--json")
    report = result.json()
    # an import never drops a person: Dev's unreadable date is kept aside and flagged
    assert (report["imported"], report["updated"], report["skipped"]) == (4, 0, [])
    assert report["rejected"] == [] and report["flagged_rows"] == [5]
    [issue] = report["issues"]
    assert (issue["row"], issue["column"], issue["original"], issue["action"]) == (
        5, "Joined", "not a date", "kept aside")
    again = caucus.ok("import", str(members_csv), "--on-duplicate", "skip")
    # every row is accounted for, in file order: skipped ones say whom they match
    lines = again.out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["row 2", "row 3", "row 4", "row 5"]
    assert lines[0] == ("row 2: Skipped: it matches the existing member Ana Lopez "
                        "(same email ana@example.org).")
    assert "dev@example.org" in lines[3]
    assert "0 imported, 0 updated, 4 skipped, 0 rejected." in again.err
    with api(vault_path) as branch:
        assert branch.count_members() == 4
        dev = branch.get_member(branch.member_ids(MemberQuery(search="Patel"))[0])
        assert dev.joined_on is None and dev.custom == {"unrecognised.joined_on": "not a date"}
    updated = caucus.ok("import", str(members_csv), "--on-duplicate", "update", "--json")
    assert updated.json()["updated"] == 4


def test_repeated_rows_are_counted_by_the_dry_run_and_reported_by_row(caucus, tmp_path,
                                                                        vault_path):
    path = write_csv(tmp_path / "twice.csv", ["First name", "Last name", "Email"],
                     [["Cara", "Diaz", "cara@example.org"], ["Cara", "Diaz", "cara@example.org"],
                      ["Dan", "Evans", "dan@example.org"]])
    dry = caucus.ok("import", str(path), "--dry-run")
    assert "3 rows: 0 would be rejected, 1 match existing members or earlier rows." in dry.err
    report = caucus.ok("import", str(path), "--json").json()
    assert report["imported"] == 2
    assert report["skipped"] == [{"row": 3, "reason": "Skipped: it repeats row 2 of this "
                                                      "file (same email cara@example.org)."}]
    with api(vault_path) as branch:
        assert branch.count_members() == 2


def test_import_with_saved_mapping_and_manual_map(caucus, tmp_path, vault_path):
    path = write_csv(tmp_path / "odd.csv", ["Who", "Family", "Rota"],
                     [["Ana", "Lopez", "nights"]])
    caucus.fails("import", str(path), "--map", "Family=shoe_size")
    result = caucus.ok("import", str(path), "--map", "Who=first_name",
                       "--map", "Family=last_name", "--map", "Rota=custom.rota",
                       "--save-mapping", "rota", "--dry-run")
    assert "Saved the mapping" in result.err and "0 would be rejected" in result.err
    with api(vault_path) as branch:
        assert branch.count_members() == 0
    caucus.ok("import", str(path), "--mapping", "rota")
    with api(vault_path) as branch:
        [member] = [branch.get_member(i) for i in branch.member_ids()]
        assert (member.first_name, member.custom) == ("Ana", {"rota": "nights"})


def test_import_errors_are_one_line(caucus, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty" in caucus.fails("import", str(empty)).err
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    assert "nothing was written" in caucus.fails("import", str(binary)).err
    header = write_csv(tmp_path / "header.csv", ENGLISH_HEADINGS, [])
    assert "no rows" in caucus.ok("import", str(header)).err
    caucus.fails("import", str(tmp_path / "missing.csv"))


def test_export_warns_and_logs(caucus, members_csv, tmp_path):
    caucus.ok("import", str(members_csv))
    out = tmp_path / "out.csv"
    result = caucus.ok("export", "--format", "csv", "--out", str(out), "--search", "Lopez",
                       "--columns", "first_name,last_name,emails")
    assert "NOT encrypted" in result.err
    assert out.read_text(encoding="utf-8-sig").splitlines() == [
        "first_name,last_name,emails", "Ana,Lopez,ana@example.org"]
    caucus.ok("export", "--out", str(tmp_path / "all.xlsx"), "--status", "member")
    log = caucus.ok("export", "log", "--json").json()
    assert [(e["kind"], e["rows"]) for e in log] == [("xlsx", 4), ("csv", 1)]
    assert log[1]["columns"] == ["first_name", "last_name", "emails"]
    text = caucus.ok("export", "log").out
    assert "Secretary laptop" in text and "csv" in text
    caucus.fails("export", "--out", str(tmp_path / "x.ods"), code=2)
    caucus.fails("export", "--format", "csv", code=2)
    caucus.fails("export", "--out", str(out), "--columns", "shoe_size")
    assert "first_name" in caucus.ok("export", "--list-columns").out


@needs_pdftotext
def test_pdfs_open_and_hold_the_names(caucus, members_csv, tmp_path, vault_path):
    caucus.ok("import", str(members_csv))
    with api(vault_path) as branch:
        meeting = branch.add_meeting("Annual General Meeting", "2026-03-01", "Town Hall", 2)
        [lopez] = branch.member_ids(MemberQuery(search="Lopez"))
        branch.update_member(lopez, address="10 High St\nNorthside")
        branch.add_member(first_name="Posty", last_name="Refuser", address="1 Lane",
                          do_not_post=True)
        branch.add_note("Spoke at the depot gate", member_id=lopez)
        branch.set_attendance(meeting, lopez, "attended")
    listing = tmp_path / "list.pdf"
    caucus.ok("export", "--format", "pdf", "--out", str(listing))
    text = pdf_text(listing)
    for name in ("Northside Tenants", "Member list", "Lopez, Ana", "Okafor, Ben",
                 "Smith, Chloe", "Page 1 of 1"):
        assert name in text
    sign_in = tmp_path / "sign.pdf"
    caucus.ok("print", "sign-in", "--meeting", "Annual General Meeting", "--out", str(sign_in))
    text = pdf_text(sign_in)
    for name in ("Sign-in: Annual General Meeting", "Signature", "Lopez, Ana", "Okafor, Ben",
                 "Town Hall", "Page 1 of 1"):
        assert name in text
    labels = tmp_path / "labels.pdf"
    result = caucus.ok("print", "labels", "--out", str(labels))
    assert "Wrote 1 label on 1 page" in result.err and "left out" in result.err
    text = pdf_text(labels)
    assert "Ana Lopez" in text and "10 High St" in text and "Northside" in text
    assert "Refuser" not in text and "Okafor" not in text  # no address / do not post
    out = tmp_path / "ana.json"
    pdf = tmp_path / "ana.pdf"
    caucus.ok("member", "export", lopez, "--out", str(out), "--pdf", str(pdf))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["member"]["last_name"] == "Lopez"
    assert [n["text"] for n in data["notes"]] == ["Spoke at the depot gate"]
    assert data["attendance"][0]["meeting_title"] == "Annual General Meeting"
    assert {t["tag"] for t in data["tags"]} == {"steward"}
    assert any(h["field"] == "address" for h in data["history"])
    text = pdf_text(pdf)
    assert "Ana Lopez" in text and "Spoke at the depot gate" in text
    assert "Annual General Meeting: attended" in text
    kinds = [e["kind"] for e in caucus.ok("export", "log", "--json").json()]
    # the report is drawn before the data is written (as in the app: a cancel while
    # drawing leaves neither file), so the JSON is the newest entry
    assert kinds == ["subject-access-json", "subject-access-pdf", "pdf-labels", "pdf-sign-in",
                     "pdf-member-list"]
    caucus.fails("member", "export", lopez, code=2)


@needs_pdftotext
def test_long_list_is_paged(caucus, vault_path, tmp_path):
    rows = [[f"First{i:03d}", f"Last{i:03d}", "", "", "", "", "", "", ""] for i in range(120)]
    caucus.ok("import", str(write_csv(tmp_path / "many.csv", ENGLISH_HEADINGS, rows)))
    out = tmp_path / "list.pdf"
    caucus.ok("export", "--out", str(out))
    text = pdf_text(out)
    pages = re.findall(r"Page (\d+) of (\d+)", text)
    assert [int(n) for n, _ in pages] == list(range(1, len(pages) + 1))
    assert len(pages) >= 3 and {int(t) for _, t in pages} == {len(pages)}
    assert "Last000, First000" in text and "Last119, First119" in text
    caucus.ok("print", "labels", "--out", str(tmp_path / "none.pdf"))  # nobody has an address


def test_duplicates_list_and_merge(caucus, vault_path):
    with api(vault_path) as branch:
        a = branch.add_member(first_name="Ana", last_name="Lopez", emails=["ana@example.org"])
        b = branch.add_member(first_name="Ana", last_name="López", emails=["ana@example.org"],
                              job_title="Driver")
        branch.add_note("Hello", member_id=b)
    pairs = caucus.ok("duplicates", "list", "--json").json()
    assert [(p["a"], p["b"]) for p in pairs] == [(a, b)]
    assert "same email" in caucus.ok("duplicates", "list").out
    shown = caucus.ok("duplicates", "merge", a, b, "--show", "--json").json()
    assert {c["field"] for c in shown} == {"last_name", "job_title"}
    caucus.fails("duplicates", "merge", a, b, "--take", "last_name", code=2)
    result = caucus.ok("duplicates", "merge", a, b, "--take", "last_name=b", "--json")
    assert result.json()["moved"]["notes"] == 1
    with api(vault_path) as branch:
        kept = branch.get_member(a)
        assert (kept.last_name, kept.job_title) == ("López", "Driver")
        assert branch.get_member(b).deleted
    assert caucus.ok("duplicates", "list", "--json").json() == []


@needs_pdftotext
def test_a_real_process_draws_pdfs_without_a_display(caucus, vault_path, tmp_path):
    import os
    import sys
    from pathlib import Path

    with api(vault_path) as branch:
        branch.add_member(first_name="Ana", last_name="Lopez", address="1 High St")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(CAUCUS_VAULT=str(vault_path), CAUCUS_PASSPHRASE=os.environ["CAUCUS_PASSPHRASE"])
    out = tmp_path / "labels.pdf"
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "sync.cli", "print", "labels", "--out",
                           str(out)], cwd=root, env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "NOT encrypted" in done.stderr
    assert "Ana Lopez" in pdf_text(out)


@needs_pdftotext
def test_the_command_line_prints_a_sign_in_sheet_in_a_language(caucus, vault_path, tmp_path,
                                                               monkeypatch):
    """``--language ar`` gives the sheet's Arabic words (read back with pdftotext, right
    to left); with no option the terminal's language (here Spanish) is used, and a
    language without document words is refused in a sentence."""
    with api(vault_path) as branch:
        branch.add_meeting("الجمعية العامة", date="2026-11-20", quorum=2)
        branch.add_member(first_name=test_pdf.ARABIC[0], last_name=test_pdf.ARABIC[1])
    arabic = tmp_path / "sign-in-ar.pdf"
    caucus.ok("print", "sign-in", "--meeting", "الجمعية العامة", "--out", str(arabic),
              "--language", "ar")
    # read as tests/exchange/test_document_words.py reads the app's Arabic sheet
    text = test_pdf.squeezed(test_pdf.pdf_text(arabic))
    for word in ("كشف الحضور", "الرقم", "مكان العمل", "التوقيع", "النصاب", "الصفحة 1 من 1",
                 *test_pdf.ARABIC):
        assert test_pdf.squeezed(word) in text, word
    assert "Signature" not in text
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    spanish = tmp_path / "sign-in-es.pdf"
    caucus.ok("print", "sign-in", "--meeting", "الجمعية العامة", "--out", str(spanish))
    text = pdf_text(spanish)
    assert "Firma" in text and "Página 1 de 1" in text and "Signature" not in text
    err = caucus.fails("print", "sign-in", "--meeting", "الجمعية العامة", "--out",
                      str(tmp_path / "x.pdf"), "--language", "xx", code=2).err
    assert "Caucus prints documents in en, es" in err and "'xx'" in err
    assert not (tmp_path / "x.pdf").exists()

