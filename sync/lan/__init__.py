"""LAN transport for meetings: Secret Handshake v1 and the box stream after it.

See ARCHITECTURE.md §7. :mod:`sync.lan.shs` holds the handshake state machines and
socket glue, :mod:`sync.lan.boxstream` the frame codec, :mod:`sync.lan.kdf` the small
key helpers and :mod:`sync.lan.errors` the failures.
"""

from sync.lan.boxstream import (
    MAX_BODY_BYTES,
    BoxStreamDecoder,
    BoxStreamEncoder,
    BoxStreamSocket,
)
from sync.lan.kdf import derive_network_key
from sync.lan.shs import (
    ClientHandshake,
    ServerHandshake,
    SessionKeys,
    box_stream_socket,
    client_handshake,
    server_handshake,
)

__all__ = [
    "MAX_BODY_BYTES",
    "BoxStreamDecoder",
    "BoxStreamEncoder",
    "BoxStreamSocket",
    "ClientHandshake",
    "ServerHandshake",
    "SessionKeys",
    "box_stream_socket",
    "client_handshake",
    "derive_network_key",
    "server_handshake",
]
