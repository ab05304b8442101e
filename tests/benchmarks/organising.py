"""Organising's budgets: the wall chart of a 2,000-person workplace painted in under
300 ms, and the density figures of the Workplaces page (now, and since a date from the
history). Every figure is the median of 3 beside a baseline measured in the same run."""

from __future__ import annotations

import datetime as dt

from .harness import Context, Row, median, run_child, timed

CHART_BUDGET = 0.3
DENSITY_BUDGET = 0.3
CHART_PEOPLE = 2000


def wall_chart(ctx: Context) -> list[Row]:
    """The chart in a child process with Qt (tests/benchmarks/chart.py): its own branch
    with two months of history and one workplace of 2,000 people."""
    members = min(ctx.members, 5000)
    r = run_child("tests.benchmarks.chart", "--people", str(CHART_PEOPLE), "--members",
                  str(members))
    ms = 1000
    return [
        Row(f"wall chart of a {r['cards']:,}-person workplace: layout and paint of every "
            "card, median of 3", r["first_paint_s"], "s", budget=CHART_BUDGET,
            baseline=r["baseline_s"],
            note=(f"wall chart: the baseline is QPainter filling, outlining and writing two "
                  f"texts in the same {r['cards']:,} boxes ({r['height']:,} px tall); one "
                  f"screen (1600 × 900) painted again from the cached layout "
                  f"{r['repaint_s'] * ms:.1f} ms; the chart's data (units, figures, cards, "
                  f"a test's answers) {r['data_s'] * ms:.1f} ms; the child built its "
                  f"branch ({r['members']:,} people) in {r['build_s']:.1f} s")),
        Row(f"wall chart of a {r['cards']:,}-person workplace: layout and the first screen "
            "(1600 × 900) painted, median of 3", r["screen_first_s"], "s",
            budget=CHART_BUDGET),
        Row(f"wall chart data of a {r['cards']:,}-person workplace (Branch.wall_chart), "
            "median of 3", r["data_s"], "s"),
        Row(f"density 45 days ago from the history, first time ({r['members']:,} people, "
            f"{r['changed_rows']} changed since), median of 3", r["density_since_s"], "s",
            baseline=r["density_s"],
            note=("density since a date: the baseline is the same figures today; the "
                  "history reads the rows changed since the date from their change sets "
                  "and every other row as it is, then keeps the figures while nothing "
                  "before that day changes")),
        Row("density 45 days ago again after an edit today (the Workplaces page reloading),"
            " median of 3", r["density_since_again_s"], "s", budget=DENSITY_BUDGET,
            baseline=r["density_s"]),
    ]


def density(ctx: Context) -> Row:
    """The Workplaces page's figures on the benchmark branch: every workplace's people,
    members, headcount and density, against the plain workplace list."""
    branch = ctx.branch()
    plain = [timed(branch.list_workplaces) for _ in range(3)]
    now = [timed(branch.density) for _ in range(3)]
    since = dt.date.today() - dt.timedelta(days=1)
    then = [timed(lambda: branch.density(since=since)) for _ in range(3)]
    places = len(branch.list_workplaces())
    return Row(f"density of every workplace ({places:,} workplaces, {ctx.members:,} "
               "members), median of 3", median(now), "s", budget=DENSITY_BUDGET,
               baseline=median(plain),
               note=(f"density: the baseline is the workplace list with member counts "
                     f"(list_workplaces); the same figures since yesterday, every row "
                     f"written since (the whole cached branch), {median(then):.3f} s"))


MEASUREMENTS = [wall_chart, density]
