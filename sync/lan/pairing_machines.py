"""Pairing's two sides as explicit, pure state machines: messages in, messages out.

Their ``TRANSITIONS`` tables (the messages are told in :mod:`sync.lan.pairing`)::

    joiner: START -start-> AWAIT_PAKE -pake-> AWAIT_CONFIRM -confirm-> AWAIT_DECISION
            -approved-> RECEIVING (welcome ...) -welcome-end-> DONE
    admin:  AWAIT_PAKE -pake-> AWAIT_CONFIRM -confirm-> AWAIT_REQUEST -request->
            AWAIT_APPROVAL -approve-> SENDING -sent-> AWAIT_JOINED -joined-> DONE
            AWAIT_APPROVAL -decline-> DECLINED

A step out of turn, a message of the wrong kind or shape, a wrong code or an
``["error", ...]`` from the other side fails the machine for good (the rules of
:mod:`sync.lan.machine`); :mod:`sync.lan.pairing` runs them over a socket.
"""

from __future__ import annotations

import enum
import hashlib
import secrets
from typing import Any

from sync import trust
from sync.errors import QT_TRANSLATE_NOOP, CaucusError
from sync.lan.errors import MalformedFrame, NotTheAdmin, WelcomeDamaged, WrongCode, printable
from sync.lan.kdf import auth, auth_verify
from sync.lan.machine import Machine
from sync.lan.pairing_keys import (
    PairingKeys,
    expect,
    finish_spake,
    new_spake,
    pake_message,
    read_pake,
    transcript,
)

MAX_WELCOME_BYTES = 8 * 1024 * 1024 * 1024


class JoinerState(enum.Enum):
    START = "start"
    AWAIT_PAKE = "awaiting the admin's key exchange"
    AWAIT_CONFIRM = "awaiting the admin's key confirmation"
    AWAIT_DECISION = "awaiting the admin's approval"
    RECEIVING = "receiving the welcome"
    DONE = "done"
    FAILED = "failed"


class AdminState(enum.Enum):
    AWAIT_PAKE = "awaiting the new laptop's key exchange"
    AWAIT_CONFIRM = "awaiting the new laptop's key confirmation"
    AWAIT_REQUEST = "awaiting the new laptop's join request"
    AWAIT_APPROVAL = "awaiting the admin's approval"
    SENDING = "sending the welcome"
    AWAIT_JOINED = "awaiting the new laptop's confirmation that it joined"
    DONE = "done"
    DECLINED = "declined by the admin"
    FAILED = "failed"


J, A = JoinerState, AdminState


class JoinerPairing(Machine):
    """The new laptop's side of pairing."""

    TRANSITIONS = {
        (J.START, "start"): J.AWAIT_PAKE,
        (J.AWAIT_PAKE, "pake"): J.AWAIT_CONFIRM,
        (J.AWAIT_CONFIRM, "confirm"): J.AWAIT_DECISION,
        (J.AWAIT_DECISION, "approved"): J.RECEIVING,
        (J.RECEIVING, "welcome"): J.RECEIVING,
        (J.RECEIVING, "welcome-end"): J.DONE,
    }
    START, FAILED = J.START, J.FAILED
    WHAT = "pairing"

    def __init__(self, code: str, request: bytes) -> None:
        super().__init__()
        self._spake = new_spake("joiner", code)
        self.request = request
        self.keys: PairingKeys | None = None
        self._my_msg = b""
        self._transcript = b""
        self.role: str | None = None
        self.size = 0
        self.received = 0
        self._hash = hashlib.sha256()

    def start(self) -> list:
        def step() -> list:
            self._my_msg = self._spake.start()
            return pake_message(self._my_msg)
        return self.step("start", step)

    def on_pake(self, obj: Any) -> list:
        """The admin's SPAKE2 message; returns our key confirmation."""
        def step() -> list:
            theirs = read_pake(obj)
            self.keys = PairingKeys.derive(finish_spake(self._spake, theirs))
            self._transcript = transcript(self._my_msg, theirs)
            return ["confirm", auth(self._transcript, self.keys.joiner_confirm)]
        return self.step("pake", step)

    def on_confirm(self, obj: Any) -> list:
        """The admin's key confirmation; returns the (to be encrypted) join request."""
        def step() -> list:
            (mac,) = expect(obj, "confirm", bytes, confirmed=False)
            keys = self.keys
            if keys is None or not auth_verify(mac, self._transcript, keys.admin_confirm):
                raise NotTheAdmin(QT_TRANSLATE_NOOP(
                    "errors", "The laptop that answered does not know the code: it is "
                                  "not the admin's laptop you meant. Nothing was shared."))
            return ["request", self.request]
        return self.step("confirm", step)

    def on_decision(self, obj: Any) -> None:
        def step() -> None:
            (info,) = expect(obj, "approved", dict)
            role, size = info.get("role"), info.get("size")
            if not (isinstance(role, str) and isinstance(size, int)
                    and 0 < size <= MAX_WELCOME_BYTES):
                raise MalformedFrame()
            self.role, self.size = role, size
        self.step("approved", step)

    def on_welcome(self, obj: Any) -> bytes | None:
        """A chunk of the welcome (returned), or ``None`` once the whole of it arrived."""
        if isinstance(obj, list) and obj and obj[0] == "welcome-end":
            def end() -> None:
                (digest,) = expect(obj, "welcome-end", bytes)
                if self.received != self.size or not secrets.compare_digest(
                        digest, self._hash.digest()):
                    raise WelcomeDamaged()
            self.step("welcome-end", end)
            return None

        def step() -> bytes:
            (chunk,) = expect(obj, "welcome", bytes)
            self.received += len(chunk)
            if not chunk or self.received > self.size:
                raise MalformedFrame(QT_TRANSLATE_NOOP(
                    "errors", "The welcome is longer than announced."))
            self._hash.update(chunk)
            return chunk
        return self.step("welcome", step)


