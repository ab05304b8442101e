"""LAN transport for meetings: Secret Handshake v1, the box stream, the replication
session, pairing, the identify probe, and meeting mode's server and client.

See ARCHITECTURE.md §7; :mod:`sync.lan.node` is the map of meeting sync. Every protocol
step is an explicit state machine on one base (:mod:`sync.lan.machine`):
:mod:`sync.lan.handshake` (shs1; :mod:`sync.lan.shs` runs it over a socket),
:mod:`sync.lan.session_machine`, :mod:`sync.lan.pairing_machines` and
:mod:`sync.lan.probe`. :mod:`sync.lan.boxstream` is the frame codec,
:mod:`sync.lan.framing` the application frames, :mod:`sync.lan.kdf` the small key
helpers and :mod:`sync.lan.errors` the failures, all under
:class:`~sync.lan.errors.LanError`.
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
