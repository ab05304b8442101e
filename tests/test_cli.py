"""The ``caucus`` command line, in-process (``sync.cli.main``) and as real subprocesses.

Every vault here is real (SQLCipher, Argon2id ``interactive``); results are checked both
in the CLI's output and through the Python API (:class:`sync.records.Branch`).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sync import cli
from sync.errors import UnknownId
from sync.records import Branch
from sync.store.vault import Vault, sidecar_path

from .conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
CAUCUS_ENV = ("CAUCUS_VAULT", "CAUCUS_PASSPHRASE", "CAUCUS_NEW_PASSPHRASE", "CAUCUS_DEBUG")


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


class FakeTty(io.StringIO):
    """Stdin that says it is a terminal and holds what the user would type."""

    def isatty(self) -> bool:
        return True


class Cli:
    """Runs ``caucus`` in-process against one vault and captures its output."""

    def __init__(self, capsys, path: Path) -> None:
        self.capsys = capsys
        self.path = path

    def __call__(self, *argv: str, vault: bool = True) -> Result:
        args = [*argv, "--vault", str(self.path)] if vault else list(argv)
        self.capsys.readouterr()
        code = cli.main(args)
        out, err = self.capsys.readouterr()
        return Result(code, out, err)

    def ok(self, *argv: str) -> Result:
        result = self(*argv)
        assert result.code == 0, result.err
        assert "Traceback" not in result.err
        return result

    def fails(self, *argv: str, code: int = 1, vault: bool = True) -> Result:
        result = self(*argv, vault=vault)
        assert result.code == code, (result.code, result.out, result.err)
        assert_one_error_line(result.err)
        return result


def assert_one_error_line(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("caucus: ")
    assert "Traceback" not in err


@contextlib.contextmanager
def api(path: Path, passphrase: str = PASSPHRASE) -> Iterator[Branch]:
    vault = Vault.open(path, passphrase)
    try:
        yield Branch(vault)
    finally:
        vault.lock()


@pytest.fixture
def env(monkeypatch):
    """A clean environment with the passphrase set and a stdin that is not a terminal."""
    for name in CAUCUS_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CAUCUS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    # In-process, a command line wrongly taken for "start the desktop app" must fail
    # fast rather than open a window and wait for ever.
    monkeypatch.setitem(sys.modules, "desktop.app", None)
    return monkeypatch


@pytest.fixture
def run(env, capsys, vault_path) -> Cli:
    return Cli(capsys, vault_path)


@pytest.fixture
def caucus(run) -> Cli:
    """A Cli whose vault holds a new branch."""
    run.ok("init", "--branch", "Northside Tenants", "--device", "Secretary laptop",
           "--kdf", "interactive")
    return run


def add_member(caucus: Cli, *args: str) -> str:
    out = caucus.ok("member", "add", *args).out
    assert UUID.match(out.strip()), out
    return out.strip()


def ids(result: Result) -> list[str]:
    return [row["id"] for row in result.json()]


# -- init ---------------------------------------------------------------------------------
def test_init_creates_a_branch_and_prints_its_ids(run, vault_path):
    result = run.ok("init", "--branch", "Northside Tenants", "--device", "Ana's laptop",
                    "--kdf", "interactive")
    branch_line, device_line = result.out.splitlines()
    assert re.fullmatch(r"branch [0-9a-f]{32} Northside Tenants", branch_line)
    assert re.fullmatch(r"device [0-9a-f]{64} Ana's laptop", device_line)
    with api(vault_path) as branch:
        assert branch.name == "Northside Tenants"
        assert branch.device_name == "Ana's laptop"
        assert branch.replica.branch_id.hex() == branch_line.split()[1]
        assert branch.replica.device_id == device_line.split()[1]
        assert branch.vault.kdf_profile == "interactive"


def test_init_refuses_an_existing_vault_and_leaves_it_alone(caucus, vault_path):
    before = vault_path.read_bytes(), sidecar_path(vault_path).read_bytes()
    result = caucus.fails("init", "--branch", "Other", "--device", "Other",
                          "--kdf", "interactive")
    assert "already exists" in result.err
    assert (vault_path.read_bytes(), sidecar_path(vault_path).read_bytes()) == before
    with api(vault_path) as branch:
        assert branch.name == "Northside Tenants"


def test_init_rejects_a_weak_passphrase_and_creates_nothing(run, env, vault_path):
    env.setenv("CAUCUS_PASSPHRASE", "short")
    result = run.fails("init", "--branch", "B", "--device", "D", "--kdf", "interactive")
    assert "too short" in result.err
    assert not vault_path.exists() and not sidecar_path(vault_path).exists()


def test_init_asks_twice_in_a_terminal(run, env, vault_path):
    env.delenv("CAUCUS_PASSPHRASE")
    env.setattr(sys, "stdin", FakeTty())
    answers = iter(["first passphrase", "second passphrase"])
    env.setattr("getpass.getpass", lambda prompt="": next(answers))
    result = run.fails("init", "--branch", "B", "--device", "D", "--kdf", "interactive")
    assert "differ" in result.err
    assert not vault_path.exists()

    answers = iter(["typed passphrase", "typed passphrase"])
    run.ok("init", "--branch", "B", "--device", "D", "--kdf", "interactive")
    with api(vault_path, "typed passphrase") as branch:
        assert branch.name == "B"


def test_ctrl_c_at_the_prompt_exits_130_quietly(run, env):
    env.delenv("CAUCUS_PASSPHRASE")
    env.setattr(sys, "stdin", FakeTty())

    def interrupted(prompt=""):
        raise KeyboardInterrupt

    env.setattr("getpass.getpass", interrupted)
    result = run("init", "--branch", "B", "--device", "D")
    assert result.code == 130
    assert result.err == ""


# -- members ------------------------------------------------------------------------------
def test_member_add_stores_every_option(caucus, vault_path):
    workplace = caucus.ok("workplace", "add", "Central Depot").out.strip()
    member = add_member(
        caucus, "--first", "Ana", "--last", "López", "--preferred", "Annie",
        "--email", "Ana@Example.org", "--email", "ana.work@example.com",
        "--phone", "07911 123456", "--workplace", "central depot", "--status", "member",
        "--tag", "rep", "--tag", "night shift", "--membership-no", "N-17",
        "--joined", "2021-03-04", "--dues-paid-until", "2030-01-31", "--assessment", "4",
        "--set", "custom.shift=nights", "--set", "postcode=AB1 2CD",
    )
    with api(vault_path) as branch:
        m = branch.get_member(member)
    assert (m.first_name, m.last_name, m.preferred_name) == ("Ana", "López", "Annie")
    assert m.emails == ["Ana@example.org", "ana.work@example.com"]
    assert m.phones == ["+447911123456"]
    assert m.workplace_id == workplace and m.workplace == "Central Depot"
    assert m.status == "member" and m.membership_no == "N-17"
    assert (m.joined_on, m.dues_paid_until, m.assessment) == ("2021-03-04", "2030-01-31", 4)
    assert sorted(m.tags) == ["night shift", "rep"]
    assert m.custom == {"shift": "nights"} and m.postcode == "AB1 2CD"


def test_member_show_edit_delete_restore_history_erase_round_trip(caucus, vault_path):
    member = add_member(caucus, "--first", "Ana", "--last", "Lopez", "--tag", "rep")
    prefix = member[:20]

    shown = caucus.ok("member", "show", prefix, "--json").json()
    assert shown["id"] == member and shown["display_name"] == "Ana Lopez"
    assert shown["tags"] == ["rep"] and shown["notes"] == 0
    text = caucus.ok("member", "show", prefix).out
    assert text.startswith("Ana Lopez\n")
    assert re.search(r"^  last_name: +Lopez$", text, re.M)
    assert re.search(r"^  tags: +rep$", text, re.M)
    assert re.search(r"^  notes: +0$", text, re.M)

    caucus.ok("member", "edit", prefix, "--set", "last_name=Lopez-Garcia",
              "--set", "emails=ana@example.org, ana@union.example.org",
              "--set", "custom.shift=early", "--set", "dues-paid-until=2031-12-31",
              "--tag-add", "steward", "--tag-remove", "rep")
    with api(vault_path) as branch:
        m = branch.get_member(member)
    assert m.last_name == "Lopez-Garcia"
    assert m.emails == ["ana@example.org", "ana@union.example.org"]
    assert m.custom == {"shift": "early"} and m.dues_paid_until == "2031-12-31"
    assert m.tags == ["steward"]

    caucus.ok("member", "delete", prefix)
    with api(vault_path) as branch:
        assert branch.get_member(member).deleted
    assert ids(caucus.ok("member", "list", "--json")) == []
    assert ids(caucus.ok("member", "list", "--deleted", "--json")) == [member]
    caucus.ok("member", "restore", prefix)
    with api(vault_path) as branch:
        assert not branch.get_member(member).deleted
    assert ids(caucus.ok("member", "list", "--json")) == [member]

    history = caucus.ok("member", "history", prefix, "--json").json()
    last_names = [e["value"] for e in history if e["field"] == "last_name"]
    assert last_names == ["Lopez", "Lopez-Garcia"]
    assert {e["device_name"] for e in history} == {"Secretary laptop"}
    deleted = [e["value"] for e in history if e["table"] == "member" and e["field"] == "deleted"]
    assert deleted == [False, True, False]
    assert "Lopez-Garcia" in caucus.ok("member", "history", prefix).out

    caucus.ok("member", "erase", prefix, "--yes")
    with api(vault_path) as branch, pytest.raises(UnknownId):
        branch.get_member(member)
    assert ids(caucus.ok("member", "list", "--json")) == []
    erased = caucus.ok("member", "history", member, "--json").json()
    assert erased[-1]["field"] == "!erase"  # the erasure itself stays in the history
    assert erased[:-1] and all(e["redacted"] and e["value"] is None for e in erased[:-1])
    assert "Lopez" not in caucus.ok("member", "history", member).out
    caucus.fails("member", "show", member)


def test_member_add_prints_only_the_new_id(caucus):
    result = caucus.ok("member", "add", "--first", "Ana")
    assert UUID.match(result.out.strip()) and result.out.count("\n") == 1


def test_member_tag_and_set_tags(caucus, vault_path):
    member = add_member(caucus, "--first", "Ana")
    assert caucus.ok("member", "tag", member, "rep", "steward").out.strip() == "rep, steward"
    caucus.ok("member", "edit", member, "--set", "tags=a, b")
    with api(vault_path) as branch:
        assert branch.member_tags(member) == ["a", "b"]


def test_member_edit_moves_and_clears_the_workplace(caucus, vault_path):
    depot = caucus.ok("workplace", "add", "Depot").out.strip()
    member = add_member(caucus, "--first", "Ana")
    caucus.ok("member", "edit", member, "--set", "workplace=Depot")
    with api(vault_path) as branch:
        assert branch.get_member(member).workplace_id == depot
    caucus.ok("member", "edit", member, "--set", "workplace=")
    with api(vault_path) as branch:
        assert branch.get_member(member).workplace_id is None


def test_member_edit_needs_something_to_change(caucus):
    member = add_member(caucus, "--first", "Ana")
    assert "Nothing to change" in caucus.fails("member", "edit", member, code=2).err


@pytest.fixture
def roll(caucus) -> dict[str, str]:
    """Three members in two workplaces, with tags, dues and a note."""
    caucus.ok("workplace", "add", "Depot")
    caucus.ok("workplace", "add", "Hospital")
    people = {
        "ana": add_member(caucus, "--first", "Ana", "--last", "Lopez", "--email",
                          "ana@example.org", "--workplace", "Depot", "--tag", "rep",
                          "--dues-paid-until", "2099-01-01", "--phone", "07911 123456"),
        "bob": add_member(caucus, "--first", "Bob", "--last", "Okafor", "--email",
                          "bob@union.example.net", "--workplace", "Hospital",
                          "--dues-paid-until", "2001-01-01"),
        "cy": add_member(caucus, "--first", "Cy", "--last", "Zhang", "--status", "prospect",
                         "--workplace", "Depot", "--tag", "REP"),
    }
    caucus.ok("note", "add", "--member", people["bob"], "--text",
              "Worried about the rota changes at the hospital")
    return people


def test_member_list_search_by_name_email_phone_and_note_text(caucus, roll):
    def search(text: str) -> set[str]:
        return set(ids(caucus.ok("member", "list", "--search", text, "--json")))

    assert search("Lop") == {roll["ana"]}
    assert search("kafo") == {roll["bob"]}
    assert search("union.example") == {roll["bob"]}
    assert search("7911123") == {roll["ana"]}
    assert search("rota") == {roll["bob"]}
    assert search("nobody-like-this") == set()


def test_member_list_filters_sorting_and_limit(caucus, roll):
    def listed(*args: str) -> list[str]:
        return ids(caucus.ok("member", "list", *args, "--json"))

    assert set(listed("--workplace", "depot")) == {roll["ana"], roll["cy"]}
    assert set(listed("--tag", "rep")) == {roll["ana"], roll["cy"]}
    assert listed("--status", "prospect") == [roll["cy"]]
    assert listed("--status", "lapsed") == [roll["bob"]]
    assert listed("--arrears-before", "2050-01-01") == [roll["bob"]]
    assert listed() == [roll["ana"], roll["bob"], roll["cy"]]
    assert listed("--sort", "name", "--desc") == [roll["cy"], roll["bob"], roll["ana"]]
    limited = caucus.ok("member", "list", "--limit", "2", "--json")
    assert ids(limited) == [roll["ana"], roll["bob"]]
    assert limited.err.strip() == "Showing 2 of 3 members"


def test_member_list_text_is_an_aligned_table(caucus, roll):
    result = caucus.ok("member", "list")
    header, *rows = result.out.splitlines()
    assert header.split() == ["ID", "NAME", "EMAIL", "PHONE", "WORKPLACE", "STATUS"]
    assert len(rows) == 3 and rows[0].startswith(roll["ana"] + "  ")
    column = header.index("EMAIL")
    assert rows[0][column:].startswith("ana@example.org")
    assert rows[1][column:].startswith("bob@union.example.net")
    assert result.err.strip() == "3 members"


# -- workplaces, campaigns, notes, tasks, meetings -----------------------------------------
def test_workplace_list_counts_members_and_assessments(caucus):
    depot = caucus.ok("workplace", "add", "Depot", "--employer", "City Buses",
                      "--sector", "transport", "--address", "1 Yard Lane").out.strip()
    add_member(caucus, "--first", "A", "--workplace", "Depot", "--assessment", "2")
    add_member(caucus, "--first", "B", "--workplace", depot[:20], "--assessment", "5")
    add_member(caucus, "--first", "C", "--workplace", depot)
    places = caucus.ok("workplace", "list", "--json").json()
    assert len(places) == 1
    place = places[0]
    assert (place["id"], place["name"], place["employer"], place["sector"]) == (
        depot, "Depot", "City Buses", "transport")
    assert (place["members"], place["assessed"], place["assessment_total"]) == (3, 2, 7)
    assert re.search(r"Depot +City Buses +3 +2 +7 +3\.5$", caucus.ok("workplace", "list").out,
                     re.M)


def test_campaign_and_note_commands(caucus, vault_path):
    ana = add_member(caucus, "--first", "Ana")
    bob = add_member(caucus, "--first", "Bob")
    campaign = caucus.ok("campaign", "add", "Pay claim", "--description", "5% for all",
                         "--starts", "2030-01-01", "--ends", "2030-06-30").out.strip()
    assert caucus.ok("campaign", "list", "--json").json()[0]["description"] == "5% for all"
    first = caucus.ok("note", "add", "--member", ana, "--campaign", "pay claim", "--text",
                      "Signed the petition", "--date", "2030-02-01", "--method", "in person",
                      "--outcome", "supportive", "--follow-up", "2030-02-08").out.strip()
    caucus.ok("note", "add", "--member", bob, "--text", "Not at home", "--date", "2030-02-02")
    with api(vault_path) as branch:
        note = branch.list_notes(member_id=ana)[0]
        assert (note.id, note.campaign_id, note.method) == (first, campaign, "in_person")
        assert (note.outcome, note.follow_up_on) == ("supportive", "2030-02-08")
        assert [t.title for t in branch.list_tasks()] == ["Follow up: Signed the petition"]
    assert [n["text"] for n in caucus.ok("note", "list", "--json").json()] == [
        "Not at home", "Signed the petition"]
    assert ids(caucus.ok("note", "list", "--member", ana, "--json")) == [first]
    assert ids(caucus.ok("note", "list", "--campaign", campaign[:20], "--json")) == [first]
    assert len(caucus.ok("note", "list", "--limit", "1", "--json").json()) == 1
    assert caucus.ok("campaign", "list", "--json").json()[0]["notes"] == 1
    assert "Signed the petition" in caucus.ok("note", "list").out


def test_task_commands(caucus, vault_path):
    ana = add_member(caucus, "--first", "Ana", "--last", "Lopez")
    task = caucus.ok("task", "add", "Phone about dues", "--due", "2030-03-01",
                     "--member", ana).out.strip()
    listed = caucus.ok("task", "list", "--json").json()
    assert [(t["id"], t["due_on"], t["member_name"], t["done"]) for t in listed] == [
        (task, "2030-03-01", "Ana Lopez", False)]
    caucus.ok("task", "done", task[:20])
    assert caucus.ok("task", "list", "--json").json() == []
    assert caucus.ok("task", "list", "--all", "--json").json()[0]["done"] is True
    caucus.ok("task", "done", task, "--undo")
    with api(vault_path) as branch:
        assert [t.id for t in branch.list_tasks()] == [task]


def test_meeting_attendance_and_quorum(caucus, vault_path):
    ana = add_member(caucus, "--first", "Ana", "--last", "Lopez")
    bob = add_member(caucus, "--first", "Bob", "--last", "Okafor")
    meeting = caucus.ok("meeting", "add", "AGM", "--date", "2030-04-01", "--location", "Hall",
                        "--quorum", "2").out.strip()
    caucus.ok("meeting", "attend", "agm", ana)
    caucus.ok("meeting", "attend", meeting, bob, "--status", "apologies")
    shown = caucus.ok("meeting", "show", meeting, "--json").json()
    assert (shown["attended"], shown["apologies"], shown["quorate"]) == (1, 1, False)
    assert {(a["member_id"], a["status"]) for a in shown["attendance"]} == {
        (ana, "attended"), (bob, "apologies")}
    assert "NOT quorate" in caucus.ok("meeting", "show", "AGM").out
    caucus.ok("meeting", "attend", meeting[:20], bob, "--status", "attended")
    assert caucus.ok("meeting", "show", meeting, "--json").json()["quorate"] is True
    listed = caucus.ok("meeting", "list", "--json").json()
    assert [(m["id"], m["attended"], m["location"]) for m in listed] == [(meeting, 2, "Hall")]
    with api(vault_path) as branch:
        assert {s for _m, _n, s in branch.attendance(meeting)} == {"attended"}


# -- change sets, state, vault -------------------------------------------------------------
def test_changes_list_and_verify_pass_on_a_real_vault(caucus, vault_path):
    genesis = len(caucus.ok("changes", "list", "--json").json())
    assert genesis >= 1
    add_member(caucus, "--first", "Ana")
    add_member(caucus, "--first", "Bob")
    listed = caucus.ok("changes", "list", "--json").json()
    total = genesis + 2
    assert [c["seq"] for c in listed] == list(range(1, total + 1))
    assert {c["author_name"] for c in listed} == {"Secretary laptop"}
    assert all(c["status"] == "applied" and c["ops"] > 0 for c in listed)
    text = caucus.ok("changes", "list")
    assert "Secretary laptop" in text.out and text.err.strip() == f"{total} change sets"
    result = caucus.ok("changes", "verify")
    assert result.out.strip() == f"Verified {total} of {total} change sets."
    assert caucus.ok("changes", "verify", "--json").json() == {
        "checked": total, "verified": total, "failures": []}


def flip_stored_byte(path: Path, column: str, index: int) -> int:
    """Flip one bit of one stored change set's ``sig`` or ``body``; return its number."""
    vault = Vault.open(path, PASSPHRASE)
    try:
        no, value = vault.conn.execute(
            f"SELECT no, {column} FROM changeset ORDER BY no DESC LIMIT 1"  # noqa: S608
        ).fetchone()
        damaged = bytearray(value)
        damaged[index] ^= 0x01
        vault.conn.execute(f"UPDATE changeset SET {column} = ? WHERE no = ?",  # noqa: S608
                           (bytes(damaged), no))
    finally:
        vault.lock()
    return no


