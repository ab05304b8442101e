"""Finding 1 of issue #18: a tiny forged value must not cost minutes of CPU.

A change-set value of ~190 bytes built from CBOR shared references (tags 28/29) decodes
to a structure whose re-encoding doubles with every 6 bytes: the old code re-encoded
values to check their digest, so one such value took minutes of CPU and gigabytes
(``MemoryError`` was not caught). It reaches a laptop in any bundle, signed by any
device of the roster. Now it must be refused with the clean error, in time linear in
its size.

No wall clock: the import runs in a child process under ``RLIMIT_CPU`` and
``RLIMIT_AS``; the old code is killed there (the test fails), the new code exits with
the rejection in its report.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import nacl.signing
import pytest

from sync import changes
from sync.errors import MalformedChangeSet
from sync.replica import device_row_id

from .bundlefile import branch_key, write_raw_bundle
from .conftest import PASSPHRASE

CPU_SECONDS = 20  # the new code needs about one (Argon2id, start-up, the import)
ADDRESS_SPACE = 1536 * 1024 * 1024


def shared_reference_bomb(levels: int) -> bytes:
    """``levels`` nested shareable pairs, each ``[inner, reference to inner]``."""
    out = b"\xd8\x1c\x82" * levels + b"\x00\x00"
    for index in reversed(range(1, levels)):
        out += b"\xd8\x1d" + (bytes([index]) if index < 24 else b"\x18" + bytes([index]))
    return out


def forged_vals(cs: changes.ChangeSet, value: bytes) -> bytes:
    """``cs``'s vals with its one entry's values array replaced by ``[value]``."""
    salt = cs.values[0][0]
    return b"\x81\x82\x50" + salt + b"\x81" + value


@pytest.fixture
def bomb_bundle(branch, tmp_path):
    """A vault, and a bundle for it holding one forged change set by a roster device."""
    replica = branch.replica
    writer = nacl.signing.SigningKey.generate()
    with replica.transaction() as tx:
        tx.set("device", device_row_id(bytes(writer.verify_key).hex()), {
            "name": "secretary laptop", "pubkey": bytes(writer.verify_key).hex(),
            "role": "secretary", "admitted_by": replica.device_id,
        })
    deps = {bytes.fromhex(k): v for k, v in replica.version_vector().items()}
    cs = changes.build(writer, replica.branch_id, 1, None, changes.wall_hlc(), deps,
                       [("member", changes.new_id(), {"first_name": "x"})])
    value = shared_reference_bomb(30)
    assert 180 <= len(value) <= 200
    path = write_raw_bundle(tmp_path / "bomb.caucusbundle", replica.branch_id, 0,
                            branch_key(replica, 0), [(cs.body, cs.sig, forged_vals(cs, value))])
    state = replica.state_hash()
    branch.vault.lock()
    return branch.vault.path, path, state


CHILD = textwrap.dedent("""
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu}))
    resource.setrlimit(resource.RLIMIT_AS, ({mem}, {mem}))
    from sync.bundle import import_bundle
    from sync.replica import Replica
    from sync.store.vault import Vault
    vault = Vault.open(sys.argv[1], sys.argv[3])
    replica = Replica(vault)
    report = import_bundle(replica, sys.argv[2])
    print(json.dumps({{"report": report.to_dict(), "state": replica.state_hash()}}))
    vault.lock()
""")


def test_a_shared_reference_bomb_is_refused_within_a_cpu_limit(bomb_bundle):
    vault_path, bundle_path, state = bomb_bundle
    child = subprocess.run(
        [sys.executable, "-c", CHILD.format(cpu=CPU_SECONDS, mem=ADDRESS_SPACE),
         str(vault_path), str(bundle_path), PASSPHRASE],
        capture_output=True, text=True, timeout=600, check=False)
    assert child.returncode == 0, (child.returncode, child.stderr[-2000:])
    out = json.loads(child.stdout)
    assert out["state"] == state  # nothing applied
    rejected = out["report"]["rejected"]
    assert len(rejected) == 1
    assert "could not be read" in rejected[0]["reason"]
    assert "tag" in rejected[0]["reason"]


def test_the_decoder_refuses_the_bomb_before_building_anything():
    writer = nacl.signing.SigningKey.generate()
    cs = changes.build(writer, b"\x01" * 16, 1, None, 5, {},
                       [("member", changes.new_id(), {"first_name": "x"})])
    for levels in (2, 30, 200):
        with pytest.raises(MalformedChangeSet, match="tag"):
            changes.verify(cs.body, cs.sig, forged_vals(cs, shared_reference_bomb(levels)))
