"""The wall chart and density on an earlier date, measured in a process of their own.

``python -m tests.benchmarks.chart FOLDER [--people N] [--members M]`` builds, in FOLDER,
a branch whose history spans two months (the laptop's clock is set back while it is
written, so change sets carry those dates): a demo branch of M members and one
workplace of N people in 12 units (three levels), two rounds of edits a month and ten
days ago (people join, move, leave the union). It prints one JSON line:

- the chart of the N-person workplace: its data (``Branch.wall_chart``), the first paint
  (a new :class:`desktop.views.wall_chart.ChartView` laying the chart out and painting
  every card into an image) and a repaint of one screen (the layout cached), each the
  median of 3; and a baseline from the same run: QPainter filling and outlining N
  rectangles and drawing two texts in each, into the same image;
- density: every workplace now (``Branch.density``) and as it was 45 days ago
  (``density(since=…)``, from the history), the median of 3 each, and how many rows
  the history had to look up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sync import changes, demo  # noqa: E402
from sync.records import Branch  # noqa: E402
from sync.records import organising_batch as ob  # noqa: E402
from sync.records import organising_history as history  # noqa: E402
from sync.store.vault import Vault  # noqa: E402
from sync.trust import create_branch  # noqa: E402

WIDTH = 1600
PASSPHRASE = "benchmark chart passphrase"


class Clock:
    """The laptop's clock, set to noon on a chosen day while history is written."""

    def __init__(self) -> None:
        self.real = changes.wall_hlc

    def on(self, day: dt.date) -> None:
        noon = dt.datetime.combine(day, dt.time(12), dt.UTC).timestamp()
        changes.wall_hlc = lambda: int(noon * 1000) << changes.COUNTER_BITS

    def now(self) -> None:
        changes.wall_hlc = self.real


def build(folder: Path, people: int, members: int) -> tuple[Branch, str, str]:
    today = dt.date.today()
    clock = Clock()
    clock.on(today - dt.timedelta(days=60))
    vault = Vault.create(folder / "chart.caucus", PASSPHRASE, "interactive")
    branch = Branch(vault, create_branch(vault, "Chart bench", "Bench laptop"))
    demo.populate(branch, members=members, seed=3, notes_per_member=1, today=today)
    site = branch.add_workplace("Big site", employer="Bench Ltd")
    units = []
    for d in range(4):
        top = branch.add_unit(site, f"Department {d}", headcount=people // 3)
        units.append(top)
        for s in range(2):
            shift = branch.add_unit(site, f"Shift {s}", parent_id=top, kind="shift")
            units.append(shift)
            if s == 0:
                units.append(branch.add_unit(site, "Team A", parent_id=shift, kind="team"))
    test = branch.add_action("Bench petition", "petition", 60)
    ids: list[str] = []
    with branch.batch() as batch:
        for n in range(people):
            fields = {"first_name": f"Person{n}", "last_name": f"Surname{n % 97}",
                      "unit_id": units[n % len(units)], "assessment": None if n % 7 == 6 else n % 6,
                      "status": "member" if n % 3 else "worker"}
            if ids and n % 4:
                fields["point_person_id"] = ids[(n // 10) * 10 % len(ids)]
            ids.append(batch.add_member(fields, ["Steward"] if n % 50 == 0 else []))
        for n, person in enumerate(ids):
            if n % 2:
                ob.set_response(batch, test, person, ("yes", "no", "asked_undecided")[n % 3])
    for days in (30, 10):  # a tenth of the people join, move or leave, twice
        clock.on(today - dt.timedelta(days=days))
        with branch.batch() as batch:
            for n in range(days % 7, people, 10):
                person = ids[n]
                if n % 3 == 0:  # left the union (still works there: still on the chart)
                    batch.update_member(person, {"status": "resigned"})
                else:
                    batch.update_member(person, {"status": "member",
                                                 "unit_id": units[(n + 5) % len(units)]})
    clock.now()
    return branch, site, test


def ids_of(branch: Branch) -> list[str]:
    return branch.member_ids(limit=1)


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def measure(branch: Branch, site: str, test: str) -> dict:
    from desktop.views.wall_chart import ChartView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    data, first, repaint, base, screen_first = [], [], [], [], []
    chart = branch.wall_chart(site, test)
    cards = len(chart.cards)
    height = 0
    for _ in range(3):
        start = time.perf_counter()
        chart = branch.wall_chart(site, test)
        data.append(time.perf_counter() - start)
        view = ChartView()
        view.resize(WIDTH, 900)
        start = time.perf_counter()
        view.set_chart(chart)  # lays it out
        height = view.layout_cache.height
        view.resize(WIDTH, height)
        image = QImage(WIDTH, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        view.render(image)  # every card
        first.append(time.perf_counter() - start)
        screen = QImage(WIDTH, 900, QImage.Format.Format_ARGB32_Premultiplied)
        start = time.perf_counter()
        view.render(screen, sourceRegion=QRect(0, height // 2, WIDTH, 900))
        repaint.append(time.perf_counter() - start)
        rects = [c.rect for c in view.cards()]
        start = time.perf_counter()
        painter = QPainter(image)
        for rect in rects:  # the floor: a box, an outline and two texts per card
            painter.fillRect(rect, QColor(200, 230, 200))
            painter.drawRect(rect)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, "Person")
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight, "12 d")
        painter.end()
        base.append(time.perf_counter() - start)
        view.deleteLater()
        window = ChartView()  # what a user waits for: the layout, then the screen in view
        window.resize(WIDTH, 900)
        start = time.perf_counter()
        window.set_chart(chart)
        window.render(QImage(WIDTH, 900, QImage.Format.Format_ARGB32_Premultiplied),
                      sourceRegion=QRect(0, 0, WIDTH, 900))
        screen_first.append(time.perf_counter() - start)
        window.deleteLater()
        app.processEvents()
    since = dt.date.today() - dt.timedelta(days=45)
    now_s, then_s, again_s = [], [], []
    for _ in range(3):
        start = time.perf_counter()
        branch.density()
        now_s.append(time.perf_counter() - start)
        branch.__dict__.pop("_past_figures", None)  # the first time this session
        start = time.perf_counter()
        branch.density(since=since)
        then_s.append(time.perf_counter() - start)
        branch.add_note("A conversation today", ids_of(branch)[0])  # an edit since
        start = time.perf_counter()
        branch.density(since=since)
        again_s.append(time.perf_counter() - start)
    looked_up = len(history.changed_since(branch.conn, "member", history.PERSON_FIELDS,
                                          history.end_of_day(since)))
    return {"cards": cards, "height": height, "data_s": median(data),
            "first_paint_s": median(first), "repaint_s": median(repaint),
            "screen_first_s": median(screen_first),
            "baseline_s": median(base), "density_s": median(now_s),
            "density_since_s": median(then_s), "density_since_again_s": median(again_s),
            "changed_rows": looked_up,
            "members": branch.count_members()}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.chart")
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--members", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="caucus-bench-chart-") as tmp:
        started = time.perf_counter()
        branch, site, test = build(Path(tmp), args.people, args.members)
        built = time.perf_counter() - started
        try:
            result = measure(branch, site, test)
        finally:
            branch.vault.lock()
    result["build_s"] = built
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
