"""The sync folder as a carrier sees it (sync/folder.py): write-once opaque names, one
chain of full bundle and deltas per laptop, compaction, files that are not bundles
ignored, the names of earlier builds still read.

Real vaults cloned from a template, real bundles on disk; a "carrier" here is a folder
whose files are copied the way Syncthing would copy them (whole files, in any order).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil

import pytest

from sync import folder as folders
from sync.bundle import export_bundle, import_bundle
from sync.errors import UnknownId
from sync.folder import MAX_CHAIN, pending, scan, sync_folder
from sync.records import Branch
from sync.store.vault import Vault
from sync.trust import revoke_device

from .bundlefile import branch_key, bundle_items, changeset_count
from .replicas import PASSPHRASE


@pytest.fixture
def laptops(two_branches):
    return two_branches


def digests(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir() if p.is_file()}


def test_bundles_are_written_once_under_names_that_say_nothing(laptops, tmp_path):
    a, b = laptops
    stick = tmp_path / "stick"
    stick.mkdir()
    a.add_member(first_name="Amina", last_name="Okoro")
    first = sync_folder(a.replica, stick)
    before = digests(stick)
    a.add_member(first_name="Brian", last_name="Walsh")
    second = sync_folder(a.replica, stick)
    assert second.wrote and second.written.name != first.written.name
    after = digests(stick)
    # the first file is still there, byte for byte: nothing is rewritten in place
    assert after[first.written.name] == before[first.written.name]
    assert set(after) == {first.written.name, second.written.name}
    for name in after:
        assert re.fullmatch(r"[0-9a-f]{44}\.caucusbundle", name)
        for device in (a.replica.device_id, b.replica.device_id):
            assert device[:8] not in name  # no device key in the name
        assert "founder" not in name and "riverside" not in name.lower()
    # nothing new: nothing written, the newest file is still the one in use
    third = sync_folder(a.replica, stick)
    assert not third.wrote and third.written == second.written
    assert digests(stick) == after
    # the second file is a delta: only the one new change set, which waits on a
    # reader that lacks the first file until that one comes too
    assert len(bundle_items(second.written, branch_key(a.replica))) == 1
    assert len(bundle_items(first.written, branch_key(a.replica))) == changeset_count(
        a.replica) - 1
    assert import_bundle(b.replica, second.written).held == 1
    import_bundle(b.replica, first.written)
    assert b.replica.state_hash() == a.replica.state_hash()


def test_members_tell_whose_file_is_whose(laptops, tmp_path):
    a, b = laptops
    stick = tmp_path / "stick"
    stick.mkdir()
    mine = sync_folder(a.replica, stick).written.name
    theirs = sync_folder(b.replica, stick).written.name
    devices = [a.replica.device_id, b.replica.device_id]
    assert folders.writer_of(b.replica, mine, devices) == a.replica.device_id
    assert folders.writer_of(a.replica, theirs, devices) == b.replica.device_id
    listing = scan(b.replica, stick)
    assert [p.name for p in listing.own] == [theirs]
    assert [p.name for p in listing.others] == [mine]


def test_a_chain_is_compacted_so_the_folder_stays_bounded(laptops, tmp_path):
    a, b = laptops
    carrier = tmp_path / "carrier"
    carrier.mkdir()
    compactions = 0
    for n in range(3 * MAX_CHAIN):
        a.add_member(first_name=f"Member{n}", last_name="Chain")
        result = sync_folder(a.replica, carrier)
        assert result.wrote
        own = scan(a.replica, carrier).own
        assert 1 <= len(own) <= MAX_CHAIN
        if result.removed:  # a compaction: one full bundle is all that is left
            compactions += 1
            assert [p.name for p in own] == [result.written.name]
    assert compactions >= 2
    # whatever is left carries everything
    sync_folder(b.replica, carrier)
    assert b.replica.state_hash() == a.replica.state_hash()


def test_a_key_rotation_seals_everything_again(pair_template, tmp_path):
    branches = pair_template.clone(tmp_path / "v")
    try:
        founder, sec = branches["founder"], branches["sec0"]
        folder = tmp_path / "f"
        folder.mkdir()
        founder.add_member(first_name="Before", last_name="Rotation")
        first = sync_folder(founder.replica, folder)
        revoke_device(founder.replica, sec.replica.device_id)
        second = sync_folder(founder.replica, folder)
        assert first.written.name in second.removed  # a full bundle under the new key
        assert [p.name for p in scan(founder.replica, folder).own] == [second.written.name]
    finally:
        for branch in branches.values():
            branch.vault.lock()


def test_partial_and_conflict_files_are_never_imported(laptops, tmp_path):
    """Whatever Syncthing leaves while it works (its temp files), its conflict copies,
    this program's own temp files and other junk: none is read, however valid a bundle
    it holds."""
    a, b = laptops
    folder = tmp_path / "folder"
    folder.mkdir()
    sync_folder(b.replica, folder)
    planted = a.add_member(first_name="Planted", last_name="Nowhere")
    outside = tmp_path / "outside.caucusbundle"
    export_bundle(a.replica, outside)
    name = folders.new_bundle_name(a.replica)
    stem = name[:-len(".caucusbundle")]
    junk = [f".syncthing.{name}.tmp", f"~syncthing~{name}.tmp",
            f"{stem}.sync-conflict-20260101-120000-ABCDEFG.caucusbundle",
            f".{name}.1234.abcd1234.tmp", f"{name}.part", "caucus-notes.caucusbundle",
            f"{stem.upper()}.caucusbundle"]
    for entry in junk:
        shutil.copyfile(outside, folder / entry)
    before = changeset_count(b.replica)
    result = sync_folder(b.replica, folder)
    assert result.imported == {} and result.skipped == {}
    assert set(result.ignored) == {n for n in junk if not n.startswith(".")}
    assert changeset_count(b.replica) == before
    with pytest.raises(UnknownId):
        b.get_member(planted)
    # the same bytes under a bundle's name are imported at once
    shutil.copyfile(outside, folder / name)
    assert sync_folder(b.replica, folder).imported[name].applied >= 1
    assert b.get_member(planted).first_name == "Planted"


def test_sticks_of_earlier_builds_keep_working(laptops, tmp_path):
    """Earlier builds rewrote one caucus-<16 hex>.caucusbundle per laptop. Those are
    still imported; this laptop's own old files go when it writes its first new one."""
    a, b = laptops
    stick = tmp_path / "stick"
    stick.mkdir()
    member = a.add_member(first_name="Old", last_name="Stick")
    export_bundle(a.replica, stick / folders.legacy_name(a.replica.device_id))
    export_bundle(b.replica, stick / folders.legacy_name(b.replica.device_id))
    result = sync_folder(b.replica, stick)
    assert result.imported[folders.legacy_name(a.replica.device_id)].applied == 1
    assert b.get_member(member).last_name == "Stick"
    assert folders.legacy_name(b.replica.device_id) in result.removed
    names = sorted(os.listdir(stick))
    assert names == sorted([folders.legacy_name(a.replica.device_id), result.written.name])
    # the old laptop's file is read again after it is rewritten (same name, new bytes)
    a.update_member(member, job_title="Porter")
    export_bundle(a.replica, stick / folders.legacy_name(a.replica.device_id))
    again = sync_folder(b.replica, stick, skip_seen=True)
    assert again.imported[folders.legacy_name(a.replica.device_id)].applied == 1
    assert b.get_member(member).job_title == "Porter"
    assert sync_folder(b.replica, stick, skip_seen=True).imported == {}


