"""Secret Handshake v1: known answers, transitions, tampering, fuzzing and socket glue."""

from __future__ import annotations

import functools
import hashlib
import socket
import threading
from collections.abc import Callable

import nacl.bindings
import nacl.public
import nacl.signing
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sync.errors import CaucusError
from sync.lan import kdf
from sync.lan.errors import (
    ClientAuthFailed,
    ClientNotAuthorized,
    HandshakeFailed,
    HandshakeMalformed,
    HandshakeRefused,
    HandshakeTimeout,
    LanUsageError,
    NetworkMismatch,
    ServerAuthFailed,
)
from sync.lan.shs import (
    ClientHandshake,
    ClientState,
    ServerHandshake,
    ServerState,
    SessionKeys,
    box_stream_socket,
    client_handshake,
    server_handshake,
)

# Produced by the JavaScript reference implementation shs1-crypto 1.0.2 (the crypto of
# the shs1-test suite) on these pinned inputs; see tests/lan/make_js_vectors.js.
JS = {
    "network_key": "d4a1cb88a66f02f8db635ce26441cc5dac1b08420ceaac230839b755845a9ffb",
    "msg1": "883239f8c7165cb7db838910d06ef49c6b2ae05dd68d1aaed80e3c283af06829"
    "5dfedd3b6bd47f6fa28ee15d969d5bb0ea53774d488bdaf9df1c6e0124b3ef22",
    "msg2": "4375f9c1d57129521f356625731cdf2cbb191349133e88188f62966ee39542d0"
    "ac01b2209e86354fb853237b5de0f4fab13c7fcbf433a61c019369617fecf10b",
    "msg3": "61cbde099f19c20241aa0bf870362c4aee4a2cfc0b8023efa1f8b60b41999254"
    "a4d02eb960aac24ae2b8ccbcb00ccb6bf3e626c8c8314d2be34a0506a0a327c5"
    "d7abd29ca79024a5bef92d99a5707d4f50b8c0fab34417b6bece706cdd5347ba"
    "f9a1876fdee8b014df4b8d088b755540",
    "msg4": "d608859b4555cef1b3272ddea67ac7add33e3c74f56e6bc98b353198809e5caa"
    "60daa905ea838854cfec7caee24baf7a244d41693e9273efa06b250a7b509d28"
    "62fa28554c18d9d64633f9a8d8bf3ee5",
    "client_encrypt_key": "04f305c2bcba4b7d2c5a66a08ebdb826fb0a6fa148d9019aa4f5a29d3299503e",
    "client_encrypt_nonce": "4375f9c1d57129521f356625731cdf2cbb191349133e8818",
    "client_decrypt_key": "dade10a21e9c051f7cbe344054753abb39d6ce2a694aebbe35176fb1f6a95d05",
    "client_decrypt_nonce": "883239f8c7165cb7db838910d06ef49c6b2ae05dd68d1aae",
}

NETWORK_KEY = bytes.fromhex(JS["network_key"])
OTHER_NETWORK_KEY = bytes(32)
CLIENT_KEY = nacl.signing.SigningKey(bytes([1]) * 32)
SERVER_KEY = nacl.signing.SigningKey(bytes([2]) * 32)
CLIENT_PK = CLIENT_KEY.verify_key.encode()
SERVER_PK = SERVER_KEY.verify_key.encode()


def client_eph() -> nacl.public.PrivateKey:
    return nacl.public.PrivateKey(bytes([3]) * 32)


def server_eph() -> nacl.public.PrivateKey:
    return nacl.public.PrivateKey(bytes([4]) * 32)


def pinned_pair(**server_kwargs) -> tuple[ClientHandshake, ServerHandshake]:
    client = ClientHandshake(NETWORK_KEY, CLIENT_KEY, SERVER_PK, ephemeral=client_eph())
    server = ServerHandshake(NETWORK_KEY, SERVER_KEY, ephemeral=server_eph(), **server_kwargs)
    return client, server


def run(client: ClientHandshake, server: ServerHandshake) -> tuple[SessionKeys, SessionKeys]:
    server.receive_client_hello(client.hello())
    client.receive_server_hello(server.hello())
    server.receive_client_authenticate(client.authenticate())
    client_keys = client.receive_server_accept(server.accept())
    return client_keys, server.session_keys


