"""The encrypted vault: one SQLCipher 4 file, keyed with Argon2id, plus a sidecar.

ARCHITECTURE §2. The passphrase goes through Argon2id (PyNaCl) with a random salt; the
32-byte result is handed to SQLCipher as a raw key (``PRAGMA key = "x'…'"``), so
SQLCipher's own PBKDF2 is skipped. The sidecar ``<vault>.sidecar`` holds the format
version, the KDF profile, its limits, the salt and a key-check value (a keyed BLAKE2b of
a constant under the derived key, which lets us say "wrong passphrase" rather than
"damaged file" without decrypting anything). Nothing secret is in the sidecar.

Opening never creates, truncates or rewrites a vault that fails to open.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import nacl.exceptions
import nacl.hash
import nacl.pwhash
import nacl.utils
import platformdirs
import sqlcipher3
import sqlite_utils

from . import schema
from .errors import (
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
from .fsutil import atomic_write, disk_errors, fsync_dir, temp_path_for

SIDECAR_SUFFIX = ".sidecar"
PENDING_SUFFIX = ".sidecar.pending"
FORMAT = "caucus-vault"
FORMAT_VERSION = 1
KEY_BYTES = 32
PAGE_SIZE = 4096
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
        if doc.get("format") != FORMAT:
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
    except (OSError, ValueError, KeyError, TypeError):
        raise VaultCorrupt(
            f"The vault's sidecar file {path.name} is damaged; the vault was left untouched."
        ) from None


def _key_pragma(key: bytes | bytearray) -> str:
    return f"\"x'{bytes(key).hex()}'\""


def _connect(path: Path, create: bool) -> sqlcipher3.Connection:
    mode = "rwc" if create else "rw"
    uri = f"file:{_uri_quote(path)}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    # SQLCipher logs decrypt failures to stderr; we report them ourselves.
    with contextlib.suppress(sqlcipher3.DatabaseError):
        conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _uri_quote(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.absolute()))


def _is_locked_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class Vault:
    """An open, unlocked vault. Create with :meth:`create`, open with :meth:`open`.

    The SQLCipher connection is wrapped by ``sqlite_utils.Database`` (``self.db``).
    One connection, used by one thread at a time (the caller owns the threading; the
    desktop client gives the vault its own single-worker executor).
    """

    def __init__(self, path: Path, conn: sqlcipher3.Connection, params: KdfParams,
                 key: bytearray) -> None:
        self.path = path
        self._conn: sqlcipher3.Connection | None = conn
        self._params = params
        self._key = key
        self.db = sqlite_utils.Database(conn)
        self.lock_guard = threading.RLock()

    # -- lifecycle -------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str,
               profile: str = DEFAULT_PROFILE) -> Vault:
        path = Path(path)
        if len(passphrase) < MIN_PASSPHRASE:
            raise WeakPassphrase()
        side = sidecar_path(path)
        if path.exists() or side.exists():
            raise VaultExists(f"A vault already exists at {path}; it was left untouched.")
        params = KdfParams.new(profile)
        key = params.derive(passphrase)
        with disk_errors():
            path.parent.mkdir(parents=True, exist_ok=True)
            # Sidecar first: a vault file without its sidecar could never be opened.
            atomic_write(side, _sidecar_bytes(params, key))
            try:
                conn = _connect(path, create=True)
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
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
        return cls(path, conn, params, key)

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str) -> Vault:
        path = Path(path)
        if not path.exists():
            raise VaultMissing(f"There is no vault at {path}.")
        if not path.is_file():
            raise VaultCorrupt(f"{path} is not a vault file.")
        side = sidecar_path(path)
        pending = _pending_path(path)
        if not side.exists() and not pending.exists():
            raise VaultCorrupt(
                f"The vault's sidecar file {side.name} is missing; "
                "without it the vault cannot be unlocked. The vault was left untouched."
            )
        candidates: list[tuple[Path, KdfParams, bytes]] = []
        for p in (side, pending):
            if p.exists():
                try:
                    params, check = _read_sidecar(p)
                except VaultCorrupt:
                    if p is side and not pending.exists():
                        raise
                    continue
                candidates.append((p, params, check))
        key = None
        chosen = None
        for p, params, check in candidates:
            try:
                k = params.derive(passphrase)
            except (nacl.exceptions.CryptoError, ValueError, TypeError, MemoryError):
                raise VaultCorrupt(
                    f"The key settings in {p.name} are not usable; the vault was left untouched."
                ) from None
            if hmac.compare_digest(_key_check(k), check):
                key, chosen = k, (p, params)
                break
        if key is None or chosen is None:
            raise WrongPassphrase()
        size = path.stat().st_size
        if size < PAGE_SIZE or size % PAGE_SIZE:
            raise VaultCorrupt(
                f"The vault file {path.name} is damaged (truncated); it was left untouched."
            )
        try:
            conn = _connect(path, create=False)
        except sqlcipher3.Error as exc:
            raise VaultCorrupt(f"The vault file {path.name} could not be opened: {exc}.") from None
        try:
            conn.execute(f"PRAGMA key = {_key_pragma(key)}")
            version = _check_readable(conn, path)
            _configure(conn)
            schema.upgrade(conn, version)
        except BaseException:
            conn.close()
            raise
        if chosen[0] == pending:
            # A passphrase change was interrupted after the rekey: finish it.
            os.replace(pending, side)
            fsync_dir(path.parent)
        elif pending.exists():
            with contextlib.suppress(OSError):
                pending.unlink()
        return cls(path, conn, chosen[1], key)

    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def kdf_profile(self) -> str:
        return self._params.profile

    def lock(self) -> None:
        """Close the database and forget the key (as far as Python lets us)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        for i in range(len(self._key)):
            self._key[i] = 0
        self.db = None  # type: ignore[assignment]

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
        params = KdfParams.new(profile or self._params.profile)
        key = params.derive(new_passphrase)
        side, pending = sidecar_path(self.path), _pending_path(self.path)
        atomic_write(pending, _sidecar_bytes(params, key))
        try:
            self.conn.execute(f"PRAGMA rekey = {_key_pragma(key)}")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlcipher3.Error as exc:
            with contextlib.suppress(OSError):
                pending.unlink()
            _raise_db(exc)
        os.replace(pending, side)
        fsync_dir(self.path.parent)
        old, self._key, self._params = self._key, key, params
        for i in range(len(old)):
            old[i] = 0

    def backup(self, dest: str | os.PathLike[str]) -> Path:
        """Write an encrypted copy (same passphrase) with ``sqlcipher_export``.

        The copy is made under a temp name in the destination folder and renamed into
        place, with its own sidecar; an existing file is never overwritten.
        """
        dest = Path(dest)
        if dest.exists() or sidecar_path(dest).exists():
            raise VaultExists(f"{dest} already exists; choose another name for the backup.")
        tmp = temp_path_for(dest)
        with disk_errors():
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                self.conn.execute(
                    f"ATTACH DATABASE ? AS backup KEY {_key_pragma(self._key)}", (str(tmp),)
                )
                try:
                    self.conn.execute("SELECT sqlcipher_export('backup')")
                finally:
                    self.conn.execute("DETACH DATABASE backup")
                fd = os.open(tmp, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
                atomic_write(sidecar_path(dest), _sidecar_bytes(self._params, self._key))
                os.replace(tmp, dest)
                fsync_dir(dest.parent)
            except sqlcipher3.Error as exc:
                with contextlib.suppress(OSError):
                    tmp.unlink()
                _raise_db(exc)
            except BaseException:
                with contextlib.suppress(OSError):
                    tmp.unlink()
                raise
        return dest

    # -- diagnostics -------------------------------------------------------------------
    def cipher_version(self) -> str:
        return self.conn.execute("PRAGMA cipher_version").fetchone()[0]

    def integrity_check(self) -> list[str]:
        """Full check: every page's HMAC (SQLCipher) and SQLite's structural check."""
        try:
            problems = [r[0] for r in self.conn.execute("PRAGMA cipher_integrity_check")]
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
        except sqlcipher3.Error as exc:
            return [str(exc)]
        return problems + [r for r in rows if r != "ok"]


def _configure(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":  # pragma: no cover - only on exotic filesystems
        raise VaultCorrupt("The vault could not switch to write-ahead logging.")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA temp_store = MEMORY")


def _check_readable(conn: sqlcipher3.Connection, path: Path) -> int:
    """Read enough to know the key fits and the file is a Caucus vault; no writes."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        row = conn.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()
    except sqlcipher3.OperationalError as exc:
        if _is_locked_error(exc):
            raise VaultBusy() from None
        raise VaultCorrupt(
            f"{path.name} is not a Caucus vault or is damaged; it was left untouched."
        ) from None
    except sqlcipher3.DatabaseError:
        raise VaultCorrupt(
            f"The vault file {path.name} is damaged; it was left untouched."
        ) from None
    if row is None:
        raise VaultCorrupt(f"{path.name} is not a Caucus vault; it was left untouched.")
    return int(row[0])


def _raise_db(exc: Exception) -> None:
    """Map a database exception to our errors (never leaking SQL or values)."""
    text = str(exc).lower()
    if "full" in text:
        raise DiskFull() from None
    if _is_locked_error(exc):
        raise VaultBusy() from None
    if isinstance(exc, sqlcipher3.DatabaseError | sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text or "corrupt" in text
    ):
        raise VaultCorrupt(
            "The vault file is damaged; stop using it and restore a backup."
        ) from None
    raise exc


@contextlib.contextmanager
def db_errors():
    """Context manager that maps SQLCipher errors to Caucus errors at API boundaries."""
    try:
        yield
    except sqlcipher3.Error as exc:
        _raise_db(exc)
