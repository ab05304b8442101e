"""An engine sentence that is not an error (:class:`sync.phrases.Phrase`) is the English
text itself, for the command line, JSON and every comparison, and keeps its template and
fields for the app; a :class:`Quantity` is grouped in English, other numbers are not."""

from __future__ import annotations

import dataclasses
import json

from sync.errors import ValidationError
from sync.phrases import QT_TRANSLATE_NOOP, Phrase, Quantity


def test_a_phrase_is_its_english_sentence_and_keeps_its_template():
    reason = Phrase(QT_TRANSLATE_NOOP("phrases", "same email {email}"), email="a@b.org")
    skipped = Phrase(QT_TRANSLATE_NOOP("phrases", "Skipped: {reason}."), reason=reason)
    assert skipped == "Skipped: same email a@b.org." and type(str(skipped)) is str
    assert (skipped.template, skipped.fields, skipped.context) == (
        "Skipped: {reason}.", {"reason": reason}, "phrases")
    assert json.dumps({"reason": skipped}) == '{"reason": "Skipped: same email a@b.org."}'
    assert skipped + "!" == "Skipped: same email a@b.org.!"
    assert type(skipped + "!") is str


def test_a_copied_phrase_keeps_what_the_app_needs():
    @dataclasses.dataclass
    class Report:
        notes: list[str]

    error = ValidationError.of(QT_TRANSLATE_NOOP("errors", "{label} is wrong."), "emails",
                               label="Emails")
    kept = Phrase.of_error(error)
    copied = dataclasses.asdict(Report([kept]))["notes"][0]
    assert copied == "Emails is wrong." and copied is not kept
    assert (copied.template, copied.fields, copied.context, copied.field) == (
        "{label} is wrong.", {"label": "Emails"}, "errors", "emails")


def test_a_quantity_is_grouped_in_english_and_other_numbers_are_not():
    phrase = Phrase("more than {rows} rows in {year}, row {row}, {size:.1f} MB",
                    rows=Quantity(250_000), year=2019, row=12345, size=3.14159)
    assert phrase == "more than 250,000 rows in 2019, row 12345, 3.1 MB"
    assert str(ValidationError.of("up to {n} rows", None, n=Quantity(1200))) == \
        "up to 1,200 rows"
