"""``caucus [COMMAND]``: the parser from every command table, and the one way out.

Every :class:`~sync.errors.CaucusError` becomes one sentence on stderr and exit status
1 (2 for usage errors), and so does a database or disk failure that escaped a command
unmapped (:func:`sync.ops.errors.named_error`: a full disk, a damaged page); Ctrl-C
exits 130; nothing ever ends in a traceback unless ``$CAUCUS_DEBUG`` asks for one. To
add a command, declare it in a command module's table (:mod:`sync.cli.registry`); to
add a module, append its table to :data:`TABLES`.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence

from ..errors import CaucusError
from ..ops.errors import named_error
from . import (
    always_on,
    branch,
    changes,
    conflicts,
    demo,
    devices,
    exchange,
    lan,
    members,
    organising,
    records,
    setup,
    structure,
    transfer,
    vault,
)
from .errors import EXIT_INTERRUPTED, exit_status
from .gui import is_gui_call, launch
from .options import ENV_DEBUG, ENV_PASSPHRASE
from .output import fail
from .parser import Parser, build, vault_option
from .session import open_session

# In this order in 'caucus --help' (a table may add to a group an earlier one declared).
TABLES = (
    setup.commands, branch.commands, members.commands, records.commands,
    organising.commands, structure.commands, changes.commands, vault.commands,
    demo.commands, transfer.commands, devices.commands, conflicts.commands, lan.commands,
    always_on.commands, exchange.commands,
)


def build_parser() -> Parser:
    parser = Parser(
        prog="caucus",
        description="Caucus: encrypted, local-first member records for a union branch. "
                    "Without a command, opens the app's window.",
        epilog=f"The passphrase is read from ${ENV_PASSPHRASE} or asked for; "
               "it is never a command-line argument.",
    )
    vault_option(parser, None)
    parser.add_argument("--version", action="version", version=f"caucus {version()}")
    build(parser, TABLES)
    return parser


def command_paths() -> list[str]:
    """Every runnable command, e.g. ``"init"``, ``"member add"``, ``"lan sync"``."""
    return [command.name for table in TABLES for command in table.commands()]


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("caucus")
    except PackageNotFoundError:
        return "unknown"


def run(argv: list[str]) -> int:
    """Parse ``argv`` and run its command (or the window); may raise a CaucusError."""
    parser = build_parser()
    if is_gui_call(argv, parser.commands):
        return launch(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    if args.command is None:
        return launch(argv)
    spec = args.command_spec
    if spec.needs_branch:
        with open_session(args) as session:
            return spec.handler(session, args)
    return spec.handler(args)


def main(argv: Sequence[str] | None = None) -> int:
    """``caucus [COMMAND]``; returns the exit status (never raises, never a traceback)."""
    try:
        return run(list(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except CaucusError as exc:
        fail(str(exc))
        return exit_status(exc)
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        named = named_error(exc)  # a full disk, a damaged page… that escaped unmapped
        if named is not None:
            fail(str(named))
            return exit_status(named)
        if isinstance(exc, OSError):
            where = f" ({exc.filename})" if exc.filename else ""
            return fail(f"{exc.strerror or exc}{where}.")
        if os.environ.get(ENV_DEBUG):
            raise
        return fail(f"unexpected internal error ({type(exc).__name__}); please report it. "
                    f"Set {ENV_DEBUG}=1 to see the details.")