def test_the_keyed_names_of_bundles_v2_are_read_and_cleaned_up_too(laptops, tmp_path):
    a, b = laptops
    stick = tmp_path / "stick"
    stick.mkdir()
    member = a.add_member(first_name="Keyed", last_name="Name")
    theirs = folders.legacy_names(a.replica, a.replica.device_id)[1]
    mine = folders.legacy_names(b.replica, b.replica.device_id)[1]
    assert theirs != mine and a.replica.device_id[:16] not in theirs
    export_bundle(a.replica, stick / theirs)
    export_bundle(b.replica, stick / mine)
    result = sync_folder(b.replica, stick)
    assert result.imported[theirs].applied == 1 and b.get_member(member).first_name == "Keyed"
    assert result.removed == [mine] and (stick / theirs).is_file()
    devices = [a.replica.device_id, b.replica.device_id]
    assert folders.writer_of(b.replica, theirs, devices) == a.replica.device_id


def test_a_file_seen_once_is_not_read_again(laptops, tmp_path):
    a, b = laptops
    folder = tmp_path / "folder"
    folder.mkdir()
    a.add_member(first_name="Seen", last_name="Once")
    name = sync_folder(a.replica, folder).written.name
    first = sync_folder(b.replica, folder, skip_seen=True)
    assert first.imported[name].applied == 1
    assert sync_folder(b.replica, folder, skip_seen=True).imported == {}
    # without skip_seen (the USB stick) every file is read, as before
    assert sync_folder(b.replica, folder).imported[name].already == changeset_count(a.replica)


def test_pending_says_when_a_sync_would_write(laptops, tmp_path):
    a, _b = laptops
    folder = tmp_path / "folder"
    folder.mkdir()
    assert pending(a.replica, folder)
    sync_folder(a.replica, folder)
    assert not pending(a.replica, folder)
    a.add_member(first_name="New", last_name="Change")
    assert pending(a.replica, folder)
    sync_folder(a.replica, folder)
    assert not pending(a.replica, folder)


def test_a_vault_restored_from_a_backup_recovers_its_own_files(pair_template, tmp_path):
    """A laptop's own file that its vault does not remember writing (the vault came back
    from an older backup) is imported before it is replaced: it may hold lost work."""
    branches = pair_template.clone(tmp_path / "v")
    backup = tmp_path / "backup.caucus"
    try:
        a = branches["sec0"]
        a.vault.backup(backup)
        member = a.add_member(first_name="After", last_name="Backup")
        folder = tmp_path / "folder"
        folder.mkdir()
        lost = sync_folder(a.replica, folder).written.name
        hashes = a.replica.state_hash()
    finally:
        for branch in branches.values():
            branch.vault.lock()
    restored = Branch(Vault.open(backup, PASSPHRASE))
    try:
        with pytest.raises(UnknownId):
            restored.get_member(member)
        result = sync_folder(restored.replica, folder)
        assert result.imported[lost].applied == 1 and lost in result.removed
        assert restored.get_member(member).last_name == "Backup"
        assert restored.replica.state_hash() == hashes
        assert [p.name for p in scan(restored.replica, folder).own] == [result.written.name]
    finally:
        restored.vault.lock()
