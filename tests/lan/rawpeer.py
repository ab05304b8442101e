"""A deliberately misbehaving (or merely unwelcome) LAN peer, run as its own process.

``python -m tests.lan.rawpeer MODE HOST:PORT SERVER_KEY_HEX`` with the vault in
``--vault`` and the passphrase in ``$CAUCUS_PASSPHRASE``. It prints one JSON line:
``{"received": bytes read from the server, "msg4": handshake completed, "seconds": …}``.

Modes: ``handshake`` (try the Secret Handshake with this vault's keys, then read
whatever the server sends), ``corrupt`` (one byte of a frame flipped), ``oversize``
(a frame announcing 4 GiB), ``midframe`` (half a frame, then silence), ``probe`` (the
identify probe).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import struct
import sys
import time

from sync.lan import kdf
from sync.lan.framing import encode
from sync.lan.node import Keyring, probe_key, probe_request
from sync.lan.shs import MSG2_BYTES, MSG4_BYTES, ClientHandshake
from sync.replica import Replica
from sync.store.vault import Vault


def read_all(sock: socket.socket, limit: float) -> int:
    total, deadline = 0, time.monotonic() + limit
    while time.monotonic() < deadline:
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            break
        except OSError:
            break
        if not chunk:
            break
        total += len(chunk)
    return total


def read_exact(sock: socket.socket, n: int, limit: float) -> bytes:
    data, deadline = b"", time.monotonic() + limit
    while len(data) < n and time.monotonic() < deadline:
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            chunk = sock.recv(n - len(data))
        except (TimeoutError, OSError):
            break
        if not chunk:
            break
        data += chunk
    return data


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", help="handshake, corrupt, oversize, midframe or probe; "
                                     "several joined by commas run in turn (one JSON line each)")
    parser.add_argument("address")
    parser.add_argument("server_key")
    parser.add_argument("--vault", required=True)
    parser.add_argument("--epoch", type=int)
    parser.add_argument("--wait", type=float, default=10.0)
    args = parser.parse_args(argv)
    host, port = args.address.rsplit(":", 1)
    vault = Vault.open(args.vault, os.environ["CAUCUS_PASSPHRASE"])
    try:
        replica = Replica(vault)
        if replica.initialised:
            keyring = Keyring.read(replica)
            signing_key = keyring.signing_key
            epoch = keyring.epoch if args.epoch is None else args.epoch
            branch_key = replica.secret(f"branch_key.{epoch}")
        else:  # an outsider: a device key, and a branch key of its own making
            signing_key, epoch, branch_key = replica.signing_key, 0, os.urandom(32)
    finally:
        vault.lock()
    for mode in args.mode.split(","):
        attempt(mode, host, int(port), args, signing_key, branch_key, epoch)
    return 0


def attempt(mode: str, host: str, port: int, args: argparse.Namespace, signing_key,
            branch_key: bytes, epoch: int) -> None:
    started = time.monotonic()
    out: dict[str, object] = {"mode": mode, "received": 0, "msg4": False}
    with socket.create_connection((host, port), timeout=5) as sock:
        if mode == "probe":
            sock.sendall(probe_request(probe_key(branch_key)))
            out["received"] = read_all(sock, args.wait)
            out["seconds"] = time.monotonic() - started
            print(json.dumps(out), flush=True)
            return
        network_key = kdf.derive_network_key(branch_key, epoch)
        machine = ClientHandshake(network_key, signing_key, bytes.fromhex(args.server_key))
        sock.sendall(machine.hello())
        msg2 = read_exact(sock, MSG2_BYTES, args.wait)
        out["received"] = len(msg2)
        if len(msg2) == MSG2_BYTES:
            machine.receive_server_hello(msg2)
            sock.sendall(machine.authenticate())
            msg4 = read_exact(sock, MSG4_BYTES, args.wait)
            out["received"] += len(msg4)
            if len(msg4) == MSG4_BYTES:
                keys = machine.receive_server_accept(msg4)
                out["msg4"] = True
                encoder = keys.encoder()
                hello = encode(["hello", {"v": 1, "device": bytes(signing_key.verify_key),
                                          "vv": {}}])
                if mode == "corrupt":
                    sealed = bytearray(encoder.encrypt(hello))
                    sealed[40] ^= 0x20  # inside the body
                    sock.sendall(bytes(sealed))
                elif mode == "oversize":
                    sock.sendall(encoder.encrypt(struct.pack(">I", 0xFFFFFFF0) + b"\x00" * 8))
                elif mode == "midframe":
                    sock.sendall(encoder.encrypt(hello[: len(hello) // 2]))
                sent_at = time.monotonic()
                out["received"] += read_all(sock, args.wait)
                out["closed_after"] = time.monotonic() - sent_at
    out["seconds"] = time.monotonic() - started
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
