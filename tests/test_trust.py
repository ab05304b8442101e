"""The roster and the USB join flow (ARCHITECTURE §6, §7, §9): revocation with key
rotation, late-learned revocations, admin-only roster changes, join request → welcome.

Real vaults cloned from a template (founder admin, two secretaries, a viewer, a spare
device prepared but not admitted); every exchange goes through real bundle files.
"""

from __future__ import annotations

import os

import pytest

from sync import changes
from sync.bundle import export_bundle, import_bundle
from sync.errors import CaucusError, NotPermitted, RevokedDevice
from sync.folder import sync_folder
from sync.records import Branch
from sync.replica import Replica, device_row_id
from sync.store.packing import unpack
from sync.store.vault import Vault
from sync.trust import (
    admit_device,
    branch_fingerprint,
    create_branch,
    join_branch,
    join_request,
    list_devices,
    prepare_device,
    read_welcome,
    revoke_device,
)

from .bundlefile import bundle_epoch, changeset_count, fingerprint
from .replicas import PASSPHRASE, build_template


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=2, viewer=True)


@pytest.fixture
def branches(template, tmp_path):
    out = template.clone(tmp_path / "vaults")
    yield out
    for b in out.values():
        if b.vault.is_open:
            b.vault.lock()


def _send(src: Branch, dst: Branch, path):
    export_bundle(src.replica, path)
    return import_bundle(dst.replica, path)


def _members(b: Branch) -> set[str]:
    return {r[0] for r in b.conn.execute("SELECT id FROM member")}


def _devices(b: Branch) -> dict[str, object]:
    return {d.name: d for d in list_devices(b.replica)}


# -- revocation ---------------------------------------------------------------------------
def test_revocation_rotates_the_key_voids_late_change_sets_and_replicas_converge(
        branches, tmp_path):
    founder, sec0, sec1, viewer = (branches[n] for n in ("founder", "sec0", "sec1", "viewer"))
    # M1 reaches everyone before the revocation: it stays valid
    m1 = sec1.add_member(first_name="Before", last_name="Cutoff")
    _send(sec1, founder, tmp_path / "s1a.caucusbundle")
    _send(sec1, sec0, tmp_path / "s1b.caucusbundle")
    # M2 reaches sec0 only; the founder revokes without having seen it (cutoff: seq 1)
    m2 = sec1.add_member(first_name="Applied", last_name="Early")
    report = _send(sec1, sec0, tmp_path / "s1c.caucusbundle")
    assert report.applied == 1 and m2 in _members(sec0)
    device = revoke_device(founder.replica, sec1.replica.device_id)
    assert device.revoked and device.revoked_after == 1
    assert founder.replica.meta("key_epoch") == "1"
    # sec1 does not know and carries on writing
    m3 = sec1.add_member(first_name="After", last_name="Cutoff")

    late = tmp_path / "founder-after.caucusbundle"
    export_bundle(founder.replica, late)
    assert bundle_epoch(late, founder.replica) == 1
    # the revoked laptop cannot open what the admin writes from now on
    before = fingerprint(sec1.replica)
    with pytest.raises(CaucusError) as caught:
        import_bundle(sec1.replica, late)
    assert isinstance(caught.value, RevokedDevice) or "never given" in str(caught.value)
    assert fingerprint(sec1.replica) == before
    # ... nor through the sync folder: the bundle is skipped, with the reason
    stick = tmp_path / "stick"
    stick.mkdir()
    founders = sync_folder(founder.replica, stick).written.name
    result = sync_folder(sec1.replica, stick)
    assert list(result.skipped) == [founders]
    assert result.imported == {}
    assert m2 not in _members(founder)

    # the remaining devices open it, and sec0 drops M2, which it had already applied
    report = import_bundle(sec0.replica, late)
    assert report.rejected == []
    assert sec0.replica.meta("key_epoch") == "1"
    assert m1 in _members(sec0) and m2 not in _members(sec0)
    assert import_bundle(viewer.replica, late).rejected == []

    # sec1's own bundle (still epoch 0) reaches the founder: seq 2 and 3 are refused
    report = _send(sec1, founder, tmp_path / "s1d.caucusbundle")
    assert report.applied == 0
    revoked_reasons = [r for r in report.rejected if "revoked" in r["reason"]]
    assert len(revoked_reasons) == 2, report.rejected
    assert m3 not in _members(founder) and m2 not in _members(founder)
    report = import_bundle(sec0.replica, tmp_path / "s1d.caucusbundle")
    assert report.applied == 0
    assert [r["reason"] for r in report.rejected] == [
        "It was made after the device's access was revoked."]

    # full exchange among the remaining three by bundles: one state
    remaining = [founder, sec0, viewer]
    for round_ in range(2):
        for src in remaining:
            path = tmp_path / f"r{round_}-{src.replica.device_id[:8]}.caucusbundle"
            export_bundle(src.replica, path)
            assert bundle_epoch(path, src.replica) == 1
            for dst in remaining:
                if dst is not src:
                    # void change sets travel too, and are refused the same way everywhere
                    report = import_bundle(dst.replica, path)
                    assert {r["reason"] for r in report.rejected} <= {
                        "It was made after the device's access was revoked."}
    hashes = {b.replica.state_hash() for b in remaining}
    assert len(hashes) == 1
    for b in remaining:
        assert m1 in _members(b) and not _members(b) & {m2, m3}
        assert b.replica.verify_all()[1] == []
    statuses = dict(founder.conn.execute(
        "SELECT seq, status FROM changeset WHERE author = ? ORDER BY seq",
        (founder.replica.author_no(sec1.replica.device_pk),)).fetchall())
    assert statuses == {1: "applied", 2: "void", 3: "void"}

    # the roster as every remaining device lists it
    for b in remaining:
        devices = _devices(b)
        assert devices["secretary 1 laptop"].revoked
        assert devices["secretary 1 laptop"].revoked_after == 1
        assert devices["founder laptop"].role == "admin"
        assert devices["secretary 0 laptop"].role == "secretary"
        assert devices["viewer laptop"].role == "viewer"
        assert not any(d.revoked for n, d in devices.items() if n != "secretary 1 laptop")
        assert [d.name for d in devices.values() if d.this_device] == [b.device_name]
        assert sec1.replica.device_id not in b.replica.active_devices()


