"""Formats are promises: every build reads and verifies the golden files of every
format version (tests/golden/<version>/, made once by tests/golden/make_golden.py; see
tests/golden/README.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import cbor2
import pytest

from sync import changes
from sync.bundle import import_bundle, inspect_bundle
from sync.errors import BadSignature, MalformedChangeSet, WrongPassphrase
from sync.replica import Replica
from sync.store.vault import Vault, sidecar_path
from sync.trust import branch_fingerprint, join_branch, read_join_request, read_welcome

GOLDEN = Path(__file__).parent / "golden"
PASSPHRASE = "golden files are promises"
VERSIONS = sorted(p.name for p in GOLDEN.iterdir() if (p / "expected.json").is_file())


def test_there_are_golden_files_of_the_first_version():
    assert "v1" in VERSIONS


@pytest.fixture(params=VERSIONS)
def golden(request) -> tuple[Path, dict]:
    folder = GOLDEN / request.param
    return folder, json.loads((folder / "expected.json").read_text())


def _jsonable(value):
    return json.loads(json.dumps(value))


def _copy_vault(folder: Path, name: str, dest: Path) -> Path:
    target = dest / f"{name}.caucus"
    shutil.copyfile(folder / f"{name}.caucus", target)
    shutil.copyfile(sidecar_path(folder / f"{name}.caucus"), sidecar_path(target))
    return target


def test_the_change_set_verifies_and_reads_back_as_written(golden):
    folder, expected = golden
    body, sig, vals = ((folder / f"changeset.{n}").read_bytes() for n in ("body", "sig", "vals"))
    cs = changes.verify(body, sig, vals)
    want = expected["changeset"]
    assert cs.hash.hex() == want["id"] == changes.blake2b(body).hex()
    assert (cs.author.hex(), cs.seq, cs.hlc) == (want["author"], want["seq"], want["hlc"])
    assert (cs.prev.hex() if cs.prev else None) == want["prev"]
    assert {k.hex(): v for k, v in cs.deps.items()} == want["deps"]
    assert [{"table": r.table, "row": r.row, "fields": list(r.fields),
             "digest": r.digest.hex()} for r in cs.rows] == want["rows"]
    assert [None if v is None else {"salt": v[0].hex(), "values": _jsonable(v[1])}
            for v in cs.values] == want["values"]
    # The stored bytes are exactly the canonical encoding, so a digest over the stored
    # bytes of each entry's values equals the digest over their re-encoding.
    assert cbor2.dumps(cbor2.loads(vals), canonical=True) == vals
    for row, entry in zip(cs.rows, cs.values, strict=True):
        raw = cbor2.dumps(entry[1], canonical=True)
        assert raw in vals
        assert changes.blake2b(raw, key=entry[0]) == row.digest


def test_the_redacted_change_set_still_verifies(golden):
    folder, expected = golden
    body, sig = (folder / "changeset.body").read_bytes(), (folder / "changeset.sig").read_bytes()
    full = changes.verify(body, sig, (folder / "changeset.vals").read_bytes())
    redacted = changes.verify(body, sig, (folder / "changeset-redacted.vals").read_bytes())
    gone = expected["redacted_entries"]
    assert gone and len(gone) < len(full.rows)  # some entries dropped, some kept
    for i, (before, after) in enumerate(zip(full.values, redacted.values, strict=True)):
        assert after == (None if i in gone else before)


def test_a_changed_value_byte_in_the_golden_change_set_is_refused(golden):
    folder, expected = golden
    body, sig, vals = ((folder / f"changeset.{n}").read_bytes() for n in ("body", "sig", "vals"))
    at = vals.index("فاطمة".encode())
    forged = vals[:at] + bytes([vals[at] ^ 1]) + vals[at + 1:]
    with pytest.raises((BadSignature, MalformedChangeSet)):
        changes.verify(body, sig, forged)


def test_the_join_request_reads_back(golden):
    folder, expected = golden
    pk, name = read_join_request((folder / "join-request.caucusjoin").read_bytes())
    assert {"pk": pk.hex(), "name": name} == expected["join_request"]
    assert pk.hex() == expected["joiner_pk"]


def test_the_vault_opens_with_its_passphrase_and_holds_the_recorded_state(golden, tmp_path):
    folder, expected = golden
    path = _copy_vault(folder, "founder", tmp_path)
    sidecar = json.loads(sidecar_path(path).read_text())
    assert sidecar["kdf"]["alg"] == "argon2id13" and sidecar["kdf"]["profile"] == "interactive"
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE + "!")
    vault = Vault.open(path, PASSPHRASE)
    try:
        replica = Replica(vault)
        assert replica.branch_id.hex() == expected["branch_id"]
        assert replica.device_id == expected["founder_pk"]
        assert replica.state_hash() == expected["state_hash_final"]
        count, failures = replica.verify_all()
        assert (count, failures) == (expected["founder_changesets"], [])
    finally:
        vault.lock()
    assert (folder / "founder.caucus").read_bytes() != b""  # the golden copy is untouched


def test_the_welcome_file_joins_and_the_bundle_brings_the_rest(golden, tmp_path):
    folder, expected = golden
    path = _copy_vault(folder, "joiner", tmp_path)
    bundle = tmp_path / "bundle.caucusbundle"
    shutil.copyfile(folder / "bundle.caucusbundle", bundle)
    vault = Vault.open(path, PASSPHRASE)
    try:
        replica = Replica(vault)
        assert replica.device_id == expected["joiner_pk"]
        welcome = read_welcome(replica, folder / "welcome.caucuswelcome")
        assert welcome.branch_id.hex() == expected["branch_id"]
        assert welcome.fingerprint == expected["fingerprint"] == branch_fingerprint(
            welcome.branch_id)
        report = join_branch(replica, folder / "welcome.caucuswelcome",
                             fingerprint=expected["fingerprint"])
        assert report.applied > 0 and not report.rejected and not report.held
        assert replica.state_hash() == expected["state_hash_at_welcome"]
        assert replica.device_role(replica.device_id) == "secretary"
        report = import_bundle(replica, bundle)
        assert report.applied > 0 and not report.rejected and not report.held
        assert replica.state_hash() == expected["state_hash_final"]
        again = import_bundle(replica, bundle)  # idempotent
        assert again.applied == 0 and replica.state_hash() == expected["state_hash_final"]
        count, failures = replica.verify_all()
        assert count == expected["founder_changesets"] and failures == []
    finally:
        vault.lock()


def test_the_bundle_header_is_for_the_branch(golden):
    folder, expected = golden
    header = inspect_bundle(folder / "bundle.caucusbundle")
    assert header.is_for(bytes.fromhex(expected["branch_id"]))
    assert not header.is_for(bytes(16))
    if header.version == 1:
        assert header.branch.hex() == expected["branch_id"] and header.epoch == 0
