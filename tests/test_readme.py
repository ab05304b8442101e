"""The README stays true: every CLI command is documented, and Quick start is two commands."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.cli import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- CLI-REFERENCE:START -->", "<!-- CLI-REFERENCE:END -->"


def command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
                  ) -> Iterator[str]:
    """Every runnable command, e.g. ``"init"``, ``"member add"``, ``"changes verify"``."""
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups and prefix:
        yield " ".join(prefix)
    for action in groups:
        for name, sub in action.choices.items():
            yield from command_paths(sub, (*prefix, name))


def readme() -> str:
    return README.read_text(encoding="utf-8")


def cli_reference() -> str:
    text = readme()
    return text[text.index(START) + len(START):text.index(END)]


def mentions(text: str, path: str) -> bool:
    return re.search(rf"\bcaucus {re.escape(path)}(?![\w-])", text) is not None


PATHS = sorted(command_paths(build_parser()))


def test_the_parser_walk_finds_the_commands():
    assert {"init", "demo", "member add", "member list", "changes verify", "vault backup",
            "state-hash"} <= set(PATHS)
    assert "member" not in PATHS  # groups are not commands


@pytest.mark.parametrize("path", PATHS)
def test_every_command_is_in_the_readme(path):
    assert mentions(cli_reference(), path), f"README.md does not document `caucus {path}`"


def test_the_reference_names_no_command_that_does_not_exist():
    known = {path.split()[0] for path in PATHS}
    named = set(re.findall(r"`caucus ([a-z][\w-]*)", cli_reference()))
    assert named and named <= known, named - known


def test_the_matcher_tells_commands_apart():
    assert mentions("run `caucus member list --json`", "member list")
    assert not mentions("run `caucus member listing`", "member list")
    assert not mentions("run `caucus state-hash-x`", "state-hash")


def test_quick_start_is_exactly_make_run_and_make_test():
    text = readme()
    section = re.search(r"^## Quick start\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert section, "README.md has no '## Quick start' section"
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", section.group(1), re.M | re.S)
    assert len(blocks) == 1, "Quick start should have one code block"
    commands = [line.split("#", 1)[0].strip() for line in blocks[0].splitlines()]
    assert [c for c in commands if c] == ["make run", "make test"]