def test_revocation_learned_after_a_relay_of_late_change_sets(branches, tmp_path):
    """A late change set relayed through a third replica before the revocation arrives
    disappears there too, and its recompute equals a replica that knew first."""
    founder, sec0, sec1, viewer = (branches[n] for n in ("founder", "sec0", "sec1", "viewer"))
    revoke_device(founder.replica, sec1.replica.device_id)  # cutoff 0: nothing accepted
    m = sec1.add_member(first_name="Relayed", last_name="Late", tags=["x"])
    note_target = m
    sec1.add_note("written after the cutoff", member_id=note_target)
    _send(sec1, sec0, tmp_path / "a.caucusbundle")
    _send(sec0, viewer, tmp_path / "b.caucusbundle")  # relayed, still epoch 0
    assert m in _members(viewer)
    sec0.update_member(m, job_title="Edited on top")  # sec0 builds on the void change set
    _send(founder, viewer, tmp_path / "c.caucusbundle")
    _send(founder, sec0, tmp_path / "d.caucusbundle")
    assert m not in _members(viewer)
    # sec0's own (valid) edit stays: the row holds only what sec0 wrote
    assert sec0.get_member(m).first_name is None
    assert sec0.get_member(m).job_title == "Edited on top"
    assert sec0.member_tags(m) == []
    for src in (sec0, viewer, founder):
        for dst in (sec0, viewer, founder):
            if src is not dst:
                _send(src, dst, tmp_path / f"x-{src.replica.device_id[:6]}.caucusbundle")
    assert len({b.replica.state_hash() for b in (founder, sec0, viewer)}) == 1
    for b in (founder, sec0, viewer):
        assert b.conn.execute("SELECT count(*) FROM note").fetchone()[0] == 0
        assert b.conn.execute("SELECT count(*) FROM member_tag").fetchone()[0] == 0
        assert b.get_member(m).first_name is None


