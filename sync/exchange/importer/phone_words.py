"""The sentences an import says about a phone number it repaired or could not repair
(:mod:`.phones`), each a whole sentence for the catalogs: a translator never sees a
fragment glued to another."""

from __future__ import annotations

from ...phrases import QT_TRANSLATE_NOOP, Phrase

SCIENTIFIC = "written in scientific notation"
NO_ZERO = "its leading 0 was lost"
NO_PLUS = "its + was lost"

# (what happened to the number, whether the repair was made) → the sentence; the keys
# are the English words :func:`.phones.read_phone` puts together
_REPAIRS: dict[tuple[str, bool], str] = {
    #: {original} is the phone number as the file has it, {value} how it is read
    (NO_ZERO, True): QT_TRANSLATE_NOOP(
        "phrases", "The phone number {original}: its leading 0 was lost; read as {value}."),
    (NO_ZERO, False): QT_TRANSLATE_NOOP(
        "phrases", "The phone number {original}: its leading 0 was lost; it can be read as "
        "{value}."),
    (NO_PLUS, True): QT_TRANSLATE_NOOP(
        "phrases", "The phone number {original}: its + was lost; read as {value}."),
    (NO_PLUS, False): QT_TRANSLATE_NOOP(
        "phrases", "The phone number {original}: its + was lost; it can be read as {value}."),
    (f"{SCIENTIFIC} and {NO_ZERO}", True): QT_TRANSLATE_NOOP(
        "phrases", "The phone number {original}: written in scientific notation and its "
        "leading 0 was lost; read as {value}."),
    (f"{SCIENTIFIC} and {NO_ZERO}", False): QT_TRANSLATE_NOOP(
        "phrases", "The phone number {original}: written in scientific notation and its "
        "leading 0 was lost; it can be read as {value}."),
    (f"{SCIENTIFIC} and {NO_PLUS}", True): QT_TRANSLATE_NOOP(
        "phrases", "The phone number {original}: written in scientific notation and its + "
        "was lost; read as {value}."),
    (f"{SCIENTIFIC} and {NO_PLUS}", False): QT_TRANSLATE_NOOP(
        "phrases", "The phone number {original}: written in scientific notation and its + "
        "was lost; it can be read as {value}."),
    (SCIENTIFIC, True): QT_TRANSLATE_NOOP(
        "phrases", "The phone number {original} was written in scientific notation; read as "
        "{value}."),
    (SCIENTIFIC, False): QT_TRANSLATE_NOOP(
        "phrases", "The phone number {original} was written in scientific notation; it can "
        "be read as {value}."),
}


def repaired(original: str, how: str, repair: bool, value: str) -> Phrase:
    """The sentence on a number read as ``value`` (a repair made, or with ``repair``
    false only offered) because ``how`` (the words above, joined by "and")."""
    return Phrase(_REPAIRS[(how, repair)], original=repr(original), value=value)


def lost(original: str, whole: str) -> Phrase:
    """The sentence on a number in scientific notation whose last digits are gone."""
    #: {original} is the phone number as the file has it, {whole} what it reads as
    return Phrase(QT_TRANSLATE_NOOP(
        "phrases", "The phone number {original} is in scientific notation, so the spreadsheet "
        "has lost its last digits (it reads as {whole}); type the number again."),
        original=repr(original), whole=whole or "?")
