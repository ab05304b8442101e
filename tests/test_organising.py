"""Organising in the engine (sync.records organising, issue #13): units nested up to
three levels, figures counted through the tree, responses that collide into one row,
erasure reaching the links that point at a person, density on an earlier date from the
history, and the schema upgrade. Real vaults, real change sets, real replicas."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sync import changes
from sync.errors import ValidationError
from sync.ops import Session
from sync.ops.conflicts import open_conflicts
from sync.records import Branch, MemberQuery, response_id
from sync.records import organising_figures as of
from sync.records.organising_history import end_of_day
from sync.store import schema, state
from sync.store.vault import Vault

from .conftest import PASSPHRASE
from .replicas import build_template, exchange_all


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=1, viewer=False,
                          spare=False)


@pytest.fixture
def two(template, tmp_path):
    branches = template.clone(tmp_path / "vaults")
    yield branches["founder"], branches["sec0"]
    for b in branches.values():
        b.vault.lock()


def depot(branch: Branch) -> tuple[str, dict[str, str]]:
    w = branch.add_workplace("Depot")
    units = {"Drivers": branch.add_unit(w, "Drivers", headcount=10)}
    units["Nights"] = branch.add_unit(w, "Nights", parent_id=units["Drivers"], headcount=4)
    units["Cleaning"] = branch.add_unit(w, "Cleaning")
    return w, units


# -- units and figures -------------------------------------------------------------------
def test_units_nest_three_deep_and_never_inside_themselves(branch):
    w = branch.add_workplace("Tower block")
    block = branch.add_unit(w, "Block A", kind="block")
    stair = branch.add_unit(w, "Stair 2", parent_id=block, kind="stairwell")
    floor = branch.add_unit(w, "Floor 5", parent_id=stair, kind="floor", headcount=6)
    with pytest.raises(ValidationError, match="3 levels"):
        branch.add_unit(w, "Flat 51", parent_id=floor)
    with pytest.raises(ValidationError, match="inside itself"):
        branch.update_unit(block, parent_id=floor)
    other = branch.add_workplace("Other block")
    with pytest.raises(ValidationError, match="same workplace"):
        branch.add_unit(other, "Lobby", parent_id=block)
    annexe = branch.add_unit(w, "Annexe")
    branch.add_unit(w, "Annexe floor", parent_id=annexe)
    with pytest.raises(ValidationError, match="3 levels"):  # its floor would be a 4th
        branch.update_unit(annexe, parent_id=stair)
    lobby = branch.add_unit(w, "Lobby")
    branch.update_unit(lobby, parent_id=stair)
    units = branch.list_units(w)
    assert [(u.path, u.level) for u in units] == [
        ("Annexe", 1), ("Annexe › Annexe floor", 2), ("Block A", 1),
        ("Block A › Stair 2", 2), ("Block A › Stair 2 › Floor 5", 3),
        ("Block A › Stair 2 › Lobby", 3)]
    assert branch.resolve_unit("block a / stair 2 / floor 5", w) == floor


def test_figures_count_people_in_every_unit_above_them(branch):
    w, units = depot(branch)
    point = branch.add_member(first_name="Pat", last_name="Point", unit_id=units["Nights"])
    branch.add_member(first_name="Ann", unit_id=units["Drivers"], point_person_id=point)
    branch.add_member(first_name="Bo", unit_id=units["Nights"], status="worker",
                      point_person_id=point, assessment=3)
    branch.add_member(first_name="Cy", unit_id=units["Cleaning"], status="contact")
    branch.add_member(first_name="Di", workplace_id=w)  # in no unit
    branch.add_member(first_name="Ed", unit_id=units["Cleaning"], status="deceased")
    branch.add_member(first_name="Fay", unit_id=units["Cleaning"], status="member",
                      dues_paid_until="2001-01-31")  # lapsed long ago: not a member now
    figures = branch.workplace_figures(w)
    by = {u.unit.name: u.figures for u in figures.units}
    assert (by["Drivers"].headcount, by["Drivers"].people, by["Drivers"].members) == (10, 3, 2)
    assert (by["Nights"].people, by["Nights"].members, by["Nights"].density) == (2, 1, 0.25)
    assert (by["Drivers"].covered, by["Drivers"].point_people) == (2, 1)
    assert (by["Cleaning"].headcount, by["Cleaning"].people, by["Cleaning"].members) == \
        (None, 2, 0)
    assert by["Cleaning"].density is None  # no headcount: no density, never a guess
    assert (figures.unplaced.people, figures.unplaced.members) == (1, 1)
    assert (figures.figures.headcount, figures.figures.people, figures.figures.members) == \
        (10, 6, 3)
    branch.set_headcount("workplace", w, 30)
    assert branch.workplace_figures(w).figures.density == pytest.approx(0.1)
    rows, total = branch.density()
    assert [(d.name, d.members, d.headcount) for d in rows] == [("Depot", 3, 30)]
    assert total.density == pytest.approx(0.1)


def test_the_python_status_rule_is_the_member_lists(branch):
    today = dt.date.today()
    cases = [("member", None, None, None), ("member", None, None, "2001-01-01"),
             ("member", None, None, (today - dt.timedelta(days=3)).isoformat()),
             ("member", None, None, (today + dt.timedelta(days=3)).isoformat()),
             ("member", "member", (today + dt.timedelta(days=9)).isoformat(), "2001-01-01"),
             ("member", "resigned", (today - dt.timedelta(days=1)).isoformat(), None),
             ("prospect", "member", None, None), ("worker", None, None, None)]
    for status, override, until, dues in cases:
        member = branch.add_member(first_name="X", status=status, status_override=override,
                                   override_until=until, dues_paid_until=dues)
        listed = branch.get_member(member).effective_status
        assert of.effective_status(status, override, until, dues, today,
                                   branch.grace_days) == listed, (status, override, until, dues)


def test_units_moved_into_each_other_on_two_laptops_still_count(two):
    a, b = two
    w, units = depot(a)
    person = a.add_member(first_name="Gil", unit_id=units["Nights"])
    exchange_all([a, b])
    a.update_unit(units["Cleaning"], parent_id=units["Nights"])
    b.update_unit(units["Drivers"], parent_id=units["Cleaning"])
    exchange_all([a, b])
    assert a.replica.state_hash() == b.replica.state_hash()
    listed = a.list_units(w)
    assert {u.id for u in listed} == set(units.values())  # none lost in the loop
    assert all(1 <= u.level <= 3 for u in listed)
    figures = a.workplace_figures(w)
    assert figures.figures.people == 1 and person in {c.id for c in a.wall_chart(w).cards}


def test_the_workplaces_page_counts_each_workplace_as_its_own_page_does(two):
    """``density`` counts every workplace at once (grouped in SQL, top headcounts summed
    without building each tree); its figures are those each workplace's page counts one
    person at a time: units without a headcount, units in a loop, point people dead,
    deleted or elsewhere, lapsed and overridden statuses."""
    a, b = two
    depot_id, units = depot(a)  # a top unit without a headcount: the tree decides
    tower = a.add_workplace("Tower")
    block = a.add_unit(tower, "Block", headcount=40)
    stair = a.add_unit(tower, "Stair", parent_id=block, headcount=5)
    a.add_unit(tower, "Annexe", headcount=7)
    counted = a.add_workplace("Counted")
    a.set_headcount("workplace", counted, 25)
    a.add_unit(counted, "Office")
    a.add_workplace("Empty")
    looped = a.add_workplace("Looped")
    one = a.add_unit(looped, "One", headcount=3)
    two_ = a.add_unit(looped, "Two", headcount=4)
    point = a.add_member(first_name="Pat", unit_id=stair)
    dead = a.add_member(first_name="Dee", workplace_id=tower, status="deceased")
    gone = a.add_member(first_name="Del", workplace_id=counted)
    far = a.add_member(first_name="Far", workplace_id=counted)
    today = dt.date.today()
    people = [
        dict(unit_id=stair, point_person_id=point, assessment=2),
        dict(unit_id=block, point_person_id=dead),
        dict(workplace_id=tower, point_person_id=gone, status="worker"),
        dict(unit_id=units["Nights"], point_person_id=far, dues_paid_until="2001-01-01"),
        dict(unit_id=units["Cleaning"], status="member", status_override="resigned",
             override_until=(today + dt.timedelta(days=5)).isoformat()),
        dict(workplace_id=depot_id, status="prospect", status_override="member"),
        dict(workplace_id=counted, point_person_id=point, assessment=1),
        dict(unit_id=one, point_person_id=far), dict(unit_id=two_, status="contact"),
        dict(workplace_id=looped, status="deceased", point_person_id=point),
    ]
    for n, fields in enumerate(people):
        a.add_member(first_name=f"P{n}", **fields)
    a.delete_member(gone)
    exchange_all([a, b])
    a.update_unit(one, parent_id=two_)  # each under the other, on two laptops
    b.update_unit(two_, parent_id=one)
    exchange_all([a, b])
    rows, _total = a.density()
    assert len(rows) == 5

    def figures(f):
        return (f.headcount, f.people, f.members, f.assessed, f.covered, f.point_people)

    for row in rows:
        assert figures(row.now) == figures(a.workplace_figures(row.id).figures), row.name
    by = {row.name: row.now for row in rows}
    assert figures(by["Tower"]) == (47, 4, 3, 1, 1, 1)  # the dead and deleted cover no one
    assert by["Looped"].headcount is not None and by["Empty"].headcount is None


# -- responses and conflicts -------------------------------------------------------------
def test_two_laptops_answering_for_one_person_make_one_row_and_a_visible_conflict(two):
    a, b = two
    w, units = depot(a)
    person = a.add_member(first_name="Hal", unit_id=units["Drivers"])
    test = a.add_action("Card drive", "card", 60)
    exchange_all([a, b])
    a.set_response(test, person, "yes")
    b.set_response(test, person, "no")
    exchange_all([a, b])
    assert a.replica.state_hash() == b.replica.state_hash()
    for laptop in (a, b):
        rows = laptop.conn.execute("SELECT id, answer FROM response").fetchall()
        assert [r[0] for r in rows] == [response_id(test, person)]
        conflicts = [c for c in laptop.replica.conflicts() if c.field == "answer"]
        assert len(conflicts) == 1
        assert sorted(c["value"] for c in conflicts[0].candidates) == ["no", "yes"]
        named = open_conflicts(Session(laptop.vault, laptop))
        assert [c.row_name for c in named] == ["Hal: Card drive"]  # whose, which test


def test_responses_from_a_meeting_and_progress_across_the_branch(branch):
    w, units = depot(branch)
    other = branch.add_workplace("Garage")
    branch.set_headcount("workplace", other, 5)
    people = [branch.add_member(first_name=f"P{n}", unit_id=units["Drivers"]) for n in range(4)]
    people.append(branch.add_member(first_name="G", workplace_id=other))
    meeting = branch.add_meeting("Gate meeting")
    for person in people[:3]:
        branch.set_attendance(meeting, person, "attended")
    branch.set_attendance(meeting, people[3], "apologies")
    test = branch.add_action("Heat petition", "petition", 50)
    assert branch.responses_from_meeting(test, meeting) == 3
    branch.set_response(test, people[4], "yes")
    progress = branch.action_progress(test)
    totals = {name: share for _wid, name, share, _units in progress.workplaces}
    assert (totals["Depot"].yes, totals["Depot"].of, totals["Depot"].target) == (3, 10, 5)
    assert (totals["Garage"].yes, totals["Garage"].reached) == (1, False)
    assert (progress.branch.yes, progress.branch.of) == (4, 15)
    later = branch.add_action("Strike pledge", "strike_vote_pledge", 70,
                              starts_on="2031-01-01")
    assert [a.id for a in branch.list_actions()] == [test, later]  # a sequence


# -- erasure -----------------------------------------------------------------------------
def test_erasing_a_person_reaches_the_links_that_point_at_them(two):
    a, b = two
    w, units = depot(a)
    point = a.add_member(first_name="Ivy", last_name="Erased", unit_id=units["Drivers"])
    kept = a.add_member(first_name="Jo", unit_id=units["Drivers"], point_person_id=point)
    other = a.add_member(first_name="Kim", unit_id=units["Cleaning"])
    a.add_relation(kept, point, "influences")  # Ivy is the one influenced: the "to" end
    test = a.add_action("Survey", "survey", 50)
    a.set_response(test, point, "yes")
    exchange_all([a, b])
    # while A erases Ivy, B (not knowing) links someone else to her
    a.erase_member(point)
    # the erasure itself names only what every build reads (the rest follows it)
    written = [changes.verify(*item) for item in a.replica.export_changesets()]
    [erasure] = [cs for cs in written if any(r.row == point for r in cs.rows)
                 and changes.ERASE_FIELD in cs.rows[0].fields]
    assert [(r.table, list(r.fields)) for r in erasure.rows] == [
        ("member", [changes.ERASE_FIELD])]
    b.set_point_person(other, point)
    b.add_relation(point, other, "family")
    exchange_all([a, b])
    assert a.replica.state_hash() == b.replica.state_hash()
    for laptop in (a, b):
        names = {r[0] for r in laptop.conn.execute("SELECT member_id FROM relation")}
        assert point not in names  # no row names her
        assert laptop.relationships(kept) == [] and laptop.relationships(other) == []
        assert laptop.get_member(kept).point_person_id is None
        chart = laptop.wall_chart(w, test)
        assert point not in {c.id for c in chart.cards}
        assert {c.id: c.point_person_id for c in chart.cards}[other] is None  # she is gone
        assert chart.workplace.figures.people == 2
        assert chart.workplace.tests[0].yes == 0
        assert laptop.answers(test) == {}
        assert {c.id for c in laptop.uncovered(w)} == {kept, other}


# -- density on an earlier date ----------------------------------------------------------
def test_density_since_a_date_is_what_the_changes_before_it_made(tmp_path, monkeypatch):
    """The figures of a past day, from the history, equal those of a laptop holding
    only the change sets written by then (an erased person is in neither)."""
    from sync.replica import Replica
    from sync.trust import create_branch, prepare_device

    from .replicas import join_by_welcome

    base = dt.date.today() - dt.timedelta(days=30)

    def on(day: dt.date) -> None:  # the laptops' clocks read noon on that day
        noon = dt.datetime.combine(day, dt.time(12), dt.UTC).timestamp()
        monkeypatch.setattr(changes, "wall_hlc", lambda: int(noon * 1000) << 16)

    on(base)
    vault = Vault.create(tmp_path / "a.caucus", PASSPHRASE, "interactive")
    a = Branch(vault, create_branch(vault, "History", "A laptop"))
    later = Replica(Vault.create(tmp_path / "b.caucus", PASSPHRASE, "interactive"))
    prepare_device(later, "B laptop")
    join_by_welcome(a.replica, later, "secretary", tmp_path)
    b = Branch(later.vault, later)
    try:
        w, units = depot(a)
        people = [a.add_member(first_name=f"M{n}", unit_id=units["Drivers"])
                  for n in range(3)]
        worker = a.add_member(first_name="W", unit_id=units["Nights"], status="worker")
        gone = a.add_member(first_name="Z", unit_id=units["Drivers"])
        on(base + dt.timedelta(days=10))
        a.update_member(worker, status="member")  # joined
        a.move_person(people[0], units["Cleaning"])  # moved, still there
        a.set_headcount("unit", units["Drivers"], 12)
        a.delete_member(people[1])
        on(base + dt.timedelta(days=20))
        a.add_member(first_name="New", unit_id=units["Drivers"])
        a.erase_member(gone)
        monkeypatch.undo()
        day = base + dt.timedelta(days=5)
        [depot_now], _total = a.density(since=day)
        assert (depot_now.now.members, depot_now.now.headcount) == (4, 12)
        assert (depot_now.then.members, depot_now.then.headcount) == (3, 10)
        assert depot_now.change == pytest.approx(4 / 12 - 3 / 10)
        stamp = end_of_day(day)
        held = [item for item in a.replica.export_changesets()
                if changes.verify(*item).hlc < stamp]
        b.replica.receive(held)
        [past], _ = b.density(today=day)
        assert (past.now.members, past.now.headcount, past.now.people) == \
            (depot_now.then.members, depot_now.then.headcount, depot_now.then.people)
        # today's writes leave the past alone; an erasure reaches into it
        a.add_member(first_name="Today", unit_id=units["Drivers"])
        assert a.density(since=day)[0][0].then.members == 3
        a.erase_member(people[2])
        assert a.density(since=day)[0][0].then.members == 2
        # and on a day before anything: nothing
        [empty], _ = a.density(since=base - dt.timedelta(days=1))
        assert (empty.then.people, empty.then.headcount) == (0, None)
    finally:
        for laptop in (a, b):
            laptop.vault.lock()


# -- the schema -------------------------------------------------------------------------
def test_a_schema_5_vault_gains_organising_and_hashes_as_before(tmp_path):
    from sync.trust import create_branch

    path = tmp_path / "old.caucus"
    vault = Vault.create(path, PASSPHRASE, "interactive")
    branch = Branch(vault, create_branch(vault, "Old", "Old laptop"))
    w = branch.add_workplace("Depot")
    branch.add_member(first_name="Ana", workplace_id=w)
    before = branch.replica.state_hash()
    conn = vault.conn
    for table in state.LATER_TABLES:
        conn.execute(f"DROP TABLE {table}")
    for index in ("member_unit", "member_point"):
        conn.execute(f"DROP INDEX {index}")
    for table, fields in (("member", ("unit_id", "point_person_id")),
                          ("workplace", ("headcount", "counted_on")),
                          ("branch", ("point_ratio",))):
        for name in fields:
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
    conn.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    vault.lock()
    vault = Vault.open(path, PASSPHRASE)
    try:
        branch = Branch(vault)
        assert branch.replica.state_hash() == before
        assert branch.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'"
                                   ).fetchone()[0] == str(schema.SCHEMA_VERSION)
        unit = branch.add_unit(w, "Yard", headcount=3)
        assert branch.workplace_figures(w).units[0].unit.id == unit
        assert branch.member_ids(MemberQuery()) and branch.replica.verify_all()[1] == []
    finally:
        vault.lock()


def test_state_hash_of_an_old_branch_is_unchanged_by_the_new_fields(template, tmp_path):
    """A row written before the new fields existed hashes as it did (its new fields hold
    no value); a value in one of them changes the hash."""
    branches = template.clone(Path(tmp_path) / "h")
    a = branches["founder"]
    try:
        w = a.add_workplace("Depot")
        before = a.replica.state_hash()
        a.set_headcount("workplace", w, 40)
        assert a.replica.state_hash() != before
    finally:
        for b in branches.values():
            b.vault.lock()
