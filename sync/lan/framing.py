"""Application frames over the box stream: length-prefixed, size-bounded, strict CBOR.

After the Secret Handshake both directions are box streams whose messages carry at
most 4096 bytes. The replication session (and pairing, after its key exchange) needs
messages of any size up to a hard limit, so the plaintext of each direction is read as
one byte stream of frames::

    frame = length (u32, big-endian, 1 .. MAX_FRAME) ‖ payload (CBOR, ``length`` bytes)

Frames are packed back to back and cut into 4096-byte box-stream bodies regardless of
frame boundaries (a small frame shares a body with its neighbours, a large one spans
many). The receiver checks the length as soon as its four bytes arrive: an oversize
(or zero) length is refused at once, before any of the payload is buffered. Payloads
are decoded by the strict CBOR profile of :mod:`sync.cbor` (no tags, no indefinite
lengths, shortest forms, no duplicate or non-string map keys, bounded nesting):
anything else is :class:`MalformedFrame`.

**Amplification.** A frame is bounded in bytes, but CBOR can pack one data item into one
byte: 16 MiB of empty arrays decodes to 16 million Python objects (about 1.2 GB).
So the limit is the largest frame a real sender makes (:data:`MAX_FRAME`; the session
lowers it further until the peer's hello), and before decoding, :func:`check_shape`
walks the item heads (:func:`sync.cbor.scan`: strings skipped by their length,
nothing built) and refuses a payload of more than :data:`MAX_ITEMS` data items.

:class:`FrameDecoder` is pure (bytes in, messages out) and is what the fuzz tests
drive. :class:`FrameChannel` is the blocking-socket glue with an idle timeout and an
overall deadline; :class:`BoxTransport` and :class:`PlainTransport` are the two byte
carriers it runs over (the plain one only for the key exchange of pairing).
"""

from __future__ import annotations

import socket
import struct
import time
from typing import Any, Protocol

import cbor2

from sync import cbor
from sync.lan.boxstream import MAX_BODY_BYTES, BoxStreamDecoder, BoxStreamEncoder
from sync.lan.errors import (
    BoxStreamError,
    ConnectionLost,
    FrameOversize,
    LanUsageError,
    MalformedFrame,
    PeerIdle,
    SessionTimeout,
    StreamTruncated,
)

#: The largest frame payload either side accepts (and ever sends): a session batch of up
#: to 1 MiB whose last change set may add up to 4 MiB (``BATCH_BYTES`` and
#: ``BIG_ITEM_BYTES`` of :mod:`sync.lan.session`), plus the CBOR heads around them.
MAX_FRAME = 5 * 1024 * 1024 + 64 * 1024
#: The most CBOR data items one frame may hold: a hello naming 4,096 devices has ~8,200.
MAX_ITEMS = 10_000
PREFIX = struct.Struct(">I")
MAX_DEPTH = 8
_RECV_CHUNK = 256 * 1024
_SEND_HIGH_WATER = 256 * 1024


def encode(message: Any) -> bytes:
    """One frame: the length prefix and the CBOR payload of ``message``."""
    payload = cbor2.dumps(message)
    if len(payload) > MAX_FRAME:
        raise LanUsageError(f"A frame may carry at most {MAX_FRAME} bytes.")
    return PREFIX.pack(len(payload)) + payload


def head(data: bytes | bytearray, pos: int) -> tuple[int, int, int]:
    """``(major type, argument, position after the head)`` of the CBOR item at ``pos``."""
    if pos >= len(data):
        raise MalformedFrame("The other laptop sent a message that ends too soon.")
    major, info = data[pos] >> 5, data[pos] & 0x1F
    if info < 24:
        return major, info, pos + 1
    if info > 27:
        raise MalformedFrame("The other laptop sent a message with an indefinite length.")
    end = pos + 1 + (1 << (info - 24))
    if end > len(data):
        raise MalformedFrame("The other laptop sent a message that ends too soon.")
    return major, int.from_bytes(data[pos + 1:end], "big"), end


_SAYS = {
    cbor.TooManyItems: "The other laptop sent a message of too many parts.",
    cbor.TooDeep: "The other laptop sent a message nested too deeply.",
    cbor.Tagged: "The other laptop sent a message with a CBOR tag.",
    cbor.Indefinite: "The other laptop sent a message with an indefinite length.",
    cbor.Truncated: "The other laptop sent a message that ends too soon.",
    cbor.Trailing: "The other laptop sent a message with trailing bytes.",
}


