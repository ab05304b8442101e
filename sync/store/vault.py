"""The encrypted vault: one SQLCipher 4 file, keyed with Argon2id, plus a sidecar.

ARCHITECTURE §2. The passphrase goes through Argon2id (PyNaCl) with a random salt; the
32-byte result is handed to SQLCipher as a raw key (``x'…'``, through ``sqlite3_key``
and never as SQL text: :mod:`.cipher`), so SQLCipher's own PBKDF2 is skipped. The
sidecar ``<vault>.sidecar`` (:mod:`.sidecar`) holds the salt, the KDF limits and a
key-check value; nothing secret.

Opening never creates, truncates or rewrites a vault that fails to open. A full disk
is :class:`DiskFull`, never "damaged" (:mod:`.dberrors`); unlocking a vault disables
core dumps for the process (:mod:`.coredumps`).

A passphrase change writes the new sidecar as ``<vault>.sidecar.pending`` before the
rekey. When both files are present (the change was interrupted) the passphrase that
decrypts the database wins: its sidecar is kept and the other is dropped.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NoReturn

import platformdirs
import sqlcipher3
import sqlite_utils

from ..errors import (
    QT_TRANSLATE_NOOP,
    CaucusError,
    DiskFull,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
)
from . import cipher, dberrors, schema
from .checkpoint import Checkpointer
from .coredumps import disable_core_dumps
from .files import atomic_write, disk_errors, fsync_dir, temp_path_for
from .sidecar import (
    DEFAULT_PROFILE,
    KDF_PROFILES,
    KdfParams,
    derive,
    pending_path,
    read_sidecar,
    sidecar_bytes,
    sidecar_candidates,
    sidecar_path,
)

__all__ = ["DEFAULT_PROFILE", "KDF_PROFILES", "MIN_PASSPHRASE", "PAGE_SIZE", "KdfParams",
           "Vault", "db_errors", "default_vault_path", "named_error", "sidecar_path"]

PAGE_SIZE = 4096
INTERACTIVE_PAGE_CACHE_KIB = 98304  # 96 MiB; see Vault.keep_more_pages
BULK_PAGE_CACHE_KIB = 32768  # 32 MiB; see Vault.pages_for_bulk_writes
MIN_PASSPHRASE = 8


def default_vault_path() -> Path:
    """Where a vault lives when no path is given: the platform's user data folder."""
    return Path(platformdirs.user_data_dir("Caucus", appauthor=False)) / "branch.caucus"


_read_sidecar = read_sidecar  # the name the tests' helpers know
_wipe = cipher.wipe


def _connect(path: Path) -> sqlcipher3.Connection:
    """Connect to an existing file (``mode=rw``: SQLite never creates one here)."""
    uri = f"file:{_uri_quote(path)}?mode=rw"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    # SQLCipher logs decrypt failures to stderr; we report them ourselves.
    with contextlib.suppress(sqlcipher3.DatabaseError):
        conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _uri_quote(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.absolute()))


#: the vaults unlocked in this process: where to look when an I/O error may be a full disk
_UNLOCKED: weakref.WeakSet[Vault] = weakref.WeakSet()


def _unlocked_folders() -> list[Path]:
    return [vault.path.parent for vault in list(_UNLOCKED)]


