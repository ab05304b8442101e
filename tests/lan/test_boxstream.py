"""Box stream: known answers from pull-box-stream, framing, tampering, fuzzing, socket glue."""

from __future__ import annotations

import hashlib
import socket

import nacl.bindings
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sync.errors import CaucusError
from sync.lan.boxstream import (
    HEADER_BYTES,
    MAX_BODY_BYTES,
    BoxStreamDecoder,
    BoxStreamEncoder,
    BoxStreamSocket,
)
from sync.lan.errors import (
    BoxStreamError,
    ConnectionLost,
    FrameAuthFailed,
    FrameTooLarge,
    LanUsageError,
    StreamClosed,
    StreamTruncated,
)

KEY = bytes([5]) * 32
# Ends in ...fffe so the body nonce is ...ffff and the next header nonce carries.
NONCE = bytes(20) + bytes.fromhex("00fffffe")


def pattern(n: int) -> bytes:
    return bytes(i % 251 for i in range(n))


# Produced by pull-box-stream 1.0.13 (the JS reference) from KEY, NONCE and the inputs
# "hello", pattern(4096), pattern(5000); see tests/lan/make_js_vectors.js.
JS_STREAM_SHA256 = "a7027d5abcacf1dff239b15a162d871003f1a9d2a94a7d3480d327722ab41a7c"
JS_STREAM_LENGTH = 9271
JS_FIRST_FRAME = "f404da78d7c1f837f5d6d57fd6a70e9fd552f1d2395ca55114ed2ea5a227f57d6c4d571b182106"
JS_GOODBYE = "b319cf214b605670c195213caf8c845f2db3a98524eccd143ab1a99ae9d20cba6497"
JS_INPUTS = [b"hello", pattern(4096), pattern(5000)]


def js_stream() -> bytes:
    encoder = BoxStreamEncoder(KEY, NONCE)
    return b"".join(encoder.encrypt_stream(data) for data in JS_INPUTS) + encoder.goodbye()


def stream_of(messages: list[bytes], goodbye: bool = True) -> bytes:
    encoder = BoxStreamEncoder(KEY, NONCE)
    frames = b"".join(encoder.encrypt(m) for m in messages)
    return frames + (encoder.goodbye() if goodbye else b"")


# --- known answers -----------------------------------------------------------------


def test_encoder_matches_pull_box_stream_byte_for_byte():
    stream = js_stream()
    assert len(stream) == JS_STREAM_LENGTH
    assert stream[: HEADER_BYTES + 5].hex() == JS_FIRST_FRAME
    assert stream[-HEADER_BYTES:].hex() == JS_GOODBYE
    assert hashlib.sha256(stream).hexdigest() == JS_STREAM_SHA256


def test_decoder_reads_the_reference_stream():
    decoder = BoxStreamDecoder(KEY, NONCE)
    messages = decoder.decode(js_stream())
    assert messages == [b"hello", pattern(4096), pattern(5000)[:4096], pattern(5000)[4096:]]
    assert decoder.closed and decoder.buffered == 0


def test_frame_layout_header_then_body_without_mac():
    frame = BoxStreamEncoder(KEY, NONCE).encrypt(b"hello")
    assert len(frame) == HEADER_BYTES + 5 == 39
    header = nacl.bindings.crypto_secretbox_open_easy(frame[:34], NONCE, KEY)
    assert header[:2] == (5).to_bytes(2, "big")
    body_nonce = (int.from_bytes(NONCE, "big") + 1).to_bytes(24, "big")
    assert nacl.bindings.crypto_secretbox_open_easy(header[2:] + frame[34:], body_nonce, KEY) == (
        b"hello"
    )


def test_goodbye_is_18_zero_bytes_sealed_with_the_next_nonce():
    encoder = BoxStreamEncoder(KEY, NONCE)
    encoder.encrypt(b"one")
    goodbye = encoder.goodbye()
    next_nonce = (int.from_bytes(NONCE, "big") + 2).to_bytes(24, "big")
    assert nacl.bindings.crypto_secretbox_open_easy(goodbye, next_nonce, KEY) == bytes(18)


def test_nonce_wraps_like_increment_buffer():
    top = b"\xff" * 24
    encoder = BoxStreamEncoder(KEY, top)
    frames = encoder.encrypt(b"a") + encoder.encrypt(b"b") + encoder.goodbye()
    # header at ff..ff, body at 00..00, next header at 00..01
    header = nacl.bindings.crypto_secretbox_open_easy(frames[:34], top, KEY)
    assert nacl.bindings.crypto_secretbox_open_easy(header[2:] + frames[34:35], bytes(24), KEY)
    assert BoxStreamDecoder(KEY, top).decode(frames) == [b"a", b"b"]


