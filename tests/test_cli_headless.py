"""A relay laptop runs ``caucus`` without Qt: real commands in real subprocesses, each
reporting at exit which Qt (or window) modules it loaded; and the command line's source
never names the window's package or Qt's binding."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
WINDOW_PACKAGES = ("PySide6", "shiboken6", "desktop")
# `python -m sync.cli ARGS`, then the modules of WINDOW_PACKAGES loaded, as the last line
# of stderr (written in a finally: after the command's own sys.exit).
WRAPPER = f"""
import json, runpy, sys
try:
    runpy.run_module("sync.cli", run_name="__main__", alter_sys=True)
finally:
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in {WINDOW_PACKAGES!r})
    sys.stderr.write("\\nLOADED " + json.dumps(loaded) + "\\n")
"""


def caucus(vault: Path, *argv: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("CAUCUS_") and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["CAUCUS_PASSPHRASE"] = PASSPHRASE
    done = subprocess.run([sys.executable, "-c", WRAPPER, "--vault", str(vault), *argv],
                          cwd=ROOT, env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)
    body, _, last = done.stderr.rstrip("\n").rpartition("\n")
    assert last.startswith("LOADED "), done.stderr
    done.stderr = body
    return done, json.loads(last.removeprefix("LOADED "))


def run_all(vault: Path, commands: list[list[str]]) -> dict[str, list[str]]:
    """Run each command (each must succeed); what each loaded, by command line."""
    loaded = {}
    for argv in commands:
        done, modules = caucus(vault, *argv)
        assert done.returncode == 0, (argv, done.stderr)
        assert "Traceback" not in done.stderr
        loaded[" ".join(argv)] = modules
    return loaded


def test_headless_commands_never_load_qt(tmp_path):
    vault = tmp_path / "relay.caucus"
    (tmp_path / "stick").mkdir()
    loaded = run_all(vault, [
        ["init", "--branch", "Depot", "--device", "Relay laptop", "--kdf", "interactive"],
        ["member", "add", "--first", "Ana", "--last", "Lopez", "--set", "address=1 High St"],
        ["member", "list", "--json"],
        ["meeting", "add", "AGM", "--date", "2026-03-01"],
        ["bundle", "export", "--out", str(tmp_path / "relay.bundle")],
        ["bundle", "import", str(tmp_path / "relay.bundle")],
        ["usb", "sync", str(tmp_path / "stick")],
        ["device", "list"],
        ["changes", "verify"],
        ["state-hash"],
        ["vault", "info", "--json"],
        ["export", "--out", str(tmp_path / "members.csv")],
        ["duplicates", "list"],
        ["conflicts", "list"],
        ["--help"],
    ])
    assert {argv: modules for argv, modules in loaded.items() if modules} == {}
    assert (tmp_path / "members.csv").read_text(encoding="utf-8-sig").count("Lopez") == 1


def test_pdf_commands_never_load_qt(tmp_path):
    vault = tmp_path / "relay.caucus"
    run_all(vault, [
        ["init", "--branch", "Depot", "--device", "Relay laptop", "--kdf", "interactive"],
        ["member", "add", "--first", "Ana", "--last", "Lopez", "--set", "address=1 High St"],
        ["meeting", "add", "AGM"],
    ])
    pdfs = {"sign-in.pdf": ["print", "sign-in", "--meeting", "AGM"],
            "labels.pdf": ["print", "labels"]}
    loaded = run_all(vault, [[*argv, "--out", str(tmp_path / name)]
                             for name, argv in pdfs.items()])
    for name in pdfs:
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    assert {argv: modules for argv, modules in loaded.items() if modules} == {}


def test_the_command_line_never_names_the_window_or_qt():
    sources = sorted((ROOT / "sync" / "cli").rglob("*.py"))
    assert len(sources) > 10
    named = [str(p.relative_to(ROOT)) for p in sources
             if any(word in p.read_text(encoding="utf-8") for word in ("PySide6", "desktop"))]
    assert named == []
