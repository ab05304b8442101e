"""Syncthing device IDs and addresses: read one as a person types it, check it, write it
one way.

A device ID is the SHA-256 of the device's certificate in base32 (52 characters), cut
into four groups of 13 that each get a check character (Syncthing's Luhn mod 32), and
shown as eight groups of seven joined by dashes::

    MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD

Reading forgives what people do when they copy one by hand: lower case, spaces or no
dashes, and 0/1/8 typed for O/I/B (as Syncthing itself does). An address is where a
device listens: ``tcp://HOST:PORT`` (or ``quic://``), or ``dynamic`` (found by discovery).
"""

from __future__ import annotations

import urllib.parse

from ..errors import ValidationError

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
GROUP = 13
LENGTH = 4 * (GROUP + 1)
TYPOS = str.maketrans({"0": "O", "1": "I", "8": "B"})


class BadDeviceId(ValidationError):
    """That is not a Syncthing device ID (eight groups of seven letters and digits, as
    Syncthing shows it under Actions → Show ID)."""


def check_character(group: str) -> str:
    """Syncthing's Luhn mod 32 check character of one 13-character group."""
    factor, total = 1, 0
    for char in group:
        addend = factor * ALPHABET.index(char)
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def parse_device_id(text: str) -> str:
    """The canonical form of the device ID in ``text``; :class:`BadDeviceId` otherwise."""
    if not isinstance(text, str):
        raise BadDeviceId()
    plain = "".join(text.split()).replace("-", "").upper().translate(TYPOS)
    if len(plain) != LENGTH or any(char not in ALPHABET for char in plain):
        raise BadDeviceId()
    for start in range(0, LENGTH, GROUP + 1):
        group = plain[start:start + GROUP]
        if plain[start + GROUP] != check_character(group):
            raise BadDeviceId("That Syncthing device ID has a typing mistake in it; copy it "
                              "again from Syncthing (Actions → Show ID).")
    return "-".join(plain[i:i + 7] for i in range(0, LENGTH, 7))


def is_device_id(text: object) -> bool:
    try:
        return isinstance(text, str) and parse_device_id(text) == text
    except BadDeviceId:
        return False


class BadAddress(ValidationError):
    """That is not a Syncthing address: write it tcp://HOST:PORT, for example
    tcp://192.168.1.20:22000."""


def parse_address(text: str) -> str:
    """The address in ``text``, checked: ``tcp://HOST:PORT``, ``quic://HOST:PORT`` or
    ``dynamic``; a bare ``HOST:PORT`` means TCP."""
    text = text.strip() if isinstance(text, str) else ""
    if text == "dynamic":
        return text
    if "://" not in text:
        text = f"tcp://{text}"
    try:
        parts = urllib.parse.urlsplit(text)
        port = parts.port
    except ValueError:
        raise BadAddress() from None
    if parts.scheme not in ("tcp", "quic") or not parts.hostname or not port \
            or parts.path not in ("", "/") or parts.query or parts.username:
        raise BadAddress()
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{parts.scheme}://{host}:{port}"
