"""The encrypted vault (ARCHITECTURE §2), tested on real SQLCipher files.

Nothing readable reaches the disk; a wrong passphrase, a damaged file or a damaged
sidecar is a clear error that leaves every byte as it was; a passphrase change survives
a crash at any point; backups, locking and the key-derivation profiles do what they say.
No code of ours is mocked: crashes are real processes killed at the chosen moment.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import nacl.pwhash
import platformdirs
import pytest

from sync.errors import (
    CaucusError,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
)
from sync.records import Branch, MemberQuery
from sync.replica import Replica
from sync.store import schema
from sync.store.vault import KDF_PROFILES, Vault, default_vault_path, sidecar_path
from sync.trust import create_branch

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a brand new passphrase, longer"
PAGE = 4096  # SQLCipher 4 page size
REPO = Path(__file__).resolve().parent.parent

# 20 people whose details must never appear on disk in any readable form.
PLANTED = [
    ("Zebedee", "Quarrington", "zebedee.quarrington@harbourworks.example", "07911 123401"),
    ("Philippa", "Vandersloot", "pvandersloot@harbourworks.example", "07911 123402"),
    ("Siobhán", "Ní Bhriain", "siobhan.nibhriain@ceardchumann.example", "07911 123403"),
    ("Tomasz", "Wiśniewski", "t.wisniewski@depotunion.example", "07911 123404"),
    ("Oluwaseun", "Adebayo-Marsh", "seun.adebayomarsh@depotunion.example", "07911 123405"),
    ("Gwendolyn", "Featherstonehaugh", "gwen.fsh@northside.example", "07911 123406"),
    ("Bartholomew", "Okonkwo", "bart.okonkwo@northside.example", "07911 123407"),
    ("Henrietta", "Castellanos", "hcastellanos@ward-seven.example", "07911 123408"),
    ("Ignatius", "Pemberton", "ignatius.pemberton@ward-seven.example", "07911 123409"),
    ("Marisol", "Trevelyan", "marisol.trevelyan@laundry.example", "07911 123410"),
    ("Cornelius", "Ashworth", "cornelius.ashworth@laundry.example", "07911 123411"),
    ("Dagmar", "Lindqvist", "dagmar.lindqvist@busgarage.example", "07911 123412"),
    ("Evangeline", "Moriarty", "evangeline.moriarty@busgarage.example", "07911 123413"),
    ("Fitzgerald", "Nakashima", "fitz.nakashima@callcentre.example", "07911 123414"),
    ("Ximena", "Quispe", "ximena.quispe@callcentre.example", "07911 123415"),
    ("Leopold", "Szczepanski", "leopold.szczepanski@warehouse.example", "07911 123416"),
    # no planted value shorter than six letters: a 4-byte needle turns up by chance in a
    # few MB of ciphertext about once in a few hundred runs (it did, as "Umeh")
    ("Rosalind", "Umeadi", "rosalind.umeadi@warehouse.example", "07911 123417"),
    ("Augustin", "Delacroix", "augustin.delacroix@hospital.example", "07911 123418"),
    ("Yevgenia", "Kowalczyk", "yevgenia.kowalczyk@hospital.example", "07911 123419"),
    ("Cosimo", "Brightwater", "cosimo.brightwater@school.example", "07911 123420"),
]


def planted_strings() -> list[str]:
    """Every planted value in the forms the app stores or indexes."""
    out: list[str] = []
    for i, (first, last, email, phone) in enumerate(PLANTED):
        digits = "".join(ch for ch in phone if ch.isdigit())
        out += [
            first, last, f"{first} {last}", email, email.split("@")[0],
            "+44" + digits[1:], "44" + digits[1:], digits,
            f"Harassment by supervisor {last} case {i:02d}",
        ]
    return out


def variants(text: str) -> set[bytes]:
    """The byte forms a leak could take: UTF-8 / UTF-16 (both orders) x case."""
    forms = {text, text.lower(), text.upper(), text.title(), text.casefold()}
    return {f.encode(enc) for f in forms for enc in ("utf-8", "utf-16-le", "utf-16-be")}


NEEDLES = {form: text for text in planted_strings() for form in variants(text)}


def scan_folder(folder: Path) -> list[tuple[str, str]]:
    """(file, planted text) for each planted value found in any file under ``folder``."""
    hits = []
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = file.read_bytes()
        for form, text in NEEDLES.items():
            if form in data:
                hits.append((file.name, text))
    return sorted(set(hits))


def plant(branch: Branch) -> None:
    workplace = branch.add_workplace("Harbour Works Depot", address="1 Quay Street")
    meeting = branch.add_meeting("Branch AGM", date="2024-05-01", quorum=3)
    for i, (first, last, email, phone) in enumerate(PLANTED):
        member = branch.add_member(
            first_name=first, last_name=last, emails=[email], phones=[phone],
            workplace_id=workplace, address=f"{i} {last} Terrace", tags=["steward"],
        )
        branch.add_note(f"Harassment by supervisor {last} case {i:02d}", member,
                        follow_up_on="2030-01-01")
        branch.set_attendance(meeting, member, "attended")


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def pending(path: Path) -> Path:
    return path.with_name(path.name + ".sidecar.pending")


def listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()
            if p.is_file()}


def new_branch(path: Path, profile: str = "interactive") -> tuple[Vault, Branch]:
    vault = Vault.create(path, PASSPHRASE, profile)
    return vault, Branch(vault, create_branch(vault, "Northside Branch", "Secretary laptop"))


def clone(src: Path, dest_dir: Path) -> Path:
    """Copy a locked vault and its sidecar into ``dest_dir``; return the new vault path."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest_dir / src.name)
    shutil.copy2(sidecar_path(src), sidecar_path(dest_dir / src.name))
    return dest_dir / src.name


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A small locked vault (a branch, a few members), copied by tests that change it."""
    path = tmp_path_factory.mktemp("template") / "branch.caucus"
    vault, branch = new_branch(path)
    for first, last, email, phone in PLANTED[:5]:
        branch.add_member(first_name=first, last_name=last, emails=[email], phones=[phone])
    vault.lock()
    return path


def state(path: Path, passphrase: str = PASSPHRASE) -> tuple[str, list[dict]]:
    """The replicated state hash and every member, read through a fresh open."""
    with Vault.open(path, passphrase) as vault:
        branch = Branch(vault)
        count, failures = branch.replica.verify_all()
        assert failures == []
        assert vault.integrity_check() == []
        members = [branch.get_member(i).to_dict() for i in branch.member_ids()]
        return branch.replica.state_hash(), members


# -- 1. nothing readable on disk ---------------------------------------------------------
def test_scanner_finds_plaintext_in_any_encoding(tmp_path):
    """Control: the leak scanner does find planted values, in UTF-8, UTF-16 and any case."""
    plain = sqlite3.connect(tmp_path / "plain.db")
    plain.execute("CREATE TABLE t (name TEXT)")
    plain.execute("INSERT INTO t VALUES (?)", ("Zebedee Quarrington",))
    plain.commit()
    plain.close()
    wide = sqlite3.connect(tmp_path / "wide.db")
    wide.execute("PRAGMA encoding = 'UTF-16le'")
    wide.execute("CREATE TABLE t (email TEXT)")
    wide.execute("INSERT INTO t VALUES (?)", ("pvandersloot@harbourworks.example",))
    wide.commit()
    wide.close()
    (tmp_path / "shout.txt").write_text("CALL SIOBHÁN NÍ BHRIAIN ON +447911123403")
    found = scan_folder(tmp_path)
    assert ("plain.db", "Zebedee Quarrington") in found
    assert ("wide.db", "pvandersloot@harbourworks.example") in found
    assert ("shout.txt", "Siobhán Ní Bhriain") in found
    assert ("shout.txt", "+447911123403") in found


def test_no_plaintext_on_disk_while_open_and_after_lock(tmp_path):
    path = tmp_path / "branch.caucus"
    vault, branch = new_branch(path)
    plant(branch)
    # The data really is in the vault (so a clean scan means something) ...
    for first, last, email, phone in PLANTED:
        for query in (f"{first} {last}", email, phone.replace(" ", "")[1:]):
            assert branch.count_members(MemberQuery(search=query)) == 1, query
    # ... and still in the write-ahead log, not yet checkpointed into the main file.
    assert wal(path).exists() and wal(path).stat().st_size > 0
    assert scan_folder(tmp_path) == []
    assert listing(tmp_path) <= {path.name, sidecar_path(path).name, wal(path).name,
                                 path.name + "-shm"}
    vault.lock()
    assert listing(tmp_path) == {path.name, sidecar_path(path).name}
    assert scan_folder(tmp_path) == []


def test_no_plaintext_after_reopen_edit_backup_and_rekey(tmp_path):
    path = tmp_path / "vault" / "branch.caucus"
    vault, branch = new_branch(path)
    plant(branch)
    vault.lock()
    vault = Vault.open(path, PASSPHRASE)
    branch = Branch(vault)
    for member_id in branch.member_ids():
        branch.update_member(member_id, job_title="Senior Quarrington Liaison")
    vault.backup(tmp_path / "vault" / "backup.caucus")
    vault.change_passphrase(NEW_PASSPHRASE)
    assert scan_folder(tmp_path) == []
    vault.lock()
    assert scan_folder(tmp_path) == []


def test_vault_file_is_not_a_plain_sqlite_database(tmp_path):
    path = tmp_path / "branch.caucus"
    vault, branch = new_branch(path)
    plant(branch)
    for _ in range(2):  # while open (data in the WAL), then after lock
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3")
        plain = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            with pytest.raises(sqlite3.DatabaseError):
                plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            plain.close()
        assert path.read_bytes() == data
        vault.lock()
    assert Vault.open(path, PASSPHRASE).is_open


# -- 2. wrong passphrase -----------------------------------------------------------------
@pytest.mark.parametrize("wrong", [
    "correct horse battery stapl",
    "Correct horse battery staple",
    "correct horse battery staple ",
    "",
    "ç" * 300,
])
def test_wrong_passphrase_is_clear_and_touches_nothing(template, tmp_path, wrong):
    path = clone(template, tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(path, wrong)
    message = str(caught.value)
    assert "passphrase" in message.lower()
    if wrong:
        assert wrong not in message
    assert snapshot(tmp_path) == before  # same files, bytes and mtimes: no -wal, no -shm
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.is_open


# -- 3. damaged or foreign files ---------------------------------------------------------
@pytest.fixture(scope="module")
def big_vault(tmp_path_factory) -> dict:
    """A locked vault with 300 members (tags, consents, notes): about 200 pages."""
    path = tmp_path_factory.mktemp("big") / "branch.caucus"
    vault, branch = new_branch(path)
    workplaces = [branch.add_workplace(f"Site {n}") for n in range(3)]
    for i in range(300):
        member = branch.add_member(
            first_name=f"Member{i:03d}", last_name=f"Surname{i:03d}",
            emails=[f"member{i:03d}@example.org"], address=f"{i} Long Road " + "x" * 150,
            workplace_id=workplaces[i % 3], tags=["steward"] if i % 7 == 0 else [],
        )
        if i % 5 == 0:
            branch.add_consent(member, "email", True, "2024-01-01")
        if i % 10 == 0:
            branch.add_note(f"Spoke about the pay claim, visit {i}", member)
    roots = vault.conn.execute(
        "SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0 ORDER BY rootpage"
    ).fetchall()
    vault.lock()
    data = path.read_bytes()
    return {"path": path, "data": data, "pages": len(data) // PAGE, "roots": dict(roots),
            "sidecar": sidecar_path(path).read_bytes()}


def read_everything(path: Path) -> tuple[str, BaseException | None, list[str]]:
    """Open and read what the member list and member pages read.

    Returns the stage reached, the exception raised there (if any) and, when every read
    worked, what the full integrity check finds.
    """
    stage = "open"
    vault = None
    try:
        vault = Vault.open(path, PASSPHRASE)
        stage = "Branch()"
        branch = Branch(vault)
        stage = "list_members"
        rows = branch.list_members()
        stage = "get_member"
        for row in rows:
            branch.get_member(row.id)
        stage = "search"
        branch.count_members(MemberQuery(search="Member01"))
        branch.count_members(MemberQuery(search="pay claim"))
        stage = "list_workplaces"
        branch.list_workplaces()
        stage = "list_notes"
        branch.list_notes()
        stage = "integrity_check"
        return "read", None, vault.integrity_check()
    except Exception as exc:  # noqa: BLE001 - the test classifies every exception
        return stage, exc, []
    finally:
        if vault is not None and vault.is_open:
            vault.lock()


def damaged_copy(big: dict, folder: Path, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "branch.caucus"
    path.write_bytes(data)
    sidecar_path(path).write_bytes(big["sidecar"])
    return path


def flip(data: bytes, pos: int, mask: int = 0x01) -> bytes:
    out = bytearray(data)
    out[pos] ^= mask
    return bytes(out)


def assert_corrupt_and_untouched(path: Path, data: bytes, result) -> None:
    stage, exc, _problems = result
    assert isinstance(exc, VaultCorrupt), f"{stage}: {type(exc).__module__}.{exc!r}"
    assert "damaged" in str(exc) or "not a Caucus vault" in str(exc)
    assert path.read_bytes() == data
    assert listing(path.parent) == {path.name, sidecar_path(path).name}


@pytest.mark.parametrize("where", [
    "empty", "mid-first-page", "one-page", "two-pages", "half", "half-plus-bytes",
    "all-but-one-page", "all-but-one-byte",
])
def test_truncated_vault_is_corrupt_and_untouched(big_vault, tmp_path, where):
    n = big_vault["pages"]
    size = {
        "empty": 0, "mid-first-page": PAGE // 2, "one-page": PAGE, "two-pages": 2 * PAGE,
        "half": n // 2 * PAGE, "half-plus-bytes": n // 2 * PAGE + 1000,
        "all-but-one-page": (n - 1) * PAGE, "all-but-one-byte": n * PAGE - 1,
    }[where]
    data = big_vault["data"][:size]
    path = damaged_copy(big_vault, tmp_path, data)
    assert_corrupt_and_untouched(path, data, read_everything(path))


@pytest.mark.parametrize("offset", [0, 8, 15, 16, 20, 100, 1000, 2048, PAGE - 80, PAGE - 1])
def test_flip_in_first_page_fails_at_open(big_vault, tmp_path, offset):
    data = flip(big_vault["data"], offset)
    path = damaged_copy(big_vault, tmp_path, data)
    result = read_everything(path)
    assert result[0] == "open"
    assert_corrupt_and_untouched(path, data, result)


# Tables and indexes the member list, a member's page and search read: damage in any
# of them must surface from the records API as VaultCorrupt (at open or at that read).
READ_BY_THE_APP = [
    "meta", "author", "member", "sqlite_autoindex_member_1", "member_name", "member_tag",
    "member_tag_member", "consent", "consent_member", "workplace", "member_fts_data",
    "member_fts_idx", "member_fts_config", "note_fts_data", "note_fts_config",
]


@pytest.mark.parametrize("table", READ_BY_THE_APP)
def test_damaged_table_surfaces_as_vault_corrupt(big_vault, tmp_path, table):
    root = big_vault["roots"][table]
    data = flip(big_vault["data"], (root - 1) * PAGE + 1500)
    path = damaged_copy(big_vault, tmp_path, data)
    stage, exc, _ = read_everything(path)
    assert exc is not None, f"damage in {table} (page {root}) went unnoticed by every read"
    assert_corrupt_and_untouched(path, data, (stage, exc, _))


@pytest.mark.slow
def test_flips_across_the_file_are_caught_and_only_as_vault_corrupt(big_vault, tmp_path):
    """Flip one byte in each table's root page and in a spread of other pages.

    Every failure anywhere (open, Branch, reads) must be VaultCorrupt; what no read
    touches the integrity check must find; the damaged file is never changed.
    """
    rng = random.Random(20240501)
    n = big_vault["pages"]
    names = {page: name for name, page in big_vault["roots"].items()}
    covered = {big_vault["roots"][table] for table in READ_BY_THE_APP}
    pages = sorted((set(names) - covered) | set(rng.sample(range(2, n + 1), 8)))
    wrong_type, unnoticed, later = [], [], []
    for number, page in enumerate(pages):
        pos = (page - 1) * PAGE + rng.randrange(PAGE)
        data = flip(big_vault["data"], pos, 1 << rng.randrange(8))
        path = damaged_copy(big_vault, tmp_path / str(number), data)
        stage, exc, problems = read_everything(path)
        label = f"page {page} ({names.get(page, 'data')}) at {stage}"
        if exc is not None and not isinstance(exc, VaultCorrupt):
            wrong_type.append(f"{label}: {type(exc).__module__}.{type(exc).__name__}: {exc}")
        elif exc is None and not problems:
            unnoticed.append(label)
        if isinstance(exc, VaultCorrupt) and stage != "open":
            later.append(label)
        assert path.read_bytes() == data, label
        assert listing(path.parent) == {path.name, sidecar_path(path).name}, label
    assert wrong_type == [], "raw exceptions escaped:\n" + "\n".join(wrong_type)
    assert unnoticed == [], "damage nobody noticed:\n" + "\n".join(unnoticed)
    assert later, "no damage was found only after open: the later-read path went untested"


def test_missing_sidecar_is_clear(template, tmp_path):
    path = clone(template, tmp_path)
    sidecar_path(path).unlink()
    data = path.read_bytes()
    with pytest.raises(VaultCorrupt, match="sidecar"):
        Vault.open(path, PASSPHRASE)
    assert path.read_bytes() == data
    assert listing(tmp_path) == {path.name}


GARBAGE_SIDECARS: dict[str, Callable[[dict], bytes]] = {
    "random-bytes": lambda doc: os.urandom(300),
    "empty": lambda doc: b"",
    "truncated-json": lambda doc: json.dumps(doc).encode()[:60],
    "json-list": lambda doc: b"[1, 2, 3]",
    "wrong-format": lambda doc: json.dumps({**doc, "format": "something-else"}).encode(),
    "no-kdf": lambda doc: json.dumps({k: v for k, v in doc.items() if k != "kdf"}).encode(),
    "short-salt": lambda doc: json.dumps(
        {**doc, "kdf": {**doc["kdf"], "salt": "abcd"}}).encode(),
    "salt-not-hex": lambda doc: json.dumps(
        {**doc, "kdf": {**doc["kdf"], "salt": "zz" * 16}}).encode(),
    "memlimit-zero": lambda doc: json.dumps(
        {**doc, "kdf": {**doc["kdf"], "memlimit": 0}}).encode(),
    "opslimit-text": lambda doc: json.dumps(
        {**doc, "kdf": {**doc["kdf"], "opslimit": "lots"}}).encode(),
    "unknown-alg": lambda doc: json.dumps({**doc, "kdf": {**doc["kdf"], "alg": "md5"}}).encode(),
    "key-check-not-hex": lambda doc: json.dumps({**doc, "key_check": "nothex"}).encode(),
    "future-version": lambda doc: json.dumps({**doc, "version": 99}).encode(),
    "deep-nesting": lambda doc: b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize("kind", list(GARBAGE_SIDECARS))
def test_damaged_sidecar_is_clear_and_touches_nothing(template, tmp_path, kind):
    path = clone(template, tmp_path)
    doc = json.loads(sidecar_path(path).read_bytes())
    sidecar_path(path).write_bytes(GARBAGE_SIDECARS[kind](doc))
    before = snapshot(tmp_path)
    with pytest.raises(VaultCorrupt) as caught:
        Vault.open(path, PASSPHRASE)
    text = str(caught.value)
    assert "sidecar" in text or "version" in text or "key settings" in text
    assert snapshot(tmp_path) == before


def test_damaged_sidecar_and_damaged_pending_sidecar_is_corrupt(template, tmp_path):
    path = clone(template, tmp_path)
    sidecar_path(path).write_bytes(b"{not json")
    pending(path).write_bytes(b"{not json either")
    before = snapshot(tmp_path)
    with pytest.raises(VaultCorrupt):
        Vault.open(path, PASSPHRASE)
    assert snapshot(tmp_path) == before


def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.commit()
    conn.close()


NOT_VAULTS: dict[str, Callable[[Path], None]] = {
    "random-pages": lambda p: p.write_bytes(os.urandom(3 * PAGE)),
    "random-odd-size": lambda p: p.write_bytes(os.urandom(5000)),
    "plain-sqlite": _plain_sqlite,
    "text-file": lambda p: p.write_text("Minutes of the branch meeting\n" * 500),
    "sqlite-header-then-noise": lambda p: p.write_bytes(
        b"SQLite format 3\x00" + os.urandom(2 * PAGE - 16)),
}


@pytest.mark.parametrize("kind", list(NOT_VAULTS))
@pytest.mark.parametrize("with_sidecar", [True, False], ids=["sidecar", "no-sidecar"])
def test_file_that_is_not_a_vault_is_corrupt_and_untouched(template, tmp_path, kind,
                                                           with_sidecar):
    path = tmp_path / "branch.caucus"
    NOT_VAULTS[kind](path)
    if with_sidecar:  # a genuine sidecar, so the passphrase check passes
        shutil.copy2(sidecar_path(template), sidecar_path(path))
    before = snapshot(tmp_path)
    with pytest.raises(VaultCorrupt) as caught:
        Vault.open(path, PASSPHRASE)
    assert str(caught.value)
    assert snapshot(tmp_path) == before


def test_missing_vault_is_vault_missing(template, tmp_path):
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "nowhere.caucus", PASSPHRASE)
    shutil.copy2(sidecar_path(template), sidecar_path(tmp_path / "branch.caucus"))
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "branch.caucus", PASSPHRASE)
    assert listing(tmp_path) == {"branch.caucus.sidecar"}


def test_folder_in_place_of_vault_is_corrupt(tmp_path):
    (tmp_path / "branch.caucus").mkdir()
    with pytest.raises(VaultCorrupt):
        Vault.open(tmp_path / "branch.caucus", PASSPHRASE)


@pytest.mark.parametrize("existing", ["vault", "sidecar-only", "unrelated-file"])
def test_create_never_overwrites(template, tmp_path, existing):
    path = tmp_path / "branch.caucus"
    if existing == "vault":
        path = clone(template, tmp_path)
    elif existing == "sidecar-only":
        shutil.copy2(sidecar_path(template), sidecar_path(path))
    else:
        path.write_text("my thesis, final version")
    before = snapshot(tmp_path)
    with pytest.raises(VaultExists):
        Vault.create(path, PASSPHRASE, "interactive")
    assert snapshot(tmp_path) == before
    if existing == "vault":
        assert state(path)[1]


def test_create_refuses_weak_passphrase_and_unknown_profile(tmp_path):
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "a.caucus", "short", "interactive")
    with pytest.raises(CaucusError, match="profile"):
        Vault.create(tmp_path / "b.caucus", PASSPHRASE, "paranoid")
    assert listing(tmp_path) == set()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_vault_files_are_private_to_the_owner(tmp_path):
    path = tmp_path / "branch.caucus"
    vault, branch = new_branch(path)
    branch.add_member(first_name="Ana", last_name="Lopez")
    modes = {p.name: p.stat().st_mode & 0o777 for p in tmp_path.iterdir()}
    assert wal(path).name in modes
    backup = vault.backup(tmp_path / "copy.caucus")
    modes |= {p.name: p.stat().st_mode & 0o777 for p in (backup, sidecar_path(backup))}
    assert {name: mode for name, mode in modes.items() if mode != 0o600} == {}
    vault.lock()


# -- 4. passphrase change, crashes, backup, lock, profiles --------------------------------
def test_change_passphrase(template, tmp_path):
    path = clone(template, tmp_path)
    expected = state(path)
    with Vault.open(path, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)
        assert listing(tmp_path) - {path.name + "-wal", path.name + "-shm"} == {
            path.name, sidecar_path(path).name}
        Branch(vault).add_member(first_name="After", last_name="Rekey")
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)
    _hash, members = state(path, NEW_PASSPHRASE)
    names = [m["last_name"] for m in members]
    assert "Rekey" in names and len(members) == len(expected[1]) + 1
    assert all(m in members for m in expected[1])
    assert listing(tmp_path) == {path.name, sidecar_path(path).name}


def test_change_passphrase_keeps_state_hash(template, tmp_path):
    path = clone(template, tmp_path)
    expected = state(path)
    with Vault.open(path, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)
    assert state(path, NEW_PASSPHRASE) == expected


def test_change_passphrase_refuses_weak_and_changes_nothing(template, tmp_path):
    path = clone(template, tmp_path)
    with Vault.open(path, PASSPHRASE) as vault:
        side = sidecar_path(path).read_bytes()
        with pytest.raises(WeakPassphrase):
            vault.change_passphrase("tiny")
        assert sidecar_path(path).read_bytes() == side
        assert not pending(path).exists()
    assert state(path)[1]


def test_change_passphrase_of_locked_vault_writes_nothing(template, tmp_path):
    path = clone(template, tmp_path)
    vault = Vault.open(path, PASSPHRASE)
    vault.lock()
    before = snapshot(tmp_path)
    with pytest.raises(VaultLocked):
        vault.change_passphrase(NEW_PASSPHRASE)
    assert snapshot(tmp_path) == before
    with pytest.raises(WrongPassphrase):
        Vault.open(path, NEW_PASSPHRASE)


# A real process that changes the passphrase and dies (os._exit: no cleanup, no
# finally blocks) at one point of the protocol.
CRASH_CHILD = textwrap.dedent("""
    import os, sys
    from sync.store.vault import Vault

    path, old, new, point = sys.argv[1:5]
    vault = Vault.open(path, old)
    real_replace = os.replace

    def replace(src, dst):
        if point == "after-pending-written" and str(dst).endswith(".sidecar.pending"):
            real_replace(src, dst)
            os._exit(17)
        if point == "after-checkpoint-before-rename" and str(src).endswith(".pending"):
            os._exit(17)
        return real_replace(src, dst)

    def trace(sql):
        if point == "after-rekey-before-checkpoint" and "wal_checkpoint" in sql:
            os._exit(17)

    os.replace = replace
    vault.conn.set_trace_callback(trace)
    vault.change_passphrase(new)
    os._exit(0)
