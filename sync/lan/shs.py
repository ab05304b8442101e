"""Secret Handshake v1 over a blocking socket, and the box stream after it.

The two pure machines (and the protocol they follow) are in :mod:`sync.lan.handshake`;
this module runs them over a connected socket with one deadline for the whole
handshake (:mod:`sync.lan.wire`), and is where callers import the handshake from.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

import nacl.public
import nacl.signing

from sync.lan.boxstream import BoxStreamSocket
from sync.lan.errors import HandshakeRefused
from sync.lan.handshake import (
    BOX_NONCE_BYTES,
    MSG1_BYTES,
    MSG2_BYTES,
    MSG3_BYTES,
    MSG4_BYTES,
    NETWORK_KEY_BYTES,
    PUBLIC_KEY_BYTES,
    SIGNATURE_BYTES,
    Authorize,
    ClientHandshake,
    ClientState,
    ServerHandshake,
    ServerState,
    SessionKeys,
)
from sync.lan.wire import read_exact, write_all

__all__ = [
    "BOX_NONCE_BYTES",
    "DEFAULT_TIMEOUT",
    "MSG1_BYTES",
    "MSG2_BYTES",
    "MSG3_BYTES",
    "MSG4_BYTES",
    "NETWORK_KEY_BYTES",
    "PUBLIC_KEY_BYTES",
    "SIGNATURE_BYTES",
    "Authorize",
    "ClientHandshake",
    "ClientState",
    "ServerHandshake",
    "ServerState",
    "SessionKeys",
    "box_stream_socket",
    "client_handshake",
    "read_exact",
    "server_handshake",
]

#: How long a whole handshake over a socket may take by default, in seconds.
DEFAULT_TIMEOUT = 10.0


class _Wire:
    """Exact reads and writes on a socket, all under one deadline."""

    def __init__(self, sock: socket.socket, timeout: float | None) -> None:
        self._sock = sock
        self._deadline = None if timeout is None else time.monotonic() + timeout

    def read(self, n: int) -> bytes:
        return read_exact(self._sock, n, self._deadline)

    def write(self, data: bytes) -> None:
        write_all(self._sock, data, self._deadline)


def _restoring_timeout(sock: socket.socket, run: Callable[[], SessionKeys]) -> SessionKeys:
    previous = sock.gettimeout()
    try:
        return run()
    finally:
        try:
            sock.settimeout(previous)
        except OSError:
            pass


def client_handshake(
    sock: socket.socket,
    network_key: bytes,
    client_longterm_signing_key: nacl.signing.SigningKey,
    server_longterm_pk: bytes | nacl.signing.VerifyKey,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    ephemeral: nacl.public.PrivateKey | None = None,
) -> SessionKeys:
    """Run the client side over a connected socket; the whole handshake gets ``timeout``.

    Raises a :class:`HandshakeFailed` subclass (or :class:`ConnectionLost`); the caller
    closes the socket either way.
    """
    machine = ClientHandshake(
        network_key, client_longterm_signing_key, server_longterm_pk, ephemeral
    )
    wire = _Wire(sock, timeout)

    def run() -> SessionKeys:
        wire.write(machine.hello())
        machine.receive_server_hello(wire.read(MSG2_BYTES))
        wire.write(machine.authenticate())
        try:
            msg4 = wire.read(MSG4_BYTES)
        except HandshakeRefused:
            # The server drops rather than answering a client it will not let in.
            raise HandshakeRefused(
                "The other laptop turned this device away (or is not the device expected)."
            ) from None
        return machine.receive_server_accept(msg4)

    return _restoring_timeout(sock, run)


def server_handshake(
    sock: socket.socket,
    network_key: bytes,
    server_longterm_signing_key: nacl.signing.SigningKey,
    *,
    authorize: Authorize | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    ephemeral: nacl.public.PrivateKey | None = None,
) -> SessionKeys:
    """Run the server side over an accepted socket; the whole handshake gets ``timeout``.

    On any failure nothing further is written (no msg2 after a bad msg1, no msg4
    after a bad or unauthorized msg3) and a :class:`HandshakeFailed` subclass is
    raised; the caller then closes the socket.
    """
    machine = ServerHandshake(network_key, server_longterm_signing_key, ephemeral, authorize)
    wire = _Wire(sock, timeout)

    def run() -> SessionKeys:
        machine.receive_client_hello(wire.read(MSG1_BYTES))
        wire.write(machine.hello())
        machine.receive_client_authenticate(wire.read(MSG3_BYTES))
        wire.write(machine.accept())
        return machine.session_keys

    return _restoring_timeout(sock, run)


def box_stream_socket(
    sock: socket.socket, keys: SessionKeys, timeout: float | None = 30.0
) -> BoxStreamSocket:
    """Box-stream messages over ``sock`` with the keys of a finished handshake."""
    return BoxStreamSocket(sock, keys.encoder(), keys.decoder(), timeout)