def _stored_blobs(b: Branch) -> bytes:
    return b"".join(unpack(body) + unpack(vals) for body, vals in b.conn.execute(
        "SELECT body, vals FROM changeset"))


def test_void_change_sets_are_kept_and_relayed_without_their_values(branches, tmp_path):
    """A revoked laptop's later change sets are kept (every replica holds the same set)
    and relayed, but without their values: a stolen laptop cannot make the branch carry
    data of its choosing. Its erasures still count."""
    founder, sec0, sec1 = branches["founder"], branches["sec0"], branches["sec1"]
    doomed = founder.add_member(first_name="Erased", last_name="Anyway")
    _send(founder, sec1, tmp_path / "f.caucusbundle")
    revoke_device(founder.replica, sec1.replica.device_id)
    # sec1, not knowing, writes a member and a note of its choosing and erases one
    late = sec1.add_member(first_name="Stolenlaptopjunk", last_name="Payload")
    sec1.add_note("Stolenlaptopjunk note text", member_id=late)
    sec1.erase_member(doomed)
    report = _send(sec1, founder, tmp_path / "s1.caucusbundle")
    assert len([r for r in report.rejected if "revoked" in r["reason"]]) == 3
    assert b"Stolenlaptopjunk" not in _stored_blobs(founder)
    void = [no for no, in founder.conn.execute(
        "SELECT no FROM changeset WHERE status = 'void'")]
    assert len(void) == 3
    withheld = [founder.replica.load_changeset(no) for no in void]
    assert any(cs.withheld(i) for cs in withheld for i in range(len(cs.rows)))
    assert doomed not in _members(founder) and late not in _members(founder)
    # relayed: sec0 gets them from the founder, still without values, and agrees
    _send(founder, sec0, tmp_path / "f2.caucusbundle")
    assert b"Stolenlaptopjunk" not in _stored_blobs(sec0)
    assert sec0.conn.execute(
        "SELECT count(*) FROM changeset WHERE status = 'void'").fetchone()[0] == 3
    assert doomed not in _members(sec0) and late not in _members(sec0)
    assert sec0.replica.state_hash() == founder.replica.state_hash()
    assert sec0.replica.verify_all()[1] == []


def test_a_withheld_change_set_waits_for_the_revocation_that_voids_it(branches, tmp_path):
    """A replica that gets a void change set (values withheld) before the revocation
    must neither apply it nor read its missing values as an erasure: it waits, then
    voids it when the revocation arrives."""
    founder, sec0, sec1 = branches["founder"], branches["sec0"], branches["sec1"]
    kept = founder.add_member(first_name="Kept", last_name="Member")
    _send(founder, sec1, tmp_path / "f.caucusbundle")
    _send(founder, sec0, tmp_path / "f0.caucusbundle")
    revoke_device(founder.replica, sec1.replica.device_id)
    sec1.update_member(kept, job_title="Withheld title")
    _send(sec1, founder, tmp_path / "s1.caucusbundle")
    items = list(founder.replica.export_changesets())
    void = {bytes(h) for h, in founder.conn.execute(
        "SELECT hash FROM changeset WHERE status = 'void'")}
    late = [x for x in items if changes.blake2b(x[0]) in void]
    assert len(late) == 1
    report = sec0.replica.receive(late)
    assert report.held == 1 and report.applied == 0
    assert kept in _members(sec0) and sec0.get_member(kept).job_title is None
    assert sec0.conn.execute("SELECT count(*) FROM erased").fetchone()[0] == 0
    report = sec0.replica.receive(items)
    assert report.held == 0
    assert sec0.get_member(kept).job_title is None
    assert sec0.replica.state_hash() == founder.replica.state_hash()


