"""What a database failure was, named: a full disk, a failing disk, a damaged file, a
vault busy elsewhere or already locked.

SQLite reports running out of space in two ways. A write that cannot grow the vault or
its write-ahead log fails with ``SQLITE_FULL``; but growing the WAL index (the
``-shm`` file, which every connection maps when it first reads) fails with a plain
``SQLITE_IOERR`` — and that is what opening a vault on a 100 % full disk hits first.
So an I/O error is called a full disk when the filesystem of the vault has (almost)
no room left, and a disk error otherwise; it is never a damaged vault, which would
send the user to an older backup for nothing. Messages never carry SQL or values.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import sqlcipher3

from ..errors import CaucusError, DiskError, DiskFull, VaultBusy, VaultCorrupt, VaultLocked

#: with less free space than this, an I/O error of the database is a full disk
LOW_SPACE = 1 << 20
DAMAGED = "The vault file is damaged; stop using it and restore a backup."
_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT)


def error_code(exc: BaseException) -> int:
    """SQLite's primary result code of a database exception (0 when there is none)."""
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF


def is_locked_error(exc: BaseException) -> bool:
    if error_code(exc) in (sqlcipher3.SQLITE_BUSY, sqlcipher3.SQLITE_LOCKED):
        return True
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def is_damage(exc: BaseException) -> bool:
    """Whether SQLite (or SQLCipher's page check) found a damaged page."""
    text = str(exc).lower()
    return error_code(exc) in (sqlcipher3.SQLITE_CORRUPT, sqlcipher3.SQLITE_NOTADB) or (
        isinstance(exc, sqlcipher3.DatabaseError | sqlite3.DatabaseError)
        and ("malformed" in text or "not a database" in text or "corrupt" in text)
    )


def free_space(folder: Path) -> int | None:
    """Bytes an unprivileged program may still write in ``folder`` (None if unknown)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def short_of_space(folders: Iterable[Path], need: int = LOW_SPACE) -> bool:
    """Whether any of ``folders`` lies on a filesystem with less than ``need`` bytes free."""
    for folder in folders:
        free = free_space(folder)
        if free is not None and free < need:
            return True
    return False


def named(exc: BaseException, folders: Iterable[Path] = ()) -> CaucusError | None:
    """The Caucus error that says what ``exc`` was, or None when it has no name.

    ``folders``: where the vaults in use live, to tell a full disk from a failing one.
    """
    if isinstance(exc, CaucusError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return DiskFull()
        return DiskError() if exc.errno == errno.EIO else None
    if not isinstance(exc, sqlcipher3.Error | sqlite3.Error):
        return None
    code, text = error_code(exc), str(exc).lower()
    if isinstance(exc, sqlcipher3.ProgrammingError) and "closed database" in text:
        return VaultLocked()
    if code == sqlcipher3.SQLITE_FULL or "database or disk is full" in text:
        return DiskFull()
    if code in (sqlcipher3.SQLITE_IOERR, sqlcipher3.SQLITE_CANTOPEN) or "i/o error" in text:
        return DiskFull() if short_of_space(folders) else DiskError()
    if is_locked_error(exc):
        return VaultBusy()
    if is_damage(exc):
        return VaultCorrupt(DAMAGED)
    return None