class Vault:
    """An open, unlocked vault. Create with :meth:`create`, open with :meth:`open`.

    The SQLCipher connection is wrapped by ``sqlite_utils.Database`` (``self.db``).
    One connection, used by one thread at a time (the caller owns the threading; the
    app gives the vault its own single-worker executor).
    """

    def __init__(self, path: Path, conn: sqlcipher3.Connection, params: KdfParams,
                 key: bytearray) -> None:
        self.path = path
        self._conn: sqlcipher3.Connection | None = conn
        self._params = params
        self._key = key
        self._db: sqlite_utils.Database | None = sqlite_utils.Database(conn)
        self.lock_guard = threading.RLock()
        self._checkpointer: Checkpointer | None = None
        disable_core_dumps()
        _UNLOCKED.add(self)

    # -- lifecycle -------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str,
               profile: str = DEFAULT_PROFILE) -> Vault:
        path = Path(path)
        if len(passphrase) < MIN_PASSPHRASE:
            raise WeakPassphrase()
        side = sidecar_path(path)
        exists = VaultExists.of(QT_TRANSLATE_NOOP(
            "errors", "A vault already exists at {path}; it was left untouched."), path=path)
        if path.exists() or side.exists():
            raise exists
        params = KdfParams.new(profile)
        key = params.derive(passphrase)
        with disk_errors():
            path.parent.mkdir(parents=True, exist_ok=True)
            # Claim the name exclusively (never clobber a vault made meanwhile) and with
            # owner-only permissions, which SQLite copies to the -wal and -shm files.
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                raise exists from None
            try:
                atomic_write(side, sidecar_bytes(params, key))
                conn = _connect(path)
                try:
                    cipher.set_key(conn, key)
                    _configure(conn)
                    schema.install(conn)
                except BaseException:
                    conn.close()
                    raise
            except BaseException as exc:
                for leftover in (path, side, Path(f"{path}-wal"), Path(f"{path}-shm")):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
                _wipe(key)
                if isinstance(exc, sqlcipher3.Error):
                    _raise_db(exc, [path.parent])
                raise
        return cls(path, conn, params, key)

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str, *,
             upgrading: Callable[[], None] | None = None) -> Vault:
        """Unlock the vault at ``path``. A vault an older Caucus wrote is first brought up
        to this build's schema; ``upgrading()`` is called before that starts (at a large
        branch it takes a while: the app says so)."""
        path = Path(path)
        if not path.exists():
            raise VaultMissing.of(QT_TRANSLATE_NOOP(
                "errors", "There is no vault at {path}."), path=path)
        if not path.is_file():
            raise VaultCorrupt.of(QT_TRANSLATE_NOOP(
                "errors", "{path} is not a vault file."), path=path)
        side, pending = sidecar_path(path), pending_path(path)
        candidates = sidecar_candidates(path)
        matches: list[tuple[Path, KdfParams, bytearray]] = []
        for source, params, check in candidates:
            key = derive(params, passphrase, source)
            if hmac.compare_digest(cipher.key_check(key), check):
                matches.append((source, params, key))
            else:
                _wipe(key)
        if not matches:
            raise WrongPassphrase()
        chosen: tuple[Path, KdfParams, bytearray] | None = None
        try:
            size = path.stat().st_size
            if size < PAGE_SIZE or size % PAGE_SIZE:
                raise VaultCorrupt.of(
                    QT_TRANSLATE_NOOP(
                        "errors", "The vault file {name} is damaged (truncated) or is not a "
                        "Caucus vault; it was left untouched."), name=path.name
                )
            # Both sidecars present: a passphrase change was interrupted, and the
            # database is under the old key or the new one. Try each key that fits.
            interrupted = len(candidates) > 1
            for match in matches:
                conn = _open_keyed(path, match[2], allow_wrong_key=interrupted,
                                   upgrading=upgrading)
                if conn is not None:
                    chosen = match
                    break
            else:
                raise WrongPassphrase(
                    QT_TRANSLATE_NOOP(
                        "errors", "The passphrase is wrong for this vault. A change of "
                        "passphrase was "
                    "interrupted: try both the previous and the new passphrase.")
                )
            with disk_errors():
                if chosen[0] == pending:
                    # The rekey to the pending sidecar's key went through: finish it.
                    with contextlib.suppress(sqlcipher3.Error):
                        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    os.replace(pending, side)
                    fsync_dir(path.parent)
                elif pending.exists():
                    # The change never reached the database: forget it.
                    with contextlib.suppress(OSError):
                        pending.unlink()
        except BaseException:
            if chosen is not None:
                conn.close()
            chosen = None
            raise
        finally:
            for match in matches:
                if match is not chosen:
                    _wipe(match[2])
        return cls(path, conn, chosen[1], chosen[2])

    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection wrapped by ``sqlite_utils``; :class:`VaultLocked` after lock."""
        if self._db is None:
            raise VaultLocked()
        return self._db

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def kdf_profile(self) -> str:
        return self._params.profile

    def keep_more_pages(self, kib: int = INTERACTIVE_PAGE_CACHE_KIB) -> None:
        """Keep up to ``kib`` KiB of decrypted pages cached (an interactive session
        searches the same pages again: 8 ms a search at 50,000 members with the default
        8 MB, 3 ms with 64 MiB). 96 MiB holds all that the search warm-up reads at
        50,000 members (about 70 MB) with room for the pages a session opens. The cache
        grows only as pages are read."""
        self.conn.execute(f"PRAGMA cache_size = -{int(kib)}")

    @contextlib.contextmanager
    def pages_for_bulk_writes(self, kib: int = BULK_PAGE_CACHE_KIB) -> Iterator[None]:
        """At least ``kib`` KiB of pages cached while a bulk write runs (then as before).

        Each commit of an import touches index pages all over the vault; with the
        default 8 MB those are read and decrypted again at each commit (0.35 s of a
        50,000-row import)."""
        conn = self.conn
        before = conn.execute("PRAGMA cache_size").fetchone()[0]
        if before < 0 and -before >= kib:  # an interactive session keeps more already
            yield
            return
        conn.execute(f"PRAGMA cache_size = -{int(kib)}")
        try:
            yield
        finally:
            if self.is_open:
                conn.execute(f"PRAGMA cache_size = {int(before)}")

    def checkpoint_in_background(self, on: bool = True) -> bool:
        """WAL checkpoints in a thread and a connection of their own, never in a commit
        of this one (:mod:`sync.store.checkpoint`), or (``on=False``) no more; whether
        they were on."""
        was, self._checkpointer = self._checkpointer, None
        if was is not None:
            was.stop(self._conn)
        if on:
            self._checkpointer = Checkpointer.start_for(self.conn, self.path, self._key)
        return was is not None

    def lock(self) -> None:
        """Close the database and forget the key (as far as Python lets us)."""
        self.checkpoint_in_background(False)
        _UNLOCKED.discard(self)
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        _wipe(self._key)
        self._db = None

    close = lock

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- key management ----------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, profile: str | None = None) -> None:
        """Re-encrypt the vault under a key from a new passphrase (``sqlite3_rekey``).

        Crash-safe: the new sidecar is written as ``.sidecar.pending`` first, then the
        database is rekeyed atomically, then the pending sidecar replaces the old one.
        :meth:`open` accepts either, so no crash point leaves an unopenable vault.

        The rekey rewrites every page into the write-ahead log, so a disk without room
        for that is :class:`DiskFull` before anything is written. SQLCipher reports a
        rekey it could not commit as a success, so a fresh connection checks that the
        new key opens the file before the old sidecar is replaced.
        """
        if len(new_passphrase) < MIN_PASSPHRASE:
            raise WeakPassphrase()
        conn = self.conn  # a locked vault fails here, before anything is written
        need = self._rekey_space(conn)
        if dberrors.short_of_space([self.path.parent], need):
            raise DiskFull.of(QT_TRANSLATE_NOOP(
                "errors", "The disk is too full to change the passphrase: it needs about "
                "{megabytes:.1f} MB free for a moment. Nothing was changed; free some "
                "space and try again."), megabytes=need / 1e6)
        params = KdfParams.new(profile or self._params.profile)
        key = params.derive(new_passphrase)
        checkpoints = self.checkpoint_in_background(False)  # it holds the old key
        side, pending = sidecar_path(self.path), pending_path(self.path)
        try:
            atomic_write(pending, sidecar_bytes(params, key))
            cipher.rekey(conn, key)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                pending.unlink()
            _wipe(key)
            if isinstance(exc, sqlcipher3.Error):
                _raise_db(exc, [self.path.parent])
            raise
        try:
            rekeyed = _opens_with(self.path, key)
        except BaseException:
            # Whether the rewrite went through is unknown: keep both sidecars, so the
            # next open tries each passphrase, and trust this connection no longer.
            _wipe(key)
            self.lock()
            raise
        if not rekeyed:
            self._rekey_failed(key, need)
        # The database is under the new key from here on, whatever happens next.
        old, self._key, self._params = self._key, key, params
        _wipe(old)
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with disk_errors():
            os.replace(pending, side)
            fsync_dir(self.path.parent)
        if checkpoints:
            self.checkpoint_in_background()

    @staticmethod
    def _rekey_space(conn: sqlcipher3.Connection) -> int:
        """Free bytes a rekey needs: every page once more in the WAL, and its index."""
        with db_errors():
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
        return int(pages) * (PAGE_SIZE + 24) + (64 << 10)

    def _rekey_failed(self, key: bytearray, need: int) -> NoReturn:
        """The file is still under the old key, but the connection holds the new one:
        connect again with the old key, forget the pending sidecar, say why."""
        _wipe(key)
        conn, self._conn, self._db = self._conn, None, None
        if conn is not None:
            conn.close()
        try:
            conn = _open_keyed(self.path, self._key, allow_wrong_key=False)
        except BaseException:
            self.lock()  # both sidecars stay: the next open tries each passphrase
            raise
        self._conn, self._db = conn, sqlite_utils.Database(conn)
        with contextlib.suppress(OSError):
            pending_path(self.path).unlink()
        if dberrors.short_of_space([self.path.parent], need):
            raise DiskFull(QT_TRANSLATE_NOOP(
                "errors", "The disk became full while the passphrase was being changed; the "
                           "old passphrase still opens the vault. Free some space and try "
                           "again."))
        raise VaultError(QT_TRANSLATE_NOOP(
            "errors", "The passphrase could not be changed; the old passphrase still "
                         "opens the vault."))

    def backup(self, dest: str | os.PathLike[str]) -> Path:
        """Write an encrypted copy (same passphrase) with ``sqlcipher_export``.

        The copy is made under a temp name in the destination folder and renamed into
        place, with its own sidecar; an existing file is never overwritten.
        """
        dest = Path(dest)
        dest_side = sidecar_path(dest)
        if dest.exists() or dest_side.exists():
            raise VaultExists.of(QT_TRANSLATE_NOOP(
                "errors", "{dest} already exists; choose another name for the backup."), dest=dest)
        conn = self.conn
        tmp = temp_path_for(dest)
        with disk_errors():
            dest.parent.mkdir(parents=True, exist_ok=True)
            # An empty owner-only file: SQLite fills it and keeps its permissions.
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            try:
                # No KEY clause: SQLCipher keys the attached file with the main one's key
                # (so the key never appears in SQL).
                conn.execute("ATTACH DATABASE ? AS backup", (str(tmp),))
                try:
                    conn.execute("SELECT sqlcipher_export('backup')")
                finally:
                    conn.execute("DETACH DATABASE backup")
                fd = os.open(tmp, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
                # Sidecar first, as in create: a backup without its sidecar is useless.
                atomic_write(dest_side, sidecar_bytes(self._params, self._key))
                os.replace(tmp, dest)
                fsync_dir(dest.parent)
            except BaseException as exc:
                for leftover in (tmp, Path(f"{tmp}-journal")) + (
                    () if dest.exists() else (dest_side,)
                ):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
                if isinstance(exc, sqlcipher3.Error):
                    _raise_db(exc, [self.path.parent, dest.parent])
                raise
        return dest

    # -- diagnostics -------------------------------------------------------------------
    def cipher_version(self) -> str:
        return self.conn.execute("PRAGMA cipher_version").fetchone()[0]

    def integrity_check(self) -> list[str]:
        """Full check: every page's HMAC (SQLCipher) and SQLite's structural check."""
        conn = self.conn
        # cipher_integrity_check reads the main file only: move the WAL into it first.
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        except sqlcipher3.Error as exc:
            return [str(exc)]
        return problems + [r for r in rows if r != "ok"]


def _configure(conn: sqlcipher3.Connection) -> None:
    # Memory security (mlock and wipe on every SQLite allocation) is left OFF, against
    # ARCHITECTURE §2: measured, it made bulk writes ~3x and list queries ~9x slower
    # (an mlock/munlock pair per allocation), while the decrypted rows it would guard
    # also live in ordinary Python objects of this process, which it cannot protect.
    # The file on disk, temp files and the WAL stay encrypted either way.
    conn.execute("PRAGMA cipher_memory_security = OFF")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":  # pragma: no cover - only on exotic filesystems
        raise VaultCorrupt(QT_TRANSLATE_NOOP(
            "errors", "The vault could not switch to write-ahead logging."))
    # WAL with synchronous=NORMAL: a commit survives any crash of Caucus itself; after a
    # power cut the newest commits may be missing but the vault is never damaged. FULL
    # adds an fsync to every save (~8 ms of the 10 ms budget for saving an edit here).
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA temp_store = MEMORY")


def _open_keyed(path: Path, key: bytearray, allow_wrong_key: bool,
                upgrading: Callable[[], None] | None = None,
                ) -> sqlcipher3.Connection | None:
    """Connect, key, check the file is a readable Caucus vault, configure, and bring an
    older vault's schema up to date (calling ``upgrading()`` first); no other writes.

    Returns ``None`` when ``allow_wrong_key`` and the key does not decrypt the first
    page (SQLCipher cannot tell a wrong key from a damaged first page).
    """
    try:
        conn = _connect(path)
    except sqlcipher3.Error as exc:
        raise _opening_error(exc, path) from None
    try:
        try:
            cipher.set_key(conn, key)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            row = conn.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchone()
        except sqlcipher3.Error as exc:
            if allow_wrong_key and dberrors.error_code(exc) == sqlcipher3.SQLITE_NOTADB:
                conn.close()
                return None
            raise _opening_error(exc, path) from None
        if row is None:
            raise VaultCorrupt.of(QT_TRANSLATE_NOOP(
                "errors", "{name} is not a Caucus vault; it was left untouched."), name=path.name)
        try:
            _configure(conn)
            version = int(row[0])
            if version < schema.SCHEMA_VERSION and upgrading is not None:
                upgrading()
            schema.upgrade(conn, version)
        except sqlcipher3.Error as exc:
            raise _opening_error(exc, path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _opening_error(exc: Exception, path: Path) -> CaucusError:
    """What stopped the vault at ``path`` from opening: a full disk (the likeliest cause of
    an I/O error there), a failing disk, another program, or damage."""
    named = dberrors.named(exc, [path.parent])
    if isinstance(named, DiskFull):
        return DiskFull.of(QT_TRANSLATE_NOOP(
            "errors", "The disk holding {name} is full, so the vault could not be opened; "
            "nothing in it was changed. Free some space and try again."), name=path.name)
    if named is None or isinstance(named, VaultCorrupt):
        return VaultCorrupt.of(QT_TRANSLATE_NOOP(
            "errors", "The vault file {name} is damaged or is not a Caucus vault; it was left "
            "untouched."), name=path.name)
    return named


def _opens_with(path: Path, key: bytearray) -> bool:
    """Whether a fresh connection keyed with ``key`` reads the vault (WAL included)."""
    conn = _connect(path)
    try:
        cipher.set_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.Error as exc:
        if dberrors.error_code(exc) == sqlcipher3.SQLITE_NOTADB:
            return False
        raise
    finally:
        conn.close()
    return True


def named_error(exc: BaseException) -> CaucusError | None:
    """The Caucus error that names a database or disk failure which escaped an operation
    unmapped (a full disk, a damaged page…), or None when it has no name."""
    return dberrors.named(exc, _unlocked_folders())


def _raise_db(exc: Exception, folders: Iterable[Path] | None = None) -> NoReturn:
    """Map a database exception to our errors (never leaking SQL or values); an I/O
    error is a full disk when ``folders`` (default: the unlocked vaults') lack room."""
    named = dberrors.named(exc, _unlocked_folders() if folders is None else folders)
    if named is None:
        raise exc
    raise named from None


@contextlib.contextmanager
def db_errors() -> Iterator[None]:
    """Map SQLCipher errors to Caucus errors at API boundaries (see :func:`_raise_db`)."""
    try:
        yield
    except sqlcipher3.Error as exc:
        _raise_db(exc)
