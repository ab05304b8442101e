"""USB bundles under attack: tampering, truncation, reordering, replay, foreign and
forged change sets, and the USB sync folder (ARCHITECTURE §7, §9).

Everything is real: SQLCipher vaults cloned from a template, Ed25519 signatures,
libsodium secretstream files on disk. A refused bundle must raise a clear
:class:`CaucusError` subclass and leave the importing vault exactly as it was (state
hash, stored change sets, keys and meta); a valid bundle holding bad change sets must
reject just those, with a reason, and apply the rest.
"""

from __future__ import annotations

import os
import random

import cbor2
import nacl.signing
import nacl.utils
import pytest

from sync import changes
from sync.bundle import (
    BundleCorrupt,
    export_bundle,
    import_bundle,
    inspect_bundle,
)
from sync.errors import CaucusError, RevokedDevice, WrongBranch
from sync.folder import sync_folder
from sync.keys import seal_to_device
from sync.records import Branch, MemberQuery
from sync.store.packing import unpack
from sync.store.vault import Vault
from sync.trust import create_branch, revoke_device

from .bundlefile import (
    branch_key,
    bundle_epoch,
    bundle_items,
    changeset_count,
    encode_records,
    fingerprint,
    layout,
    write_raw_bundle,
)
from .replicas import PASSPHRASE, build_template

REFUSALS = (BundleCorrupt, WrongBranch, RevokedDevice)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=2, viewer=True)


@pytest.fixture(scope="module")
def big(template, tmp_path_factory):
    """A bundle of 400 members with long notes (40 change sets): several chunks."""
    folder = tmp_path_factory.mktemp("big")
    src = template.clone(folder)["sec0"]
    src.conn.execute("PRAGMA synchronous = OFF")  # speeds up building only
    rng = random.Random(7)
    words = ["grievance", "rota", "overtime", "ballot", "steward", "canteen", "shift"]
    for i in range(40):
        with src.replica.transaction() as tx:
            for j in range(10):
                member = changes.new_id()
                tx.set("member", member, {"first_name": f"Member{i}x{j}", "last_name": "Big",
                                          "deleted": False})
                tx.set("note", changes.new_id(), {
                    "member_id": member, "deleted": False,
                    "text": " ".join(rng.choice(words) for _ in range(120)),
                })
    path = folder / "big.caucusbundle"
    export_bundle(src.replica, path)
    state = src.replica.state_hash()
    src.vault.lock()
    return path, state


def _lock_all(branches):
    for b in branches.values():
        if b.vault.is_open:
            b.vault.lock()


def _refused(replica, path, before, kinds=REFUSALS):
    """Import must raise one of ``kinds`` with a human message and change nothing."""
    with pytest.raises(CaucusError) as caught:
        import_bundle(replica, path)
    error = caught.value
    assert isinstance(error, kinds), f"{type(error).__name__}: {error}"
    text = str(error)
    assert text and len(text) > 15 and "Traceback" not in text and "\n" not in text
    after = fingerprint(replica)
    assert after == before, f"a refused import changed the vault ({type(error).__name__})"
    return error


