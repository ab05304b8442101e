"""Secret Handshake v1 (SSB "shs1") as two explicit, pure state machines.

The protocol follows the Scuttlebutt Protocol Guide ("Handshake") and the reference
implementation ``shs1-crypto``; ``tests/lan/test_shs1_conformance.py`` runs the
``shs1-test`` suite against both roles. Notation: ``K`` the network key, ``a``/``A``
the client's ephemeral/long-term keys, ``b``/``B`` the server's, ``ab`` the
Curve25519 shared secret of ``a`` and ``b`` (and so on)::

    1. client -> server  (64)   auth(a_pk, K) || a_pk
    2. server -> client  (64)   auth(b_pk, K) || b_pk
    3. client -> server (112)   secretbox(sha256(K||ab||aB), zero nonce,
                                          sign_A(K || B_pk || sha256(ab)) || A_pk)
    4. server -> client  (80)   secretbox(sha256(K||ab||aB||Ab), zero nonce,
                                          sign_B(K || msg3_plaintext || sha256(ab)))

Both sides then derive the box-stream keys: ``sha256(sha256(sha256(K||ab||aB||Ab)) ||
receiver's long-term public key)``, with nonces ``auth(receiver's ephemeral pk, K)[:24]``.

:class:`ClientHandshake` and :class:`ServerHandshake` are pure: bytes in, bytes out,
no sockets and no clocks. Each is a :class:`~sync.lan.machine.Machine` with one step per
message, each in the one state its ``TRANSITIONS`` table lists::

    client: START -hello-> SENT_HELLO -receive_server_hello-> GOT_SERVER_HELLO
            -authenticate-> SENT_AUTH -receive_server_accept-> DONE
    server: START -receive_client_hello-> GOT_CLIENT_HELLO -hello-> SENT_HELLO
            -receive_client_authenticate-> GOT_CLIENT_AUTH -accept-> DONE

A step out of order or any failure moves the machine to ``FAILED`` for good, so the
server never produces message 2 or 4 unless the message before it verified.
:mod:`sync.lan.shs` runs them over a blocking socket.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

import nacl.bindings
import nacl.exceptions
import nacl.public
import nacl.signing

from sync.lan.boxstream import BoxStreamDecoder, BoxStreamEncoder
from sync.lan.errors import (
    ClientAuthFailed,
    ClientNotAuthorized,
    HandshakeFailed,
    HandshakeMalformed,
    LanUsageError,
    NetworkMismatch,
    ServerAuthFailed,
)
from sync.lan.kdf import auth, auth_verify, sha256
from sync.lan.machine import Machine, have

NETWORK_KEY_BYTES = 32
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
MSG1_BYTES = 64  # client hello
MSG2_BYTES = 64  # server hello
MSG3_BYTES = 112  # client authenticate
MSG4_BYTES = 80  # server accept
BOX_NONCE_BYTES = 24

_ZERO_NONCE = bytes(24)

Authorize = Callable[[bytes], bool]


@dataclass(frozen=True)
class SessionKeys:
    """What a completed handshake yields: one key and nonce per direction, and the peer."""

    encrypt_key: bytes = field(repr=False)
    encrypt_nonce: bytes = field(repr=False)
    decrypt_key: bytes = field(repr=False)
    decrypt_nonce: bytes = field(repr=False)
    #: The peer's long-term Ed25519 public key (its device key).
    peer_public_key: bytes

    def encoder(self) -> BoxStreamEncoder:
        """A box-stream encoder for what we send."""
        return BoxStreamEncoder(self.encrypt_key, self.encrypt_nonce)

    def decoder(self) -> BoxStreamDecoder:
        """A box-stream decoder for what the peer sends."""
        return BoxStreamDecoder(self.decrypt_key, self.decrypt_nonce)


# --- helpers: every library failure becomes one of our errors ---------------------


def _network_key(network_key: bytes) -> bytes:
    if not isinstance(network_key, bytes | bytearray) or len(network_key) != NETWORK_KEY_BYTES:
        raise LanUsageError("The network key must be 32 bytes.")
    return bytes(network_key)


def _signing_key(key: nacl.signing.SigningKey) -> nacl.signing.SigningKey:
    if not isinstance(key, nacl.signing.SigningKey):
        raise LanUsageError("The long-term key must be a nacl.signing.SigningKey.")
    return key


def _ephemeral(key: nacl.public.PrivateKey | None) -> nacl.public.PrivateKey:
    if key is None:
        return nacl.public.PrivateKey.generate()
    if not isinstance(key, nacl.public.PrivateKey):
        raise LanUsageError("The ephemeral key must be a nacl.public.PrivateKey.")
    return key


def _ed25519_pk_to_curve(public_key: bytes, error: type[HandshakeFailed]) -> bytes:
    try:
        return nacl.bindings.crypto_sign_ed25519_pk_to_curve25519(public_key)
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        raise error() from None


def _ed25519_sk_to_curve(key: nacl.signing.SigningKey) -> bytes:
    # SigningKey.encode() is the 32-byte seed; libsodium wants seed || public key.
    return nacl.bindings.crypto_sign_ed25519_sk_to_curve25519(
        key.encode() + key.verify_key.encode()
    )


def _scalarmult(secret: bytes, public: bytes, error: type[HandshakeFailed]) -> bytes:
    """Curve25519; libsodium refuses low-order points (an all-zero result)."""
    try:
        return nacl.bindings.crypto_scalarmult(secret, public)
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        raise error() from None


def _verify(public_key: bytes, message: bytes, signature: bytes) -> bool:
    try:
        nacl.signing.VerifyKey(public_key).verify(message, signature)
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        return False
    return True


def _open(boxed: bytes, key: bytes) -> bytes | None:
    try:
        return nacl.bindings.crypto_secretbox_open_easy(boxed, _ZERO_NONCE, key)
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        return None


def _check_length(message: bytes, expected: int) -> bytes:
    if not isinstance(message, bytes | bytearray | memoryview) or len(message) != expected:
        raise HandshakeMalformed()
    return bytes(message)


def _hello_key(message: bytes, expected: int, network_key: bytes) -> bytes:
    """The ephemeral public key of a hello whose tag the network key verifies."""
    message = _check_length(message, expected)
    tag, ephemeral_pk = message[:32], message[32:]
    if not auth_verify(tag, ephemeral_pk, network_key):
        raise NetworkMismatch()
    return ephemeral_pk


def _session_keys(
    network_key: bytes,
    msg4_key: bytes,
    own_longterm_pk: bytes,
    own_ephemeral_pk: bytes,
    peer_longterm_pk: bytes,
    peer_ephemeral_pk: bytes,
) -> SessionKeys:
    """We encrypt for the peer's long-term key and decrypt what was sent to ours."""
    msg4_key_hash = sha256(msg4_key)
    return SessionKeys(
        encrypt_key=sha256(msg4_key_hash + peer_longterm_pk),
        encrypt_nonce=auth(peer_ephemeral_pk, network_key)[:BOX_NONCE_BYTES],
        decrypt_key=sha256(msg4_key_hash + own_longterm_pk),
        decrypt_nonce=auth(own_ephemeral_pk, network_key)[:BOX_NONCE_BYTES],
        peer_public_key=peer_longterm_pk,
    )