@pytest.mark.parametrize(("column", "index"), [("sig", 5), ("body", -1), ("body", 40)])
def test_changes_verify_fails_after_one_byte_is_flipped(caucus, vault_path, column, index):
    add_member(caucus, "--first", "Ana")
    total = len(caucus.ok("changes", "list", "--json").json())
    no = flip_stored_byte(vault_path, column, index)
    result = caucus("changes", "verify")
    assert result.code == 1
    assert result.out.strip() == f"Verified {total - 1} of {total} change sets."
    assert_one_error_line(result.err)
    assert f"change set #{no} by Secretary laptop" in result.err
    assert "signature does not verify" in result.err
    report = caucus("changes", "verify", "--json")
    assert report.code == 1
    assert [f["no"] for f in report.json()["failures"]] == [no]


def test_state_hash_matches_the_api(caucus, vault_path):
    add_member(caucus, "--first", "Ana")
    digest = caucus.ok("state-hash").out.strip()
    with api(vault_path) as branch:
        assert digest == branch.replica.state_hash()
    assert caucus.ok("state-hash", "--json").json() == {"state_hash": digest}


def test_vault_info_check_and_backup(caucus, vault_path, tmp_path):
    add_member(caucus, "--first", "Ana")
    info = caucus.ok("vault", "info", "--json").json()
    assert info["path"] == str(vault_path) and info["kdf_profile"] == "interactive"
    assert info["cipher_version"].startswith("4.")
    assert (info["branch_name"], info["device_name"], info["role"]) == (
        "Northside Tenants", "Secretary laptop", "admin")
    assert info["counts"]["member"] == 1
    assert "Northside Tenants" in caucus.ok("vault", "info").out
    assert caucus.ok("vault", "check", "--json").json() == {"ok": True, "problems": []}
    assert caucus.ok("vault", "check").out.strip() == "The vault is intact."

    backup = tmp_path / "copy.caucus"
    caucus.ok("vault", "backup", "--out", str(backup))
    with api(backup) as copy, api(vault_path) as original:
        assert copy.replica.state_hash() == original.replica.state_hash()
    assert "already exists" in caucus.fails("vault", "backup", "--out", str(backup)).err


