"""Pairing a new laptop at a meeting: a one-time code, SPAKE2, then the admission.

The admin's laptop shows an 8-digit code such as ``47-105-962`` (from the OS CSPRNG).
The first group is the *nameplate* (as in magic-wormhole): it is public, announced in
meeting mode so the new laptop can find the right admin without an address. The whole
code is the SPAKE2 password, so a guesser faces 10^6 possibilities online, with 3
tries before the code is spent (a chance of 3 in a million), and nothing on the wire
allows an offline test: SPAKE2 (the ``spake2`` package magic-wormhole uses) reveals
nothing about the password to an eavesdropper or to a wrong guesser.

Over one TCP connection (the joiner connects)::

    plain      J -> A  ["pake", {"v": 1, "msg": SPAKE2_A message}]
               A -> J  ["pake", {"v": 1, "msg": SPAKE2_B message}]
               J -> A  ["confirm", auth(transcript, derive_key(K, "pair/confirm/joiner"))]
               A -> J  ["confirm", auth(transcript, derive_key(K, "pair/confirm/admin"))]
                       or ["error", "wrong-code", ...]: one failed attempt counted
    encrypted  J -> A  ["request", join request]      (trust.join_request: key and name)
               (both screens show the same 6-digit check string; the admin approves)
               A -> J  ["approved", {"role": r, "size": n}] or ["error", "declined", ...]
               A -> J  ["welcome", chunk] ... ["welcome-end", sha256 of the welcome]
               J -> A  ["joined", {"applied": n}]

``K`` is the SPAKE2 key; the transcript is SHA-256 of both SPAKE2 messages. The
encrypted part is a box stream (as after a Secret Handshake) whose keys and nonces are
``derive_key(K, "pair/stream/...")`` per direction, carrying the same frames as the
replication session. Nothing about the branch is sent before the joiner proved it knows
the code; the welcome (the admission, the branch key sealed to the new device and the
data, exactly what :func:`sync.trust.admit_device` writes) only after the admin
approved. The welcome travels as it is stored (sealed and encrypted), through a
temporary file in a private directory on each side that is removed afterwards.

An ``["error", code, text]`` that arrives before the key confirmation may come from
anyone on the network, so it is told in a sentence of our own chosen by its code and
its text is dropped; after the confirmation the other side knows the code, and its text
is shown made printable (:func:`~sync.lan.errors.printable`), as is the device name in
the join request.

:class:`AdminPairing` and :class:`JoinerPairing` are the two explicit state machines
(pure: messages in, messages out); :func:`offer` and :func:`join` are the socket glue.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import logging
import os
import secrets
import shutil
import socket
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sync import trust
from sync.errors import CaucusError, NotPermitted
from sync.keys import derive_key
from sync.lan.boxstream import BoxStreamDecoder, BoxStreamEncoder
from sync.lan.errors import (
    CodeSpent,
    LanUsageError,
    MalformedFrame,
    NotReachable,
    PairingDeclined,
    PairingError,
    PairingTimeout,
    ProtocolError,
    RemoteError,
    UnexpectedMessage,
    WrongCode,
    printable,
)
from sync.lan.framing import BoxTransport, FrameChannel, PlainTransport
from sync.lan.kdf import auth, auth_verify
from sync.replica import ImportReport, Replica

log = logging.getLogger("caucus.lan")

PAIRING_VERSION = 1
CODE_DIGITS = 8
NAMEPLATE_DIGITS = 2
MAX_FAILURES = 3
DEFAULT_OFFER_SECONDS = 600.0
PLAIN_MAX_FRAME = 1024
CHUNK_BYTES = 256 * 1024
#: The largest encrypted frame: a welcome chunk and its CBOR heads.
SECURE_MAX_FRAME = CHUNK_BYTES + 1024
MAX_WELCOME_BYTES = 8 * 1024 * 1024 * 1024
DECISION_TIMEOUT = 300.0
IDLE_TIMEOUT = 30.0
PLAIN_IDLE_TIMEOUT = 10.0  # a laptop that connects and stays silent holds the offer up
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
        raise WrongCode("A pairing code is 8 digits, like 47-105-962.")
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


def _spake(side: str, code: str) -> Any:
    from spake2 import SPAKE2_A, SPAKE2_B

    cls = SPAKE2_A if side == "joiner" else SPAKE2_B
    return cls(normalise_code(code).encode("ascii"), idA=ID_JOINER, idB=ID_ADMIN)


def _finish(spake: Any, message: bytes) -> bytes:
    try:
        return spake.finish(message)
    except Exception:  # noqa: BLE001 - any fault in the peer's SPAKE2 message
        raise MalformedFrame("The other laptop sent an invalid key-exchange message.") from None


# -- messages -----------------------------------------------------------------------------
def _expect(obj: Any, kind: str, *shape: type, confirmed: bool = True) -> list:
    """``obj`` as ``[kind, *args]`` with args of the given types; errors are raised.

    ``confirmed`` says whether the other side has proved it knows the code.
    """
    if (isinstance(obj, list) and len(obj) == 3 and obj[0] == "error"
            and isinstance(obj[1], str) and isinstance(obj[2], str)):
        raise _remote_error(obj[1], obj[2], confirmed)
    if not (isinstance(obj, list) and obj and obj[0] == kind and len(obj) == 1 + len(shape)
            and all(isinstance(a, t) for a, t in zip(obj[1:], shape, strict=True))):
        if isinstance(obj, list) and obj and isinstance(obj[0], str):
            raise UnexpectedMessage(f"The other laptop sent {obj[0][:20]!r} instead of "
                                    f"{kind!r}; pairing stopped.")
        raise MalformedFrame()
    return obj[1:]


def _remote_error(code: str, text: str, confirmed: bool) -> CaucusError:
    if code == "wrong-code":
        return WrongCode("The code was wrong: check it with the admin and try again "
                         f"(a code allows {MAX_FAILURES} tries in all).")
    if code == "spent":
        return CodeSpent("The code was wrong, and it is now used up: ask the admin to start "
                         "pairing again for a new code.")
    if code == "declined":
        return PairingDeclined()
    if not confirmed:
        return RemoteError("The other laptop stopped the pairing before the code was "
                           "confirmed.")
    return RemoteError(f"The other laptop stopped the pairing: {printable(text)}")


def _pake_message(msg: bytes) -> list:
    return ["pake", {"v": PAIRING_VERSION, "msg": msg}]


def _read_pake(obj: Any) -> bytes:
    (body,) = _expect(obj, "pake", dict, confirmed=False)
    msg, version = body.get("msg"), body.get("v")
    if not (isinstance(version, int) and version >= 1 and isinstance(msg, bytes)
            and 1 <= len(msg) <= 256):
        raise MalformedFrame("The other laptop sent a malformed key-exchange message.")
    return msg


# -- the two state machines ------------------------------------------------------------
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
    FAILED = "failed"


class _Machine:
    TRANSITIONS: dict[tuple[Any, str], Any]
    state: Any
    FAILED: Any

    def _go(self, event: str) -> None:
        try:
            self.state = self.TRANSITIONS[(self.state, event)]
        except KeyError:
            self.state = self.FAILED
            raise LanUsageError(f"Pairing step {event!r} is not allowed now.") from None

    def _guard(self, event: str) -> Any:
        """The next state for ``event``; the machine fails (for good) on any error after."""
        if (self.state, event) not in self.TRANSITIONS:
            state, self.state = self.state, self.FAILED
            raise LanUsageError(f"Pairing step {event!r} is not allowed in {state.name}.")
        return self.TRANSITIONS[(self.state, event)]


J, A = JoinerState, AdminState


class JoinerPairing(_Machine):
    """The new laptop's side of pairing."""

    TRANSITIONS = {
        (J.START, "start"): J.AWAIT_PAKE,
        (J.AWAIT_PAKE, "pake"): J.AWAIT_CONFIRM,
        (J.AWAIT_CONFIRM, "confirm"): J.AWAIT_DECISION,
        (J.AWAIT_DECISION, "approved"): J.RECEIVING,
        (J.RECEIVING, "welcome"): J.RECEIVING,
        (J.RECEIVING, "welcome-end"): J.DONE,
    }
    FAILED = J.FAILED

    def __init__(self, code: str, request: bytes) -> None:
        self._spake = _spake("joiner", code)
        self.request = request
        self.state = J.START
        self.keys: PairingKeys | None = None
        self._my_msg = b""
        self._transcript = b""
        self.role: str | None = None
        self.size = 0
        self.received = 0
        self._hash = hashlib.sha256()

    def _run(self, event: str, step: Callable[[], Any]) -> Any:
        next_state = self._guard(event)
        try:
            out = step()
        except BaseException:
            self.state = J.FAILED
            raise
        self.state = next_state
        return out

    def start(self) -> list:
        def step() -> list:
            self._my_msg = self._spake.start()
            return _pake_message(self._my_msg)
        return self._run("start", step)

    def on_pake(self, obj: Any) -> list:
        """The admin's SPAKE2 message; returns our key confirmation."""
        def step() -> list:
            theirs = _read_pake(obj)
            self.keys = PairingKeys.derive(_finish(self._spake, theirs))
            self._transcript = transcript(self._my_msg, theirs)
            return ["confirm", auth(self._transcript, self.keys.joiner_confirm)]
        return self._run("pake", step)

    def on_confirm(self, obj: Any) -> list:
        """The admin's key confirmation; returns the (to be encrypted) join request."""
        def step() -> list:
            (mac,) = _expect(obj, "confirm", bytes, confirmed=False)
            keys = self.keys
            if keys is None or not auth_verify(mac, self._transcript, keys.admin_confirm):
                raise PairingError("The laptop that answered does not know the code: it is "
                                   "not the admin's laptop you meant. Nothing was shared.")
            return ["request", self.request]
        return self._run("confirm", step)

    def on_decision(self, obj: Any) -> None:
        def step() -> None:
            (info,) = _expect(obj, "approved", dict)
            role, size = info.get("role"), info.get("size")
            if not (isinstance(role, str) and isinstance(size, int)
                    and 0 < size <= MAX_WELCOME_BYTES):
                raise MalformedFrame()
            self.role, self.size = role, size
        self._run("approved", step)

    def on_welcome(self, obj: Any) -> bytes | None:
        """A chunk of the welcome (returned), or ``None`` once the whole of it arrived."""
        if isinstance(obj, list) and obj and obj[0] == "welcome-end":
            def end() -> None:
                (digest,) = _expect(obj, "welcome-end", bytes)
                if self.received != self.size or not secrets.compare_digest(
                        digest, self._hash.digest()):
                    raise PairingError("The welcome arrived damaged; nothing was joined. "
                                       "Try pairing again.")
            self._run("welcome-end", end)
            return None

        def step() -> bytes:
            (chunk,) = _expect(obj, "welcome", bytes)
            self.received += len(chunk)
            if not chunk or self.received > self.size:
                raise MalformedFrame("The welcome is longer than announced.")
            self._hash.update(chunk)
            return chunk
        return self._run("welcome", step)


