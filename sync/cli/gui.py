"""``caucus`` with no command opens the app's window.

The window is a package of its own: the engine runs without it, never imports it at
start-up and never names it. It is found through the entry point group ``caucus.gui``
(declared in pyproject.toml): the entry's object is the window's ``main(argv) -> int``
and the entry's name is what messages call it. Only :func:`launch` looks it up, and
only when no command was given, so a headless command never loads it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import CaucusError

GUI_GROUP = "caucus.gui"
USE_A_COMMAND = "use a command (see 'caucus --help')"


def is_gui_call(argv: Sequence[str], commands: Sequence[str]) -> bool:
    """No command named, and every bare word is the value of the option before it: the
    window's own options (``--kdf-profile sensitive``) and Qt's pass through."""
    previous = ""
    for word in argv:
        if word in commands or word in ("-h", "--help", "--version"):
            return False
        if not word.startswith("-") and not previous.startswith("-"):
            return False
        previous = word
    return True


def launch(argv: list[str]) -> int:
    """Run the window until it is closed; its exit status."""
    from importlib.metadata import entry_points

    found = sorted(entry_points(group=GUI_GROUP), key=lambda entry: entry.name)
    if not found:
        raise CaucusError(f"The graphical app is not part of this installation; "
                          f"{USE_A_COMMAND}.")
    entry = found[0]
    try:
        window_main = entry.load()
    except ModuleNotFoundError as exc:
        if exc.name not in packages(entry.module):
            raise CaucusError(f"The {entry.name} app cannot start: {exc}.") from None
        raise CaucusError(f"The {entry.name} app is not part of this installation; "
                          f"{USE_A_COMMAND}.") from None
    except ImportError as exc:
        raise CaucusError(f"The {entry.name} app cannot start: {exc}.") from None
    return window_main(argv)


def packages(module: str) -> set[str]:
    """A module and every package above it: ``a.b.c`` → ``{"a", "a.b", "a.b.c"}``."""
    parts = module.split(".")
    return {".".join(parts[:n]) for n in range(1, len(parts) + 1)}
