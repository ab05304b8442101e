"""Small filesystem helpers: atomic replacement and disk-full mapping."""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import DiskFull


@contextlib.contextmanager
def disk_errors() -> Iterator[None]:
    """Turn a full disk into :class:`DiskFull`; other OS errors pass through."""
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from None
        raise


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<pid>[0-9]+)\.[0-9a-f]{8}\.tmp$")


def temp_path_for(path: Path) -> Path:
    """A temp name in the same folder, so the final rename stays on one filesystem."""
    return path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")


def temp_target(name: str) -> tuple[str, int] | None:
    """For a name :func:`temp_path_for` made: the file it was to become, and the id of
    the process that wrote it; None for any other name."""
    match = TEMP_NAME.match(name)
    return (match["name"], int(match["pid"])) if match else None


@contextlib.contextmanager
def atomic_path(path: Path, mode: int = 0o600) -> Iterator[Path]:
    """Yield a temp path beside ``path``; when the block ends, put it in place.

    For writers that want a file name (Qt's PDF writer). The temp file is fsynced,
    given ``mode``, renamed over ``path`` and the folder fsynced; on any failure it is
    removed and the old file is left as it was. A full disk is :class:`DiskFull`.
    """
    path = Path(path)
    tmp = temp_path_for(path)
    with disk_errors():
        try:
            yield tmp
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            os.chmod(tmp, mode)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        fsync_dir(path.parent)


@contextlib.contextmanager
def atomic_file(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` atomically when the block ends
    (readers see the old file or the new one, never half of it)."""
    with atomic_path(path, mode) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_file`)."""
    with atomic_file(path, mode) as fh:
        fh.write(data)
