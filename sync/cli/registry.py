"""How a command joins ``caucus``: declared once, built into argparse in one place.

A command is a :class:`Command`: its path (``"state-hash"``, ``"member add"``), one help
line (shown both in ``caucus --help`` and as the command's own description), its options
as :func:`arg` specs (exactly the arguments of ``ArgumentParser.add_argument``), whether
it takes ``--json`` and whether it works on the unlocked branch. A group of commands
(``member``, ``lan``) is a :class:`Group`. Each command module keeps its own
:class:`CommandTable` and declares with it::

    commands = CommandTable()
    commands.group("task", "follow-up tasks")

    @commands.command("task done", "mark a task done",
                      arg("id", metavar="ID"),
                      arg("--undo", action="store_true", help="mark it not done again"))
    def task_done(branch: Branch, args: argparse.Namespace) -> int:
        ...

A command may join a group declared by another module (``member export`` lives with the
other data-out commands) as long as that module's table comes first.
:func:`sync.cli.parser.build` turns the tables, in order, into the parser tree with
argparse's public API only, and the same way for every command:

- every group and command takes ``--vault`` (suppressed, so it may come before or after
  the command and the last one given wins);
- a group's subcommand is stored in ``<group>_command`` (``args.member_command``);
- a command with ``json_out`` takes ``--json`` (before its own options in its help);
- the chosen :class:`Command` is the parse result's ``command_spec``:
  :func:`sync.cli.entry.run` calls ``handler(branch, args)`` inside an unlocked vault
  when ``needs_branch``, else ``handler(args)``.

Handlers stay thin: read the arguments, make the engine calls together, then print.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

Handler = Callable[..., int]


@dataclass(frozen=True)
class Option:
    """One ``add_argument(*flags, **settings)`` call, kept as data until the parser is built."""

    flags: tuple[str, ...]
    settings: dict[str, Any] = field(default_factory=dict)


def arg(*flags: str, **settings: Any) -> Option:
    """An option or positional argument, in ``add_argument``'s own words."""
    return Option(flags, settings)


@dataclass(frozen=True)
class Group:
    """A command that only holds subcommands (``caucus member ...``)."""

    path: tuple[str, ...]
    help: str


@dataclass(frozen=True)
class Command:
    """A runnable command and everything its parser needs."""

    path: tuple[str, ...]
    help: str
    handler: Handler
    options: tuple[Option, ...] = ()
    json_out: bool = False
    needs_branch: bool = True

    @property
    def name(self) -> str:
        return " ".join(self.path)


class CommandTable:
    """One module's groups and commands, in the order they are declared."""

    def __init__(self) -> None:
        self.entries: list[Group | Command] = []

    def group(self, path: str, help_text: str) -> None:
        self.entries.append(Group(tuple(path.split()), help_text))

    def command(self, path: str, help_text: str, *options: Option, json_out: bool = False,
                needs_branch: bool = True) -> Callable[[Handler], Handler]:
        """Decorator: the function below runs ``caucus PATH`` (and stays as it is)."""
        def declare(handler: Handler) -> Handler:
            self.entries.append(Command(tuple(path.split()), help_text, handler, options,
                                        json_out, needs_branch))
            return handler
        return declare

    def commands(self) -> Iterator[Command]:
        return (entry for entry in self.entries if isinstance(entry, Command))
