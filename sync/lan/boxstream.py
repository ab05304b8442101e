"""Box stream: the encrypted, authenticated, length-bounded frames after the handshake.

The wire format is SSB's box stream (``pull-box-stream``), so any Secret Handshake
peer can talk to us. Each direction has its own key and starting nonce, taken from the
handshake's :class:`~sync.lan.shs.SessionKeys`. A message of 1..4096 bytes travels as::

    header (34 bytes) = secretbox(key, nonce,     body_length (2 bytes, big-endian)
                                                  || body_mac (16 bytes))
    body   (n bytes)  = secretbox(key, nonce + 1, body) without its 16-byte MAC

and the next message starts at ``nonce + 2``. Nonces are 24-byte big-endian integers.
The stream ends with a *goodbye*: a header whose plaintext is 18 zero bytes. A stream
that stops without a goodbye was cut short (:class:`StreamTruncated`).

:class:`BoxStreamEncoder` and :class:`BoxStreamDecoder` are pure (bytes in, bytes
out); :class:`BoxStreamSocket` is the thin glue over a connected blocking socket.
"""

from __future__ import annotations

import hmac
import socket
import time
from collections.abc import Iterator

import nacl.bindings
import nacl.exceptions

from sync.errors import QT_TRANSLATE_NOOP
from sync.lan.errors import (
    ConnectionLost,
    FrameAuthFailed,
    FrameTooLarge,
    LanUsageError,
    StreamClosed,
    StreamTruncated,
)

KEY_BYTES = 32
NONCE_BYTES = 24
MAC_BYTES = 16
#: Plaintext header: 2-byte body length + 16-byte body MAC.
HEADER_PLAIN_BYTES = 2 + MAC_BYTES
#: Sealed header on the wire.
HEADER_BYTES = HEADER_PLAIN_BYTES + MAC_BYTES
#: Largest body one frame may carry (as in pull-box-stream).
MAX_BODY_BYTES = 4096

_GOODBYE_PLAIN = bytes(HEADER_PLAIN_BYTES)
_NONCE_MODULUS = 1 << (8 * NONCE_BYTES)


def _check_key_nonce(key: bytes, nonce: bytes) -> tuple[bytes, int]:
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
        raise LanUsageError("A box-stream key must be 32 bytes.")
    if not isinstance(nonce, bytes | bytearray) or len(nonce) != NONCE_BYTES:
        raise LanUsageError("A box-stream nonce must be 24 bytes.")
    return bytes(key), int.from_bytes(nonce, "big")


def _nonce(value: int) -> bytes:
    return (value % _NONCE_MODULUS).to_bytes(NONCE_BYTES, "big")


class BoxStreamEncoder:
    """Seals outgoing messages into box-stream frames, one direction of one session."""

    def __init__(self, key: bytes, nonce: bytes) -> None:
        self._key, self._nonce = _check_key_nonce(key, nonce)
        self._closed = False

    @property
    def closed(self) -> bool:
        """Whether :meth:`goodbye` was sent; nothing more can be encrypted."""
        return self._closed

    def encrypt(self, body: bytes) -> bytes:
        """One frame (header and body) carrying ``body``, 1 to 4096 bytes."""
        if self._closed:
            raise StreamClosed()
        if not isinstance(body, bytes | bytearray | memoryview):
            raise LanUsageError("A box-stream message must be bytes.")
        body = bytes(body)
        if not 1 <= len(body) <= MAX_BODY_BYTES:
            raise LanUsageError(f"A box-stream message must be 1 to {MAX_BODY_BYTES} bytes.")
        boxed = nacl.bindings.crypto_secretbox_easy(body, _nonce(self._nonce + 1), self._key)
        mac, ciphertext = boxed[:MAC_BYTES], boxed[MAC_BYTES:]
        header_plain = len(body).to_bytes(2, "big") + mac
        header = nacl.bindings.crypto_secretbox_easy(header_plain, _nonce(self._nonce), self._key)
        self._nonce = (self._nonce + 2) % _NONCE_MODULUS
        return header + ciphertext

    def encrypt_stream(self, data: bytes) -> bytes:
        """Frames for ``data`` of any length, split into 4096-byte bodies (empty: no frames)."""
        data = bytes(data)
        return b"".join(
            self.encrypt(data[i : i + MAX_BODY_BYTES]) for i in range(0, len(data), MAX_BODY_BYTES)
        )

    def goodbye(self) -> bytes:
        """The 34-byte goodbye header that ends the stream; the encoder is closed after it."""
        if self._closed:
            raise StreamClosed()
        self._closed = True
        return nacl.bindings.crypto_secretbox_easy(_GOODBYE_PLAIN, _nonce(self._nonce), self._key)