@functools.cache
def transcript() -> tuple[bytes, ...]:
    client, server = pinned_pair()
    msg1 = client.hello()
    server.receive_client_hello(msg1)
    msg2 = server.hello()
    client.receive_server_hello(msg2)
    msg3 = client.authenticate()
    server.receive_client_authenticate(msg3)
    return (msg1, msg2, msg3, server.accept())


# --- known answers -----------------------------------------------------------------


def test_messages_match_the_js_reference_byte_for_byte():
    msg1, msg2, msg3, msg4 = transcript()
    assert msg1.hex() == JS["msg1"]
    assert msg2.hex() == JS["msg2"]
    assert msg3.hex() == JS["msg3"]
    assert msg4.hex() == JS["msg4"]


def test_session_keys_match_the_js_reference_and_mirror_each_other():
    client_keys, server_keys = run(*pinned_pair())
    assert client_keys.encrypt_key.hex() == JS["client_encrypt_key"]
    assert client_keys.encrypt_nonce.hex() == JS["client_encrypt_nonce"]
    assert client_keys.decrypt_key.hex() == JS["client_decrypt_key"]
    assert client_keys.decrypt_nonce.hex() == JS["client_decrypt_nonce"]
    assert server_keys.encrypt_key == client_keys.decrypt_key
    assert server_keys.encrypt_nonce == client_keys.decrypt_nonce
    assert server_keys.decrypt_key == client_keys.encrypt_key
    assert server_keys.decrypt_nonce == client_keys.encrypt_nonce
    assert client_keys.peer_public_key == SERVER_PK
    assert server_keys.peer_public_key == CLIENT_PK


def test_session_keys_follow_the_spec_derivation():
    """Box-stream keys: sha256(sha256(sha256(K||ab||aB||Ab)) || receiver pk)."""
    client_keys, _ = run(*pinned_pair())
    a, b = client_eph().encode(), server_eph().encode()
    a_pk, b_pk = client_eph().public_key.encode(), server_eph().public_key.encode()
    curve = nacl.bindings
    ab = curve.crypto_scalarmult(a, b_pk)
    aB = curve.crypto_scalarmult(a, curve.crypto_sign_ed25519_pk_to_curve25519(SERVER_PK))
    Ab = curve.crypto_scalarmult(b, curve.crypto_sign_ed25519_pk_to_curve25519(CLIENT_PK))
    sha = kdf.sha256
    inner = sha(sha(NETWORK_KEY + ab + aB + Ab))
    assert client_keys.encrypt_key == sha(inner + SERVER_PK)
    assert client_keys.decrypt_key == sha(inner + CLIENT_PK)
    assert client_keys.encrypt_nonce == kdf.auth(b_pk, NETWORK_KEY)[:24]
    assert client_keys.decrypt_nonce == kdf.auth(a_pk, NETWORK_KEY)[:24]


def test_random_keys_interoperate():
    client_key, server_key = nacl.signing.SigningKey.generate(), nacl.signing.SigningKey.generate()
    network_key = kdf.derive_network_key(bytes(range(32)), 3)
    client = ClientHandshake(network_key, client_key, server_key.verify_key)
    server = ServerHandshake(network_key, server_key)
    client_keys, server_keys = run(client, server)
    assert client_keys.encrypt_key == server_keys.decrypt_key
    assert client_keys.decrypt_nonce == server_keys.encrypt_nonce
    assert server.client_public_key == client_key.verify_key.encode()
    # Fresh ephemerals: a second session has different keys.
    again, _ = run(
        ClientHandshake(network_key, client_key, server_key.verify_key),
        ServerHandshake(network_key, server_key),
    )
    assert again.encrypt_key != client_keys.encrypt_key


def test_session_keys_repr_hides_secrets():
    client_keys, _ = run(*pinned_pair())
    text = repr(client_keys)
    assert client_keys.encrypt_key.hex() not in text and "encrypt_key" not in text


