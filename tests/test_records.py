"""The records API (ARCHITECTURE §3) on a real vault: members round-trip, validation
stores nothing, search and filters, derived status, tags, workplaces, notes, meetings,
and erasure that really removes a person from every table and every stored change set.
"""

from __future__ import annotations

import datetime as dt
import types
import unicodedata

import cbor2
import pytest

from sync.errors import UnknownField, UnknownId, ValidationError
from sync.records import Branch, MemberQuery, queries
from sync.store import schema
from sync.store.packing import unpack
from sync.store.vault import Vault

TODAY = dt.date.today()


def days(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


class _PinnedDate(dt.date):
    @classmethod
    def today(cls) -> dt.date:
        return TODAY


@pytest.fixture(autouse=True)
def today_is_pinned(monkeypatch):
    """The member queries take the day these tests' dates were made from as today: a run
    that collects before midnight and queries after it would otherwise find the member
    paid up to "today" in arrears (a CI run across midnight did)."""
    monkeypatch.setattr(queries, "dt", types.SimpleNamespace(
        date=_PinnedDate, datetime=dt.datetime, timedelta=dt.timedelta, UTC=dt.UTC))


def changeset_count(branch: Branch) -> int:
    return branch.conn.execute("SELECT count(*) FROM changeset").fetchone()[0]


def found(branch: Branch, text: str, **filters) -> set[str]:
    return set(branch.member_ids(MemberQuery(search=text, **filters)))


# -- round trip --------------------------------------------------------------------------
def member_values(branch: Branch) -> tuple[dict, dict, dict]:
    """(input, expected, second input/expected) for every member field."""
    wp1 = branch.add_workplace("Riverside Depot")
    wp2 = branch.add_workplace("Hilltop Garage")
    fleet = branch.add_unit(wp1, "Fleet", headcount=40)
    garage = branch.add_unit(wp2, "Workshop")
    point = branch.add_member(first_name="Pat", last_name="Point")
    first = {
        "first_name": ("  Siobhán ", "Siobhán"),
        "last_name": ("Ní Bhriain", "Ní Bhriain"),
        "preferred_name": ("Shiv", "Shiv"),
        "membership_no": ("UN-004471", "UN-004471"),
        "emails": (["Siobhan.NB@Example.ORG", "shiv@home.example"],
                   ["Siobhan.NB@example.org", "shiv@home.example"]),
        "phones": (["07911 123456", "020 7946 0018"], ["+447911123456", "+442079460018"]),
        "address": ("Flat 2\n14 Quay Street\nBristol", "Flat 2\n14 Quay Street\nBristol"),
        "postcode": ("BS1 4DJ", "BS1 4DJ"),
        "workplace_id": (wp1, wp1),
        "department": ("Fleet", "Fleet"),
        "job_title": ("Bus driver", "Bus driver"),
        "status": ("Member", "member"),
        "status_override": ("resigned", "resigned"),
        "override_until": (days(30), days(30)),
        "joined_on": (dt.date(2019, 4, 1), "2019-04-01"),
        "lapsed_on": ("2018-01-31", "2018-01-31"),
        "dues_paid_until": (days(60), days(60)),
        "assessment": ("3", 3),
        "basis": ("former member", "former_member"),
        "do_not_contact": ("yes", True),
        "do_not_email": (True, True),
        "do_not_phone": (1, True),
        "do_not_sms": ("no", False),
        "do_not_post": (False, False),
        "unit_id": (fleet, fleet),
        "point_person_id": (point, point),
    }
    second = {
        "first_name": ("Siobhan", "Siobhan"),
        "last_name": ("O'Brien", "O'Brien"),
        "preferred_name": (None, None),
        "membership_no": ("UN-9", "UN-9"),
        "emails": ("new@example.org; other@example.org",
                   ["new@example.org", "other@example.org"]),
        "phones": ("+44 7911 123456, 07911123456", ["+447911123456"]),
        "address": ("", None),
        "postcode": ("N1 9GU", "N1 9GU"),
        "workplace_id": (wp2, wp2),
        "department": (None, None),
        "job_title": ("Inspector", "Inspector"),
        "status": ("arrears", "arrears"),
        "status_override": (None, None),
        "override_until": (None, None),
        "joined_on": ("2020-02-29", "2020-02-29"),
        "lapsed_on": ("", None),
        "dues_paid_until": ("2024-12-31", "2024-12-31"),
        "assessment": (0, 0),
        "basis": ("regular_contact", "regular_contact"),
        "do_not_contact": (False, False),
        "do_not_email": ("off", False),
        "do_not_phone": (0, False),
        "do_not_sms": ("Y", True),
        "do_not_post": ("true", True),
        "unit_id": (garage, garage),
        "point_person_id": ("", None),
    }
    return first, second, {"wp1": wp1, "wp2": wp2}


def test_every_member_field_round_trips(branch):
    first, second, _ = member_values(branch)
    assert set(first) == set(second) == set(schema.TABLES["member"]) - {"custom"}, (
        "a member field is not covered by this test")
    member = branch.add_member(tags=["Rep"], **{k: v[0] for k, v in first.items()},
                               **{"custom.shift": "nights", "custom.locker": "14"})
    got = branch.get_member(member)
    for name, (_given, expected) in first.items():
        assert getattr(got, name) == expected, name
    assert got.custom == {"shift": "nights", "locker": "14"}
    assert got.tags == ["Rep"]
    assert got.workplace == "Riverside Depot"
    assert got.deleted is False

    branch.update_member(member, **{k: v[0] for k, v in second.items()},
                         **{"custom.shift": None, "custom.locker": "15"})
    got = branch.get_member(member)
    for name, (_given, expected) in second.items():
        assert getattr(got, name) == expected, name
    assert got.custom == {"locker": "15"}
    assert got.workplace == "Hilltop Garage"
    # what the list shows agrees with the record
    row = branch.member_rows([member])[0]
    assert (row.first_name, row.last_name, row.email, row.phone, row.membership_no) == (
        "Siobhan", "O'Brien", "new@example.org", "+447911123456", "UN-9")


@pytest.mark.parametrize("given, e164", [
    ("07911 123456", "+447911123456"),
    ("07911-123-456", "+447911123456"),
    ("+44 (0)7911 123456", "+447911123456"),
    ("0044 7911 123456", "+447911123456"),
    ("020 7946 0018", "+442079460018"),
    ("0113 496 0123", "+441134960123"),
    ("+1 202 555 0143", "+12025550143"),
    ("+353 85 123 4567", "+353851234567"),
])
def test_phone_numbers_are_stored_as_e164(branch, given, e164):
    member = branch.add_member(first_name="Pat", phones=[given])
    assert branch.get_member(member).phones == [e164]


def test_duplicate_contacts_are_merged(branch):
    member = branch.add_member(first_name="Pat", phones=["07911 123456", "+447911123456"],
                               emails=["pat@example.org", "PAT@example.org"])
    got = branch.get_member(member)
    assert got.phones == ["+447911123456"]
    assert got.emails == ["pat@example.org"]


# -- validation --------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["07700 900123", "12345", "0171 1234567"])
def test_a_phone_that_cannot_be_checked_is_kept_as_typed_with_a_warning(branch, typed):
    """07700 900123 is in the drama range, 12345 too short, 0171… a German number in a
    British branch: none blocks the save; each is kept as typed and named in a warning."""
    warnings = branch.check_member(first_name="Pat", phones=[typed, "07911 123456"])
    assert [(w.field, w.value) for w in warnings] == [("phones", typed)]
    assert typed in warnings[0].message and "kept as typed" in warnings[0].message
    with branch.batch() as batch:
        member = batch.add_member({"first_name": "Pat", "phones": [f" {typed} ", "07911123456"]})
    assert [(m, w.value) for m, w in batch.warnings] == [(member, typed)]
    assert branch.get_member(member).phones == [typed, "+447911123456"]
    assert branch.member_ids(MemberQuery(search=typed.split()[-1])) == [member]


INVALID = [
    # (field given, value, field named by the error, error class)
    ("emails", "not-an-email", "emails", ValidationError),
    ("emails", ["ok@example.org", "broken@"], "emails", ValidationError),
    ("phones", "call me maybe", "phones", ValidationError),
    ("joined_on", "2023-02-29", "joined_on", ValidationError),
    ("dues_paid_until", "31/12/2024", "dues_paid_until", ValidationError),
    ("override_until", "1066-10-14", "override_until", ValidationError),
    ("assessment", 7, "assessment", ValidationError),
    ("assessment", -1, "assessment", ValidationError),
    ("assessment", "high", "assessment", ValidationError),
    ("status", "boss", "status", ValidationError),
    ("status_override", "emperor", "status_override", ValidationError),
    ("basis", "whim", "basis", ValidationError),
    ("do_not_email", "perhaps", "do_not_email", ValidationError),
    ("address", "x" * 2001, "address", ValidationError),
    ("shoe_size", "9", "shoe_size", UnknownField),
    ("custom", {"a": "b"}, "custom", UnknownField),
    ("custom.", "x", "custom.", UnknownField),
]


@pytest.mark.parametrize("name, value, field, error", INVALID,
                         ids=[f"{i[0]}={str(i[1])[:12]}" for i in INVALID])
def test_invalid_new_member_is_refused_and_nothing_stored(branch, name, value, field, error):
    before = (changeset_count(branch), branch.count_members(MemberQuery(include_deleted=True)))
    with pytest.raises(error) as caught:
        branch.add_member(first_name="Valid", last_name="Person", **{name: value})
    assert caught.value.field == field
    assert str(caught.value)
    assert (changeset_count(branch),
            branch.count_members(MemberQuery(include_deleted=True))) == before


@pytest.mark.parametrize("name, value, field, error", INVALID,
                         ids=[f"{i[0]}={str(i[1])[:12]}" for i in INVALID])
def test_invalid_update_is_refused_and_nothing_stored(branch, name, value, field, error):
    member = branch.add_member(first_name="Valid", last_name="Person", assessment=2)
    before = (changeset_count(branch), branch.get_member(member))
    with pytest.raises(error) as caught:
        branch.update_member(member, job_title="Welder", **{name: value})
    assert caught.value.field == field
    assert (changeset_count(branch), branch.get_member(member)) == before


@pytest.mark.parametrize("names", [{}, {"first_name": ""}, {"first_name": "  ", "last_name": None}])
def test_member_needs_a_name(branch, names):
    before = changeset_count(branch)
    with pytest.raises(ValidationError) as caught:
        branch.add_member(emails=["x@example.org"], **names)
    assert caught.value.field == "first_name"
    member = branch.add_member(first_name="Only", last_name="Name")
    with pytest.raises(ValidationError):
        branch.update_member(member, first_name="", last_name=" ")
    assert changeset_count(branch) == before + 1
    assert branch.get_member(member).last_name == "Name"


def test_too_long_tag_is_refused(branch):
    before = changeset_count(branch)
    with pytest.raises(ValidationError) as caught:
        branch.add_member(first_name="Tag", tags=["t" * 61])
    assert caught.value.field == "tags"
    assert changeset_count(branch) == before


def test_unknown_ids_are_refused(branch):
    before = changeset_count(branch)
    with pytest.raises(UnknownId):
        branch.add_member(first_name="Wanda", workplace_id="no-such-workplace")
    with pytest.raises(UnknownId):
        branch.get_member("0190a0a0-0000-7000-8000-000000000000")
    with pytest.raises(UnknownId):
        branch.update_member("0190a0a0-0000-7000-8000-000000000000", job_title="x")
    with pytest.raises(UnknownId):
        branch.add_note("hello", "0190a0a0-0000-7000-8000-000000000000")
    assert changeset_count(branch) == before


# -- search ------------------------------------------------------------------------------
@pytest.fixture
def people(branch) -> dict[str, str]:
    ids = {
        "margaret": branch.add_member(
            first_name="Margaret", last_name="Okonkwo-Hale",
            emails=["m.okonkwo@unison-test.example"], phones=["07911 123456"]),
        "tomasz": branch.add_member(
            first_name="Tomasz", last_name="Wiśniewski", preferred_name="Tom",
            phones=["020 7946 0018"]),
        "ana": branch.add_member(first_name="Ana", last_name="Smith",
                                 emails=["ana.smith@example.org"]),
        "bart": branch.add_member(first_name="Bartholomew", last_name="Smithers",
                                  membership_no="UN-4471", postcode="N1 9GU"),
    }
    branch.add_note("Worried about asbestos in the boiler room", ids["ana"])
    branch.add_note("Talked to the steward about the new rota", ids["bart"])
    return ids


@pytest.mark.parametrize("query, expected", [
    ("konkw", {"margaret"}),            # inside a name
    ("Okonkwo-Hale", {"margaret"}),
    ("mith", {"ana", "bart"}),
    ("MITH", {"ana", "bart"}),
    ("artholo", {"bart"}),
    ("Ana Smi", {"ana"}),               # several fragments must all match
    ("Mar Ok", {"margaret"}),
    ("Ma", {"margaret"}),               # 1-2 characters: name prefixes
    ("Sm", {"ana", "bart"}),
    ("sm", {"ana", "bart"}),
    ("O", {"margaret"}),
    ("isniew", {"tomasz"}),             # diacritics do not matter
    ("Wiśniewski", {"tomasz"}),
    ("Tom", {"tomasz"}),                # preferred name
    ("okonkwo@", {"margaret"}),         # email fragments
    ("unison-test", {"margaret"}),
    ("ana.smith@example.org", {"ana"}),
    ("7911 123", {"margaret"}),         # phone digits
    ("7911123456", {"margaret"}),
    ("+447911", {"margaret"}),
    ("2079460018", {"tomasz"}),
    ("4471", {"bart"}),                 # membership number
    ("asbestos", {"ana"}),              # note text, whole word and prefix
    ("asbest", {"ana"}),
    ("boiler room", {"ana"}),
    ("zzqqxx", set()),
])
def test_search(branch, people, query, expected):
    assert found(branch, query) == {people[k] for k in expected}
    assert branch.count_members(MemberQuery(search=query)) == len(expected)


def test_search_by_phone_number_as_written_nationally(branch, people):
    """Secretaries type numbers the way members give them: 07911 123456."""
    for query in ("07911 123456", "07911123456", "07911"):
        assert found(branch, query) == {people["margaret"]}, query


def test_search_by_postcode(branch, people):
    for query in ("N1 9GU", "9GU"):
        assert found(branch, query) == {people["bart"]}, query


def test_short_prefix_matches_names_not_every_word_in_notes(branch, people):
    """'T' is the start of a name being typed, not every note containing 'the'."""
    assert found(branch, "T") == {people["tomasz"]}
    assert found(branch, "Ta") == set()


def test_search_skips_deleted_unless_asked(branch, people):
    branch.delete_member(people["ana"])
    assert found(branch, "Smith") == {people["bart"]}
    assert found(branch, "Smith", include_deleted=True) == {people["ana"], people["bart"]}
    assert found(branch, "Smith", only_deleted=True) == {people["ana"]}
    assert found(branch, "asbestos") == set()


def test_a_limited_id_query_is_the_start_of_the_whole_list(branch):
    """The list's first page comes from a LIMITed query; it must agree with the full one
    whichever plan the hit count picks (narrow below 400 / 1,500 hits, broad above)."""
    from sync import changes

    surnames = ["Moss", "Mills", "Baker", "Stone", "Marsh"]
    people: dict[str, tuple[str, str, bool]] = {}
    with branch.replica.transaction() as tx:
        for i in range(2400):
            member_id = changes.new_id()
            people[member_id] = (f"{'MB'[i % 2]}ae{i % 7}", surnames[i % 5], i % 97 == 0)
            tx.set("member", member_id, {
                "first_name": people[member_id][0], "last_name": surnames[i % 5],
                "membership_no": f"N{i:05d}", "assessment": i % 13, "status": "member",
                "deleted": i % 97 == 0})

    def starting(*prefixes: str) -> set[str]:
        """Live members whose first or last name starts with each prefix (the oracle)."""
        return {m for m, (first, last, deleted) in people.items() if not deleted and all(
            first.lower().startswith(p) or last.lower().startswith(p) for p in prefixes)}

    # broad (over 1,500 hits) and narrow searches by the start of names agree with it
    for text, prefixes in (("m", ("m",)), ("b", ("b",)), ("m b", ("m", "b")),
                           ("mo", ("mo",)), ("st", ("st",))):
        expected = starting(*prefixes)
        ids = branch.member_ids(MemberQuery(search=text))
        assert set(ids) == expected and len(ids) == len(expected), text  # each once
        first = branch.member_ids(MemberQuery(search=text), limit=200)
        assert len(first) == len(set(first)) == min(200, len(expected)), text
        assert branch.count_members(MemberQuery(search=text)) == len(expected), text
    assert len(starting("m")) > 1500 > len(starting("mo"))  # both plans were taken
    # broad and narrow, with deleted members too, by either name sort
    for text, include_deleted in (("m", False), ("m", True), ("b", False), ("mo", False),
                                  ("Moss", True), ("ae3", False), ("N0012", False),
                                  ("", False), ("m b", False)):
        q = MemberQuery(search=text, include_deleted=include_deleted)
        for sort, descending in (("name", False), ("name", True), ("last_name", True),
                                 ("assessment", False), ("membership_no", True)):
            whole = branch.member_ids(q, sort, descending)
            assert whole, (text, sort)
            for limit in (1, 200, len(whole) + 5):
                assert branch.member_ids(q, sort, descending, limit=limit) == whole[:limit]


def test_a_first_page_of_a_broad_search_of_notes_is_the_start_of_the_whole_list(branch):
    """A first page of a search that also looks in notes and has thousands of hits walks
    the names and tests each member's own notes; it must agree with the whole list (which
    finds every note hit's member) and with what the notes say."""
    from sync import changes
    from sync.records.types import BROAD_WALK

    live: dict[str, bool] = {}  # member id → whether a live note of theirs matches
    with branch.replica.transaction() as tx:
        for i in range(BROAD_WALK + 900):
            member_id = changes.new_id()
            deleted = i % 89 == 0
            tx.set("member", member_id, {
                "first_name": "Colleen" if i % 31 == 0 else f"Ann{i % 11}",
                "last_name": ["Moss", "Baker", "Stone"][i % 3], "deleted": deleted})
            for k in range(i % 3 + 1):  # 1–3 notes; some say it, some of those deleted
                says = (i + k) % 4 != 0
                gone = says and (i + k) % 7 == 0
                tx.set("note", changes.new_id(), {
                    "member_id": member_id, "date": "2026-01-02", "deleted": gone,
                    "text": ("Spoke to colleagues on the night shift" if says else
                             "Left a leaflet")})
                live[member_id] = live.get(member_id, False) or (says and not gone)
            if i % 31 == 0:
                live[member_id] = True  # her name matches whatever her notes say
            if deleted:
                live.pop(member_id)
    expected = {m for m, hit in live.items() if hit}
    assert len(expected) >= BROAD_WALK  # the walk is taken
    for text in ("coll", "colle"):
        whole = branch.member_ids(MemberQuery(search=text))
        assert set(whole) == expected, text
        for sort, descending in (("name", False), ("name", True), ("last_name", False)):
            ordered = branch.member_ids(MemberQuery(search=text), sort, descending)
            for limit in (1, 200, 2000):
                assert branch.member_ids(MemberQuery(search=text), sort, descending,
                                         limit=limit) == ordered[:limit], (text, sort)


def test_search_warmup_reads_everything_in_small_read_only_steps(branch):
    """The desktop runs it between the user's jobs: each step must be small, and it
    must change nothing (a search after it finds what it found before)."""
    from sync import changes

    empty = sum(1 for _ in branch.search_warmup(step_rows=20))
    with branch.replica.transaction() as tx:
        for i in range(200):
            member_id = changes.new_id()
            tx.set("member", member_id, {"first_name": f"Ada{i}", "last_name": "Lovelace",
                                         "status": "member", "deleted": False})
            tx.set("note", changes.new_id(), {"member_id": member_id, "deleted": False,
                                              "text": f"spoke about the engine {i}"})
    before = branch.member_ids(MemberQuery(search="engine"))
    changed = branch.conn.total_changes
    steps = sum(1 for _ in branch.search_warmup(step_rows=20))
    # 200 member rows 20 at a time and 200 notes 80 at a time: at least 10 + 3 more steps
    assert steps >= empty + 13
    assert branch.conn.total_changes == changed
    assert branch.member_ids(MemberQuery(search="engine")) == before and len(before) == 200


def test_search_follows_edits(branch, people):
    branch.update_member(people["ana"], last_name="Jones", emails=["ana.jones@example.org"])
    assert found(branch, "Smith") == {people["bart"]}
    assert found(branch, "Jones") == {people["ana"]}
    assert found(branch, "ana.smith") == set()


# -- filters and derived status ----------------------------------------------------------
def test_effective_status(branch):
    branch.replica.set_meta("grace_days", "90")
    cases = {
        "paid ahead": ({"dues_paid_until": days(10)}, "member"),
        "paid to today": ({"dues_paid_until": days(0)}, "member"),
        "no dues date": ({}, "member"),
        "just behind": ({"dues_paid_until": days(-1)}, "arrears"),
        "end of grace": ({"dues_paid_until": days(-90)}, "arrears"),
        "past grace": ({"dues_paid_until": days(-91)}, "lapsed"),
        "resigned, old dues": ({"status": "resigned", "dues_paid_until": days(-400)}, "resigned"),
        "prospect": ({"status": "prospect"}, "prospect"),
        "override running": ({"dues_paid_until": days(-400), "status_override": "member",
                              "override_until": days(5)}, "member"),
        "override ends today": ({"dues_paid_until": days(-400), "status_override": "member",
                                 "override_until": days(0)}, "member"),
        "override expired": ({"dues_paid_until": days(-400), "status_override": "member",
                              "override_until": days(-1)}, "lapsed"),
        "override for good": ({"dues_paid_until": days(-5), "status_override": "deceased"},
                              "deceased"),
    }
    ids = {label: branch.add_member(first_name=label, **fields)
           for label, (fields, _s) in cases.items()}
    for label, (_fields, status) in cases.items():
        assert branch.get_member(ids[label]).effective_status == status, label
        assert branch.member_rows([ids[label]])[0].status == status, label
    for status in {s for _f, s in cases.values()}:
        expected = {ids[label] for label, (_f, s) in cases.items() if s == status}
        assert set(branch.member_ids(MemberQuery(status=status))) == expected, status
        assert branch.count_members(MemberQuery(status=status)) == len(expected)
    branch.replica.set_meta("grace_days", "30")
    assert branch.get_member(ids["end of grace"]).effective_status == "lapsed"
    assert branch.get_member(ids["just behind"]).effective_status == "arrears"


def test_filters(branch):
    depot = branch.add_workplace("Depot")
    garage = branch.add_workplace("Garage")
    a = branch.add_member(first_name="Ann", last_name="Cole", workplace_id=depot,
                          assessment=1, dues_paid_until="2024-01-31", tags=["rep"])
    b = branch.add_member(first_name="Bob", last_name="Cole", workplace_id=depot,
                          assessment=4, dues_paid_until="2024-06-30")
    c = branch.add_member(first_name="Cat", last_name="Cole", workplace_id=garage,
                          assessment=5, tags=["Rep"])
    d = branch.add_member(first_name="Dan", last_name="Cole", status="resigned",
                          dues_paid_until="2020-01-01")

    def ids(**q):
        got = branch.member_ids(MemberQuery(**q))
        assert branch.count_members(MemberQuery(**q)) == len(got)
        return set(got)

    assert ids() == {a, b, c, d}
    assert ids(workplace_id=depot) == {a, b}
    assert ids(tag="rep") == {a, c}
    assert ids(tag="REP", workplace_id=garage) == {c}
    assert ids(arrears_before="2024-03-01") == {a, c}  # no date counts as unpaid
    assert ids(assessment_min=4) == {b, c}
    assert ids(assessment_max=1) == {a}
    assert ids(assessment_min=2, assessment_max=4) == {b}
    assert ids(search="Cole", workplace_id=depot, assessment_min=2) == {b}
    branch.delete_member(b)
    assert ids(workplace_id=depot) == {a}
    assert ids(only_deleted=True) == {b}
    with pytest.raises(ValidationError):
        ids(arrears_before="soon")


def test_sorting(branch):
    ids = [branch.add_member(first_name=f, last_name=last, assessment=s)
           for f, last, s in (("Zoe", "Adams", 2), ("Amy", "Zimmer", 5), ("Bo", "Adams", 0))]
    assert branch.member_ids() == [ids[2], ids[0], ids[1]]
    assert branch.member_ids(sort="assessment", descending=True) == [ids[1], ids[0], ids[2]]
    assert branch.member_ids(sort="first_name") == [ids[1], ids[2], ids[0]]
    assert [r.id for r in branch.list_members(limit=2, offset=1)] == [ids[0], ids[1]]
    with pytest.raises(ValidationError):
        branch.member_ids(sort="shoe_size")


# -- tags, workplaces, notes, tasks, meetings --------------------------------------------
def test_tags(branch):
    m = branch.add_member(first_name="Tag", last_name="Holder",
                          tags=["Rep", "rep", " Steward ", ""])
    assert branch.member_tags(m) == ["Rep", "Steward"]
    branch.set_tags(m, ["steward", "Nights"])
    assert sorted(branch.member_tags(m), key=str.lower) == ["Nights", "Steward"]
    branch.add_tag(m, "Health & Safety")
    branch.remove_tag(m, "NIGHTS")
    assert branch.member_tags(m) == ["Health & Safety", "Steward"]
    other = branch.add_member(first_name="Other", tags=["steward"])
    gone = branch.add_member(first_name="Gone", tags=["Steward", "gone"])
    branch.delete_member(gone)
    assert sorted((t.lower(), n) for t, n in branch.all_tags()) == [
        ("health & safety", 1), ("steward", 2)]
    assert set(branch.member_ids(MemberQuery(tag="steward"))) == {m, other}
    branch.set_tags(m, [])
    assert branch.member_tags(m) == []
    assert branch.get_member(m).tags == []


def test_workplace_counts_and_assessment_totals(branch):
    depot = branch.add_workplace("Depot", employer="City Council", sector="Transport")
    garage = branch.add_workplace("Garage")
    empty = branch.add_workplace("Empty Site")
    for score in (1, 2, 2, 5, None):
        branch.add_member(first_name="D", last_name=str(score), workplace_id=depot,
                          assessment=score)
    branch.add_member(first_name="G", workplace_id=garage, assessment=3)
    gone = branch.add_member(first_name="Gone", workplace_id=depot, assessment=4)
    branch.delete_member(gone)
    by_id = {w.id: w for w in branch.list_workplaces()}
    assert (by_id[depot].members, by_id[depot].assessed, by_id[depot].assessment_total) == (
        5, 4, 10)
    assert by_id[depot].assessment_counts == {"1": 1, "2": 2, "5": 1}
    assert by_id[depot].employer == "City Council"
    assert (by_id[garage].members, by_id[garage].assessment_total) == (1, 3)
    assert (by_id[empty].members, by_id[empty].assessed, by_id[empty].assessment_counts) == (
        0, 0, {})
    assert [w.name for w in branch.list_workplaces()] == ["Depot", "Empty Site", "Garage"]
    branch.update_workplace(garage, name="Garage North")
    assert branch.get_workplace(garage).name == "Garage North"
    with pytest.raises(ValidationError):
        branch.add_workplace("  ")


def test_note_with_follow_up_creates_a_task(branch):
    m = branch.add_member(first_name="Noor", last_name="Haddad")
    campaign = branch.add_campaign("Pay claim")
    plain = branch.add_note("Signed the petition", m, date="2024-03-01", method="in person")
    follow = branch.add_note("Wants to know about the ballot timetable", m,
                             campaign_id=campaign, follow_up_on="2030-05-01", method="Phone")
    notes = {n.id: n for n in branch.list_notes(member_id=m)}
    assert set(notes) == {plain, follow}
    assert notes[plain].method == "in_person" and notes[plain].date == "2024-03-01"
    assert notes[follow].member_name == "Noor Haddad" and notes[follow].campaign == "Pay claim"
    assert notes[follow].author_name == branch.device_name
    tasks = branch.list_tasks(member_id=m)
    assert len(tasks) == 1
    assert tasks[0].due_on == "2030-05-01"
    assert tasks[0].title.startswith("Follow up: Wants to know about the ballot")
    assert tasks[0].member_name == "Noor Haddad"
    assert branch.list_campaigns()[0].notes == 1
    branch.complete_task(tasks[0].id)
    assert branch.list_tasks(member_id=m) == []
    assert [t.done for t in branch.list_tasks(include_done=True, member_id=m)] == [True]
    with pytest.raises(ValidationError) as caught:
        branch.add_note("   ", m)
    assert caught.value.field == "text"
    with pytest.raises(ValidationError) as caught:
        branch.add_note("text", m, method="carrier pigeon")
    assert caught.value.field == "method"


def test_meeting_attendance_and_quorum(branch):
    meeting = branch.add_meeting("AGM", date="2024-05-01", location="Hall", quorum=3)
    members = [branch.add_member(first_name=f"M{i}", last_name="Attendee") for i in range(4)]
    for m in members[:3]:
        branch.set_attendance(meeting, m, "attended")
    branch.set_attendance(meeting, members[3], "Apologies")
    got = branch.get_meeting(meeting)
    assert (got.attended, got.apologies, got.absent, got.quorate) == (3, 1, 0, True)
    branch.set_attendance(meeting, members[0], "absent")  # a correction, not a second row
    got = branch.get_meeting(meeting)
    assert (got.attended, got.apologies, got.absent, got.quorate) == (2, 1, 1, False)
    assert len(branch.attendance(meeting)) == 4
    assert {a[2] for a in branch.attendance(meeting)} == {"attended", "apologies", "absent"}
    no_quorum = branch.add_meeting("Social")
    assert branch.get_meeting(no_quorum).quorate is None
    with pytest.raises(ValidationError):
        branch.set_attendance(meeting, members[0], "asleep")
    with pytest.raises(ValidationError):
        branch.add_meeting("Bad", quorum=-1)
    with pytest.raises(UnknownId):
        branch.set_attendance(meeting, "0190a0a0-0000-7000-8000-000000000000", "attended")


def test_delete_and_restore(branch):
    m = branch.add_member(first_name="Del", last_name="Boy")
    branch.delete_member(m)
    assert m not in branch.member_ids()
    assert branch.get_member(m).deleted is True
    assert branch.member_ids(MemberQuery(only_deleted=True)) == [m]
    branch.restore_member(m)
    assert branch.member_ids() == [m]
    assert branch.get_member(m).deleted is False
    assert [e["field"] for e in branch.member_history(m)].count("deleted") == 3


# -- erasure -----------------------------------------------------------------------------
ERASED = {
    "first": "Zxqvjorrik", "last": "Qwpfyndal", "email": "zxqvj.qwpfyndal@kwzzmail.example",
    "phone": "07911 123499", "e164": "+447911123499", "note": "Quokkaburrow grievance",
    "address": "7 Vexholm Crescent", "postcode": "ZZ9 9ZZ", "tag": "Ombudsmanwatch",
}
KEPT = {"first": "Ana", "last": "Lopez", "email": "ana.lopez@example.org",
        "note": "Marmaladeshire overtime dispute"}


def erased_strings() -> list[str]:
    e = ERASED
    return [e["first"], e["last"], e["email"], e["e164"], e["e164"][1:], "Quokkaburrow",
            e["address"], e["postcode"], e["tag"], "Vexholm"]


def decrypted_texts(branch: Branch) -> list[tuple[str, str, str]]:
    """(table, column, text) for every text and blob value in the decrypted database,
    with each change set's vals decoded from CBOR down to its strings."""
    out = []
    conn = branch.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')")]
        for row in conn.execute(f"SELECT * FROM '{table}'"):  # noqa: S608
            for col, value in zip(cols, row, strict=True):
                if isinstance(value, str):
                    out.append((table, col, value))
                elif isinstance(value, bytes):
                    if table == "changeset" and col in ("body", "vals"):
                        value = unpack(value)  # stored deflated: the signed bytes
                    out.append((table, col, value.decode("utf-8", "replace")))
                    if table == "changeset" and col == "vals":
                        out += [(table, "vals(decoded)", s) for s in _strings(
                            cbor2.loads(value))]
    return out


def _strings(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, bytes):
        return [obj.decode("utf-8", "replace")]
    if isinstance(obj, list | tuple):
        return [s for item in obj for s in _strings(item)]
    if isinstance(obj, dict):
        return [s for kv in obj.items() for item in kv for s in _strings(item)]
    return []


def leaks(branch: Branch, needles: list[str]) -> list[tuple[str, str, str]]:
    def fold(text: str) -> str:
        return unicodedata.normalize("NFKD", text).casefold()

    folded = [fold(n) for n in needles]
    return sorted({(t, c, n) for t, c, text in decrypted_texts(branch)
                   for n, f in zip(needles, folded, strict=True) if f in fold(text)})


@pytest.fixture
def erasure(branch) -> dict[str, str]:
    e = ERASED
    wp = branch.add_workplace("Depot")
    meeting = branch.add_meeting("AGM", quorum=1)
    gone = branch.add_member(first_name=e["first"], last_name=e["last"], emails=[e["email"]],
                             phones=[e["phone"]], address=e["address"], postcode=e["postcode"],
                             workplace_id=wp, tags=[e["tag"]], assessment=4)
    kept = branch.add_member(first_name=KEPT["first"], last_name=KEPT["last"],
                             emails=[KEPT["email"]], workplace_id=wp, tags=["steward"])
    branch.update_member(gone, job_title="Vexholm shift lead", **{"custom.note": "Vexholm"})
    branch.add_consent(gone, "email", True, source="Vexholm form")
    branch.add_note(f"{e['note']} about the night shift", gone, follow_up_on="2030-01-01")
    branch.add_task(f"Ring {e['first']} back", member_id=gone)
    branch.add_note(KEPT["note"], kept)
    branch.set_attendance(meeting, gone, "attended")
    branch.set_attendance(meeting, kept, "apologies")
    branch.delete_member(gone)
    branch.restore_member(gone)
    return {"gone": gone, "kept": kept, "meeting": meeting, "workplace": wp}


def test_erasure_control_the_scan_sees_stored_values(branch, erasure):
    assert {n for _t, _c, n in leaks(branch, erased_strings())} == set(erased_strings())


def test_erase_member_removes_them_everywhere(branch, erasure):
    gone, kept = erasure["gone"], erasure["kept"]
    count_before = branch.replica.verify_all()[0]
    branch.erase_member(gone)

    with pytest.raises(UnknownId):
        branch.get_member(gone)
    assert branch.member_ids(MemberQuery(include_deleted=True)) == [kept]
    for table in schema.MEMBER_LINKED:
        assert branch.conn.execute(
            f"SELECT count(*) FROM {table} WHERE member_id = ?", (gone,)  # noqa: S608
        ).fetchone()[0] == 0, table
    assert [a[0] for a in branch.attendance(erasure["meeting"])] == [kept]
    assert [n.member_id for n in branch.list_notes()] == [kept]
    assert all(t.member_id != gone for t in branch.list_tasks(include_done=True))
    assert [(t.lower(), n) for t, n in branch.all_tags()] == [("steward", 1)]
    for query in ("Zxqvjorrik", "Qwpfyndal", "zxqvj", "kwzzmail", "7911123499", "123499",
                  "Quokkaburrow", "ZZ9", "Zx"):
        assert found(branch, query, include_deleted=True) == set(), query

    history = branch.member_history(gone)
    assert history, "the audit trail keeps who changed what, without the values"
    for entry in history:
        if entry["field"] != "!erase":
            assert entry["redacted"] is True and entry["value"] is None, entry

    assert leaks(branch, erased_strings()) == []
    assert {n for _t, _c, n in leaks(branch, [KEPT["first"], KEPT["last"], KEPT["email"],
                                               "Marmaladeshire"])} == {
        KEPT["first"], KEPT["last"], KEPT["email"], "Marmaladeshire"}

    count, failures = branch.replica.verify_all()
    assert failures == [] and count == count_before + 1

    with pytest.raises(UnknownId):
        branch.update_member(gone, first_name="Back")
    with pytest.raises(UnknownId):
        branch.add_note("again", gone)


def test_erased_values_leave_the_search_index(branch, erasure):
    """Not just hidden from queries: gone from the index's stored blocks too."""
    conn = branch.conn

    def blocks(table: str) -> bytes:
        return b"".join(bytes(r[0]) for r in conn.execute(
            f"SELECT block FROM {table}_data"))  # noqa: S608

    kept = branch.get_member(erasure["kept"])
    remaining = " ".join([kept.first_name, kept.last_name, *kept.emails]).casefold()
    unique = {s.casefold()[i:i + 3] for s in (ERASED["first"], ERASED["last"])
              for i in range(len(s) - 2)}
    unique = {t for t in unique if t not in remaining}
    # control: before erasure the name's trigrams and the note's words are in the blocks
    assert any(t.encode() in blocks("member_fts") for t in unique)
    assert b"quokkaburrow" in blocks("note_fts")

    branch.erase_member(erasure["gone"])
    conn.execute("CREATE VIRTUAL TABLE temp.note_terms USING fts5vocab(main, note_fts, row)")
    try:
        note_terms = {r[0] for r in conn.execute("SELECT term FROM temp.note_terms")}
    finally:
        conn.execute("DROP TABLE temp.note_terms")
    assert "quokkaburrow" not in note_terms and "marmaladeshire" in note_terms
    assert b"quokkaburrow" not in blocks("note_fts"), "the erased note's words are still in " \
        "note_fts_data"
    member_blocks = blocks("member_fts")
    assert sorted(t for t in unique if t.encode() in member_blocks) == [], "the erased " \
        "name's trigrams are still in member_fts_data"


def test_erasure_survives_reopen(branch, erasure, vault_path, passphrase):
    branch.erase_member(erasure["gone"])
    branch.vault.lock()
    with Vault.open(vault_path, passphrase) as vault:
        again = Branch(vault)
        assert leaks(again, erased_strings()) == []
        assert again.replica.verify_all()[1] == []
        assert again.member_ids(MemberQuery(include_deleted=True)) == [erasure["kept"]]
