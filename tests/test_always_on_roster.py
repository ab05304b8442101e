"""Who may say which Syncthing device belongs to the branch (sync/trust.py, the replica's
permission rule, schema v5): a laptop its own ID, an admin any row and the carrier
boxes; a carrier gets no branch key and no right to write anything.

Real vaults, real signatures: the forged change sets are signed with the secretary's
own key and rejected by every other replica, not only refused locally.
"""

from __future__ import annotations

import pytest

from sync import changes
from sync.always_on.identity import BadAddress, BadDeviceId, parse_device_id
from sync.bundle import envelopes_for
from sync.errors import NotPermitted, UnknownId, ValidationError
from sync.replica import device_row_id
from sync.store import schema
from sync.store.vault import Vault
from sync.trust import (
    admit_carrier,
    carrier_row_id,
    list_carriers,
    list_devices,
    remove_carrier,
    revoke_device,
    set_syncthing_identity,
)

from .replicas import PASSPHRASE, build_template, exchange_all

# real IDs (made by `syncthing generate`) and one with a wrong check character
LAPTOP_ID = "YPJRADH-SYNG545-SVDGM5Y-SQYIPYR-PGPOCG2-LBVHVE2-CWCDJNZ-ECZFLAV"
BOX_ID = "Z5E4VSS-NARMD6W-GOJ4KLY-R5ZLCJZ-F5LSMV3-KKUJLRH-MEUFKWW-7G7MTQ2"
OTHER_ID = "MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD"
TYPO_ID = "MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAE"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=1, viewer=False,
                          spare=False)


@pytest.fixture
def branches(template, tmp_path):
    out = template.clone(tmp_path / "v")
    yield out["founder"], out["sec0"]
    for branch in out.values():
        if branch.vault.is_open:
            branch.vault.lock()


def forged(replica, rows, after=None):
    """A change set signed by ``replica``'s own key that its local checks would refuse
    (the next one of its author, or the one after the forged ``after``)."""
    me = replica.author_no(replica.device_pk)
    head = replica.conn.execute("SELECT seq, hash FROM vv WHERE author = ?", (me,)).fetchone()
    seq, prev = (1, None) if head is None else (head[0] + 1, bytes(head[1]))
    if after is not None:
        seq, prev = after.seq + 1, after.hash
    deps = {bytes.fromhex(pk): s for pk, s in replica.version_vector().items()
            if bytes.fromhex(pk) != replica.device_pk}
    return changes.build(replica.signing_key, replica.branch_id, seq, prev,
                         changes.wall_hlc(), deps, rows)


def triples(*sets):
    return [(cs.body, cs.sig, cs.vals) for cs in sets]


def syncthing_id_of(branch, device_id):
    return next(d.syncthing_id for d in list_devices(branch.replica) if d.id == device_id)


def test_device_ids_are_read_as_people_type_them():
    assert parse_device_id(LAPTOP_ID.lower().replace("-", " ")) == LAPTOP_ID
    assert parse_device_id(BOX_ID.replace("O", "0")) == BOX_ID  # no O in it: unchanged
    with pytest.raises(BadDeviceId, match="typing mistake"):
        parse_device_id(TYPO_ID)
    for bad in ("", "hello", LAPTOP_ID[:-1], LAPTOP_ID + "A"):
        with pytest.raises(BadDeviceId):
            parse_device_id(bad)


def test_a_laptop_publishes_its_own_syncthing_id(branches):
    founder, sec = branches
    assert set_syncthing_identity(sec.replica, LAPTOP_ID.lower(), ["127.0.0.1:22001"])
    assert not set_syncthing_identity(sec.replica, LAPTOP_ID, ["tcp://127.0.0.1:22001"])
    exchange_all([founder, sec])
    device = next(d for d in list_devices(founder.replica) if d.id == sec.replica.device_id)
    assert (device.syncthing_id, device.syncthing_addresses) == (
        LAPTOP_ID, ["tcp://127.0.0.1:22001"])
    assert founder.replica.state_hash() == sec.replica.state_hash()
    with pytest.raises(BadAddress):
        set_syncthing_identity(sec.replica, LAPTOP_ID, ["http://example.org"])


def test_nobody_but_the_laptop_or_an_admin_sets_its_syncthing_id(branches):
    founder, sec = branches
    founder_row = device_row_id(founder.replica.device_id)
    # refused locally...
    with pytest.raises(NotPermitted), sec.replica.transaction() as tx:
        tx.set("device", founder_row, {"syncthing_id": OTHER_ID})
    # ...and a change set signed with the secretary's own key is rejected everywhere
    first = forged(sec.replica, [("device", founder_row, {"syncthing_id": OTHER_ID})])
    # nor may it give itself a role by the same road
    second = forged(sec.replica, [("device", device_row_id(sec.replica.device_id),
                                   {"syncthing_id": OTHER_ID, "role": "admin"})], after=first)
    report = founder.replica.receive(triples(first, second))
    assert report.applied == 0 and len(report.rejected) == 2
    assert all("admin" in r["reason"] for r in report.rejected), report.rejected
    assert syncthing_id_of(founder, founder.replica.device_id) is None
    assert syncthing_id_of(founder, sec.replica.device_id) is None
    # an admin may set (or clear) any laptop's
    with founder.replica.transaction() as tx:
        tx.set("device", device_row_id(sec.replica.device_id), {"syncthing_id": OTHER_ID})
    exchange_all([founder, sec])
    assert syncthing_id_of(sec, sec.replica.device_id) == OTHER_ID


