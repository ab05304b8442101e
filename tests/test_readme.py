"""The README stays true: every CLI command is documented, every documented command
exists, and Quick start is two commands (like sqlite-utils' ``test_docs.py``)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from sync.cli import command_paths, main

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- CLI-REFERENCE:START -->", "<!-- CLI-REFERENCE:END -->"
# `caucus X`, `$ caucus X` (a session) and `$(caucus X` (a script), X being one or two words
NAMED = re.compile(r"(?:`|\$ |\$\()caucus ([a-z][\w-]*)(?: ([a-z][\w-]*))?")


def readme() -> str:
    return README.read_text(encoding="utf-8")


def cli_reference() -> str:
    text = readme()
    return text[text.index(START) + len(START):text.index(END)]


def mentions(text: str, path: str) -> bool:
    return re.search(rf"\bcaucus {re.escape(path)}(?![\w-])", text) is not None


PATHS = sorted(command_paths())
GROUPS = {path.split()[0] for path in PATHS if " " in path}


def test_the_registry_lists_the_commands():
    assert {"init", "demo", "member add", "member list", "member export", "changes verify",
            "vault backup", "state-hash", "lan join", "print sign-in"} <= set(PATHS)
    assert "member" not in PATHS  # groups are not commands
    assert len(PATHS) == len(set(PATHS))


@pytest.mark.parametrize("path", PATHS)
def test_every_registered_command_runs_its_help(path):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*path.split(), "--help"])
    assert code == 0, err.getvalue()
    assert out.getvalue().startswith(f"usage: caucus {path} "), out.getvalue()[:200]


@pytest.mark.parametrize("path", PATHS)
def test_every_command_is_in_the_readme(path):
    assert mentions(cli_reference(), path), f"README.md does not document `caucus {path}`"


def test_the_reference_names_no_command_that_does_not_exist():
    named = NAMED.findall(cli_reference())
    assert len(named) > len(PATHS)
    unknown = set()
    for first, second in named:
        path = f"{first} {second}" if first in GROUPS else first
        if path not in PATHS:
            unknown.add(path)
    assert not unknown, f"README.md names commands caucus does not have: {sorted(unknown)}"


def test_the_matchers_tell_commands_apart():
    assert mentions("run `caucus member list --json`", "member list")
    assert not mentions("run `caucus member listing`", "member list")
    assert not mentions("run `caucus state-hash-x`", "state-hash")
    assert NAMED.findall("`caucus member list` and $(caucus note add") == [
        ("member", "list"), ("note", "add")]
    assert NAMED.findall("$ caucus state-hash\n`caucus COMMAND --help`") == [("state-hash", "")]


def test_quick_start_is_exactly_make_run_and_make_test():
    text = readme()
    section = re.search(r"^## Quick start\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert section, "README.md has no '## Quick start' section"
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", section.group(1), re.M | re.S)
    assert len(blocks) == 1, "Quick start should have one code block"
    commands = [line.split("#", 1)[0].strip() for line in blocks[0].splitlines()]
    assert [c for c in commands if c] == ["make run", "make test"]
