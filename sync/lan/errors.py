"""Failures of the LAN transport: the protocol machines, the Secret Handshake and the box
stream after it, the replication session, the identify probe, serving and pairing.

Every class subclasses :class:`sync.errors.CaucusError`; as there, each docstring's
first line is the sentence a user sees. Messages name no key, nonce or secret. The
handshake errors say no more about *which* secret was wrong than the protocol itself
reveals: a network mismatch is visible to anyone (the hello's MAC fails), while a
failed authentication only says that the peer could not prove who it is.
"""

from __future__ import annotations

from sync.errors import QT_TRANSLATE_NOOP, CaucusError


def printable(text: str, limit: int = 300) -> str:
    """Text that came from another laptop, fit to show or log: cut to ``limit`` characters,
    and every non-printable character (terminal escapes, line breaks, bidirectional
    overrides) replaced by ``?``, so it cannot rewrite a terminal or fake a log line."""
    return "".join(ch if ch.isprintable() else "?" for ch in str(text)[:limit])


class LanError(CaucusError):
    """The connection to the other laptop failed."""

    template = QT_TRANSLATE_NOOP("errors", "The connection to the other laptop failed.")


class LanUsageError(LanError, ValueError):
    """The meeting connection was used incorrectly (this is a bug in Caucus)."""


class BadAddress(LanUsageError):
    """That is not an address like 192.168.1.20:47300 (host, a colon, the port)."""

    template = QT_TRANSLATE_NOOP(
        "errors", "That is not an address like 192.168.1.20:47300 (host, a colon, the port).")


class ConnectionLost(LanError):
    """The connection to the other laptop was lost."""

    template = QT_TRANSLATE_NOOP("errors", "The connection to the other laptop was lost.")


# --- the protocol machines (sync.lan.machine) --------------------------------------


class StepOutOfOrder(LanUsageError):
    """A step of the meeting connection was taken out of order (this is a bug in Caucus)."""


class MachineFailed(LanUsageError):
    """The meeting connection was used again after it had failed (this is a bug in Caucus)."""


# --- handshake -------------------------------------------------------------------


class HandshakeFailed(LanError):
    """The other laptop could not be verified as a member of this branch; nothing was exchanged."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop could not be verified as a member of this branch; nothing was "
        "exchanged.")


class HandshakeMalformed(HandshakeFailed):
    """The other laptop sent a malformed handshake message; nothing was exchanged."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop sent a malformed handshake message; nothing was exchanged.")


class NetworkMismatch(HandshakeFailed):
    """The other laptop is not on this branch's meeting network (another branch or key epoch)."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop is not on this branch's meeting network (another branch or key "
        "epoch).")


class ServerAuthFailed(HandshakeFailed):
    """The other laptop could not prove it is the device you meant to reach."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop could not prove it is the device you meant to reach.")


class ClientAuthFailed(HandshakeFailed):
    """The connecting laptop could not prove its identity; it was turned away."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The connecting laptop could not prove its identity; it was turned away.")


class ClientNotAuthorized(HandshakeFailed):
    """The connecting laptop is not an active device of this branch; it was turned away."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The connecting laptop is not an active device of this branch; it was turned "
        "away.")


class HandshakeRefused(HandshakeFailed):
    """The other laptop hung up during the handshake: it may not recognise this device."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop hung up during the handshake: it may not recognise this "
        "device.")


class HandshakeTimeout(HandshakeFailed):
    """The other laptop did not answer the handshake in time."""

    template = QT_TRANSLATE_NOOP("errors", "The other laptop did not answer the handshake in time.")


# --- box stream ------------------------------------------------------------------


class BoxStreamError(LanError):
    """The encrypted stream from the other laptop was damaged or altered; it was closed."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The encrypted stream from the other laptop was damaged or altered; it was "
        "closed.")


class FrameAuthFailed(BoxStreamError):
    """A frame from the other laptop failed authentication: it was damaged or altered."""

    template = QT_TRANSLATE_NOOP(
        "errors", "A frame from the other laptop failed authentication: it was damaged or altered.")


class FrameTooLarge(BoxStreamError):
    """A frame from the other laptop is larger than the protocol allows."""

    template = QT_TRANSLATE_NOOP(
        "errors", "A frame from the other laptop is larger than the protocol allows.")


class StreamClosed(BoxStreamError):
    """The encrypted stream was already closed."""

    template = QT_TRANSLATE_NOOP("errors", "The encrypted stream was already closed.")


class StreamTruncated(BoxStreamError):
    """The other laptop hung up in the middle of the encrypted stream."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop hung up in the middle of the encrypted stream.")


# --- the replication session (sync.lan.framing, sync.lan.session) -----------------


class ProtocolError(LanError):
    """The other laptop broke the meeting-sync protocol; the connection was closed."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop broke the meeting-sync protocol; the connection was closed.")


class FrameOversize(ProtocolError):
    """The other laptop announced a message larger than allowed; the connection was closed."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop announced a message larger than allowed; the connection was "
        "closed.")


class MalformedFrame(ProtocolError):
    """The other laptop sent a message that could not be read; the connection was closed."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop sent a message that could not be read; the connection was "
        "closed.")


class UnexpectedMessage(ProtocolError):
    """The other laptop sent a message out of turn; the connection was closed."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop sent a message out of turn; the connection was closed.")


class HungUp(ProtocolError):
    """The other laptop ended the connection before it was complete."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop ended the connection before it was complete.")


