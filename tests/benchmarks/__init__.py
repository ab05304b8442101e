"""Benchmarks against the budgets of ARCHITECTURE §8.

Run ``python -m tests.benchmarks`` (50,000 members, 200,000 notes) or ``--quick``
(5,000 members). The demo branch is built once into a cache folder (``.bench-cache/``
at the repository root) and copied to a scratch folder for each run, so edits made by
a benchmark never leak into the next run.

Each measurement is a function taking a :class:`~tests.benchmarks.harness.Context` and
returning one :class:`~tests.benchmarks.harness.Row` or a list of them; add one by
writing the function in :mod:`tests.benchmarks.measures` and listing it in
``MEASUREMENTS``. Timings are reported, never asserted: a missed budget prints ``FAIL``
in the table and leaves the exit status alone (``--strict`` turns it into exit 1).

Work whose memory is measured runs in a child process of its own: the bundle import
(:mod:`~tests.benchmarks.transfer`) and the desktop client, driven offscreen through its
real windows (:mod:`~tests.benchmarks.gui`). A full run ends with growth rows: the same
figures on the cached ``--quick`` branch, to show what grows with the data and what not.
``tests/test_demo.py::test_benchmarks_run`` runs every row on a tiny branch in CI.
"""
