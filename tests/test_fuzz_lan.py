"""Fuzz the LAN decoders of outside bytes: frames cut at any point, the session's
messages, and the mDNS TXT records of meeting mode. Each may only return (``None`` for
a TXT record it does not recognise) or raise our own errors (tests/fuzzing.py); inputs
that ever crashed one live in tests/fuzz_corpus/<decoder>/ and are replayed."""

from __future__ import annotations

import base64
import struct

import cbor2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.lan import discovery, session
from sync.lan.framing import FrameDecoder, decode_payload, encode

from .fuzzing import FUZZ, corpus, only_our_errors, pack, parts

BRANCH_KEYS = {0: bytes(range(32)), 1: bytes(range(1, 33))}
PK = bytes(range(100, 132))

MESSAGE_PARTS = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**64), 2**64 - 1)
    | st.binary(max_size=40) | st.text(max_size=12)
    | st.sampled_from(["hello", "batch", "big", "done", "bye", "ping", "error", "v",
                       "device", "vv", PK]),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(
        st.sampled_from(["v", "device", "vv", "received"]) | st.binary(max_size=33)
        | st.text(max_size=6), inner, max_size=4),
    max_leaves=25,
)


def decode_lan_frames(data: bytes):
    """A stream of frames, fed in pieces of 7 bytes (every cut point is fuzzed below)."""
    decoder = FrameDecoder(max_frame=4096)
    out = []
    for start in range(0, len(data), 7):
        out += decoder.feed(data[start:start + 7])
    return out


def decode_lan_message(data: bytes):
    return session.parse(decode_payload(data))


def decode_mdns_txt(data: bytes):
    pairs, port, instance = parts(data)
    properties = dict(pairs)
    discovery.read_pairing_txt(properties)
    return discovery.read_member_txt(BRANCH_KEYS, properties, port, instance, now=1e9)


DECODERS = {f.__name__.removeprefix("decode_"): f for f in (
    decode_lan_frames, decode_lan_message, decode_mdns_txt)}


def run(decoder: str, data: bytes):
    return only_our_errors(decoder, data, lambda: DECODERS[decoder](data))


@pytest.mark.parametrize("decoder", sorted(DECODERS))
def test_the_corpus_replays_cleanly(decoder):
    for path in corpus(decoder):
        run(decoder, path.read_bytes())


@FUZZ
@given(st.lists(st.binary(max_size=300) | MESSAGE_PARTS.map(cbor2.dumps), max_size=4),
       st.binary(max_size=12), st.data())
def test_fuzz_frame_streams(payloads, tail, data):
    stream = b"".join(struct.pack(">I", len(p)) + p for p in payloads) + tail
    run("lan_frames", stream)
    cut = data.draw(st.integers(0, len(stream)))
    decoder = FrameDecoder(max_frame=4096)
    only_our_errors("lan_frames", stream,
                    lambda: (decoder.feed(stream[:cut]), decoder.feed(stream[cut:])))


@FUZZ
@given(MESSAGE_PARTS)
def test_fuzz_session_messages(message):
    run("lan_message", cbor2.dumps(message))
    run("lan_message", cbor2.dumps(message, canonical=True))


@FUZZ
@given(st.binary(min_size=1, max_size=300))
def test_fuzz_session_message_bytes(payload):
    run("lan_message", payload)


def test_every_message_a_sender_builds_parses():
    for message in (session.hello_message(PK, {PK: 3}), ["batch", [[b"b", b"s", b"v"]]],
                    ["big", 10, b"chunk"], ["done", 2], ["bye", {"received": 2}], ["ping"],
                    session.error_message("busy", "later")):
        payload = encode(message)[4:]
        assert isinstance(decode_lan_message(payload), (
            session.Hello, session.Batch, session.Big, session.Done, session.Bye,
            session.Ping, session.Error))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


TXT_VALUES = st.none() | st.binary(max_size=120) | st.text(max_size=120) | st.integers()


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(["t", "s", "n", b"t", b"s", b"n"])
                          | st.binary(max_size=8) | st.text(max_size=8), TXT_VALUES),
                max_size=20),
       st.integers(-5, 70000), st.text(max_size=40))
def test_fuzz_mdns_txt_records(pairs, port, instance):
    run("mdns_txt", pack(pairs, port, instance))


@FUZZ
@given(st.binary(min_size=16, max_size=16), st.binary(min_size=72, max_size=72),
       st.integers(1, 65535), st.text(max_size=20))
def test_fuzz_mdns_txt_records_of_the_right_shape(tag, sealed, port, instance):
    record = {"t": _b64(tag), "s": _b64(sealed)}
    run("mdns_txt", pack(sorted(record.items()), port, instance))


def test_a_real_announcement_is_recognised_and_a_copy_elsewhere_is_not():
    txt = discovery.member_txt(BRANCH_KEYS[1], PK, 4242, "abc", now=1e9)
    good = pack(sorted(txt.items()), 4242, "abc")
    assert decode_mdns_txt(good) == (PK, 1)
    assert decode_mdns_txt(pack(sorted(txt.items()), 4243, "abc")) is None