# -- tampering ----------------------------------------------------------------------------
def test_every_flipped_byte_is_refused_and_nothing_applies(template, tmp_path):
    branches = template.clone(tmp_path / "v")
    try:
        src, dst = branches["sec0"], branches["sec1"]
        for name in ("Ana", "Bilal", "Chidi"):
            src.add_member(first_name=name, last_name="Flip", tags=["rep"])
        path = tmp_path / "small.caucusbundle"
        written = export_bundle(src.replica, path)
        data = path.read_bytes()
        lay = layout(data)
        assert len(lay.chunks) == 1 and written >= 4
        before = fingerprint(dst.replica)
        writes = dst.conn.total_changes
        tampered = tmp_path / "tampered.caucusbundle"
        tampered.write_bytes(data)
        rng = random.Random(1)
        seen: dict[str, int] = {}
        flips = [(pos, 0xFF) for pos in range(len(data))]
        flips += [(pos, 1 << rng.randrange(8)) for pos in rng.sample(range(len(data)), 400)]
        fd = os.open(tampered, os.O_RDWR)
        try:
            for n, (pos, mask) in enumerate(flips):
                os.pwrite(fd, bytes([data[pos] ^ mask]), pos)
                with pytest.raises(CaucusError) as caught:
                    import_bundle(dst.replica, tampered)
                os.pwrite(fd, data[pos:pos + 1], pos)
                error = caught.value
                assert isinstance(error, REFUSALS), f"byte {pos}: {error!r}"
                assert len(str(error)) > 15
                name = type(error).__name__
                seen[name] = seen.get(name, 0) + 1
                # nothing written at all (cheap), and the full fingerprint now and then
                assert dst.conn.total_changes == writes, f"byte {pos} ^ {mask:#x}"
                if n % 250 == 0:
                    assert fingerprint(dst.replica) == before
        finally:
            os.close(fd)
        assert fingerprint(dst.replica) == before
        # the branch id field answers WrongBranch; everything else BundleCorrupt
        branch_field = range(8, 24)
        assert seen.get("WrongBranch") == 16 + sum(p in branch_field for p, _m in flips[len(data):])
        assert seen.get("BundleCorrupt") == len(flips) - seen["WrongBranch"]
        report = import_bundle(dst.replica, path)
        assert report.applied == 3 and report.rejected == []
        assert dst.replica.state_hash() == src.replica.state_hash()
    finally:
        _lock_all(branches)


def test_truncated_bundles_are_refused(template, big, tmp_path):
    path, state = big
    data = path.read_bytes()
    lay = layout(data)
    assert len(lay.chunks) >= 3
    branches = template.clone(tmp_path / "v")
    try:
        dst = branches["sec1"]
        before = fingerprint(dst.replica)
        rng = random.Random(20240611)
        cuts = set(lay.boundaries[:-1])  # every chunk boundary short of the full file
        cuts |= {0, 1, 7, 8, 23, 30, lay.header_len - 1, lay.header_len + 1,
                 lay.header_len + 3, len(data) - 1, len(data) - 17}
        for start, _size in lay.chunks:
            cuts |= {start + 1, start + 4, start + 5}
        cuts |= {rng.randrange(1, len(data)) for _ in range(40)}
        cut_file = tmp_path / "cut.caucusbundle"
        for cut in sorted(cuts):
            cut_file.write_bytes(data[:cut])
            _refused(dst.replica, cut_file, before, BundleCorrupt)
        # data after the end is refused too
        cut_file.write_bytes(data + b"\x00")
        _refused(dst.replica, cut_file, before, BundleCorrupt)
        report = import_bundle(dst.replica, path)
        assert report.applied == 40 and report.rejected == []
        assert dst.replica.state_hash() == state
    finally:
        _lock_all(branches)


def test_reordered_duplicated_and_dropped_chunks_are_refused(template, big, tmp_path):
    path, state = big
    data = path.read_bytes()
    lay = layout(data)
    n = len(lay.chunks)
    assert n >= 3
    head = data[:lay.header_len]
    orders = [
        [1, 0, *range(2, n)],                     # first two swapped
        [0, 2, 1, *range(3, n)],                  # two middle ones swapped
        [*range(0, n - 2), n - 1, n - 2],         # the final chunk moved earlier
        [0, 1, 1, *range(2, n)],                  # a chunk duplicated
        [0, 0, *range(1, n)],                     # the first chunk duplicated
        [*range(n), n - 1],                       # the final chunk duplicated
        [*range(n), 1],                           # an old chunk appended after the end
        [0, *range(2, n)],                        # a middle chunk dropped
        [*range(1, n)],                           # the first chunk dropped
        [*range(n - 1)],                          # the final chunk dropped
        list(reversed(range(n))),
    ]
    branches = template.clone(tmp_path / "v")
    try:
        dst = branches["sec1"]
        before = fingerprint(dst.replica)
        bad = tmp_path / "bad.caucusbundle"
        for order in orders:
            bad.write_bytes(head + b"".join(lay.chunk_bytes(data, i) for i in order))
            _refused(dst.replica, bad, before, BundleCorrupt)
        assert import_bundle(dst.replica, path).applied == 40
        assert dst.replica.state_hash() == state
    finally:
        _lock_all(branches)


