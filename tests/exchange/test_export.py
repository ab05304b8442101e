"""Exports: chosen columns of the filtered list, the export log, and a lossless round trip."""

from __future__ import annotations

import csv
import io
import stat

import openpyxl
import pytest

from sync.errors import ValidationError
from sync.exchange import exporter, importer
from sync.records import MEMBER_FIELDS, MemberQuery

from .conftest import member_count


def full_member(branch) -> str:
    depot = branch.add_workplace("Central Depot")
    member = branch.add_member(
        first_name="Ana María", last_name="López-García", preferred_name="=Ani",
        membership_no="00123", emails=["ana@example.org", "ana.work@example.com"],
        phones=["07911 123456", "+49 30 901820"], address="Flat 2, 10 High St\nNorthside",
        postcode="N1 9GU", workplace_id=depot, department="Night shift, buses",
        job_title='Driver "grade 2"', status="member", status_override="resigned",
        override_until="2027-01-31", joined_on="2019-04-01", lapsed_on="2024-02-29",
        dues_paid_until="2026-12-31", assessment=0, basis="former_member",
        do_not_contact=True, do_not_email=True, do_not_phone=False, do_not_sms=True,
        do_not_post=False, tags=["steward", "rep north"],
    )
    branch.update_member(member, **{"custom.shift": "nights", "custom.formula": "=SUM(A1:A9)",
                                    "custom.Größe": "-5"})
    return member


def minimal_member(branch) -> str:
    return branch.add_member(last_name="Okafor", membership_no="00124")


def comparable(branch, member_id: str) -> dict:
    m = branch.get_member(member_id)
    out = {f: getattr(m, f) for f in MEMBER_FIELDS if f not in ("workplace_id", "custom")}
    out["workplace"] = m.workplace
    out["custom"] = m.custom
    out["tags"] = sorted(t.lower() for t in m.tags)
    return out


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_round_trips_every_member_field(branch, second_branch, tmp_path,
                                                           fmt):
    ids = [full_member(branch), minimal_member(branch)]
    path = tmp_path / f"members.{fmt}"
    result = exporter.export_members(branch, path)
    assert result.rows == 2
    assert set(result.columns) >= {"first_name", "emails", "workplace", "tags",
                                   "custom.shift", "custom.Größe", "do_not_post"}
    report = importer.import_file(second_branch, path)
    assert (report.imported, report.rejected) == (2, [])
    for member_id in ids:
        original = comparable(branch, member_id)
        number = original["membership_no"]
        [copy_id] = [i for i in second_branch.member_ids()
                     if second_branch.get_member(i).membership_no == number]
        assert comparable(second_branch, copy_id) == original
    # and importing it again into the same vault finds every row a duplicate (same id)
    again = importer.import_file(branch, path, on_duplicate="skip")
    assert (again.imported, len(again.skipped)) == (0, 2)


def test_csv_export_of_a_filtered_list_with_chosen_columns(branch, tmp_path):
    full_member(branch)
    minimal_member(branch)
    branch.add_member(first_name="Ben", last_name="Adams", status="prospect")
    path = tmp_path / "out.csv"
    # Ana's status override (resigned) counts: the filter is on the effective status
    result = exporter.export_members(branch, path, "csv", MemberQuery(status="member"),
                                     ["last_name", "status"])
    assert result.rows == 1
    assert path.read_text(encoding="utf-8-sig").splitlines() == ["last_name,status",
                                                                 "Okafor,member"]
    result = exporter.export_members(branch, path, "csv", MemberQuery(tag="steward"),
                                     ["last_name", "emails", "tags", "custom.shift"])
    assert result.rows == 1
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with a BOM correctly
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [
        ["last_name", "emails", "tags", "custom.shift"],
        ["López-García", "ana@example.org, ana.work@example.com", "rep north; steward",
         "nights"],
    ]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_formulas_are_never_live(branch, tmp_path):
    full_member(branch)
    exporter.export_members(branch, tmp_path / "m.csv", columns=["preferred_name",
                                                                  "custom.formula"])
    text = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    assert "'=Ani" in text and "'=SUM(A1:A9)" in text
    exporter.export_members(branch, tmp_path / "m.xlsx", columns=["preferred_name",
                                                                   "custom.formula"])
    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx").active
    assert sheet["A2"].value == "=Ani" and sheet["A2"].data_type == "s"
    assert sheet["B2"].data_type == "s"


def test_every_export_is_logged(branch, tmp_path):
    full_member(branch)
    assert exporter.export_log(branch) == []
    exporter.export_members(branch, tmp_path / "a.csv", columns=["last_name"])
    exporter.export_members(branch, tmp_path / "b.xlsx")
    log = exporter.export_log(branch)
    assert [e.kind for e in log] == ["xlsx", "csv"]  # newest first
    assert log[1].columns == ["last_name"] and log[1].rows == 1
    assert log[1].device == "Secretary laptop"
    assert log[1].target == str((tmp_path / "a.csv").resolve())
    assert log[0].at[:4].isdigit()


def test_unknown_column_or_format(branch, tmp_path):
    minimal_member(branch)
    with pytest.raises(ValidationError):
        exporter.export_members(branch, tmp_path / "x.csv", columns=["shoe_size"])
    with pytest.raises(ValidationError):
        exporter.export_members(branch, tmp_path / "x.ods")
    assert exporter.export_log(branch) == []
    assert not (tmp_path / "x.csv").exists()
    assert member_count(branch) == 1


def test_xlsx_export_of_control_characters(branch, tmp_path):
    """Data typed or imported before the importer stripped them must not stop an export."""
    member = branch.add_member(first_name="Ana\x07", last_name="Lopez",
                               address="1 High St\x0bLeeds")
    branch.update_member(member, **{"custom.note": "bell\x01"})
    result = exporter.export_members(branch, tmp_path / "m.xlsx")
    assert result.rows == 1
    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx").active
    values = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    assert (values["first_name"], values["address"], values["custom.note"]) == (
        "Ana", "1 High St\nLeeds", "bell")
    assert [e.kind for e in exporter.export_log(branch)] == ["xlsx"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_tags_with_commas_and_leading_quotes_round_trip(branch, second_branch, tmp_path, fmt):
    many = branch.add_member(last_name="Lopez", tags=["Depot, North", "rep", "steward"])
    one = branch.add_member(last_name="Okafor", tags=["Depot, South"])
    branch.update_member(many, **{"custom.note": "'=x", "custom.quip": "'night"})
    branch.update_member(one, **{"custom.note": "=x", "custom.quip": "''"})
    path = tmp_path / f"m.{fmt}"
    exporter.export_members(branch, path)
    report = importer.import_file(second_branch, path)
    assert (report.imported, report.rejected) == (2, [])
    for member_id in (many, one):
        original = comparable(branch, member_id)
        [copy] = [i for i in second_branch.member_ids()
                  if second_branch.get_member(i).last_name == original["last_name"]]
        assert comparable(second_branch, copy) == original
