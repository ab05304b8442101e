"""The encrypted vault: one SQLCipher 4 file, keyed with Argon2id, plus a sidecar.

ARCHITECTURE §2. The passphrase goes through Argon2id (PyNaCl) with a random salt; the
32-byte result is handed to SQLCipher as a raw key (``PRAGMA key = "x'…'"``), so
SQLCipher's own PBKDF2 is skipped. The sidecar ``<vault>.sidecar`` holds the format
version, the KDF profile, its limits, the salt and a key-check value (a keyed BLAKE2b of
a constant under the derived key, which lets us say "wrong passphrase" rather than
"damaged file" without decrypting anything). Nothing secret is in the sidecar.

Opening never creates, truncates or rewrites a vault that fails to open.

A passphrase change writes the new sidecar as ``<vault>.sidecar.pending`` before the
rekey. When both files are present (the change was interrupted) the passphrase that
decrypts the database wins: its sidecar is kept and the other is dropped.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import nacl.exceptions
import nacl.hash
import nacl.pwhash
import nacl.utils
import platformdirs
import sqlcipher3
import sqlite_utils

from ..errors import (
    CaucusError,
    DiskFull,
    VaultBusy,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
)
from . import schema
from .checkpoint import Checkpointer
from .files import atomic_write, disk_errors, fsync_dir, temp_path_for

SIDECAR_SUFFIX = ".sidecar"
PENDING_SUFFIX = ".sidecar.pending"
FORMAT = "caucus-vault"
FORMAT_VERSION = 1
KEY_BYTES = 32
PAGE_SIZE = 4096
INTERACTIVE_PAGE_CACHE_KIB = 65536  # see Vault.keep_more_pages
MIN_PASSPHRASE = 8

argon2id = nacl.pwhash.argon2id

KDF_PROFILES: dict[str, tuple[int, int]] = {
    "interactive": (argon2id.OPSLIMIT_INTERACTIVE, argon2id.MEMLIMIT_INTERACTIVE),
    "moderate": (argon2id.OPSLIMIT_MODERATE, argon2id.MEMLIMIT_MODERATE),
    "sensitive": (argon2id.OPSLIMIT_SENSITIVE, argon2id.MEMLIMIT_SENSITIVE),
}
DEFAULT_PROFILE = "moderate"


def default_vault_path() -> Path:
    """Where a vault lives when no path is given: the platform's user data folder."""
    return Path(platformdirs.user_data_dir("Caucus", appauthor=False)) / "branch.caucus"


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def _pending_path(path: Path) -> Path:
    return path.with_name(path.name + PENDING_SUFFIX)


@dataclass(frozen=True)
class KdfParams:
    profile: str
    opslimit: int
    memlimit: int
    salt: bytes

    @classmethod
    def new(cls, profile: str) -> KdfParams:
        if profile not in KDF_PROFILES:
            raise CaucusError(
                f"Unknown key-derivation profile {profile!r}: "
                f"use one of {', '.join(KDF_PROFILES)}."
            )
        ops, mem = KDF_PROFILES[profile]
        return cls(profile, ops, mem, nacl.utils.random(argon2id.SALTBYTES))

    def derive(self, passphrase: str) -> bytearray:
        key = argon2id.kdf(
            KEY_BYTES,
            passphrase.encode("utf-8"),
            self.salt,
            opslimit=self.opslimit,
            memlimit=self.memlimit,
        )
        return bytearray(key)


def _key_check(key: bytes | bytearray) -> bytes:
    return nacl.hash.blake2b(
        b"caucus/vault/key-check/v1",
        key=bytes(key),
        digest_size=16,
        encoder=nacl.encoding.RawEncoder,
    )


def _sidecar_bytes(params: KdfParams, key: bytearray) -> bytes:
    doc = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "cipher": "sqlcipher4-raw-key",
        "kdf": {
            "alg": "argon2id13",
            "profile": params.profile,
            "opslimit": params.opslimit,
            "memlimit": params.memlimit,
            "salt": params.salt.hex(),
        },
        "key_check": _key_check(key).hex(),
    }
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()


def _read_sidecar(path: Path) -> tuple[KdfParams, bytes]:
    try:
        doc = json.loads(path.read_bytes())
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("format")
        if doc.get("version") != FORMAT_VERSION:
            raise VaultCorrupt(
                f"The vault's sidecar has format version {doc.get('version')!r}, "
                "which this version of Caucus does not know."
            )
        kdf = doc["kdf"]
        if kdf["alg"] != "argon2id13":
            raise ValueError("alg")
        params = KdfParams(
            str(kdf["profile"]), int(kdf["opslimit"]), int(kdf["memlimit"]),
            bytes.fromhex(kdf["salt"]),
        )
        if len(params.salt) != argon2id.SALTBYTES:
            raise ValueError("salt")
        check = bytes.fromhex(doc["key_check"])
        return params, check
    except VaultCorrupt:
        raise
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        raise VaultCorrupt(
            f"The vault's sidecar file {path.name} is damaged; the vault was left untouched."
        ) from None


