"""``caucus unit|person ...`` and the organising commands of ``caucus workplace``: units
and headcounts, a workplace's figures (per-unit headcount, density, coverage, test
share), density across the branch and its change since a date, the wall chart as a PDF
or a spreadsheet, where a person is, their point person and their relationships.

Every command takes ``--json``; people are named by id or id prefix (6+ characters),
workplaces and units also by name (a unit by its path, "Drivers / Nights").
"""

from __future__ import annotations

import argparse
from typing import Any

from ..ops import Session
from ..ops import organising as org
from ..records import RELATION_KINDS, UNIT_KINDS, Branch, Figures
from .errors import UsageError
from .exchange import warn_unencrypted
from .languages import LANGUAGE_OPT, document_language
from .localised import date_arg
from .options import whole
from .output import emit, print_json, say, table
from .registry import CommandTable, arg
from .resolve import member_id, workplace_id

commands = CommandTable()

ACTION_OPT = arg("--action", metavar="TEST", help="a structure test (id, prefix or name)")
AS_OF = date_arg("--counted-on", help="when it was counted (default today)")


def unit_of(branch: Branch, ref: str, workplace: str | None = None) -> str:
    """A unit by id, prefix, name or path (in ``--workplace`` when given)."""
    return branch.resolve_unit(ref, workplace_id(branch, workplace))


