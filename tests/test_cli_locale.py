"""The command line reads dates as the branch's country writes them and shows dates and
numbers as the terminal's locale does (issue 14, item 6); ``--json`` stays ISO.

Real ``caucus`` subprocesses on real vaults, with the locale given as a real process
environment (``LANG``/``LC_ALL``), as a terminal would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PASS = "correct horse battery staple"


@pytest.fixture
def caucus(tmp_path):
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("LC_", "LANG", "CAUCUS_"))}
    base["CAUCUS_PASSPHRASE"] = PASS

    def run(*args: str, lang: str = "C", ok: bool = True) -> subprocess.CompletedProcess:
        proc = subprocess.run(
            [sys.executable, "-m", "sync.cli", "--vault", str(tmp_path / "b.caucus"), *args],
            cwd=tmp_path, env={**base, "LANG": lang}, capture_output=True, text=True,
            timeout=120)
        assert "Traceback" not in proc.stderr, proc.stderr
        assert (proc.returncode == 0) == ok, proc.stderr
        return proc
    return run


def test_a_german_branch_types_german_dates_and_reads_them_back_in_german(caucus):
    caucus("init", "--branch", "Betriebsgruppe Nord", "--device", "Laptop", "--country", "DE",
           "--currency", "EUR", "--kdf", "interactive")
    member = caucus("member", "add", "--first", "Jana", "--last", "Krüger",
                    "--joined", "01.03.2019").stdout.strip()
    caucus("task", "add", "Anrufen", "--member", member, "--due", "31.12.2026")
    shown = json.loads(caucus("member", "show", member, "--json").stdout)
    assert shown["joined_on"] == "2019-03-01"  # the 1st of March, as Germans write it
    tasks = caucus("task", "list", lang="de_DE.UTF-8").stdout
    assert "31.12.2026" in tasks and "2026-12-31" not in tasks
    # the same vault at a terminal without a locale: ISO
    assert "2026-12-31" in caucus("task", "list").stdout
    # --json is for programs: ISO whatever the terminal's locale
    listed = json.loads(caucus("task", "list", "--json", lang="de_DE.UTF-8").stdout)
    assert listed[0]["due_on"] == "2026-12-31"


def test_the_day_and_month_follow_the_branch_s_country(caucus):
    caucus("init", "--branch", "Local 12", "--device", "Laptop", "--country", "US",
           "--kdf", "interactive")
    member = caucus("member", "add", "--first", "Rosa", "--last", "Parks",
                    "--joined", "03/04/2019").stdout.strip()
    assert json.loads(caucus("member", "show", member, "--json").stdout)[
        "joined_on"] == "2019-03-04"  # March the 4th in the United States
    caucus("branch", "set", "--country", "GB")
    caucus("member", "edit", member, "--set", "joined=03/04/2019")
    assert json.loads(caucus("member", "show", member, "--json").stdout)[
        "joined_on"] == "2019-04-03"  # the 3rd of April in Britain


def test_a_date_that_is_not_one_is_one_clear_line_naming_the_field(caucus):
    caucus("init", "--branch", "Depot", "--device", "Laptop", "--country", "GB",
           "--kdf", "interactive")
    failed = caucus("member", "add", "--first", "Ann", "--last", "Lee", "--joined",
                    "13/13/2020", ok=False)
    lines = failed.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("caucus: Joined on")
    assert "13/13/2020" in lines[0]
    assert json.loads(caucus("member", "list", "--json").stdout) == []  # nothing written
