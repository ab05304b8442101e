"""Meeting sync between laptops: keys, who may connect, finding the server's key, serving.

This module is the map and the public entry of meeting sync; the parts live in modules
of their own, and every public name is importable from here as before:

* :mod:`sync.lan.keyring`: :class:`Node` (this laptop), its :class:`Keyring` and
  :class:`RosterView`, read from the vault it shares between threads;
* :mod:`sync.lan.probe`: the identify probe, its two machines and :func:`identify`;
* :mod:`sync.lan.server`: :class:`LanServer`, the connection pools and threads;
* :mod:`sync.lan.client`: :func:`sync_with`, :func:`sync_with_peer`, :func:`discover`
  and :func:`announcer`;
* :mod:`sync.lan.wire`: addresses, connecting, exact reads and writes.

Below them: the Secret Handshake (:mod:`sync.lan.shs`, machines in
:mod:`sync.lan.handshake`), the session (:mod:`sync.lan.session`), framing and the box
stream; every protocol step is a :class:`sync.lan.machine.Machine`.

**Network key and epochs.** The Secret Handshake's network key is
``derive_network_key(branch key of epoch e, e)``. After a revocation the admin's laptop
moves to a new epoch while the others still use the old one until they sync, so both
sides accept their current epoch and up to :data:`OLDER_EPOCHS_TRIED` older ones they
hold (the server checks the client's hello against each; the client tries newest
first). A revoked laptop still holds an old key and so gets as far as the server's
hello (64 bytes, nothing about the branch beyond "a laptop of it listens here"), then
the roster check turns it away: it never receives message 4 or any data. Without this,
a laptop that has not yet heard of a rotation could not sync with the admin's laptop
by LAN at all.

**How a client learns the server's key.** Shs1 needs the server's long-term public key
before the first byte. From discovery it is in the (sealed) TXT record. For a bare
``HOST:PORT`` we do better than trying every roster key in turn: an *identify probe*
on the same port (:mod:`sync.lan.probe` gives its bytes): 64 bytes, the size of a shs1
client hello, under a key derived from the branch key. A probe under the server's
current key is answered at once with its device key; one under an older key gets a
challenge, and only a device that proves it is active in the server's roster then gets
the answer. A revoked laptop, which holds only old keys, learns no device key: only
that a laptop of its former branch listens there, which its shs1 hello with the old key
tells it too.

Anyone without one of those keys gets nothing: the port closes after 64 bytes, as a
shs1 server does after a bad hello. A genuine shs1 hello starts with the magic with
probability 2^-64. A probe that is read and then closed on means "not recognised"
(:class:`NetworkMismatch`); a reset or silence means the laptop is busy or did not
answer (:class:`PeerNotAnswering`), never "another branch".

**Roster.** The server's handshake refuses (before message 4, so before any data) a
client whose key is not an active device of the roster; after the handshake the check
is repeated on a fresh view of the vault, and again before every chunk either side
sends (:mod:`sync.lan.session`). The client likewise refuses a server that is not an
active device of *its* roster.

**Connections.** Anyone on the network can open a TCP connection, so those not yet
through the handshake are kept apart from the sessions: at most :data:`MAX_PENDING` in
all and :data:`PENDING_PER_ADDRESS` silent ones per IP address, each given
:data:`HELLO_TIMEOUT` seconds for its first 64 bytes. When either bound is reached, a
newcomer takes the place of the oldest silent connection (one that has not shown a
branch key and has no bytes waiting; it is dropped with a reset); only if all
:data:`MAX_PENDING` places are held by connections that are not silent, is the newcomer
reset. Authenticated sessions have their own pool
(``max_connections``); a laptop arriving when it is full is told "busy" over the
encrypted stream. So silent sockets cannot lock members out: a member's connection
shows its key within a round trip, and from then on is not displaced.

**Threads.** :class:`LanServer` accepts on one thread and runs each connection on its
own. Network waits never hold the vault; the vault is held only to read the version
vector, to apply one received batch, and while reading each chunk of what the peer
lacks (see :class:`~sync.lan.session.ReplicaHost`). :meth:`LanServer.stop` raises a flag
that every wait for the vault checks, so no new batch is applied after it returns. One
log line per refused, broken or finished peer, at WARNING or INFO, on the
``caucus.lan`` logger.
"""

from __future__ import annotations

from sync.lan.client import (
    TRY_NEXT,
    Peer,
    announcer,
    discover,
    sync_with,
    sync_with_peer,
)
from sync.lan.keyring import OLDER_EPOCHS_TRIED, Keyring, Node, RosterView
from sync.lan.probe import (
    PROBE_ANSWER,
    PROBE_BYTES,
    PROBE_CHALLENGE,
    PROBE_MAGIC,
    PROBE_NONCE_BYTES,
    PROBE_PROOF_BYTES,
    PROBE_RESPONSE_BYTES,
    PROOF_CONTEXT,
    ProbeClient,
    ProbeServer,
    check_probe,
    identify,
    open_probe_proof,
    open_probe_response,
    probe_key,
    probe_proof,
    probe_request,
    probe_response,
)
from sync.lan.server import (
    DEFAULT_PORT,
    HELLO_TIMEOUT,
    MAX_PENDING,
    PENDING_PER_ADDRESS,
    LanServer,
    log,
)
from sync.lan.wire import (
    CONNECT_TIMEOUT,
    HANDSHAKE_TIMEOUT,
    connect,
    format_address,
    parse_address,
)

__all__ = [
    "CONNECT_TIMEOUT", "DEFAULT_PORT", "HANDSHAKE_TIMEOUT", "HELLO_TIMEOUT", "MAX_PENDING",
    "OLDER_EPOCHS_TRIED", "PENDING_PER_ADDRESS", "PROBE_ANSWER", "PROBE_BYTES",
    "PROBE_CHALLENGE", "PROBE_MAGIC", "PROBE_NONCE_BYTES", "PROBE_PROOF_BYTES",
    "PROBE_RESPONSE_BYTES", "PROOF_CONTEXT", "TRY_NEXT", "Keyring", "LanServer", "Node",
    "Peer", "ProbeClient", "ProbeServer", "RosterView", "announcer", "check_probe",
    "connect", "discover", "format_address", "identify", "log", "open_probe_proof",
    "open_probe_response", "parse_address", "probe_key", "probe_proof", "probe_request",
    "probe_response", "sync_with", "sync_with_peer",
]
