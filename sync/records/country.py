"""The branch's country and currency, and phone numbers as people write them.

A branch has a country (ISO 3166 alpha-2, the regions ``phonenumbers`` knows) that
decides how national phone numbers are read (``030 7654321`` in Germany) and shown, and
a currency (ISO 4217) for dues. A new branch takes both from the system locale
(``CAUCUS_COUNTRY`` overrides it, for scripts and test suites); where the locale names
no country (``C``, ``POSIX``) there is none, and only international ``+`` numbers can be
checked: Britain is never assumed.

A phone number that parses and is valid for its country is stored in E.164
(``+49307654321``); one that ``phonenumbers`` cannot validate (a number from a range not
yet allocated, a typo, a national number with no country to read it by) is **kept as
typed**, with a :class:`FieldWarning` the caller can show; it never blocks a save.
:func:`format_phone` shows a stored number nationally for the branch's own country and
internationally for others.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import phonenumbers

from ..errors import QT_TRANSLATE_NOOP, Phrase, ValidationError
from ..replica.search import remember_national

#: Every country a branch can have: the regions phonenumbers can read numbers of.
COUNTRIES = frozenset(phonenumbers.SUPPORTED_REGIONS)

#: ISO 4217 currency codes in use (2024), plus the precious metals and test codes left out.
CURRENCIES = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT
TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR
ZMW ZWG
""".split())

#: The currency a new branch of a country gets (the user can change it; others: none).
COUNTRY_CURRENCY = {
    **dict.fromkeys(("AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT",
                     "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK", "AD", "MC", "SM", "VA",
                     "ME", "XK"), "EUR"),
    "GB": "GBP", "IM": "GBP", "JE": "GBP", "GG": "GBP", "US": "USD", "PR": "USD",
    "EC": "USD", "SV": "USD", "PA": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD",
    "CH": "CHF", "LI": "CHF", "SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK",
    "PL": "PLN", "CZ": "CZK", "HU": "HUF", "RO": "RON", "BG": "BGN", "RS": "RSD",
    "TR": "TRY", "UA": "UAH", "MX": "MXN", "BR": "BRL", "AR": "ARS", "CL": "CLP",
    "CO": "COP", "PE": "PEN", "UY": "UYU", "BO": "BOB", "PY": "PYG", "VE": "VES",
    "ZA": "ZAR", "NG": "NGN", "KE": "KES", "GH": "GHS", "EG": "EGP", "MA": "MAD",
    "TN": "TND", "DZ": "DZD", "IN": "INR", "PK": "PKR", "BD": "BDT", "LK": "LKR",
    "NP": "NPR", "PH": "PHP", "ID": "IDR", "MY": "MYR", "SG": "SGD", "TH": "THB",
    "VN": "VND", "KR": "KRW", "JP": "JPY", "CN": "CNY", "HK": "HKD", "TW": "TWD",
    "IL": "ILS", "PS": "ILS", "JO": "JOD", "LB": "LBP", "SA": "SAR", "AE": "AED",
    "QA": "QAR", "KW": "KWD", "IQ": "IQD", "IR": "IRR",
}

class SystemDefault:
    """"Take it from the system" (the default of ``create_branch``), unlike ``None``."""

    def __repr__(self) -> str:
        return "SYSTEM"


SYSTEM: Any = SystemDefault()

_LOCALE = re.compile(r"^[a-zA-Z]{2,3}[_-]([a-zA-Z]{2})(?:[.@]|$)")


def check_country(code: str | None) -> str | None:
    """An ISO 3166 alpha-2 code in capitals (or ``None`` for none); else ValidationError."""
    return _check_code(code, COUNTRIES, "country", QT_TRANSLATE_NOOP(
        "errors", "{value} is not a country code Caucus knows; use the two letters of "
        "ISO 3166, like GB, DE or AR."))


def check_currency(code: str | None) -> str | None:
    """An ISO 4217 code in capitals (or ``None`` for none); else ValidationError."""
    return _check_code(code, CURRENCIES, "currency", QT_TRANSLATE_NOOP(
        "errors", "{value} is not a currency code; use the three letters of ISO 4217, "
        "like GBP, EUR or ARS."))


def _check_code(code: str | None, known: frozenset[str], name: str,
                template: str) -> str | None:
    if code is None or not str(code).strip():
        return None
    text = str(code).strip().upper()
    if text not in known:
        raise ValidationError.of(template, name, value=repr(code))
    return text