def test_vault_passwd(caucus, env, vault_path):
    caucus.fails("vault", "passwd", code=2)  # no new passphrase and no terminal
    env.setenv("CAUCUS_NEW_PASSPHRASE", "a brand new passphrase")
    caucus.ok("vault", "passwd", "--kdf", "interactive")
    assert "wrong" in caucus.fails("member", "list").err
    env.setenv("CAUCUS_PASSPHRASE", "a brand new passphrase")
    caucus.ok("member", "list")


READ_COMMANDS = [
    ["member", "list"], ["member", "show", "{member}"], ["member", "history", "{member}"],
    ["workplace", "list"], ["campaign", "list"], ["note", "list"], ["task", "list"],
    ["meeting", "list"], ["meeting", "show", "AGM"], ["changes", "list"],
    ["changes", "verify"], ["state-hash"], ["vault", "info"], ["vault", "check"],
]


def test_every_read_command_prints_json(caucus):
    member = add_member(caucus, "--first", "Ana")
    caucus.ok("meeting", "add", "AGM")
    caucus.ok("workplace", "add", "Depot")
    caucus.ok("campaign", "add", "Pay claim")
    caucus.ok("note", "add", "--member", member, "--text", "Hello")
    caucus.ok("task", "add", "Ring back")
    for command in READ_COMMANDS:
        args = [a.format(member=member) for a in command]
        data = caucus.ok(*args, "--json").json()
        assert data not in (None, [], {}), command


