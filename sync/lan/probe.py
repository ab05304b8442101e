"""The identify probe: how a client that has only ``HOST:PORT`` learns the key of the
branch laptop listening there, before its Secret Handshake (which needs that key).

The probe is 64 bytes, the size of a shs1 client hello::

    "CAUCUSID" ‖ nonce (24) ‖ auth(tag_key, "CAUCUSID" ‖ nonce) (32)

where ``key_id = derive_key(branch key, "lan/identify/v3")``, ``tag_key =
derive_key(key_id, "lan/identify/tag")`` and ``box_key = derive_key(key_id,
"lan/identify/box")``: one key, one use (v2 used ``key_id`` for both the tag and the
boxes). Every answer is a box
``nonce' ‖ secretbox(box_key, nonce', kind ‖ value (32) ‖ sha256(probe)[:16])``:

* a probe under the server's *current* key is answered at once with kind 1, its device
  key, and the connection closes;
* a probe under one of its older keys gets kind 2, a random 32-byte challenge; the
  client must send ``nonce'' ‖ secretbox(box_key, nonce'', device key ‖ signature)``, its
  device key signing ``"caucus/lan/identify-proof/v1" ‖ sha256(probe) ‖ challenge``,
  and only a device that is active in the server's roster then gets kind 1.

Both sides are explicit machines (:class:`~sync.lan.machine.Machine`)::

    client: START -send_probe-> SENT_PROBE -answer-> IDENTIFIED
                                SENT_PROBE -challenge-> GOT_CHALLENGE
            GOT_CHALLENGE -send_proof-> SENT_PROOF -answer-> IDENTIFIED
    server: START -current_probe-> GOT_CURRENT_PROBE -answer-> ANSWERED
            START -older_probe-> GOT_OLDER_PROBE -challenge-> SENT_CHALLENGE
            SENT_CHALLENGE -receive_proof-> PROVEN -answer-> ANSWERED

A response the client cannot open, or one out of turn, fails the client's machine with
:class:`~sync.lan.errors.NetworkMismatch` (not recognised under that key); a proof that
does not verify fails the server's with :class:`~sync.lan.errors.ClientAuthFailed`, one
from a device not active in its roster with :class:`~sync.lan.errors.ClientNotAuthorized`.
:func:`identify` runs the client over a socket, trying each epoch's key newest first;
the server side runs in :class:`sync.lan.server.LanServer`.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import time
from collections.abc import Callable

import nacl.bindings
import nacl.exceptions
import nacl.signing
import nacl.utils

from sync.keys import derive_key
from sync.lan.errors import (
    ClientAuthFailed,
    ClientNotAuthorized,
    ConnectionLost,
    HandshakeRefused,
    HandshakeTimeout,
    NetworkMismatch,
)
from sync.lan.kdf import auth, auth_verify
from sync.lan.keyring import Node
from sync.lan.machine import Machine, have
from sync.lan.wire import (
    CONNECT_TIMEOUT,
    connect,
    format_address,
    not_answering,
    read_exact,
    write_all,
)

PROBE_MAGIC = b"CAUCUSID"
PROBE_NONCE_BYTES = 24
PROBE_BYTES = len(PROBE_MAGIC) + PROBE_NONCE_BYTES + 32
PROBE_ANSWER, PROBE_CHALLENGE = 1, 2
PROBE_RESPONSE_BYTES = 24 + 16 + 1 + 32 + 16
PROBE_PROOF_BYTES = 24 + 16 + 32 + 64
PROOF_CONTEXT = b"caucus/lan/identify-proof/v1"


# -- the messages ------------------------------------------------------------------------
def probe_key(branch_key: bytes) -> bytes:
    """The probe's root key ``key_id``; it keys nothing itself (see the module docstring)."""
    return derive_key(branch_key, "lan/identify/v3")


def _tag_key(key: bytes) -> bytes:
    return derive_key(key, "lan/identify/tag")


def _box_key(key: bytes) -> bytes:
    return derive_key(key, "lan/identify/box")


def probe_request(key: bytes, nonce: bytes | None = None) -> bytes:
    nonce = nacl.utils.random(PROBE_NONCE_BYTES) if nonce is None else nonce
    head = PROBE_MAGIC + nonce
    return head + auth(head, _tag_key(key))


def check_probe(key: bytes, request: bytes) -> bool:
    head, tag = request[:PROBE_BYTES - 32], request[PROBE_BYTES - 32:]
    return (len(request) == PROBE_BYTES and request.startswith(PROBE_MAGIC)
            and auth_verify(tag, head, _tag_key(key)))


def _binding(request: bytes) -> bytes:
    return hashlib.sha256(request).digest()[:16]


def _seal(key: bytes, plain: bytes) -> bytes:
    nonce = nacl.utils.random(24)
    return nonce + nacl.bindings.crypto_secretbox_easy(plain, nonce, _box_key(key))