def check_shape(payload: bytes, max_items: int = MAX_ITEMS) -> None:
    """Refuse, without building anything, a payload that is not one plain CBOR item (the
    strict profile of :mod:`sync.cbor`: no tags, no indefinite lengths, shortest forms,
    string map keys, each once) of at most ``max_items`` data items nested at most
    :data:`MAX_DEPTH` deep, with nothing after it."""
    try:
        end = cbor.scan(payload, max_depth=MAX_DEPTH, max_items=max_items, int_keys=False)
        if end != len(payload):
            raise cbor.Trailing()
    except cbor.CBORError as exc:
        raise MalformedFrame(_SAYS.get(type(exc), "The other laptop sent a message that is "
                                       f"not plain data ({exc})")) from None


def decode_payload(payload: bytes, max_items: int = MAX_ITEMS) -> Any:
    """The strict CBOR decoding of one frame's payload; :class:`MalformedFrame` on any fault."""
    check_shape(payload, max_items)
    try:
        return cbor.decode_checked(payload)
    except cbor.CBORError:
        raise MalformedFrame() from None


class FrameDecoder:
    """Reassembles frames from a byte stream cut at arbitrary points.

    ``feed(data)`` returns every message now complete. The length prefix is checked
    the moment it is whole; after any fault the decoder stays failed.
    """

    def __init__(self, max_frame: int = MAX_FRAME) -> None:
        self.max_frame = max_frame
        self._buffer = bytearray()
        self._need: int | None = None  # payload length of the frame being read
        self._failed: Exception | None = None
        self.frames = 0

    @property
    def buffered(self) -> int:
        """Bytes held that are not yet a whole frame (0 at a frame boundary)."""
        return len(self._buffer)

    @property
    def mid_frame(self) -> bool:
        return bool(self._buffer) or self._need is not None

    def feed(self, data: bytes) -> list[Any]:
        if self._failed is not None:
            raise self._failed
        self._buffer += data
        out = []
        try:
            while True:
                if self._need is None:
                    if len(self._buffer) < PREFIX.size:
                        break
                    (length,) = PREFIX.unpack_from(self._buffer)
                    if length > self.max_frame:
                        raise FrameOversize()
                    if length == 0:
                        raise MalformedFrame("The other laptop sent an empty message.")
                    del self._buffer[:PREFIX.size]
                    self._need = length
                if len(self._buffer) < self._need:
                    break
                with memoryview(self._buffer) as view:  # one copy, not two
                    payload = bytes(view[:self._need])
                del self._buffer[:self._need]
                self._need = None
                out.append(decode_payload(payload))
                self.frames += 1
        except (FrameOversize, MalformedFrame) as exc:
            self._failed = exc
            self._buffer = bytearray()
            raise
        return out


class Transport(Protocol):
    sock: socket.socket

    def send_bytes(self, data: bytes, timeout: float | None) -> None: ...
    def flush(self, timeout: float | None) -> None: ...
    def recv_bytes(self, timeout: float | None) -> bytes | None: ...
    def close(self, timeout: float | None) -> None: ...


def _sendall(sock: socket.socket, data: bytes, timeout: float | None) -> None:
    try:
        sock.settimeout(timeout)
        sock.sendall(data)
    except TimeoutError:
        raise PeerIdle() from None
    except OSError as exc:
        raise ConnectionLost() from exc


def _recv(sock: socket.socket, timeout: float | None) -> bytes:
    try:
        sock.settimeout(timeout)
        return sock.recv(_RECV_CHUNK)
    except TimeoutError:
        raise PeerIdle() from None
    except OSError as exc:
        raise ConnectionLost() from exc


