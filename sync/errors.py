"""Every failure Caucus reports, as one tree rooted at :class:`CaucusError`.

Each subclass's docstring is the sentence a user sees (``str(error)`` falls back to
it), so the command line and the app can show a failure without a traceback.
Library exceptions are wrapped at the boundary; none of these messages ever carries a
passphrase, a key or a member's data beyond an id.

The words are translatable (the app speaks the user's language; the command line stays
English). An error's sentence is an English *template* marked for the catalogs in the
context ``errors``, with named fields filled in after translation:

* a class's own sentence is its ``template`` (marked with :func:`QT_TRANSLATE_NOOP`,
  the same words as the docstring's first line: a test holds them equal), used when
  the error is raised without a message;
* a sentence with values is raised as ``WrongBranch.of(QT_TRANSLATE_NOOP("errors",
  "That file belongs to {branch}."), branch=name)``: ``str(error)`` is the English
  sentence with the fields filled, :attr:`CaucusError.template` and
  :attr:`CaucusError.fields` what the app needs to write it in another language;
* a fixed sentence raised with the message (``BundleCorrupt(QT_TRANSLATE_NOOP(
  "errors", "The bundle file is truncated…"))``) is its own template.

Fields are filled as :mod:`sync.phrases` fills a sentence (a ``Quantity`` grouped by
thousands, a field that is a ``Phrase`` translated too). The app looks the template up in
``errors`` and fills the fields; a sentence not in
the catalogs (an error not converted, a message from another laptop) shows as it is.
"""

from __future__ import annotations

from typing import Any, TypeVar

# the engine's other translatable sentences, for the app (which reaches the engine only
# through sync.ops, sync.records, sync.errors and sync.resources)
from .phrases import QT_TRANSLATE_NOOP, FieldName, Phrase, Quantity, english  # noqa: F401

E = TypeVar("E", bound="CaucusError")
V = TypeVar("V", bound="ValidationError")


class CaucusError(Exception):
    """Caucus could not do that."""

    template = QT_TRANSLATE_NOOP("errors", "Caucus could not do that.")

    def __init__(self, message: str | None = None) -> None:
        text = message or type(self).__dict__.get("template") or (
            self.__doc__ or "").strip().splitlines()[0]
        super().__init__(text)
        #: the English sentence before its fields were filled (what the app translates)
        self.template = text
        #: the values of the template's named fields
        self.fields: dict[str, Any] = {}

    @classmethod
    def of(cls: type[E], template: str, /, **fields: Any) -> E:
        """The error with the sentence ``template`` (marked for the catalogs) whose
        ``{name}`` fields are ``fields``."""
        error = cls(english(template, fields))
        error.template, error.fields = template, fields
        return error

    @property
    def message(self) -> str:
        return str(self)


class VaultError(CaucusError):
    """The vault could not be used."""

    template = QT_TRANSLATE_NOOP("errors", "The vault could not be used.")


class VaultMissing(VaultError):
    """There is no vault at that location."""

    template = QT_TRANSLATE_NOOP("errors", "There is no vault at that location.")


class VaultExists(VaultError):
    """A vault already exists at that location; it was left untouched."""

    template = QT_TRANSLATE_NOOP(
        "errors", "A vault already exists at that location; it was left untouched.")


class WrongPassphrase(VaultError):
    """The passphrase is wrong for this vault."""

    template = QT_TRANSLATE_NOOP("errors", "The passphrase is wrong for this vault.")


class VaultCorrupt(VaultError):
    """The vault file is damaged or is not a Caucus vault; it was left untouched."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The vault file is damaged or is not a Caucus vault; it was left untouched.")


class VaultLocked(VaultError):
    """The vault is locked; unlock it first."""

    template = QT_TRANSLATE_NOOP("errors", "The vault is locked; unlock it first.")


class VaultBusy(VaultError):
    """The vault is in use by another program; close it there and try again."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The vault is in use by another program; close it there and try again.")


class DiskFull(VaultError):
    """The disk is full; nothing was changed. Free some space and try again."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The disk is full; nothing was changed. Free some space and try again.")


class DiskError(VaultError):
    """The disk could not be read or written; nothing was changed. Check it and try again."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The disk could not be read or written; nothing was changed. Check it and try "
        "again.")


