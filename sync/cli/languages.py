"""The language of the documents a command prints (a sign-in sheet, labels, a wall chart,
a subject-access report): ``--language CODE``, else the terminal's language (POSIX's
``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as :mod:`sync.cli.localised` reads the locale),
else English. The command line's own sentences stay English; only the document's words
(:mod:`sync.exchange.document_words`) follow the language.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from ..exchange.document_words import WORDS, language_code
from ..records import locale_setting
from .errors import UsageError
from .registry import arg

LANGUAGE_OPT = arg("--language", metavar="CODE",
                   help=f"the language of the document's words: {', '.join(WORDS)} "
                        "(default: the terminal's, else en)")


def terminal_language(environ: Mapping[str, str] | None = None) -> str:
    """The documents' language the terminal's locale asks for; English for none, for
    ``C``/``POSIX`` and for a language without document words."""
    value = locale_setting("LC_MESSAGES", environ) or ""
    code = value.split(".")[0].split("@")[0]
    if code in ("", "C", "POSIX"):
        return "en"
    return language_code(code) or "en"


def document_language(args: argparse.Namespace) -> str:
    """The language a printing command's ``--language`` (or the terminal) asks for."""
    if not getattr(args, "language", None):
        return terminal_language()
    code = language_code(args.language)
    if code is None:
        raise UsageError(f"Caucus prints documents in {', '.join(WORDS)}, not "
                         f"{args.language!r}.")
    return code
