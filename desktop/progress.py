"""Progress of engine operations on screen: carried to the UI thread, shown as words and
a bar.

Operations report :class:`sync.ops.Progress` events on the worker (or a LAN thread);
:class:`ProgressRelay` re-emits them on the UI thread through a queued signal, and
:func:`stage_text` turns one into the line a user reads. Nothing here parses a sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressBar

from sync.ops import Progress, Stage

from . import formats

STEPS = 1000  # the range of a determinate progress bar


class ProgressRelay(QObject):
    """Carries progress events from any thread to the UI thread (a queued signal)."""

    step = Signal(object)

    def __init__(self, show: Callable[[Progress], None], parent: QObject) -> None:
        super().__init__(parent)
        self.step.connect(show)

    def __call__(self, step: Progress) -> None:
        """The callback handed to an operation; safe to call from the worker."""
        self.step.emit(step)


def _count(n: int | None) -> str:
    return formats.number(n)


def _megabytes(n: int | None) -> str:
    return (
        ""
        if n is None
        else QCoreApplication.translate("progress", "{value} MB").format(value=formats.megabytes(n))
    )


_TEXTS: dict[Stage, Callable[[Progress], str]] = {
    Stage.KEY: lambda p: QCoreApplication.translate(
        "progress", "Deriving the key from the passphrase…"
    ),
    Stage.CREATE: lambda p: QCoreApplication.translate("progress", "Creating the vault…"),
    Stage.LOOK: lambda p: QCoreApplication.translate("progress", "Looking…"),
    Stage.CONNECT: lambda p: QCoreApplication.translate(
        "progress", "Connecting to {subject}…"
    ).format(subject=p.subject),
    Stage.CHECK: lambda p: QCoreApplication.translate("progress", "Check string: {subject}").format(
        subject=p.subject
    ),
    Stage.APPROVE: lambda p: QCoreApplication.translate(
        "progress", "The other laptop must show the same string; waiting for approval…"
    ),
    Stage.VERIFY: lambda p: QCoreApplication.translate("progress", "Checking {subject}…").format(
        subject=p.subject
    ),
    Stage.APPLY: lambda p: (
        QCoreApplication.translate(
            "progress", "Importing {subject}: {megabytes} of {megabytes2}"
        ).format(subject=p.subject, megabytes=_megabytes(p.done), megabytes2=_megabytes(p.total))
        if p.total
        else QCoreApplication.translate("progress", "Importing {subject}…").format(
            subject=p.subject
        )
    ),
    Stage.SEND: lambda p: (
        QCoreApplication.translate("progress", "Sending to {laptop}: {done} of {total} changes")
        .format(laptop=p.subject, done=_count(p.done), total=_count(p.total)) if p.total else
        QCoreApplication.translate("progress", "Sending to {laptop}: {done} changes")
        .format(laptop=p.subject, done=_count(p.done))
    ),
    Stage.RECEIVE: lambda p: (
        QCoreApplication.translate("progress", "Receiving from {laptop}: {done} of {total} changes")
        .format(laptop=p.subject, done=_count(p.done), total=_count(p.total)) if p.total else
        QCoreApplication.translate("progress", "Receiving from {laptop}: {done} changes")
        .format(laptop=p.subject, done=_count(p.done))
    ),
    Stage.WRITE: lambda p: (
        QCoreApplication.translate("progress", "Writing {what}…").format(what=p.subject)
        if p.subject else QCoreApplication.translate("progress", "Writing the file…")),
    Stage.ROWS: lambda p: QCoreApplication.translate("progress", "Row {done} of {total}").format(
        done=_count(p.done), total=_count(p.total)
    ),
    Stage.PAGES: lambda p: QCoreApplication.translate("progress", "Page {done} of {total}").format(
        done=_count(p.done), total=_count(p.total)
    ),
    Stage.MEMBERS: lambda p: QCoreApplication.translate(
        "progress", "Creating members: {done} of {total}"
    ).format(done=_count(p.done), total=_count(p.total)),
}


def stage_text(step: Progress,
               own: Mapping[Stage, Callable[[Progress], str]] | None = None) -> str:
    """The status line for ``step``; a view gives ``own`` words for stages whose meaning
    depends on what it does (what it looks for, what it writes)."""
    text = (own or {}).get(step.stage) or _TEXTS[step.stage]
    return text(step)


def advance(bar: QProgressBar, fraction: float | None) -> None:
    """Show ``fraction`` (0–1) done on ``bar``, never moving it back; None means the
    amount is not known yet (a moving bar)."""
    if fraction is None:
        bar.setRange(0, 0)
    else:
        bar.setRange(0, STEPS)
        bar.setValue(max(bar.value(), round(fraction * STEPS)))