# --- client -----------------------------------------------------------------------


class ClientState(enum.Enum):
    START = "start"
    SENT_HELLO = "sent client hello"
    GOT_SERVER_HELLO = "got server hello"
    SENT_AUTH = "sent client authenticate"
    DONE = "done"
    FAILED = "failed"


class ClientHandshake(Machine):
    """The connecting side: knows the network key and which server it wants to reach.

    ``hello()`` -> msg1; ``receive_server_hello(msg2)``; ``authenticate()`` -> msg3;
    ``receive_server_accept(msg4)`` -> :class:`SessionKeys`.
    """

    TRANSITIONS = {
        (ClientState.START, "hello"): ClientState.SENT_HELLO,
        (ClientState.SENT_HELLO, "receive_server_hello"): ClientState.GOT_SERVER_HELLO,
        (ClientState.GOT_SERVER_HELLO, "authenticate"): ClientState.SENT_AUTH,
        (ClientState.SENT_AUTH, "receive_server_accept"): ClientState.DONE,
    }
    START, FAILED = ClientState.START, ClientState.FAILED
    WHAT = "handshake"

    def __init__(
        self,
        network_key: bytes,
        client_longterm_signing_key: nacl.signing.SigningKey,
        server_longterm_pk: bytes | nacl.signing.VerifyKey,
        ephemeral: nacl.public.PrivateKey | None = None,
    ) -> None:
        super().__init__()
        self._K = _network_key(network_key)
        self._longterm = _signing_key(client_longterm_signing_key)
        if isinstance(server_longterm_pk, nacl.signing.VerifyKey):
            server_longterm_pk = server_longterm_pk.encode()
        if (
            not isinstance(server_longterm_pk, bytes | bytearray)
            or len(server_longterm_pk) != PUBLIC_KEY_BYTES
        ):
            raise LanUsageError("The server's public key must be 32 bytes.")
        self._server_pk = bytes(server_longterm_pk)
        try:
            self._server_curve_pk = nacl.bindings.crypto_sign_ed25519_pk_to_curve25519(
                self._server_pk
            )
        except (nacl.exceptions.CryptoError, ValueError, TypeError):
            raise LanUsageError("The server's public key is not a valid Ed25519 key.") from None
        self._ephemeral = _ephemeral(ephemeral)
        self._ephemeral_pk = self._ephemeral.public_key.encode()
        self._server_ephemeral_pk: bytes | None = None
        self._ab: bytes | None = None
        self._aB: bytes | None = None
        self._Ab: bytes | None = None
        self._msg3_plaintext: bytes | None = None
        self._session_keys: SessionKeys | None = None

    def hello(self) -> bytes:
        """Message 1: our ephemeral key, authenticated with the network key."""
        return self.step("hello", lambda: auth(self._ephemeral_pk, self._K) + self._ephemeral_pk)

    def receive_server_hello(self, msg2: bytes) -> None:
        """Check message 2: the server knows the network key; learn its ephemeral key."""

        def check() -> None:
            server_ephemeral_pk = _hello_key(msg2, MSG2_BYTES, self._K)
            ephemeral_sk = self._ephemeral.encode()
            self._ab = _scalarmult(ephemeral_sk, server_ephemeral_pk, HandshakeMalformed)
            self._aB = _scalarmult(ephemeral_sk, self._server_curve_pk, HandshakeMalformed)
            self._Ab = _scalarmult(
                _ed25519_sk_to_curve(self._longterm), server_ephemeral_pk, HandshakeMalformed
            )
            self._server_ephemeral_pk = server_ephemeral_pk

        self.step("receive_server_hello", check)

    def authenticate(self) -> bytes:
        """Message 3: prove our identity, sealed so only the intended server can read it."""

        def seal() -> bytes:
            ab, aB = have(self._ab), have(self._aB)
            signed = self._K + self._server_pk + sha256(ab)
            signature = self._longterm.sign(signed).signature
            self._msg3_plaintext = signature + self._longterm.verify_key.encode()
            key = sha256(self._K + ab + aB)
            return nacl.bindings.crypto_secretbox_easy(self._msg3_plaintext, _ZERO_NONCE, key)

        return self.step("authenticate", seal)

    def receive_server_accept(self, msg4: bytes) -> SessionKeys:
        """Check message 4: the server proved its identity; return the session keys."""

        def check() -> SessionKeys:
            ab, aB, Ab = have(self._ab), have(self._aB), have(self._Ab)
            msg3_plaintext = have(self._msg3_plaintext)
            key = sha256(self._K + ab + aB + Ab)
            signature = _open(_check_length(msg4, MSG4_BYTES), key)
            if signature is None or not _verify(
                self._server_pk, self._K + msg3_plaintext + sha256(ab), signature
            ):
                raise ServerAuthFailed()
            self._session_keys = _session_keys(
                self._K,
                key,
                own_longterm_pk=self._longterm.verify_key.encode(),
                own_ephemeral_pk=self._ephemeral_pk,
                peer_longterm_pk=self._server_pk,
                peer_ephemeral_pk=have(self._server_ephemeral_pk),
            )
            self.release()
            return self._session_keys

        return self.step("receive_server_accept", check)

    @property
    def session_keys(self) -> SessionKeys:
        """The outcome; only once the handshake is done."""
        return self.outcome(ClientState.DONE, self._session_keys, "session keys")

    def release(self) -> None:
        self._ab = self._aB = self._Ab = self._msg3_plaintext = None