def test_crypto_auth_matches_the_hmac_sha512_256_definition():
    # crypto_auth(msg1's ephemeral pk, K) is msg1's first 32 bytes in the JS vector.
    msg1 = bytes.fromhex(JS["msg1"])
    assert kdf.auth(msg1[32:], NETWORK_KEY) == msg1[:32]
    assert kdf.auth_verify(msg1[:32], msg1[32:], NETWORK_KEY)
    assert not kdf.auth_verify(msg1[:31], msg1[32:], NETWORK_KEY)


# --- network key derivation --------------------------------------------------------


def test_derive_network_key_is_keyed_blake2b_of_the_purpose_and_epoch():
    branch_key = bytes(range(32))
    expected = hashlib.blake2b(
        b"caucus/lan/shs1-network-key/v1" + (7).to_bytes(8, "big"), key=branch_key, digest_size=32
    ).digest()
    assert kdf.derive_network_key(branch_key, 7) == expected
    assert len(expected) == 32
    assert kdf.derive_network_key(branch_key, 8) != expected
    assert kdf.derive_network_key(bytes(32), 7) != expected


@pytest.mark.parametrize(
    ("branch_key", "epoch"),
    [(b"short", 0), (bytes(32), -1), (bytes(32), 2**64), (bytes(32), True), ("x" * 32, 0)],
)
def test_derive_network_key_rejects_bad_input(branch_key, epoch):
    with pytest.raises(LanUsageError):
        kdf.derive_network_key(branch_key, epoch)


# --- transitions -------------------------------------------------------------------


def test_client_transitions_only_in_order():
    """A step out of order is refused and fails the handshake for good (the rule of
    every LAN machine, sync.lan.machine); in order, each step moves one state on."""
    out_of_order = [
        (0, lambda c, s: c.authenticate()),
        (0, lambda c, s: c.receive_server_hello(bytes(64))),
        (1, lambda c, s: c.hello()),
        (4, lambda c, s: c.receive_server_accept(bytes(80))),
    ]
    for steps, misuse in out_of_order:
        client, server = pinned_pair()
        run_steps(client, server, steps)
        with pytest.raises(LanUsageError):
            misuse(client, server)
        assert client.state is ClientState.FAILED
        for later in (client.hello, client.authenticate):
            with pytest.raises(LanUsageError):
                later()
    client, server = pinned_pair()
    assert client.state is ClientState.START
    with pytest.raises(LanUsageError):
        client.session_keys  # noqa: B018
    assert client.state is ClientState.START  # asking for the outcome is no step
    server.receive_client_hello(client.hello())
    assert client.state is ClientState.SENT_HELLO
    client.receive_server_hello(server.hello())
    assert client.state is ClientState.GOT_SERVER_HELLO
    server.receive_client_authenticate(client.authenticate())
    assert client.state is ClientState.SENT_AUTH
    client.receive_server_accept(server.accept())
    assert client.state is ClientState.DONE
    assert client.session_keys.peer_public_key == SERVER_PK


def test_server_transitions_only_in_order():
    out_of_order = [
        (0, lambda c, s: s.hello()),  # never msg2 before a verified msg1
        (0, lambda c, s: s.accept()),
        (1, lambda c, s: s.receive_client_authenticate(bytes(112))),
        (2, lambda c, s: s.accept()),  # never msg4 before a verified msg3
    ]
    for steps, misuse in out_of_order:
        client, server = pinned_pair()
        run_steps(client, server, steps)
        with pytest.raises(LanUsageError):
            misuse(client, server)
        assert server.state is ServerState.FAILED
        for later in (server.hello, server.accept):
            with pytest.raises(LanUsageError):
                later()
    client, server = pinned_pair()
    assert server.state is ServerState.START
    server.receive_client_hello(client.hello())
    assert server.state is ServerState.GOT_CLIENT_HELLO
    client.receive_server_hello(server.hello())
    assert server.state is ServerState.SENT_HELLO
    server.receive_client_authenticate(client.authenticate())
    assert server.state is ServerState.GOT_CLIENT_AUTH
    with pytest.raises(LanUsageError):
        server.session_keys  # noqa: B018
    server.accept()
    assert server.state is ServerState.DONE


