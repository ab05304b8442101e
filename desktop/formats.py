"""Numbers, dates, percentages and money as the user's locale writes them.

Every figure the app shows goes through one of these (never ``f"{n:,}"`` or an ISO
date straight from the engine): they read ``QLocale()``, the default locale that
:func:`desktop.i18n.install_language` sets with the language (the "C" system locale
reads as en_US, so English shows ``1,200`` and ``12/31/31``). A translated sentence
takes the figure already written, through a named placeholder:
``self.tr("{count} members").format(count=formats.number(n))``.

The engine stores ISO dates (``2031-12-31``) and timestamps; :func:`date_text` shows
them in the locale's short format, and anything that is not a date as it is (a value
typed before validation, a partial date kept as written).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

_SHORT = QLocale.FormatType.ShortFormat


def number(n: int | float | None, decimals: int | None = None) -> str:
    """``n`` with the locale's digit grouping (``1,200``; ``1.200`` in German); a float
    with ``decimals`` places (one if not said). ``None`` is empty."""
    if n is None:
        return ""
    if isinstance(n, int) and decimals is None:
        return QLocale().toString(n)
    return QLocale().toString(float(n), "f", 1 if decimals is None else decimals)


def percent(fraction: float | None, empty: str = "") -> str:
    """A share (0.6) as a whole percentage in the locale's way (``60 %``: the space
    is kept in English too, as the app always wrote it)."""
    if fraction is None:
        return empty
    locale = QLocale()
    return f"{locale.toString(round(fraction * 100))} {locale.percent()}"


def points(fraction: float | None) -> str:
    """A change of share in percentage points, always signed (``+5``, ``−3``)."""
    if fraction is None:
        return ""
    value = round(fraction * 100)
    locale = QLocale()
    sign = locale.positiveSign() if value >= 0 else locale.negativeSign()
    return sign + locale.toString(abs(value))


def megabytes(n_bytes: int) -> str:
    """A size in megabytes with one decimal (``1,234.5``)."""
    return number(n_bytes / 1e6, 1)


def money(amount: float | int | None, currency: str | None) -> str:
    """An amount in the branch's currency (an ISO 4217 code such as ``EUR``), written
    the locale's way (``1.234,50 €`` in German, ``€1,234.50`` in English); without a
    currency, the locale's own."""
    if amount is None:
        return ""
    locale = QLocale()
    if not currency:
        return locale.toCurrencyString(float(amount))
    symbol = _currency_symbol(currency, locale)
    return locale.toCurrencyString(float(amount), symbol)


def _currency_symbol(code: str, locale: QLocale) -> str:
    """The symbol ``code`` has where it is at home (€ for EUR, £ for GBP), else the
    code itself (as ``CHF``)."""
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return _home_symbol(code)


@functools.lru_cache(maxsize=32)
def _home_symbol(code: str) -> str:
    for candidate in QLocale.matchingLocales(QLocale.Language.AnyLanguage,
                                             QLocale.Script.AnyScript,
                                             QLocale.Country.AnyCountry):
        if candidate.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
            symbol = candidate.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
            if symbol and not symbol.isalpha():
                return symbol
    return code


def date_text(value: object) -> str:
    """An ISO date (``2031-12-31``) or timestamp in the locale's short format; anything
    else (empty, a partial or unreadable date) as it is."""
    if value is None:
        return ""
    text = str(value)
    date = QDate.fromString(text[:10], "yyyy-MM-dd")
    if not date.isValid():
        return text
    if len(text) > 10:
        moment = QDateTime.fromString(text, Qt.DateFormat.ISODate)
        if moment.isValid():
            return QLocale().toString(moment.toLocalTime(), f"{_date_format()} "
                                      f"{QLocale().timeFormat(_SHORT)}")
    return QLocale().toString(date, _date_format())


def _date_format() -> str:
    """The locale's short date format with a four-digit year (12/31/2031)."""
    short = QLocale().dateFormat(_SHORT)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def date_column(name: str):
    """A table column's value: the record's date ``name`` in the locale's short format."""
    def get(record) -> str:
        value = record.get(name) if isinstance(record, dict) else getattr(record, name, None)
        return date_text(value)
    return get
