"""What each field is called where a person reads it: export headers, the history of
changes, the merge table, a conflict (on a member or on any other record: every field of
every table has a label here). Field codes (``first_name``) never reach a user.

The words are English; the app translates them for its own screens.
"""

from __future__ import annotations

from ..errors import QT_TRANSLATE_NOOP

FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("fields", "Record number"),
    "first_name": QT_TRANSLATE_NOOP("fields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("fields", "Last name"),
    # (a column of a member import may hold the whole name)
    "full_name": QT_TRANSLATE_NOOP("fields", "Full name"),
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
    # the fields of the other records (workplaces, units, campaigns, notes, tasks,
    # meetings, actions, relationships, consents, devices, the branch), as a conflict or
    # a history of changes names them (the words a field without a label reads as)
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "employer": QT_TRANSLATE_NOOP("fields", "Employer"),
    "sector": QT_TRANSLATE_NOOP("fields", "Sector"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "headcount": QT_TRANSLATE_NOOP("fields", "Headcount"),
    "counted_on": QT_TRANSLATE_NOOP("fields", "Counted on"),
    "parent_id": QT_TRANSLATE_NOOP("fields", "Parent"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    "description": QT_TRANSLATE_NOOP("fields", "Description"),
    "starts_on": QT_TRANSLATE_NOOP("fields", "Starts on"),
    "ends_on": QT_TRANSLATE_NOOP("fields", "Ends on"),
    "campaign_id": QT_TRANSLATE_NOOP("fields", "Campaign"),
    "date": QT_TRANSLATE_NOOP("fields", "Date"),
    "method": QT_TRANSLATE_NOOP("fields", "Method"),
    "outcome": QT_TRANSLATE_NOOP("fields", "Outcome"),
    "text": QT_TRANSLATE_NOOP("fields", "Text"),
    "follow_up_on": QT_TRANSLATE_NOOP("fields", "Follow up on"),
    "author_name": QT_TRANSLATE_NOOP("fields", "Author name"),
    "title": QT_TRANSLATE_NOOP("fields", "Title"),
    "due_on": QT_TRANSLATE_NOOP("fields", "Due on"),
    "done": QT_TRANSLATE_NOOP("fields", "Done"),
    "assignee": QT_TRANSLATE_NOOP("fields", "Assignee"),
    "location": QT_TRANSLATE_NOOP("fields", "Location"),
    "quorum": QT_TRANSLATE_NOOP("fields", "Quorum"),
    "meeting_id": QT_TRANSLATE_NOOP("fields", "Meeting"),
    "target_share": QT_TRANSLATE_NOOP("fields", "Target share"),
    "deadline": QT_TRANSLATE_NOOP("fields", "Deadline"),
    "pair_id": QT_TRANSLATE_NOOP("fields", "Pair"),
    "side": QT_TRANSLATE_NOOP("fields", "Side"),
    "granted": QT_TRANSLATE_NOOP("fields", "Granted"),
    "recorded_on": QT_TRANSLATE_NOOP("fields", "Recorded on"),
    "source": QT_TRANSLATE_NOOP("fields", "Source"),
    "founder": QT_TRANSLATE_NOOP("fields", "Founder"),
    "nonce": QT_TRANSLATE_NOOP("fields", "Nonce"),
    "country": QT_TRANSLATE_NOOP("fields", "Country"),
    "currency": QT_TRANSLATE_NOOP("fields", "Currency"),
    "point_ratio": QT_TRANSLATE_NOOP("fields", "Point ratio"),
    "pubkey": QT_TRANSLATE_NOOP("fields", "Pubkey"),
    "role": QT_TRANSLATE_NOOP("fields", "Role"),
    "admitted_by": QT_TRANSLATE_NOOP("fields", "Admitted by"),
    "revoked_after": QT_TRANSLATE_NOOP("fields", "Revoked after"),
    "revoked_by": QT_TRANSLATE_NOOP("fields", "Revoked by"),
    "syncthing_id": QT_TRANSLATE_NOOP("fields", "Syncthing"),
    "syncthing_addresses": QT_TRANSLATE_NOOP("fields", "Syncthing addresses"),
    "epoch": QT_TRANSLATE_NOOP("fields", "Epoch"),
    "device": QT_TRANSLATE_NOOP("fields", "Device"),
    "sealed": QT_TRANSLATE_NOOP("fields", "Sealed"),
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