class BoxStreamDecoder:
    """Incrementally opens incoming box-stream frames, one direction of one session.

    :meth:`feed` the bytes as they arrive, in any split; :meth:`next_message` (or
    iteration) returns each whole message once all its bytes are in, ``None`` while a
    frame is incomplete. After the goodbye, :attr:`closed` is true. Any authentication
    failure or oversize length raises, and the decoder stays failed from then on.
    """

    def __init__(self, key: bytes, nonce: bytes) -> None:
        self._key, self._nonce = _check_key_nonce(key, nonce)
        self._buffer = bytearray()
        self._pending: tuple[int, bytes] | None = None  # (body length, body MAC)
        self._closed = False
        self._failed: type[FrameAuthFailed] | type[FrameTooLarge] | None = None

    @property
    def closed(self) -> bool:
        """Whether the peer's goodbye was received: the stream ended cleanly."""
        return self._closed

    @property
    def buffered(self) -> int:
        """Bytes received but not yet part of a whole frame (0 at a frame boundary)."""
        return len(self._buffer) + (0 if self._pending is None else HEADER_BYTES)

    def feed(self, data: bytes) -> None:
        """Add received bytes; nothing is decrypted until a message is asked for."""
        if self._failed is not None:
            raise self._failed()
        if self._closed and data:
            raise StreamClosed(QT_TRANSLATE_NOOP(
                "errors", "The other laptop sent data after ending the encrypted stream."))
        self._buffer += data

    def decode(self, data: bytes) -> list[bytes]:
        """Feed ``data`` and return every message that is now complete."""
        self.feed(data)
        return list(self)

    def __iter__(self) -> Iterator[bytes]:
        while (message := self.next_message()) is not None:
            yield message

    def next_message(self) -> bytes | None:
        """The next whole message, or ``None`` if more bytes are needed or the stream ended."""
        if self._failed is not None:
            raise self._failed()
        if self._closed:
            return None
        if self._pending is None:
            if len(self._buffer) < HEADER_BYTES:
                return None
            header = bytes(self._buffer[:HEADER_BYTES])
            del self._buffer[:HEADER_BYTES]
            plain = self._open(header, self._nonce)
            if hmac.compare_digest(plain, _GOODBYE_PLAIN):
                self._closed = True
                if self._buffer:
                    raise StreamClosed(
                        QT_TRANSLATE_NOOP(
                            "errors", "The other laptop sent data after ending the encrypted "
                            "stream.")
                    )
                return None
            length = int.from_bytes(plain[:2], "big")
            if length > MAX_BODY_BYTES:
                self._failed = FrameTooLarge
                raise FrameTooLarge()
            self._pending = (length, plain[2:])
        length, mac = self._pending
        if len(self._buffer) < length:
            return None
        ciphertext = bytes(self._buffer[:length])
        del self._buffer[:length]
        body = self._open(mac + ciphertext, self._nonce + 1)
        self._pending = None
        self._nonce = (self._nonce + 2) % _NONCE_MODULUS
        return body

    def _open(self, boxed: bytes, nonce: int) -> bytes:
        try:
            return nacl.bindings.crypto_secretbox_open_easy(boxed, _nonce(nonce), self._key)
        except nacl.exceptions.CryptoError:
            self._failed = FrameAuthFailed
            raise FrameAuthFailed() from None


class BoxStreamSocket:
    """Box-stream messages over a connected blocking socket (thin glue, no threads).

    ``send`` writes one frame; ``recv`` returns the next message, or ``None`` once
    the peer said goodbye; ``goodbye`` ends our direction. The socket stays the
    caller's to close. ``timeout`` (seconds) bounds each call; ``None`` waits forever.
    """

    _RECV_CHUNK = 65536

    def __init__(
        self,
        sock: socket.socket,
        encoder: BoxStreamEncoder,
        decoder: BoxStreamDecoder,
        timeout: float | None = 30.0,
    ) -> None:
        self._sock = sock
        self.encoder = encoder
        self.decoder = decoder
        self.timeout = timeout

    def send(self, body: bytes) -> None:
        """Send one message of 1 to 4096 bytes."""
        self._sendall(self.encoder.encrypt(body))

    def send_stream(self, data: bytes) -> None:
        """Send ``data`` of any length as consecutive frames of up to 4096 bytes."""
        self._sendall(self.encoder.encrypt_stream(data))

    def goodbye(self) -> None:
        """End our direction of the stream (the peer's ``recv`` then returns ``None``)."""
        self._sendall(self.encoder.goodbye())

    def recv(self) -> bytes | None:
        """The next message; ``None`` after the peer's goodbye."""
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        while True:
            message = self.decoder.next_message()
            if message is not None or self.decoder.closed:
                return message
            chunk = self._recv_some(deadline)
            if not chunk:
                raise StreamTruncated()
            self.decoder.feed(chunk)

    def _recv_some(self, deadline: float | None) -> bytes:
        try:
            self._sock.settimeout(_remaining(deadline))
            return self._sock.recv(self._RECV_CHUNK)
        except TimeoutError:
            raise ConnectionLost(QT_TRANSLATE_NOOP(
                "errors", "The other laptop stopped answering.")) from None
        except OSError as exc:
            raise ConnectionLost() from exc

    def _sendall(self, data: bytes) -> None:
        try:
            self._sock.settimeout(self.timeout)
            self._sock.sendall(data)
        except TimeoutError:
            raise ConnectionLost(QT_TRANSLATE_NOOP(
                "errors", "The other laptop stopped answering.")) from None
        except OSError as exc:
            raise ConnectionLost() from exc


def _remaining(deadline: float | None) -> float | None:
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left
