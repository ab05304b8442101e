"""What goes on printed pages — the document models that :mod:`.pdf` draws.

The member list, a meeting's sign-in sheet, A4 mailing labels and a subject-access
report are built here from the vault as plain data (titles, columns, rows, label
lines); :mod:`.pdf` lays them out on pages with a header (branch name, date, title)
and page numbers.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from ..records import Branch, MemberQuery
from .document_words import words
from .exporter import log_export, member_records

#: the export-log kind of each printed document (as ``caucus export log`` lists them)
LOG_KINDS = {"member-list": "pdf-member-list", "sign-in": "pdf-sign-in",
             "labels": "pdf-labels", "subject-access": "subject-access-pdf",
             "wall-chart": "pdf-wall-chart", "point-people": "pdf-point-people"}


@dataclass
class TableDoc:
    """A titled table; ``widths`` are relative column widths."""

    kind: str
    title: str
    branch: str
    date: str
    columns: list[str]
    widths: list[float]
    rows: list[list[str]]
    subtitle: str = ""
    #: extra blank rows at the end (a sign-in sheet's lines for people not listed)
    blank_rows: int = 0
    tall_rows: bool = False


@dataclass
class LabelsDoc:
    branch: str
    date: str
    labels: list[list[str]]
    #: members left out: no postal address, or do not contact / do not post
    left_out: int = 0
    title: str = "Mailing labels"
    kind: str = "labels"


@dataclass
class TextDoc:
    """Sections of (label, value) lines, for the subject-access report."""

    kind: str
    title: str
    branch: str
    date: str
    sections: list[tuple[str, list[str]]] = field(default_factory=list)


def _phone(e164: str | None, region: str) -> str:
    """A phone number as people write it here (national), others in international form."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, region)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == phonenumbers.country_code_for_region(region):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _today() -> str:
    return dt.date.today().isoformat()


def member_list_doc(branch: Branch, query: MemberQuery | None = None,
                    sort: str = "name", descending: bool = False,
                    language: str = "") -> TableDoc:
    w = words(language)
    ids = branch.member_ids(query or MemberQuery(), sort, descending)
    rows = []
    for r in branch.member_rows(ids):
        name = ", ".join(x for x in (r.last_name, r.preferred_name or r.first_name) if x)
        rows.append([name, r.membership_no or "", r.workplace or "", r.status or "",
                     r.email or "", _phone(r.phone, branch.region)])
    subtitle = w["members"].format(count=len(ids))
    if query:
        bits = [w["search"].format(text=query.search) if query.search else "",
                w["status_is"].format(status=query.status) if query.status else "",
                w["tag_is"].format(tag=query.tag) if query.tag else "",
                branch.get_workplace(query.workplace_id).name if query.workplace_id else ""]
        if any(bits):
            subtitle += " · " + ", ".join(b for b in bits if b)
    return TableDoc("member-list", w["member_list"], branch.name, _today(),
                    [w[k] for k in ("name", "number", "workplace", "status", "email", "phone")],
                    [2.8, 1.1, 2.1, 1.6, 2.9, 2.3], rows, subtitle)


def sign_in_doc(branch: Branch, meeting_id: str, query: MemberQuery | None = None,
                blank_rows: int = 10, language: str = "") -> TableDoc:
    """Every current member (or the query's), with a column to sign, for one meeting;
    and everyone already marked for it (a prospect who sent apologies is listed too)."""
    w = words(language)
    meeting_id = branch.resolve_id("meeting", meeting_id, "meeting")
    meeting = branch.get_meeting(meeting_id)
    ids = branch.member_ids(query or MemberQuery())
    listed = set(ids)
    marked = [m for m, _name, _status in branch.attendance(meeting_id) if m not in listed]
    people = [r for r in branch.member_rows(ids + marked) if not r.deleted or r.id in listed]
    people.sort(key=lambda r: ((r.last_name or "").casefold(), (r.first_name or "").casefold()))
    rows = []
    for r in people:
        name = ", ".join(x for x in (r.last_name, r.preferred_name or r.first_name) if x)
        rows.append([name, r.membership_no or "", r.workplace or "", ""])
    bits = [meeting.date or "", meeting.location or ""]
    subtitle = " · ".join(b for b in bits if b)
    if meeting.quorum:
        subtitle += " · " + w["quorum"].format(quorum=meeting.quorum)
    return TableDoc("sign-in", w["sign_in"].format(title=meeting.title), branch.name, _today(),
                    [w[k] for k in ("name", "number", "workplace", "signature")],
                    [3, 1.2, 3, 2.8], rows,
                    subtitle.strip(" ·"), blank_rows=blank_rows, tall_rows=True)