def test_bundle_of_another_branch_or_key_is_refused(template, tmp_path):
    branches = template.clone(tmp_path / "v")
    try:
        vault = Vault.create(tmp_path / "elsewhere.caucus", PASSPHRASE, "interactive")
        foreign = Branch(vault, create_branch(vault, "Elsewhere Tenants", "their laptop"))
        foreign.add_member(first_name="Outsider", last_name="Elsewhere")
        foreign_path = tmp_path / "foreign.caucusbundle"
        export_bundle(foreign.replica, foreign_path)
        dst = branches["sec1"]
        before = fingerprint(dst.replica)
        error = _refused(dst.replica, foreign_path, before, WrongBranch)
        assert "different branch" in str(error)

        # our branch id, but sealed with a key we never had (someone without the key)
        src = branches["sec0"]
        src.add_member(first_name="Inside", last_name="Job")
        items = list(src.replica.export_changesets())
        fake = write_raw_bundle(tmp_path / "fake.caucusbundle", dst.replica.branch_id, 0,
                                nacl.utils.random(32), items)
        _refused(dst.replica, fake, before, BundleCorrupt)
        # a later epoch this device was not given, with no envelope for it
        later = write_raw_bundle(tmp_path / "later.caucusbundle", dst.replica.branch_id, 7,
                                 nacl.utils.random(32), items)
        error = _refused(dst.replica, later, before, (BundleCorrupt, RevokedDevice))
        assert "key 7" in str(error)
        # an envelope sealed to us holding a key the stream was not made with
        wrong_env = write_raw_bundle(tmp_path / "env.caucusbundle", dst.replica.branch_id, 7,
                                     nacl.utils.random(32), items,
                                     device_pks=[dst.replica.device_pk])
        data = bytearray(wrong_env.read_bytes())
        # swap in an envelope for a different random key; the header is authenticated
        env = seal_to_device(dst.replica.device_pk, nacl.utils.random(32))
        data[30:30 + len(env)] = env
        wrong_env.write_bytes(bytes(data))
        _refused(dst.replica, wrong_env, before, BundleCorrupt)
        foreign.vault.lock()
        # a file that is not a bundle at all, and a missing file
        junk = tmp_path / "junk.caucusbundle"
        junk.write_bytes(b"PK\x03\x04 this is a zip file, not a bundle")
        _refused(dst.replica, junk, before, BundleCorrupt)
        with pytest.raises(CaucusError):
            import_bundle(dst.replica, tmp_path / "missing.caucusbundle")
        assert fingerprint(dst.replica) == before
    finally:
        _lock_all(branches)


# -- valid bundles holding bad change sets ------------------------------------------------
def _next_for(replica) -> tuple[int, bytes | None, dict[bytes, int]]:
    """seq, prev hash and deps for this replica's next change set."""
    me = replica.author_no(replica.device_pk)
    head = replica.conn.execute("SELECT seq, hash FROM vv WHERE author = ?", (me,)).fetchone()
    seq, prev = (1, None) if head is None else (head[0] + 1, bytes(head[1]))
    deps = {bytes.fromhex(pk): s for pk, s in replica.version_vector().items()
            if bytes.fromhex(pk) != replica.device_pk}
    return seq, prev, deps


def _triple(cs: changes.ChangeSet) -> tuple[bytes, bytes, bytes]:
    return cs.body, cs.sig, cs.vals