def _open(key: bytes, box: bytes) -> bytes | None:
    try:
        return nacl.bindings.crypto_secretbox_open_easy(box[24:], box[:24], _box_key(key))
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        return None


def probe_response(key: bytes, request: bytes, kind: int, value: bytes) -> bytes:
    """The server's answer (:data:`PROBE_ANSWER`, its device key) or challenge."""
    return _seal(key, bytes([kind]) + value + _binding(request))


def open_probe_response(key: bytes, request: bytes,
                        response: bytes) -> tuple[int, bytes] | None:
    """``(kind, value)`` of a genuine response to ``request``, else ``None``."""
    plain = _open(key, response) if len(response) == PROBE_RESPONSE_BYTES else None
    if plain is None or plain[0] not in (PROBE_ANSWER, PROBE_CHALLENGE) or (
            plain[33:] != _binding(request)):
        return None
    return plain[0], plain[1:33]


def _proof_message(request: bytes, challenge: bytes) -> bytes:
    return PROOF_CONTEXT + hashlib.sha256(request).digest() + challenge


def probe_proof(key: bytes, request: bytes, challenge: bytes,
                signing_key: nacl.signing.SigningKey) -> bytes:
    """The client's proof that it is the device it names (sealed: only key holders see who)."""
    signed = signing_key.sign(_proof_message(request, challenge)).signature
    return _seal(key, bytes(signing_key.verify_key) + signed)


def open_probe_proof(key: bytes, request: bytes, challenge: bytes,
                     proof: bytes) -> bytes | None:
    """The device key that signed this challenge, or ``None``."""
    plain = _open(key, proof) if len(proof) == PROBE_PROOF_BYTES else None
    if plain is None:
        return None
    try:
        nacl.signing.VerifyKey(plain[:32]).verify(_proof_message(request, challenge),
                                                  plain[32:])
    except (nacl.exceptions.CryptoError, ValueError):
        return None
    return plain[:32]


# -- the machines --------------------------------------------------------------------------
class ProbeClientState(enum.Enum):
    START = "start"
    SENT_PROBE = "sent the probe"
    GOT_CHALLENGE = "got a challenge"
    SENT_PROOF = "sent the proof"
    IDENTIFIED = "identified"
    FAILED = "failed"


class ProbeClient(Machine):
    """Asks the laptop at the other end, under one epoch's branch key, for its device key.

    ``request()`` -> the probe; ``receive(response)``: an answer (then :attr:`device_pk`)
    or a challenge, after which ``proof()`` -> the proof and ``receive(answer)``.
    """

    C = ProbeClientState
    TRANSITIONS = {
        (C.START, "send_probe"): C.SENT_PROBE,
        (C.SENT_PROBE, "answer"): C.IDENTIFIED,
        (C.SENT_PROBE, "challenge"): C.GOT_CHALLENGE,
        (C.GOT_CHALLENGE, "send_proof"): C.SENT_PROOF,
        (C.SENT_PROOF, "answer"): C.IDENTIFIED,
    }
    START, FAILED = C.START, C.FAILED
    WHAT = "identify probe"
    #: What the peer can send; one the table does not expect means "not recognised".
    RESPONSES = frozenset({"answer", "challenge", "unreadable"})

    def __init__(self, branch_key: bytes, signing_key: nacl.signing.SigningKey,
                 nonce: bytes | None = None) -> None:
        super().__init__()
        self._key = probe_key(branch_key)
        self._signing_key = signing_key
        self._nonce = nonce
        self._request: bytes | None = None
        self._challenge: bytes | None = None
        self._device_pk: bytes | None = None

    def refusal(self, event: str) -> BaseException:
        if event in self.RESPONSES:
            return NetworkMismatch("The other laptop did not recognise this one under that key.")
        return super().refusal(event)

    def request(self) -> bytes:
        """The probe (64 bytes)."""

        def build() -> bytes:
            self._request = probe_request(self._key, self._nonce)
            return self._request

        return self.step("send_probe", build)

    def receive(self, response: bytes) -> None:
        """The server's answer (its device key) or challenge."""
        if self.state not in (self.C.SENT_PROBE, self.C.SENT_PROOF):
            self.go("receive")  # not awaiting a response: refused (or already failed)
            return
        opened = open_probe_response(self._key, have(self._request, "probe"), response)
        if opened is None:
            self.go("unreadable")  # no row in the table: fails the machine
            return
        kind, value = opened

        def take() -> None:
            if kind == PROBE_ANSWER:
                self._device_pk = value
            else:
                self._challenge = value

        self.step("answer" if kind == PROBE_ANSWER else "challenge", take)

    def proof(self) -> bytes:
        """The proof, sealed, that this device holds its key and was challenged."""
        return self.step("send_proof", lambda: probe_proof(
            self._key, have(self._request, "probe"), have(self._challenge, "challenge"),
            self._signing_key))

    @property
    def device_pk(self) -> bytes:
        """The server's device key, once it answered."""
        return self.outcome(self.C.IDENTIFIED, self._device_pk, "device key")