class AdminPairing(_Machine):
    """The admin's side of one pairing attempt (one connection)."""

    TRANSITIONS = {
        (A.AWAIT_PAKE, "pake"): A.AWAIT_CONFIRM,
        (A.AWAIT_CONFIRM, "confirm"): A.AWAIT_REQUEST,
        (A.AWAIT_REQUEST, "request"): A.AWAIT_APPROVAL,
        (A.AWAIT_APPROVAL, "approve"): A.SENDING,
        (A.AWAIT_APPROVAL, "decline"): A.FAILED,
        (A.SENDING, "sent"): A.AWAIT_JOINED,
        (A.AWAIT_JOINED, "joined"): A.DONE,
    }
    FAILED = A.FAILED

    def __init__(self, code: str) -> None:
        self._spake = _spake("admin", code)
        self.state = A.AWAIT_PAKE
        self.keys: PairingKeys | None = None
        self._transcript = b""
        self.device: bytes | None = None
        self.device_name = ""
        self.request = b""
        self.guessed = False  # a key exchange happened: this attempt counts
        self.confirmed = False  # the joiner proved it knows the code
        self.stats: dict = {}

    def _run(self, event: str, step: Callable[[], Any]) -> Any:
        next_state = self._guard(event)
        try:
            out = step()
        except BaseException:
            self.state = A.FAILED
            raise
        self.state = next_state
        return out

    def on_pake(self, obj: Any) -> list:
        def step() -> list:
            theirs = _read_pake(obj)
            mine = self._spake.start()
            self.keys = PairingKeys.derive(_finish(self._spake, theirs))
            self._transcript = transcript(theirs, mine)
            self.guessed = True
            return _pake_message(mine)
        return self._run("pake", step)

    def on_confirm(self, obj: Any) -> list:
        def step() -> list:
            (mac,) = _expect(obj, "confirm", bytes, confirmed=False)
            keys = self.keys
            if keys is None or not auth_verify(mac, self._transcript, keys.joiner_confirm):
                raise WrongCode()
            self.confirmed = True
            return ["confirm", auth(self._transcript, keys.admin_confirm)]
        return self._run("confirm", step)

    def on_request(self, obj: Any) -> None:
        def step() -> None:
            (request,) = _expect(obj, "request", bytes)
            try:
                self.device, name = trust.read_join_request(request)
            except CaucusError:
                raise MalformedFrame("The new laptop sent an invalid join request.") from None
            self.device_name = printable(name, 200)
            self.request = request
        self._run("request", step)

    def decide(self, approved: bool) -> None:
        self._go("approve" if approved else "decline")

    def sent(self) -> None:
        self._go("sent")

    def on_joined(self, obj: Any) -> None:
        def step() -> None:
            (stats,) = _expect(obj, "joined", dict)
            self.stats = stats
        self._run("joined", step)


