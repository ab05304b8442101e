"""A wheel holds every package of the source tree and every resource file.

``make run`` installs in editable mode, where the source tree is on the path; a wheel
(what a distribution would ship) only holds what pyproject.toml names. This builds one
and compares it with the tree, so a new subpackage or icon is never left out.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_holds_every_package_and_resource(tmp_path):
    tree = tmp_path / "tree"  # a copy: the build leaves nothing in the working tree
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(
        ".*", "__pycache__", "build", "*.egg-info", "tests", "docs"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
         str(tmp_path), str(tree)],
        check=True, capture_output=True, timeout=300,
    )
    (wheel,) = tmp_path.glob("caucus-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {p.relative_to(ROOT).as_posix() for top in ("sync", "desktop")
               for p in (ROOT / top).rglob("*.py") if "__pycache__" not in p.parts}
    assert sources and sources <= names, sorted(sources - names)
    data = next(n.split("/data/", 1)[0] for n in names if "/data/" in n) + "/data/share/"
    resources = {p.relative_to(ROOT / "resources").as_posix()
                 for p in (ROOT / "resources").rglob("*") if p.is_file()}
    shipped = {n[len(data) + len("caucus/"):] for n in names if n.startswith(data + "caucus/")}
    assert resources and resources <= shipped, sorted(resources - shipped)
    assert data + "applications/caucus.desktop" in names