def test_only_an_admin_may_revoke_and_never_itself(branches, tmp_path):
    founder, sec0, viewer = branches["founder"], branches["sec0"], branches["viewer"]
    for b in (sec0, viewer):
        before = changeset_count(b.replica)
        with pytest.raises(NotPermitted):
            revoke_device(b.replica, founder.replica.device_id)
        with pytest.raises(NotPermitted):
            revoke_device(b.replica, branches["sec1"].replica.device_id)
        assert changeset_count(b.replica) == before
    before = changeset_count(founder.replica)
    with pytest.raises(NotPermitted) as caught:
        revoke_device(founder.replica, founder.replica.device_id)
    assert "itself" in str(caught.value)
    assert changeset_count(founder.replica) == before
    assert not any(d.revoked for d in list_devices(founder.replica))
    revoke_device(founder.replica, viewer.replica.device_id)
    with pytest.raises(CaucusError):
        revoke_device(founder.replica, viewer.replica.device_id)

    # a secretary forging a revocation by hand: every replica rejects it
    vv = sec0.replica.version_vector()
    assert sec0.replica.device_id not in vv  # sec0 has written nothing yet: seq 1
    deps = {bytes.fromhex(pk): s for pk, s in vv.items()}
    forged = changes.build(sec0.replica.signing_key, sec0.replica.branch_id, 1, None,
                           changes.wall_hlc(), deps, [
                               ("device", device_row_id(founder.replica.device_id),
                                {"pubkey": founder.replica.device_id, "revoked_after": 0})])
    report = founder.replica.receive([(forged.body, forged.sig, forged.vals)])
    assert report.applied == 0
    assert [r["reason"] for r in report.rejected] == [
        "Only an admin may admit or revoke devices."]
    assert not _devices(founder)["founder laptop"].revoked
    founder.add_member(first_name="Still", last_name="Admin")  # the founder still writes


# -- joining by USB ---------------------------------------------------------------------
def test_usb_join_flow_end_to_end(branches, tmp_path):
    founder, spare = branches["founder"], branches["spare"]
    assert not spare.replica.initialised
    member = founder.add_member(first_name="Waiting", last_name="ForYou")
    request = join_request(spare.replica)
    welcome = tmp_path / "welcome.caucuswelcome"
    device = admit_device(founder.replica, request, "secretary", welcome)
    assert device.role == "secretary" and device.name == "spare laptop"
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]
    report = join_branch(spare.replica, welcome)
    assert report.applied == changeset_count(founder.replica) and report.rejected == []
    assert spare.replica.device_role(spare.replica.device_id) == "secretary"
    assert spare.replica.state_hash() == founder.replica.state_hash()
    assert spare.get_member(member).last_name == "ForYou"
    # the new device writes, and the branch accepts it
    mine = spare.add_member(first_name="New", last_name="Device")
    report = _send(spare, founder, tmp_path / "spare.caucusbundle")
    assert report.applied == 1 and founder.get_member(mine).first_name == "New"
    assert _devices(founder)["spare laptop"].role == "secretary"
    assert _devices(spare)["spare laptop"].this_device
    # a welcome cannot be used twice
    with pytest.raises(CaucusError):
        join_branch(spare.replica, welcome)


def _prepared(tmp_path, name: str) -> Branch:
    vault = Vault.create(tmp_path / f"{name}.caucus", PASSPHRASE, "interactive")
    replica = Replica(vault)
    prepare_device(replica, f"{name} laptop")
    return Branch(vault, replica)


def test_a_welcome_for_another_device_cannot_be_used(branches, tmp_path):
    founder, spare = branches["founder"], branches["spare"]
    welcome = tmp_path / "welcome-spare"
    admit_device(founder.replica, join_request(spare.replica), "secretary", welcome)
    thief = _prepared(tmp_path, "thief")
    try:
        before = fingerprint(thief.replica)
        with pytest.raises(CaucusError) as caught:
            join_branch(thief.replica, welcome)
        assert "another device" in str(caught.value)
        assert not thief.replica.initialised and fingerprint(thief.replica) == before
        # the real one still can
        join_branch(spare.replica, welcome)
        assert spare.replica.state_hash() == founder.replica.state_hash()
    finally:
        thief.vault.lock()