def test_bad_change_sets_are_rejected_with_reasons_and_the_rest_applies(template, tmp_path):
    branches = template.clone(tmp_path / "v")
    try:
        founder, sec0, sec1, viewer = (branches[n] for n in ("founder", "sec0", "sec1",
                                                             "viewer"))
        branch = founder.replica.branch_id
        # sec1 is revoked (it had written nothing: cutoff 0) and, not knowing, writes on
        revoke_device(founder.replica, sec1.replica.device_id)
        late = sec1.add_member(first_name="Revoked", last_name="Writer")
        part1 = list(founder.replica.export_changesets())
        good = [founder.add_member(first_name=n, last_name="Good") for n in ("Dan", "Eve")]
        part2 = list(founder.replica.export_changesets())[len(part1):]
        assert len(part2) == 2
        revoked_items = [x for x in sec1.replica.export_changesets()
                         if changes.verify(*x).author == sec1.replica.device_pk]
        assert len(revoked_items) == 1

        # a viewer's data op, signed with the viewer's own key
        seq, prev, deps = _next_for(viewer.replica)
        viewer_member = changes.new_id()
        viewer_cs = changes.build(viewer.replica.signing_key, branch, seq, prev,
                                  changes.wall_hlc(), deps,
                                  [("member", viewer_member, {"first_name": "Viewer",
                                                              "deleted": False})])
        # a well-formed change set from a key the branch never admitted
        stranger = nacl.signing.SigningKey.generate()
        deps = {bytes.fromhex(pk): s for pk, s in founder.replica.version_vector().items()}
        stranger_member = changes.new_id()
        stranger_cs = changes.build(stranger, branch, 1, None, changes.wall_hlc(), deps, [
            ("member", stranger_member, {"first_name": "Stranger", "deleted": False})])
        # a forgery: signed by another key, claiming to be sec0's next change set
        seq, prev, deps = _next_for(sec0.replica)
        forged_member = changes.new_id()
        forged = changes.build(stranger, branch, seq, prev, changes.wall_hlc(), deps, [
            ("member", forged_member, {"first_name": "Forged", "deleted": False})])
        forged_body = forged.body[:4] + sec0.replica.device_pk + forged.body[36:]
        # a real founder change set whose values were swapped after signing
        seq, prev, deps = _next_for(founder.replica)
        swapped_member = changes.new_id()
        swapped = changes.build(founder.replica.signing_key, branch, seq + 5, prev or b"\0" * 32,
                                changes.wall_hlc(), deps,
                                [("member", swapped_member, {"first_name": "Honest"})])
        entries = [[swapped.values[0][0], ["Tampered"]]]
        swapped_vals = cbor2.dumps(entries, canonical=True)
        # a random signature on a copy of a real change set
        random_sig = (part2[0][0], nacl.utils.random(64), part2[0][2])

        items = (part1 + revoked_items + [_triple(viewer_cs), _triple(stranger_cs),
                                          (forged_body, forged.sig, forged.vals),
                                          (swapped.body, swapped.sig, swapped_vals),
                                          random_sig] + part2)
        path = write_raw_bundle(tmp_path / "mixed.caucusbundle", branch, 0,
                                branch_key(founder.replica, 0), items)
        held = {bytes(r[0]) for r in sec0.conn.execute("SELECT hash FROM changeset")}
        new_good = [x for x in part1 + part2 if changes.blake2b(x[0]) not in held]
        report = import_bundle(sec0.replica, path)
        reasons = [r["reason"] for r in report.rejected]
        assert len(reasons) == 6, reasons
        assert sum("revoked" in r for r in reasons) == 1
        assert sum("viewer" in r for r in reasons) == 1
        assert sum("not in this branch's roster" in r for r in reasons) == 1
        assert sum("forged" in r for r in reasons) == 2  # the forgery and the random sig
        assert sum("do not match what its author signed" in r for r in reasons) == 1
        whats = [r["what"] for r in report.rejected]
        assert all(w for w in whats)
        # the rest applied: the revocation, the key rotation and the founder's members
        assert report.applied == len(new_good) >= 3
        for member in good:
            assert sec0.get_member(member).last_name == "Good"
        ids = set(sec0.member_ids())
        assert not ids & {late, viewer_member, stranger_member, forged_member, swapped_member}
        assert sec0.replica.state_hash() == founder.replica.state_hash()
        count, failures = sec0.replica.verify_all()
        assert failures == [] and count > 0
    finally:
        _lock_all(branches)


def _stored_blobs(replica) -> bytes:
    return b"".join(unpack(b) + unpack(v) for b, v in replica.conn.execute(
        "SELECT body, vals FROM changeset"))


