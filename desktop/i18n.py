"""The app's words in the user's language: how strings are marked, and counted nouns.

The convention (every user-visible string of ``desktop/`` follows it):

* inside a QObject subclass: ``self.tr("…")`` (the context is the class's name; PySide
  looks the string up under each class of the object's MRO, so a base class's strings
  are found from a subclass);
* anywhere else: ``QCoreApplication.translate("context", "…")`` with the context written
  out as a literal (the module's name, e.g. ``"sync_usb"``, or the enclosing class's);
  no module-level ``tr()`` wrapper, because ``pyside6-lupdate`` finds strings only in
  those two calls (and in ``QT_TRANSLATE_NOOP``);
* a string built at import time (a table's column headings, the words of a choice) is
  marked ``QT_TRANSLATE_NOOP("context", "…")`` where it is defined and translated with
  ``QCoreApplication.translate("context", text)`` where it is shown;
* values go in by **named placeholders filled after translation**:
  ``self.tr("Joined {branch} as {name}").format(branch=…, name=…)`` (a translator moves
  ``{branch}`` where their grammar wants it and never translates the name inside the
  braces; a translator comment ``#: {branch} is the branch's name`` says what an
  unclear one holds); never an f-string inside ``tr()``;
* counts by Qt's plural forms: ``self.tr("%Ln members", "", n)``. The source text is the
  English plural; the English catalog (``caucus_en.ts``, plural forms only) gives "1
  member". The counted nouns used in many places are the functions below.

The language (Preferences; default the system's) is installed at start and again when the
preferences change it: the app then rebuilds the main window on the same open vault
(``Controller.change_language``). ``tests/gui/test_pseudo_translation.py`` opens every
screen under a catalog that wraps exactly what lupdate extracts, in its context, in
⟦…⟧, and fails on any word on screen that is neither wrapped nor data.

Figures (counts, dates, percentages, money) go into a sentence already written by
:mod:`desktop.formats`, which follows the default ``QLocale`` set with the language.

Engine messages (``sync.errors.CaucusError``) carry an English template marked for
lupdate in the ``errors`` context (a class's ``template``, or the sentence it was
raised with, or ``Error.of(QT_TRANSLATE_NOOP("errors", "… {name} …"), name=…)``);
:func:`error_text` translates the template and fills its named fields; ``str(error)``
stays the English sentence the command line prints. An error whose sentence is not in
the catalogs (one not converted, text from another laptop) shows as ``str(error)``.
The engine's other sentences (an import's notes, a duplicate's reason, a rejection's
reason) are :class:`sync.phrases.Phrase` strings, templates in the context ``phrases``,
written by the same :func:`error_text`; a field that is a ``Quantity`` follows the locale.
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from sync.errors import CaucusError, FieldName, Phrase, Quantity
from sync.records.labels import field_label
from sync.resources import resources_dir

from . import value_words


def settle_locale() -> None:
    """The "C" locale (no language set, as on a bare server or in CI) reads as Qt's plain
    English (en_US: counts grouped "1,200", as the English texts expect); any real locale
    is left as it is."""
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


settle_locale()


class Counts(QObject):
    """Counted phrases used outside a QObject subclass (``pyside6-lupdate`` sees a
    plural only in ``self.tr(text, "", n)``, so they live here, in context "Counts")."""

    def changes(self, n: int) -> str:
        return self.tr("%Ln changes", "", n)

    def laptops(self, n: int) -> str:
        return self.tr("%Ln laptops", "", n)

    def pages(self, n: int) -> str:
        return self.tr("%Ln pages", "", n)

    def members(self, n: int) -> str:
        return self.tr("%Ln members", "", n)

    def labels(self, n: int) -> str:
        return self.tr("%Ln labels", "", n)

    def names(self, n: int) -> str:
        return self.tr("%Ln names", "", n)

    def conflicts_need_decision(self, n: int) -> str:
        """The sentence a sync report ends with when conflicts wait for the user."""
        return self.tr("%Ln conflicts need a decision (see Conflicts).", "", n)

    def changes_held(self, n: int) -> str:
        return self.tr("%Ln changes wait for earlier ones to arrive.", "", n)

    def rows_to_import(self, n: int) -> str:
        return self.tr("%Ln rows to import.", "", n)

    def rows_unreadable(self, n: int) -> str:
        return self.tr("%Ln of them cannot be read as they are; Check rows lists them and "
                       "why.", "", n)

    def changes_rejected(self, n: int) -> str:
        return self.tr("%Ln changes rejected.", "", n)


class _LocalFill(string.Formatter):
    """Fills a translated template: a field that is a :class:`Phrase` in the user's
    language, a :class:`Quantity` and a float with a ``.Nf`` spec by the locale."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Phrase):
            value = error_text(value)
        elif isinstance(value, Quantity) and not format_spec:
            return QLocale().toString(int(value))
        elif isinstance(value, float) and (digits := re.fullmatch(r"\.(\d)f", format_spec)):
            return QLocale().toString(value, "f", int(digits.group(1)))
        return super().format_field(value, format_spec)


