"""The raw vault key is never SQL text (issue #18, finding 7).

``PRAGMA key = "x'…'"`` put the key into Python strings that cannot be wiped and into
the connection's statement cache for as long as it was open. The key is now handed to
``sqlite3_key``/``sqlite3_rekey`` in a bytearray that is wiped at once, and a backup is
attached without a KEY clause. A child process opens a vault, backs it up, changes the
passphrase and locks; at each step the test reads the child's memory (``/proc/PID/mem``)
and looks for the key's text, the hex digits SQLCipher's raw-key form is made of: it is
nowhere, old key or new, in either case. (The 32 binary key bytes are there while the
vault is open, as they must be, and PyNaCl's immutable copy of the Argon2id output is
not wiped: see :mod:`sync.store.cipher`.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import nacl.pwhash
import pytest

from sync.store.vault import Vault, sidecar_path
from sync.trust import create_branch

PASS = "correct horse battery staple"
NEW_PASS = "a different passphrase, longer"
REPO = Path(__file__).resolve().parent.parent
CHUNK = 1 << 20

CHILD = textwrap.dedent("""
    import sys
    from sync.store.vault import Vault

    path, backup, old, new = sys.argv[1:5]

    def step(name):
        print(name, flush=True)
        sys.stdin.readline()

    vault = Vault.open(path, old)
    vault.conn.execute("SELECT count(*) FROM member").fetchone()
    step("open")
    vault.backup(backup)
    vault.change_passphrase(new)
    vault.conn.execute("SELECT count(*) FROM member").fetchone()
    step("changed")
    vault.lock()
    step("locked")
""")


def key_of(path: Path, passphrase: str) -> bytes:
    """The vault key, derived here as docs/FORMATS.md says (Argon2id over the passphrase
    with the sidecar's salt and limits)."""
    kdf = json.loads(sidecar_path(path).read_text())["kdf"]
    return nacl.pwhash.argon2id.kdf(32, passphrase.encode(), bytes.fromhex(kdf["salt"]),
                                    opslimit=kdf["opslimit"], memlimit=kdf["memlimit"])


def readable_memory(pid: int) -> list[bytes]:
    """Every readable mapping of process ``pid``."""
    regions = []
    with open(f"/proc/{pid}/maps") as maps:
        for line in maps:
            fields = line.split()
            span, perms = fields[0], fields[1]
            name = fields[5] if len(fields) > 5 else ""
            if not perms.startswith("r") or name in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
                continue
            start, end = (int(x, 16) for x in span.split("-"))
            regions.append((start, end))
    out = []
    try:
        mem = open(f"/proc/{pid}/mem", "rb", buffering=0)  # noqa: SIM115
    except OSError as exc:
        pytest.fail(f"This test reads the child's memory through /proc/{pid}/mem and "
                    f"cannot (it needs root or ptrace rights, as CI has): {exc}")
    with mem:
        for start, end in regions:
            for at in range(start, end, CHUNK):
                try:
                    mem.seek(at)
                    out.append(mem.read(min(CHUNK, end - at)))
                except OSError:  # a mapping without backing pages, or guard pages
                    break
    assert out, f"nothing of process {pid} could be read"
    return out


def found(memory: list[bytes], needles: list[bytes]) -> list[bytes]:
    # a needle may straddle two chunks of one mapping: also search each seam
    seams = [a[-200:] + b[:200] for a, b in zip(memory, memory[1:], strict=False)]
    return [n for n in needles if any(n in block for block in memory + seams)]


def hexes(key: bytes) -> list[bytes]:
    return [key.hex().encode(), key.hex().upper().encode()]


def test_the_vault_key_never_sits_in_memory_as_sql_text(tmp_path):
    path = tmp_path / "branch.caucus"
    made = Vault.create(path, PASS, "interactive")
    create_branch(made, "Print Workers", "Secretary laptop")
    made.lock()
    old = key_of(path, PASS)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path / "backup.caucus"), PASS,
         NEW_PASS], cwd=REPO, env=dict(os.environ), stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        seen: dict[str, list[bytes]] = {}
        new = b""
        for wanted in ("open", "changed", "locked"):
            line = child.stdout.readline().strip()
            assert line == wanted, (line, child.stderr.read() if child.poll() else "")
            if wanted == "changed":
                new = key_of(path, NEW_PASS)
            keys = [old] + ([new] if new else [])
            needles = [n for k in keys for n in hexes(k)]
            memory = readable_memory(child.pid)
            seen[wanted] = found(memory, needles)
            if wanted == "open":  # the scan does see the child's memory: its passphrase
                assert found(memory, [PASS.encode()]), "the scan saw nothing of the child"
            child.stdin.write("\n")
            child.stdin.flush()
        assert child.wait(timeout=60) == 0, child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=60)
    counts = {step: len(hits) for step, hits in seen.items()}
    assert counts == {"open": 0, "changed": 0, "locked": 0}, \
        f"forms of the key found in the child's memory, by step: {counts}"
