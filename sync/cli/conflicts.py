"""``caucus conflicts list|resolve``: fields two laptops changed without seeing each other."""

from __future__ import annotations

import argparse

from ..ops import Session, conflicts
from .output import iso_ms, note, print_json, say
from .registry import CommandTable, arg

commands = CommandTable()
commands.group("conflicts", "list and settle fields two laptops changed at once")


@commands.command("conflicts list", "list open conflicts with both values, devices and times",
                  json_out=True)
def conflicts_list(session: Session, args: argparse.Namespace) -> int:
    found = [item.conflict for item in conflicts.open_conflicts(session)]
    if args.json:
        print_json([{"id": c.id, "table": c.table, "row": c.row, "field": c.field,
                     "candidates": c.candidates} for c in found])
        return 0
    for c in found:
        say(c.id)
        for cand in c.candidates:
            who = cand["device_name"] + (" (this laptop)" if cand["mine"] else "")
            kind = "edited " + cand["field"] if cand.get("kind") == "edit" else "value"
            say(f"  {kind}: {cand['value']!r} by {who} at {iso_ms(cand['hlc'] >> 16)}")
    note(f"{len(found)} open conflict{'s' if len(found) != 1 else ''}")
    return 0


@commands.command(
    "conflicts resolve", "settle a conflict",
    arg("conflict", metavar="ID", help="the conflict id (table:row:field)"),
    arg("--keep", required=True, metavar="mine|theirs|VALUE",
        help="keep this laptop's value, the other one, or write a new value "
             "(for a deleted-versus-edited member: restore or delete)"),
)
def conflicts_resolve(session: Session, args: argparse.Namespace) -> int:
    value = conflicts.resolve(session, args.conflict, args.keep).value
    say(f"Resolved {args.conflict}: kept {value!r}.")
    return 0