def test_change_sets_of_keys_outside_the_roster_are_never_stored_or_relayed(
        template, tmp_path):
    """A bundle a laptop opens may carry change sets signed by a made-up key (anyone who
    saw a bundle's header and a join request can write one). They are refused and
    never stored, so never counted as verified and never passed on."""
    branches = template.clone(tmp_path / "v")
    try:
        founder, sec0, sec1 = branches["founder"], branches["sec0"], branches["sec1"]
        branch = founder.replica.branch_id
        stranger = nacl.signing.SigningKey.generate()
        deps = {bytes.fromhex(pk): s for pk, s in founder.replica.version_vector().items()}
        junk = [changes.build(stranger, branch, seq, None if seq == 1 else b"\0" * 32,
                              changes.wall_hlc(), deps,
                              [("member", changes.new_id(), {"first_name": "Outsiderjunk",
                                                             "deleted": False})])
                for seq in (1, 2, 7)]
        good = founder.add_member(first_name="Real", last_name="Member")
        items = list(founder.replica.export_changesets()) + [_triple(cs) for cs in junk]
        path = write_raw_bundle(tmp_path / "planted.caucusbundle", branch, 0,
                                branch_key(founder.replica, 0), items)
        count_before = sec0.replica.verify_all()[0]
        report = import_bundle(sec0.replica, path)
        reasons = [r["reason"] for r in report.rejected]
        assert reasons == ["A change set comes from a device that is not in this "
                           "branch's roster."] * 3, reasons
        assert report.held == 0 and good in sec0.member_ids()
        assert b"Outsiderjunk" not in _stored_blobs(sec0.replica)
        assert stranger.verify_key.encode() not in {
            bytes(r[0]) for r in sec0.conn.execute("SELECT pk FROM author")}
        count, failures = sec0.replica.verify_all()
        assert failures == [] and count == count_before + report.applied
        # nothing of it travels on: sec0's own bundle reaches sec1 without it
        relay = tmp_path / "relay.caucusbundle"
        export_bundle(sec0.replica, relay)
        assert all(changes.verify(*x).author != stranger.verify_key.encode()
                   for x in bundle_items(relay, branch_key(sec0.replica)))
        import_bundle(sec1.replica, relay)
        assert b"Outsiderjunk" not in _stored_blobs(sec1.replica)
        assert sec1.replica.state_hash() == sec0.replica.state_hash()
    finally:
        _lock_all(branches)


def test_a_device_admitted_in_the_same_batch_gets_in_and_a_gap_is_still_held(
        template, tmp_path):
    """The roster check must not refuse a new device whose admission travels in the
    same batch (before or after its change sets), nor drop a known device's change set
    that waits for an earlier one."""
    from .replicas import join_by_welcome

    branches = template.clone(tmp_path / "v")
    try:
        founder, sec0, spare = branches["founder"], branches["sec0"], branches["spare"]
        join_by_welcome(founder.replica, spare.replica, "secretary", tmp_path)
        first = spare.add_member(first_name="New", last_name="Device")
        second = spare.add_member(first_name="Second", last_name="Write")
        items = list(spare.replica.export_changesets())
        mine = [x for x in items if changes.verify(*x).author == spare.replica.device_pk]
        others = [x for x in items if x not in mine]
        # seq 2 without seq 1: held, stored, waiting
        report = sec0.replica.receive(others + [mine[1]])
        assert report.held == 1 and second not in sec0.member_ids()
        # the admission is already here; now the same in one batch, device's change
        # sets first, on a fresh copy
        fresh = template.clone(tmp_path / "w")["sec0"]
        report = fresh.replica.receive(list(reversed(mine)) + others)
        assert report.rejected == [] and report.held == 0
        assert {first, second} <= set(fresh.member_ids())
        report = sec0.replica.receive([mine[0]])
        assert report.held == 0 and {first, second} <= set(sec0.member_ids())
        assert sec0.replica.state_hash() == fresh.replica.state_hash()
        fresh.vault.lock()
    finally:
        _lock_all(branches)


def _big_items(branches, n_cs: int):
    src = branches["sec0"]
    seq, prev, deps = _next_for(src.replica)
    items = list(src.replica.export_changesets())
    built = []
    hlc = changes.wall_hlc()
    for i in range(n_cs):
        cs = changes.build(src.replica.signing_key, src.replica.branch_id, seq + i, prev,
                           hlc + i, deps, [("member", changes.new_id(),
                                            {"first_name": f"Bulk{i}", "deleted": False})])
        prev = cs.hash
        built.append(_triple(cs))
    return items + built


@pytest.mark.parametrize("fault", ["no_end", "wrong_count", "after_end", "no_info",
                                   "bad_framing"])