# -- vault location -----------------------------------------------------------------------
def test_vault_path_from_option_before_or_after_the_command_or_env(caucus, env, vault_path):
    add_member(caucus, "--first", "Ana")
    for argv in (["--vault", str(vault_path), "member", "list", "--json"],
                 ["member", "--vault", str(vault_path), "list", "--json"],
                 ["--vault", "elsewhere", "member", "list", "--vault", str(vault_path), "--json"],
                 ["member", "list", "--vault", str(vault_path), "--json"]):
        assert len(caucus(*argv, vault=False).json()) == 1
    env.setenv("CAUCUS_VAULT", str(vault_path))
    assert len(caucus("member", "list", "--json", vault=False).json()) == 1
    env.setenv("CAUCUS_VAULT", str(vault_path.with_name("elsewhere.caucus")))
    assert "elsewhere.caucus" in caucus.fails("member", "list", vault=False).err


# -- errors -------------------------------------------------------------------------------
def test_wrong_passphrase(caucus, env):
    env.setenv("CAUCUS_PASSPHRASE", "not the passphrase")
    assert caucus.fails("member", "list").err == "caucus: The passphrase is wrong for this vault.\n"


def test_missing_vault(run, vault_path):
    result = run.fails("member", "list")
    assert f"There is no vault at {vault_path}" in result.err


