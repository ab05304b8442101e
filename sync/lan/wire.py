"""Sockets for the meeting connection: addresses, connecting, and exact reads and writes
under one deadline, each failure one of our errors.

The first bytes of a connection (the Secret Handshake's messages, the identify probe)
travel with :func:`read_exact` and :func:`write_all`: a timeout is
:class:`~sync.lan.errors.HandshakeTimeout`, a peer that hangs up is
:class:`~sync.lan.errors.HandshakeRefused`, any other socket error
:class:`~sync.lan.errors.ConnectionLost`. After the handshake, frames travel with
:mod:`sync.lan.framing`.
"""

from __future__ import annotations

import socket
import time

from sync.errors import QT_TRANSLATE_NOOP
from sync.lan.errors import (
    BadAddress,
    ConnectionLost,
    HandshakeRefused,
    HandshakeTimeout,
    NotReachable,
    PeerNotAnswering,
)

#: Seconds to connect, and for the identify probe's answer.
CONNECT_TIMEOUT = 5.0
#: Seconds a whole Secret Handshake may take.
HANDSHAKE_TIMEOUT = 10.0


# -- addresses ----------------------------------------------------------------------------
def parse_address(text: str, default_port: int | None = None) -> tuple[str, int]:
    """``HOST:PORT`` (``[v6]:PORT`` for IPv6) as a ``(host, port)`` pair."""
    text = text.strip()
    host, sep, port = text.rpartition(":")
    if not sep:
        host, port = text, "" if default_port is None else str(default_port)
    host = host.strip("[]")
    try:
        number = int(port)
    except ValueError:
        number = -1
    if not host or not 0 < number < 65536:
        raise BadAddress.of(QT_TRANSLATE_NOOP(
            "errors", "{text!r} is not an address like 192.168.1.20:47300: the address the other "
            "laptop shows, a colon, then its port."), text=text)
    return host, number


def format_address(address: tuple[str, int]) -> str:
    host, port = address[0], address[1]
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def not_answering(address: tuple[str, int]) -> PeerNotAnswering:
    return PeerNotAnswering.of(QT_TRANSLATE_NOOP(
        "errors", "The laptop at {address} is busy or did not answer; try again in a moment."),
        address=format_address(address))


def connect(address: tuple[str, int], timeout: float) -> socket.socket:
    """A TCP connection to ``address`` (no delay on small writes)."""
    try:
        sock = socket.create_connection(address, timeout=timeout)
    except (ConnectionResetError, ConnectionAbortedError):
        # Something listens there and dropped us at once: a full laptop resets new
        # connections, and on a fast link the reset can beat connect()'s own return.
        raise not_answering(address) from None
    except OSError as exc:
        raise NotReachable.of(QT_TRANSLATE_NOOP(
            "errors", "The laptop at {address} could not be reached ({reason})."),
            address=format_address(address), reason=exc.strerror or exc) from None
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


# -- exact reads and writes under a deadline ------------------------------------------------
def settimeout(sock: socket.socket, deadline: float | None) -> None:
    """The socket's timeout: what is left until ``deadline`` (monotonic; None: no limit)."""
    if deadline is None:
        sock.settimeout(None)
        return
    left = deadline - time.monotonic()
    if left <= 0:
        raise HandshakeTimeout()
    sock.settimeout(left)


def read_exact(sock: socket.socket, n: int, deadline: float | None) -> bytes:
    """Exactly ``n`` bytes before ``deadline`` (monotonic; None: no limit), with the
    handshake's errors: timeout, a broken connection, or a peer that hung up."""
    data = bytearray()
    while len(data) < n:
        try:
            settimeout(sock, deadline)
            chunk = sock.recv(n - len(data))
        except TimeoutError:
            raise HandshakeTimeout() from None
        except OSError as exc:
            raise ConnectionLost() from exc
        if not chunk:
            raise HandshakeRefused()
        data += chunk
    return bytes(data)


def write_all(sock: socket.socket, data: bytes, deadline: float | None) -> None:
    """All of ``data`` before ``deadline``, with the handshake's errors."""
    try:
        settimeout(sock, deadline)
        sock.sendall(data)
    except TimeoutError:
        raise HandshakeTimeout() from None
    except OSError as exc:
        raise ConnectionLost() from exc
