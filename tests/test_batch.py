"""The batch write API (``Branch.batch``): validated like single writes, the same
defaults, bounded change sets, groups never split, nothing pending kept on failure."""

from __future__ import annotations

import pytest

from sync.errors import UnknownId, ValidationError
from sync.records import Branch


def changesets(branch: Branch) -> list[int]:
    """The number of rows of each local change set after the genesis, in order."""
    out = []
    for (no,) in branch.conn.execute("SELECT no FROM changeset ORDER BY no").fetchall()[1:]:
        out.append(len(branch.replica.load_changeset(no).rows))
    return out


def test_a_batch_writes_what_single_writes_write(branch):
    single = branch.add_member(first_name="Ana", last_name="Lopez", emails=["ANA@Example.org"],
                               tags=["Steward", "steward"])
    with branch.batch() as batch:
        batched = batch.add_member({"first_name": "Ana", "last_name": "Lopez",
                                    "emails": ["ANA@Example.org"]}, tags=["Steward", "steward"])
    a, b = branch.get_member(single), branch.get_member(batched)
    assert {**a.to_dict(), "id": None} == {**b.to_dict(), "id": None}
    assert b.status == "member" and b.basis == "member" and b.do_not_contact is False
    assert b.emails == ["ANA@example.org"] and b.tags == ["Steward"]


def test_a_batch_validates_like_single_writes(branch):
    with branch.batch() as batch:
        with pytest.raises(ValidationError, match="first or last name"):
            batch.add_member({"emails": ["a@example.org"]})
        with pytest.raises(ValidationError, match="not a valid email"):
            batch.add_member({"first_name": "Ana", "emails": ["not an email"]})
        with pytest.raises(UnknownId):
            batch.add_note("Spoke", member_id="no-such-member")
        with pytest.raises(ValidationError, match="Quorum"):
            batch.add_meeting("AGM", quorum=-1)
        kept = batch.add_member({"last_name": "Okafor"})
    assert branch.get_member(kept).last_name == "Okafor"
    assert branch.stats()["member"] == 1


def test_change_sets_are_bounded_and_groups_are_not_split(branch):
    with branch.batch(chunk=10) as batch:
        wp = batch.add_workplace("Central Depot")
        for i in range(30):
            batch.add_member({"first_name": f"P{i}", "workplace_id": wp},
                             tags=["a", "b", "c"])  # 4 rows a member
    sizes = changesets(branch)
    assert sum(sizes) == 1 + 30 * 4
    assert all(size <= 10 + 3 for size in sizes), sizes  # a chunk, plus one member's rest
    assert all(size % 4 in (0, 1) for size in sizes)  # members whole (plus the workplace)
    assert len(sizes) > 3
    assert branch.count_members() == 30


def test_rows_of_a_batch_are_seen_by_later_rows_before_the_commit(branch):
    with branch.batch(chunk=None) as batch:
        meeting = batch.add_meeting("Branch meeting", date="2025-01-09")
        member = batch.add_member({"first_name": "Ana"})
        batch.set_attendance(meeting, member, "attended")
        batch.update_member(member, {"last_name": "Lopez"})
        batch.add_tags(member, ["rep"])
        assert batch.member(member).last_name == "Lopez"
        assert batch.member(member).tags == ["rep"]
        assert batch.pending > 0
    assert changesets(branch) == [4]
    assert branch.get_meeting(meeting).attended == 1
    assert branch.get_member(member).tags == ["rep"]


def test_a_failure_drops_what_is_pending_and_keeps_what_was_committed(branch):
    with pytest.raises(RuntimeError), branch.batch(chunk=None) as batch:
        batch.add_member({"first_name": "Ana"})
        batch.commit()
        batch.add_member({"first_name": "Ben"})
        raise RuntimeError("disk pulled out")
    assert [m.first_name for m in branch.list_members()] == ["Ana"]


def test_rows_a_batch_remembers_follow_its_own_later_change_sets(branch):
    """A unit's stored fields are read once for the whole batch, and again after each
    change set that wrote the unit: never an earlier change set's state."""
    from sync.records.organising_batch import add_unit, delete_unit

    statements: list[str] = []
    branch.conn.set_trace_callback(statements.append)
    try:
        with branch.batch(chunk=None) as batch:
            wp = batch.add_workplace("Central Depot")
            unit = add_unit(batch, wp, "Drivers")
            batch.add_member({"first_name": "Ana", "unit_id": unit})
            # made in this change set, with a new id: the vault is not asked about it
            assert not any("FROM unit WHERE" in s for s in statements)
            batch.commit()
            statements.clear()
            for i in range(20):  # the next change set: the unit is asked about once
                batch.add_member({"first_name": f"P{i}", "unit_id": unit})
            assert sum("FROM unit WHERE" in s for s in statements) <= 1
            batch.commit()
            delete_unit(batch, unit)
            batch.commit()
            with pytest.raises(ValidationError, match="deleted"):
                batch.add_member({"first_name": "Ben", "unit_id": unit})
            delete_unit(batch, unit, deleted=False)
            batch.commit()
            batch.add_member({"first_name": "Cy", "unit_id": unit})
    finally:
        branch.conn.set_trace_callback(None)
    placed = branch.conn.execute("SELECT count(*) FROM member WHERE unit_id = ?",
                                 (unit,)).fetchone()[0]
    assert placed == 22 and branch.get_member(
        next(m.id for m in branch.list_members() if m.first_name == "Cy")).workplace_id == wp


def test_progress_counts_the_callers_units_after_each_commit(branch):
    seen: list[tuple[int, int]] = []
    with branch.batch(chunk=5, progress=lambda d, t: seen.append((d, t)), total=12) as batch:
        for i in range(12):
            batch.add_member({"first_name": f"P{i}"})
            batch.advance()
    assert seen[-1] == (12, 12)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    # reported after commits only: each figure is what the vault already holds
    assert all(d % 5 == 0 or d == 12 for d, _t in seen)


def test_update_member_returns_only_what_changed(branch):
    member = branch.add_member(first_name="Ana", phones=["07911 123456"])
    with branch.batch() as batch:
        assert batch.update_member(member, {"first_name": "Ana", "phones": ["+447911123456"]}) \
            == {}
        assert batch.update_member(member, {"first_name": "Anna"}) == {"first_name": "Anna"}
    assert branch.get_member(member).first_name == "Anna"