def run_steps(client: ClientHandshake, server: ServerHandshake, steps: int) -> None:
    """The first ``steps`` messages of a handshake: 1 sent msg1, 2 answered it, ..."""
    script = [
        lambda: server.receive_client_hello(client.hello()),
        lambda: client.receive_server_hello(server.hello()),
        lambda: server.receive_client_authenticate(client.authenticate()),
        lambda: client.receive_server_accept(server.accept()),
    ]
    for step in script[:steps]:
        step()


def test_transition_tables_are_linear():
    for machine in (ClientHandshake, ServerHandshake):
        states = [source for source, _ in machine.TRANSITIONS]
        assert len(states) == len(set(states)) == 4  # one event per state, four steps
        assert machine.FAILED not in states


def test_constructor_rejects_bad_keys():
    with pytest.raises(LanUsageError):
        ClientHandshake(b"short", CLIENT_KEY, SERVER_PK)
    with pytest.raises(LanUsageError):
        ClientHandshake(NETWORK_KEY, CLIENT_KEY.encode(), SERVER_PK)
    with pytest.raises(LanUsageError):
        ClientHandshake(NETWORK_KEY, CLIENT_KEY, SERVER_PK[:31])
    with pytest.raises(LanUsageError):
        ClientHandshake(NETWORK_KEY, CLIENT_KEY, bytes(32))  # not a valid Ed25519 point
    with pytest.raises(LanUsageError):
        ServerHandshake(NETWORK_KEY, SERVER_KEY, ephemeral=b"x" * 32)
    with pytest.raises(LanUsageError):
        ServerHandshake(NETWORK_KEY, SERVER_KEY, authorize="yes")


# --- failures ----------------------------------------------------------------------


def flip(message: bytes, index: int) -> bytes:
    return message[:index] + bytes([message[index] ^ 0x01]) + message[index + 1 :]


@pytest.mark.parametrize("index", range(64))
def test_tampered_msg1_is_dropped_without_msg2(index):
    msg1 = transcript()[0]
    _, server = pinned_pair()
    with pytest.raises(NetworkMismatch):
        server.receive_client_hello(flip(msg1, index))
    assert server.state is ServerState.FAILED
    with pytest.raises(LanUsageError):
        server.hello()


@pytest.mark.parametrize("index", range(64))
def test_tampered_msg2_fails_the_client(index):
    client, server = pinned_pair()
    server.receive_client_hello(client.hello())
    with pytest.raises(NetworkMismatch):
        client.receive_server_hello(flip(server.hello(), index))
    assert client.state is ClientState.FAILED
    with pytest.raises(LanUsageError):
        client.authenticate()


@pytest.mark.parametrize("index", range(112))
def test_tampered_msg3_is_dropped_without_msg4(index):
    client, server = pinned_pair()
    server.receive_client_hello(client.hello())
    client.receive_server_hello(server.hello())
    with pytest.raises(ClientAuthFailed):
        server.receive_client_authenticate(flip(client.authenticate(), index))
    assert server.state is ServerState.FAILED
    with pytest.raises(LanUsageError):
        server.accept()


@pytest.mark.parametrize("index", range(80))
def test_tampered_msg4_fails_the_client(index):
    client, server = pinned_pair()
    server.receive_client_hello(client.hello())
    client.receive_server_hello(server.hello())
    server.receive_client_authenticate(client.authenticate())
    with pytest.raises(ServerAuthFailed):
        client.receive_server_accept(flip(server.accept(), index))
    assert client.state is ClientState.FAILED


