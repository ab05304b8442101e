"""`make run` on a fresh desktop: a missing system library is one plain sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.platform_check import missing_libraries, needs_xcb, package_of, problem

ROOT = Path(__file__).resolve().parents[2]


def test_packages_are_named_as_debian_names_them():
    assert package_of("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert package_of("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert package_of("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert package_of("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert package_of("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    sentence = problem(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert sentence.count("\n") == 0
    assert sentence.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")


def test_only_the_x11_platform_is_checked():
    assert needs_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not needs_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not needs_xcb({"WAYLAND_DISPLAY": "wayland-0"}) or sys.platform != "linux"


def test_starting_the_app_names_missing_libraries_in_one_sentence(tmp_path):
    """The real app, started for X11: with libraries missing (as on a fresh Debian
    desktop) it says which packages to install and never shows Qt's raw error."""
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":99", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "c"), XDG_DATA_HOME=str(tmp_path / "d"))
    done = subprocess.run([sys.executable, "-c", "import sys; from desktop.app import main; "
                           "sys.exit(main([]))"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    missing = missing_libraries()
    if missing:
        assert done.returncode == 1
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert lines == [problem(missing)]
        assert "qt.qpa" not in done.stderr
    else:  # every library is there: Qt goes on (and fails only for want of a display)
        assert "Caucus needs system libraries" not in done.stderr
