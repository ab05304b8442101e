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
(pure: messages in, messages out; :mod:`sync.lan.pairing_machines`), the code and its
keys are in :mod:`sync.lan.pairing_keys`; this module holds the socket glue,
:func:`offer` and :func:`join`, and is where callers import pairing from.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import socket
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sync import trust
from sync.errors import QT_TRANSLATE_NOOP, CaucusError, NotPermitted
from sync.lan.boxstream import BoxStreamDecoder, BoxStreamEncoder
from sync.lan.errors import (
    AlreadyInBranch,
    CannotListen,
    CodeSpent,
    HungUp,
    LanUsageError,
    NotReachable,
    PairingDeclined,
    PairingTimeout,
    UnexpectedMessage,
    WrongCode,
)
from sync.lan.framing import BoxTransport, FrameChannel, PlainTransport
from sync.lan.kdf import auth
from sync.lan.machine import have
from sync.lan.pairing_keys import (
    CODE_DIGITS,
    ID_ADMIN,
    ID_JOINER,
    MAX_FAILURES,
    NAMEPLATE_DIGITS,
    PAIRING_VERSION,
    PairingKeys,
    format_code,
    nameplate,
    new_code,
    normalise_code,
    transcript,
)
from sync.lan.pairing_machines import (
    MAX_WELCOME_BYTES,
    AdminPairing,
    AdminState,
    JoinerPairing,
    JoinerState,
)
from sync.replica import ImportReport, Replica

__all__ = [
    "CHUNK_BYTES", "CODE_DIGITS", "DECISION_TIMEOUT", "DEFAULT_OFFER_SECONDS", "ID_ADMIN",
    "ID_JOINER", "IDLE_TIMEOUT", "MAX_FAILURES", "MAX_WELCOME_BYTES", "NAMEPLATE_DIGITS",
    "PAIRING_VERSION", "PLAIN_IDLE_TIMEOUT", "PLAIN_MAX_FRAME", "SECURE_MAX_FRAME",
    "AdminPairing", "AdminState", "Approve", "JoinerPairing", "JoinerState", "PairingKeys",
    "PairingOffer", "PairingOutcome", "auth", "format_code", "join", "nameplate",
    "new_code", "normalise_code", "offer", "transcript",
]

log = logging.getLogger("caucus.lan")

DEFAULT_OFFER_SECONDS = 600.0
PLAIN_MAX_FRAME = 1024
CHUNK_BYTES = 256 * 1024
#: The largest encrypted frame: a welcome chunk and its CBOR heads.
SECURE_MAX_FRAME = CHUNK_BYTES + 1024
DECISION_TIMEOUT = 300.0
IDLE_TIMEOUT = 30.0
PLAIN_IDLE_TIMEOUT = 10.0  # a laptop that connects and stays silent holds the offer up


# -- channels -----------------------------------------------------------------------------
def _plain(sock: socket.socket, deadline: float) -> FrameChannel:
    return FrameChannel(PlainTransport(sock), idle_timeout=PLAIN_IDLE_TIMEOUT,
                        deadline=deadline, max_frame=PLAIN_MAX_FRAME)


def _encrypted(channel: FrameChannel, keys: PairingKeys, joiner: bool) -> FrameChannel:
    if channel.decoder.mid_frame:
        raise UnexpectedMessage(QT_TRANSLATE_NOOP(
            "errors", "The other laptop sent data before the channel was secured."))
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
        raise HungUp(QT_TRANSLATE_NOOP("errors", "The other laptop hung up during pairing."))
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
    admin says no, :class:`PairingTimeout` when the code expires. ``lock`` (the app's
    vault lock, when other threads share ``replica``) is held while the vault is read
    or written, never while waiting for the network or the admin.
    """
    lock = lock if lock is not None else contextlib.nullcontext()
    with lock:
        admin = replica.device_role(replica.device_id) == "admin"
    if not admin:
        raise NotPermitted(QT_TRANSLATE_NOOP(
            "errors", "Only an admin laptop may pair new laptops."))
    if role not in trust.ROLES:
        raise LanUsageError(f"Role must be one of {', '.join(trust.ROLES)}.")
    try:
        listener.settimeout(0.25)
    except OSError as exc:
        raise _cannot_listen(exc) from None
    while True:
        if time.monotonic() >= pairing.expires:
            pairing.spent = True
            raise PairingTimeout()
        try:
            sock, addr = listener.accept()
        except TimeoutError:
            continue
        except OSError as exc:  # the listening socket itself broke (closed, no descriptors)
            pairing.spent = True
            raise _cannot_listen(exc) from None
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
                raise CodeSpent.of(QT_TRANSLATE_NOOP(
                    "errors", "The pairing code was used up after {max_failures} wrong tries; "
                    "start pairing again for a new code."), max_failures=MAX_FAILURES)


def _cannot_listen(exc: OSError) -> CannotListen:
    return CannotListen.of(QT_TRANSLATE_NOOP(
        "errors", "Pairing stopped: this laptop cannot take connections ({reason})."),
        reason=exc.strerror or exc)


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
    keys = have(machine.keys, "pairing keys")
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
    blocking read; :class:`sync.progress.Cancel` does that for a Cancel button.
    """
    if replica.initialised:
        raise AlreadyInBranch()
    machine = JoinerPairing(code, trust.join_request(replica))
    try:
        sock = socket.create_connection(address, timeout=connect_timeout)
    except OSError as exc:
        raise NotReachable.of(QT_TRANSLATE_NOOP(
            "errors", "The admin's laptop could not be reached at {address}:{address2} "
            "({reason})."),
            address=address[0], address2=address[1], reason=exc.strerror or exc) from None
    with contextlib.closing(sock):
        on_connect(sock)
        deadline = time.monotonic() + 2 * DECISION_TIMEOUT + 3600
        plain = _plain(sock, deadline)
        _send(plain, machine.start())
        _send(plain, machine.on_pake(_recv(plain)))
        answer = plain.recv()
        if answer is None:
            raise WrongCode(QT_TRANSLATE_NOOP(
                "errors", "The admin's laptop hung up without confirming the code: the "
                            "code is wrong or used up, or pairing was stopped there."))
        request = machine.on_confirm(answer)
        keys = have(machine.keys, "pairing keys")
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