class BoxTransport:
    """Plaintext bytes in and out of a box stream, cut into 4096-byte bodies."""

    def __init__(self, sock: socket.socket, encoder: BoxStreamEncoder,
                 decoder: BoxStreamDecoder) -> None:
        self.sock = sock
        self.encoder = encoder
        self.decoder = decoder
        self._out = bytearray()
        self.wire_in = 0
        self.wire_out = 0

    def send_bytes(self, data: bytes, timeout: float | None) -> None:
        self._out += data
        if len(self._out) >= _SEND_HIGH_WATER:
            self._push(whole_bodies_only=True, timeout=timeout)

    def flush(self, timeout: float | None) -> None:
        self._push(whole_bodies_only=False, timeout=timeout)

    def _push(self, whole_bodies_only: bool, timeout: float | None) -> None:
        end = len(self._out)
        if whole_bodies_only:
            end -= end % MAX_BODY_BYTES
        if end == 0:
            return
        view = memoryview(self._out)
        sealed = b"".join(self.encoder.encrypt(view[i:min(i + MAX_BODY_BYTES, end)])
                          for i in range(0, end, MAX_BODY_BYTES))
        view.release()
        del self._out[:end]
        self.wire_out += len(sealed)
        _sendall(self.sock, sealed, timeout)

    def recv_bytes(self, timeout: float | None) -> bytes | None:
        """The next plaintext body; ``None`` after the peer's goodbye."""
        while True:
            message = self.decoder.next_message()
            if message is not None:
                return message
            if self.decoder.closed:
                return None
            chunk = _recv(self.sock, timeout)
            if not chunk:
                raise StreamTruncated()
            self.wire_in += len(chunk)
            self.decoder.feed(chunk)

    def close(self, timeout: float | None) -> None:
        """Flush and say goodbye (best effort: the peer may already be gone)."""
        try:
            self.flush(timeout)
            if not self.encoder.closed:
                _sendall(self.sock, self.encoder.goodbye(), timeout)
        except (ConnectionLost, PeerIdle, BoxStreamError):
            pass


class PlainTransport:
    """Bytes straight over the socket (only for pairing's key exchange, before a key)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self._out = bytearray()
        self.wire_in = 0
        self.wire_out = 0

    def send_bytes(self, data: bytes, timeout: float | None) -> None:
        self._out += data

    def flush(self, timeout: float | None) -> None:
        if self._out:
            data, self._out = bytes(self._out), bytearray()
            self.wire_out += len(data)
            _sendall(self.sock, data, timeout)

    def recv_bytes(self, timeout: float | None) -> bytes | None:
        chunk = _recv(self.sock, timeout)
        if not chunk:
            return None
        self.wire_in += len(chunk)
        return chunk

    def close(self, timeout: float | None) -> None:
        try:
            self.flush(timeout)
        except (ConnectionLost, PeerIdle):
            pass


class FrameChannel:
    """Whole messages over a transport, with an idle timeout and an overall deadline.

    ``recv()`` returns the next message, or ``None`` when the peer ended the stream
    cleanly between frames; a stream that ends inside a frame is
    :class:`StreamTruncated`. Silence longer than ``idle_timeout`` is
    :class:`PeerIdle`; passing ``deadline`` (a :func:`time.monotonic` value) is
    :class:`SessionTimeout`.
    """

    def __init__(self, transport: Transport, *, idle_timeout: float | None = 30.0,
                 deadline: float | None = None, max_frame: int = MAX_FRAME) -> None:
        self.transport = transport
        self.idle_timeout = idle_timeout
        self.deadline = deadline
        self.decoder = FrameDecoder(max_frame)
        self._ready: list[Any] = []
        self.bytes_in = 0
        self.bytes_out = 0

    def _timeout(self) -> float | None:
        if self.deadline is None:
            return self.idle_timeout
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise SessionTimeout()
        return left if self.idle_timeout is None else min(left, self.idle_timeout)

    def _timed(self, call: Any, *args: Any) -> Any:
        try:
            return call(*args, self._timeout())
        except PeerIdle:
            if self.deadline is not None and time.monotonic() >= self.deadline:
                raise SessionTimeout() from None
            raise

    def send(self, message: Any) -> int:
        """Queue one message (sent by :meth:`flush`, or sooner once a body fills)."""
        frame = encode(message)
        self.bytes_out += len(frame)
        self._timed(self.transport.send_bytes, frame)
        return len(frame)

    def flush(self) -> None:
        self._timed(self.transport.flush)

    def recv(self) -> Any | None:
        while not self._ready:
            data = self._timed(self.transport.recv_bytes)
            if data is None:
                if self.decoder.mid_frame:
                    raise StreamTruncated()
                return None
            self.bytes_in += len(data)
            self._ready.extend(self.decoder.feed(data))
        return self._ready.pop(0)

    def close(self) -> None:
        """End our direction cleanly (best effort); the socket stays the caller's."""
        try:
            timeout = self._timeout()
        except SessionTimeout:
            timeout = 1.0
        self.transport.close(min(timeout or 5.0, 5.0))