@pytest.mark.parametrize(
    ("step", "length"),
    [
        ("msg1", 63),
        ("msg1", 65),
        ("msg1", 0),
        ("msg2", 63),
        ("msg2", 128),
        ("msg3", 111),
        ("msg3", 113),
        ("msg4", 79),
        ("msg4", 81),
    ],
)
def test_wrong_lengths_are_malformed(step, length):
    client, server = pinned_pair()
    msg1 = client.hello()
    if step == "msg1":
        with pytest.raises(HandshakeMalformed):
            server.receive_client_hello((msg1 * 3)[:length])
        return
    server.receive_client_hello(msg1)
    msg2 = server.hello()
    if step == "msg2":
        with pytest.raises(HandshakeMalformed):
            client.receive_server_hello((msg2 * 3)[:length])
        return
    client.receive_server_hello(msg2)
    msg3 = client.authenticate()
    if step == "msg3":
        with pytest.raises(HandshakeMalformed):
            server.receive_client_authenticate((msg3 * 3)[:length])
        return
    server.receive_client_authenticate(msg3)
    with pytest.raises(HandshakeMalformed):
        client.receive_server_accept((server.accept() * 3)[:length])


def test_wrong_network_key_fails_at_the_hello_on_both_sides():
    client = ClientHandshake(OTHER_NETWORK_KEY, CLIENT_KEY, SERVER_PK)
    server = ServerHandshake(NETWORK_KEY, SERVER_KEY)
    with pytest.raises(NetworkMismatch):
        server.receive_client_hello(client.hello())
    # A server on another network is caught by the client too.
    client = ClientHandshake(NETWORK_KEY, CLIENT_KEY, SERVER_PK)
    other = ServerHandshake(OTHER_NETWORK_KEY, SERVER_KEY)
    other_client = ClientHandshake(OTHER_NETWORK_KEY, CLIENT_KEY, SERVER_PK)
    other.receive_client_hello(other_client.hello())
    client.hello()
    with pytest.raises(NetworkMismatch):
        client.receive_server_hello(other.hello())


def test_client_that_expects_another_server_is_refused_by_that_server():
    impostor_target = nacl.signing.SigningKey(bytes([9]) * 32).verify_key
    client = ClientHandshake(NETWORK_KEY, CLIENT_KEY, impostor_target)
    server = ServerHandshake(NETWORK_KEY, SERVER_KEY)
    server.receive_client_hello(client.hello())
    client.receive_server_hello(server.hello())
    with pytest.raises(ClientAuthFailed):
        server.receive_client_authenticate(client.authenticate())


def test_msg3_replayed_into_a_new_session_fails():
    msg3 = transcript()[2]
    client = ClientHandshake(NETWORK_KEY, CLIENT_KEY, SERVER_PK, ephemeral=client_eph())
    server = ServerHandshake(NETWORK_KEY, SERVER_KEY)  # fresh server ephemeral
    server.receive_client_hello(client.hello())
    server.hello()
    with pytest.raises(ClientAuthFailed):
        server.receive_client_authenticate(msg3)


def test_msg3_signed_by_another_key_than_it_names_fails():
    client, server = pinned_pair()
    server.receive_client_hello(client.hello())
    client.receive_server_hello(server.hello())
    a, b_pk = client_eph().encode(), server_eph().public_key.encode()
    ab = nacl.bindings.crypto_scalarmult(a, b_pk)
    aB = nacl.bindings.crypto_scalarmult(
        a, nacl.bindings.crypto_sign_ed25519_pk_to_curve25519(SERVER_PK)
    )
    signature = CLIENT_KEY.sign(NETWORK_KEY + SERVER_PK + kdf.sha256(ab)).signature
    claimed = nacl.signing.SigningKey(bytes([7]) * 32).verify_key.encode()
    forged = nacl.bindings.crypto_secretbox_easy(
        signature + claimed, bytes(24), kdf.sha256(NETWORK_KEY + ab + aB)
    )
    with pytest.raises(ClientAuthFailed):
        server.receive_client_authenticate(forged)


def test_low_order_ephemeral_key_with_a_valid_mac_is_malformed():
    _, server = pinned_pair()
    zero_point = bytes(32)
    with pytest.raises(HandshakeMalformed):
        server.receive_client_hello(kdf.auth(zero_point, NETWORK_KEY) + zero_point)


def test_unauthorized_client_gets_no_msg4():
    seen: list[bytes] = []

    def authorize(client_pk: bytes) -> bool:
        seen.append(client_pk)
        return False

    client, server = pinned_pair(authorize=authorize)
    server.receive_client_hello(client.hello())
    client.receive_server_hello(server.hello())
    with pytest.raises(ClientNotAuthorized):
        server.receive_client_authenticate(client.authenticate())
    assert seen == [CLIENT_PK]
    with pytest.raises(LanUsageError):
        server.accept()


