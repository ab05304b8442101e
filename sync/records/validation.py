"""Validation: every value a record takes is cleaned here, with a clear message naming
the field (:class:`ValidationError`, :class:`UnknownField`)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import email_validator

from ..errors import QT_TRANSLATE_NOOP, UnknownField, ValidationError
from ..store import schema
from .country import FieldWarning, PhoneCheck, check_phone
from .email_words import GENERAL as EMAIL_GENERAL
from .email_words import email_reason
from .types import BASES, CAMPAIGN_STATUSES, DEFAULT_REGION, STATUSES

#: the most characters a text field holds (a custom field, a value kept aside…)
MAX_TEXT = 2000


def clean_text(value: Any, name: str, max_len: int = MAX_TEXT) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        value = str(value)
    value = value.strip()
    if len(value) > max_len:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "errors", "{label} is too long (at most {max_len} characters)."),
            name, label=_label(name), max_len=max_len)
    return value or None


def clean_date(value: Any, name: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        parsed = dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "errors", "{label} must be a date like 2024-03-31, not {value}."),
            name, label=_label(name), value=repr(text)) from None
    if not 1900 <= parsed.year <= 2200:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "errors", "{label} {value} is not a plausible date."),
            name, label=_label(name), value=text)
    return parsed.isoformat()


#: Validated emails and phones, remembered (an import cleans each value twice: once to
#: plan the row, once as the batch writes it). A cleaned value cleans to itself.
_MEMO: dict[tuple[str, str | None, str], tuple[bool, str]] = {}
_MEMO_SIZE = 20_000


_PHONES: dict[tuple[str, str | None, str], PhoneCheck] = {}


def _remember(key: tuple[str, str | None, str], ok: bool, value: str) -> None:
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.clear()
    _MEMO[key] = (ok, value)
    if ok:
        _MEMO[(key[0], key[1], value)] = (ok, value)


def export_checks() -> list[list]:
    """The checks remembered so far that passed, as plain data, forgotten here: emails
    ``["email", as typed, normal form]`` and phones ``["phone", as typed, region, field,
    E.164]``. A checking process (:mod:`sync.exchange.importer.checking`) hands them to
    :func:`import_checks` in the process that imports, which then need not make them."""
    out: list[list] = [["email", key[2], value] for key, (ok, value) in _MEMO.items()
                       if ok and key[0] == "email"]
    out += [["phone", key[0], key[1], key[2], found.value] for key, found in _PHONES.items()
            if found.valid]
    _MEMO.clear()
    _PHONES.clear()
    return out


def import_checks(found: Iterable[list]) -> None:
    """Remember checks :func:`export_checks` gave elsewhere (the same functions' answers,
    so what this process would have found). Anything not of that shape is ignored."""
    for entry in found:
        if len(entry) == 3 and entry[0] == "email" and all(isinstance(x, str)
                                                            for x in entry[1:]):
            _remember(("email", None, entry[1]), True, entry[2])
        elif len(entry) == 5 and entry[0] == "phone" and isinstance(entry[1], str) and \
                isinstance(entry[2], str | None) and isinstance(entry[3], str) and \
                isinstance(entry[4], str):
            if len(_PHONES) >= _MEMO_SIZE:
                _PHONES.clear()
            _PHONES[(entry[1], entry[2], entry[3])] = PhoneCheck(entry[4], True)


def clean_email(value: str, name: str = "emails") -> str:
    text = value.strip()
    key = ("email", None, text)
    if key not in _MEMO:
        try:
            _remember(key, True, email_validator.validate_email(
                text, check_deliverability=False).normalized)
        except email_validator.EmailNotValidError as exc:
            _remember(key, False, str(exc))  # the library's reason, in English
    ok, result = _MEMO[key]
    if not ok:
        reason = email_reason(result)
        #: {reason} says what is wrong with the address
        error = ValidationError.of(QT_TRANSLATE_NOOP(
            "errors", "{value} is not a valid email address: {reason}"),
            name, value=repr(text), reason=result if reason is None else reason)
        if reason is None:  # the library's English words: the app says it in general
            error.template, error.fields = EMAIL_GENERAL, {"value": repr(text)}
        raise error
    return result


def clean_phone(value: str, region: str | None = DEFAULT_REGION, name: str = "phones",
                warnings: list[FieldWarning] | None = None) -> str:
    """E.164 for a number valid in ``region`` (the branch's country), else the number as
    typed, with a :class:`FieldWarning` added to ``warnings``; ValidationError only for
    text that holds no number at all."""
    result = phone_result(value, region, name)
    if result.warning is not None and warnings is not None:
        warnings.append(result.warning)
    return result.value


def phone_result(value: str, region: str | None, name: str = "phones") -> PhoneCheck:
    """:func:`check_phone`, remembered (see ``_MEMO``)."""
    key = (" ".join(str(value).split()), region, name)
    found = _PHONES.get(key)
    if found is None:
        found = check_phone(key[0], region, name)
        if len(_PHONES) >= _MEMO_SIZE:
            _PHONES.clear()
        _PHONES[key] = found
        if found.valid:
            _PHONES[(found.value, region, name)] = found
    return found


def clean_bool(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return bool(value)
    text = str(value).strip().lower()
    if text in ("1", "yes", "y", "true", "on", "x"):
        return True
    if text in ("0", "no", "n", "false", "off", ""):
        return False
    raise ValidationError.of(QT_TRANSLATE_NOOP(
        "errors", "{label} must be yes or no, not {value}."),
        name, label=_label(name), value=repr(value))


def clean_choice(value: Any, name: str, choices: Iterable[str]) -> str | None:
    text = clean_text(value, name)
    if text is None:
        return None
    norm = text.lower().replace(" ", "_").replace("-", "_")
    choices = tuple(choices)
    if norm not in choices:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "errors", "{label} must be one of {choices}, not {value}."),
            name, label=_label(name), choices=", ".join(choices), value=repr(text))
    return norm


def clean_assessment(value: Any, name: str = "assessment") -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "errors", "Assessment must be a whole number 0–5, not {value}."),
            name, value=repr(value)) from None
    if not 0 <= number <= 5:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "errors", "Assessment must be between 0 and 5, not {number}."),
            name, number=number)
    return number


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [p for p in re.split(r"[;,\n]", value) if p.strip()]
    return [str(v) for v in value if v is not None and str(v).strip()]


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def clean_member_fields(fields: Mapping[str, Any], region: str | None = DEFAULT_REGION,
                        warnings: list[FieldWarning] | None = None) -> dict[str, Any]:
    """Validate and normalise member fields; unknown names raise :class:`UnknownField`.
    Phone numbers that cannot be checked are kept as typed, with a warning added to
    ``warnings``."""
    out: dict[str, Any] = {}
    for name, value in fields.items():
        key, how = _member_field(name)
        if how == "text":
            out[key] = clean_text(value, name)
        elif how == "emails":
            out[key] = _dedupe([clean_email(v) for v in _as_list(value)])
        elif how == "phones":
            out[key] = _dedupe([clean_phone(v, region, name, warnings)
                                for v in _as_list(value)])
        elif how == "status":
            out[key] = clean_choice(value, name, STATUSES)
        elif how == "basis":
            out[key] = clean_choice(value, name, BASES)
        elif how == "assessment":
            out[key] = clean_assessment(value)
        elif how == "date":
            out[key] = clean_date(value, name)
        else:
            out[key] = clean_bool(value, name)
    return out


@functools.lru_cache(maxsize=512)  # asked for every field of every row an import writes
def _member_field(name: str) -> tuple[str, str]:
    """The name :func:`clean_member_fields` stores a member field as, and how it cleans
    it; :class:`UnknownField` for a name members do not have."""
    if name.startswith("custom."):
        key = name[7:].strip()
        if not key:
            raise UnknownField(QT_TRANSLATE_NOOP(
                "errors", "A custom field needs a name, like custom.shift=nights."), name)
        return f"custom.{key}", "text"
    kind = schema.TABLES["member"].get(name)
    if kind is None or name == "custom":
        raise UnknownField.of(QT_TRANSLATE_NOOP(
            "errors", "Members have no field called {name}."), name, name=repr(name))
    if name in ("emails", "phones", "basis", "assessment"):
        return name, name
    if name in ("status", "status_override"):
        return name, "status"
    return name, kind if kind in ("date", "bool") else "text"


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def clean_tags(tags: Iterable[str]) -> list[str]:
    out = []
    seen = set()
    for tag in tags:
        text = (tag or "").strip()
        if not text:
            continue
        if len(text) > 60:
            raise ValidationError.of(QT_TRANSLATE_NOOP(
                "errors", "Tag {tag}… is too long (60 characters at most)."),
                "tags", tag=repr(text[:20]))
        if text.lower() not in seen:
            seen.add(text.lower())
            out.append(text)
    return out


def parse_assignment(text: str) -> tuple[str, str]:
    """``FIELD=VALUE`` from the command line."""
    if "=" not in text:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "errors", "Expected FIELD=VALUE, not {value}."), None, value=repr(text))
    name, value = text.split("=", 1)
    return name.strip(), value



def clean_record_fields(table: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Validate the fields of a workplace, campaign, meeting (or another plain record):
    dates, whole numbers, yes/no and text by the schema's kinds."""
    out: dict[str, Any] = {}
    for name, value in fields.items():
        kind = schema.TABLES[table].get(name)
        if kind is None:
            raise UnknownField.of(QT_TRANSLATE_NOOP(
                "errors", "{records} have no field called {name}."),
                name, records=f"{_label(table)}s", name=repr(name))
        if kind == "date":
            out[name] = clean_date(value, name)
        elif kind == "int":
            if value is None or value == "":
                out[name] = None
            else:
                try:
                    out[name] = int(value)
                except (TypeError, ValueError):
                    raise ValidationError.of(QT_TRANSLATE_NOOP(
                        "errors", "{label} must be a whole number, not {value}."),
                        name, label=_label(name), value=repr(value)) from None
        elif kind == "bool":
            out[name] = clean_bool(value, name)
        elif table == "campaign" and name == "status":
            out[name] = clean_choice(value, name, CAMPAIGN_STATUSES)
        else:
            out[name] = clean_text(value, name)
    return out