def test_authentic_bundle_with_broken_structure_applies_nothing(template, tmp_path, fault):
    """A bundle sealed with the right key (a buggy or hostile device) whose record
    structure is wrong is refused before anything is applied, even past one batch."""
    branches = template.clone(tmp_path / "v")
    try:
        items = _big_items(branches, 450)
        dst = branches["sec1"]
        key = branch_key(dst.replica, 0)
        records = encode_records(items, end=fault not in ("no_end", "wrong_count"))
        if fault == "wrong_count":
            records.append(_cbor(["end", len(items) + 1]))
        elif fault == "after_end":
            records.append(_cbor(["cs", *items[-1]]))
        elif fault == "no_info":
            records = records[1:]
        elif fault == "bad_framing":
            records.append(b"\xff\xff")  # not CBOR
        path = write_raw_bundle(tmp_path / "broken.caucusbundle", dst.replica.branch_id, 0,
                                key, records=records, chunk_target=4096)
        before = fingerprint(dst.replica)
        _refused(dst.replica, path, before, BundleCorrupt)
    finally:
        _lock_all(branches)


def _cbor(obj) -> bytes:
    return cbor2.dumps(obj, canonical=True)


def test_unknown_record_kind_is_reported_and_the_rest_applies(template, tmp_path):
    branches = template.clone(tmp_path / "v")
    try:
        src, dst = branches["sec0"], branches["sec1"]
        member = src.add_member(first_name="Known", last_name="Kind")
        items = list(src.replica.export_changesets())
        records = encode_records(items, extra=[["future-thing", {"x": 1}]])
        # the end record must stay last: move it after the extra one
        path = write_raw_bundle(tmp_path / "x.caucusbundle", dst.replica.branch_id, 0,
                                branch_key(dst.replica, 0), records=records)
        report = import_bundle(dst.replica, path)
        assert report.applied == 1
        assert [r["reason"] for r in report.rejected] == [
            "The bundle holds a record of an unknown kind."]
        assert dst.get_member(member).first_name == "Known"
    finally:
        _lock_all(branches)


# -- replay -----------------------------------------------------------------------------
def test_replaying_a_bundle_changes_nothing(template, tmp_path):
    branches = template.clone(tmp_path / "v")
    try:
        src, dst = branches["sec0"], branches["sec1"]
        for name in ("Fatima", "Gus"):
            src.add_member(first_name=name, last_name="Replay")
        old = tmp_path / "old.caucusbundle"
        n_old = export_bundle(src.replica, old)
        src.update_member(src.member_ids()[0], job_title="Porter")
        src.add_member(first_name="Hana", last_name="Replay")
        new = tmp_path / "new.caucusbundle"
        n_new = export_bundle(src.replica, new)
        assert n_new == n_old + 2

        first = import_bundle(dst.replica, new)
        assert first.applied == 4 and first.rejected == []
        after = fingerprint(dst.replica)
        again = import_bundle(dst.replica, new)
        assert (again.applied, again.already, again.held, again.rejected) == (0, n_new, 0, [])
        assert fingerprint(dst.replica) == after
        older = import_bundle(dst.replica, old)
        assert (older.applied, older.already, older.rejected) == (0, n_old, [])
        assert fingerprint(dst.replica) == after
        assert dst.replica.state_hash() == src.replica.state_hash()
        assert dst.get_member(src.member_ids()[0]).job_title in ("Porter", None)
        assert sorted(dst.member_ids()) == sorted(src.member_ids())
    finally:
        _lock_all(branches)


def test_older_bundle_after_newer_one_in_the_other_order(template, tmp_path):
    """Old then new applies only the difference; the end state is the same either way."""
    branches = template.clone(tmp_path / "v")
    try:
        src, a = branches["sec0"], branches["sec1"]
        member = src.add_member(first_name="Ines", last_name="Order")
        old = tmp_path / "old.caucusbundle"
        export_bundle(src.replica, old)
        src.update_member(member, job_title="Nurse")
        new = tmp_path / "new.caucusbundle"
        export_bundle(src.replica, new)
        assert import_bundle(a.replica, old).applied == 1
        report = import_bundle(a.replica, new)
        assert report.applied == 1 and report.already == changeset_count(src.replica) - 1
        assert a.get_member(member).job_title == "Nurse"
        assert a.replica.state_hash() == src.replica.state_hash()
    finally:
        _lock_all(branches)