# -- channels -----------------------------------------------------------------------------
def _plain(sock: socket.socket, deadline: float) -> FrameChannel:
    return FrameChannel(PlainTransport(sock), idle_timeout=PLAIN_IDLE_TIMEOUT,
                        deadline=deadline, max_frame=PLAIN_MAX_FRAME)


def _encrypted(channel: FrameChannel, keys: PairingKeys, joiner: bool) -> FrameChannel:
    if channel.decoder.mid_frame:
        raise ProtocolError("The other laptop sent data before the channel was secured.")
    if joiner:
        enc = BoxStreamEncoder(keys.j2a_key, keys.j2a_nonce)
        dec = BoxStreamDecoder(keys.a2j_key, keys.a2j_nonce)
    else:
        enc = BoxStreamEncoder(keys.a2j_key, keys.a2j_nonce)
        dec = BoxStreamDecoder(keys.j2a_key, keys.j2a_nonce)
    return FrameChannel(BoxTransport(channel.transport.sock, enc, dec),
                        idle_timeout=IDLE_TIMEOUT, deadline=channel.deadline,
                        max_frame=SECURE_MAX_FRAME)


def _send(channel: FrameChannel, message: list) -> None:
    channel.send(message)
    channel.flush()


def _recv(channel: FrameChannel) -> Any:
    obj = channel.recv()
    if obj is None:
        raise ProtocolError("The other laptop hung up during pairing.")
    return obj


