"""Make the golden files of one format version (never run by the tests).

    .venv/bin/python tests/golden/make_golden.py tests/golden/v1

writes, into a new folder, files made by *this* build's code through its public API,
and ``expected.json`` with what a later build must read back from them. The tests
(``tests/test_golden.py``) read and verify every file of every version folder; a
version's files are made once, by the build that introduced the version, and are never
regenerated (regenerating them would prove nothing). See the README beside this file.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

PASSPHRASE = "golden files are promises"


def _changeset_row(replica, no: int) -> tuple[bytes, bytes, bytes]:
    body, sig, vals = replica.conn.execute(
        "SELECT body, sig, vals FROM changeset WHERE no = ?", (no,)).fetchone()
    from sync.store.packing import unpack

    return unpack(body), bytes(sig), unpack(vals)


def _last_no(replica) -> int:
    return replica.conn.execute("SELECT max(no) FROM changeset").fetchone()[0]


def make(folder: Path) -> dict:
    from sync import changes
    from sync.bundle import export_bundle
    from sync.records import Branch
    from sync.replica import Replica
    from sync.store.vault import Vault
    from sync.trust import (
        admit_device,
        branch_fingerprint,
        create_branch,
        join_request,
        prepare_device,
        read_join_request,
    )

    if folder.exists():
        raise SystemExit(f"{folder} exists: golden files are made once, never overwritten.")
    work = folder.with_name(folder.name + ".work")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    expected: dict = {"passphrase_constant": "PASSPHRASE in tests/test_golden.py"}

    # The joiner: a vault with only its device key, ready to join (kept before joining).
    joiner_vault = Vault.create(work / "joiner.caucus", PASSPHRASE, "interactive")
    joiner = Replica(joiner_vault)
    prepare_device(joiner, "Golden joiner laptop")
    request = join_request(joiner)
    expected["joiner_pk"] = joiner.device_id
    joiner_vault.lock()
    (work / "join-request.caucusjoin").write_bytes(request)
    pk, name = read_join_request(request)
    expected["join_request"] = {"pk": pk.hex(), "name": name}

    # The founder: a branch with values of every kind a change set carries.
    founder_vault = Vault.create(work / "founder.caucus", PASSPHRASE, "interactive")
    founder = create_branch(founder_vault, "Golden Tenants' Union", "Golden founder laptop")
    branch = Branch(founder_vault, founder)
    expected["branch_id"] = founder.branch_id.hex()
    expected["fingerprint"] = branch_fingerprint(founder.branch_id)
    expected["founder_pk"] = founder.device_id
    workplace = branch.add_workplace("Riverside Depot", employer="Metro Buses",
                                     sector="transport")
    ana = branch.add_member(first_name="Ana", last_name="Quispe",
                            emails=["ana@example.org", "a.quispe@example.net"],
                            phones=["+44 20 7946 0000"], assessment=2, status="member",
                            workplace_id=workplace, joined_on="2021-03-04",
                            do_not_sms=True, tags=["rep", "shift-a"],
                            **{"custom.shift": "nights"})
    branch.add_note("Spoke at the depot gate about the rota.", member_id=ana,
                    date="2024-05-01", method="in_person")
    # The change set to keep on its own: several rows (member + tag links), text,
    # unicode, lists, ints, bools and nulls; its member is erased below.
    # One transaction, as the records layer writes it, plus a workplace row that the
    # erasure leaves alone: the redacted copy keeps some entries and drops others.
    erased = changes.new_id()
    with founder.transaction() as tx:
        tx.set("member", erased, {
            "deleted": False, "first_name": "فاطمة", "last_name": "Zahra",
            "preferred_name": "Fatima", "emails": ["fz@example.org"], "assessment": 4,
            "do_not_post": True, "dues_paid_until": None, "status": "member",
            "basis": "member", "do_not_contact": False, "custom.since": "2019",
        })
        for tag in ("committee", "تجمع"):
            tx.set("member_tag", changes.derived_id("tag", erased, tag.lower()),
                   {"member_id": erased, "tag": tag, "deleted": False})
        tx.set("workplace", changes.new_id(), {"name": "Hillside Garage", "deleted": False,
                                               "employer": None, "sector": "transport"})
    kept_no = _last_no(founder)
    body, sig, vals = _changeset_row(founder, kept_no)
    cs = changes.verify(body, sig, vals)
    expected["changeset"] = {
        "id": cs.hash.hex(), "author": cs.author.hex(), "seq": cs.seq, "hlc": cs.hlc,
        "prev": cs.prev.hex() if cs.prev else None,
        "deps": {k.hex(): v for k, v in cs.deps.items()},
        "rows": [{"table": r.table, "row": r.row, "fields": list(r.fields),
                  "digest": r.digest.hex()} for r in cs.rows],
        "values": [None if v is None else {"salt": v[0].hex(), "values": v[1]}
                   for v in cs.values],
    }
    for name_, data in (("body", body), ("sig", sig), ("vals", vals)):
        (work / f"changeset.{name_}").write_bytes(data)

    # Admit the joiner and write its welcome file (the branch as it is now).
    welcome = work / "welcome.caucuswelcome"
    admit_device(founder, request, "secretary", welcome)
    expected["state_hash_at_welcome"] = founder.state_hash()

    # Later work, then the erasure that redacts the kept change set's values, then the
    # bundle that carries everything (the joiner imports it after joining).
    branch.update_member(ana, assessment=1, preferred_name="Annie", phones=[])
    branch.add_campaign("Rota fairness", description="Equal weekend shifts",
                        starts_on="2024-06-01", status="active")
    branch.erase_member(erased)
    _b, _s, redacted = _changeset_row(founder, kept_no)
    (work / "changeset-redacted.vals").write_bytes(redacted)
    expected["redacted_entries"] = [
        i for i, v in enumerate(changes.verify(body, sig, redacted).values) if v is None]
    export_bundle(founder, work / "bundle.caucusbundle")
    expected["state_hash_final"] = founder.state_hash()
    count, failures = founder.verify_all()
    expected["founder_changesets"] = count
    assert not failures, failures  # noqa: S101 - a generator script, not a check
    founder_vault.lock()

    (work / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False,
                                                   sort_keys=True) + "\n")
    leftovers = [p.name for p in work.iterdir() if p.name.endswith(("-wal", "-shm"))]
    if leftovers:
        raise SystemExit(f"vault journals left behind: {leftovers}")
    work.rename(folder)
    return expected


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print(json.dumps(make(Path(sys.argv[1])), indent=2, ensure_ascii=False))
