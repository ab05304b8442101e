"""One key, one use (issue #18, finding 7): the branch key never keys a cipher or a MAC
itself; it is only ever the key of a keyed BLAKE2b over a purpose string, and each key
derived that way (and each key derived from one of those) serves exactly one kind of
primitive. The identify probe used one derived key both for its tag (HMAC) and for its
boxes (secretbox) until this test found it.

The libsodium and hashlib entry points are watched (each call goes through to the real
function) while a branch does everything that uses its key: a bundle written and read,
a sync-folder file name, an mDNS announcement made and recognised, and a real LAN
session on loopback (identify probe, Secret Handshake, box stream).
"""

from __future__ import annotations

import hashlib
import hmac
from collections import defaultdict

import nacl.bindings
import nacl.hash
import pytest

from sync.bundle import export_bundle, import_bundle
from sync.folder import legacy_names, new_bundle_name
from sync.lan.discovery import member_txt, read_member_txt
from sync.lan.kdf import NETWORK_KEY_PURPOSE
from sync.lan.node import LanServer, Node, sync_with

from .replicas import build_template

DERIVE = b"caucus/derive/v1\x00"
#: every purpose the branch key is put to, as the message its keyed BLAKE2b hashes
PURPOSES = {DERIVE + p for p in (b"bundle/stream/v2", b"sync-folder/name/v1",
                                 b"bundle/file-name/v2",
                                 b"lan/identify/v3", b"lan/mdns-tag/v2", b"lan/mdns-seal/v1")}


class Watch:
    """Records which keys key which primitive, and which keys were derived from a branch
    key, with the message (purpose) of each derivation."""

    def __init__(self, branch_keys: set[bytes]) -> None:
        self.branch_keys = branch_keys
        self.derived: dict[bytes, bytes] = {}  # derived key -> the purpose it came from
        self.keyed: dict[bytes, set[str]] = defaultdict(set)  # key -> primitives it keyed
        self.other_roots: list[bytes] = []  # messages hashed under a branch key, not purposes

    def kdf(self, key: bytes, message: bytes, output: bytes) -> None:
        key = bytes(key)
        if key in self.branch_keys:
            if message.startswith((DERIVE, NETWORK_KEY_PURPOSE)):
                self.derived[output] = message
            else:
                self.other_roots.append(message)
        elif key in self.derived and message.startswith(DERIVE):  # a key derived in turn
            self.derived[output] = self.derived[key] + b" / " + message
            self.keyed[key].add("derivation")
        elif key:
            self.keyed[key].add("keyed BLAKE2b")

    def use(self, primitive: str, key: bytes) -> None:
        self.keyed[bytes(key)].add(primitive)


class _Blake2bProxy:
    """hashlib's blake2b object, reporting its key and first message at digest time."""

    def __init__(self, real, watch: Watch, key: bytes, data: bytes) -> None:
        self._real, self._watch, self._key, self._data = real, watch, key, data

    def update(self, data) -> None:
        self._data += bytes(data)
        self._real.update(data)

    def digest(self) -> bytes:
        out = self._real.digest()
        self._watch.kdf(self._key, self._data, out)
        return out

    def hexdigest(self) -> str:
        return self.digest().hex()

    def copy(self):
        return _Blake2bProxy(self._real.copy(), self._watch, self._key, self._data)


@pytest.fixture
def watch(monkeypatch, tmp_path):
    template = build_template(tmp_path / "template", secretaries=1, viewer=False,
                              spare=False)
    branches = template.clone(tmp_path / "branch")
    keys = {bytes(value) for branch in branches.values() for (value,) in branch.conn.execute(
        "SELECT value FROM secret WHERE name LIKE 'branch_key.%'")}
    assert keys
    seen = Watch(keys)
    real_blake2b, real_nacl_blake2b, real_hmac_new = hashlib.blake2b, nacl.hash.blake2b, hmac.new

    def blake2b(data=b"", *, key=b"", **kwargs):
        return _Blake2bProxy(real_blake2b(data, key=key, **kwargs), seen, bytes(key),
                             bytes(data))

    def nacl_blake2b(data, digest_size=nacl.hash.BLAKE2B_BYTES, key=b"", **kwargs):
        out = real_nacl_blake2b(data, digest_size=digest_size, key=key, **kwargs)
        seen.kdf(key, bytes(data), out)
        return out

    def hmac_new(key, msg=None, digestmod=""):
        seen.use("HMAC", key)
        return real_hmac_new(key, msg, digestmod)

    monkeypatch.setattr(hashlib, "blake2b", blake2b)
    monkeypatch.setattr(nacl.hash, "blake2b", nacl_blake2b)
    monkeypatch.setattr(hmac, "new", hmac_new)
    for name, key_at in (("crypto_secretstream_xchacha20poly1305_init_push", 1),
                         ("crypto_secretstream_xchacha20poly1305_init_pull", 2),
                         ("crypto_secretbox_easy", 2), ("crypto_secretbox_open_easy", 2)):
        real = getattr(nacl.bindings, name)
        family = name.split("_")[1]

        def watched(*args, _real=real, _at=key_at, _family=family):
            seen.use(_family, args[_at])
            return _real(*args)
        monkeypatch.setattr(nacl.bindings, name, watched)
    yield seen, branches
    for branch in branches.values():
        branch.vault.lock()


def test_the_branch_key_only_ever_derives_keys_each_with_one_use(watch, tmp_path):
    seen, branches = watch
    founder, secretary = branches["founder"], branches["sec0"]
    founder.add_member(first_name="Key", last_name="Holder")
    # a bundle, and the name of a sync-folder file
    export_bundle(founder.replica, tmp_path / "out.caucusbundle")
    assert import_bundle(secretary.replica, tmp_path / "out.caucusbundle").applied == 1
    new_bundle_name(founder.replica)
    legacy_names(founder.replica, founder.replica.device_id)  # files of earlier builds
    # an mDNS announcement, recognised by a member
    key = founder.replica.secret("branch_key.0")
    txt = member_txt(key, founder.replica.device_pk, 4242, "abcdef0123456789")
    assert read_member_txt({0: key}, txt, 4242, "abcdef0123456789") == (
        founder.replica.device_pk, 0)
    # a LAN session: identify probe, Secret Handshake, box stream
    founder.add_member(first_name="Over", last_name="TheLan")
    with LanServer(Node(founder.replica), ("127.0.0.1", 0)) as server:
        result = sync_with(Node(secretary.replica), server.address)
    assert result.complete, result.error
    assert secretary.replica.state_hash() == founder.replica.state_hash()

    misused = {p for k in seen.branch_keys for p in seen.keyed.get(k, set())}
    assert misused == set(), f"the branch key itself keyed: {misused}"
    assert seen.other_roots == [], "a keyed BLAKE2b under the branch key without a purpose"
    for derived, purpose in seen.derived.items():
        uses = seen.keyed.get(derived, set())
        assert len(uses) <= 1, f"the key derived for {purpose!r} keyed {uses}"
    purposes = set(seen.derived.values())
    assert PURPOSES <= purposes, f"uses not exercised: {PURPOSES - purposes}"
    assert any(p.startswith(NETWORK_KEY_PURPOSE) for p in purposes)
    # and no two purposes gave the same key
    assert len(set(seen.derived)) == len(seen.derived)
