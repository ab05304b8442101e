"""Capture every mDNS packet (UDP port 5353, multicast and unicast) in this network namespace.

``python -m tests.lan.mdns_capture OUT_FILE MAX_SECONDS``: a raw ``AF_PACKET`` socket
sees every frame on every interface of the namespace, in and out; the UDP payloads to
or from port 5353 are appended to OUT_FILE (each as a 4-byte length and the bytes).
Prints ``ready`` once listening; stops on SIGTERM or after MAX_SECONDS. Needs root
(CAP_NET_RAW), which the namespace tests have anyway. No tshark needed.
"""

from __future__ import annotations

import signal
import socket
import struct
import sys
import time

ETH_P_ALL = 0x0003
MDNS_PORT = 5353


def udp_payload(frame: bytes) -> bytes | None:
    if len(frame) < 14 + 20 + 8 or frame[12:14] != b"\x08\x00":
        return None
    ip = frame[14:]
    header = (ip[0] & 0x0F) * 4
    if ip[9] != 17 or len(ip) < header + 8:
        return None
    src, dst = struct.unpack(">HH", ip[header:header + 4])
    if MDNS_PORT not in (src, dst):
        return None
    return ip[header + 8:]


def main(argv: list[str]) -> int:
    path, seconds = argv[0], float(argv[1])
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    sock.settimeout(0.2)
    deadline = time.monotonic() + seconds
    count = 0
    with open(path, "wb") as out:
        print("ready", flush=True)
        while not stop and time.monotonic() < deadline:
            try:
                frame = sock.recv(65535)
            except TimeoutError:
                continue
            except InterruptedError:
                continue
            payload = udp_payload(frame)
            if payload is not None:
                out.write(struct.pack(">I", len(payload)) + payload)
                out.flush()
                count += 1
    print(f"captured {count}", flush=True)
    return 0


def read(path: str) -> list[bytes]:
    data, out, pos = open(path, "rb").read(), [], 0
    while pos + 4 <= len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        out.append(data[pos + 4:pos + 4 + n])
        pos += 4 + n
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