class ProbeServerState(enum.Enum):
    START = "start"
    GOT_CURRENT_PROBE = "got a probe under the current key"
    GOT_OLDER_PROBE = "got a probe under an older key"
    SENT_CHALLENGE = "sent a challenge"
    PROVEN = "the prober proved to be an active device"
    ANSWERED = "answered"
    FAILED = "failed"


class ProbeServer(Machine):
    """Answers one probe: at once under the current key, after a proof under an older one.

    ``receive_probe(request)``; under an older key ``challenge()`` -> the challenge and
    ``receive_proof(proof)`` (verified, then ``authorize(device key)``); then
    ``answer()`` -> the answer. The table itself has no answer to an older key's probe
    before a proof.
    """

    V = ProbeServerState
    TRANSITIONS = {
        (V.START, "current_probe"): V.GOT_CURRENT_PROBE,
        (V.START, "older_probe"): V.GOT_OLDER_PROBE,
        (V.GOT_CURRENT_PROBE, "answer"): V.ANSWERED,
        (V.GOT_OLDER_PROBE, "challenge"): V.SENT_CHALLENGE,
        (V.SENT_CHALLENGE, "receive_proof"): V.PROVEN,
        (V.PROVEN, "answer"): V.ANSWERED,
    }
    START, FAILED = V.START, V.FAILED
    WHAT = "identify probe"

    def __init__(self, branch_key: bytes, device_pk: bytes, *, current: bool,
                 authorize: Callable[[bytes], bool], challenge: bytes | None = None) -> None:
        super().__init__()
        self._key = probe_key(branch_key)
        self._device_pk = device_pk
        self._current = current
        self._authorize = authorize
        self._challenge = nacl.utils.random(32) if challenge is None else challenge
        self._request: bytes | None = None

    def receive_probe(self, request: bytes) -> None:
        def check() -> None:
            if not check_probe(self._key, request):
                raise NetworkMismatch()
            self._request = request

        self.step("current_probe" if self._current else "older_probe", check)

    @property
    def must_challenge(self) -> bool:
        """Whether the prober must prove itself before the answer (it used an older key)."""
        return self.state is self.V.GOT_OLDER_PROBE

    def challenge(self) -> bytes:
        return self.step("challenge", lambda: probe_response(
            self._key, have(self._request, "probe"), PROBE_CHALLENGE, self._challenge))

    def receive_proof(self, proof: bytes) -> None:
        def check() -> None:
            pk = open_probe_proof(self._key, have(self._request, "probe"), self._challenge,
                                  proof)
            if pk is None:
                raise ClientAuthFailed()
            if not self._authorize(pk):
                raise ClientNotAuthorized()

        self.step("receive_proof", check)

    def answer(self) -> bytes:
        """This laptop's device key, for a probe under the current key or a proven device."""
        return self.step("answer", lambda: probe_response(
            self._key, have(self._request, "probe"), PROBE_ANSWER, self._device_pk))


# -- the client over a socket ---------------------------------------------------------------
def identify(node: Node, address: tuple[str, int], *,
             timeout: float = CONNECT_TIMEOUT) -> tuple[bytes, int]:
    """The device key and key epoch of the branch laptop listening at ``address``.

    Each epoch's probe the laptop reads and then hangs up on (or answers with nothing
    this laptop can read) means it does not recognise that key (or, for an older key,
    this device); if none is recognised, that is :class:`NetworkMismatch`. A reset or
    silence is :class:`PeerNotAnswering`.
    """
    keyring = node.keyring
    for epoch in keyring.epochs():
        machine = ProbeClient(keyring.branch_key(epoch), keyring.signing_key)
        with contextlib.closing(connect(address, timeout)) as sock:
            deadline = time.monotonic() + timeout
            try:
                write_all(sock, machine.request(), deadline)
                machine.receive(read_exact(sock, PROBE_RESPONSE_BYTES, deadline))
                if machine.state is ProbeClientState.GOT_CHALLENGE:
                    write_all(sock, machine.proof(), deadline)
                    machine.receive(read_exact(sock, PROBE_RESPONSE_BYTES, deadline))
            except (HandshakeRefused, NetworkMismatch):
                continue  # read and hung up on, or not recognised: try an older key
            except (ConnectionLost, HandshakeTimeout):
                raise not_answering(address) from None
        return machine.device_pk, epoch
    raise NetworkMismatch(
        f"The laptop at {format_address(address)} did not recognise this laptop: it belongs "
        "to another branch, or it holds a newer branch key and does not count this laptop "
        "as an active device."
    )