def test_a_carrier_box_has_no_key_and_no_rights(branches):
    founder, sec = branches
    envelopes = len(envelopes_for(founder.replica, 0, b"\0" * 32))
    keys = founder.conn.execute("SELECT count(*) FROM key_envelope").fetchone()[0]
    box = admit_carrier(founder.replica, BOX_ID.lower(), ["127.0.0.1:22000"], "Office Pi")
    assert (box.syncthing_id, box.addresses, box.name) == (
        BOX_ID, ["tcp://127.0.0.1:22000"], "Office Pi")
    exchange_all([founder, sec])
    assert [c.syncthing_id for c in list_carriers(sec.replica)] == [BOX_ID]
    # not a device of the roster: no branch key sealed to it, no envelope in a bundle
    assert BOX_ID not in [d.syncthing_id for d in list_devices(sec.replica)]
    assert len(envelopes_for(founder.replica, 0, b"\0" * 32)) == envelopes
    assert founder.conn.execute("SELECT count(*) FROM key_envelope").fetchone()[0] == keys
    assert len(founder.replica.active_devices()) == 2
    # a laptop given the carrier role by an admin loses every right to write
    with founder.replica.transaction() as tx:
        tx.set("device", device_row_id(sec.replica.device_id), {"role": schema.CARRIER})
    exchange_all([founder, sec])
    report = founder.replica.receive(triples(forged(sec.replica, [
        ("member", changes.new_id(), {"first_name": "Carried", "deleted": False})])))
    assert report.applied == 0 and len(report.rejected) == 1, report


def test_only_an_admin_adds_or_removes_a_box(branches):
    founder, sec = branches
    with pytest.raises(NotPermitted):
        admit_carrier(sec.replica, BOX_ID, ["tcp://10.0.0.2:22000"])
    report = founder.replica.receive(triples(forged(sec.replica, [
        ("device", carrier_row_id(BOX_ID), {"role": schema.CARRIER, "syncthing_id": BOX_ID,
                                            "syncthing_addresses": ["tcp://10.6.6.6:1"]})])))
    assert report.applied == 0 and "admin" in report.rejected[0]["reason"]
    assert list_carriers(founder.replica) == []
    admit_carrier(founder.replica, BOX_ID, ["tcp://10.0.0.2:22000"])
    exchange_all([founder, sec])
    with pytest.raises(NotPermitted):
        remove_carrier(sec.replica, BOX_ID)
    with pytest.raises(UnknownId):
        remove_carrier(founder.replica, "ZZZZZZZ")
    set_syncthing_identity(sec.replica, LAPTOP_ID)
    exchange_all([founder, sec])
    with pytest.raises(ValidationError):  # a laptop's ID is not a box's
        admit_carrier(founder.replica, LAPTOP_ID, [])
    gone = remove_carrier(founder.replica, BOX_ID[:7])
    assert gone.removed
    exchange_all([founder, sec])
    assert list_carriers(sec.replica) == []
    assert [c.removed for c in list_carriers(sec.replica, removed=True)] == [True]


def test_a_revoked_laptop_keeps_its_row_but_is_revoked(branches):
    founder, sec = branches
    set_syncthing_identity(sec.replica, LAPTOP_ID)
    exchange_all([founder, sec])
    revoke_device(founder.replica, sec.replica.device_id)
    device = next(d for d in list_devices(founder.replica) if d.id == sec.replica.device_id)
    assert device.revoked and device.syncthing_id == LAPTOP_ID


def test_a_vault_of_schema_4_gains_the_syncthing_fields(branches):
    founder, _sec = branches
    path = founder.vault.path
    conn = founder.conn
    conn.execute("ALTER TABLE device DROP COLUMN syncthing_id")
    conn.execute("ALTER TABLE device DROP COLUMN syncthing_addresses")
    conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    founder.vault.lock()
    vault = Vault.open(path, PASSPHRASE)
    try:
        names = {r[1] for r in vault.conn.execute("PRAGMA table_info(device)")}
        assert {"syncthing_id", "syncthing_addresses"} <= names
        assert vault.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'"
                                  ).fetchone()[0] == str(schema.SCHEMA_VERSION)
    finally:
        vault.lock()
