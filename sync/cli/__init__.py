"""``caucus``: the headless command line (scripts, tests, a relay laptop).

``caucus`` alone opens the app's window (:mod:`sync.cli.gui`); ``caucus <command>``
works on a vault without Qt. The vault path comes from ``--vault``, else
``$CAUCUS_VAULT``, else the platform default. The passphrase comes only from
``$CAUCUS_PASSPHRASE`` or a terminal prompt (never from the command line, where other
users could read it). Data goes to stdout (``--json`` on every read command), messages
to stderr; exit status 0, 1 on an error, 2 for a usage error, 130 after Ctrl-C.

The package, bottom up (each module imports only those above it):

- :mod:`~sync.cli.errors`: ``UsageError`` and the exit statuses;
- :mod:`~sync.cli.registry`: how a command is declared (``CommandTable``, ``arg``);
- :mod:`~sync.cli.options`: argument types, the vault path, the passphrase, prompts;
- :mod:`~sync.cli.output`: ``say``/``note``/``table``/``emit``/``print_json``, progress;
- :mod:`~sync.cli.parser`: the argparse tree built from the tables;
- :mod:`~sync.cli.session`: unlocking and creating the vault a command works on;
- :mod:`~sync.cli.resolve`: ids from names;
- the commands, one module per area: ``setup`` (init, join by welcome file),
  ``members``, ``records`` (workplaces, campaigns, notes, tasks, meetings), ``changes``
  (and state-hash), ``vault``, ``demo``, ``transfer`` (bundle, usb), ``devices``,
  ``conflicts``, ``lan``, ``exchange`` (import, export, print, duplicates, member
  export);
- :mod:`~sync.cli.gui`: finding and starting the window;
- :mod:`~sync.cli.entry`: ``build_parser`` and ``main``.
"""

from .entry import build_parser, command_paths, main

__all__ = ["build_parser", "command_paths", "main"]
