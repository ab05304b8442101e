"""``caucus branch show|set``: the branch's own settings, its country (how phone numbers
are read and shown) and currency (for dues); they sync like branch data and only an
admin may change them."""

from __future__ import annotations

import argparse

from ..ops import Session
from .errors import UsageError
from .output import print_json, say
from .registry import CommandTable, arg

commands = CommandTable()
commands.group("branch", "the branch's settings: its country and currency")


@commands.command("branch show", "the branch's name, country and currency", json_out=True)
def branch_show(session: Session, args: argparse.Namespace) -> int:
    settings = session.branch.settings()
    if args.json:
        print_json(settings.to_dict())
        return 0
    say(f"name:      {settings.name}")
    say(f"country:   {settings.country or '(none: only +international numbers are read)'}")
    say(f"currency:  {settings.currency or '(none)'}")
    say(f"coverage:  one point person per {settings.point_ratio} people")
    return 0


@commands.command(
    "branch set", "set the branch's country and currency (admins only)",
    arg("--country", metavar="CC",
        help="ISO 3166 country code, e.g. DE (an empty value clears it)"),
    arg("--currency", metavar="CUR", help="ISO 4217 currency code, e.g. EUR"),
    json_out=True,
)
def branch_set(session: Session, args: argparse.Namespace) -> int:
    if args.country is None and args.currency is None:
        raise UsageError("Give --country CC and/or --currency CUR.")
    branch = session.branch
    if args.country is not None:
        branch.set_country(args.country or None, currency=args.currency is None)
    if args.currency is not None:
        branch.set_currency(args.currency or None)
    settings = branch.settings()
    if args.json:
        print_json(settings.to_dict())
    else:
        say(f"The branch's country is {settings.country or 'not set'} and its currency "
            f"{settings.currency or 'not set'}; other laptops learn it with the next sync.")
    return 0