def test_authorize_is_not_asked_about_unproven_keys():
    calls: list[bytes] = []
    client, server = pinned_pair(authorize=lambda pk: calls.append(pk) or True)
    server.receive_client_hello(client.hello())
    client.receive_server_hello(server.hello())
    with pytest.raises(ClientAuthFailed):
        server.receive_client_authenticate(flip(client.authenticate(), 50))
    assert calls == []


def test_authorize_raising_still_blocks_msg4():
    def authorize(client_pk: bytes) -> bool:
        raise KeyError("roster unavailable")

    client, server = pinned_pair(authorize=authorize)
    server.receive_client_hello(client.hello())
    client.receive_server_hello(server.hello())
    with pytest.raises(KeyError):
        server.receive_client_authenticate(client.authenticate())
    assert server.state is ServerState.FAILED
    with pytest.raises(LanUsageError):
        server.accept()


def test_errors_are_caucus_errors_with_user_sentences():
    for error in (
        NetworkMismatch,
        ClientAuthFailed,
        ServerAuthFailed,
        HandshakeMalformed,
        ClientNotAuthorized,
        HandshakeRefused,
        HandshakeTimeout,
    ):
        assert issubclass(error, HandshakeFailed) and issubclass(error, CaucusError)
        assert str(error()) == (error.__doc__ or "").strip().splitlines()[0]


# --- fuzz: only our own errors come out --------------------------------------------

FUZZ = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=160))
def test_fuzz_server_client_hello(data):
    _, server = pinned_pair()
    try:
        server.receive_client_hello(data)
    except HandshakeFailed:
        assert server.state is ServerState.FAILED


@FUZZ
@given(st.binary(max_size=200))
def test_fuzz_server_client_authenticate(data):
    client, server = pinned_pair()
    server.receive_client_hello(client.hello())
    server.hello()
    with pytest.raises(HandshakeFailed):
        server.receive_client_authenticate(data)
    assert server.state is ServerState.FAILED


@FUZZ
@given(
    st.integers(0, 3),
    st.lists(st.tuples(st.integers(0, 111), st.integers(1, 255)), min_size=1, max_size=4),
    st.integers(0, 120),
)
def test_fuzz_mutated_transcripts(which, flips, cut):
    """Mutate a real message (flip bytes, maybe truncate): the receiver fails cleanly."""
    messages = transcript()
    message = bytearray(messages[which])
    for index, mask in flips:
        message[index % len(message)] ^= mask
    message = bytes(message[: cut if cut < len(message) else len(message)])
    assume(message != messages[which])
    client, server = pinned_pair()
    steps: list[Callable[[bytes], object]] = [
        server.receive_client_hello,
        client.receive_server_hello,
        server.receive_client_authenticate,
        client.receive_server_accept,
    ]
    producers: list[Callable[[], bytes]] = [
        client.hello,
        server.hello,
        client.authenticate,
        server.accept,
    ]
    for i in range(which):
        steps[i](producers[i]())
    producers[which]()
    with pytest.raises(HandshakeFailed):
        steps[which](message)


@FUZZ
@given(st.binary(min_size=80, max_size=80))
def test_fuzz_client_server_accept(data):
    client, server = pinned_pair()
    server.receive_client_hello(client.hello())
    client.receive_server_hello(server.hello())
    client.authenticate()
    with pytest.raises(ServerAuthFailed):
        client.receive_server_accept(data)


# --- socket glue -------------------------------------------------------------------


class Peer(threading.Thread):
    """Runs ``target(sock)`` on a thread and keeps its result or exception."""

    def __init__(self, target: Callable[[socket.socket], object], sock: socket.socket):
        super().__init__(daemon=True)
        self._target, self._sock = target, sock
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._target(self._sock)
        except BaseException as exc:  # reported to the test
            self.error = exc
        finally:
            self._sock.close()

    def finish(self) -> None:
        self.join(timeout=10)
        assert not self.is_alive()