# --- framing -----------------------------------------------------------------------


def test_round_trip_fed_one_byte_at_a_time():
    messages = [b"x", pattern(100), pattern(4096), b"last"]
    stream = stream_of(messages)
    decoder = BoxStreamDecoder(KEY, NONCE)
    out: list[bytes] = []
    for i in range(len(stream)):
        decoder.feed(stream[i : i + 1])
        out.extend(decoder)
    assert out == messages and decoder.closed


def test_truncated_frame_waits_for_the_rest():
    frame = stream_of([pattern(300)], goodbye=False)
    decoder = BoxStreamDecoder(KEY, NONCE)
    assert decoder.decode(frame[:20]) == []  # partial header
    assert decoder.decode(frame[20:-1]) == []  # header complete, body short by one byte
    assert decoder.buffered == len(frame) - 1
    assert decoder.next_message() is None and not decoder.closed
    assert decoder.decode(frame[-1:]) == [pattern(300)]
    assert decoder.buffered == 0


@pytest.mark.parametrize("index", [0, 1, 17, 33, 34, 35, 38])
def test_a_flipped_byte_anywhere_fails_authentication(index):
    stream = stream_of([b"hello"], goodbye=False)
    broken = stream[:index] + bytes([stream[index] ^ 0x80]) + stream[index + 1 :]
    decoder = BoxStreamDecoder(KEY, NONCE)
    with pytest.raises(FrameAuthFailed):
        decoder.decode(broken)
    with pytest.raises(FrameAuthFailed):  # stays failed
        decoder.feed(b"")
    with pytest.raises(FrameAuthFailed):
        decoder.next_message()


def test_every_single_byte_flip_of_a_stream_is_caught():
    stream = stream_of([b"a", b"bc"])
    for index in range(len(stream)):
        broken = stream[:index] + bytes([stream[index] ^ 1]) + stream[index + 1 :]
        with pytest.raises(FrameAuthFailed):
            BoxStreamDecoder(KEY, NONCE).decode(broken)


def test_reordered_or_replayed_frames_fail():
    stream = stream_of([b"first", b"second"], goodbye=False)
    first, second = stream[: HEADER_BYTES + 5], stream[HEADER_BYTES + 5 :]
    with pytest.raises(FrameAuthFailed):
        BoxStreamDecoder(KEY, NONCE).decode(second + first)
    with pytest.raises(FrameAuthFailed):
        BoxStreamDecoder(KEY, NONCE).decode(first + first)


@pytest.mark.parametrize("length", [MAX_BODY_BYTES + 1, 65535])
def test_oversize_length_is_rejected(length):
    header = nacl.bindings.crypto_secretbox_easy(length.to_bytes(2, "big") + bytes(16), NONCE, KEY)
    decoder = BoxStreamDecoder(KEY, NONCE)
    with pytest.raises(FrameTooLarge):
        decoder.decode(header)
    with pytest.raises(FrameTooLarge):
        decoder.feed(b"more")


def test_zero_length_body_is_authenticated_and_allowed():
    body_nonce = (int.from_bytes(NONCE, "big") + 1).to_bytes(24, "big")
    mac = nacl.bindings.crypto_secretbox_easy(b"", body_nonce, KEY)
    header = nacl.bindings.crypto_secretbox_easy(b"\x00\x00" + mac, NONCE, KEY)
    decoder = BoxStreamDecoder(KEY, NONCE)
    assert decoder.decode(header) == [b""]
    assert not decoder.closed


def test_goodbye_closes_and_nothing_may_follow():
    stream = stream_of([b"bye soon"])
    decoder = BoxStreamDecoder(KEY, NONCE)
    assert decoder.decode(stream) == [b"bye soon"]
    assert decoder.closed and decoder.next_message() is None
    decoder.feed(b"")  # nothing is fine
    with pytest.raises(StreamClosed):
        decoder.feed(b"x")


def test_data_after_goodbye_in_the_same_read_is_rejected():
    decoder = BoxStreamDecoder(KEY, NONCE)
    decoder.feed(stream_of([b"one"]) + b"trailing")
    assert decoder.next_message() == b"one"
    with pytest.raises(StreamClosed):
        decoder.next_message()


def test_a_tampered_goodbye_fails():
    stream = stream_of([])
    with pytest.raises(FrameAuthFailed):
        BoxStreamDecoder(KEY, NONCE).decode(stream[:-1] + bytes([stream[-1] ^ 1]))


