"""Every failure Caucus reports, as one tree rooted at :class:`CaucusError`.

Each subclass's docstring is the sentence a user sees (``str(error)`` falls back to
it), so the command line and the app can show a failure without a traceback.
Library exceptions are wrapped at the boundary; none of these messages ever carries a
passphrase, a key or a member's data beyond an id.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks ``text`` for the app's catalogs (``pyside6-lupdate`` finds the call by its
    name) and returns it unchanged: the engine's words stay English here, and the app
    translates them in ``context``."""
    return text


class CaucusError(Exception):
    """Caucus could not do that."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (self.__doc__ or "").strip().splitlines()[0])

    @property
    def message(self) -> str:
        return str(self)


class VaultError(CaucusError):
    """The vault could not be used."""


class VaultMissing(VaultError):
    """There is no vault at that location."""


class VaultExists(VaultError):
    """A vault already exists at that location; it was left untouched."""


class WrongPassphrase(VaultError):
    """The passphrase is wrong for this vault."""


class VaultCorrupt(VaultError):
    """The vault file is damaged or is not a Caucus vault; it was left untouched."""


class VaultLocked(VaultError):
    """The vault is locked; unlock it first."""


class VaultBusy(VaultError):
    """The vault is in use by another program; close it there and try again."""


class DiskFull(VaultError):
    """The disk is full; nothing was changed. Free some space and try again."""


class DiskError(VaultError):
    """The disk could not be read or written; nothing was changed. Check it and try again."""


class WeakPassphrase(VaultError):
    """The passphrase is too short: use at least 8 characters."""


class ValidationError(CaucusError):
    """A value is not valid."""

    def __init__(self, message: str | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class UnknownId(CaucusError):
    """No record has that id."""


class UnknownField(ValidationError):
    """That field does not exist."""


class ChangeSetError(CaucusError):
    """A change set is not valid."""


class BadSignature(ChangeSetError):
    """A change set's signature does not verify: it was altered or forged."""


class MalformedChangeSet(ChangeSetError):
    """A change set could not be read: it is damaged or in an unknown format."""


class UnknownDevice(ChangeSetError):
    """A change set comes from a device that is not in this branch's roster."""


class RevokedDevice(ChangeSetError):
    """A change set comes from a device whose access was revoked."""


class NotPermitted(CaucusError):
    """This device's role does not allow that."""


class WrongBranch(CaucusError):
    """That belongs to a different branch."""


class BundleCorrupt(CaucusError):
    """The bundle file is damaged, truncated or was altered; nothing was imported from it."""


class UnknownSender(BundleCorrupt):
    """This bundle was not written by a device of this branch; nothing was imported from it."""


class AlwaysOnError(CaucusError):
    """Always-on sync could not do that."""


class SyncthingMissing(AlwaysOnError):
    """Syncthing is not installed: install the Debian package 'syncthing' first."""


class SyncthingUnreachable(AlwaysOnError):
    """Syncthing does not answer on this computer; it may have stopped."""


class SyncthingRefused(AlwaysOnError):
    """Syncthing refused the API key Caucus holds for it (see its Settings → GUI)."""


class SyncthingFailed(AlwaysOnError):
    """Syncthing refused a request."""


class AlwaysOnOff(AlwaysOnError):
    """Always-on sync is off on this laptop; switch it on first."""
