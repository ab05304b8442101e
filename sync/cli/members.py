"""``caucus member ...``: add, list, show, edit, delete, restore, erase, history, tag.

(``member export``, the subject-access report, lives with the other data-out commands in
:mod:`sync.cli.exchange`.)
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import Any

from ..changes import ERASE_FIELD
from ..errors import CaucusError, UnknownId
from ..ops import Session
from ..records import (
    MEMBER_DATE_FIELDS,
    MEMBER_SORTS,
    STATUSES,
    Branch,
    MemberQuery,
    format_phone,
    parse_assignment,
)
from .errors import UsageError
from .localised import Localised, date_arg
from .options import confirmed, positive
from .output import emit, print_json, say, table
from .registry import CommandTable, arg
from .resolve import member_id, split, workplace_id

FIELD_ALIASES = {
    "first": "first_name", "last": "last_name", "preferred": "preferred_name",
    "email": "emails", "phone": "phones", "workplace": "workplace_id", "joined": "joined_on",
}
ID = arg("id", metavar="ID")
SET = arg("--set", action="append", default=[], metavar="FIELD=VALUE",
          help="any member field; lists (emails, phones, tags) comma-separated; "
               "custom.NAME=VALUE for custom fields; an empty VALUE clears")

commands = CommandTable()
commands.group("member", "add, list, show, edit, delete and erase members")


def member_fields(branch: Branch, assignments: Sequence[str]) -> tuple[dict[str, Any],
                                                                         str | None]:
    """``--set`` values as member fields, plus a ``tags=`` value if one was given."""
    fields: dict[str, Any] = {}
    tags = None
    for text in assignments:
        name, value = parse_assignment(text)
        if not name.startswith("custom."):
            name = name.replace("-", "_")
            name = FIELD_ALIASES.get(name, name)
        if name == "tags":
            tags = value
        elif name == "workplace_id":
            fields[name] = workplace_id(branch, value)
        elif name in MEMBER_DATE_FIELDS and value:  # typed as the country writes dates
            fields[name] = Localised(branch.region).read_date(value, name)
        else:
            fields[name] = value
    return fields, tags


@commands.command(
    "member add", "add a member and print the new id",
    arg("--first", help="first name"),
    arg("--last", help="last name"),
    arg("--preferred", help="preferred name"),
    arg("--email", action="append", default=[], help="email (repeatable)"),
    arg("--phone", action="append", default=[], help="phone number (repeatable)"),
    arg("--workplace", help="workplace id, id prefix or exact name"),
    arg("--status", help=f"one of {', '.join(STATUSES)}"),
    arg("--tag", action="append", default=[], help="tag (repeatable)"),
    arg("--membership-no", help="membership number"),
    date_arg("--joined", help="date joined"),
    date_arg("--dues-paid-until", help="dues paid up to"),
    arg("--assessment", help="organising assessment 0..5"),
    SET,
)
def member_add(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    given = {
        "first_name": args.first, "last_name": args.last, "preferred_name": args.preferred,
        "emails": args.email or None, "phones": args.phone or None, "status": args.status,
        "membership_no": args.membership_no, "joined_on": args.joined,
        "dues_paid_until": args.dues_paid_until, "assessment": args.assessment,
        "workplace_id": workplace_id(branch, args.workplace),
    }
    fields = {k: v for k, v in given.items() if v is not None}
    extra, tags = member_fields(branch, args.set)
    fields.update(extra)
    say(branch.add_member(tags=[*args.tag, *split(tags or "")], **fields))
    return 0


@commands.command(
    "member list", "list members (filters and sorting in the vault)",
    arg("--search", default="", help="name, email, phone or note text fragment"),
    arg("--status", choices=STATUSES, help="effective membership status"),
    arg("--workplace", help="workplace id, id prefix or exact name"),
    arg("--tag", help="members with this tag"),
    date_arg("--arrears-before", help="dues unpaid before DATE"),
    arg("--deleted", action="store_true", help="list deleted members instead"),
    arg("--sort", choices=tuple(MEMBER_SORTS), default="name"),
    arg("--desc", action="store_true", help="sort in descending order"),
    arg("--limit", type=positive, help="show at most N members"),
    json_out=True,
)
def member_list(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    query = MemberQuery(
        search=args.search, status=args.status, tag=args.tag,
        workplace_id=workplace_id(branch, args.workplace),
        arrears_before=args.arrears_before, only_deleted=args.deleted,
    )
    rows = branch.list_members(query, sort=args.sort, descending=args.desc, limit=args.limit)
    total = branch.count_members(query) if args.limit else len(rows)
    region = branch.region
    return emit(args, rows, "member", ("ID", "NAME", "EMAIL", "PHONE", "WORKPLACE", "STATUS"),
                lambda r: (r.id, display_name(r.preferred_name or r.first_name, r.last_name),
                           r.email, format_phone(r.phone or "", region), r.workplace,
                           r.status), total)


def display_name(first: str | None, last: str | None) -> str:
    return " ".join(x for x in (first, last) if x) or "(no name)"


@commands.command(
    "member show", "show every field of one member",
    arg("id", metavar="ID", help="member id or unique id prefix (6+ characters)"),
    json_out=True,
)
def member_show(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    member = branch.get_member(member_id(branch, args.id))
    notes = len(branch.list_notes(member_id=member.id))
    if args.json:
        print_json({**member.to_dict(), "display_name": member.display_name, "notes": notes})
        return 0
    data = member.to_dict()
    custom, consents = data.pop("custom"), data.pop("consents")
    data.update({f"custom.{k}": v for k, v in sorted(custom.items())})
    for c in consents:
        verb = "granted" if c["granted"] else "refused"
        data[f"consent.{c['kind']}"] = f"{verb} {c['recorded_on']} ({c['source'] or '-'})"
    data["notes"] = notes
    data["phones"] = [format_phone(p, branch.region) for p in data.get("phones") or []]
    width = max(len(k) for k in data) + 1
    say(member.display_name)
    for key, value in data.items():
        if isinstance(value, list):
            value = ", ".join(value)
        shown = "yes" if value is True else "no" if value is False else value
        say(f"  {key + ':':<{width}} {'' if shown is None else shown}".rstrip())
    return 0


@commands.command(
    "member edit", "change a member's fields and tags",
    ID, SET,
    arg("--tag-add", action="append", default=[], metavar="TAG"),
    arg("--tag-remove", action="append", default=[], metavar="TAG"),
)
def member_edit(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    if not (args.set or args.tag_add or args.tag_remove):
        raise UsageError("Nothing to change: give --set FIELD=VALUE, --tag-add or --tag-remove.")
    member = member_id(branch, args.id)
    fields, tags = member_fields(branch, args.set)
    if fields:
        branch.update_member(member, **fields)
    if tags is not None or args.tag_add or args.tag_remove:
        current = branch.member_tags(member) if tags is None else split(tags)
        drop = {t.strip().lower() for t in args.tag_remove}
        branch.set_tags(member, [t for t in [*current, *args.tag_add]
                                 if t.strip().lower() not in drop])
    say(f"Updated {branch.get_member(member).display_name} ({member}).")
    return 0


@commands.command("member delete", "move a member to the deleted list (restorable)", ID)
def member_delete(session: Session, args: argparse.Namespace) -> int:
    """A soft delete: a replicated flag, so every laptop can bring them back."""
    branch = session.branch
    member = member_id(branch, args.id)
    branch.delete_member(member)
    say(f"Deleted {branch.get_member(member).display_name} ({member}); "
        f"'caucus member restore {member}' brings them back.")
    return 0


@commands.command("member restore", "bring a deleted member back", ID)
def member_restore(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    member = member_id(branch, args.id)
    branch.restore_member(member)
    say(f"Restored {branch.get_member(member).display_name} ({member}).")
    return 0


@commands.command(
    "member erase", "erase a member and all their records everywhere (GDPR; final)",
    ID, arg("--yes", action="store_true", help="do not ask for confirmation"),
)
def member_erase(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    member = member_id(branch, args.id)
    name = branch.get_member(member).display_name
    if not confirmed(args, f"Erase {name} ({member}) and every record about them, on every "
                     "laptop of the branch? This cannot be undone. [y/N] ",
                     no_terminal="Erasure is final: add --yes to erase without being asked."):
        raise CaucusError("Nothing was erased.")
    erased = branch.erase_member(member)
    merged = (f" and {len(erased) - 1} earlier record{'s' if len(erased) > 2 else ''} "
              "merged into them" if len(erased) > 1 else "")
    say(f"Erased member {member}{merged}; other laptops erase them when they next sync.")
    return 0


@commands.command("member history", "who changed what on a member, and when", ID,
                  json_out=True)
def member_history(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    try:
        member = member_id(branch, args.id)
    except UnknownId:
        member = args.id.strip()  # an erased member's history is kept (redacted)
    entries = branch.member_history(member)
    if args.json:
        print_json(entries)
        return 0
    table(("TIME", "DEVICE", "SEQ", "FIELD", "VALUE"), [
        (e["time"], e["device_name"], e["seq"],
         e["field"] if e["table"] == "member" else f"{e['table']}.{e['field']}",
         "(erased)" if e["redacted"] or e["field"] == ERASE_FIELD
         else json.dumps(e["value"], ensure_ascii=False))
        for e in entries
    ])
    return 0


@commands.command("member tag", "add tags to a member",
                  ID, arg("tags", metavar="TAG", nargs="+"))
def member_tag(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    member = member_id(branch, args.id)
    branch.set_tags(member, [*branch.member_tags(member), *args.tags])
    say(", ".join(branch.member_tags(member)))
    return 0