class WeakPassphrase(VaultError):
    """The passphrase is too short: use at least 8 characters."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The passphrase is too short: use at least 8 characters.")


class ValidationError(CaucusError):
    """A value is not valid."""

    template = QT_TRANSLATE_NOOP("errors", "A value is not valid.")

    def __init__(self, message: str | None = None, field: str | None = None) -> None:
        super().__init__(message)
        #: the key of the field the value was for (the form shows the sentence under it)
        self.field = field

    @classmethod
    def of(cls: type[V], template: str, field: str | None = None, /, **fields: Any) -> V:
        """:meth:`CaucusError.of` for the value of ``field`` (a field key, or ``None``).
        A template's ``{label}`` is the field's English label, which the app may translate
        in its ``fields`` context."""
        error = super().of(template, **fields)
        error.field = field
        return error


class UnknownId(CaucusError):
    """No record has that id."""

    template = QT_TRANSLATE_NOOP("errors", "No record has that id.")


class UnknownField(ValidationError):
    """That field does not exist."""

    template = QT_TRANSLATE_NOOP("errors", "That field does not exist.")


class ChangeSetError(CaucusError):
    """A change set is not valid."""

    template = QT_TRANSLATE_NOOP("errors", "A change set is not valid.")


class BadSignature(ChangeSetError):
    """A change set's signature does not verify: it was altered or forged."""

    template = QT_TRANSLATE_NOOP(
        "errors", "A change set's signature does not verify: it was altered or forged.")


class MalformedChangeSet(ChangeSetError):
    """A change set could not be read: it is damaged or in an unknown format."""

    template = QT_TRANSLATE_NOOP(
        "errors", "A change set could not be read: it is damaged or in an unknown format.")


class UnknownDevice(ChangeSetError):
    """A change set comes from a device that is not in this branch's roster."""

    template = QT_TRANSLATE_NOOP(
        "errors", "A change set comes from a device that is not in this branch's roster.")


class RevokedDevice(ChangeSetError):
    """A change set comes from a device whose access was revoked."""

    template = QT_TRANSLATE_NOOP(
        "errors", "A change set comes from a device whose access was revoked.")


class NotPermitted(CaucusError):
    """This device's role does not allow that."""

    template = QT_TRANSLATE_NOOP("errors", "This device's role does not allow that.")


class WrongBranch(CaucusError):
    """That belongs to a different branch."""

    template = QT_TRANSLATE_NOOP("errors", "That belongs to a different branch.")


class BundleCorrupt(CaucusError):
    """The bundle file is damaged, truncated or was altered; nothing was imported from it."""

    template = QT_TRANSLATE_NOOP(
        "errors", "The bundle file is damaged, truncated or was altered; nothing was imported from "
        "it.")


class UnknownSender(BundleCorrupt):
    """This bundle was not written by a device of this branch; nothing was imported from it."""

    template = QT_TRANSLATE_NOOP(
        "errors", "This bundle was not written by a device of this branch; nothing was imported "
        "from it.")


class AlwaysOnError(CaucusError):
    """Always-on sync could not do that."""

    template = QT_TRANSLATE_NOOP("errors", "Always-on sync could not do that.")


class SyncthingMissing(AlwaysOnError):
    """Syncthing is not installed: install the Debian package 'syncthing' first."""

    template = QT_TRANSLATE_NOOP(
        "errors", "Syncthing is not installed: install the Debian package 'syncthing' first.")


class SyncthingUnreachable(AlwaysOnError):
    """Syncthing does not answer on this computer; it may have stopped."""

    template = QT_TRANSLATE_NOOP(
        "errors", "Syncthing does not answer on this computer; it may have stopped.")


class SyncthingRefused(AlwaysOnError):
    """Syncthing refused the API key Caucus holds for it (see its Settings → GUI)."""

    template = QT_TRANSLATE_NOOP(
        "errors", "Syncthing refused the API key Caucus holds for it (see its Settings → GUI).")


class SyncthingFailed(AlwaysOnError):
    """Syncthing refused a request."""

    template = QT_TRANSLATE_NOOP("errors", "Syncthing refused a request.")


class AlwaysOnOff(AlwaysOnError):
    """Always-on sync is off on this laptop; switch it on first."""

    template = QT_TRANSLATE_NOOP(
        "errors", "Always-on sync is off on this laptop; switch it on first.")