def share(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def done(args: argparse.Namespace, data: dict[str, Any], text: str) -> int:
    """A write's outcome: ``data`` as JSON, else ``text``."""
    if args.json:
        print_json(data)
    else:
        say(text)
    return 0


def figures_row(name: str, f: Figures) -> tuple:
    return (name, "-" if f.headcount is None else f.headcount, f.people, f.members,
            share(f.density), f.covered, share(f.coverage))


FIGURE_HEADERS = ("UNIT", "HEADCOUNT", "PEOPLE", "MEMBERS", "DENSITY", "COVERED", "COVERAGE")


# -- units --------------------------------------------------------------------------
commands.group("unit", "a workplace's units (departments, shifts, floors …) and headcounts")


@commands.command(
    "unit add", "add a unit to a workplace and print its id",
    arg("workplace", metavar="WORKPLACE", help="workplace id, prefix or name"),
    arg("name", metavar="NAME"),
    arg("--parent", metavar="UNIT", help="the unit it is part of (up to three levels)"),
    arg("--kind", choices=UNIT_KINDS),
    arg("--headcount", type=whole(0), metavar="N", help="everyone there, members or not"),
    AS_OF, json_out=True)
def unit_add(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    place = workplace_id(branch, args.workplace)
    parent = branch.resolve_unit(args.parent, place) if args.parent else None
    unit = branch.add_unit(place, args.name, parent, args.kind, args.headcount,
                           args.counted_on)
    return done(args, {"id": unit}, unit)


@commands.command("unit list", "a workplace's units, each after the unit it is part of",
                  arg("workplace", metavar="WORKPLACE"), json_out=True)
def unit_list(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    units = branch.list_units(workplace_id(branch, args.workplace))
    return emit(args, units, "unit", ("ID", "UNIT", "KIND", "HEADCOUNT", "COUNTED"),
                lambda u: (u.id, "  " * (u.level - 1) + u.name, u.kind,
                           "-" if u.headcount is None else u.headcount, u.counted_on))


@commands.command(
    "unit edit", "rename a unit, change its kind or move it into another unit",
    arg("unit", metavar="UNIT"), arg("--workplace", metavar="WORKPLACE"),
    arg("--name"), arg("--kind", choices=UNIT_KINDS),
    arg("--parent", metavar="UNIT", help="move it into this unit"),
    arg("--top", action="store_true", help="move it to the top of its workplace"),
    json_out=True)
def unit_edit(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    unit = unit_of(branch, args.unit, args.workplace)
    fields: dict[str, Any] = {k: getattr(args, k) for k in ("name", "kind")
                              if getattr(args, k) is not None}
    if args.top:
        fields["parent_id"] = None
    elif args.parent:
        fields["parent_id"] = branch.resolve_unit(args.parent,
                                                  branch.get_unit(unit).workplace_id)
    branch.update_unit(unit, **fields)
    got = branch.get_unit(unit)
    return done(args, got.to_dict(), f"Unit {got.path} ({unit}).")


@commands.command("unit delete", "delete a unit (its people count as in no unit)",
                  arg("unit", metavar="UNIT"), arg("--workplace", metavar="WORKPLACE"),
                  json_out=True)
def unit_delete(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    unit = unit_of(branch, args.unit, args.workplace)
    branch.delete_unit(unit)
    return done(args, {"id": unit, "deleted": True}, f"Deleted unit {unit}.")


@commands.command(
    "unit headcount", "record how many people work or live in a unit, members or not",
    arg("unit", metavar="UNIT"), arg("headcount", type=whole(0), metavar="N"),
    arg("--workplace", metavar="WORKPLACE"), AS_OF, json_out=True)
def unit_headcount(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    unit = unit_of(branch, args.unit, args.workplace)
    branch.set_headcount("unit", unit, args.headcount, args.counted_on)
    got = branch.get_unit(unit)
    return done(args, got.to_dict(), f"{got.path}: headcount {got.headcount} "
                                     f"(counted {got.counted_on}).")


@commands.command(
    "unit import", "units and headcounts from a CSV or XLSX sheet (workplace, unit, kind, "
    "headcount, counted on)", arg("file", metavar="FILE"), json_out=True)
def unit_import(session: Session, args: argparse.Namespace) -> int:
    result = org.import_units(session, args.file).result
    return done(args, result.to_dict(), result.summary())


# -- workplaces: headcount, figures, density, the chart -------------------------------
@commands.command(
    "workplace headcount", "record how many people work at a workplace, members or not",
    arg("workplace", metavar="WORKPLACE"), arg("headcount", type=whole(0), metavar="N"),
    AS_OF, json_out=True)
def workplace_headcount(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    place = workplace_id(branch, args.workplace)
    branch.set_headcount("workplace", place, args.headcount, args.counted_on)
    got = branch.get_workplace(place)
    return done(args, {"id": place, "headcount": got.headcount, "counted_on": got.counted_on},
                f"{got.name}: headcount {got.headcount} (counted {got.counted_on}).")


@commands.command(
    "workplace show", "a workplace's units with headcount, density, coverage and the "
    "share of each structure test", arg("workplace", metavar="WORKPLACE"),
    arg("--action", metavar="TEST", action="append", default=[],
        help="only this structure test (repeatable; default: all of them)"),
    json_out=True)
def workplace_show(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    place = workplace_id(branch, args.workplace)
    actions = [branch.resolve_action(a) for a in args.action] or None
    figures = branch.workplace_figures(place, actions)
    if args.json:
        print_json(figures.to_dict())
        return 0
    names = {a.id: a.name for a in branch.list_actions()}
    tests = [names.get(t.action_id, t.action_id) for t in figures.tests]
    say(f"{figures.name} — {figures.employer or 'no employer given'}; one point person per "
        f"{figures.point_ratio} people")
    rows = [(*figures_row("  " * (u.unit.level - 1) + u.unit.name, u.figures),
             *(f"{t.yes}/{t.target if t.target is not None else '?'}" for t in u.tests))
            for u in figures.units]
    if figures.unplaced.people:
        rows.append((*figures_row("(not in a unit)", figures.unplaced),
                     *("" for _ in tests)))
    rows.append((*figures_row("WHOLE WORKPLACE", figures.figures),
                 *(f"{t.yes}/{t.target if t.target is not None else '?'}"
                   for t in figures.tests)))
    table((*FIGURE_HEADERS, *(t.upper() for t in tests)), rows)
    return 0


@commands.command(
    "workplace density", "members ÷ headcount in every workplace and the branch, and "
    "the change since a date", date_arg("--since", help="also as it was at the end of that day"),
    json_out=True)
def workplace_density(session: Session, args: argparse.Namespace) -> int:
    rows, total = session.branch.density(args.since)
    if args.json:
        print_json({"workplaces": [d.to_dict() for d in rows], "branch": total.to_dict()})
        return 0

    def change(d: Any) -> str:
        return "" if d.change is None else f"{d.change * 100:+.0f} pts"

    headers = ("WORKPLACE", "HEADCOUNT", "MEMBERS", "DENSITY",
               *((f"SINCE {args.since}",) if args.since else ()))
    table(headers, [(d.name, "-" if d.headcount is None else d.headcount, d.members,
                     share(d.density), *((change(d),) if args.since else ()))
                    for d in [*rows, total]])
    return 0


@commands.command(
    "workplace chart", "print a workplace's wall chart (A3 PDF for the meeting wall)",
    arg("workplace", metavar="WORKPLACE"), arg("--out", required=True, metavar="FILE.pdf"),
    ACTION_OPT, LANGUAGE_OPT, json_out=True)
def workplace_chart(session: Session, args: argparse.Namespace) -> int:
    printed = org.print_chart(session, args.workplace, args.out, args.action,
                              language=document_language(args))
    return done(args, {"path": str(printed.paths[0]), "people": printed.rows,
                       "pages": printed.pages},
                f"Wrote the wall chart ({printed.rows} people, {printed.pages} pages) to "
                f"{printed.paths[0]}.")


@commands.command(
    "workplace export", "a workplace's wall chart as a spreadsheet, a row per person",
    arg("workplace", metavar="WORKPLACE"), arg("--out", required=True, metavar="FILE"),
    arg("--format", choices=("csv", "xlsx")), ACTION_OPT, json_out=True)
def workplace_export(session: Session, args: argparse.Namespace) -> int:
    done_ = org.export_chart(session, args.workplace, args.out, args.action, args.format)
    warn_unencrypted()
    return done(args, {"path": str(done_.path), "rows": done_.rows, "columns": done_.columns},
                f"Wrote {done_.rows} people to {done_.path}.")


# -- people ------------------------------------------------------------------------------
commands.group("person", "where a person works or lives, their point person, their "
                         "relationships")


@commands.command(
    "person unit", "put a person in a unit (and its workplace), or in none",
    arg("person", metavar="PERSON"), arg("unit", metavar="UNIT", nargs="?"),
    arg("--workplace", metavar="WORKPLACE"),
    arg("--none", action="store_true", help="take them out of any unit"), json_out=True)
def person_unit(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    person = member_id(branch, args.person)
    if not args.none and not args.unit:
        raise UsageError("Name the unit, or give --none to take them out of any unit.")
    unit = None if args.none else unit_of(branch, args.unit, args.workplace)
    branch.move_person(person, unit)
    got = branch.get_member(person)
    where = branch.get_unit(unit).path if unit else "no unit"
    return done(args, {"id": person, "unit_id": got.unit_id, "workplace_id": got.workplace_id},
                f"{got.display_name}: {where}.")


@commands.command(
    "person point", "give a person a point person (a member who keeps in touch), or none",
    arg("person", metavar="PERSON"), arg("point", metavar="POINT_PERSON", nargs="?"),
    arg("--none", action="store_true", help="no point person"), json_out=True)
def person_point(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    person = member_id(branch, args.person)
    if not args.none and not args.point:
        raise UsageError("Name the point person, or give --none.")
    point = None if args.none else member_id(branch, args.point)
    branch.set_point_person(person, point)
    name = branch.get_member(point).display_name if point else "none"
    return done(args, {"id": person, "point_person_id": point},
                f"{branch.get_member(person).display_name}: point person {name}.")


@commands.command(
    "person relate", "link two people (works with, influences, family, neighbour) and "
    "print the link's id", arg("person", metavar="PERSON"), arg("other", metavar="OTHER"),
    arg("--kind", required=True, choices=RELATION_KINDS,
        help="influences goes from PERSON to OTHER; the others both ways"), json_out=True)
def person_relate(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    pair = branch.add_relation(member_id(branch, args.person), member_id(branch, args.other),
                               args.kind)
    return done(args, {"id": pair}, pair)


@commands.command("person relations", "a person's relationships, who can reach whom",
                  arg("person", metavar="PERSON"), json_out=True)
def person_relations(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    links = branch.relationships(member_id(branch, args.person))
    arrow = {"from": "→", "to": "←", "both": "↔"}
    return emit(args, links, "relationship", ("ID", "KIND", "", "PERSON"),
                lambda r: (r.id, r.kind.replace("_", " "), arrow[r.direction], r.other_name))


@commands.command("person unrelate", "remove a relationship (by its id)",
                  arg("id", metavar="ID"), json_out=True)
def person_unrelate(session: Session, args: argparse.Namespace) -> int:
    session.branch.remove_relation(args.id.strip())
    return done(args, {"id": args.id.strip(), "deleted": True}, "Removed.")
