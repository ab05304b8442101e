"""Sentences the engine says that are not failures (an import's notes, why a row is the
same person as another, why a change set was rejected), in a form the app can translate.

A :class:`Phrase` is the English sentence itself (a ``str``: the command line prints it,
JSON writes it, tests compare it, exactly as before) that also remembers its *template*,
marked ``QT_TRANSLATE_NOOP("phrases", "…")`` for the app's catalogs, and the values of its
named fields. The app translates the template in the context ``phrases`` and fills the
fields after translation (a field that is itself a Phrase is translated first); any
string operation on a Phrase (``+``, ``" ".join``) gives a plain English ``str``.

Both fillings share one rule for figures: a :class:`Quantity` (a count of things) is
grouped "250,000" in English and by the user's locale in the app; a float with a format
spec (``{size:.1f}``) is written with the locale's decimal mark in the app. Plain ints
(row numbers, years) are written as digits, as ``str.format`` writes them.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

__all__ = ["QT_TRANSLATE_NOOP", "FieldName", "Phrase", "Quantity", "english"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks ``text`` for the app's catalogs (``pyside6-lupdate`` finds the call by its
    name) and returns it unchanged: the engine's words stay English here, and the app
    translates them in ``context``."""
    return text


class Quantity(int):
    """A count of things inside a sentence: grouped by thousands where it is shown."""

    __slots__ = ()


class FieldName(str):
    """A field named inside a sentence ("both go to first name"): the English words
    (``str``) the command line prints, and the field's ``key`` (``first_name``), from which
    the app writes the field's label in the user's language."""

    key: str

    def __new__(cls, key: str, english_words: str) -> FieldName:
        name = super().__new__(cls, english_words)
        name.key = key
        return name

    def __reduce__(self) -> tuple[Any, ...]:
        return (FieldName, (self.key, str(self)))


class _English(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Quantity) and not format_spec:
            return format(int(value), ",")
        return super().format_field(value, format_spec)


ENGLISH = _English()


def english(template: str, fields: Mapping[str, Any]) -> str:
    """``template`` with its ``{name}`` fields filled, in English."""
    return ENGLISH.vformat(template, (), dict(fields)) if fields else template


class Phrase(str):
    """An English sentence (``str(phrase)``) made of a marked ``template`` and its
    ``fields``; see the module's docstring."""

    template: str
    fields: dict[str, Any]
    #: the catalogs' context of the template: "phrases", or "errors" for an error's words
    context: str = "phrases"
    #: an error's field key (its ``{label}`` is that field's label, see ``ValidationError``)
    field: str | None = None

    def __new__(cls, template: str, /, **fields: Any) -> Phrase:
        phrase = super().__new__(cls, english(template, fields))
        phrase.template, phrase.fields = template, fields
        return phrase

    @classmethod
    def of_error(cls, error: Exception) -> Phrase:
        """A failure's sentence (a ``CaucusError``: its template, in the context
        ``errors``) kept as a phrase, e.g. as the reason a change set was rejected."""
        phrase = cls(getattr(error, "template", None) or str(error),
                     **getattr(error, "fields", {}))
        phrase.context, phrase.field = "errors", getattr(error, "field", None)
        return phrase

    def __reduce__(self) -> tuple[Any, ...]:
        # copy.deepcopy (dataclasses.asdict) rebuilds it from its template and fields
        return (_rebuild, (self.template, self.fields, self.context, self.field))


def _rebuild(template: str, fields: dict[str, Any], context: str, field: str | None,
             ) -> Phrase:
    phrase = Phrase(template, **fields)
    phrase.context, phrase.field = context, field
    return phrase
