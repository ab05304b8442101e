"""The engine's stored words (a member's status, a campaign's state, a kind of unit…)
as a person reads them, in the user's language.

The engine stores ``"strike_vote_pledge"``; the app shows "Strike vote pledge" through
the ``values`` context of the catalogs. The list below is every value of the engine's
closed vocabularies (statuses, campaign states, consent kinds, bases of processing,
attendance, unit and action kinds, conversation methods, roles, relationship kinds),
written out so that ``pyside6-lupdate`` sees each one; a value added to the engine
without a line here is shown in English, capitalised (and the test of the catalogs
names it).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from sync.records import field_label

WORDS = (
    QT_TRANSLATE_NOOP("values", "Prospect"),
    QT_TRANSLATE_NOOP("values", "Member"),
    QT_TRANSLATE_NOOP("values", "Arrears"),
    QT_TRANSLATE_NOOP("values", "Lapsed"),
    QT_TRANSLATE_NOOP("values", "Resigned"),
    QT_TRANSLATE_NOOP("values", "Deceased"),
    QT_TRANSLATE_NOOP("values", "Worker"),
    QT_TRANSLATE_NOOP("values", "Tenant"),
    QT_TRANSLATE_NOOP("values", "Contact"),
    QT_TRANSLATE_NOOP("values", "Planned"),
    QT_TRANSLATE_NOOP("values", "Active"),
    QT_TRANSLATE_NOOP("values", "Won"),
    QT_TRANSLATE_NOOP("values", "Lost"),
    QT_TRANSLATE_NOOP("values", "Closed"),
    QT_TRANSLATE_NOOP("values", "Email"),
    QT_TRANSLATE_NOOP("values", "Phone"),
    QT_TRANSLATE_NOOP("values", "Sms"),
    QT_TRANSLATE_NOOP("values", "Post"),
    QT_TRANSLATE_NOOP("values", "Data processing"),
    QT_TRANSLATE_NOOP("values", "Former member"),
    QT_TRANSLATE_NOOP("values", "Regular contact"),
    QT_TRANSLATE_NOOP("values", "Other"),
    QT_TRANSLATE_NOOP("values", "Attended"),
    QT_TRANSLATE_NOOP("values", "Apologies"),
    QT_TRANSLATE_NOOP("values", "Absent"),
    QT_TRANSLATE_NOOP("values", "Department"),
    QT_TRANSLATE_NOOP("values", "Shift"),
    QT_TRANSLATE_NOOP("values", "Site"),
    QT_TRANSLATE_NOOP("values", "Floor"),
    QT_TRANSLATE_NOOP("values", "Team"),
    QT_TRANSLATE_NOOP("values", "Building"),
    QT_TRANSLATE_NOOP("values", "Stairwell"),
    QT_TRANSLATE_NOOP("values", "Block"),
    QT_TRANSLATE_NOOP("values", "Petition"),
    QT_TRANSLATE_NOOP("values", "Card"),
    QT_TRANSLATE_NOOP("values", "Survey"),
    QT_TRANSLATE_NOOP("values", "Turnout"),
    QT_TRANSLATE_NOOP("values", "Strike vote pledge"),
    QT_TRANSLATE_NOOP("values", "In person"),
    QT_TRANSLATE_NOOP("values", "Text"),
    QT_TRANSLATE_NOOP("values", "Video"),
    QT_TRANSLATE_NOOP("values", "Meeting"),
    QT_TRANSLATE_NOOP("values", "Admin"),
    QT_TRANSLATE_NOOP("values", "Secretary"),
    QT_TRANSLATE_NOOP("values", "Viewer"),
    QT_TRANSLATE_NOOP("values", "Works with"),
    QT_TRANSLATE_NOOP("values", "Influences"),
    QT_TRANSLATE_NOOP("values", "Family"),
    QT_TRANSLATE_NOOP("values", "Neighbour"),
    QT_TRANSLATE_NOOP("values", "Yes"),
    QT_TRANSLATE_NOOP("values", "No"),
    QT_TRANSLATE_NOOP("values", "Asked undecided"),
    QT_TRANSLATE_NOOP("values", "Not asked"),
)


def english(value: str) -> str:
    """``"strike_vote_pledge"`` → ``"Strike vote pledge"`` (the catalogs' source text)."""
    return value.replace("_", " ").capitalize()


def nice(value: str) -> str:
    """A stored value in the user's language ("" stays "")."""
    return QCoreApplication.translate("values", english(value)) if value else ""


def field(name: str) -> str:
    """A member field's label (``sync.records.field_label``) in the user's language; a
    custom field's own name is data and stays as typed."""
    if name.startswith("custom."):
        return name[7:]
    return QCoreApplication.translate("fields", field_label(name))


def field_in_sentence(name: str) -> str:
    """:func:`field` inside a sentence ("edited phone to …"): lower case, except in
    German, whose nouns keep their capital ("Telefon"); a custom field stays as typed."""
    label = field(name)
    if name.startswith("custom.") or QLocale().language() == QLocale.Language.German:
        return label
    return label.lower()
