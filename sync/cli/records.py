"""``caucus workplace|campaign|note|task|meeting ...``: the branch's other records."""

from __future__ import annotations

import argparse

from ..ops import Session
from ..records import ATTENDANCE, CAMPAIGN_STATUSES
from .localised import date_arg
from .options import positive
from .output import cell, emit, print_json, say, table
from .registry import CommandTable, arg
from .resolve import campaign_id, member_id

commands = CommandTable()


# -- workplaces -------------------------------------------------------------------------
commands.group("workplace", "workplaces and their organising wall chart")


@commands.command("workplace add", "add a workplace and print its id",
                  arg("name", metavar="NAME"), arg("--employer"), arg("--address"),
                  arg("--sector"), arg("--notes"))
def workplace_add(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    extra = {k: getattr(args, k) for k in ("employer", "address", "sector", "notes")}
    say(branch.add_workplace(args.name, **{k: v for k, v in extra.items() if v is not None}))
    return 0


@commands.command("workplace list", "list workplaces with member counts and assessments",
                  json_out=True)
def workplace_list(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    return emit(args, branch.list_workplaces(), "workplace",
                ("ID", "NAME", "EMPLOYER", "MEMBERS", "ASSESSED", "TOTAL", "AVERAGE"),
                lambda w: (w.id, w.name, w.employer, w.members, w.assessed,
                           w.assessment_total,
                           f"{w.assessment_total / w.assessed:.1f}" if w.assessed else "-"))


@commands.command("workplace edit", "change a workplace's name, employer, address, sector "
                  "or notes",
                  arg("id", metavar="ID", help="workplace id, id prefix or exact name"),
                  arg("--name"), arg("--employer"), arg("--address"), arg("--sector"),
                  arg("--notes"))
def workplace_edit(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    workplace = branch.resolve_id("workplace", args.id, "workplace")
    fields = {k: getattr(args, k) for k in ("name", "employer", "address", "sector", "notes")}
    branch.update_workplace(workplace, **{k: v for k, v in fields.items() if v is not None})
    say(f"Workplace {workplace} changed.")
    return 0


# -- campaigns --------------------------------------------------------------------------
commands.group("campaign", "campaigns")


@commands.command("campaign add", "add a campaign and print its id",
                  arg("name", metavar="NAME"), arg("--description"),
                  date_arg("--starts"), date_arg("--ends"),
                  arg("--status", choices=CAMPAIGN_STATUSES))
def campaign_add(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    fields = {"description": args.description, "starts_on": args.starts,
              "ends_on": args.ends, "status": args.status}
    say(branch.add_campaign(args.name, **{k: v for k, v in fields.items() if v is not None}))
    return 0


@commands.command("campaign list", "list campaigns with their note counts", json_out=True)
def campaign_list(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    return emit(args, branch.list_campaigns(), "campaign",
                ("ID", "NAME", "STATUS", "STARTS", "ENDS", "NOTES"),
                lambda c: (c.id, c.name, c.status, c.starts_on, c.ends_on, c.notes))


@commands.command("campaign edit", "change a campaign's name, description, dates or status",
                  arg("id", metavar="ID", help="campaign id, prefix or name"),
                  arg("--name"), arg("--description"), date_arg("--starts"),
                  date_arg("--ends"), arg("--status", choices=CAMPAIGN_STATUSES))
def campaign_edit(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    campaign = campaign_id(branch, args.id)
    fields = {"name": args.name, "description": args.description, "starts_on": args.starts,
              "ends_on": args.ends, "status": args.status}
    branch.update_campaign(campaign, **{k: v for k, v in fields.items() if v is not None})
    say(f"Campaign {campaign} changed.")
    return 0


# -- notes ------------------------------------------------------------------------------
commands.group("note", "conversations with members")


@commands.command(
    "note add", "record a conversation and print its id",
    arg("--member", required=True, metavar="ID", help="member id or prefix"),
    arg("--campaign", metavar="ID", help="campaign id, prefix or name"),
    arg("--text", required=True),
    date_arg("--date", help="when (default today)"),
    arg("--method", help="in_person, phone, email, text, video, meeting, other"),
    arg("--outcome"),
    date_arg("--follow-up", help="also create a follow-up task due then"),
)
def note_add(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    say(branch.add_note(
        args.text, member_id=member_id(branch, args.member),
        campaign_id=campaign_id(branch, args.campaign), date=args.date, method=args.method,
        outcome=args.outcome, follow_up_on=args.follow_up,
    ))
    return 0


@commands.command("note list", "list notes, newest first",
                  arg("--member", metavar="ID"), arg("--campaign", metavar="ID"),
                  arg("--limit", type=positive), json_out=True)
def note_list(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    member = member_id(branch, args.member) if args.member else None
    notes = branch.list_notes(member, campaign_id(branch, args.campaign), args.limit)
    return emit(args, notes, "note", ("ID", "DATE", "MEMBER", "METHOD", "OUTCOME", "TEXT"),
                lambda n: (n.id, n.date, n.member_name, n.method, n.outcome,
                           cell(n.text, 60)))


# -- tasks ------------------------------------------------------------------------------
commands.group("task", "follow-up tasks")


@commands.command("task add", "add a task and print its id",
                  arg("title", metavar="TITLE"), date_arg("--due"),
                  arg("--member", metavar="ID"),
                  arg("--assignee", metavar="NAME", help="the person who does it"))
def task_add(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    member = member_id(branch, args.member) if args.member else None
    say(branch.add_task(args.title, due_on=args.due, member_id=member,
                        assignee=args.assignee))
    return 0


@commands.command("task list", "list open tasks, soonest due first",
                  arg("--all", action="store_true", help="include tasks already done"),
                  arg("--assignee", metavar="NAME", help="only this person's tasks"),
                  json_out=True)
def task_list(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    return emit(args, branch.list_tasks(include_done=args.all, assignee=args.assignee),
                "task", ("ID", "DUE", "DONE", "TITLE", "MEMBER", "ASSIGNEE"),
                lambda t: (t.id, t.due_on, "yes" if t.done else "", t.title, t.member_name,
                           t.assignee))


@commands.command("task assign", "give a task to a person (an empty NAME: to nobody)",
                  arg("id", metavar="ID"), arg("name", metavar="NAME"))
def task_assign(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    task_id = branch.resolve_id("task", args.id, "task")
    branch.assign_task(task_id, args.name)
    say(f"Task {task_id} is {'for ' + args.name if args.name.strip() else 'for nobody'}.")
    return 0


@commands.command("task done", "mark a task done",
                  arg("id", metavar="ID"),
                  arg("--undo", action="store_true", help="mark it not done again"))
def task_done(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    task_id = branch.resolve_id("task", args.id, "task")
    branch.complete_task(task_id, done=not args.undo)
    say(f"Task {task_id} is {'open again' if args.undo else 'done'}.")
    return 0


# -- meetings ---------------------------------------------------------------------------
commands.group("meeting", "meetings, attendance and quorum")


@commands.command("meeting add", "add a meeting and print its id",
                  arg("title", metavar="TITLE"), date_arg("--date"),
                  arg("--location"),
                  arg("--quorum", type=int, metavar="N", help="members needed for quorum"))
def meeting_add(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    say(branch.add_meeting(args.title, date=args.date, location=args.location,
                           quorum=args.quorum))
    return 0


@commands.command("meeting list", "list meetings with attendance counts", json_out=True)
def meeting_list(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    return emit(args, branch.list_meetings(), "meeting",
                ("ID", "DATE", "TITLE", "LOCATION", "ATTENDED", "APOLOGIES", "QUORUM"),
                lambda m: (m.id, m.date, m.title, m.location, m.attended,
                           m.apologies, m.quorum))


@commands.command("meeting attend", "record a member's attendance at a meeting",
                  arg("meeting", metavar="MEETING_ID", help="meeting id, prefix or title"),
                  arg("member", metavar="MEMBER_ID"),
                  arg("--status", choices=ATTENDANCE, default="attended"))
def meeting_attend(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    meeting = branch.resolve_id("meeting", args.meeting, "meeting")
    member = member_id(branch, args.member)
    branch.set_attendance(meeting, member, args.status)
    say(f"{branch.get_member(member).display_name}: {args.status}.")
    return 0


@commands.command("meeting show", "show a meeting's attendance and quorum",
                  arg("id", metavar="ID", help="meeting id, prefix or title"), json_out=True)
def meeting_show(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    meeting = branch.get_meeting(branch.resolve_id("meeting", args.id, "meeting"))
    people = branch.attendance(meeting.id)
    if args.json:
        print_json({**meeting.to_dict(), "attendance": [
            {"member_id": m, "name": name, "status": s} for m, name, s in people
        ]})
        return 0
    quorate = {None: "no quorum set", True: "quorate", False: "NOT quorate"}[meeting.quorate]
    say(f"{meeting.title} — {meeting.date or 'no date'}, {meeting.location or 'no location'}")
    say(f"Attended {meeting.attended}, apologies {meeting.apologies}, absent "
        f"{meeting.absent}; quorum {meeting.quorum or '-'}: {quorate}.")
    if people:
        say()
        table(("MEMBER", "NAME", "STATUS"), [(m, n, s) for m, n, s in people])
    return 0
