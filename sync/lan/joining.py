"""The new laptop finds the admin's pairing offer on the LAN.

:func:`find_offer` browses meeting-mode mDNS for the offer whose public nameplate is the
first digits of the code. Joining itself (each address in turn, the check string, the
cancel) is the operation :func:`sync.ops.joining.join_by_code`, which the app and
``caucus lan join`` share.
"""

from __future__ import annotations

from sync.errors import QT_TRANSLATE_NOOP
from sync.lan.discovery import browse, read_pairing_txt
from sync.lan.errors import NoOffer
from sync.lan.pairing import NAMEPLATE_DIGITS, normalise_code
from sync.progress import Cancel

__all__ = ["find_offer"]


def find_offer(code: str, timeout: float, *, cancel: Cancel | None = None,
               ) -> list[tuple[str, int]]:
    """The addresses of the pairing offer announced for ``code`` (meeting-mode mDNS);
    :class:`~sync.progress.Cancelled` once ``cancel`` is set."""
    plate = normalise_code(code)[:NAMEPLATE_DIGITS]
    cancel = cancel or Cancel()
    found = browse(lambda props, _port, _name: True if read_pairing_txt(props) == plate
                   else None, timeout, enough=lambda hits: bool(hits) or cancel.is_set())
    cancel.check()
    addresses = [endpoint for f in found for endpoint in f.endpoints]
    if not addresses:
        raise NoOffer(QT_TRANSLATE_NOOP(
            "errors", "No pairing offer with that code was found on the LAN; check the "
                      "code, or type the address the admin's laptop shows."))
    return addresses
