"""What a command prints: data on stdout, counts, progress and messages on stderr."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from ..progress import Progress as Step
from ..progress import Stage
from .localised import Localised

CELL_WIDTH = 60  # ids (36 characters) are never cut

def say(text: str = "", *, flush: bool = False) -> None:
    """One line of data on stdout (``flush`` when a process waits on it through a pipe)."""
    print(text, flush=flush)


def note(text: str) -> None:
    """One line for the person at the terminal, on stderr."""
    print(text, file=sys.stderr, flush=True)


def fail(text: str) -> int:
    """An error line (``caucus: ...``); returns the exit status 1."""
    note(f"caucus: {text}")
    return 1


def print_json(data: Any, *, flush: bool = False) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str), flush=flush)


def cell(value: Any, width: int = CELL_WIDTH) -> str:
    """A table cell: one line, cut with an ellipsis past ``width`` characters."""
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Aligned columns, the last one unpadded; nothing at all when there are no rows.
    Dates and numbers are written as the terminal's locale writes them."""
    if not rows:
        return
    local = Localised()
    cells = [[cell(local.cell(c)) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    for row in [list(headers), *cells]:
        padded = [c.ljust(w) for c, w in zip(row[:-1], widths, strict=False)] + [row[-1]]
        say("  ".join(padded).rstrip())


def iso_ms(ms: int) -> str:
    """Milliseconds since the epoch as an ISO time in UTC, to the second."""
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).isoformat(timespec="seconds")


def plural(count: int, noun: str) -> str:
    """``"1 page"``, ``"3 pages"``."""
    return f"{count} {noun}" + ("" if count == 1 else "s")


def count_line(shown: int, total: int, noun: str) -> None:
    """``"12 members"`` or ``"Showing 5 of 12 members"``, on stderr."""
    plural_noun = noun if total == 1 else noun + "s"
    note(f"{total} {plural_noun}" if shown == total
         else f"Showing {shown} of {total} {plural_noun}")


def emit(args: argparse.Namespace, items: Sequence[Any], noun: str, headers: Sequence[str],
         row: Callable[[Any], Sequence[Any]], total: int | None = None) -> int:
    """A list command's output: JSON of ``to_dict()``s, or a table; then a count line."""
    if args.json:
        print_json([item if isinstance(item, dict) else item.to_dict() for item in items])
    else:
        table(headers, [row(item) for item in items])
    count_line(len(items), len(items) if total is None else total, noun)
    return 0


def on_terminal(progress: Callable[..., None]) -> Callable[..., None] | None:
    """``progress`` when stderr is a terminal, else None (no progress in logs and pipes)."""
    return progress if sys.stderr.isatty() else None


def _megabytes(n: int | None) -> str:
    return f"{(n or 0) / 1e6:.1f} MB"


#: how a progress step reads on a terminal
STEP_WORDS: dict[Stage, Callable[[Step], str]] = {
    Stage.VERIFY: lambda p: f"checking {p.subject} {_megabytes(p.done)} of {_megabytes(p.total)}",
    Stage.APPLY: lambda p: (f"{p.items or 0} change sets, {_megabytes(p.done)} of "
                            f"{_megabytes(p.total)}"),
    Stage.WRITE: lambda p: f"{p.done} change sets",
    Stage.SEND: lambda p: f"sent {p.done}" + (f" of {p.total}" if p.total else ""),
    Stage.RECEIVE: lambda p: f"received {p.done}" + (f" of {p.total}" if p.total else ""),
}


def progress_line(label: str) -> Callable[[Step], None] | None:
    """Progress steps as ``label: …`` rewritten in place on stderr, at a terminal only."""
    def show(step: Step) -> None:
        words = STEP_WORDS.get(step.stage)
        if step.total is not None and words is None:
            text = f"{step.done}/{step.total}"
        else:
            text = words(step) if words else step.stage.value
        sys.stderr.write(f"\r{label}: {text}")
        sys.stderr.flush()
    return on_terminal(show)