# -- the USB sync folder --------------------------------------------------------------------
def _only_bundles(folder):
    names = sorted(os.listdir(folder))
    assert all(n.endswith(".caucusbundle") and not n.startswith(".") for n in names), names
    return names


def test_sync_folder_relays_between_laptops_that_never_meet(template, tmp_path):
    branches = template.clone(tmp_path / "v")
    try:
        a, b, c = branches["sec0"], branches["founder"], branches["sec1"]
        stick = tmp_path / "stick"
        stick.mkdir()
        member = a.add_member(first_name="Relay", last_name="Runner", tags=["rep"])
        first = sync_folder(a.replica, stick)
        a_name = first.written.name
        assert first.written.parent == stick and first.imported == {}
        assert _only_bundles(stick) == [a_name]
        second = sync_folder(b.replica, stick)
        b_name = second.written.name
        assert second.imported[a_name].applied == 1
        assert b.get_member(member).first_name == "Relay"
        # A's own file leaves the stick: C can only learn A's change from B's bundle
        (stick / a_name).unlink()
        third = sync_folder(c.replica, stick)
        assert third.imported[b_name].applied == 1
        assert c.get_member(member).first_name == "Relay"
        assert c.member_tags(member) == ["rep"]
        assert _only_bundles(stick) == sorted([b_name, third.written.name])
        # and C's answer travels back to A the same way
        c.update_member(member, job_title="Courier")
        sync_folder(c.replica, stick)
        back = sync_folder(a.replica, stick)
        assert sum(r.applied for r in back.imported.values()) == 1
        assert a.get_member(member).job_title == "Courier"
        sync_folder(b.replica, stick)
        assert a.replica.state_hash() == b.replica.state_hash() == c.replica.state_hash()
        for name in _only_bundles(stick):
            assert inspect_bundle(stick / name).is_for(a.replica.branch_id)
    finally:
        _lock_all(branches)


def test_sync_folder_relays_across_two_sticks(template, tmp_path):
    branches = template.clone(tmp_path / "v")
    try:
        a, b, c = branches["sec0"], branches["founder"], branches["sec1"]
        stick1, stick2 = tmp_path / "s1", tmp_path / "s2"
        stick1.mkdir()
        stick2.mkdir()
        member = a.add_member(first_name="Two", last_name="Sticks")
        a_name = sync_folder(a.replica, stick1).written.name
        sync_folder(b.replica, stick1)
        sync_folder(b.replica, stick2)
        assert a_name not in os.listdir(stick2)
        sync_folder(c.replica, stick2)
        assert c.get_member(member).last_name == "Sticks"
        assert c.replica.state_hash() == a.replica.state_hash()
    finally:
        _lock_all(branches)