class CountMismatch(ProtocolError):
    """The other laptop sent another number of change sets than it said; it was closed."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop sent another number of change sets than it said; it was "
        "closed.")


class WrongDevice(ProtocolError):
    """The other laptop's hello names a device other than the one it proved to be."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop's hello names a device other than the one it proved to be.")


class IncompatibleVersion(ProtocolError):
    """The other laptop runs a version of Caucus that cannot sync with this one; update both."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop runs a version of Caucus that cannot sync with this one; "
        "update both.")


class RemoteError(LanError):
    """The other laptop ended the sync with an error; what arrived so far is kept."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop ended the sync with an error; what arrived so far is kept.")


class PeerBusy(RemoteError):
    """The other laptop is busy with other laptops; try again in a moment."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop is busy with other laptops; try again in a moment.")


class TurnedAway(RemoteError):
    """The other laptop no longer counts this one as an active device; the sync stopped."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop no longer counts this one as an active device; the sync "
        "stopped.")


class PeerNotAnswering(LanError):
    """The other laptop is busy or did not answer; try again in a moment."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop is busy or did not answer; try again in a moment.")


class VaultFailed(LanError):
    """This laptop's vault failed during the meeting sync; what was stored before is kept."""

    template = QT_TRANSLATE_NOOP(
        "errors", "This laptop's vault failed during the meeting sync; what was stored before is "
        "kept.")


class SessionTimeout(LanError):
    """The sync took longer than allowed and was stopped; what arrived so far is kept."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The sync took longer than allowed and was stopped; what arrived so far is kept.")


class PeerIdle(SessionTimeout):
    """The other laptop stopped answering; what arrived so far is kept."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop stopped answering; what arrived so far is kept.")


class PeerNotInRoster(LanError):
    """The other laptop is not an active device of this branch; nothing was exchanged."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The other laptop is not an active device of this branch; nothing was exchanged.")


class NoPeers(LanError):
    """No laptop of this branch was found on the network; is meeting mode on at the others?"""

    template = QT_TRANSLATE_NOOP(
        "errors", "No laptop of this branch was found on the network; is meeting mode on at the "
        "others?")


class NotReachable(LanError):
    """The other laptop could not be reached at that address."""

    template = QT_TRANSLATE_NOOP("errors", "The other laptop could not be reached at that address.")


class SyncCancelled(LanError):
    """The sync was cancelled; the changes that arrived before are kept."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The sync was cancelled; the changes that arrived before are kept.")


# --- this laptop on the meeting network (sync.lan.keyring, .server, .client, .discovery)


class NotInBranch(LanError):
    """This vault does not belong to a branch yet; join one first."""

    template = QT_TRANSLATE_NOOP(
        "errors", "This vault does not belong to a branch yet; join one first.")


class MissingBranchKey(LanError):
    """This laptop does not hold the branch key it needs; sync once by USB stick."""

    template = QT_TRANSLATE_NOOP(
        "errors", "This laptop does not hold the branch key it needs; sync once by USB stick.")


class IsThisLaptop(LanError):
    """That address is this laptop itself."""

    template = QT_TRANSLATE_NOOP("errors", "That address is this laptop itself.")


class CannotListen(LanError):
    """Meeting mode cannot listen for other laptops on this network."""

    template = QT_TRANSLATE_NOOP(
        "errors", "Meeting mode cannot listen for other laptops on this network.")


class NoNetwork(LanError):
    """Meeting mode cannot use the network: is this laptop connected?"""

    template = QT_TRANSLATE_NOOP(
        "errors", "Meeting mode cannot use the network: is this laptop connected?")


# --- pairing (sync.lan.pairing) ---------------------------------------------------


class PairingError(LanError):
    """Pairing the new laptop failed; nothing was shared."""

    template = QT_TRANSLATE_NOOP("errors", "Pairing the new laptop failed; nothing was shared.")


class WrongCode(PairingError):
    """The pairing code was not accepted: check it and try again."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The pairing code was not accepted: check it and try again.")


class CodeSpent(PairingError):
    """The pairing code was used up (too many wrong attempts); start pairing again."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The pairing code was used up (too many wrong attempts); start pairing again.")


class PairingDeclined(PairingError):
    """The admin declined this laptop; nothing was shared."""

    template = QT_TRANSLATE_NOOP("errors", "The admin declined this laptop; nothing was shared.")


class PairingTimeout(PairingError):
    """The pairing code expired before a new laptop joined; start pairing again."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The pairing code expired before a new laptop joined; start pairing again.")


class NotTheAdmin(PairingError):
    """The laptop that answered does not know the code; nothing was shared."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The laptop that answered does not know the code; nothing was shared.")


class WelcomeDamaged(PairingError):
    """The welcome arrived damaged; nothing was joined. Try pairing again."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The welcome arrived damaged; nothing was joined. Try pairing again.")


class AlreadyInBranch(PairingError):
    """This vault already belongs to a branch."""

    template = QT_TRANSLATE_NOOP("errors", "This vault already belongs to a branch.")


class NoOffer(PairingError):
    """No pairing offer with that code was found on the LAN; check the code."""

    template = QT_TRANSLATE_NOOP(
        "errors", "No pairing offer with that code was found on the LAN; check the code.")