def test_a_file_that_is_not_a_vault(caucus, tmp_path, vault_path):
    junk = tmp_path / "notes.txt"
    junk.write_bytes(b"just some text, not a vault\n" * 400)
    assert "sidecar" in caucus.fails("member", "list", "--vault", str(junk), vault=False).err
    # with a valid sidecar beside it the key checks out, but the file is still not a vault
    sidecar_path(junk).write_bytes(sidecar_path(vault_path).read_bytes())
    junk.write_bytes(os.urandom(4096 * 3))
    result = caucus.fails("member", "list", "--vault", str(junk), vault=False)
    assert "not a Caucus vault" in result.err or "damaged" in result.err


@pytest.mark.parametrize(("args", "field"), [
    (["--email", "ana-at-example.org"], "email"),
    (["--phone", "12"], "phone"),
    (["--joined", "2021-02-30"], "Joined on"),
    (["--dues-paid-until", "soon"], "Dues paid until"),
    (["--assessment", "9"], "Assessment"),
    (["--status", "pending"], "Status"),
    (["--set", "shoe_size=9"], "shoe_size"),
])
def test_invalid_values_name_the_field(caucus, vault_path, args, field):
    result = caucus.fails("member", "add", "--first", "Ana", *args)
    assert field in result.err
    with api(vault_path) as branch:
        assert branch.count_members() == 0