class AdminPairing(Machine):
    """The admin's side of one pairing attempt (one connection)."""

    TRANSITIONS = {
        (A.AWAIT_PAKE, "pake"): A.AWAIT_CONFIRM,
        (A.AWAIT_CONFIRM, "confirm"): A.AWAIT_REQUEST,
        (A.AWAIT_REQUEST, "request"): A.AWAIT_APPROVAL,
        (A.AWAIT_APPROVAL, "approve"): A.SENDING,
        (A.AWAIT_APPROVAL, "decline"): A.DECLINED,
        (A.SENDING, "sent"): A.AWAIT_JOINED,
        (A.AWAIT_JOINED, "joined"): A.DONE,
    }
    START, FAILED = A.AWAIT_PAKE, A.FAILED
    WHAT = "pairing"

    def __init__(self, code: str) -> None:
        super().__init__()
        self._spake = new_spake("admin", code)
        self.keys: PairingKeys | None = None
        self._transcript = b""
        self.device: bytes | None = None
        self.device_name = ""
        self.request = b""
        self.guessed = False  # a key exchange happened: this attempt counts
        self.confirmed = False  # the joiner proved it knows the code
        self.stats: dict = {}

    def on_pake(self, obj: Any) -> list:
        def step() -> list:
            theirs = read_pake(obj)
            mine = self._spake.start()
            self.keys = PairingKeys.derive(finish_spake(self._spake, theirs))
            self._transcript = transcript(theirs, mine)
            self.guessed = True
            return pake_message(mine)
        return self.step("pake", step)

    def on_confirm(self, obj: Any) -> list:
        def step() -> list:
            (mac,) = expect(obj, "confirm", bytes, confirmed=False)
            keys = self.keys
            if keys is None or not auth_verify(mac, self._transcript, keys.joiner_confirm):
                raise WrongCode()
            self.confirmed = True
            return ["confirm", auth(self._transcript, keys.admin_confirm)]
        return self.step("confirm", step)

    def on_request(self, obj: Any) -> None:
        def step() -> None:
            (request,) = expect(obj, "request", bytes)
            try:
                self.device, name = trust.read_join_request(request)
            except CaucusError:
                raise MalformedFrame(QT_TRANSLATE_NOOP(
                    "errors", "The new laptop sent an invalid join request.")) from None
            self.device_name = printable(name, 200)
            self.request = request
        self.step("request", step)

    def decide(self, approved: bool) -> None:
        self.go("approve" if approved else "decline")

    def sent(self) -> None:
        self.go("sent")

    def on_joined(self, obj: Any) -> None:
        def step() -> None:
            (stats,) = expect(obj, "joined", dict)
            self.stats = stats
        self.step("joined", step)
