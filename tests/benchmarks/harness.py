"""The benchmark harness: rows, the run context, the demo-vault cache, the table."""

from __future__ import annotations

import hashlib
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sync import changes, demo
from sync.records import Branch
from sync.store import schema
from sync.store.vault import Vault, sidecar_path

from .build import SEED

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CACHE = REPO_ROOT / ".bench-cache"


def _schema_digest() -> str:
    """Changes whenever the tables, indexes or change-set format change."""
    text = repr((schema.SCHEMA_VERSION, schema.TABLES, schema.LOCAL, schema.INDEXES,
                 schema.FTS, changes.MAGIC))
    return hashlib.blake2b(text.encode(), digest_size=4).hexdigest()


# The cache key (with the member count): a vault built by another generator or for
# another schema is rebuilt rather than measured.
CACHE_VERSION = f"demo{demo.GENERATOR_VERSION}-schema{_schema_digest()}-bench2"
NOTES_PER_MEMBER = 4
HEADER = ("what", "figure", "budget", "baseline", "ratio", "pass/fail")


# -- rows ---------------------------------------------------------------------------------
@dataclass
class Row:
    """One line of the table.

    ``budget`` is an upper bound on ``figure`` (same unit) unless ``budget_is_ratio``,
    when it bounds ``ratio``. ``ratio`` is the cost relative to ``baseline``: figure ÷
    baseline for times and sizes, baseline ÷ figure for rates (``higher_is_better``),
    so above 1 always means "costlier than the baseline". With ``ratios`` (one per run,
    each from a figure and a baseline measured side by side) the ratio is their median
    and the table shows their min and max too (:func:`paired`).
    """

    what: str
    figure: float
    unit: str
    budget: float | None = None
    baseline: float | None = None
    budget_is_ratio: bool = False
    higher_is_better: bool = False
    note: str = ""
    ratios: list[float] | None = None

    @property
    def ratio(self) -> float | None:
        if self.ratios:
            return median(self.ratios)
        if self.baseline is None or not self.figure or not self.baseline:
            return None
        if self.higher_is_better:
            return self.baseline / self.figure
        return self.figure / self.baseline

    @property
    def passed(self) -> bool | None:
        if self.budget is None:
            return None
        if self.budget_is_ratio:
            return self.ratio is not None and self.ratio <= self.budget
        if self.higher_is_better:
            return self.figure >= self.budget
        return self.figure < self.budget

    def cells(self) -> tuple[str, ...]:
        if self.budget is None:
            budget = "—"
        elif self.budget_is_ratio:
            budget = f"≤ {self.budget:g}×"
        else:
            budget = ("≥ " if self.higher_is_better else "< ") + fmt(self.budget, self.unit)
        baseline = "—" if self.baseline is None else fmt(self.baseline, self.unit)
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}×"
        if self.ratios and len(self.ratios) > 1:
            ratio += f" ({min(self.ratios):.2f}–{max(self.ratios):.2f})"
        verdict = {None: "info", True: "pass", False: "FAIL"}[self.passed]
        return (self.what, fmt(self.figure, self.unit), budget, baseline, ratio, verdict)


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        if value < 1:
            return f"{value * 1000:.1f} ms"
        return f"{value:.2f} s"
    if unit == "/s":
        return f"{value:,.0f}/s"
    if unit == "B":
        return f"{value:,.0f} B"
    return f"{value:,.2f} {unit}".rstrip()


def render(rows: Iterable[Row]) -> str:
    lines = [HEADER] + [r.cells() for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]

    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [line(HEADER), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(c) for c in lines[1:]]
    return "\n".join(out)


# -- statistics ---------------------------------------------------------------------------
def median(samples: list[float]) -> float:
    return statistics.median(samples)


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank ``q``-th percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def p95(samples: list[float]) -> float:
    return percentile(samples, 95)


def paired(figures: list[float], baselines: list[float],
           higher_is_better: bool = False) -> dict:
    """Row arguments for runs measured in pairs (a figure and its baseline side by side,
    in turn): medians of each, and each run's own ratio."""
    ratios = [(b / f if higher_is_better else f / b) if f and b else float("nan")
              for f, b in zip(figures, baselines, strict=True)]
    return {"figure": median(figures), "baseline": median(baselines), "ratios": ratios,
            "higher_is_better": higher_is_better}


def spread(samples: list[float], unit: str = "s") -> str:
    """``median (min–max) of N`` in the unit's format, for notes."""
    return (f"median {fmt(median(samples), unit)} (min {fmt(min(samples), unit)}, max "
            f"{fmt(max(samples), unit)}) of {len(samples)}")


def timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def rate(func: Callable[[], object], min_seconds: float, min_calls: int = 20) -> float:
    """Calls per second of ``func``, run for at least ``min_seconds``."""
    calls = 0
    start = time.perf_counter()
    while True:
        func()
        calls += 1
        elapsed = time.perf_counter() - start
        if calls >= min_calls and elapsed >= min_seconds:
            return calls / elapsed


def peak_mb() -> float:
    """This process's own high-water mark (VmHWM): unlike ru_maxrss, it is not inherited
    from the benchmark process that forked it."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(module: str, *args: str, stdin: str | None = None,
              timeout: float = 1800) -> dict:
    """Run ``python -m module args`` from the repository root; the JSON of its last line.

    A failure raises with the child's own error output, so the table's ERROR note says
    what went wrong in the child rather than only that it exited non-zero.
    """
    proc = subprocess.run([sys.executable, "-m", module, *args], input=stdin,
                          capture_output=True, text=True, cwd=REPO_ROOT, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{module} exited with status {proc.returncode}:\n"
                           f"{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- the context ---------------------------------------------------------------------------
@dataclass
class Context:
    members: int
    quick: bool
    cache_dir: Path
    work_dir: Path
    passphrase: str = demo.DEMO_PASSPHRASE
    cache_info: dict = field(default_factory=dict)
    #: the size of the smaller branch the growth rows compare with (None: no growth rows)
    growth_from: int | None = None
    build_memory_security: str = "off"
    #: figures the measurements leave for later ones (the growth rows), by name
    figures: dict[str, float] = field(default_factory=dict)
    #: a second laptop's vault holding the whole branch (left by the bundle import)
    joined: Path | None = None
    _branch: Branch | None = None

    @property
    def vault_path(self) -> Path:
        """The scratch copy the measurements use (free to edit)."""
        return self.work_dir / "branch.caucus"

    @property
    def cached_vault(self) -> Path:
        return self.cache_dir / "branch.caucus"

    @property
    def repeats(self) -> int:
        """How many times a slow operation (KDF, unlock) is repeated."""
        return 3 if self.members < 1000 else 5

    def branch(self) -> Branch:
        """The open scratch vault, shared by the measurements that need one; opened as
        the desktop's session opens it (with its larger page cache)."""
        if self._branch is None or not self._branch.vault.is_open:
            vault = Vault.open(self.vault_path, self.passphrase)
            vault.keep_more_pages()
            self._branch = Branch(vault)
        return self._branch

    def close(self) -> None:
        if self._branch is not None and self._branch.vault.is_open:
            self._branch.vault.lock()
        self._branch = None


def cache_dir_for(root: Path, members: int) -> Path:
    return root / f"{CACHE_VERSION}-{members}m-seed{SEED}"


def ensure_cache(root: Path, members: int, memory_security: str = "off",
                 out=sys.stdout) -> tuple[Path, dict]:
    """The cached demo vault for ``members``, built if missing or incomplete.

    The build runs in a child process (see :mod:`tests.benchmarks.build` for why).
    """
    folder = cache_dir_for(root, members)
    ready = folder / "ready.json"
    if ready.exists():
        try:
            info = json.loads(ready.read_text())
            if (folder / "branch.caucus").exists() and info.get("members") == members \
                    and info.get("version") == CACHE_VERSION:
                info["cached"] = True
                return folder, info
        except (OSError, ValueError):
            pass
    if folder.exists():
        shutil.rmtree(folder)
    print(f"Building the demo vault: {members:,} members, "
          f"{members * NOTES_PER_MEMBER:,} notes → {folder}", file=out, flush=True)
    subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.build", str(folder), str(members),
         "--version", CACHE_VERSION, "--memory-security", memory_security],
        cwd=REPO_ROOT, check=True,
    )
    info = json.loads(ready.read_text())
    info["cached"] = False
    return folder, info


def copy_vault(src: Path, dst: Path) -> None:
    """Copy a (closed) vault with its sidecar and any write-ahead log."""
    shutil.copyfile(src, dst)
    shutil.copyfile(sidecar_path(src), sidecar_path(dst))
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{src}{suffix}")
        if extra.exists():
            shutil.copyfile(extra, f"{dst}{suffix}")
    os.chmod(dst, 0o600)


def make_work_copy(cache_folder: Path) -> Path:
    """Copy the cached vault (and its sidecar) to a new scratch folder."""
    work = Path(tempfile.mkdtemp(prefix="caucus-bench-"))
    copy_vault(cache_folder / "branch.caucus", work / "branch.caucus")
    return work
