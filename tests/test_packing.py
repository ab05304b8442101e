"""Stored change sets are deflated at rest and read back as the exact signed bytes
(sync.store.packing): real vaults, real signatures."""

from __future__ import annotations

import pytest

from sync import changes
from sync.errors import VaultCorrupt
from sync.records import Branch
from sync.store.packing import DEFLATED, pack, unpack
from sync.store.vault import Vault
from sync.trust import create_branch

PASSPHRASE = "deflated but the same bytes"


@pytest.fixture
def branch(tmp_path):
    vault = Vault.create(tmp_path / "v.caucus", PASSPHRASE, "interactive")
    b = Branch(vault, create_branch(vault, "Packing branch", "laptop"))
    yield b
    vault.lock()


def test_pack_gives_back_the_same_bytes_and_leaves_small_or_old_ones_alone():
    text = b"CCS\x01" + b"first_name last_name emails phones " * 50
    packed = pack(text)
    assert packed[0] == DEFLATED and len(packed) < len(text)
    assert unpack(packed) == text
    assert pack(b"CCS\x01tiny") == b"CCS\x01tiny" == unpack(b"CCS\x01tiny")
    random_vals = b"\x81" + bytes(range(256)) * 2  # incompressible: stored as it is
    assert unpack(pack(random_vals)) == random_vals


def test_a_damaged_deflated_blob_is_a_clear_error():
    packed = bytearray(pack(b"CCS\x01" + b"x" * 4000))
    packed[len(packed) // 2] ^= 0xFF
    with pytest.raises(VaultCorrupt):
        unpack(bytes(packed))
    with pytest.raises(VaultCorrupt):
        unpack(pack(b"CCS\x01" + b"y" * 4000)[:-3])


def test_stored_change_sets_are_deflated_and_verify_from_what_is_stored(branch):
    for i in range(3):
        branch.add_member(first_name=f"Deflated{i}", last_name="Person",
                          emails=[f"d{i}@example.org"], tags=["a", "b", "c"])
    rows = branch.conn.execute("SELECT no, body, sig, vals FROM changeset").fetchall()
    deflated = [no for no, body, _sig, _vals in rows if body[0] == DEFLATED]
    assert deflated  # bodies of a few hundred bytes and more are stored deflated
    for no, body, sig, vals in rows:
        cs = changes.verify(unpack(body), bytes(sig), unpack(vals))
        assert cs.body == branch.replica.load_changeset(no).body
    assert branch.replica.verify_all()[1] == []
    # a flipped bit inside a deflated blob is reported for that change set alone
    no, body = next((n, b) for n, b, _s, _v in rows if b[0] == DEFLATED)
    bad = bytearray(body)
    bad[len(bad) // 2] ^= 0x01
    branch.conn.execute("UPDATE changeset SET body = ? WHERE no = ?", (bytes(bad), no))
    assert [f[0] for f in branch.replica.verify_all()[1]] == [no]