def _send_error(channel: FrameChannel, code: str, text: str) -> None:
    with contextlib.suppress(CaucusError, OSError):
        _send(channel, ["error", code, text])


# -- the admin's side -----------------------------------------------------------------------
Approve = Callable[[str, str, str], bool]  # (device name, device id, check string) -> yes?


@dataclass
class PairingOutcome:
    device: str
    device_name: str
    role: str
    applied: int = 0


class PairingOffer:
    """The admin's open offer: one code, :data:`MAX_FAILURES` wrong tries, an expiry."""

    def __init__(self, code: str | None = None, seconds: float = DEFAULT_OFFER_SECONDS) -> None:
        self.code = format_code(normalise_code(code)) if code else new_code()
        self.nameplate = nameplate(self.code)
        self.failures = 0
        self.expires = time.monotonic() + seconds
        self.spent = False

    @property
    def left(self) -> int:
        return max(0, MAX_FAILURES - self.failures)

    def fail(self) -> None:
        self.failures += 1
        if self.failures >= MAX_FAILURES:
            self.spent = True


def offer(replica: Replica, role: str, listener: socket.socket, pairing: PairingOffer, *,
          approve: Approve, say: Callable[[str], None] = lambda _t: None,
          lock: contextlib.AbstractContextManager | None = None) -> PairingOutcome:
    """Wait on ``listener`` for the new laptop, one connection at a time, until it joined.

    Raises :class:`CodeSpent` after 3 wrong attempts, :class:`PairingDeclined` when the
    admin says no, :class:`PairingTimeout` when the code expires. ``lock`` (the desktop's
    vault lock, when other threads share ``replica``) is held while the vault is read
    or written, never while waiting for the network or the admin.
    """
    lock = lock if lock is not None else contextlib.nullcontext()
    with lock:
        admin = replica.device_role(replica.device_id) == "admin"
    if not admin:
        raise NotPermitted("Only an admin laptop may pair new laptops.")
    if role not in trust.ROLES:
        raise LanUsageError(f"Role must be one of {', '.join(trust.ROLES)}.")
    listener.settimeout(0.25)
    while True:
        if time.monotonic() >= pairing.expires:
            pairing.spent = True
            raise PairingTimeout()
        try:
            sock, addr = listener.accept()
        except TimeoutError:
            continue
        label = f"{addr[0]}:{addr[1]}"
        with contextlib.closing(sock):
            machine = AdminPairing(pairing.code)
            try:
                return _admin_session(sock, machine, replica, role, approve, pairing, lock)
            except WrongCode:
                pairing.fail()
                log.warning("pairing: wrong code from %s (%d of %d tries used)", label,
                            pairing.failures, MAX_FAILURES)
                say(f"A laptop at {label} tried a wrong code ({pairing.left} tries left).")
            except PairingDeclined:
                pairing.spent = True
                raise
            except CaucusError as exc:
                if machine.confirmed:
                    raise  # the right laptop, and something failed after: stop here
                if machine.guessed:
                    pairing.fail()
                    log.warning("pairing: %s broke off before confirming the code (%s); "
                                "counted as a wrong try (%d of %d)", label, exc,
                                pairing.failures, MAX_FAILURES)
                    say(f"A laptop at {label} broke off without confirming the code "
                        f"({pairing.left} tries left).")
                else:
                    log.warning("pairing: ignored %s: %s", label, exc)
            if pairing.spent:
                raise CodeSpent(f"The pairing code was used up after {MAX_FAILURES} wrong "
                                "tries; start pairing again for a new code.")


