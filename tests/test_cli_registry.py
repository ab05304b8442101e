"""The one way a command joins ``caucus``: declared in a table, built by argparse."""

from __future__ import annotations

import pytest

from sync.cli.errors import UsageError
from sync.cli.parser import Parser, build
from sync.cli.registry import CommandTable, arg


def tables() -> tuple[CommandTable, CommandTable]:
    first, second = CommandTable(), CommandTable()
    first.group("thing", "things")

    @first.command("thing count", "count things", arg("--limit", type=int), json_out=True)
    def count(branch, args) -> int:
        return 0

    @second.command("thing make", "make a thing", arg("name"), needs_branch=False)
    def make(args) -> int:
        return 0

    return first, second


def test_a_table_may_add_to_a_group_an_earlier_table_declared():
    parser = Parser(prog="caucus")
    build(parser, tables())
    assert parser.commands == ("thing",)
    args = parser.parse_args(["thing", "count", "--json", "--limit", "3", "--vault", "v"])
    assert (args.command, args.thing_command, args.json, args.limit, args.vault) == (
        "thing", "count", True, 3, "v")
    assert args.command_spec.name == "thing count" and args.command_spec.needs_branch
    made = parser.parse_args(["thing", "make", "lamp"]).command_spec
    assert (made.name, made.needs_branch, made.handler.__name__) == ("thing make", False, "make")


def test_a_command_without_its_group_is_refused_when_the_parser_is_built():
    first, second = tables()
    with pytest.raises(LookupError, match="'thing make' needs its group 'thing'"):
        build(Parser(prog="caucus"), (second, first))


def test_parse_errors_are_usage_errors_naming_the_command():
    parser = Parser(prog="caucus")
    build(parser, tables())
    with pytest.raises(UsageError, match=r"--limit.*\(see 'caucus thing count --help'\)"):
        parser.parse_args(["thing", "count", "--limit", "many"])
    with pytest.raises(UsageError, match="required"):
        parser.parse_args(["thing"])
