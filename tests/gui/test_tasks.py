"""The task runner: real worker thread, results and errors back on the UI thread."""

from __future__ import annotations

import threading

import pytest

from desktop.tasks import SynchronousExecutor, TaskRunner, human_message
from sync.errors import VaultLocked, WrongPassphrase


def test_result_comes_back_on_the_ui_thread(qtbot, runner):
    seen = {}

    def work():
        seen["worker"] = threading.current_thread()
        return 42

    def done(value):
        seen["value"] = value
        seen["callback"] = threading.current_thread()

    runner.run(work, done)
    assert runner.busy
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    qtbot.waitUntil(lambda: not runner.busy)


def test_caucus_error_reaches_the_error_callback(qtbot, runner):
    errors = []

    def work():
        raise WrongPassphrase()

    runner.run(work, lambda _r: pytest.fail("no result expected"), errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], WrongPassphrase)
    assert human_message(errors[0]) == "The passphrase is wrong for this vault."


def test_unhandled_error_is_announced_as_a_sentence(qtbot, runner):
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.run(lambda: (_ for _ in ()).throw(VaultLocked()))
    assert blocker.args == ["The vault is locked; unlock it first."]
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.run(lambda: {}["missing"])
    assert "KeyError" in blocker.args[0]


def test_jobs_run_one_at_a_time_in_order(qtbot, runner):
    order = []
    active = []
    overlap = []

    def job(n):
        def run():
            active.append(n)
            if len(active) > 1:
                overlap.append(n)
            order.append(n)
            active.remove(n)
            return n
        return run

    results = []
    for n in range(20):
        runner.run(job(n), results.append)
    qtbot.waitUntil(lambda: len(results) == 20)
    assert order == list(range(20)) == results
    assert not overlap


def test_invalidate_drops_results_of_earlier_jobs(qtbot, runner):
    gate = threading.Event()
    results = []
    runner.run(lambda: gate.wait(5) and "old", results.append)
    runner.invalidate()
    runner.run(lambda: "new", results.append)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == ["new"]


def test_try_now_refuses_while_the_worker_holds_the_database(qtbot, runner):
    started, gate = threading.Event(), threading.Event()

    def long_job():
        started.set()
        gate.wait(5)

    runner.run(long_job)
    assert started.wait(5)
    assert runner.try_now(lambda: "x") == (False, None)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert runner.try_now(lambda: "x") == (True, "x")


def test_deleted_owner_gets_no_callback(qtbot, runner):
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    gate = threading.Event()
    called = []
    runner.run(lambda: gate.wait(5), called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _valid(owner))
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert called == []


def _valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_synchronous_executor_runs_at_once(qapp):
    runner = TaskRunner(executor=SynchronousExecutor())
    results = []
    runner.run(lambda: 7, results.append)
    assert results == [7]
    assert not runner.busy
    runner.shutdown()


def test_what_a_job_holds_is_released_on_the_ui_thread(qtbot, runner):
    """A job's callable may hold the last reference to a widget; freed on the worker,
    Qt would delete a QObject from the wrong thread (a crash, seen at ``del work_item``).
    So everything a job holds is released on the UI thread, after its callback."""
    freed: list[str] = []

    class Marker:
        def __del__(self) -> None:
            freed.append(threading.current_thread().name)

    def submit() -> None:
        marker, other = Marker(), Marker()
        runner.run(lambda: marker is not None, lambda _ok: None)
        runner.run(lambda: 1 / 0, None, lambda _e: other)

    submit()
    qtbot.waitUntil(lambda: len(freed) == 2, timeout=5000)
    assert freed == [threading.main_thread().name] * 2


