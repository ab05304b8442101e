"""Background work: one single-worker executor owns every access to the vault.

Picard's ``run_task`` pattern (CONVENTIONS.md, "Work off the UI thread") with Anki's
rule that one thread owns the database connection: :class:`TaskRunner` runs callables
on one worker thread, one at a time, and delivers the result *or the exception* back
on the UI thread through a Qt signal. Nothing here touches a widget from the worker.

Every job holds :attr:`TaskRunner.db_lock` while it runs. The UI thread may read from
the vault directly only through :meth:`TaskRunner.try_now`, which takes the same lock
without blocking (a fast page of list rows); when the worker is busy it gets ``None``
back and schedules the read as a job instead. So the SQLCipher connection is never
used by two threads at once, and the window never waits for a long job.

:meth:`TaskRunner.invalidate` starts a new *generation*: results of jobs submitted
before it are dropped on arrival. Locking the vault does this, so no member data that
was in flight can reach the screen after the lock.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from sync.errors import CaucusError
from sync.ops.errors import named_error

from .i18n import error_text

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


def human_message(error: BaseException) -> str:
    """The sentence a user sees for a failure (CaucusError messages are written for that;
    a database or disk failure that escaped an operation is named by the engine)."""
    if isinstance(error, CaucusError):
        return error_text(error)
    named = named_error(error)
    if named is not None:
        return error_text(named)
    if isinstance(error, MemoryError):
        return QCoreApplication.translate(
            "tasks", "The computer ran out of memory; close other programs and try again."
        )
    if isinstance(error, OSError):
        return QCoreApplication.translate("tasks", "The file could not be used: {value}.").format(
            value=error.strerror or error
        )
    return QCoreApplication.translate(
        "tasks",
        "Caucus hit an unexpected problem ({name__}). Nothing was changed by "
        "the failed step; please report this.",
    ).format(name__=type(error).__name__)


class SynchronousExecutor(Executor):
    """Runs each job at once in the calling thread (Picard's FakeThreadPool).

    Handy for tests of code around the runner; the real threaded path is the default.
    """

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[override]
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to the future
            future.set_exception(exc)
        return future


@dataclass
class _Job:
    fn: Callable[[], Any]
    generation: int
    on_success: Callback | None
    on_error: ErrorCallback | None
    owner: QObject | None
    quiet: bool = False  # a background step (trickle): not counted in busy


@dataclass
class _Outcome:
    token: int
    result: Any
    error: BaseException | None


class TaskRunner(QObject):
    """Runs vault work on one worker thread; results come back on the UI thread."""

    #: True while at least one job is queued or running (for busy indicators).
    busy_changed = Signal(bool)
    #: A job without its own error handler failed: the sentence to show.
    failed = Signal(str)
    _finished = Signal(object)

    #: how long background steps wait after the user's last job (a result's repaint)
    QUIET_MS = 50

    def __init__(self, parent: QObject | None = None, executor: Executor | None = None) -> None:
        super().__init__(parent)
        self._executor = executor or ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="caucus-vault"
        )
        self.db_lock = threading.RLock()
        self._generation = 0
        self._pending = 0
        # Every job's callable and callbacks stay here until the UI thread takes them
        # back: they may hold the last reference to a widget, and a QObject freed on the
        # worker thread crashes Qt (seen as a segfault at ``del work_item``).
        self._jobs: dict[int, _Job] = {}
        self._tokens = itertools.count()
        self._closed = False
        self._trickle: tuple[Iterator[object], int, QObject | None] | None = None
        self._trickling = False  # a trickle step is on the worker
        # background steps wait a moment after the user's last job, so its result is
        # shown (the model reset, the repaint) without a step beside it
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(self.QUIET_MS)
        self._quiet.timeout.connect(self._trickle_next)
        # Emitted from the worker thread, received here (UI thread): Qt queues it.
        self._finished.connect(self._deliver)

    # -- public ---------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def generation(self) -> int:
        return self._generation

    def run(self, fn: Callable[[], Any], on_success: Callback | None = None,
            on_error: ErrorCallback | None = None, *, owner: QObject | None = None) -> None:
        """Run ``fn()`` on the worker; then ``on_success(result)`` or ``on_error(exc)``
        on the UI thread. If ``owner`` (a widget) has been deleted by then, or the runner
        was invalidated, the callbacks are skipped."""
        if self._closed:
            raise RuntimeError(self.tr("The task runner has been shut down."))
        token = next(self._tokens)
        self._jobs[token] = _Job(fn, self._generation, on_success, on_error, owner)
        self._set_pending(+1)
        self._executor.submit(self._work, token)

    def trickle(self, steps: Iterator[object], *, owner: QObject | None = None) -> None:
        """Run ``next(steps)`` on the worker, one step at a time, only while no other job
        waits: background work that never holds up the user's by more than one (short)
        step, and is not counted in :attr:`busy`. It ends with ``steps``, at its first
        error (logged), when the runner is invalidated (a lock) or ``owner`` is deleted.
        A new trickle replaces the one before."""
        self._trickle = (steps, self._generation, owner)
        self._trickle_next()

    def hold_background(self, ms: int) -> None:
        """Start no background step for the next ``ms`` milliseconds: the user is about to
        ask for something (a search as it is typed runs once typing pauses), and the
        worker should be free for it rather than halfway through a step."""
        if self._quiet.remainingTime() < ms:
            self._quiet.start(ms)

    @property
    def background_running(self) -> bool:
        """Whether a trickle has steps left (or one is on the worker)."""
        return self._trickle is not None or self._trickling

    @property
    def holding_background(self) -> bool:
        """Whether background steps wait for the quiet moment after a job (see
        :attr:`QUIET_MS`)."""
        return self._quiet.isActive()

    def _trickle_next(self) -> None:
        if self._trickle is None or self._trickling or self._pending or self._closed \
                or self._quiet.isActive():
            return
        steps, generation, owner = self._trickle
        if generation != self._generation or (owner is not None
                                              and not shiboken6.isValid(owner)):
            self._trickle = None
            return

        def step() -> bool:
            try:
                next(steps)
            except StopIteration:
                return False
            return True

        def done(more: bool) -> None:
            if not more and self._trickle is not None and self._trickle[0] is steps:
                self._trickle = None
            self._trickle_next()

        def failed(error: BaseException) -> None:
            log.warning("Background step stopped: %s", human_message(error))
            if self._trickle is not None and self._trickle[0] is steps:
                self._trickle = None

        token = next(self._tokens)
        self._jobs[token] = _Job(step, generation, done, failed, owner, quiet=True)
        self._trickling = True
        self._executor.submit(self._work, token)

    def _work(self, token: int) -> None:
        """On the worker: run the job; only references the UI thread also holds are
        dropped here (the job stays in ``_jobs`` until :meth:`_deliver` pops it)."""
        result: Any = None
        error: BaseException | None = None
        try:
            with self.db_lock:
                result = self._jobs[token].fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread
            error = exc
        self._finished.emit(_Outcome(token, result, error))

    def try_now(self, fn: Callable[[], Any]) -> tuple[bool, Any]:
        """Run a *fast* read on the calling (UI) thread if the worker is idle.

        Returns ``(True, result)``, or ``(False, None)`` when a job holds the database.
        """
        if not self.db_lock.acquire(blocking=False):
            return False, None
        try:
            return True, fn()
        finally:
            self.db_lock.release()

    def invalidate(self) -> None:
        """Drop the results of every job submitted so far (they still run to the end)."""
        self._generation += 1

    def shutdown(self, wait: bool = True) -> None:
        """Stop accepting jobs and wait for the worker thread to finish."""
        self._closed = True
        self._executor.shutdown(wait=wait)

    # -- internal -------------------------------------------------------------------
    def _set_pending(self, delta: int) -> None:
        before = self._pending > 0
        self._pending += delta
        if (self._pending > 0) != before:
            self.busy_changed.emit(self._pending > 0)
            if not self._pending and self._trickle is not None:
                self._quiet.start(self.QUIET_MS)  # then the next background step

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        job = self._jobs.pop(outcome.token)
        if job.quiet:
            self._trickling = False
        else:
            self._set_pending(-1)
        if job.generation != self._generation:
            return
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return
        if outcome.error is None:
            if job.on_success is not None:
                job.on_success(outcome.result)
            return
        error = outcome.error
        if not isinstance(error, CaucusError):
            log.error("Background task failed", exc_info=(type(error), error,
                                                          error.__traceback__))
        if job.on_error is not None:
            job.on_error(error)
        else:
            self.failed.emit(human_message(error))