def test_socket_handshake_then_box_stream_both_ways():
    client_sock, server_sock = socket.socketpair()

    def serve(sock: socket.socket) -> list[bytes]:
        keys = server_handshake(sock, NETWORK_KEY, SERVER_KEY, authorize=lambda pk: True)
        stream = box_stream_socket(sock, keys, timeout=5)
        received = []
        while (message := stream.recv()) is not None:
            received.append(message)
            stream.send(message.upper())
        stream.goodbye()
        return received

    server = Peer(serve, server_sock)
    server.start()
    with client_sock:
        keys = client_handshake(client_sock, NETWORK_KEY, CLIENT_KEY, SERVER_PK, timeout=5)
        assert keys.peer_public_key == SERVER_PK
        stream = box_stream_socket(client_sock, keys, timeout=5)
        replies = []
        for word in (b"minutes", b"dues", b"x" * 4096):
            stream.send(word)
            replies.append(stream.recv())
        stream.goodbye()
        assert stream.recv() is None
    server.finish()
    assert server.error is None
    assert server.result == [b"minutes", b"dues", b"x" * 4096]
    assert replies == [b"MINUTES", b"DUES", b"X" * 4096]


def raw_client_until_eof(sock: socket.socket, network_key: bytes) -> tuple[bytes, bytes]:
    """Drive the client by hand; return what the server sent after msg1 and after msg3."""
    client = ClientHandshake(network_key, CLIENT_KEY, SERVER_PK)
    sock.sendall(client.hello())
    msg2 = b""
    while len(msg2) < 64 and (chunk := sock.recv(64 - len(msg2))):
        msg2 += chunk
    if len(msg2) < 64:
        return msg2, b""
    client.receive_server_hello(msg2)
    sock.sendall(client.authenticate())
    rest = b""
    while chunk := sock.recv(4096):
        rest += chunk
    return msg2, rest


def test_server_over_socket_drops_a_wrong_network_without_sending_msg2():
    client_sock, server_sock = socket.socketpair()
    server = Peer(lambda s: server_handshake(s, NETWORK_KEY, SERVER_KEY, timeout=5), server_sock)
    server.start()
    with client_sock:
        client_sock.settimeout(5)
        after_msg1, after_msg3 = raw_client_until_eof(client_sock, OTHER_NETWORK_KEY)
    server.finish()
    assert isinstance(server.error, NetworkMismatch)
    assert after_msg1 == b"" and after_msg3 == b""


def test_server_over_socket_sends_no_msg4_to_an_unauthorized_client():
    client_sock, server_sock = socket.socketpair()
    server = Peer(
        lambda s: server_handshake(s, NETWORK_KEY, SERVER_KEY, authorize=lambda pk: False),
        server_sock,
    )
    server.start()
    with client_sock:
        client_sock.settimeout(5)
        msg2, after_msg3 = raw_client_until_eof(client_sock, NETWORK_KEY)
    server.finish()
    assert isinstance(server.error, ClientNotAuthorized)
    assert len(msg2) == 64 and after_msg3 == b""


def test_client_over_socket_reports_a_refusal():
    client_sock, server_sock = socket.socketpair()
    server = Peer(
        lambda s: server_handshake(s, NETWORK_KEY, SERVER_KEY, authorize=lambda pk: False),
        server_sock,
    )
    server.start()
    with client_sock, pytest.raises(HandshakeRefused):
        client_handshake(client_sock, NETWORK_KEY, CLIENT_KEY, SERVER_PK, timeout=5)
    server.finish()
    assert isinstance(server.error, ClientNotAuthorized)


def test_handshake_times_out_on_a_silent_peer():
    client_sock, silent = socket.socketpair()
    with client_sock, silent:
        client_sock.settimeout(None)
        with pytest.raises(HandshakeTimeout):
            client_handshake(client_sock, NETWORK_KEY, CLIENT_KEY, SERVER_PK, timeout=0.2)
        assert client_sock.gettimeout() is None  # the caller's timeout is restored
        with pytest.raises(HandshakeTimeout):
            server_handshake(silent, NETWORK_KEY, SERVER_KEY, timeout=0.2)