def test_a_welcome_from_a_look_alike_branch_shows_another_fingerprint(branches, tmp_path):
    """Whoever saw the join request can write a welcome for a branch of their own, with
    the same name. The fingerprint the new laptop shows is what tells them apart."""
    founder, spare = branches["founder"], branches["spare"]
    real = branch_fingerprint(founder.replica.branch_id)
    assert len(real) == 19 and real.count("-") == 3
    assert {branch_fingerprint(b.replica.branch_id) for n, b in branches.items()
            if n != "spare"} == {real}
    request = join_request(spare.replica)
    fake_vault = Vault.create(tmp_path / "fake.caucus", PASSPHRASE, "interactive")
    try:
        fake = create_branch(fake_vault, founder.name, "founder laptop")
        forged = tmp_path / "forged-welcome"
        admit_device(fake, request, "secretary", forged)
    finally:
        fake_vault.lock()
    seen = read_welcome(spare.replica, forged)
    assert seen.branch_name == founder.name and seen.fingerprint != real
    before = fingerprint(spare.replica)
    with pytest.raises(CaucusError, match="another branch"):
        join_branch(spare.replica, forged, fingerprint=real)
    assert not spare.replica.initialised and fingerprint(spare.replica) == before
    genuine = tmp_path / "welcome"
    admit_device(founder.replica, request, "secretary", genuine)
    assert read_welcome(spare.replica, genuine).fingerprint == real
    join_branch(spare.replica, genuine, fingerprint=real)
    assert spare.replica.state_hash() == founder.replica.state_hash()


def test_tampered_join_request_is_rejected(branches, tmp_path):
    founder, spare = branches["founder"], branches["spare"]
    request = join_request(spare.replica)
    before = fingerprint(founder.replica)
    welcome = tmp_path / "welcome"
    for pos in range(len(request)):
        bad = bytearray(request)
        bad[pos] ^= 0xFF
        with pytest.raises(CaucusError) as caught:
            admit_device(founder.replica, bytes(bad), "secretary", welcome)
        assert "join-request" in str(caught.value)
        assert not welcome.exists()
    assert fingerprint(founder.replica) == before
    assert "spare laptop" not in _devices(founder)
    with pytest.raises(CaucusError):
        admit_device(founder.replica, request, "overlord", welcome)
    # a secretary cannot admit anyone
    with pytest.raises(NotPermitted):
        admit_device(branches["sec0"].replica, request, "secretary", welcome)
    assert not welcome.exists()


