"""The command line's exit statuses and its one error of its own.

Every :class:`~sync.errors.CaucusError` a command raises becomes one line on stderr
(``caucus: ...``) and the exit status in its ``exit_code`` (1 unless it says otherwise).
"""

from __future__ import annotations

from ..errors import CaucusError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2  # a wrong command line, or no way to read the passphrase
EXIT_INTERRUPTED = 130  # Ctrl-C


class UsageError(CaucusError):
    """That command line is not valid; see caucus --help."""

    exit_code = EXIT_USAGE


def exit_status(error: CaucusError) -> int:
    """The exit status an error asks for."""
    return getattr(error, "exit_code", EXIT_ERROR)