def test_sync_folder_skips_corrupt_bundles_and_imports_the_rest(template, tmp_path):
    branches = template.clone(tmp_path / "v")
    try:
        a, c = branches["sec0"], branches["sec1"]
        stick = tmp_path / "stick"
        stick.mkdir()
        member = a.add_member(first_name="Still", last_name="Arrives")
        a_name = sync_folder(a.replica, stick).written.name
        good = (stick / a_name).read_bytes()
        # names sort before and after the good one, so the bad ones surround it: files
        # of this build's form and of the earlier builds' form (caucus-<16 hex>)
        bad = [f"{'0' * 44}.caucusbundle", f"{'f' * 44}.caucusbundle",
               "caucus-0000000000000000.caucusbundle", "caucus-7777777777777777.caucusbundle",
               "caucus-8888888888888888.caucusbundle"]
        (stick / bad[0]).write_bytes(os.urandom(3000))
        (stick / bad[1]).write_bytes(good[:len(good) // 2])
        (stick / bad[2]).write_bytes(b"")
        flipped = bytearray(good)
        flipped[len(flipped) // 2] ^= 0x40
        (stick / bad[3]).write_bytes(bytes(flipped))
        vault = Vault.create(tmp_path / "elsewhere.caucus", PASSPHRASE, "interactive")
        foreign = create_branch(vault, "Elsewhere", "their laptop")
        export_bundle(foreign, stick / bad[4])
        vault.lock()
        before = changeset_count(c.replica)
        result = sync_folder(c.replica, stick)
        assert set(result.skipped) == set(bad)
        assert all(reason for reason in result.skipped.values())
        assert list(result.imported) == [a_name]
        assert result.imported[a_name].applied == 1
        assert changeset_count(c.replica) == before + 1
        assert c.get_member(member).last_name == "Arrives"
        assert not [n for n in os.listdir(stick) if n.startswith(".") or n.endswith(".tmp")]
    finally:
        _lock_all(branches)


def test_export_replaces_the_old_bundle_atomically(template, tmp_path):
    branches = template.clone(tmp_path / "v")
    try:
        a = branches["sec0"]
        target = tmp_path / "out" / "a.caucusbundle"
        target.parent.mkdir()
        export_bundle(a.replica, target)
        first = target.read_bytes()
        a.add_member(first_name="Atomic", last_name="Write")
        export_bundle(a.replica, target)
        assert target.read_bytes() != first
        assert os.listdir(target.parent) == ["a.caucusbundle"]
        # a failed export (the folder vanished) leaves no temp file and no partial bundle
        gone = tmp_path / "gone" / "a.caucusbundle"
        with pytest.raises(OSError):
            export_bundle(a.replica, gone)
        assert not gone.parent.exists()
        items = bundle_items(target, branch_key(a.replica))
        assert len(items) == changeset_count(a.replica)
        assert bundle_epoch(target, a.replica) == 0  # sealed with the key of epoch 0
    finally:
        _lock_all(branches)


def test_sync_folder_survives_unreadable_entries(template, tmp_path):
    """A stick can hold things that are not readable bundles at all: a folder with a
    bundle's name, a dangling link, a file that vanishes. Each is reported in
    ``skipped``; the other bundles are still imported and ours is still written."""
    branches = template.clone(tmp_path / "v")
    try:
        a, c = branches["sec0"], branches["sec1"]
        stick = tmp_path / "stick"
        stick.mkdir()
        member = a.add_member(first_name="Past", last_name="Obstacles")
        a_name = sync_folder(a.replica, stick).written.name
        (stick / "caucus-0000000000000000.caucusbundle").mkdir()
        (stick / f"{'0' * 44}.caucusbundle").symlink_to(tmp_path / "nowhere")
        result = sync_folder(c.replica, stick)
        assert set(result.skipped) == {"caucus-0000000000000000.caucusbundle",
                                       f"{'0' * 44}.caucusbundle"}
        assert all(result.skipped.values())
        assert result.imported[a_name].applied == 1
        assert c.get_member(member).last_name == "Obstacles"
        assert result.written.is_file() and result.written.parent == stick
    finally:
        _lock_all(branches)


def test_change_sets_held_for_good_are_not_rechecked_on_every_delivery(template, tmp_path):
    """Change sets whose gap never fills (here: a device's seq 10 onwards, whose seq 2
    to 9 never arrive; keys outside the roster are not even stored) stay held; later
    deliveries must not re-verify each of them, or a few thousand would slow every sync
    of the branch to a crawl."""
    branches = template.clone(tmp_path / "v")
    try:
        founder, sec0, sec1 = branches["founder"], branches["sec0"], branches["sec1"]
        junk = []
        for seq in range(10, 310):
            cs = changes.build(sec1.replica.signing_key, founder.replica.branch_id,
                               seq, b"\0" * 32, changes.wall_hlc(), {}, [])
            junk.append(_triple(cs))
        report = founder.replica.receive(junk)
        assert report.held == 300 and report.applied == 0
        for i in range(20):
            sec0.add_member(first_name=f"Real{i}", last_name="Member")
        items = list(sec0.replica.export_changesets(since={
            bytes.fromhex(k): v for k, v in founder.replica.version_vector().items()}))
        statements: list[str] = []
        founder.conn.set_trace_callback(statements.append)
        try:
            report = founder.replica.receive(items, batch_size=5)
        finally:
            founder.conn.set_trace_callback(None)
        assert report.applied == 20 and report.held == 300
        # the work per change set does not grow with the 300 held ones (it did: one
        # version-vector lookup per held change set per delivery, ~6,000 statements)
        assert len(statements) < 60 * len(items), len(statements)
        assert founder.count_members(MemberQuery(search="Real")) == 20
    finally:
        _lock_all(branches)
