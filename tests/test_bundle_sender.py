"""Bundles authenticate their writer (issue #18, finding 2, the bundle side) and show
little in the clear (finding 7): real vaults, real keys, real files.

A bundle's header used to show the branch id, and a join-request file shows a device's
public key; with those an outsider sealed a key of their own to the device and wrote a
bundle it opened (sealed boxes are anonymous), and its change sets were stored.
"""

from __future__ import annotations

import hashlib
import struct

import nacl.signing
import nacl.utils
import pytest

from sync import changes
from sync.bundle import (
    export_bundle,
    import_bundle,
    inspect_bundle,
)
from sync.bundle_format import MIN_ENVELOPES
from sync.errors import BundleCorrupt, UnknownSender
from sync.folder import legacy_names, sync_folder, writer_of
from sync.trust import admit_device, join_branch, join_request

from .bundlefile import (
    branch_key,
    bundle_epoch,
    changeset_count,
    decrypt_records,
    encode_records,
    fingerprint,
    layout,
    write_raw_bundle,
)
from .replicas import build_template


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=2, viewer=False)


@pytest.fixture
def branches(template, tmp_path):
    out = template.clone(tmp_path / "v")
    yield out
    for b in out.values():
        if b.vault.is_open:
            b.vault.lock()


def _junk(outsider: nacl.signing.SigningKey, branch: bytes) -> tuple[bytes, bytes, bytes]:
    cs = changes.build(outsider, branch, 1, None, changes.wall_hlc(), {}, [
        ("member", changes.new_id(), {"first_name": "Planted", "deleted": False})])
    return cs.body, cs.sig, cs.vals


def _refused(replica, path, kind=UnknownSender) -> BundleCorrupt:
    before, stored = fingerprint(replica), changeset_count(replica)
    with pytest.raises(kind) as caught:
        import_bundle(replica, path)
    assert fingerprint(replica) == before and changeset_count(replica) == stored
    return caught.value


def test_an_outsider_who_seals_a_key_to_a_device_cannot_write_it_a_bundle(branches, tmp_path):
    dst = branches["sec1"].replica
    outsider = nacl.signing.SigningKey.generate()
    own_key = nacl.utils.random(32)
    items = [_junk(outsider, dst.branch_id)]
    # the old format: branch id from any old header, the device key from a join request
    old = write_raw_bundle(tmp_path / "planted-v1.caucusbundle", dst.branch_id, 3, own_key,
                           items, device_pks=[dst.device_pk])
    error = _refused(dst, old)
    assert "older version" in str(error)
    # the new format, signed by the outsider's own key (and admitting itself)
    admit_self = changes.build(outsider, dst.branch_id, 2, changes.blake2b(items[0][0]),
                               changes.wall_hlc(), {}, [
        ("device", changes.derived_id("device", bytes(outsider.verify_key).hex()),
         {"pubkey": bytes(outsider.verify_key).hex(), "role": "admin", "name": "me"})])
    new = write_raw_bundle(tmp_path / "planted-v2.caucusbundle", dst.branch_id, 0, own_key,
                           [*items, (admit_self.body, admit_self.sig, admit_self.vals)],
                           device_pks=[dst.device_pk], writer=outsider)
    error = _refused(dst, new)
    assert "not written by a device of this branch" in str(error)


def test_a_bundle_naming_a_roster_device_but_signed_by_another_key_is_refused(
        branches, tmp_path):
    src, dst = branches["sec0"], branches["sec1"]
    src.add_member(first_name="Real", last_name="Writer")
    key = branch_key(dst.replica)
    items = list(src.replica.export_changesets())
    outsider = nacl.signing.SigningKey.generate()
    records = encode_records(items, device=src.replica.device_pk, end=False)
    forged = write_raw_bundle(tmp_path / "forged.caucusbundle", dst.replica.branch_id, 0, key,
                              records=records, writer=outsider)
    error = _refused(dst.replica, forged, BundleCorrupt)
    assert "signature does not match" in str(error)
    # the same records signed by the device they name import cleanly
    genuine = write_raw_bundle(tmp_path / "genuine.caucusbundle", dst.replica.branch_id, 0,
                               key, records=records, writer=src.replica.signing_key)
    report = import_bundle(dst.replica, genuine)
    assert report.applied >= 1 and report.rejected == []
    assert dst.replica.state_hash() == src.replica.state_hash()


