"""Our shs1 state machines behind the stdin/stdout contract of the ``shs1-test`` suite.

Usage (the suite passes the hex arguments; see its README)::

    python shs1_stdio.py server NETWORK_ID_HEX SERVER_LONGTERM_SK_HEX SERVER_LONGTERM_PK_HEX
    python shs1_stdio.py client NETWORK_ID_HEX SERVER_LONGTERM_PK_HEX

Server: read msg1 (64), write msg2 (64), read msg3 (112), write msg4 (80) followed by
the outcome. Client: write msg1, read msg2, write msg3, read msg4, write the outcome.
The outcome is ``encryption_key || encryption_nonce || decryption_key ||
decryption_nonce`` (32 + 24 + 32 + 24 bytes). On a misbehaving peer the program exits
non-zero without writing anything more.

``--corrupt-outcome`` (first argument) flips one bit of the encryption nonce: the
conformance test uses it to show that the suite really catches a wrong result.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import nacl.signing  # noqa: E402

from sync.lan.errors import HandshakeFailed  # noqa: E402
from sync.lan.shs import (  # noqa: E402
    MSG1_BYTES,
    MSG2_BYTES,
    MSG3_BYTES,
    MSG4_BYTES,
    ClientHandshake,
    ServerHandshake,
    SessionKeys,
)


class PeerHungUp(Exception):
    pass


def read_exactly(n: int) -> bytes:
    data = sys.stdin.buffer.read(n)
    if len(data) != n:
        raise PeerHungUp
    return data


def write(data: bytes) -> None:
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def outcome(keys: SessionKeys, corrupt: bool) -> bytes:
    encrypt_nonce = keys.encrypt_nonce
    if corrupt:
        encrypt_nonce = bytes([encrypt_nonce[0] ^ 1]) + encrypt_nonce[1:]
    return keys.encrypt_key + encrypt_nonce + keys.decrypt_key + keys.decrypt_nonce


def run_server(args: list[str], corrupt: bool) -> None:
    network_key, secret_key, public_key = (bytes.fromhex(a) for a in args)
    signing_key = nacl.signing.SigningKey(secret_key[:32])  # libsodium sk = seed || pk
    if signing_key.verify_key.encode() != public_key:
        raise SystemExit("server key pair does not match")
    machine = ServerHandshake(network_key, signing_key)
    machine.receive_client_hello(read_exactly(MSG1_BYTES))
    write(machine.hello())
    machine.receive_client_authenticate(read_exactly(MSG3_BYTES))
    msg4 = machine.accept()
    write(msg4 + outcome(machine.session_keys, corrupt))


def run_client(args: list[str], corrupt: bool) -> None:
    network_key, server_pk = (bytes.fromhex(a) for a in args)
    machine = ClientHandshake(network_key, nacl.signing.SigningKey.generate(), server_pk)
    write(machine.hello())
    machine.receive_server_hello(read_exactly(MSG2_BYTES))
    write(machine.authenticate())
    keys = machine.receive_server_accept(read_exactly(MSG4_BYTES))
    write(outcome(keys, corrupt))


def main(argv: list[str]) -> int:
    corrupt = bool(argv) and argv[0] == "--corrupt-outcome"
    if corrupt:
        argv = argv[1:]
    if not argv or argv[0] not in {"server", "client"}:
        print(__doc__, file=sys.stderr)
        return 64
    role, args = argv[0], argv[1:]
    try:
        (run_server if role == "server" else run_client)(args, corrupt)
    except HandshakeFailed as error:
        print(f"shs1 {role}: {type(error).__name__}", file=sys.stderr)
        return 1
    except PeerHungUp:
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
