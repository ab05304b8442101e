"""What each member field is called where a person reads it: export headers, the
history of changes, the merge table. Field codes (``first_name``) never reach a user.

The words are English; the app translates them for its own screens.
"""

from __future__ import annotations

from ..errors import QT_TRANSLATE_NOOP

FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("fields", "Record number"),
    "first_name": QT_TRANSLATE_NOOP("fields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("fields", "Last name"),
    "preferred_name": QT_TRANSLATE_NOOP("fields", "Preferred name"),
    "membership_no": QT_TRANSLATE_NOOP("fields", "Membership no."),
    "emails": QT_TRANSLATE_NOOP("fields", "Emails"),
    "phones": QT_TRANSLATE_NOOP("fields", "Phones"),
    "address": QT_TRANSLATE_NOOP("fields", "Address"),
    "postcode": QT_TRANSLATE_NOOP("fields", "Postcode"),
    "workplace_id": QT_TRANSLATE_NOOP("fields", "Workplace"),
    "workplace": QT_TRANSLATE_NOOP("fields", "Workplace"),
    "department": QT_TRANSLATE_NOOP("fields", "Department"),
    "job_title": QT_TRANSLATE_NOOP("fields", "Job title"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "status_override": QT_TRANSLATE_NOOP("fields", "Status override"),
    "override_until": QT_TRANSLATE_NOOP("fields", "Override until"),
    "joined_on": QT_TRANSLATE_NOOP("fields", "Joined"),
    "lapsed_on": QT_TRANSLATE_NOOP("fields", "Lapsed"),
    "dues_paid_until": QT_TRANSLATE_NOOP("fields", "Dues paid until"),
    "assessment": QT_TRANSLATE_NOOP("fields", "Assessment"),
    "basis": QT_TRANSLATE_NOOP("fields", "Basis of processing"),
    "do_not_contact": QT_TRANSLATE_NOOP("fields", "Do not contact"),
    "do_not_email": QT_TRANSLATE_NOOP("fields", "No email"),
    "do_not_phone": QT_TRANSLATE_NOOP("fields", "No phone calls"),
    "do_not_sms": QT_TRANSLATE_NOOP("fields", "No texts"),
    "do_not_post": QT_TRANSLATE_NOOP("fields", "No post"),
    "custom": QT_TRANSLATE_NOOP("fields", "Custom fields"),
    "tags": QT_TRANSLATE_NOOP("fields", "Tags"),
    "tag": QT_TRANSLATE_NOOP("fields", "Tag"),
    "deleted": QT_TRANSLATE_NOOP("fields", "Deleted"),
    "point_person_id": QT_TRANSLATE_NOOP("fields", "Point person"),
    "unit_id": QT_TRANSLATE_NOOP("fields", "Unit"),
    # the other fields of a member's history (a structure test's answer)
    "member_id": QT_TRANSLATE_NOOP("fields", "Member"),
    "action_id": QT_TRANSLATE_NOOP("fields", "Action"),
    "answer": QT_TRANSLATE_NOOP("fields", "Answer"),
}


def field_label(name: str) -> str:
    """The label of a member field or export column (``custom.shift`` → ``shift``); a
    name with no label reads as words ("shoe_size" → "Shoe size")."""
    if name.startswith("custom."):
        return name[7:]
    label = FIELD_LABELS.get(name)
    if label is not None:
        return label
    words = name.removesuffix("_id").replace("_", " ").strip()
    return words[:1].upper() + words[1:]