def test_tampered_welcome_is_refused_and_the_vault_can_still_join(branches, tmp_path):
    founder, spare = branches["founder"], branches["spare"]
    welcome = tmp_path / "welcome"
    admit_device(founder.replica, join_request(spare.replica), "viewer", welcome)
    data = welcome.read_bytes()
    before = fingerprint(spare.replica)
    bad = tmp_path / "bad-welcome"
    positions = sorted({0, 7, 8, 11, 12, 40, 100, len(data) // 2, len(data) - 1,
                        *range(12, len(data), max(1, len(data) // 60))})
    for pos in positions:
        flipped = bytearray(data)
        flipped[pos] ^= 0x01
        bad.write_bytes(bytes(flipped))
        with pytest.raises(CaucusError):
            join_branch(spare.replica, bad)
        assert not spare.replica.initialised
        assert fingerprint(spare.replica) == before
    bad.write_bytes(data[: len(data) - 10])
    with pytest.raises(CaucusError):
        join_branch(spare.replica, bad)
    assert fingerprint(spare.replica) == before
    join_branch(spare.replica, welcome)
    assert spare.replica.device_role(spare.replica.device_id) == "viewer"
    with pytest.raises(NotPermitted):
        spare.add_member(first_name="Viewer", last_name="Writes")


def test_joining_after_a_key_rotation_and_no_readmission_of_a_revoked_key(
        branches, tmp_path):
    founder, sec0, sec1, spare = (branches[n] for n in ("founder", "sec0", "sec1", "spare"))
    old_member = sec0.add_member(first_name="Epoch", last_name="Zero")
    old_bundle = tmp_path / "old.caucusbundle"
    export_bundle(sec0.replica, old_bundle)
    assert bundle_epoch(old_bundle, sec0.replica) == 0
    revoke_device(founder.replica, sec1.replica.device_id)
    welcome = tmp_path / "welcome"
    admit_device(founder.replica, join_request(spare.replica), "secretary", welcome)
    join_branch(spare.replica, welcome)
    assert spare.replica.secret("branch_key.0") == founder.replica.secret("branch_key.0")
    assert spare.replica.secret("branch_key.1") == founder.replica.secret("branch_key.1")
    assert spare.replica.meta("key_epoch") == "1"
    # an epoch-0 bundle made before the rotation still opens on the new device
    assert import_bundle(spare.replica, old_bundle).applied == 1
    assert spare.get_member(old_member).last_name == "Zero"
    # a revoked key cannot come back with a fresh request from its old vault
    with pytest.raises(RevokedDevice):
        admit_device(founder.replica, join_request(sec1.replica), "secretary",
                     tmp_path / "again")
    assert _devices(founder)["secretary 1 laptop"].revoked


def test_a_planted_epoch_key_is_never_adopted(branches, tmp_path):
    """Header envelopes are anonymous sealed boxes: anyone who knows a device's public
    key (a revoked laptop, or whoever finds a join-request file on a stick) can seal a
    key of their own to it. Importing such a bundle must not make the device adopt that
    key and epoch, or everything it exported afterwards would be readable by the
    planter. Keys are learned only from admin-signed envelopes in change sets."""
    from sync.bundle import BundleCorrupt

    from .bundlefile import branch_key, write_raw_bundle

    founder, sec0, sec1 = branches["founder"], branches["sec0"], branches["sec1"]
    revoke_device(founder.replica, sec1.replica.device_id)
    _send(founder, sec0, tmp_path / "rotation.caucusbundle")
    assert sec0.replica.meta("key_epoch") == "1"
    # the revoked laptop plants epoch 9 with a key of its own, sealed to sec0
    planted = os.urandom(32)
    mine = [x for x in sec1.replica.export_changesets()]
    bundle = write_raw_bundle(tmp_path / "planted.caucusbundle", sec1.replica.branch_id, 9,
                              planted, mine, device_pks=[sec0.replica.device_pk])
    before = sec0.replica.state_hash()
    stored = changeset_count(sec0.replica)
    with pytest.raises(BundleCorrupt):  # a version 1 file that only its envelope opens
        import_bundle(sec0.replica, bundle)
    assert sec0.replica.state_hash() == before and changeset_count(sec0.replica) == stored
    assert sec0.replica.meta("key_epoch") == "1"
    assert sec0.replica.secret("branch_key.9") is None
    sec0.add_member(first_name="Secret", last_name="Plans")
    out = tmp_path / "sec0-after.caucusbundle"
    export_bundle(sec0.replica, out)
    assert bundle_epoch(out, sec0.replica) == 1
    with pytest.raises((BundleCorrupt, RevokedDevice)):
        import_bundle(sec1.replica, out)
    # and the real key of a later epoch is still learned when an admin rotates again
    revoke_device(founder.replica, branches["viewer"].replica.device_id)
    _send(founder, sec0, tmp_path / "rotation2.caucusbundle")
    assert sec0.replica.meta("key_epoch") == "2"
    assert branch_key(sec0.replica, 2) == branch_key(founder.replica, 2)


def _promote(admin: Branch, device: Branch) -> None:
    with admin.replica.transaction() as tx:
        tx.set("device", device_row_id(device.replica.device_id),
               {"pubkey": device.replica.device_id, "role": "admin"})


def test_two_admins_rotating_keys_concurrently_still_read_each_other(branches, tmp_path):
    """Two admins each revoke a different device while apart: both rotate to "epoch 1"
    with different keys. The branch must not split into two halves that cannot open
    each other's bundles; every remaining device converges."""
    founder, sec0, sec1, viewer, spare = (
        branches[n] for n in ("founder", "sec0", "sec1", "viewer", "spare"))
    welcome = tmp_path / "welcome"
    admit_device(founder.replica, join_request(spare.replica), "secretary", welcome)
    join_branch(spare.replica, welcome)
    _promote(founder, sec0)
    _send(founder, sec0, tmp_path / "promote.caucusbundle")
    assert sec0.replica.device_role(sec0.replica.device_id) == "admin"
    # apart: the founder revokes the viewer, sec0 revokes sec1
    revoke_device(founder.replica, viewer.replica.device_id)
    revoke_device(sec0.replica, sec1.replica.device_id)
    assert founder.replica.meta("key_epoch") == sec0.replica.meta("key_epoch") == "1"
    a = founder.add_member(first_name="From", last_name="Founder")
    b = sec0.add_member(first_name="From", last_name="Sec0")
    remaining = [founder, sec0, spare]
    problems = []
    for round_ in range(3):
        for src in remaining:
            path = tmp_path / f"r{round_}-{src.replica.device_id[:8]}.caucusbundle"
            export_bundle(src.replica, path)
            for dst in remaining:
                if dst is src:
                    continue
                try:
                    import_bundle(dst.replica, path)
                except CaucusError as exc:
                    problems.append(f"round {round_}: {dst.device_name} cannot open "
                                    f"{src.device_name}'s bundle: {exc}")
    assert not problems, "\n".join(problems)
    assert len({x.replica.state_hash() for x in remaining}) == 1
    for x in remaining:
        assert {a, b} <= _members(x)
        devices = _devices(x)
        assert devices["viewer laptop"].revoked and devices["secretary 1 laptop"].revoked


def test_revocation_outranks_a_later_readmission(branches, tmp_path):
    """A second admin who has not heard of the revocation re-admits the device; the
    revocation still wins everywhere, and the device's later writes stay void."""
    founder, sec0, sec1 = branches["founder"], branches["sec0"], branches["sec1"]
    _promote(founder, sec0)
    _send(founder, sec0, tmp_path / "promote.caucusbundle")
    revoke_device(founder.replica, sec1.replica.device_id)  # cutoff 0
    with sec0.replica.transaction() as tx:  # sec0, unaware, sets sec1's role again
        tx.set("device", device_row_id(sec1.replica.device_id),
               {"pubkey": sec1.replica.device_id, "role": "secretary"})
    _send(sec0, sec1, tmp_path / "readmit.caucusbundle")
    late = sec1.add_member(first_name="Readmitted", last_name="Anyway")
    everyone = [founder, sec0]
    for round_ in range(2):
        for src in [founder, sec0, sec1]:
            path = tmp_path / f"r{round_}-{src.replica.device_id[:8]}.caucusbundle"
            export_bundle(src.replica, path)
            for dst in everyone:
                if dst is not src:
                    import_bundle(dst.replica, path)
    assert len({x.replica.state_hash() for x in everyone}) == 1
    for x in everyone:
        assert late not in _members(x)
        assert _devices(x)["secretary 1 laptop"].revoked
        assert sec1.replica.device_id not in x.replica.active_devices()


def test_a_device_that_learns_of_its_revocation_stops_writing(branches, tmp_path):
    founder, sec1 = branches["founder"], branches["sec1"]
    revoke_device(founder.replica, sec1.replica.device_id)
    # it hears of it directly (as over the LAN): the change sets are signed, not sealed
    sec1.replica.receive(list(founder.replica.export_changesets()))
    assert _devices(sec1)["secretary 1 laptop"].revoked
    before = changeset_count(sec1.replica)
    with pytest.raises(RevokedDevice):
        sec1.add_member(first_name="Too", last_name="Late")
    assert changeset_count(sec1.replica) == before
    late = tmp_path / "late.caucusbundle"
    export_bundle(founder.replica, late)
    with pytest.raises(RevokedDevice) as caught:
        import_bundle(sec1.replica, late)
    assert "revoked" in str(caught.value)


def test_two_admins_revoking_each_other_converge(branches, tmp_path):
    """The earlier revocation (by HLC) counts; the other was made by a device after
    its own cutoff and does not. Every replica agrees on which, and the loser's key
    rotation (void with it) must not stay in use: the revoked admin cannot open what
    the survivors write afterwards."""
    founder, sec0, sec1 = branches["founder"], branches["sec0"], branches["sec1"]
    _promote(founder, sec0)
    _send(founder, sec0, tmp_path / "promote.caucusbundle")
    _send(founder, sec1, tmp_path / "promote1.caucusbundle")
    revoke_device(sec0.replica, founder.replica.device_id)
    revoke_device(founder.replica, sec0.replica.device_id)
    everyone = [founder, sec0, sec1]
    failed: set[tuple[str, str]] = set()
    for round_ in range(3):
        failed = set()
        for src in everyone:
            path = tmp_path / f"r{round_}-{src.replica.device_id[:8]}.caucusbundle"
            export_bundle(src.replica, path)
            for dst in everyone:
                if dst is not src:
                    try:
                        import_bundle(dst.replica, path)
                    except CaucusError:
                        failed.add((src.device_name, dst.device_name))
    views = {x.device_name: sorted(d.name for d in list_devices(x.replica) if d.revoked)
             for x in (sec0, sec1)}
    assert views == {"secretary 0 laptop": ["founder laptop"],
                     "secretary 1 laptop": ["founder laptop"]}, views
    assert sec0.replica.state_hash() == sec1.replica.state_hash()
    # the survivors read each other; the revoked founder reads neither
    assert ("secretary 0 laptop", "secretary 1 laptop") not in failed
    assert ("secretary 1 laptop", "secretary 0 laptop") not in failed
    assert ("secretary 0 laptop", "founder laptop") in failed
    assert ("secretary 1 laptop", "founder laptop") in failed, (
        "the revoked founder can still open sec1's bundles: sec1 kept the epoch key "
        "from the founder's void rotation")


def test_a_void_key_rotation_does_not_stay_in_use(branches, tmp_path):
    """An admin revoked before it rotated the key (it had not heard) made a key that
    must not be used: a replica that applied that rotation first and learned of the
    revocation later must move to the real key, or the revoked admin keeps reading."""
    founder, sec0, sec1, viewer = (branches[n] for n in ("founder", "sec0", "sec1",
                                                         "viewer"))
    _promote(founder, sec0)
    _send(founder, sec0, tmp_path / "p0.caucusbundle")
    _send(founder, sec1, tmp_path / "p1.caucusbundle")
    revoke_device(founder.replica, sec0.replica.device_id)  # cutoff: nothing from sec0
    revoke_device(sec0.replica, viewer.replica.device_id)   # sec0 unaware: void
    _send(sec0, sec1, tmp_path / "void-rotation.caucusbundle")
    report = _send(founder, sec1, tmp_path / "real-rotation.caucusbundle")
    assert report.rejected == []
    assert _devices(sec1)["secretary 0 laptop"].revoked
    assert not _devices(sec1)["viewer laptop"].revoked
    assert sec1.replica.state_hash() == founder.replica.state_hash()
    sec1.add_member(first_name="After", last_name="Rotation")
    out = tmp_path / "sec1-after.caucusbundle"
    export_bundle(sec1.replica, out)
    assert branch_key_of(sec1, 1) == branch_key_of(founder, 1), (
        "sec1 kept the epoch-1 key from the revoked admin's void rotation")
    before = fingerprint(sec0.replica)
    with pytest.raises(CaucusError):
        import_bundle(sec0.replica, out)
    assert fingerprint(sec0.replica) == before


def branch_key_of(b: Branch, epoch: int) -> bytes | None:
    return b.replica.secret(f"branch_key.{epoch}")