def test_wrong_key_or_nonce_fails():
    stream = stream_of([b"secret"])
    with pytest.raises(FrameAuthFailed):
        BoxStreamDecoder(bytes(32), NONCE).decode(stream)
    with pytest.raises(FrameAuthFailed):
        BoxStreamDecoder(KEY, bytes(24)).decode(stream)


def test_encoder_limits():
    encoder = BoxStreamEncoder(KEY, NONCE)
    with pytest.raises(LanUsageError):
        encoder.encrypt(b"")
    with pytest.raises(LanUsageError):
        encoder.encrypt(bytes(MAX_BODY_BYTES + 1))
    with pytest.raises(LanUsageError):
        encoder.encrypt("text")
    assert encoder.encrypt_stream(b"") == b""
    assert len(encoder.encrypt_stream(bytes(MAX_BODY_BYTES * 2 + 1))) == (
        3 * HEADER_BYTES + MAX_BODY_BYTES * 2 + 1
    )
    encoder.goodbye()
    assert encoder.closed
    with pytest.raises(StreamClosed):
        encoder.encrypt(b"late")
    with pytest.raises(StreamClosed):
        encoder.goodbye()


@pytest.mark.parametrize(("key", "nonce"), [(b"k", NONCE), (KEY, b"n"), (KEY, bytes(25))])
def test_bad_key_or_nonce_lengths(key, nonce):
    with pytest.raises(LanUsageError):
        BoxStreamEncoder(key, nonce)
    with pytest.raises(LanUsageError):
        BoxStreamDecoder(key, nonce)


def test_errors_are_caucus_errors():
    for error in (FrameAuthFailed, FrameTooLarge, StreamClosed, StreamTruncated):
        assert issubclass(error, BoxStreamError) and issubclass(error, CaucusError)


# --- fuzz: only our own errors, and never a forged message -------------------------

FUZZ = settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.lists(st.binary(max_size=120), max_size=6))
def test_fuzz_decoder_on_arbitrary_bytes(chunks):
    decoder = BoxStreamDecoder(KEY, NONCE)
    try:
        for chunk in chunks:
            assert decoder.decode(chunk) == []  # nothing random ever authenticates
    except BoxStreamError:
        pass


MESSAGES = [b"alpha", pattern(700), b"gamma"]
VALID = stream_of(MESSAGES)


@FUZZ
@given(
    st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(1, 255)), max_size=3),
    st.integers(0, len(VALID)),
    st.lists(st.integers(1, 200), max_size=8),
)
def test_fuzz_decoder_on_mutated_streams(flips, cut, splits):
    stream = bytearray(VALID)
    for index, mask in flips:
        stream[index] ^= mask
    data = bytes(stream[:cut])
    assume(data != VALID)
    decoder = BoxStreamDecoder(KEY, NONCE)
    out: list[bytes] = []
    position = 0
    try:
        for size in [*splits, len(data)]:
            out.extend(decoder.decode(data[position : position + size]))
            position += size
    except BoxStreamError:
        pass
    # Whatever came out is an authentic prefix of what was sent.
    assert out == MESSAGES[: len(out)]
    assert not decoder.closed or out == MESSAGES


# --- socket glue -------------------------------------------------------------------


def pair() -> tuple[BoxStreamSocket, BoxStreamSocket, socket.socket, socket.socket]:
    a, b = socket.socketpair()
    other_nonce = bytes(23) + b"\x07"
    left = BoxStreamSocket(a, BoxStreamEncoder(KEY, NONCE), BoxStreamDecoder(KEY, other_nonce), 5)
    right = BoxStreamSocket(b, BoxStreamEncoder(KEY, other_nonce), BoxStreamDecoder(KEY, NONCE), 5)
    return left, right, a, b


def test_socket_send_recv_and_goodbye():
    left, right, a, b = pair()
    with a, b:
        left.send(b"hello")
        left.send_stream(pattern(9000))
        left.goodbye()
        assert right.recv() == b"hello"
        got = b"".join(iter(right.recv, None))
        assert got == pattern(9000)
        assert right.recv() is None


def test_socket_hangup_mid_stream_is_truncated():
    left, right, a, b = pair()
    with b:
        frame = left.encoder.encrypt(b"partial")
        a.sendall(frame[:-2])
        a.close()
        with pytest.raises(StreamTruncated):
            right.recv()


def test_socket_silence_times_out():
    _, right, a, b = pair()
    right.timeout = 0.2
    with a, b, pytest.raises(ConnectionLost):
        right.recv()
