"""Organising in and out of spreadsheets and documents: a unit column and a headcount
sheet imported, the chart and a structure test's results exported (and read back), the
member export naming units and point people, and subject access holding it all."""

from __future__ import annotations

import csv
import io

import openpyxl

from sync.exchange import exporter, importer
from sync.exchange.importer.units import import_headcounts
from sync.exchange.subject_access import subject_access
from sync.ops import Session
from sync.ops import organising as org


def write_csv(path, rows) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def test_a_unit_column_puts_people_in_units_of_their_workplace(branch, tmp_path):
    path = tmp_path / "people.csv"
    write_csv(path, [["First name", "Last name", "Workplace", "Unit", "Status"],
                     ["Ana", "Lopez", "Central Depot", "Drivers / Nights", "member"],
                     ["Ben", "Okafor", "Central Depot", "Drivers", "worker"],
                     ["Cy", "Nowak", "central depot", "drivers › nights", "tenant"],
                     ["Di", "Shah", "", "Cleaning", "member"]])
    assert importer.guess_mapping(["Unit", "Unit id", "unit_id"])["Unit"] == "unit"
    report = importer.import_file(branch, path)
    assert (report.imported, report.rejected) == (4, [])
    [depot] = branch.list_workplaces()
    units = branch.list_units(depot.id)
    assert [u.path for u in units] == ["Drivers", "Drivers › Nights"]
    where = {branch.get_member(m).first_name: branch.get_member(m) for m in report.member_ids}
    assert where["Ana"].unit_id == where["Cy"].unit_id == units[1].id
    assert where["Ben"].unit_id == units[0].id and where["Ben"].status == "worker"
    # a unit with no workplace is kept on the person, flagged, never lost
    assert where["Di"].unit_id is None
    assert where["Di"].custom["unrecognised.unit"] == "Cleaning"
    assert [(i.row, i.action) for i in report.issues] == [(5, "kept aside")]


def test_a_headcount_sheet_creates_units_and_records_their_counts(branch, tmp_path):
    path = tmp_path / "heads.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Workplace", "Unit", "Kind", "Headcount", "Counted on"],
                ["Central Depot", "Drivers", "department", 40, "2025-03-01"],
                ["Central Depot", "Drivers / Nights", "shift", "12", "01/03/2025"],
                ["Central Depot", None, None, 70, None],
                ["Hilltop Garage", "Workshop", None, "lots", None],
                [None, "Orphan", None, 3, None]):
        sheet.append(row)
    book.save(path)
    result = import_headcounts(branch, path)
    assert (result.counted, result.units_created, result.workplaces_created) == (3, 2, 1)
    assert [r for r, _why in result.skipped] == [5, 6]
    depot = branch.resolve_id("workplace", "Central Depot", "workplace")
    units = branch.list_units(depot)
    assert [(u.path, u.kind, u.headcount, u.counted_on) for u in units] == [
        ("Drivers", "department", 40, "2025-03-01"),
        ("Drivers › Nights", "shift", 12, "2025-03-01")]
    assert branch.get_workplace(depot).headcount == 70
    # a second import of the same sheet finds the units it made
    again = import_headcounts(branch, path)
    assert again.units_created == 0 and len(branch.list_units(depot)) == 2


def _organised(branch):
    w = branch.add_workplace("Central Depot")
    drivers = branch.add_unit(w, "Drivers", headcount=4)
    lead = branch.add_member(first_name="Ana", last_name="Lopez", unit_id=drivers,
                             tags=["Steward"], assessment=5, phones=["07911 123456"])
    ben = branch.add_member(first_name="Ben", last_name="Okafor", unit_id=drivers,
                            status="worker", point_person_id=lead)
    test = branch.add_action("Heat petition", "petition", 50)
    branch.set_response(test, ben, "yes")
    branch.add_relation(lead, ben, "influences")
    return w, drivers, lead, ben, test


def test_chart_and_results_export_as_spreadsheets(branch, tmp_path):
    w, _drivers, lead, ben, test = _organised(branch)
    session = Session(branch.vault, branch)
    chart = org.export_chart(session, "Central Depot", tmp_path / "chart.csv", "Heat petition")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "chart.csv").read_text("utf-8-sig"))))
    assert chart.rows == 2 and [r["name"] for r in rows] == ["Ana Lopez", "Ben Okafor"]
    assert rows[0]["steward"] == "yes" and rows[0]["point_person_for"] == "1"
    assert rows[1]["point_person"] == "Ana Lopez" and rows[1]["answer"] == "yes"
    assert rows[1]["member"] == "no" and rows[1]["unit"] == "Drivers"
    org.export_results(session, test, tmp_path / "results.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "results.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:5] == ["workplace", "unit", "level", "headcount", "yes"]
    assert values[1][:5] == ["Central Depot", None, None, 4, 1]
    assert values[2][:5] == ["Central Depot", "Drivers", 1, 4, 1]
    kinds = [e.kind for e in exporter.export_log(branch)]
    assert kinds[:2] == ["results-xlsx", "chart-csv"]
    # the member export names the unit and the point person, and reads back in
    exporter.export_members(branch, tmp_path / "members.csv")
    text = (tmp_path / "members.csv").read_text("utf-8-sig")
    header = text.splitlines()[0].split(",")
    assert "unit" in header and "point_person" in header and "unit_id" not in header
    assert "Ana Lopez" in text and ",Drivers," in text


def test_subject_access_holds_the_organising_data(branch):
    _w, _drivers, lead, ben, _test = _organised(branch)
    data = subject_access(branch, ben)
    assert data["unit"] == "Drivers" and data["point_person"] == "Ana Lopez"
    assert [(r["action_name"], r["answer"]) for r in data["responses"]] == [
        ("Heat petition", "yes")]
    assert [(r["kind"], r["other_name"], r["direction"]) for r in data["relationships"]] == [
        ("influences", "Ana Lopez", "to")]
    assert {e["table"] for e in data["history"]} >= {"member", "response", "relation"}
    assert subject_access(branch, lead)["point_person_for"] == 1