def test_unknown_ids(caucus):
    add_member(caucus, "--first", "Ana")
    assert "There is no member 'abcdef'" in caucus.fails("member", "show", "abcdef").err
    assert "no member" in caucus.fails("member", "delete", "0" * 36).err
    assert "no workplace" in caucus.fails("member", "add", "--first", "B", "--workplace",
                                          "Nowhere").err
    assert "no meeting" in caucus.fails("meeting", "show", "AGM").err
    assert "no task" in caucus.fails("task", "done", "ffffffff").err


def test_usage_errors_exit_2_with_one_line(caucus):
    assert "--limit" in caucus.fails("member", "list", "--limit", "0", code=2).err
    assert "invalid choice" in caucus.fails("member", "list", "--status", "x", code=2).err
    caucus.fails("member", code=2)
    caucus.fails("frobnicate", code=2)
    caucus.fails("note", "add", "--text", "hello", code=2)  # no --member
    assert "--bogus" in caucus.fails("member", "list", "--bogus", code=2).err


def test_no_passphrase_and_no_terminal(caucus, env):
    env.delenv("CAUCUS_PASSPHRASE")
    assert "CAUCUS_PASSPHRASE" in caucus.fails("member", "list", code=2).err


def test_erase_needs_yes_without_a_terminal_and_confirmation_with_one(caucus, env, vault_path):
    member = add_member(caucus, "--first", "Ana")
    assert "--yes" in caucus.fails("member", "erase", member, code=2).err
    env.setattr(sys, "stdin", FakeTty("n\n"))
    declined = caucus("member", "erase", member)
    assert declined.code == 1 and "This cannot be undone" in declined.err
    assert declined.err.endswith("caucus: Nothing was erased.\n")
    with api(vault_path) as branch:
        assert branch.get_member(member).first_name == "Ana"
    env.setattr(sys, "stdin", FakeTty("yes\n"))
    caucus.ok("member", "erase", member)
    with api(vault_path) as branch, pytest.raises(UnknownId):
        branch.get_member(member)


