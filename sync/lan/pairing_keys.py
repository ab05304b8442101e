"""The pairing code and what comes from it: the nameplate, the keys SPAKE2 derives, and
the shape of pairing messages.

The code is 8 digits from the OS CSPRNG, shown as ``47-105-962``; its first group is
the public *nameplate*, the whole code the SPAKE2 password (:mod:`sync.lan.pairing`
tells the protocol). :class:`PairingKeys` holds every key derived from the SPAKE2 key,
each with a purpose string of its own. :func:`expect` checks one message's shape and
turns an ``["error", ...]`` into our own error, in our words until the other side has
proved it knows the code.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from typing import Any

from sync.errors import QT_TRANSLATE_NOOP, CaucusError
from sync.keys import derive_key
from sync.lan.errors import (
    CodeSpent,
    MalformedFrame,
    PairingDeclined,
    RemoteError,
    UnexpectedMessage,
    WrongCode,
    printable,
)

PAIRING_VERSION = 1
CODE_DIGITS = 8
NAMEPLATE_DIGITS = 2
MAX_FAILURES = 3
ID_JOINER = b"caucus/pair/joiner"
ID_ADMIN = b"caucus/pair/admin"


# -- the code -------------------------------------------------------------------------
def new_code() -> str:
    """A fresh code, 8 digits from the CSPRNG, shown as ``NN-NNN-NNN``."""
    return format_code(f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}")


def format_code(digits: str) -> str:
    return f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"


def normalise_code(text: str) -> str:
    """The 8 digits of a code as typed (spaces and dashes ignored)."""
    digits = "".join(ch for ch in str(text) if not ch.isspace() and ch not in "-.")
    if len(digits) != CODE_DIGITS or not digits.isascii() or not digits.isdigit():
        raise WrongCode(QT_TRANSLATE_NOOP("errors", "A pairing code is 8 digits, like 47-105-962."))
    return digits


def nameplate(code: str) -> str:
    return normalise_code(code)[:NAMEPLATE_DIGITS]


# -- keys from the SPAKE2 key -----------------------------------------------------------
@dataclass(frozen=True)
class PairingKeys:
    """Everything derived from the SPAKE2 key; only the check string is shown (in a repr too)."""

    joiner_confirm: bytes = field(repr=False)
    admin_confirm: bytes = field(repr=False)
    check: str
    j2a_key: bytes = field(repr=False)
    j2a_nonce: bytes = field(repr=False)
    a2j_key: bytes = field(repr=False)
    a2j_nonce: bytes = field(repr=False)

    @classmethod
    def derive(cls, key: bytes) -> PairingKeys:
        number = int.from_bytes(derive_key(key, "pair/check-string", 16), "big") % 10**6
        return cls(
            derive_key(key, "pair/confirm/joiner"), derive_key(key, "pair/confirm/admin"),
            f"{number // 1000:03d} {number % 1000:03d}",
            derive_key(key, "pair/stream/joiner-to-admin"),
            derive_key(key, "pair/stream-nonce/joiner-to-admin", 24),
            derive_key(key, "pair/stream/admin-to-joiner"),
            derive_key(key, "pair/stream-nonce/admin-to-joiner", 24),
        )


def transcript(joiner_msg: bytes, admin_msg: bytes) -> bytes:
    return hashlib.sha256(b"caucus/pair/v1\n" + joiner_msg + admin_msg).digest()


def new_spake(side: str, code: str) -> Any:
    """A SPAKE2 side (``"joiner"`` or ``"admin"``) keyed by the whole code."""
    from spake2 import SPAKE2_A, SPAKE2_B

    cls = SPAKE2_A if side == "joiner" else SPAKE2_B
    return cls(normalise_code(code).encode("ascii"), idA=ID_JOINER, idB=ID_ADMIN)


def finish_spake(spake: Any, message: bytes) -> bytes:
    """The SPAKE2 key from the other side's message; :class:`MalformedFrame` if invalid."""
    try:
        return spake.finish(message)
    except Exception:  # noqa: BLE001 - any fault in the peer's SPAKE2 message
        raise MalformedFrame(QT_TRANSLATE_NOOP(
            "errors", "The other laptop sent an invalid key-exchange message.")) from None


# -- messages -----------------------------------------------------------------------------
def expect(obj: Any, kind: str, *shape: type, confirmed: bool = True) -> list:
    """``obj`` as ``[kind, *args]`` with args of the given types; errors are raised.

    ``confirmed`` says whether the other side has proved it knows the code.
    """
    if (isinstance(obj, list) and len(obj) == 3 and obj[0] == "error"
            and isinstance(obj[1], str) and isinstance(obj[2], str)):
        raise remote_error(obj[1], obj[2], confirmed)
    if not (isinstance(obj, list) and obj and obj[0] == kind and len(obj) == 1 + len(shape)
            and all(isinstance(a, t) for a, t in zip(obj[1:], shape, strict=True))):
        if isinstance(obj, list) and obj and isinstance(obj[0], str):
            raise UnexpectedMessage.of(QT_TRANSLATE_NOOP(
                "errors", "The other laptop sent {obj!r} instead of {kind!r}; pairing stopped."),
                obj=obj[0][:20], kind=kind)
        raise MalformedFrame()
    return obj[1:]


def remote_error(code: str, text: str, confirmed: bool) -> CaucusError:
    """The error an ``["error", code, text]`` from the other side means."""
    if code == "wrong-code":
        return WrongCode.of(QT_TRANSLATE_NOOP(
            "errors", "The code was wrong: check it with the admin and try again (a code allows "
            "{max_failures} tries in all)."), max_failures=MAX_FAILURES)
    if code == "spent":
        return CodeSpent(QT_TRANSLATE_NOOP(
            "errors", "The code was wrong, and it is now used up: ask the admin to start "
                         "pairing again for a new code."))
    if code == "declined":
        return PairingDeclined()
    if not confirmed:
        return RemoteError(QT_TRANSLATE_NOOP(
            "errors", "The other laptop stopped the pairing before the code was "
                           "confirmed."))
    return RemoteError.of(QT_TRANSLATE_NOOP(
        "errors", "The other laptop stopped the pairing: {text}"), text=printable(text))


def pake_message(msg: bytes) -> list:
    return ["pake", {"v": PAIRING_VERSION, "msg": msg}]


def read_pake(obj: Any) -> bytes:
    """The SPAKE2 message of a ``["pake", ...]``; errors are raised."""
    (body,) = expect(obj, "pake", dict, confirmed=False)
    msg, version = body.get("msg"), body.get("v")
    if not (isinstance(version, int) and version >= 1 and isinstance(msg, bytes)
            and 1 <= len(msg) <= 256):
        raise MalformedFrame(QT_TRANSLATE_NOOP(
            "errors", "The other laptop sent a malformed key-exchange message."))
    return msg
