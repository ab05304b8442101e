"""Fuzz every decoder of files and bytes that come from outside: the strict CBOR
decoder, change sets, bundles (header and body), welcome files and join requests.
Each may only return or raise our own errors (tests/fuzzing.py); inputs that ever
crashed one live in tests/fuzz_corpus/<decoder>/ and are replayed on every run."""

from __future__ import annotations

import io
import struct

import cbor2
import nacl.signing
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync import cbor, changes
from sync.bundle import export_bundle, import_bundle, read_header
from sync.keys import seal_to_device
from sync.trust import (
    REQUEST_MAGIC,
    WELCOME_MAGIC,
    join_request,
    read_join_request,
    read_welcome,
)

from .bundlefile import branch_key, write_raw_bundle
from .fuzzing import FUZZ, corpus, only_our_errors, pack, parts
from .replicas import build_template

PLAIN = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**64), 2**64 - 1) | st.binary(max_size=40)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(
        st.text(max_size=8) | st.binary(max_size=33), inner, max_size=4),
    max_leaves=20,
)


def _mutate(data: bytes, edits: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for pos, mask in edits:
        out[pos % len(out)] ^= mask
    return bytes(out)


EDITS = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(1, 255)), min_size=1,
                 max_size=4)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """founder, a secretary to import into, and a spare laptop not yet joined."""
    folder = tmp_path_factory.mktemp("fuzz")
    branches = build_template(folder / "t", secretaries=1, viewer=False).clone(folder / "v")
    founder, dst, spare = branches["founder"], branches["sec0"], branches["spare"]
    founder.add_member(first_name="Fuzz", last_name="Seed", tags=["x"])
    good = folder / "good.caucusbundle"
    export_bundle(founder.replica, good)
    cs = founder.replica.load_changeset(
        founder.conn.execute("SELECT max(no) FROM changeset").fetchone()[0])
    yield {"founder": founder, "dst": dst, "spare": spare, "folder": folder,
           "bundle": good.read_bytes(), "cs": cs, "request": join_request(spare.replica)}
    for b in branches.values():
        b.vault.lock()


# -- the decoders, one input each ----------------------------------------------------
def decode_cbor(world, data: bytes):
    return cbor.loads(data)


def decode_changeset(world, data: bytes):
    body, sig, vals = parts(data)
    return changes.verify(body, sig, vals)


def decode_bundle(world, data: bytes):
    path = world["folder"] / "fuzzed.caucusbundle"
    path.write_bytes(data)
    return import_bundle(world["dst"].replica, path)


def decode_bundle_header(world, data: bytes):
    return read_header(io.BytesIO(data))


def decode_welcome(world, data: bytes):
    path = world["folder"] / "fuzzed.welcome"
    path.write_bytes(data)
    return read_welcome(world["spare"].replica, path)


def decode_join_request(world, data: bytes):
    return read_join_request(data)


DECODERS = {f.__name__.removeprefix("decode_"): f for f in (
    decode_cbor, decode_changeset, decode_bundle, decode_bundle_header, decode_welcome,
    decode_join_request)}


def run(world, decoder: str, data: bytes):
    return only_our_errors(decoder, data, lambda: DECODERS[decoder](world, data))


@pytest.mark.parametrize("decoder", sorted(DECODERS))
def test_the_corpus_replays_cleanly(world, decoder):
    for path in corpus(decoder):
        run(world, decoder, path.read_bytes())


def test_the_corpus_holds_the_inputs_that_crashed_the_old_code():
    assert corpus("changeset") and corpus("cbor")


# -- the strict decoder ------------------------------------------------------------------
@FUZZ
@given(st.binary(max_size=400) | PLAIN.map(cbor2.dumps))
def test_fuzz_cbor(world, data):
    run(world, "cbor", data)


# -- change sets ---------------------------------------------------------------------------
@FUZZ
@given(st.sampled_from(["body", "sig", "vals"]), EDITS, st.binary(max_size=8))
def test_fuzz_changeset_mutations(world, part, edits, tail):
    cs = world["cs"]
    triple = {"body": cs.body, "sig": cs.sig, "vals": cs.vals}
    triple[part] = _mutate(triple[part], edits) + tail
    run(world, "changeset", pack(triple["body"], triple["sig"], triple["vals"]))


@FUZZ
@given(st.binary(max_size=300) | PLAIN.map(cbor2.dumps))
def test_fuzz_changeset_values(world, vals):
    """``vals`` travel unsigned beside a valid body: a relay can put anything there."""
    cs = world["cs"]
    run(world, "changeset", pack(cs.body, cs.sig, vals))


@FUZZ
@given(PLAIN, PLAIN)
def test_fuzz_signed_changeset_bodies(world, payload, vals):
    """Anyone can sign with their own key: the parser must survive what they sign."""
    key = nacl.signing.SigningKey(bytes(range(32)))
    body = changes.MAGIC + bytes(key.verify_key) + cbor2.dumps(payload)
    sig = key.sign(changes.DOMAIN + body).signature
    run(world, "changeset", pack(body, sig, cbor2.dumps(vals)))


# -- bundles -------------------------------------------------------------------------------
@FUZZ
@given(EDITS)
def test_fuzz_bundle_mutations(world, edits):
    run(world, "bundle", _mutate(world["bundle"], edits))


@FUZZ
@given(st.binary(max_size=200))
def test_fuzz_bundle_headers(world, data):
    run(world, "bundle_header", data)
    run(world, "bundle_header", world["bundle"][:8] + data)


@FUZZ
@given(st.lists(st.binary(max_size=120) | PLAIN.map(cbor2.dumps), max_size=5),
       st.booleans())
def test_fuzz_records_inside_an_authentic_bundle(world, records, signed):
    """Past the encryption: records of any bytes, in a file sealed with the right key
    by a device of the roster (or in the old format, unsigned)."""
    founder = world["founder"].replica
    path = world["folder"] / "records.caucusbundle"
    write_raw_bundle(path, founder.branch_id, 0, branch_key(founder), records=records,
                     writer=founder.signing_key if signed else None)
    run(world, "bundle", path.read_bytes())


# -- welcome files and join requests ---------------------------------------------------------
@FUZZ
@given(st.binary(max_size=300) | PLAIN.map(cbor2.dumps), st.booleans())
def test_fuzz_welcome_files(world, inner, sealed):
    spare = world["spare"].replica
    body = seal_to_device(spare.device_pk, inner) if sealed else inner
    run(world, "welcome", WELCOME_MAGIC + struct.pack(">I", len(body)) + body)
    run(world, "welcome", inner)


@FUZZ
@given(st.binary(max_size=300) | PLAIN.map(cbor2.dumps), EDITS, PLAIN)
def test_fuzz_join_requests(world, raw, edits, doc):
    run(world, "join_request", raw)
    run(world, "join_request", REQUEST_MAGIC + raw)
    run(world, "join_request", _mutate(world["request"], edits))
    key = nacl.signing.SigningKey(bytes(range(32)))
    payload = cbor2.dumps(doc)
    sig = key.sign(b"caucus/join-request/v1\n" + payload).signature
    run(world, "join_request", REQUEST_MAGIC + cbor2.dumps([payload, sig]))
