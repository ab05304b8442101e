"""A sync killed while it writes leaves a temp file on the stick; the next sync of the
laptop that wrote it removes it, and nobody else's (issue 18, finding 5).

The temp files are left by real processes running the engine's own writer
(``atomic_file`` round ``write_bundle``, under a name from ``new_bundle_name``) that are
killed with SIGKILL half-way through, as a pulled stick or a shut laptop would leave them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from sync.folder import ABANDONED_AFTER, scan, sync_folder

from .replicas import PASSPHRASE, build_template

#: opens a vault, starts writing a bundle to the stick and dies before it is renamed
KILLED_WRITER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from sync.bundle import write_bundle
    from sync.folder import new_bundle_name
    from sync.replica import Replica
    from sync.store.files import atomic_file
    from sync.store.vault import Vault

    vault = Vault.open(sys.argv[1], sys.argv[3])
    replica = Replica(vault)
    with atomic_file(Path(sys.argv[2]) / new_bundle_name(replica)) as fh:
        write_bundle(replica, fh)
        fh.flush()
        os.kill(os.getpid(), signal.SIGKILL)
""")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=1, viewer=False,
                          spare=False)


@pytest.fixture
def laptops(template, tmp_path):
    branches = template.clone(tmp_path / "v")
    yield branches["founder"], branches["sec0"]
    for branch in branches.values():
        if branch.vault.is_open:
            branch.vault.lock()


def kill_while_writing(branch, stick) -> None:
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(branch.vault.path),
                           str(stick), PASSPHRASE], capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()


def temps(stick) -> set[str]:
    return {p.name for p in stick.iterdir() if p.name.endswith(".tmp")}


def test_a_killed_sync_leaves_a_temp_file_that_the_next_sync_removes(laptops, tmp_path):
    a, b = laptops
    stick = tmp_path / "stick"
    stick.mkdir()
    a.add_member(first_name="Amina", last_name="Okoro")
    sync_folder(a.replica, stick)
    for _ in range(3):
        kill_while_writing(a, stick)
    kill_while_writing(b, stick)
    left = temps(stick)
    assert len(left) == 4 and all(os.path.getsize(stick / n) > 0 for n in left)
    b_temp = {n for n in left if n not in {p.name for p in scan(a.replica, stick).abandoned}}
    assert len(b_temp) == 1

    a.add_member(first_name="Brian", last_name="Walsh")
    result = sync_folder(a.replica, stick)
    # a's three are gone and said so; b's is b's to remove, and a never read it
    assert temps(stick) == b_temp
    assert set(left - b_temp) <= set(result.removed)
    assert all(not name.endswith(".tmp") for name in result.ignored)

    # the stick still carries everything a wrote: b imports it, then removes its own temp
    synced = sync_folder(b.replica, stick)
    assert temps(stick) == set()
    assert b_temp <= set(synced.removed)
    assert {m.last_name for m in b.list_members()} >= {"Okoro", "Walsh"}


def test_a_temp_file_being_written_now_is_left_alone_until_abandoned(laptops, tmp_path):
    a, _b = laptops
    stick = tmp_path / "stick"
    stick.mkdir()
    kill_while_writing(a, stick)
    (dead,) = temps(stick)
    target = dead.split(".")[1] + ".caucusbundle"
    # a writer of this laptop that is alive (it waits on its stdin) owns this one
    writer = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                              stdin=subprocess.PIPE)
    try:
        live = stick / f".{target}.{writer.pid}.0123abcd.tmp"
        live.write_bytes(b"half a bundle")
        sync_folder(a.replica, stick)
        assert temps(stick) == {live.name}
        # nobody wrote it for longer than a writer ever pauses: abandoned after all
        stale = live.stat().st_mtime - ABANDONED_AFTER - 60
        os.utime(live, (stale, stale))
        assert live.name in sync_folder(a.replica, stick).removed
        assert temps(stick) == set()
    finally:
        writer.communicate(b"", timeout=30)
