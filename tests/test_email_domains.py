"""Email addresses are checked by email-validator, which answers for each domain once
(see ``sync.records.validation``): the same answers as without, refusals included."""

from __future__ import annotations

import sys

import email_validator
import pytest

from sync.errors import ValidationError
from sync.records.validation import clean_email

ADDRESSES = [
    "Ana@Example.ORG", "ben@example.org", "cy@EXAMPLE.org", "dee@bücher.example",
    "eve@BÜCHER.example", "fay@localhost", "gus@mail.invalid", "hal@exa mple.org",
    "ida@-bad.example", "jo@münchen.example", "kim@xn--mnchen-3ya.example", "lou@",
    "max@example.org.", "ned@ex..ample.org",
]


def answers() -> list[str]:
    out = []
    for text in ADDRESSES:
        try:
            out.append(email_validator.validate_email(text, check_deliverability=False)
                       .normalized)
        except email_validator.EmailNotValidError as exc:
            out.append(f"refused: {exc}")
    return out


def test_each_domain_is_checked_once_with_the_answers_of_the_library(monkeypatch):
    module = sys.modules["email_validator.validate_email"]
    remembered = module.validate_email_domain_name
    assert hasattr(remembered, "cache_info"), "email-validator is laid out otherwise now"
    first = answers()
    hits = remembered.cache_info().hits
    assert answers() == first
    assert remembered.cache_info().hits > hits
    monkeypatch.setattr(module, "validate_email_domain_name", remembered.__wrapped__)
    assert answers() == first  # as the library answers without the memory
    assert first[0] == "Ana@example.org" and first[3] == "dee@bücher.example"
    assert all(a.startswith("refused") for a in first[5:9])


@pytest.mark.parametrize("text", ["pat@mail.invalid", "pat@localhost"])
def test_a_refused_domain_is_refused_every_time(text):
    for _ in range(2):
        with pytest.raises(ValidationError):
            clean_email(text)