def _admin_session(sock: socket.socket, machine: AdminPairing, replica: Replica, role: str,
                   approve: Approve, pairing: PairingOffer,
                   lock: contextlib.AbstractContextManager) -> PairingOutcome:
    deadline = time.monotonic() + 2 * DECISION_TIMEOUT + 3600
    plain = _plain(sock, deadline)
    _send(plain, machine.on_pake(_recv(plain)))
    try:
        reply = machine.on_confirm(_recv(plain))
    except WrongCode:
        pairing_left = pairing.left - 1
        text = ("The code was wrong; the admin's laptop allows "
                f"{pairing_left} more {'try' if pairing_left == 1 else 'tries'}."
                if pairing_left > 0 else
                "The code was wrong, and it is now used up: ask the admin for a new one.")
        _send_error(plain, "wrong-code" if pairing_left > 0 else "spent", text)
        raise
    _send(plain, reply)
    keys = machine.keys
    if keys is None:
        raise LanUsageError("pairing keys missing")
    channel = _encrypted(plain, keys, joiner=False)
    machine.on_request(_recv(channel))
    device = machine.device or b""
    if not approve(machine.device_name, device.hex(), keys.check):
        machine.decide(False)
        _send_error(channel, "declined", "The admin declined this laptop.")
        channel.close()
        raise PairingDeclined()
    machine.decide(True)
    folder = Path(tempfile.mkdtemp(prefix="caucus-pair-"))
    try:
        welcome = folder / "welcome"
        with lock:
            trust.admit_device(replica, machine.request, role, welcome)
        size = welcome.stat().st_size
        digest = hashlib.sha256()
        channel.idle_timeout = DECISION_TIMEOUT
        _send(channel, ["approved", {"role": role, "size": size}])
        with open(welcome, "rb") as fh:
            while chunk := fh.read(CHUNK_BYTES):
                digest.update(chunk)
                channel.send(["welcome", chunk])
        _send(channel, ["welcome-end", digest.digest()])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    machine.sent()
    outcome = PairingOutcome(device.hex(), machine.device_name, role)
    try:
        machine.on_joined(_recv(channel))
        applied = machine.stats.get("applied")
        outcome.applied = applied if isinstance(applied, int) else 0
    except CaucusError as exc:
        # Admitted all the same: the roster change is made and will sync.
        log.warning("pairing: the new laptop did not confirm it joined (%s)", exc)
        outcome.applied = -1
    channel.close()
    return outcome