def labels_doc(branch: Branch, query: MemberQuery | None = None,
               language: str = "") -> LabelsDoc:
    """One label per member with a postal address who may be posted to."""
    ids = branch.member_ids(query or MemberQuery())
    labels = []
    left_out = 0
    for rec in member_records(branch, ids):
        if rec.get("do_not_contact") or rec.get("do_not_post") or not rec.get("address"):
            left_out += 1
            continue
        first = rec.get("preferred_name") or rec.get("first_name")
        name = " ".join(x for x in (first, rec.get("last_name")) if x)
        lines = [name] + [ln.strip() for ln in (rec.get("address") or "").replace(
            ",", "\n").splitlines() if ln.strip()]
        if rec.get("postcode"):
            lines.append(rec["postcode"])
        labels.append(lines)
    return LabelsDoc(branch.name, _today(), labels, left_out,
                     words(language)["mailing_labels"])


def log_printed(branch: Branch, doc: Any, path: Any) -> int:
    """Record a written PDF in the export log: a printed list is personal data leaving
    the vault as surely as a CSV file. Returns the rows (people or labels) it holds."""
    if isinstance(doc, LabelsDoc):
        rows, columns = len(doc.labels), ["name", "address", "postcode"]
    elif isinstance(doc, TextDoc):
        rows, columns = 1, ["subject_access"]
    else:  # a table, or a document with rows and columns (the wall chart)
        rows, columns = len(doc.rows), doc.columns
    log_export(branch, LOG_KINDS[doc.kind], rows, columns, path)
    return rows


def subject_access_doc(data: dict[str, Any], language: str = "") -> TextDoc:
    """The subject-access data (:func:`sync.exchange.subject_access.subject_access`)
    as printable sections: the member's, then each merged record's."""
    w = words(language)
    doc = TextDoc("subject-access", w["personal_data"].format(name=_full_name(data["member"])),
                  data["branch"], data["generated_at"][:10])
    _record_sections(doc, data, "", w)
    for rec in data.get("merged_records", []):
        _record_sections(doc, rec, w["merged"].format(
            name=_full_name(rec["member"]), id=rec["member"]["id"], into=rec["merged_into"]), w)
    return doc


def _full_name(member: dict[str, Any]) -> str:
    return " ".join(x for x in (member.get("first_name"), member.get("last_name")) if x)


def _record_sections(doc: TextDoc, data: dict[str, Any], prefix: str,
                     w: dict[str, str]) -> None:
    fields = []
    for key, value in data["member"].items():
        if key in ("consents", "tags"):
            continue
        if isinstance(value, dict):
            for k, v in value.items():
                fields.append(f"{key}.{k}: {v}")
        elif isinstance(value, list):
            fields.append(f"{key}: {', '.join(map(str, value))}")
        else:
            fields.append(f"{key}: {'' if value is None else value}")
    gone = {True: " (removed)", False: ""}
    sections = [
        (w["details"], fields),
        (w["tags"], [t["tag"] + gone[t["deleted"]] for t in data["tags"]]),
        (w["consents"], [
            f"{c['kind']}: {'granted' if c['granted'] else 'refused'} on {c['recorded_on']}"
            f"{' (' + c['source'] + ')' if c.get('source') else ''}{gone[c['deleted']]}"
            for c in data["consents"]]),
        (w["notes"], [
            f"{n['date']} {n.get('method') or ''} by {n.get('author_name') or '?'}: "
            f"{n['text']}{gone[n['deleted']]}" for n in data["notes"]]),
        (w["tasks"], [f"{t['due_on'] or 'no date'}: {t['title']}{' (done)' if t['done'] else ''}"
                   f"{gone[t['deleted']]}" for t in data["tasks"]]),
        (w["attendance"], [
            f"{a.get('meeting_date') or ''} {a.get('meeting_title') or a['meeting_id']}: "
            f"{a['status']}{gone[a['deleted']]}" for a in data["attendance"]]),
        (w["organising"], [
            f"unit: {data.get('unit') or 'none'}",
            f"point person: {data.get('point_person') or 'none'}",
            f"point person for: {data.get('point_person_for', 0)} people"]),
        (w["structure_tests"], [
            f"{r.get('action_name') or r['action_id']}: {r['answer']}{gone[r['deleted']]}"
            for r in data.get("responses", [])]),
        (w["relationships"], [
            f"{r['kind'].replace('_', ' ')} {r['other_name']}"
            + {"from": " (this person to them)", "to": " (them to this person)"}.get(
                r["direction"], "") for r in data.get("relationships", [])]),
        (w["history"], [
            f"{h['time']} {h['device_name']}: {h['table']}.{h['field']} = "
            f"{'(erased)' if h['redacted'] else json.dumps(h['value'], ensure_ascii=False)}"
            for h in data["history"]]),
    ]
    for title, lines in sections:
        doc.sections.append((prefix + title if prefix else title, lines or ["none"]))
