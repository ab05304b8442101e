"""Issue #13's "Done when", from the command line alone: a workplace with two units and
headcounts, five people across them (three members, two not), point people, a structure
test with responses; ``workplace show --json`` gives per-unit headcount, density,
coverage and test share; two laptops that recorded different answers for one person
converge and list one conflict; erasing a person removes them from every count, on both
laptops; the chart PDF holds the unit and person names.

Two real vaults of one branch (``tests/replicas.py``), real bundles between them, the
real ``caucus`` entry point (in-process), ``pdftotext`` reading the PDF.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from sync import cli

from .replicas import PASSPHRASE, build_template


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=1, viewer=True,
                          spare=False)


class Laptop:
    """``caucus … --vault <this laptop's vault>``, output captured."""

    def __init__(self, capsys, path: Path) -> None:
        self.capsys = capsys
        self.path = path

    def __call__(self, *argv: str, ok: bool = True) -> str:
        self.capsys.readouterr()
        code = cli.main([*argv, "--vault", str(self.path)])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        if ok:
            assert code == 0, err
        else:
            assert code != 0 and len(err.strip().splitlines()) == 1, (code, err)
            return err
        return out.strip()

    def json(self, *argv: str):
        return json.loads(self(*argv, "--json"))


@pytest.fixture
def laptops(template, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CAUCUS_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("CAUCUS_VAULT", raising=False)
    for branch in template.clone(tmp_path).values():
        branch.vault.lock()
    return {name: Laptop(capsys, tmp_path / f"{name}.caucus")
            for name in ("founder", "sec0", "viewer")}


def sync(a: Laptop, b: Laptop, folder: Path) -> None:
    """A bundle each way."""
    for src, dst in ((a, b), (b, a)):
        bundle = folder / f"{src.path.stem}.bundle"
        src("bundle", "export", "--out", str(bundle))
        assert dst.json("bundle", "import", str(bundle))["rejected"] == []


def unit(show: dict, name: str) -> dict:
    return next(u for u in show["units"] if u["name"] == name)


def test_done_when(laptops, tmp_path):
    a, b = laptops["founder"], laptops["sec0"]
    depot = a("workplace", "add", "Riverside Depot", "--employer", "City Buses")
    a("unit", "add", depot, "Drivers", "--kind", "department", "--headcount", "12")
    a("unit", "add", "Riverside Depot", "Cleaning", "--headcount", "8",
      "--counted-on", "2025-01-06")
    people = {}
    for first, status, where in (("Ana", "member", "Drivers"), ("Ben", "member", "Drivers"),
                                 ("Cara", "member", "Cleaning"), ("Dev", "worker", "Drivers"),
                                 ("Eli", "worker", "Cleaning")):
        people[first] = a("member", "add", "--first", first, "--last", "Lopez",
                          "--status", status, "--phone", "07911 123456")
        a("person", "unit", people[first], where, "--workplace", depot)
    ana, ben, cara, dev, eli = (people[n] for n in ("Ana", "Ben", "Cara", "Dev", "Eli"))
    a("person", "point", ben, ana)
    a("person", "point", cara, ana)
    a("person", "point", dev, ben)
    a("person", "relate", ana, eli, "--kind", "works_with")
    test = a("action", "add", "Heat petition", "--kind", "petition", "--target", "50",
             "--deadline", "2031-03-01")
    for person, answer in ((ana, "yes"), (ben, "yes"), (dev, "no"), (cara, "asked_undecided"),
                           (eli, "yes")):
        a("response", "set", test, person, answer)

    show = a.json("workplace", "show", depot)
    assert (show["headcount"], show["people"], show["members"], show["non_members"]) == \
        (20, 5, 3, 2)
    assert (show["density"], show["covered"], show["coverage"]) == (0.15, 3, 0.15)
    drivers, cleaning = unit(show, "Drivers"), unit(show, "Cleaning")
    assert (drivers["headcount"], drivers["people"], drivers["members"]) == (12, 3, 2)
    assert (drivers["density"], drivers["covered"], drivers["point_people"]) == \
        (0.1667, 2, 2)
    assert drivers["point_people_needed"] == 2  # one per 10 people, the default
    assert (cleaning["headcount"], cleaning["counted_on"], cleaning["density"]) == \
        (8, "2025-01-06", 0.125)
    [d_test], [c_test], [w_test] = drivers["tests"], cleaning["tests"], show["tests"]
    assert (d_test["yes"], d_test["no"], d_test["of"], d_test["target"], d_test["share"]) == \
        (2, 1, 12, 6, 0.1667)
    assert (c_test["yes"], c_test["asked_undecided"], c_test["target"]) == (1, 1, 4)
    assert (w_test["yes"], w_test["asked"], w_test["target"], w_test["reached"]) == \
        (3, 5, 10, False)

    # two laptops record different answers for Cara without seeing each other
    sync(a, b, tmp_path)
    a("response", "set", test, cara, "yes")
    b("response", "set", test, cara, "no")
    sync(a, b, tmp_path)
    assert a("state-hash") == b("state-hash")
    for laptop in (a, b):
        conflicts = laptop.json("conflicts", "list")
        assert [(c["table"], c["field"]) for c in conflicts] == [("response", "answer")]
        assert sorted(c["value"] for c in conflicts[0]["candidates"]) == ["no", "yes"]
        answers = {r["id"]: r["answer"] for r in laptop.json("response", "list", test)}
        assert len(answers) == 5  # one row per person, whoever wrote it

    # a viewer laptop sees it all and stays read only
    viewer = laptops["viewer"]
    sync(a, viewer, tmp_path)
    assert viewer.json("workplace", "show", depot)["people"] == 5
    for argv in (("response", "set", test, eli, "no"), ("unit", "headcount", "Drivers", "13"),
                 ("person", "point", eli, ben), ("person", "relate", eli, ben, "--kind",
                                                  "family")):
        assert "viewer" in viewer(*argv, ok=False)
    assert viewer("state-hash") == a("state-hash")

    # the chart on paper holds the units and the people
    chart = tmp_path / "chart.pdf"
    printed = a.json("workplace", "chart", depot, "--out", str(chart), "--action", test)
    assert printed["people"] == 5
    text = pdf_text(chart)
    for name in ("Riverside Depot", "Drivers", "Cleaning", "Ana Lopez", "Eli Lopez"):
        assert name in text, name
    assert "A3" in page_size(chart)

    # erasing Ana removes her from every count, on both laptops
    a("member", "erase", ana, "--yes")
    sync(a, b, tmp_path)
    assert a("state-hash") == b("state-hash")
    for laptop in (a, b):
        show = laptop.json("workplace", "show", depot)
        assert (show["people"], show["members"], show["covered"]) == (4, 2, 1)
        drivers = unit(show, "Drivers")
        assert (drivers["people"], drivers["members"], drivers["point_people"]) == (2, 1, 1)
        assert drivers["tests"][0]["yes"] == 1
        assert laptop.json("workplace", "density")["branch"]["members"] == 2
        assert laptop.json("person", "relations", eli) == []
        assert laptop.json("point", "people", ben)[0]["id"] == dev
        uncovered = {c["id"] for c in laptop.json("point", "uncovered", "--workplace", depot)}
        assert uncovered == {ben, cara, eli}  # Ana's people have no point person now
        assert ana not in {r["id"] for r in laptop.json("response", "list", test)}
        assert ana not in laptop("member", "list", "--json")
    chart = tmp_path / "after.pdf"
    a("workplace", "chart", depot, "--out", str(chart))
    assert "Ana" not in pdf_text(chart) and "Ben Lopez" in pdf_text(chart)
    listing = tmp_path / "ben.pdf"
    assert b.json("point", "print", ben, "--out", str(listing))["people"] == 1
    text = pdf_text(listing)
    assert "Dev Lopez" in text and "7911 123456" in text and "Ben Lopez" in text
    kinds = [e["kind"] for e in a.json("export", "log")]
    assert kinds.count("pdf-wall-chart") == 2


def test_errors_are_one_clear_line(laptops):
    a = laptops["founder"]
    depot = a("workplace", "add", "Depot")
    top = a("unit", "add", depot, "Site")
    mid = a("unit", "add", depot, "Floor", "--parent", top)
    a("unit", "add", depot, "Team", "--parent", mid)
    assert "3 levels" in a("unit", "add", depot, "Desk", "--parent", "Site / Floor / Team",
                               ok=False)
    zed = a("member", "add", "--first", "Zed")
    assert "no unit" in a("person", "unit", zed, "Nowhere", ok=False)
    assert "structure test" in a("response", "set", "no-such-test", zed, "yes", ok=False)
    assert "own point person" in a("person", "point", zed, zed, ok=False)
    err = a("action", "add", "Card drive", "--kind", "card", "--target", "101", ok=False)
    assert "101" in err


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, timeout=60, check=True).stdout


def page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, timeout=60,
                          check=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Page size"))
