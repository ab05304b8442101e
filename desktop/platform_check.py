"""Before Qt starts: are the system libraries its X11 (xcb) platform needs installed?

A missing one makes Qt stop with a raw error that names the wrong library ("xcb-cursor0"
when libxcb-icccm4 was missing). So the app reads what the xcb plugin of *this* PySide6
needs (``ldd`` on ``libqxcb.so``), and a missing library is said in one plain sentence
with the Debian/Ubuntu packages to install. ``python -m desktop.platform_check
[--install]`` (what ``make run`` calls) prints the packages, or installs them as root.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: sonames whose Debian package name does not follow the usual rule
PACKAGES = {"libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0",
            "libX11-xcb.so.1": "libx11-xcb1", "libEGL.so.1": "libegl1",
            "libfontconfig.so.1": "libfontconfig1", "libGL.so.1": "libgl1",
            "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0"}
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        plugin = Path(root) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_libraries(plugin: Path | None = None) -> list[str]:
    """The sonames the xcb plugin needs that the system lacks (empty when all are there,
    or when this cannot be told: no plugin, no ``ldd``)."""
    plugin = plugin or xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return []
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20,
                             check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(set(NOT_FOUND.findall(out)))


def package_of(soname: str) -> str:
    """The Debian/Ubuntu package of a library: ``libxcb-icccm.so.4`` → ``libxcb-icccm4``."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    name, _, version = soname.partition(".so.")
    version = version.split(".")[0]
    return (f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}").lower()


def needs_xcb(environ: dict[str, str] | None = None) -> bool:
    """Will Qt use its X11 platform? (Not offscreen, not Wayland, not another one.)"""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return sys.platform.startswith("linux") and not env.get("WAYLAND_DISPLAY")


def problem(missing: list[str]) -> str:
    """The one sentence a user reads about missing libraries."""
    packages = " ".join(sorted({package_of(m) for m in missing}))
    return (f"Caucus needs system libraries that are not installed ({', '.join(missing)}); "
            f"install them with: sudo apt-get install {packages}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    missing = missing_libraries() if needs_xcb() else []
    if not missing:
        return 0
    packages = sorted({package_of(m) for m in missing})
    if "--install" in args and hasattr(os, "geteuid") and os.geteuid() == 0 \
            and shutil.which("apt-get"):
        print(f"Installing the libraries Qt needs: {' '.join(packages)}")
        done = subprocess.run(["apt-get", "install", "-y", "--no-install-recommends",
                               *packages], check=False)
        if done.returncode == 0 and not missing_libraries():
            return 0
    print(problem(missing), file=sys.stderr)
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
