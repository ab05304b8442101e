"""Subject access covers every record merged into the member, through whole chains of
merges, with what each merged record still holds (deleted rows too)."""

from __future__ import annotations

import json

from sync.exchange import duplicates as dup
from sync.exchange import printing
from sync.exchange.subject_access import export_subject_access, merged_chain, subject_access


def test_a_chain_of_merges_is_followed_and_left_behind_rows_are_included(branch, tmp_path):
    a = branch.add_member(first_name="Ana", last_name="Lopez", emails=["ana@example.org"])
    b = branch.add_member(first_name="Ana", last_name="López", emails=["ana.old@example.org"])
    c = branch.add_member(first_name="Ana M", last_name="Lopez", phones=["07911 123456"])
    old = branch.add_note("Old conversation on B", member_id=b)
    with branch.replica.transaction() as tx:  # deleted: a merge leaves it on B
        tx.set("note", old, {"deleted": True})
    branch.add_note("Spoke to C at the gate", member_id=c)
    dup.merge_members(branch, b, c)  # C into B, then B into A
    dup.merge_members(branch, a, b)
    assert merged_chain(branch, a) == [(b, a), (c, b)]
    data = subject_access(branch, a)
    merged = {r["member"]["id"]: r for r in data["merged_records"]}
    assert list(merged) == [b, c]
    assert merged[b]["merged_into"] == a and merged[c]["merged_into"] == b
    assert merged[c]["member"]["phones"] == ["+447911123456"]
    assert [(n["text"], n["deleted"]) for n in merged[b]["notes"]] == [
        ("Old conversation on B", True)]
    assert any(h["field"] == "emails" for h in merged[b]["history"])
    # the moved note is A's now, and listed once
    assert "Spoke to C at the gate" in [n["text"] for n in data["notes"]]
    assert all("Spoke to C" not in n["text"] for r in merged.values() for n in r["notes"])
    export_subject_access(branch, a, tmp_path / "ana.json")
    saved = json.loads((tmp_path / "ana.json").read_text(encoding="utf-8"))
    assert [r["member"]["id"] for r in saved["merged_records"]] == [b, c]
    sections = dict(printing.subject_access_doc(data).sections)
    notes = sections[f"Merged record Ana López ({b}, merged into {a}): Notes of conversations"]
    assert len(notes) == 1 and notes[0].endswith("Old conversation on B (removed)")
    assert "Spoke to C at the gate" in " ".join(sections["Notes of conversations"])
