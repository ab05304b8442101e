"""What each member field is called where a person reads it: export headers, the
history of changes, the merge table. Field codes (``first_name``) never reach a user.

The words are English; the app translates them for its own screens.
"""

from __future__ import annotations

FIELD_LABELS: dict[str, str] = {
    "id": "Record number",
    "first_name": "First name",
    "last_name": "Last name",
    "preferred_name": "Preferred name",
    "membership_no": "Membership no.",
    "emails": "Emails",
    "phones": "Phones",
    "address": "Address",
    "postcode": "Postcode",
    "workplace_id": "Workplace",
    "workplace": "Workplace",
    "department": "Department",
    "job_title": "Job title",
    "status": "Status",
    "status_override": "Status override",
    "override_until": "Override until",
    "joined_on": "Joined",
    "lapsed_on": "Lapsed",
    "dues_paid_until": "Dues paid until",
    "assessment": "Assessment",
    "basis": "Basis of processing",
    "do_not_contact": "Do not contact",
    "do_not_email": "No email",
    "do_not_phone": "No phone calls",
    "do_not_sms": "No texts",
    "do_not_post": "No post",
    "custom": "Custom fields",
    "tags": "Tags",
    "tag": "Tag",
    "deleted": "Deleted",
    "point_person_id": "Point person",
    "unit_id": "Unit",
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
