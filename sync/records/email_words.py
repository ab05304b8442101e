"""Why an email address is not one, in our own words for the catalogs.

The email library explains a refusal in English; its common reasons are our sentences here
(the same English words, so the command line reads as before), which the app writes in the
user's language. A reason without a sentence here reads, in the app, as one general
sentence; the command line keeps the library's words.
"""

from __future__ import annotations

import re

from ..phrases import QT_TRANSLATE_NOOP, Phrase

# the library's reasons said in the same words, whole
_FIXED = (
    QT_TRANSLATE_NOOP("phrases", "An email address must have an @-sign."),
    QT_TRANSLATE_NOOP("phrases", "There must be something before the @-sign."),
    QT_TRANSLATE_NOOP("phrases", "There must be something after the @-sign."),
    QT_TRANSLATE_NOOP("phrases", "There can't be anything after the email address."),
    QT_TRANSLATE_NOOP("phrases", "An email address cannot have two periods in a row."),
    QT_TRANSLATE_NOOP("phrases", "An email address cannot start with a period."),
    QT_TRANSLATE_NOOP("phrases", "An email address cannot end with a period."),
    QT_TRANSLATE_NOOP("phrases", "An email address cannot have a period immediately before "
                      "the @-sign."),
    QT_TRANSLATE_NOOP("phrases", "An email address cannot have a period immediately after "
                      "the @-sign."),
    QT_TRANSLATE_NOOP("phrases", "An email address cannot have a hyphen immediately after "
                      "the @-sign."),
    QT_TRANSLATE_NOOP("phrases", "An email address cannot end with a hyphen."),
    QT_TRANSLATE_NOOP("phrases", "An email address cannot have a period and a hyphen next to "
                      "each other."),
    QT_TRANSLATE_NOOP("phrases", "The part after the @-sign is not valid. It should have a "
                      "period."),
    QT_TRANSLATE_NOOP("phrases", "The part after the @-sign is not valid. It is not within a "
                      "valid top-level domain."),
    QT_TRANSLATE_NOOP("phrases", "The part after the @-sign is a special-use or reserved name "
                      "that cannot be used with email."),
    # a space is the character a spreadsheet's address most often holds by mistake
    QT_TRANSLATE_NOOP("phrases", "The email address contains invalid characters before the "
                      "@-sign: SPACE."),
    QT_TRANSLATE_NOOP("phrases", "The part after the @-sign contains invalid characters: "
                      "SPACE."),
)

# the library's reasons that name the characters, by their start
_CHARACTERS = (
    #: {chars} lists the characters, each in quotes: '(', ')'
    ("The email address contains invalid characters before the @-sign: ", QT_TRANSLATE_NOOP(
        "phrases", "The email address contains invalid characters before the @-sign: "
        "{chars}.")),
    #: {chars} lists the characters, each in quotes: '@', '_'
    ("The part after the @-sign contains invalid characters: ", QT_TRANSLATE_NOOP(
        "phrases", "The part after the @-sign contains invalid characters: {chars}.")),
)
# characters the library names only by quoting them ("'@', ','"), no English word
_QUOTED = re.compile(r"'[^']+'(?:, '[^']+')*")

# in the app, the sentence for a reason not said above
#: {value} is the address as typed
GENERAL = QT_TRANSLATE_NOOP("errors", "{value} is not a valid email address.")


def email_reason(reason: str) -> Phrase | None:
    """The library's ``reason`` as our sentence (the same English), or None when we have
    none for it."""
    if reason in _FIXED:
        return Phrase(reason)
    for start, template in _CHARACTERS:
        chars = reason.removeprefix(start).removesuffix(".")
        if reason.startswith(start) and reason.endswith(".") and _QUOTED.fullmatch(chars):
            return Phrase(template, chars=chars)
    return None
