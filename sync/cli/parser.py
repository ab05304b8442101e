"""The ``caucus`` parser, built from the command tables (see :mod:`sync.cli.registry`)."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any

from .errors import UsageError
from .options import ENV_VAULT
from .registry import CommandTable, Group

VAULT_HELP = f"the vault file (default: ${ENV_VAULT} or the platform default)"


class Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one sentence, handled by :func:`sync.cli.main`."""

    commands: tuple[str, ...] = ()  # the top-level command names, once built

    def error(self, message: str) -> Any:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help').")


def vault_option(parser: argparse.ArgumentParser, default: Any = argparse.SUPPRESS) -> None:
    """``--vault``: on the top level (default None) and, suppressed, on every command, so
    it can be given before or after the command and the last one given wins."""
    parser.add_argument("--vault", metavar="PATH", default=default, help=VAULT_HELP)


def build(parser: Parser, tables: Iterable[CommandTable]) -> None:
    """Add every group and command of ``tables`` to ``parser``, in order."""
    groups = {(): parser.add_subparsers(dest="command", metavar="COMMAND")}
    top: list[str] = []
    for table in tables:
        for entry in table.entries:
            *parent, name = entry.path
            if not parent:
                top.append(name)
            siblings = groups.get(tuple(parent))
            if siblings is None:
                raise LookupError(f"{' '.join(entry.path)!r} needs its group "
                                  f"{' '.join(parent)!r} declared first")
            sub = siblings.add_parser(name, help=entry.help, description=entry.help)
            vault_option(sub)
            if isinstance(entry, Group):
                groups[entry.path] = sub.add_subparsers(dest=f"{name}_command",
                                                        metavar="COMMAND", required=True)
                continue
            if entry.json_out:
                sub.add_argument("--json", action="store_true", help="print JSON to stdout")
            for option in entry.options:
                sub.add_argument(*option.flags, **option.settings)
            sub.set_defaults(command_spec=entry)
    parser.commands = tuple(top)