# --- server -----------------------------------------------------------------------


class ServerState(enum.Enum):
    START = "start"
    GOT_CLIENT_HELLO = "got client hello"
    SENT_HELLO = "sent server hello"
    GOT_CLIENT_AUTH = "got client authenticate"
    DONE = "done"
    FAILED = "failed"


class ServerHandshake(Machine):
    """The listening side: knows the network key and decides whom to let in.

    ``receive_client_hello(msg1)``; ``hello()`` -> msg2;
    ``receive_client_authenticate(msg3)`` (verifies, then asks ``authorize``);
    ``accept()`` -> msg4; then :attr:`session_keys`.

    ``authorize(client_longterm_pk) -> bool`` is called only for a client that proved
    its key; returning false fails the handshake with :class:`ClientNotAuthorized`
    before message 4 exists (and an exception it raises fails it too, and comes out as
    it is). Without ``authorize`` every proven key is accepted.
    """

    TRANSITIONS = {
        (ServerState.START, "receive_client_hello"): ServerState.GOT_CLIENT_HELLO,
        (ServerState.GOT_CLIENT_HELLO, "hello"): ServerState.SENT_HELLO,
        (ServerState.SENT_HELLO, "receive_client_authenticate"): ServerState.GOT_CLIENT_AUTH,
        (ServerState.GOT_CLIENT_AUTH, "accept"): ServerState.DONE,
    }
    START, FAILED = ServerState.START, ServerState.FAILED
    WHAT = "handshake"

    def __init__(
        self,
        network_key: bytes,
        server_longterm_signing_key: nacl.signing.SigningKey,
        ephemeral: nacl.public.PrivateKey | None = None,
        authorize: Authorize | None = None,
    ) -> None:
        super().__init__()
        self._K = _network_key(network_key)
        self._longterm = _signing_key(server_longterm_signing_key)
        self._longterm_pk = self._longterm.verify_key.encode()
        self._ephemeral = _ephemeral(ephemeral)
        self._ephemeral_pk = self._ephemeral.public_key.encode()
        if authorize is not None and not callable(authorize):
            raise LanUsageError("authorize must be a callable taking the client's public key.")
        self._authorize = authorize
        self._client_ephemeral_pk: bytes | None = None
        self._client_longterm_pk: bytes | None = None
        self._ab: bytes | None = None
        self._aB: bytes | None = None
        self._msg3_plaintext: bytes | None = None
        self._msg4_key: bytes | None = None
        self._session_keys: SessionKeys | None = None

    def receive_client_hello(self, msg1: bytes) -> None:
        """Check message 1: the client knows the network key; learn its ephemeral key."""

        def check() -> None:
            client_ephemeral_pk = _hello_key(msg1, MSG1_BYTES, self._K)
            ephemeral_sk = self._ephemeral.encode()
            self._ab = _scalarmult(ephemeral_sk, client_ephemeral_pk, HandshakeMalformed)
            self._aB = _scalarmult(
                _ed25519_sk_to_curve(self._longterm), client_ephemeral_pk, HandshakeMalformed
            )
            self._client_ephemeral_pk = client_ephemeral_pk

        self.step("receive_client_hello", check)

    def hello(self) -> bytes:
        """Message 2: our ephemeral key, authenticated with the network key."""
        return self.step("hello", lambda: auth(self._ephemeral_pk, self._K) + self._ephemeral_pk)

    def receive_client_authenticate(self, msg3: bytes) -> None:
        """Check message 3: open it, verify the client's signature, then ``authorize``."""

        def check() -> None:
            ab, aB = have(self._ab), have(self._aB)
            plaintext = _open(_check_length(msg3, MSG3_BYTES), sha256(self._K + ab + aB))
            if plaintext is None:
                raise ClientAuthFailed()
            signature, client_pk = plaintext[:SIGNATURE_BYTES], plaintext[SIGNATURE_BYTES:]
            signed = self._K + self._longterm_pk + sha256(ab)
            if not _verify(client_pk, signed, signature):
                raise ClientAuthFailed()
            client_curve_pk = _ed25519_pk_to_curve(client_pk, ClientAuthFailed)
            Ab = _scalarmult(self._ephemeral.encode(), client_curve_pk, ClientAuthFailed)
            if self._authorize is not None and not self._authorize(client_pk):
                raise ClientNotAuthorized()
            self._client_longterm_pk = client_pk
            self._msg3_plaintext = plaintext
            self._msg4_key = sha256(self._K + ab + aB + Ab)

        self.step("receive_client_authenticate", check)

    def accept(self) -> bytes:
        """Message 4: prove our identity to the (now verified and authorized) client."""

        def seal() -> bytes:
            ab, msg4_key = have(self._ab), have(self._msg4_key)
            signed = self._K + have(self._msg3_plaintext) + sha256(ab)
            signature = self._longterm.sign(signed).signature
            msg4 = nacl.bindings.crypto_secretbox_easy(signature, _ZERO_NONCE, msg4_key)
            self._session_keys = _session_keys(
                self._K,
                msg4_key,
                own_longterm_pk=self._longterm_pk,
                own_ephemeral_pk=self._ephemeral_pk,
                peer_longterm_pk=have(self._client_longterm_pk),
                peer_ephemeral_pk=have(self._client_ephemeral_pk),
            )
            self.release()
            return msg4

        return self.step("accept", seal)

    @property
    def client_public_key(self) -> bytes | None:
        """The client's long-term key once message 3 verified (``None`` before)."""
        return self._client_longterm_pk

    @property
    def session_keys(self) -> SessionKeys:
        """The outcome; only once :meth:`accept` produced message 4."""
        return self.outcome(ServerState.DONE, self._session_keys, "session keys")

    def release(self) -> None:
        self._ab = self._aB = self._msg3_plaintext = self._msg4_key = None
