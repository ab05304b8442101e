"""Finding duplicates, and merges that keep everything and sync as one member."""

from __future__ import annotations

import pytest

from sync.errors import UnknownId, ValidationError
from sync.exchange import duplicates as dup
from sync.records import MemberQuery
from tests.replicas import build_template, exchange_all

from .conftest import changeset_count


def test_finder_same_email_and_similar_names(branch):
    a = branch.add_member(first_name="Ana", last_name="López", emails=["ana@example.org"])
    b = branch.add_member(first_name="A.", last_name="L", emails=["ANA@example.org"])
    c = branch.add_member(first_name="José", last_name="Núñez", phones=["07911 123456"])
    d = branch.add_member(first_name="Jose", last_name="Nunez", phones=["07911 123456"])
    e = branch.add_member(first_name="Maria", last_name="Smith", postcode="N1 9GU")
    f = branch.add_member(first_name="María", last_name="Smyth", postcode="n19gu")
    g = branch.add_member(first_name="Ben", last_name="Okafor", postcode="N1 9GU")
    h = branch.add_member(first_name="Ana María", last_name="Lopez", phones=["07911 123499"])
    i = branch.add_member(first_name="Ana", last_name="Lopez", phones=["07911 123499"])
    # same name, nothing else in common: not proposed
    branch.add_member(first_name="Ana", last_name="Lopez")
    pairs = {(p.a, p.b): p for p in dup.find_duplicates(branch)}
    assert set(pairs) == {(a, b), (c, d), (e, f), (h, i)}
    assert pairs[(a, b)].reasons == ["same email ana@example.org"]
    assert "phone" in pairs[(c, d)].reasons[0] and pairs[(c, d)].score == 1.0
    assert "postcode" in pairs[(e, f)].reasons[0]
    assert pairs[(h, i)].score >= 0.9
    assert g not in {x for pair in pairs for x in pair}


def test_a_catch_all_email_is_no_evidence_and_is_named(branch):
    from sync import changes

    with branch.replica.transaction() as tx:  # 201 members with a placeholder address
        for i in range(dup.SHARED_CAP + 1):
            tx.set("member", changes.new_id(), {
                "first_name": f"P{i}", "last_name": f"Q{i}", "emails": ["none@none.com"],
                "status": "member", "deleted": False})
    a = branch.add_member(first_name="Ana", last_name="Lopez", emails=["ana@example.org"])
    b = branch.add_member(first_name="Ana", last_name="López", emails=["ANA@example.org"],
                          phones=["07911 123456"])
    c = branch.add_member(first_name="Ana", last_name="Lopes", phones=["07911 123456"])
    search = dup.search_duplicates(branch)
    assert {(p.a, p.b) for p in search.pairs} == {(a, b), (b, c)}
    assert search.total == 2
    assert search.notes == ["The email none@none.com is shared by 201 members, too many to "
                            "mean the same person; it was not used to find duplicates."]
    best = dup.search_duplicates(branch, limit=1)
    assert (best.total, [(p.a, p.b) for p in best.pairs]) == (2, [(a, b)])  # score 1.0
    assert dup.find_duplicates(branch, 1) == best.pairs


def make_pair(branch):
    depot = branch.add_workplace("Central Depot")
    meeting1 = branch.add_meeting("AGM", "2025-03-01")
    meeting2 = branch.add_meeting("Branch meeting", "2025-04-01")
    meeting3 = branch.add_meeting("Rally", "2025-05-01")
    a = branch.add_member(first_name="Ana", last_name="Lopez", emails=["ana@example.org"],
                          phones=["07911 123456"], postcode="N1 9GU", tags=["steward"],
                          joined_on="2019-01-01", assessment=3, workplace_id=depot)
    b = branch.add_member(first_name="Ana", last_name="López", emails=["ana.l@example.com"],
                          phones=["07911 123456"], postcode="N1 9GU", tags=["rep", "Steward"],
                          joined_on="2018-06-01", assessment=5, job_title="Driver",
                          do_not_sms=True)
    branch.update_member(b, **{"custom.shift": "nights"})
    notes = [branch.add_note("Met at the gate", member_id=a),
             branch.add_note("Phoned about the ballot", member_id=b, follow_up_on="2025-06-01"),
             branch.add_note("Second chat", member_id=b)]
    task = branch.add_task("Bring leaflets", member_id=b)
    consent = branch.add_consent(b, "email", True, "2024-01-01", "form")
    branch.set_attendance(meeting1, a, "apologies")
    branch.set_attendance(meeting1, b, "attended")
    branch.set_attendance(meeting2, b, "attended")
    branch.set_attendance(meeting3, a, "attended")
    branch.set_attendance(meeting3, b, "absent")
    return {"a": a, "b": b, "notes": notes, "task": task, "consent": consent,
            "meetings": (meeting1, meeting2, meeting3)}


