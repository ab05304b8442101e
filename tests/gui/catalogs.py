"""Tiny catalogs made by a test: a ``.ts`` written here and compiled by the real
``pyside6-lrelease``, so a test of the language machinery never depends on how far the
translators of the real catalogs have got."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from desktop.i18n import translations_dir


def lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else shutil.which("pyside6-lrelease") or "pyside6-lrelease"


def make_catalog(folder: Path, language: str,
                 entries: dict[str, dict[str, str]]) -> Path:
    """``caucus_<language>.qm`` in ``folder`` from ``{context: {source: translation}}``,
    beside a copy of the real English plural forms (which the app always loads first)."""
    folder.mkdir(parents=True, exist_ok=True)
    contexts = "".join(
        f"<context><name>{escape(name)}</name>"
        + "".join(f"<message><source>{escape(src)}</source>"
                  f"<translation>{escape(dst)}</translation></message>"
                  for src, dst in messages.items())
        + "</context>"
        for name, messages in entries.items())
    source = folder / f"caucus_{language}.ts"
    source.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                      f'<TS version="2.1" language="{language}">{contexts}</TS>',
                      encoding="utf-8")
    compiled = folder / f"caucus_{language}.qm"
    subprocess.run([lrelease(), str(source), "-qm", str(compiled)], check=True,
                   capture_output=True, timeout=60)
    shutil.copy(translations_dir() / "caucus_en.qm", folder / "caucus_en.qm")
    return compiled
