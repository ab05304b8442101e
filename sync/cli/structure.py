"""``caucus point|action|response ...``: point people (their people, the uncovered list,
a printed list with phones, the branch's coverage target) and structure tests (an
action everyone is asked to take, each person's answer, progress per unit against the
threshold, the results as a spreadsheet). Every command takes ``--json``."""

from __future__ import annotations

import argparse
from typing import Any

from ..ops import Session
from ..ops import organising as org
from ..records import ACTION_KINDS, ANSWERS, Contact
from .exchange import warn_unencrypted
from .languages import LANGUAGE_OPT, document_language
from .localised import date_arg
from .options import whole
from .organising import done, share
from .output import emit, note, print_json, table
from .registry import CommandTable, arg
from .resolve import campaign_id, member_id, workplace_id

commands = CommandTable()


def contacts_out(args: argparse.Namespace, people: list[Contact], noun: str = "person") -> int:
    if args.json:
        print_json([c.to_dict() for c in people])
    else:
        table(("ID", "NAME", "WORKPLACE", "UNIT", "PHONE", "LAST SPOKEN"), [
            (c.id, c.name, c.workplace, c.unit, c.phones[0] if c.phones else "",
             c.last_spoken or "never") for c in people])
    note(f"{len(people)} {noun if len(people) == 1 else 'people'}")
    return 0


# -- point people -------------------------------------------------------------------------
commands.group("point", "point people: who keeps in touch with whom")


@commands.command("point list", "everyone who is a point person, with how many people",
                  arg("--workplace", metavar="WORKPLACE", help="people in this workplace"),
                  json_out=True)