def test_compare_shows_every_differing_field(branch):
    p = make_pair(branch)
    plan = {c.field: c for c in dup.compare_members(branch, p["a"], p["b"])}
    assert set(plan) == {"last_name", "emails", "joined_on", "assessment", "job_title",
                         "workplace_id", "do_not_sms", "custom.shift"}
    assert plan["emails"].default == "union"
    assert plan["last_name"].conflict and plan["last_name"].default == "a"
    assert plan["job_title"].default == "b" and not plan["job_title"].conflict
    assert plan["workplace_id"].default == "a"


def test_merge_keeps_everything_of_both_as_one_change_set(branch):
    p = make_pair(branch)
    a, b = p["a"], p["b"]
    before = changeset_count(branch)
    result = dup.merge_members(branch, a, b, {"joined_on": "b", "last_name": "b"})
    assert changeset_count(branch) == before + 1
    merged = branch.get_member(a)
    assert merged.last_name == "López" and merged.joined_on == "2018-06-01"
    assert merged.assessment == 3  # A preferred where both differ
    assert merged.emails == ["ana@example.org", "ana.l@example.com"]
    assert merged.job_title == "Driver" and merged.do_not_sms is True
    assert merged.custom == {"shift": "nights"}
    assert merged.tags == ["rep", "steward"]
    assert [c.id for c in merged.consents] == [p["consent"]]
    notes = branch.list_notes(member_id=a)
    assert set(p["notes"]) <= {n.id for n in notes}
    record = [n for n in notes if n.id == result.note_id][0]
    assert b in record.text and "assessment: 5" in record.text
    assert "joined_on (was 2019-01-01" in record.text
    tasks = {t.title for t in branch.list_tasks(member_id=a)}
    assert {"Bring leaflets", "Follow up: Phoned about the ballot"} <= tasks
    m1, m2, m3 = p["meetings"]
    assert {mid: st for mid, _n, st in branch.attendance(m1)} == {a: "attended"}
    assert {mid: st for mid, _n, st in branch.attendance(m2)} == {a: "attended"}
    assert {mid: st for mid, _n, st in branch.attendance(m3)} == {a: "attended"}
    assert branch.get_meeting(m1).attended == 1
    # B: soft-deleted, marked, its own record and history still there
    gone = branch.get_member(b)
    assert gone.deleted and gone.custom["merged_into"] == a
    assert gone.job_title == "Driver" and gone.tags == ["rep", "Steward"]
    assert any(h["field"] == "job_title" for h in branch.member_history(b))
    assert branch.count_members(MemberQuery(only_deleted=True)) == 1
    assert result.moved == {"notes": 2, "tasks": 2, "consents": 1, "tags": 1,
                            "attendance": 3}


def test_merge_refuses_nonsense(branch):
    p = make_pair(branch)
    with pytest.raises(ValidationError):
        dup.merge_members(branch, p["a"], p["a"])
    with pytest.raises(ValidationError):
        dup.merge_members(branch, p["a"], p["b"], {"last_name": "c"})
    with pytest.raises(ValidationError):
        dup.merge_members(branch, p["a"], p["b"], {"shoe_size": "a"})
    dup.merge_members(branch, p["a"], p["b"])
    with pytest.raises(UnknownId):
        dup.merge_members(branch, p["a"], p["b"])


def test_a_merge_syncs_to_a_second_vault_as_one_member(tmp_path):
    template = build_template(tmp_path / "template", secretaries=1, viewer=False, spare=False)
    replicas = template.clone(tmp_path / "run")
    try:
        founder, sec = replicas["founder"], replicas["sec0"]
        p = make_pair(founder)
        exchange_all([founder, sec])
        assert sec.count_members() == 2
        dup.merge_members(founder, p["a"], p["b"], {"joined_on": "b"})
        exchange_all([founder, sec])
        assert sec.replica.state_hash() == founder.replica.state_hash()
        assert sec.member_ids() == [p["a"]]
        merged = sec.get_member(p["a"])
        assert merged.joined_on == "2018-06-01"
        assert merged.tags == ["rep", "steward"]
        assert set(p["notes"]) <= {n.id for n in sec.list_notes(member_id=p["a"])}
        assert sec.get_member(p["b"]).deleted
        assert sec.replica.conflicts() == []
    finally:
        for b in replicas.values():
            b.vault.lock()