_FILL = _LocalFill()


def error_text(item: CaucusError | Phrase | str) -> str:
    """The engine's sentence in the user's language: an error's template looked up in the
    context ``errors`` (a :class:`Phrase`'s in its own: ``phrases``, or ``errors`` for an
    error kept as a phrase), its fields filled after translation by the locale (a field
    that is a Phrase translated first); ``str(item)`` when a translation names a field it
    lacks, and a plain string as it is. A ``{label}`` field is the label of the error's field (a
    :class:`ValidationError`'s ``field``), written in the context ``fields``; a field that
    is a :class:`FieldName` is that field's label as a sentence has it."""
    if isinstance(item, Phrase):
        context = item.context
    elif isinstance(item, CaucusError):
        context = "errors"
    else:
        return str(item)
    template = getattr(item, "template", "") or str(item)
    fields = dict(getattr(item, "fields", {}))
    translated = QCoreApplication.translate(context, template)
    if translated != template:
        if "label" in fields and getattr(item, "field", None):
            fields["label"] = QCoreApplication.translate("fields", field_label(item.field))
        fields.update({name: value_words.field_in_sentence(value.key)
                       for name, value in fields.items() if isinstance(value, FieldName)})
    try:
        return _FILL.vformat(translated, (), fields) if fields else translated
    except (KeyError, IndexError, ValueError, AttributeError):
        return str(item)


#: the same function under the name that says what it is for
engine_text = error_text


#: the one instance (a QObject without a parent; made before the application, which is
#: allowed, and used from any thread: translating is read-only)
COUNTS = Counts()


#: the languages with a complete catalog, by the code of their ``caucus_<code>.qm``
LANGUAGES = ("en", "es", "de", "fr", "pt_BR", "ar")
#: each language named in its own language (the Preferences' choice; never translated)
LANGUAGE_NAMES = {"es": "Español", "de": "Deutsch", "fr": "Français",
                  "pt_BR": "Português (Brasil)", "ar": "العربية", "en": "English"}
_installed: list[QTranslator] = []
_current = {"code": ""}


def installed_language() -> str:
    """The code of the language last installed ("" before the first)."""
    return _current["code"]


def resolve(language: str | None) -> str:
    """The code a language setting stands for ("system": the system's language)."""
    code = system_language() if language in (None, "", "system") else language
    return code if code in LANGUAGES else "en"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    """The system's language if Caucus speaks it (``pt_BR`` before ``pt``), else English."""
    locale = QLocale.system()
    for code in (locale.name(), locale.name().split("_")[0]):
        if code in LANGUAGES:
            return code
    return "en"


def install_language(app: QCoreApplication, language: str | None) -> str:
    """Load the catalogs of ``language`` (None or "system": the system's) into ``app``, set
    the default locale and, in a right-to-left language, the layout direction. Returns
    the language used. English plural forms are always loaded first (the source texts
    are English plurals)."""
    code = resolve(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for name in dict.fromkeys(("en", code)):
        translator = QTranslator(app)
        if translator.load(f"caucus_{name}", str(translations_dir())):
            app.installTranslator(translator)
            _installed.append(translator)
    locale = QLocale(code)
    if code == "en" and QLocale.system().language() == QLocale.Language.English:
        locale = QLocale.system()
    elif code == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(locale.textDirection())
    _current["code"] = code
    return code