def test_help_lists_the_commands(run):
    result = run("--help", vault=False)
    assert result.code == 0
    for command in ("init", "member", "changes", "vault", "demo", "state-hash"):
        assert command in result.out


def test_output_never_carries_the_passphrase_or_device_key(caucus, vault_path):
    member = add_member(caucus, "--first", "Ana")
    with api(vault_path) as branch:
        key = branch.replica.secret("device_signing_key").hex()
    for argv in (["vault", "info"], ["vault", "info", "--json"], ["changes", "list", "--json"],
                 ["member", "history", member, "--json"], ["state-hash"]):
        result = caucus.ok(*argv)
        for secret in (PASSPHRASE, key):
            assert secret not in result.out and secret not in result.err


# -- demo ---------------------------------------------------------------------------------
def test_demo_creates_a_verifiable_branch(run, vault_path):
    result = run.ok("demo", "--members", "25", "--seed", "3", "--kdf", "interactive")
    assert "25 members" in result.out
    with api(vault_path) as branch:
        assert branch.count_members() == 25
        assert branch.replica.verify_all()[1] == []
    assert "already exists" in run.fails("demo", "--members", "5", "--kdf", "interactive").err


@pytest.mark.parametrize("count", ["0", "50001", "many"])
def test_demo_size_must_be_1_to_50000(run, vault_path, count):
    result = run.fails("demo", "--members", count, code=2)
    assert "--members" in result.err
    assert not vault_path.exists()


# -- real subprocesses --------------------------------------------------------------------
def caucus_process(*argv: str, passphrase: str | None = PASSPHRASE) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in CAUCUS_ENV}
    if passphrase is not None:
        env["CAUCUS_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "sync.cli", *argv], cwd=ROOT, env=env, capture_output=True,
        text=True, stdin=subprocess.DEVNULL, timeout=120,
    )


def test_subprocess_session(tmp_path):
    vault = str(tmp_path / "branch.caucus")
    done = caucus_process("init", "--vault", vault, "--branch", "Depot Branch", "--device",
                          "Laptop", "--kdf", "interactive")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("branch ")
    added = caucus_process("--vault", vault, "member", "add", "--first", "Ana", "--last",
                           "Lopez", "--email", "ana@example.org")
    assert added.returncode == 0 and UUID.match(added.stdout.strip())
    listed = caucus_process("member", "list", "--vault", vault, "--json")
    assert [m["id"] for m in json.loads(listed.stdout)] == [added.stdout.strip()]
    assert listed.stderr.strip() == "1 member"
    verified = caucus_process("--vault", vault, "changes", "verify")
    assert verified.returncode == 0
    assert re.fullmatch(r"Verified (\d+) of \1 change sets\.\n", verified.stdout)

    no = flip_stored_byte(Path(vault), "sig", 0)
    tampered = caucus_process("--vault", vault, "changes", "verify")
    assert tampered.returncode == 1
    assert f"change set #{no} " in tampered.stderr and "Traceback" not in tampered.stderr