def locale_country(name: str | None) -> str | None:
    """The country of a locale name (``de_DE.UTF-8`` → ``DE``); ``C``, ``POSIX`` → None."""
    match = _LOCALE.match((name or "").strip())
    if not match:
        return None
    code = match.group(1).upper()
    return code if code in COUNTRIES else None


def locale_setting(category: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The locale POSIX gives ``category`` (e.g. ``LC_TIME``): ``LC_ALL``, else the
    category's own variable, else ``LANG``; None when none is set."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", category, "LANG"):
        value = env.get(var, "").strip()
        if value:
            return value
    return None


def system_country(environ: dict[str, str] | None = None) -> str | None:
    """The country a new branch gets when none is chosen: ``CAUCUS_COUNTRY``, else the
    locale's (``LC_ALL``, then ``LC_TELEPHONE``, then ``LANG``, as POSIX orders them), else
    none. (Python's ``locale.getlocale()`` alone reads ``C.UTF-8`` as American English.)"""
    env = os.environ if environ is None else environ
    chosen = env.get("CAUCUS_COUNTRY", "").strip()
    if chosen:
        return check_country(chosen)
    value = locale_setting("LC_TELEPHONE", env)
    if value:
        return locale_country(value)
    if os.name == "nt" and environ is None:  # pragma: no cover - no POSIX variables there
        return locale_country(locale.getlocale()[0])
    return None


def default_currency(country: str | None) -> str | None:
    return COUNTRY_CURRENCY.get(country or "")


# -- phone numbers ------------------------------------------------------------------------
class FieldWarning(UserWarning):
    """A value kept as given though it could not be checked: shown, never blocking."""

    def __init__(self, message: str, field: str, value: str) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.value = value

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "value": self.value, "message": self.message}


@dataclass(frozen=True)
class PhoneCheck:
    """A phone number as it will be stored: E.164 when ``valid``, else as typed."""

    value: str
    valid: bool
    warning: FieldWarning | None = None


MAX_PHONE = 40

# phonenumbers compiles its metadata's patterns at every use unless told to keep them
# (a few dozen for a branch's countries): 13% of checking 50,000 numbers
if hasattr(phonenumbers, "enable_pattern_cache"):
    phonenumbers.enable_pattern_cache()


def check_phone(text: str, region: str | None, name: str = "phones") -> PhoneCheck:
    """Read a phone number by the branch's country (``region``; ``None``: only ``+``
    numbers). Text that holds no number at all (fewer than 3 digits, mostly letters, or
    longer than any number) is a :class:`ValidationError`."""
    typed = " ".join(str(text).split())
    digits = sum(map(str.isdigit, typed))
    if digits < 3 or len(typed) > MAX_PHONE or \
            sum(map(str.isalpha, typed)) > max(3, digits // 2):
        raise ValidationError.of(QT_TRANSLATE_NOOP("errors", "{value} is not a phone number."),
                                 name, value=repr(typed))
    try:
        number = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_valid_number(number):
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if not number.extension:  # the stored number is this one: index it unparsed
            remember_national(e164, phonenumbers.format_number(
                number, phonenumbers.PhoneNumberFormat.NATIONAL))
        return PhoneCheck(e164, True)
    #: {value} is the phone number as typed, {region} a country's two-letter code
    if region is None and not typed.startswith(("+", "00")):
        template = QT_TRANSLATE_NOOP(
            "phrases", "The phone number {value} was kept as typed: the branch has no country "
            "to read national numbers by. Check it.")
    elif region:
        template = QT_TRANSLATE_NOOP(
            "phrases", "The phone number {value} was kept as typed: it is not a valid number "
            "for {region}. Check it.")
    else:
        template = QT_TRANSLATE_NOOP(
            "phrases", "The phone number {value} was kept as typed: it is not a valid number. "
            "Check it.")
    return PhoneCheck(typed, False, FieldWarning(
        Phrase(template, value=repr(typed), region=region), name, typed))


def format_phone(value: str, region: str | None) -> str:
    """A stored number for display: national for the branch's own country
    (``030 7654321``), international for others (``+44 7911 123456``), and a number kept
    as typed just as it was typed."""
    if not value or not value.startswith("+"):
        return value
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(number):
        return value
    # national for every number dialled the branch's way: the same calling code (a
    # Jersey mobile is 07797 … in Britain too; a number of the branch's own country has
    # its calling code), else international
    if region and number.country_code == phonenumbers.country_code_for_region(region):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
