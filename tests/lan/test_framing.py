"""Frames over the box stream: splitting, limits, strict CBOR, timeouts, and a fuzzer."""

from __future__ import annotations

import socket
import struct
import threading
import time

import cbor2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.lan import framing
from sync.lan.boxstream import MAX_BODY_BYTES, BoxStreamDecoder, BoxStreamEncoder
from sync.lan.errors import (
    FrameAuthFailed,
    FrameOversize,
    LanError,
    MalformedFrame,
    PeerIdle,
    SessionTimeout,
    StreamTruncated,
)
from sync.lan.framing import (
    MAX_FRAME,
    BoxTransport,
    FrameChannel,
    FrameDecoder,
    decode_payload,
    encode,
)

KEY_AB, NONCE_AB = bytes([7]) * 32, bytes([1]) * 24
KEY_BA, NONCE_BA = bytes([8]) * 32, bytes([2]) * 24


def channel_pair(idle: float | None = 5.0, deadline: float | None = None):
    a, b = socket.socketpair()
    ca = FrameChannel(BoxTransport(a, BoxStreamEncoder(KEY_AB, NONCE_AB),
                                   BoxStreamDecoder(KEY_BA, NONCE_BA)),
                      idle_timeout=idle, deadline=deadline)
    cb = FrameChannel(BoxTransport(b, BoxStreamEncoder(KEY_BA, NONCE_BA),
                                   BoxStreamDecoder(KEY_AB, NONCE_AB)),
                      idle_timeout=idle, deadline=deadline)
    return a, b, ca, cb


def test_a_frame_is_a_length_prefix_and_cbor():
    frame = encode(["ping"])
    assert frame == struct.pack(">I", len(cbor2.dumps(["ping"]))) + cbor2.dumps(["ping"])
    assert FrameDecoder().feed(frame) == [["ping"]]


@given(st.lists(st.binary(max_size=9000), min_size=1, max_size=6), st.data())
@settings(max_examples=150, deadline=None)
def test_frames_survive_any_split(payloads, data):
    stream = b"".join(encode(["x", p]) for p in payloads)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=12)))
    decoder, out, last = FrameDecoder(), [], 0
    for cut in [*cuts, len(stream)]:
        out += decoder.feed(stream[last:cut])
        last = cut
    assert out == [["x", p] for p in payloads]
    assert not decoder.mid_frame


def test_an_oversize_length_is_refused_from_its_four_bytes_alone():
    decoder = FrameDecoder()
    with pytest.raises(FrameOversize):
        decoder.feed(struct.pack(">I", MAX_FRAME + 1))
    with pytest.raises(FrameOversize):  # and stays failed
        decoder.feed(encode(["ping"]))


def test_the_limit_itself_is_allowed_and_checked_before_buffering():
    decoder = FrameDecoder(max_frame=10)
    assert decoder.feed(struct.pack(">I", 10)) == []  # waits for 10 bytes, no more
    with pytest.raises(FrameOversize):
        FrameDecoder(max_frame=10).feed(struct.pack(">I", 11))


@pytest.mark.parametrize("payload", [
    b"\xd8\x23\x63abc",          # tag 35: a regular expression
    b"\xc1\x1a\x00\x00\x00\x01",  # tag 1: a datetime
    b"\xc2\x41\x01",             # tag 2: a bignum
    b"\xd8\x1c\x81\x00",         # tag 28: shared reference
    b"\x9f\x01\xff",             # indefinite-length array
    b"\xa2\x61a\x01\x61a\x02",   # duplicate map keys
    b"\xa1\x01\x02",             # integer map key
    b"\x81" * 50 + b"\x00",      # nesting deeper than allowed
    b"\x82\x01",                 # truncated
    b"\x01\x02",                 # trailing bytes after one item
    b"\xff",                     # a stray break
])
def test_strict_cbor_refuses_anything_but_plain_data(payload):
    with pytest.raises(MalformedFrame):
        decode_payload(payload)
    with pytest.raises(MalformedFrame):
        FrameDecoder().feed(struct.pack(">I", len(payload)) + payload)