@pytest.mark.parametrize(("argv", "passphrase", "code", "message"), [
    (["member", "list"], "a wrong passphrase", 1, "The passphrase is wrong"),
    (["member", "list"], None, 2, "No passphrase"),
    (["member", "add", "--first", "X", "--email", "x@"], PASSPHRASE, 1, "email"),
    (["member", "show", "0123456789"], PASSPHRASE, 1, "no member"),
    (["member", "list", "--limit", "-3"], PASSPHRASE, 2, "--limit"),
])
def test_subprocess_errors_are_one_line(tmp_path, argv, passphrase, code, message):
    vault = str(tmp_path / "branch.caucus")
    assert caucus_process("init", "--vault", vault, "--branch", "B", "--device", "D",
                          "--kdf", "interactive").returncode == 0
    done = caucus_process("--vault", vault, *argv, passphrase=passphrase)
    assert done.returncode == code
    assert_one_error_line(done.stderr)
    assert message in done.stderr
    assert done.stdout == ""


def test_subprocess_missing_vault(tmp_path):
    done = caucus_process("--vault", str(tmp_path / "none.caucus"), "vault", "info")
    assert done.returncode == 1
    assert_one_error_line(done.stderr)
    assert "There is no vault" in done.stderr


@pytest.mark.parametrize("argv", [[], ["--vault", "x.caucus", "--kdf-profile", "sensitive"]])
def test_no_command_without_the_desktop_app_is_a_clear_error(argv):
    code = ("import sys; sys.modules['desktop.app'] = None; "
            f"from sync.cli import main; sys.exit(main({argv!r}))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1
    assert_one_error_line(done.stderr)
    assert "desktop app is not part of this installation" in done.stderr


def test_no_command_starts_the_desktop_app(tmp_path):
    """``caucus`` alone runs the window until closed: it must still be up after a while."""
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in CAUCUS_ENV}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "c"),
               XDG_DATA_HOME=str(home / "d"), XDG_CACHE_HOME=str(home / "k"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "sync.cli", "--vault", str(tmp_path / "new.caucus")], cwd=ROOT,
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )
    try:
        proc.wait(timeout=8)
    except subprocess.TimeoutExpired:
        pass  # still running: the app is up and waiting for the user
    else:
        pytest.fail(f"the desktop app exited at once ({proc.returncode}): {proc.stderr.read()}")
    finally:
        proc.kill()
        proc.communicate()


def test_workplace_and_campaign_edit_and_task_assignment(caucus, vault_path):
    depot = caucus.ok("workplace", "add", "Depot").out.strip()
    caucus.ok("workplace", "edit", "Depot", "--address", "1 Bus Lane", "--sector", "transport")
    campaign = caucus.ok("campaign", "add", "Pay rise").out.strip()
    caucus.ok("campaign", "edit", "Pay rise", "--status", "won", "--ends", "2031-06-30")
    task = caucus.ok("task", "add", "Call Ana", "--assignee", "Sam").out.strip()
    other = caucus.ok("task", "add", "Book the hall").out.strip()
    mine = caucus.ok("task", "list", "--assignee", " sam ", "--json").json()
    assert [t["id"] for t in mine] == [task]
    caucus.ok("task", "assign", other, "Sam")
    caucus.ok("task", "assign", task, "")
    with api(vault_path) as branch:
        workplace = branch.get_workplace(depot)
        assert (workplace.address, workplace.sector) == ("1 Bus Lane", "transport")
        found = {c.id: c for c in branch.list_campaigns()}[campaign]
        assert (found.status, found.ends_on) == ("won", "2031-06-30")
        assert [t.id for t in branch.list_tasks(assignee="Sam")] == [other]
        assert {t.id: t.assignee for t in branch.list_tasks()}[task] is None


# -- the branch's country ---------------------------------------------------------------------
def test_a_german_branch_reads_and_shows_german_numbers(run):
    """``init --country DE``: a local number typed as Germans write it is read, stored as
    E.164 and shown in national format; ``branch set`` moves the branch to Britain, and
    the same number is then shown as an international one."""
    run.ok("init", "--branch", "Betriebsrat Nord", "--device", "Laptop", "--country", "DE",
           "--kdf", "interactive")
    assert run.ok("branch", "show", "--json").json() == {
        "name": "Betriebsrat Nord", "country": "DE", "currency": "EUR",
        "point_ratio": 10}  # one point person per 10 people: the organising default
    member = add_member(run, "--first", "Jana", "--last", "Krüger", "--phone", "030 7654321")
    assert run.ok("member", "show", member, "--json").json()["phones"] == ["+49307654321"]
    assert "030 7654321" in run.ok("member", "list").out
    assert "030 7654321" in run.ok("member", "show", member).out
    run.ok("branch", "set", "--country", "GB", "--currency", "GBP")
    assert run.ok("branch", "show", "--json").json()["country"] == "GB"
    assert "+49 30 7654321" in run.ok("member", "list").out
    run.fails("branch", "set", "--country", "XX")  # not a country: one clear line
    run.fails("branch", "set", code=2)  # nothing to set