def test_a_newly_admitted_laptop_is_vouched_for_by_the_admissions_in_its_bundle(
        branches, tmp_path):
    """sec1 has not seen the spare laptop's admission when the spare's first bundle
    reaches it by stick: the admission by an admin it knows, inside the bundle, vouches."""
    founder, sec1, spare = branches["founder"], branches["sec1"], branches["spare"]
    welcome = tmp_path / "welcome"
    admit_device(founder.replica, join_request(spare.replica), "secretary", welcome)
    join_branch(spare.replica, welcome)
    spare.add_member(first_name="New", last_name="Laptop")
    assert sec1.replica.device_role(spare.replica.device_id) is None
    path = tmp_path / "spare.caucusbundle"
    export_bundle(spare.replica, path)
    report = import_bundle(sec1.replica, path)
    assert report.rejected == [] and report.applied >= 2
    assert sec1.replica.state_hash() == spare.replica.state_hash()


def test_the_header_shows_neither_branch_id_nor_epoch_nor_device_count(branches, tmp_path):
    founder = branches["founder"]
    path = tmp_path / "founder.caucusbundle"
    export_bundle(founder.replica, path)
    data = path.read_bytes()
    lay = layout(data)
    header = data[:lay.header_len]
    assert founder.replica.branch_id not in data
    assert founder.replica.branch_id.hex().encode() not in data
    assert founder.replica.device_pk not in header
    parsed = inspect_bundle(path)
    assert parsed.version == 2 and parsed.branch is None and parsed.epoch is None
    assert parsed.is_for(founder.replica.branch_id)
    active = len(founder.replica.active_devices())
    count = struct.unpack(">H", data[24:26])[0]
    assert count == len(parsed.envelopes) >= max(MIN_ENVELOPES, active)
    assert count & (count - 1) == 0  # a power of two: a bucket, not the device count
    # the stream key is derived from the branch key, never the branch key itself
    key = branch_key(founder.replica)
    assert decrypt_records(path, key)[0][0] == "info"
    assert bundle_epoch(path, founder.replica) == 0
    with pytest.raises(RuntimeError):
        _pull_first_chunk(data, lay, key)


def _pull_first_chunk(data, lay, key) -> bytes:
    import nacl.bindings as sodium

    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(
        state, data[lay.header_len - 24:lay.header_len], key)
    start, size = lay.chunks[0]
    return sodium.crypto_secretstream_xchacha20poly1305_pull(
        state, data[start + 4:start + size], data[:lay.header_len])[0]


def test_sync_folder_names_show_no_device_key_and_the_old_name_is_cleaned_up(
        branches, tmp_path):
    founder, sec0 = branches["founder"], branches["sec0"]
    stick = tmp_path / "stick"
    stick.mkdir()
    old = [stick / n for n in legacy_names(founder.replica, founder.replica.device_id)]
    for path in old:  # what earlier builds left on the stick
        export_bundle(founder.replica, path)
    result = sync_folder(founder.replica, stick)
    assert result.written.name not in [p.name for p in old]
    assert not any(p.exists() for p in old) and result.imported == {}
    name = result.written.name
    assert founder.replica.device_id[:6] not in name
    digest = hashlib.blake2b(founder.replica.device_pk, digest_size=8).hexdigest()
    assert digest not in name
    # every member tells whose file it is
    devices = [founder.replica.device_id, sec0.replica.device_id]
    assert writer_of(sec0.replica, name, devices) == founder.replica.device_id
    imported = sync_folder(sec0.replica, stick).imported
    assert list(imported) == [name]
