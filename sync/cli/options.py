"""Options every command shares: which vault, the passphrase, confirmation, argument types.

The passphrase comes only from ``$CAUCUS_PASSPHRASE`` (or ``$CAUCUS_NEW_PASSPHRASE`` for
a new one) or a terminal prompt, never from the command line, where other users of the
machine could read it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ..errors import CaucusError
from ..store.vault import KDF_PROFILES, default_vault_path
from .errors import UsageError
from .registry import Option, arg

ENV_VAULT = "CAUCUS_VAULT"
ENV_PASSPHRASE = "CAUCUS_PASSPHRASE"  # noqa: S105 (a variable name)
ENV_NEW_PASSPHRASE = "CAUCUS_NEW_PASSPHRASE"  # noqa: S105
ENV_DEBUG = "CAUCUS_DEBUG"
MAX_SECONDS = 86400


# -- argument types (argparse ``type=``): a bad value is a usage error naming the option --
def whole(low: int, high: int | None = None) -> Callable[[str], int]:
    """A whole number in ``low..high`` (no upper bound when ``high`` is None)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
        if value < low or (high is not None and value > high):
            span = f"between {low} and {high}" if high is not None else f"{low} or more"
            raise argparse.ArgumentTypeError(f"must be {span}, not {value}")
        return value
    return parse


positive = whole(1)


def seconds(text: str) -> float:
    """A number of seconds, more than 0 and at most a day."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, not {text!r}") from None
    if not 0 < value <= MAX_SECONDS:
        raise argparse.ArgumentTypeError(
            f"must be between 0 and {MAX_SECONDS} seconds, not {text}")
    return value


def port(text: str) -> int:
    """A TCP port, 0 (any free port) to 65535."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a port number, not {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0..65535, not {value}")
    return value


def address(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[v6]:PORT`` for IPv6) as a socket address."""
    from ..lan.node import parse_address  # the LAN code loads only for LAN commands

    try:
        return parse_address(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def kdf(default: str | None,
        help_text: str = "Argon2id cost: interactive (fast), moderate, sensitive (slow)"
        ) -> Option:
    """``--kdf PROFILE``: the Argon2id cost of a new key (None: keep the vault's own)."""
    return arg("--kdf", choices=tuple(KDF_PROFILES), default=default, help=help_text)


# -- the vault and its passphrase ------------------------------------------------------
def vault_path(args: argparse.Namespace) -> Path:
    """``--vault``, else ``$CAUCUS_VAULT``, else the platform's default location."""
    given = getattr(args, "vault", None) or os.environ.get(ENV_VAULT)
    return Path(given).expanduser() if given else default_vault_path()


def interactive() -> bool:
    """Is a person at a terminal to answer a prompt?"""
    return sys.stdin is not None and sys.stdin.isatty()


def read_passphrase(env: str = ENV_PASSPHRASE, prompt: str = "Passphrase: ",
                    confirm: bool = False) -> str:
    """From ``env`` or a terminal prompt (twice when ``confirm``); never from argv."""
    value = os.environ.get(env)
    if value:
        return value
    if not interactive():
        raise UsageError(
            f"No passphrase: set {env} or run caucus in a terminal to be asked for it."
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise CaucusError("The two passphrases differ; nothing was changed.")
    return first


def vault_passphrase(path) -> Callable[[bool], str]:
    """The passphrase for the vault at ``path``, asked when the engine needs it: for a
    new vault (``new``) twice at a terminal, else once."""
    def passphrase(new: bool) -> str:
        if new:
            return read_passphrase(prompt="New passphrase: ", confirm=True)
        return read_passphrase(prompt=f"Passphrase for {path.name}: ")
    return passphrase


def ask(question: str) -> bool:
    """Ask a yes/no question on stderr; only ``y`` or ``yes`` on stdin is a yes."""
    sys.stderr.write(question)
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def confirmed(args: argparse.Namespace, question: str, no_terminal: str) -> bool:
    """``--yes`` given, or a person said yes; without a terminal to ask, a usage error."""
    if args.yes:
        return True
    if not interactive():
        raise UsageError(no_terminal)
    return ask(question)