def test_trickle_steps_wait_for_the_users_jobs_and_never_show_as_busy(qtbot, runner):
    log: list[str] = []
    gate = threading.Event()

    def steps():
        for n in range(5):
            log.append(f"step {n}")
            yield

    def users_job():
        gate.wait(10)
        log.append("user 1")

    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    runner.run(users_job)  # running: the trickle waits for it
    runner.trickle(steps())
    runner.run(lambda: log.append("user 2"))  # asked for later, still before any step
    assert log == []
    gate.set()
    qtbot.waitUntil(lambda: len(log) == 7, timeout=5000)
    assert log == ["user 1", "user 2", *(f"step {n}" for n in range(5))]
    assert busy == [True, False]  # the steps never made the runner look busy
    assert not runner.busy


def test_a_job_submitted_mid_trickle_runs_before_the_next_step(qtbot, runner):
    log: list[str] = []
    inside = threading.Event()
    release = threading.Event()

    def steps():
        log.append("step 0")
        inside.set()
        release.wait(10)
        yield
        for n in range(1, 4):
            log.append(f"step {n}")
            yield

    runner.trickle(steps())
    assert inside.wait(5)
    runner.run(lambda: log.append("user"))
    release.set()
    qtbot.waitUntil(lambda: len(log) == 5, timeout=5000)
    assert log == ["step 0", "user", "step 1", "step 2", "step 3"]


def test_trickle_steps_wait_a_quiet_moment_after_a_job(qtbot, runner):
    """A finished job's result is shown with the worker free; then the steps go on."""
    done: list[int] = []
    finished: list[bool] = []

    def more():
        done.append(1)
        yield

    runner.run(lambda: None, lambda _r: finished.append(True))
    runner.trickle(more())  # waits for the job, then for a quiet moment after it
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert runner.holding_background and done == []
    qtbot.waitUntil(lambda: done == [1], timeout=5000)


def test_a_hold_keeps_the_worker_free_for_what_the_user_is_about_to_ask(qtbot, runner):
    """A search being typed holds the steps back until it has run (its job then holds
    them a quiet moment more), so it never waits behind one."""
    log: list[str] = []

    def steps():
        for n in range(3):
            log.append(f"step {n}")
            yield

    runner.hold_background(60_000)
    runner.trickle(steps())
    assert runner.holding_background and runner.background_running
    runner.run(lambda: log.append("search"))  # the pause ended: the search is asked for
    qtbot.waitUntil(lambda: len(log) == 4, timeout=5000)
    assert log == ["search", "step 0", "step 1", "step 2"]
    qtbot.waitUntil(lambda: not runner.background_running, timeout=5000)


def test_a_trickle_stops_at_an_invalidation_or_its_first_error(qtbot, runner, caplog):
    done: list[int] = []

    def counting():
        for n in range(1000):
            done.append(n)
            yield

    runner.trickle(counting())
    qtbot.waitUntil(lambda: len(done) >= 3, timeout=5000)
    runner.invalidate()  # a lock: nothing more runs
    stopped = len(done)
    # give a trickle every chance it would take: it steps once the worker has been free
    # for a quiet moment, so after each of these jobs a live one would have run again
    for _ in range(5):
        finished: list[bool] = []
        runner.run(lambda: None, lambda _r, f=finished: f.append(True))
        qtbot.waitUntil(lambda f=finished: bool(f) and not runner.busy
                        and not runner.holding_background, timeout=5000)
    flushed: list[bool] = []  # runs after any step the last quiet moment started
    runner.run(lambda: None, lambda _r: flushed.append(True))
    qtbot.waitUntil(lambda: bool(flushed), timeout=5000)
    assert len(done) <= stopped + 1 < 1000

    def failing():
        yield
        raise RuntimeError("disk gone")

    def after():
        done.append(-1)
        yield

    runner.trickle(failing())
    qtbot.waitUntil(lambda: "disk gone" in caplog.text or "RuntimeError" in caplog.text,
                    timeout=5000)
    runner.run(lambda: None)  # the next idle moment starts nothing more of it
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert -1 not in done
    runner.trickle(after())  # a new trickle runs
    qtbot.waitUntil(lambda: -1 in done, timeout=5000)