""")

CRASH_POINTS = {
    # crash point: (passphrase the database is under afterwards, the other one)
    "after-pending-written": (PASSPHRASE, NEW_PASSPHRASE),
    "after-rekey-before-checkpoint": (NEW_PASSPHRASE, PASSPHRASE),
    "after-checkpoint-before-rename": (NEW_PASSPHRASE, PASSPHRASE),
}


@pytest.mark.parametrize("point", list(CRASH_POINTS))
def test_crash_during_passphrase_change_leaves_an_openable_vault(template, tmp_path, point):
    path = clone(template, tmp_path / "crashed")
    expected = state(path)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", CRASH_CHILD, str(path), PASSPHRASE, NEW_PASSPHRASE, point],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 17, f"the crash point was not reached: {done.stderr}"
    assert pending(path).exists() and sidecar_path(path).exists()
    if point == "after-rekey-before-checkpoint":
        assert wal(path).stat().st_size > 0  # the rekey sits in the WAL only
    right, wrong = CRASH_POINTS[point]
    for attempt, order in enumerate([(wrong, right), (right, wrong)]):
        work = tmp_path / f"attempt-{attempt}"
        shutil.copytree(path.parent, work)
        copy = work / path.name
        for passphrase in order:
            if passphrase == wrong:
                with pytest.raises(WrongPassphrase):
                    Vault.open(copy, passphrase)
            else:
                assert state(copy, passphrase) == expected
                assert listing(work) == {copy.name, sidecar_path(copy).name}
        # settled: the right passphrase keeps working, the other keeps failing
        assert state(copy, right) == expected
        with pytest.raises(WrongPassphrase):
            Vault.open(copy, wrong)


def test_leftover_garbage_pending_sidecar_is_ignored_and_removed(template, tmp_path):
    path = clone(template, tmp_path)
    pending(path).write_bytes(b"half-written")
    assert state(path)[1]
    assert listing(tmp_path) == {path.name, sidecar_path(path).name}


def test_stale_pending_sidecar_from_a_change_that_never_ran(template, tmp_path):
    """A pending sidecar written by hand (a change that died before the rekey)."""
    path = clone(template, tmp_path / "vault")
    elsewhere = clone(template, tmp_path / "elsewhere")
    with Vault.open(elsewhere, PASSPHRASE) as other:
        other.change_passphrase(NEW_PASSPHRASE)
    shutil.copy2(sidecar_path(elsewhere), pending(path))
    expected = state(elsewhere, NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, NEW_PASSPHRASE)
    assert pending(path).exists()
    assert state(path) == expected
    assert not pending(path).exists()


def test_backup_is_a_faithful_encrypted_copy(tmp_path):
    path = tmp_path / "live" / "branch.caucus"
    vault, branch = new_branch(path)
    plant(branch)
    branch.add_member(first_name="Unflushed", last_name="Write")  # still in the WAL
    dest = tmp_path / "usb" / "backup-2024-05-01.caucus"
    assert vault.backup(dest) == dest
    assert listing(dest.parent) == {dest.name, sidecar_path(dest).name}
    live = (branch.replica.state_hash(),
            [branch.get_member(i).to_dict() for i in branch.member_ids()])
    vault.lock()
    assert state(dest) == live
    assert scan_folder(dest.parent) == []
    with pytest.raises(WrongPassphrase):
        Vault.open(dest, NEW_PASSPHRASE)


@pytest.mark.parametrize("existing", ["vault", "sidecar-only", "unrelated-file"])
def test_backup_never_overwrites(template, tmp_path, existing):
    path = clone(template, tmp_path / "live")
    dest = tmp_path / "usb" / "backup.caucus"
    with Vault.open(path, PASSPHRASE) as vault:
        if existing == "vault":
            vault.backup(dest)
        elif existing == "sidecar-only":
            dest.parent.mkdir()
            sidecar_path(dest).write_text("{}")
        else:
            dest.parent.mkdir()
            dest.write_text("the treasurer's spreadsheet")
        before = snapshot(dest.parent)
        with pytest.raises(VaultExists):
            vault.backup(dest)
        assert snapshot(dest.parent) == before


def test_backup_after_passphrase_change_uses_the_new_passphrase(template, tmp_path):
    path = clone(template, tmp_path / "live")
    expected = state(path)
    with Vault.open(path, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)
        dest = vault.backup(tmp_path / "usb" / "b.caucus")
    with pytest.raises(WrongPassphrase):
        Vault.open(dest, PASSPHRASE)
    assert state(dest, NEW_PASSPHRASE) == expected


def test_locked_vault_refuses_use(template, tmp_path):
    path = clone(template, tmp_path)
    vault = Vault.open(path, PASSPHRASE)
    vault.lock()
    vault.lock()  # idempotent
    assert not vault.is_open
    attempts: dict[str, Callable[[], object]] = {
        "conn": lambda: vault.conn,
        "db": lambda: vault.db.table_names(),
        "cipher_version": vault.cipher_version,
        "integrity_check": vault.integrity_check,
        "backup": lambda: vault.backup(tmp_path / "b.caucus"),
        "Branch": lambda: Branch(vault),
        "Replica": lambda: Replica(vault),
    }
    for name, attempt in attempts.items():
        with pytest.raises(VaultLocked):
            attempt()
        assert not (tmp_path / "b.caucus").exists(), name
    assert listing(tmp_path) == {path.name, sidecar_path(path).name}


def test_context_manager_locks(template, tmp_path):
    path = clone(template, tmp_path)
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.is_open
    assert not vault.is_open
    with pytest.raises(VaultLocked):
        vault.conn.execute("SELECT 1")


BRANCH_CALLS: dict[str, Callable[[Branch, str], object]] = {
    "list_members": lambda b, m: b.list_members(),
    "get_member": lambda b, m: b.get_member(m),
    "count_members": lambda b, m: b.count_members(),
    "add_member": lambda b, m: b.add_member(first_name="Late", last_name="Comer"),
    "update_member": lambda b, m: b.update_member(m, job_title="Porter"),
    "member_tags": lambda b, m: b.member_tags(m),
    "list_workplaces": lambda b, m: b.list_workplaces(),
    "stats": lambda b, m: b.stats(),
}


@pytest.mark.parametrize("call", list(BRANCH_CALLS))
def test_branch_made_before_lock_raises_vault_locked(template, tmp_path, call):
    """The desktop locks on idle while views still hold a Branch: using it must say so."""
    path = clone(template, tmp_path)
    vault = Vault.open(path, PASSPHRASE)
    branch = Branch(vault)
    member = branch.member_ids()[0]
    vault.lock()
    with pytest.raises(VaultLocked):
        BRANCH_CALLS[call](branch, member)


def test_kdf_profiles_table():
    argon = nacl.pwhash.argon2id
    assert KDF_PROFILES == {
        "interactive": (argon.OPSLIMIT_INTERACTIVE, argon.MEMLIMIT_INTERACTIVE),
        "moderate": (argon.OPSLIMIT_MODERATE, argon.MEMLIMIT_MODERATE),
        "sensitive": (argon.OPSLIMIT_SENSITIVE, argon.MEMLIMIT_SENSITIVE),
    }
    assert KDF_PROFILES["sensitive"][1] == 1 << 30  # 1 GiB


@pytest.mark.parametrize("profile", ["interactive", "moderate"])
def test_profile_is_recorded_in_the_sidecar(tmp_path, profile):
    path = tmp_path / "branch.caucus"
    vault = Vault.create(path, PASSPHRASE, profile)
    assert vault.kdf_profile == profile
    vault.lock()
    doc = json.loads(sidecar_path(path).read_text())
    ops, mem = KDF_PROFILES[profile]
    assert doc["kdf"]["profile"] == profile
    assert (doc["kdf"]["opslimit"], doc["kdf"]["memlimit"]) == (ops, mem)
    assert doc["kdf"]["alg"] == "argon2id13"
    assert len(bytes.fromhex(doc["kdf"]["salt"])) == 16
    with Vault.open(path, PASSPHRASE) as again:
        assert again.kdf_profile == profile


def test_change_passphrase_can_change_profile(template, tmp_path):
    path = clone(template, tmp_path)
    with Vault.open(path, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, profile="moderate")
        assert vault.kdf_profile == "moderate"
    doc = json.loads(sidecar_path(path).read_text())
    assert doc["kdf"]["profile"] == "moderate"
    assert (doc["kdf"]["opslimit"], doc["kdf"]["memlimit"]) == KDF_PROFILES["moderate"]
    with Vault.open(path, NEW_PASSPHRASE) as vault:
        assert vault.kdf_profile == "moderate"


def test_salts_are_random(tmp_path):
    salts = set()
    for name in ("a", "b"):
        Vault.create(tmp_path / f"{name}.caucus", PASSPHRASE, "interactive").lock()
        salts.add(json.loads(sidecar_path(tmp_path / f"{name}.caucus").read_text())
                  ["kdf"]["salt"])
    assert len(salts) == 2
    assert (tmp_path / "a.caucus").read_bytes()[:16] != (tmp_path / "b.caucus").read_bytes()[:16]


def test_sidecar_holds_nothing_secret(template):
    doc = json.loads(sidecar_path(template).read_text())
    assert set(doc) == {"format", "version", "cipher", "kdf", "key_check"}
    assert set(doc["kdf"]) == {"alg", "profile", "opslimit", "memlimit", "salt"}


def test_connection_settings(tmp_path):
    path = tmp_path / "branch.caucus"
    vault, _branch = new_branch(path)
    vault.lock()
    for vault in (Vault.create(tmp_path / "new.caucus", PASSPHRASE, "interactive"),
                  Vault.open(path, PASSPHRASE)):
        conn = vault.conn
        assert vault.cipher_version().startswith("4.")
        # deliberately off: see vault._configure for the measured cost
        assert str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0]).upper() in (
            "0", "OFF")
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0
        assert conn.execute("PRAGMA cipher_page_size").fetchone()[0] in ("4096", 4096)
        default_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        vault.keep_more_pages()  # what the desktop's session asks for
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -96 * 1024 != default_cache
        assert vault.integrity_check() == []
        vault.lock()


def test_a_bulk_write_keeps_more_pages_while_it_runs_and_never_fewer(tmp_path):
    vault, _branch = new_branch(tmp_path / "branch.caucus")
    conn = vault.conn

    def cache() -> int:
        return conn.execute("PRAGMA cache_size").fetchone()[0]

    default_cache = cache()
    with vault.pages_for_bulk_writes():
        assert cache() == -32 * 1024 != default_cache
    assert cache() == default_cache
    with pytest.raises(RuntimeError), vault.pages_for_bulk_writes():
        raise RuntimeError("the import failed")
    assert cache() == default_cache
    vault.keep_more_pages()  # a desktop session's 96 MiB is not cut to 32
    with vault.pages_for_bulk_writes():
        assert cache() == -96 * 1024
    assert cache() == -96 * 1024
    vault.lock()


def test_default_path_and_sidecar_path():
    path = default_vault_path()
    assert path.parent == Path(platformdirs.user_data_dir("Caucus", appauthor=False))
    assert path.suffix == ".caucus"
    assert sidecar_path(Path("/x/y/b.caucus")) == Path("/x/y/b.caucus.sidecar")


def test_a_schema_1_vault_is_upgraded_when_opened(template, tmp_path):
    """Version 1 had a narrower workplace index and no ``note_owner``; opening upgrades
    it in place, once."""
    from sync.records import Branch, MemberQuery

    path = clone(template, tmp_path)
    vault = Vault.open(path, PASSPHRASE)
    branch = Branch(vault)
    workplace = branch.add_workplace("Depot")
    ana = branch.add_member(first_name="Ana", last_name="Silva", workplace_id=workplace,
                            assessment=4)
    branch.add_note("Asked about the asbestos survey", ana)
    conn = vault.conn
    conn.execute("DROP INDEX member_workplace")
    conn.execute("CREATE INDEX member_workplace ON member(workplace_id)")
    conn.execute("DROP INDEX note_campaign")
    conn.execute("CREATE INDEX note_campaign ON note(campaign_id)")
    conn.execute("DROP INDEX note_owner")  # (v3)
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    vault.lock()
    vault = Vault.open(path, PASSPHRASE)
    try:
        conn = vault.conn
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'"
                            ).fetchone()[0] == str(schema.SCHEMA_VERSION)
        columns = [r[2] for r in conn.execute("PRAGMA index_info(member_workplace)")]
        assert columns == ["workplace_id", "deleted", "assessment"]
        columns = [r[2] for r in conn.execute("PRAGMA index_info(note_campaign)")]
        assert columns == ["campaign_id", "deleted"]
        columns = [r[2] for r in conn.execute("PRAGMA index_info(note_owner)")]
        assert columns == ["rid", "deleted", "member_id"]
        (listed,) = Branch(vault).list_workplaces()
        assert (listed.members, listed.assessment_total) == (1, 4)
        # a search in notes goes through the new index
        assert Branch(vault).member_ids(MemberQuery(search="asbestos")) == [ana]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        vault.lock()


def test_an_upgrade_adds_the_tables_and_fields_a_later_schema_has(template, tmp_path):
    """A vault from before a table or a field existed gets them, empty, when opened;
    every value it held stays (schema.add_missing)."""
    from sync.records import Branch

    path = clone(template, tmp_path)
    vault = Vault.open(path, PASSPHRASE)
    branch = Branch(vault)
    campaign = branch.add_campaign("Rent strike")
    conn = vault.conn
    conn.execute("DROP TABLE meeting")  # as if meetings came in a later schema
    conn.execute("ALTER TABLE campaign DROP COLUMN ends_on")  # and a campaign's end date
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    vault.lock()
    vault = Vault.open(path, PASSPHRASE)
    try:
        branch = Branch(vault)
        assert [c.name for c in branch.list_campaigns()] == ["Rent strike"]
        branch.update_campaign(campaign, ends_on="2027-01-31")
        assert branch.list_meetings() == []
        branch.add_meeting("AGM", date="2027-02-01")
        assert [m.title for m in branch.list_meetings()] == ["AGM"]
        assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        vault.lock()
