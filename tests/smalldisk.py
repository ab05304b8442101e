"""A small filesystem that fills up, for tests of a full disk: a ``tmpfs`` with
``size=`` mounted by the test in its temp dir (CI runs as root). Nothing is skipped: if
the mount is impossible the test fails and says why."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

BLOCK = 64 * 1024


@contextlib.contextmanager
def small_disk(folder: Path, size_kib: int) -> Iterator[Path]:
    """A fresh ``tmpfs`` of ``size_kib`` KiB mounted at ``folder`` while the block runs."""
    folder.mkdir(parents=True, exist_ok=True)
    mount = shutil.which("mount")
    if mount is None:
        pytest.fail("A full-disk test mounts a small tmpfs, but there is no 'mount' "
                    "command on this machine.")
    done = subprocess.run([mount, "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700",
                           "tmpfs", str(folder)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"A full-disk test mounts a small tmpfs at {folder} and could not "
                    f"(it needs root, as CI runs): {done.stderr.strip() or done.returncode}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True, check=False)


def free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def fill(folder: Path, leave: int = 0, name: str = "filler") -> Path:
    """Write a file in ``folder`` until at most ``leave`` bytes are free (none by default:
    writing goes on, in smaller and smaller pieces, until the filesystem refuses)."""
    path = folder / name
    with open(path, "ab", buffering=0) as fh:
        for size in (BLOCK, 4096, 512, 1):
            while (room := free_bytes(folder) - leave) > 0 or (leave == 0 and room == 0):
                try:
                    if not fh.write(b"\0" * (min(size, room) if room > 0 else size)):
                        break
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
            if leave:
                break
        os.fsync(fh.fileno())
    return path