def test_an_empty_frame_is_malformed():
    with pytest.raises(MalformedFrame):
        FrameDecoder().feed(b"\x00\x00\x00\x00")


@given(st.one_of(st.binary(max_size=600),
                st.binary(max_size=600).map(lambda p: struct.pack(">I", len(p)) + p)),
       st.binary(max_size=8))
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_fuzz_the_frame_parser_only_our_errors_come_out(data, tail):
    decoder = FrameDecoder(max_frame=4096)
    try:
        decoder.feed(data + tail)
    except (MalformedFrame, FrameOversize):
        pass


@given(st.binary(min_size=1, max_size=300))
@settings(max_examples=800, deadline=None)
def test_fuzz_payloads_decode_or_fail_cleanly(payload):
    try:
        decode_payload(payload)
    except MalformedFrame:
        pass


def test_channel_round_trip_fragments_over_4096_byte_bodies():
    a, b, ca, cb = channel_pair()
    with a, b:
        big = bytes(range(256)) * 100  # 25,600 bytes: one frame over seven bodies
        ca.send(["x", big])
        ca.send(["small"])
        ca.flush()
        assert cb.recv() == ["x", big]
        assert cb.recv() == ["small"]
        # the wire carried only box-stream frames of at most 4096-byte bodies
        assert ca.transport.wire_out == sum(
            34 + n for n in _bodies(len(encode(["x", big])) + len(encode(["small"])))
        )


def _bodies(total: int) -> list[int]:
    return [min(MAX_BODY_BYTES, total - i) for i in range(0, total, MAX_BODY_BYTES)]


def test_clean_goodbye_between_frames_is_none_mid_frame_is_truncated():
    a, b, ca, cb = channel_pair()
    with a, b:
        ca.send(["one"])
        ca.close()
        assert cb.recv() == ["one"]
        assert cb.recv() is None
    a, b, ca, cb = channel_pair()
    with a, b:
        frame = encode(["x", b"y" * 100])
        ca.transport.send_bytes(frame[:50], 1.0)
        ca.transport.close(1.0)  # flush half a frame, then goodbye
        with pytest.raises(StreamTruncated):
            cb.recv()


def test_a_corrupted_byte_on_the_wire_fails_authentication():
    a, b, ca, cb = channel_pair()
    with a, b:
        sealed = ca.transport.encoder.encrypt(encode(["hello there"]))
        damaged = bytearray(sealed)
        damaged[-3] ^= 0x01
        a.sendall(bytes(damaged))
        with pytest.raises(FrameAuthFailed):
            cb.recv()


def test_silence_is_peer_idle_and_the_deadline_is_session_timeout():
    a, b, _ca, cb = channel_pair(idle=0.2)
    with a, b:
        started = time.monotonic()
        with pytest.raises(PeerIdle):
            cb.recv()
        assert time.monotonic() - started < 2
    a, b, _ca, cb = channel_pair(idle=5.0, deadline=time.monotonic() + 0.3)
    with a, b:
        with pytest.raises(SessionTimeout):
            cb.recv()


def test_a_peer_that_vanishes_is_truncated_not_a_hang():
    a, b, _ca, cb = channel_pair()
    with b:
        a.close()
        with pytest.raises(StreamTruncated):
            cb.recv()


def test_a_slow_sender_in_pieces_still_arrives_whole():
    a, b, ca, cb = channel_pair()
    frame = encode(["x", b"z" * 10000])
    sealed = ca.transport.encoder.encrypt_stream(frame)

    def trickle() -> None:
        for i in range(0, len(sealed), 777):
            a.sendall(sealed[i:i + 777])
            time.sleep(0.001)

    with a, b:
        thread = threading.Thread(target=trickle)
        thread.start()
        assert cb.recv() == ["x", b"z" * 10000]
        thread.join()


def test_encode_refuses_to_build_an_oversize_frame(monkeypatch):
    monkeypatch.setattr(framing, "MAX_FRAME", 8)
    with pytest.raises(LanError):
        encode(["x", b"123456789"])
