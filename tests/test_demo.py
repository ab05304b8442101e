"""The demo branch generator (sync.demo) and the benchmark runner that depends on it."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sync import changes, demo
from sync.errors import ValidationError
from sync.records import (
    ATTENDANCE,
    BASES,
    NOTE_METHODS,
    STATUSES,
    Branch,
    MemberQuery,
    clean_member_fields,
)
from sync.store import schema
from sync.store.vault import Vault, sidecar_path

REPO = Path(__file__).resolve().parents[1]
N = 60
TODAY = dt.date(2025, 6, 15)


def _open(path: Path) -> Branch:
    return Branch(Vault.open(path, demo.DEMO_PASSPHRASE))


@pytest.fixture(scope="module")
def demo_vaults(tmp_path_factory):
    """Two demo vaults made with the same seed and size, and one with another seed."""
    folder = tmp_path_factory.mktemp("demo")
    paths = {}
    calls: dict[str, list[tuple[int, int]]] = {}
    for name, seed in (("a", 1), ("b", 1), ("c", 2)):
        calls[name] = []
        paths[name] = folder / f"{name}.caucus"
        demo.create_demo_vault(paths[name], demo.DEMO_PASSPHRASE, members=N, seed=seed,
                               profile="interactive",
                               progress=lambda d, t, c=calls[name]: c.append((d, t)))
    return paths, calls


@pytest.fixture
def demo_branch(demo_vaults):
    branch = _open(demo_vaults[0]["a"])
    yield branch
    branch.vault.lock()


def _people(branch: Branch) -> list[tuple]:
    return sorted(
        (r[0], r[1], tuple(json.loads(r[2] or "[]"))) for r in branch.conn.execute(
            "SELECT first_name, last_name, emails FROM member"
        )
    )


def _content(branch: Branch) -> dict[str, list]:
    """Everything but ids, with links replaced by what they point at."""
    conn = branch.conn
    names = {r[0]: f"{r[1]} {r[2]}" for r in conn.execute(
        "SELECT id, first_name, last_name FROM member")}
    places = dict(conn.execute("SELECT id, name FROM workplace").fetchall())
    units = {r[0]: f"{places[r[1]]}/{r[2]}/{r[3]}" for r in conn.execute(
        "SELECT u.id, u.workplace_id, coalesce(p.name, ''), u.name || ':' || "
        "coalesce(u.headcount, '') FROM unit u LEFT JOIN unit p ON p.id = u.parent_id")}
    members = []
    for row in conn.execute(
        f"SELECT {', '.join(schema.TABLES['member'])} FROM member"  # noqa: S608
    ):
        values = dict(zip(schema.TABLES["member"], row, strict=True))
        values["workplace_id"] = places.get(values["workplace_id"])
        values["unit_id"] = units.get(values["unit_id"])
        values["point_person_id"] = names.get(values["point_person_id"])
        members.append(json.dumps(values, sort_keys=True))
    notes = sorted(
        json.dumps([names[r[0]], *r[1:]]) for r in conn.execute(
            "SELECT member_id, date, method, outcome, text, follow_up_on FROM note"
        )
    )
    organising = sorted(
        json.dumps([r[0], r[1], r[2], names[r[3]]]) for r in conn.execute(
            "SELECT a.name, a.target_share, r.answer, r.member_id FROM response r "
            "JOIN action a ON a.id = r.action_id")) + sorted(
        json.dumps([r[0], names[r[1]]]) for r in conn.execute(
            "SELECT kind || ':' || side, member_id FROM relation"))
    return {"members": sorted(members), "notes": notes, "organising": organising,
            "workplaces": sorted(r[0] for r in conn.execute(
                "SELECT name || '|' || employer || '|' || sector FROM workplace"))}


def test_same_seed_same_people(demo_vaults):
    paths, _calls = demo_vaults
    a, b, c = (_open(paths[k]) for k in "abc")
    try:
        assert _people(a) == _people(b)
        assert len(_people(a)) == N
        assert _people(a) != _people(c)
    finally:
        for branch in (a, b, c):
            branch.vault.lock()


def test_same_seed_same_content(branch, tmp_path):
    """Whole content is a function of (seed, members, today), whatever the ids."""
    from sync.trust import create_branch

    other = Branch(Vault.create(tmp_path / "other.caucus", "correct horse battery staple",
                                "interactive"))
    create_branch(other.vault, "Other", "Other laptop")
    other = Branch(other.vault)
    try:
        first = demo.populate(branch, members=40, seed=5, today=TODAY)
        second = demo.populate(other, members=40, seed=5, today=TODAY)
        first.pop("seconds")
        second.pop("seconds")
        assert first == second
        assert _content(branch) == _content(other)
    finally:
        other.vault.lock()


def test_counts_roughly_as_asked(demo_vaults, demo_branch):
    stats = demo_branch.stats()
    assert stats["member"] == N
    assert stats["note"] == 4 * N
    assert stats["workplace"] == round(N / 40)
    assert 3 <= stats["campaign"] <= 8
    assert stats["meeting"] >= 3
    assert stats["task"] > 0
    tags = demo_branch.conn.execute("SELECT count(*) FROM member_tag").fetchone()[0]
    attendance = demo_branch.conn.execute("SELECT count(*) FROM attendance").fetchone()[0]
    assert attendance > 0
    assert tags >= 0
    # the branch and the device were named
    assert demo_branch.name == demo.default_branch_name(1)
    assert demo_branch.device_name == demo.DEFAULT_DEVICE_NAME


def test_populate_returns_counts(branch):
    counts = demo.populate(branch, members=25, seed=3, notes_per_member=2)
    stats = branch.stats()
    assert counts["members"] == stats["member"] == 25
    assert counts["notes"] == stats["note"] == 50
    assert counts["tasks"] == stats["task"]
    assert counts["workplaces"] == stats["workplace"] == 1
    assert counts["campaigns"] == stats["campaign"]
    assert counts["meetings"] == stats["meeting"]
    assert counts["tags"] == branch.conn.execute("SELECT count(*) FROM member_tag").fetchone()[0]
    assert counts["change_sets"] >= 1
    assert counts["seconds"] >= 0


def test_progress_reaches_the_total(demo_vaults):
    _paths, calls = demo_vaults
    seen = calls["a"]
    assert seen, "progress was never called"
    totals = {t for _d, t in seen}
    assert len(totals) == 1
    done = [d for d, _t in seen]
    assert done == sorted(done)
    assert done[-1] == seen[-1][1]


def test_members_revalidate_and_links_hold(demo_branch):
    branch = demo_branch
    conn = branch.conn
    workplaces = {r[0] for r in conn.execute("SELECT id FROM workplace")}
    member_ids = branch.member_ids(MemberQuery(include_deleted=True))
    assert len(member_ids) == N
    statuses = set()
    for member_id in member_ids:
        m = branch.get_member(member_id)
        fields = {name: getattr(m, name) for name in schema.TABLES["member"]
                  if name != "custom"}
        fields.update({f"custom.{k}": v for k, v in m.custom.items()})
        stored = {k: v for k, v in fields.items() if v is not None and v != [] and v is not False}
        assert clean_member_fields(stored) == stored, member_id
        assert m.first_name and m.last_name
        assert 1 <= len(m.emails) <= 2
        assert all(e.rsplit("@", 1)[1] in demo.EMAIL_DOMAINS for e in m.emails)
        assert all(p.startswith("+447") for p in m.phones)
        assert m.status in STATUSES and m.basis in BASES
        assert m.assessment is None or 0 <= m.assessment <= 5
        assert m.workplace_id is None or m.workplace_id in workplaces
        assert not m.deleted
        if m.status != "prospect":
            assert m.joined_on and m.membership_no
        for tag in m.tags:
            assert conn.execute(
                "SELECT id FROM member_tag WHERE member_id = ? AND tag = ?", (member_id, tag)
            ).fetchone()[0] == changes.derived_id("tag", member_id, tag.lower())
        statuses.add(m.status)
    assert "member" in statuses and len(statuses) >= 2
    ids = set(member_ids)
    for member_id, method, text in conn.execute("SELECT member_id, method, text FROM note"):
        assert member_id in ids and method in NOTE_METHODS and text
    for meeting_id, member_id, status, row_id in conn.execute(
        "SELECT meeting_id, member_id, status, id FROM attendance"
    ):
        assert member_id in ids and status in ATTENDANCE
        assert row_id == changes.derived_id("attendance", meeting_id, member_id)
    follow_ups = conn.execute(
        "SELECT count(*) FROM note WHERE follow_up_on IS NOT NULL").fetchone()[0]
    assert follow_ups == branch.stats()["task"]


def test_signatures_verify(demo_branch):
    count, failures = demo_branch.replica.verify_all()
    assert failures == []
    assert count >= 2  # genesis + at least one demo batch


def test_search_finds_demo_members(demo_branch):
    branch = demo_branch
    member = branch.get_member(branch.member_ids()[N // 2])
    hits = branch.member_ids(MemberQuery(search=member.last_name))
    assert member.id in hits
    assert member.id in branch.member_ids(MemberQuery(search=member.emails[0].split("@")[0]))
    prefix = member.last_name[:2]
    assert member.id in branch.member_ids(MemberQuery(search=prefix))
    assert branch.count_members(MemberQuery(search=member.last_name)) == len(hits)
    # notes are searchable too
    word = branch.list_notes(limit=1)[0].text.split()[0]
    assert branch.count_members(MemberQuery(search=word)) > 0


@pytest.mark.parametrize("members", [0, -1, 50_001, 1.5, True])
def test_refuses_member_counts_out_of_range(tmp_path, members):
    path = tmp_path / "demo.caucus"
    with pytest.raises(ValidationError):
        demo.create_demo_vault(path, demo.DEMO_PASSPHRASE, members=members,
                               profile="interactive")
    assert not path.exists()
    assert not sidecar_path(path).exists()


def test_populate_refuses_out_of_range(branch):
    with pytest.raises(ValidationError):
        demo.populate(branch, members=0)
    with pytest.raises(ValidationError):
        demo.populate(branch, members=50_001)
    with pytest.raises(ValidationError):
        demo.populate(branch, members=10, notes_per_member=-1)
    assert branch.stats()["member"] == 0


def test_failed_generation_leaves_nothing(tmp_path, monkeypatch):
    path = tmp_path / "demo.caucus"

    def boom(*_a, **_k):
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(demo, "populate", boom)
    with pytest.raises(RuntimeError):
        demo.create_demo_vault(path, demo.DEMO_PASSPHRASE, members=5, profile="interactive")
    assert not path.exists()
    assert not sidecar_path(path).exists()


def test_demo_passphrase_is_accepted(tmp_path):
    path = tmp_path / "tiny.caucus"
    demo.create_demo_vault(path, demo.DEMO_PASSPHRASE, members=1, profile="interactive",
                           branch_name="Tiny branch", device_name="Tiny laptop")
    branch = _open(path)
    try:
        assert branch.name == "Tiny branch"
        assert branch.stats()["member"] == 1
    finally:
        branch.vault.lock()


@pytest.mark.slow
def test_benchmarks_run(tmp_path):
    """``python -m tests.benchmarks`` keeps working, every row of it: the engine's, the
    desktop client's (a real offscreen client in a child process), the spreadsheet
    import and export, and the growth rows against a smaller cached branch. Timings are
    printed, never asserted; each row must carry a number."""
    proc = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks", "--members", "300", "--growth-from", "60",
         "--cache", str(tmp_path / "cache")],
        cwd=REPO, capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "| what" in proc.stdout and "| pass/fail |" in proc.stdout
    assert "ERROR" not in proc.stdout
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| ")]
    for what in ("unlock beyond the KDF", "GUI: session opened → first painted page",
                 "GUI: search typed into the search field", "GUI: peak memory",
                 "CSV import of 300 rows", "XLSX export of the whole member list (300 rows",
                 "growth 60 → 300 members: member list first page",
                 "growth 60 → 300 members: member search", "growth 60 → 300 members: save",
                 "growth 60 → 300 members: whole-branch bundle import",
                 "wall chart of a 2,000-person workplace: layout and paint",
                 "density of every workplace", "density 45 days ago from the history"):
        found = [r for r in rows if what in r]
        assert len(found) == 1, (what, proc.stdout)
        figure = found[0].split("|")[2].strip()
        assert figure[0].isdigit(), (what, figure)
    assert "the CSV export took" in proc.stdout  # the CSV import's note, with its baseline


def test_the_demo_branch_is_organised(demo_branch):
    """Units with headcounts above the people on record, point people and people still
    uncovered, relationships, a survey that is over and a petition half-way."""
    branch = demo_branch
    today = dt.date.today()
    mapped = 0
    for place in branch.list_workplaces():
        figures = branch.workplace_figures(place.id)
        assert figures.unplaced.people == 0  # everyone at a workplace is in a unit
        for unit in figures.units:
            assert unit.figures.headcount >= unit.figures.people, unit.unit.path
            assert unit.unit.level in (1, 2)
        mapped += bool(figures.units)
    assert mapped == len(branch.list_workplaces())
    assert branch.point_people() and branch.uncovered()
    assert branch.conn.execute("SELECT count(*) FROM relation WHERE deleted = 0"
                               ).fetchone()[0] >= 2
    survey, petition = branch.list_actions()
    assert survey.deadline < today.isoformat() < petition.deadline
    people = branch.count_members()
    assert 0 < petition.asked < people and 0 < petition.yes < petition.asked
    progress = branch.action_progress(petition.id)
    assert progress.branch.yes == petition.yes and progress.branch.reached is False