def point_list(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    found = branch.point_people(workplace_id(branch, args.workplace))
    if args.json:
        print_json([{**c.to_dict(), "people": n} for c, n in found])
    else:
        ratio = branch.point_ratio
        table(("ID", "NAME", "WORKPLACE", "PEOPLE", ""), [
            (c.id, c.name, c.workplace, n, "over the target" if n > ratio else "")
            for c, n in found])
    note(f"{len(found)} point {'person' if len(found) == 1 else 'people'}")
    return 0


@commands.command("point people", "the people a point person keeps in touch with",
                  arg("point", metavar="POINT_PERSON"), json_out=True)
def point_people(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    return contacts_out(args, branch.my_people(member_id(branch, args.point)))


@commands.command("point uncovered", "people with no point person",
                  arg("--workplace", metavar="WORKPLACE"),
                  arg("--unit", metavar="UNIT", help="in this unit (and its units)"),
                  json_out=True)
def point_uncovered(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    place = workplace_id(branch, args.workplace)
    unit = branch.resolve_unit(args.unit, place) if args.unit else None
    return contacts_out(args, branch.uncovered(place, unit))


@commands.command("point print", "print a point person's list with phones (PDF)",
                  arg("point", metavar="POINT_PERSON"),
                  arg("--out", required=True, metavar="FILE.pdf"), LANGUAGE_OPT, json_out=True)
def point_print(session: Session, args: argparse.Namespace) -> int:
    printed = org.print_point_list(session, args.point, args.out,
                                   language=document_language(args))
    return done(args, {"path": str(printed.paths[0]), "people": printed.rows,
                       "pages": printed.pages},
                f"Wrote {printed.name}'s list ({printed.rows} people) to {printed.paths[0]}.")


@commands.command("point ratio", "show or set the coverage target: one point person per "
                  "N people (admins only)", arg("people", metavar="N", nargs="?",
                                                type=whole(1, 1000)), json_out=True)
def point_ratio(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    ratio = branch.set_point_ratio(args.people) if args.people else branch.point_ratio
    return done(args, {"point_ratio": ratio}, f"One point person per {ratio} people.")


# -- structure tests ----------------------------------------------------------------------
commands.group("action", "structure tests: an action everyone is asked to take")


@commands.command(
    "action add", "add a structure test and print its id",
    arg("name", metavar="NAME"), arg("--kind", required=True, choices=ACTION_KINDS),
    arg("--target", type=whole(1, 100), metavar="PERCENT",
        help="the share of each unit's headcount to reach (e.g. 60)"),
    date_arg("--deadline"),
    date_arg("--starts"),
    arg("--campaign", metavar="CAMPAIGN"),
    arg("--workplace", metavar="WORKPLACE", help="one workplace (default: the branch)"),
    arg("--notes"), json_out=True)
def action_add(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    fields: dict[str, Any] = {"deadline": args.deadline, "notes": args.notes,
                              "campaign_id": campaign_id(branch, args.campaign),
                              "workplace_id": workplace_id(branch, args.workplace)}
    if args.starts:
        fields["starts_on"] = args.starts
    action = branch.add_action(args.name, args.kind, args.target, **fields)
    return done(args, {"id": action}, action)


@commands.command("action list", "every structure test, oldest first (the escalation)",
                  json_out=True)
def action_list(session: Session, args: argparse.Namespace) -> int:
    return emit(args, session.branch.list_actions(), "structure test",
                ("ID", "STARTS", "DEADLINE", "KIND", "NAME", "TARGET", "YES", "ASKED"),
                lambda a: (a.id, a.starts_on, a.deadline, a.kind.replace("_", " "), a.name,
                           f"{a.target_share}%" if a.target_share else "-", a.yes, a.asked))


@commands.command("action show", "a structure test's progress per workplace and unit "
                  "against its threshold, and branch-wide", arg("action", metavar="TEST"),
                  json_out=True)
def action_show(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    progress = branch.action_progress(branch.resolve_action(args.action))
    if args.json:
        print_json(progress.to_dict())
        return 0

    def cells(name: str, s: Any) -> tuple:
        reached = {None: "", True: "reached", False: ""}[s.reached]
        return (name, "-" if s.of is None else s.of, s.yes, s.no, s.undecided,
                share(s.share), "-" if s.target is None else s.target, reached)

    rows = []
    for _wid, name, total, units in progress.workplaces:
        rows.append(cells(name, total))
        rows += [cells("  " * unit.level + unit.name, s) for unit, s in units]
    rows.append(cells("WHOLE BRANCH", progress.branch))
    table(("WHERE", "OF", "YES", "NO", "UNDECIDED", "SHARE", "TARGET", ""), rows)
    return 0


@commands.command("action export", "a structure test's results per workplace and unit as "
                  "a spreadsheet", arg("action", metavar="TEST"),
                  arg("--out", required=True, metavar="FILE"),
                  arg("--format", choices=("csv", "xlsx")), json_out=True)
def action_export(session: Session, args: argparse.Namespace) -> int:
    got = org.export_results(session, args.action, args.out, args.format)
    warn_unencrypted()
    return done(args, {"path": str(got.path), "rows": got.rows, "columns": got.columns},
                f"Wrote {got.rows} rows to {got.path}.")


@commands.command("action delete", "delete a structure test (its answers stay, hidden)",
                  arg("action", metavar="TEST"), json_out=True)
def action_delete(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    action = branch.resolve_action(args.action)
    branch.delete_action(action)
    return done(args, {"id": action, "deleted": True}, f"Deleted structure test {action}.")


commands.group("response", "people's answers to a structure test")


@commands.command("response set", "record a person's answer to a structure test",
                  arg("action", metavar="TEST"), arg("person", metavar="PERSON"),
                  arg("answer", choices=ANSWERS), json_out=True)
def response_set(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    person = member_id(branch, args.person)
    answer = branch.set_response(branch.resolve_action(args.action), person, args.answer)
    return done(args, {"person": person, "answer": answer},
                f"{branch.get_member(person).display_name}: {answer.replace('_', ' ')}.")


@commands.command("response meeting", "everyone who attended a meeting answers (from its "
                  "sign-in sheet)", arg("action", metavar="TEST"),
                  arg("meeting", metavar="MEETING", help="meeting id, prefix or title"),
                  arg("--answer", choices=ANSWERS, default="yes"), json_out=True)
def response_meeting(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    count = branch.responses_from_meeting(branch.resolve_action(args.action),
                                          branch.resolve_id("meeting", args.meeting,
                                                            "meeting"), args.answer)
    return done(args, {"answered": count, "answer": args.answer},
                f"{count} people answered {args.answer.replace('_', ' ')}.")


@commands.command("response list", "everyone asked in a structure test, with their answer",
                  arg("action", metavar="TEST"), json_out=True)
def response_list(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    answers = branch.action_responses(branch.resolve_action(args.action))
    return emit(args, answers, "answer", ("ID", "NAME", "WORKPLACE", "UNIT", "ANSWER"),
                lambda a: (a["id"], a["name"], a["workplace"], a["unit"], a["answer"]))