def _sidecar_candidates(path: Path) -> list[tuple[Path, KdfParams, bytes]]:
    """The readable sidecars of ``path``: the sidecar, then a pending one if present.

    Raises :class:`VaultCorrupt` when there is none to read (missing or damaged).
    """
    side = sidecar_path(path)
    error = VaultCorrupt(
        f"The vault's sidecar file {side.name} is missing; "
        "without it the vault cannot be unlocked. The vault was left untouched."
    )
    found: list[tuple[Path, KdfParams, bytes]] = []
    for candidate in (side, _pending_path(path)):
        if not candidate.exists():
            continue
        try:
            params, check = _read_sidecar(candidate)
        except VaultCorrupt as exc:
            error = exc
            continue
        found.append((candidate, params, check))
    if not found:
        raise error
    return found


def _derive(params: KdfParams, passphrase: str, source: Path) -> bytearray:
    try:
        return params.derive(passphrase)
    except (nacl.exceptions.CryptoError, ValueError, TypeError, MemoryError):
        raise VaultCorrupt(
            f"The key settings in {source.name} are not usable; the vault was left untouched."
        ) from None


def _wipe(key: bytearray) -> None:
    for i in range(len(key)):
        key[i] = 0


def _key_pragma(key: bytes | bytearray) -> str:
    return f"\"x'{bytes(key).hex()}'\""


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


def _error_code(exc: Exception) -> int:
    """SQLite's primary result code of a database exception (0 when there is none)."""
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF


def _is_locked_error(exc: Exception) -> bool:
    if _error_code(exc) in (sqlcipher3.SQLITE_BUSY, sqlcipher3.SQLITE_LOCKED):
        return True
    text = str(exc).lower()
    return "locked" in text or "busy" in text


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

    # -- lifecycle -------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str,
               profile: str = DEFAULT_PROFILE) -> Vault:
        path = Path(path)
        if len(passphrase) < MIN_PASSPHRASE:
            raise WeakPassphrase()
        side = sidecar_path(path)
        exists = VaultExists(f"A vault already exists at {path}; it was left untouched.")
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
                atomic_write(side, _sidecar_bytes(params, key))
                conn = _connect(path)
                try:
                    conn.execute(f"PRAGMA key = {_key_pragma(key)}")
                    _configure(conn)
                    schema.install(conn)
                except BaseException:
                    conn.close()
                    raise
            except BaseException:
                for leftover in (path, side, Path(f"{path}-wal"), Path(f"{path}-shm")):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
                raise
        return cls(path, conn, params, key)

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str) -> Vault:
        path = Path(path)
        if not path.exists():
            raise VaultMissing(f"There is no vault at {path}.")
        if not path.is_file():
            raise VaultCorrupt(f"{path} is not a vault file.")
        side, pending = sidecar_path(path), _pending_path(path)
        candidates = _sidecar_candidates(path)
        matches: list[tuple[Path, KdfParams, bytearray]] = []
        for source, params, check in candidates:
            key = _derive(params, passphrase, source)
            if hmac.compare_digest(_key_check(key), check):
                matches.append((source, params, key))
            else:
                _wipe(key)
        if not matches:
            raise WrongPassphrase()
        chosen: tuple[Path, KdfParams, bytearray] | None = None
        try:
            size = path.stat().st_size
            if size < PAGE_SIZE or size % PAGE_SIZE:
                raise VaultCorrupt(
                    f"The vault file {path.name} is damaged (truncated) or is not a Caucus "
                    "vault; it was left untouched."
                )
            # Both sidecars present: a passphrase change was interrupted, and the
            # database is under the old key or the new one. Try each key that fits.
            interrupted = len(candidates) > 1
            for match in matches:
                conn = _open_keyed(path, match[2], allow_wrong_key=interrupted)
                if conn is not None:
                    chosen = match
                    break
            else:
                raise WrongPassphrase(
                    "The passphrase is wrong for this vault. A change of passphrase was "
                    "interrupted: try both the previous and the new passphrase."
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
        8 MB, 3 ms with 64 MiB). The cache grows only as pages are read."""
        self.conn.execute(f"PRAGMA cache_size = -{int(kib)}")

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
        """Re-encrypt the vault under a key from a new passphrase (``PRAGMA rekey``).

        Crash-safe: the new sidecar is written as ``.sidecar.pending`` first, then the
        database is rekeyed atomically, then the pending sidecar replaces the old one.
        :meth:`open` accepts either, so no crash point leaves an unopenable vault.
        """
        if len(new_passphrase) < MIN_PASSPHRASE:
            raise WeakPassphrase()
        conn = self.conn  # a locked vault fails here, before anything is written
        params = KdfParams.new(profile or self._params.profile)
        key = params.derive(new_passphrase)
        checkpoints = self.checkpoint_in_background(False)  # it holds the old key
        side, pending = sidecar_path(self.path), _pending_path(self.path)
        try:
            atomic_write(pending, _sidecar_bytes(params, key))
            conn.execute(f"PRAGMA rekey = {_key_pragma(key)}")
        except BaseException as exc:
            with contextlib.suppress(OSError):
                pending.unlink()
            _wipe(key)
            if isinstance(exc, sqlcipher3.Error):
                _raise_db(exc)
            raise
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

    def backup(self, dest: str | os.PathLike[str]) -> Path:
        """Write an encrypted copy (same passphrase) with ``sqlcipher_export``.

        The copy is made under a temp name in the destination folder and renamed into
        place, with its own sidecar; an existing file is never overwritten.
        """
        dest = Path(dest)
        dest_side = sidecar_path(dest)
        if dest.exists() or dest_side.exists():
            raise VaultExists(f"{dest} already exists; choose another name for the backup.")
        conn = self.conn
        tmp = temp_path_for(dest)
        with disk_errors():
            dest.parent.mkdir(parents=True, exist_ok=True)
            # An empty owner-only file: SQLite fills it and keeps its permissions.
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            try:
                conn.execute(
                    f"ATTACH DATABASE ? AS backup KEY {_key_pragma(self._key)}", (str(tmp),)
                )
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
                atomic_write(dest_side, _sidecar_bytes(self._params, self._key))
                os.replace(tmp, dest)
                fsync_dir(dest.parent)
            except BaseException as exc:
                for leftover in (tmp, Path(f"{tmp}-journal")) + (
                    () if dest.exists() else (dest_side,)
                ):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
                if isinstance(exc, sqlcipher3.Error):
                    _raise_db(exc)
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
        raise VaultCorrupt("The vault could not switch to write-ahead logging.")
    # WAL with synchronous=NORMAL: a commit survives any crash of Caucus itself; after a
    # power cut the newest commits may be missing but the vault is never damaged. FULL
    # adds an fsync to every save (~8 ms of the 10 ms budget for saving an edit here).
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA temp_store = MEMORY")


def _open_keyed(path: Path, key: bytearray, allow_wrong_key: bool,
                ) -> sqlcipher3.Connection | None:
    """Connect, key, check the file is a readable Caucus vault, configure; no writes.

    Returns ``None`` when ``allow_wrong_key`` and the key does not decrypt the first
    page (SQLCipher cannot tell a wrong key from a damaged first page).
    """
    try:
        conn = _connect(path)
    except sqlcipher3.Error as exc:
        if _is_locked_error(exc):
            raise VaultBusy() from None
        raise VaultCorrupt(f"The vault file {path.name} could not be opened.") from None
    try:
        try:
            conn.execute(f"PRAGMA key = {_key_pragma(key)}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            row = conn.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchone()
        except sqlcipher3.Error as exc:
            if _is_locked_error(exc):
                raise VaultBusy() from None
            if allow_wrong_key and _error_code(exc) == sqlcipher3.SQLITE_NOTADB:
                conn.close()
                return None
            raise VaultCorrupt(
                f"The vault file {path.name} is damaged or is not a Caucus vault; "
                "it was left untouched."
            ) from None
        if row is None:
            raise VaultCorrupt(f"{path.name} is not a Caucus vault; it was left untouched.")
        try:
            _configure(conn)
            schema.upgrade(conn, int(row[0]))
        except sqlcipher3.Error as exc:
            _raise_db(exc)
    except BaseException:
        conn.close()
        raise
    return conn


def _raise_db(exc: Exception) -> NoReturn:
    """Map a database exception to our errors (never leaking SQL or values)."""
    code = _error_code(exc)
    text = str(exc).lower()
    if isinstance(exc, sqlcipher3.ProgrammingError) and "closed database" in text:
        raise VaultLocked() from None
    if code == sqlcipher3.SQLITE_FULL or "database or disk is full" in text:
        raise DiskFull() from None
    if _is_locked_error(exc):
        raise VaultBusy() from None
    if code in (sqlcipher3.SQLITE_CORRUPT, sqlcipher3.SQLITE_NOTADB) or (
        isinstance(exc, sqlcipher3.DatabaseError | sqlite3.DatabaseError)
        and ("malformed" in text or "not a database" in text or "corrupt" in text)
    ):
        raise VaultCorrupt(
            "The vault file is damaged; stop using it and restore a backup."
        ) from None
    raise exc


@contextlib.contextmanager
def db_errors() -> Iterator[None]:
    """Map SQLCipher errors to Caucus errors at API boundaries (see :func:`_raise_db`)."""
    try:
        yield
    except sqlcipher3.Error as exc:
        _raise_db(exc)