# -- the new laptop's side ---------------------------------------------------------------
def join(replica: Replica, code: str, address: tuple[str, int], *,
         show_check: Callable[[str], None] = lambda _c: None,
         connect_timeout: float = 5.0,
         on_connect: Callable[[socket.socket], None] = lambda _s: None) -> ImportReport:
    """Pair with the admin's laptop at ``address`` and join its branch.

    ``on_connect`` gets the connected socket before anything is sent: shutting it down
    from another thread stops a join that waits (minutes, for the admin's approval) in a
    blocking read; :class:`sync.lan.joining.Cancel` does that for a Cancel button.
    """
    if replica.initialised:
        raise CaucusError("This vault already belongs to a branch.")
    machine = JoinerPairing(code, trust.join_request(replica))
    try:
        sock = socket.create_connection(address, timeout=connect_timeout)
    except OSError as exc:
        raise NotReachable(f"The admin's laptop could not be reached at "
                           f"{address[0]}:{address[1]} ({exc.strerror or exc}).") from None
    with contextlib.closing(sock):
        on_connect(sock)
        deadline = time.monotonic() + 2 * DECISION_TIMEOUT + 3600
        plain = _plain(sock, deadline)
        _send(plain, machine.start())
        _send(plain, machine.on_pake(_recv(plain)))
        answer = plain.recv()
        if answer is None:
            raise WrongCode("The admin's laptop hung up without confirming the code: the "
                            "code is wrong or used up, or pairing was stopped there.")
        request = machine.on_confirm(answer)
        keys = machine.keys
        if keys is None:
            raise LanUsageError("pairing keys missing")
        channel = _encrypted(plain, keys, joiner=True)
        _send(channel, request)
        show_check(keys.check)
        channel.idle_timeout = DECISION_TIMEOUT
        machine.on_decision(_recv(channel))
        channel.idle_timeout = IDLE_TIMEOUT
        folder = Path(tempfile.mkdtemp(prefix="caucus-join-"))
        try:
            welcome = folder / "welcome"
            fd = os.open(welcome, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                while (chunk := machine.on_welcome(_recv(channel))) is not None:
                    fh.write(chunk)
            try:
                report = trust.join_branch(replica, welcome)
            except CaucusError as exc:
                _send_error(channel, "join-failed", str(exc))
                raise
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        _send(channel, ["joined", {"applied": report.applied}])
        channel.close()
        return report
