"""What the parts of one replica share: the vault, this device's identity, the author
numbers, the caches, the write lock and the rebuild flags.

Every part (:mod:`.log`, :mod:`.delivery`, :mod:`.roster`, :mod:`.state`, …) receives
the one :class:`Shared` of its replica and reads and writes its public attributes; no
part keeps state of its own that another would have to reset. :meth:`Shared.reset`
drops every cache at once (after a rollback, or when another program wrote to the vault).
"""

from __future__ import annotations

import threading

import nacl.signing

from .. import changes
from ..errors import VaultCorrupt
from ..store import clocks
from ..store.vault import Vault

DEPS_CACHE = 4096  # change sets whose (author, seq, deps) are kept decoded
STAMP_CACHE = 65536  # change sets whose (hlc, author, seq) are kept, for reading clocks
LOADED_CACHE = 8  # change sets kept parsed for reading values (conflicts, value tags)


def device_row_id(device_id: str) -> str:
    """The id of a device's row in the ``device`` table (derived from its public key)."""
    return changes.derived_id("device", device_id)


class NumberMap(dict):
    """Numbers the vault gave (authors, field names) → what they stand for, cached; a
    number not seen yet is read again from the vault, because another process with the
    vault open (the command line beside the app, a sync in a second window) may have
    given it since this one loaded the map."""

    def __init__(self, load) -> None:
        super().__init__()
        self.load = load

    def __missing__(self, no: int):
        self.update(self.load())
        if no in self.keys():
            return dict.__getitem__(self, no)
        raise KeyError(no)


class Shared:
    """The state the parts of one replica share, all of it public.

    ``authors``/``author_pks`` map public keys to the small numbers the vault stores and
    back; ``field_codes``/``field_names`` do the same for field names (the rows' clocks
    store numbers, :mod:`sync.store.clocks`), and ``stamps`` keeps the ``(hlc, author,
    seq)`` of change sets those clocks name. Caches, each ``None`` or empty until first
    used: ``roster`` (the :class:`~.roster.Roster` in force;
    :class:`~.roster.Permissions` loads it), ``erased`` (the erased ``(table, row)``
    pairs), ``order`` (the greatest applied order), ``deps`` (change set number →
    author, seq and deps by author number), ``loaded`` (a few change sets kept parsed,
    by number, for reading their values) and ``fts_to_purge``
    (full-text tables to rewrite when the transaction commits). ``needs_rebuild`` asks for
    the state to be recomputed before the transaction ends; ``rebuilding`` is set while
    it is; ``bulk_loading`` while a bulk load into an empty vault runs (:mod:`.bulk`).
    """

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.write_lock = threading.RLock()
        self.authors: dict[bytes, int] = {}
        self.author_pks: dict[int, bytes] = NumberMap(self._read_author_pks)
        self.field_codes: dict[str, int] = {}
        self.field_names: dict[int, str] = NumberMap(self._read_field_names)
        self.stamps: dict[int, tuple[int, int, int]] = {}
        self.roster = None
        self.erased: set[tuple[str, str]] | None = None
        self.order: int | None = None
        self.deps: dict[int, tuple[int, int, dict[int, int]]] = {}
        self.loaded: dict[int, changes.ChangeSet] = {}
        self.fts_to_purge: set[str] = set()
        self.needs_rebuild = False
        self.rebuilding = False
        self.bulk_loading = False
        self._signing_key: nacl.signing.SigningKey | None = None
        self.reset()

    @property
    def conn(self):
        """The vault's connection; :class:`VaultLocked` once the vault is locked."""
        return self.vault.conn

    def reset(self) -> None:
        """Drop every cache and read the author numbers again from the vault."""
        self.fts_to_purge.clear()
        self.deps.clear()
        self.loaded.clear()
        self.erased = None
        self.roster = None
        self.order = None
        self.needs_rebuild = False
        self.authors.clear()
        self.author_pks.clear()
        for no, pk in self.conn.execute("SELECT no, pk FROM author"):
            self.authors[bytes(pk)] = no
            self.author_pks[no] = bytes(pk)
        self.stamps.clear()
        self.field_codes.clear()
        self.field_names.clear()
        for no, name in self.conn.execute("SELECT no, name FROM field_code"):
            self.field_codes[name] = no
            self.field_names[no] = name

    # -- the vault's own settings -----------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value)
        )

    def secret(self, name: str) -> bytes | None:
        row = self.conn.execute("SELECT value FROM secret WHERE name = ?", (name,)).fetchone()
        return None if row is None else bytes(row[0])

    def set_secret(self, name: str, value: bytes) -> None:
        self.conn.execute(
            "INSERT INTO secret(name, value) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET value = excluded.value", (name, value)
        )

    # -- identity ---------------------------------------------------------------------
    @property
    def branch_id(self) -> bytes:
        value = self.meta("branch_id")
        if value is None:
            raise VaultCorrupt("This vault has no branch yet.")
        return bytes.fromhex(value)

    @property
    def signing_key(self) -> nacl.signing.SigningKey:
        if self._signing_key is None:
            seed = self.secret("device_signing_key")
            if seed is None:
                raise VaultCorrupt("This vault has no device key.")
            self._signing_key = nacl.signing.SigningKey(seed)
        return self._signing_key

    @property
    def device_pk(self) -> bytes:
        return bytes(self.signing_key.verify_key)

    def founder(self) -> bytes | None:
        value = self.meta("founder")
        return bytes.fromhex(value) if value else None

    def device_name(self, device_id: str) -> str:
        row = self.conn.execute(
            "SELECT name FROM device WHERE id = ?", (device_row_id(device_id),)
        ).fetchone()
        return row[0] if row and row[0] else device_id[:8]

    # -- author numbers ---------------------------------------------------------------
    def _read_author_pks(self) -> dict[int, bytes]:
        return {no: bytes(pk) for no, pk in self.conn.execute("SELECT no, pk FROM author")}

    def _read_field_names(self) -> dict[int, str]:
        return dict(self.conn.execute("SELECT no, name FROM field_code"))

    def known_author_no(self, pk: bytes) -> int | None:
        """The vault's number for an author key, if it has given one (None: never seen)."""
        no = self.authors.get(pk)
        if no is None:
            row = self.conn.execute("SELECT no FROM author WHERE pk = ?", (pk,)).fetchone()
            if row is not None:
                no = self.authors[pk] = int(row[0])
                self.author_pks[no] = pk
        return no

    def author_no(self, pk: bytes) -> int:
        """The vault's number for an author key, given it on first sight."""
        no = self.known_author_no(pk)
        if no is None:
            cur = self.conn.execute("INSERT INTO author(pk) VALUES (?)", (pk,))
            no = int(cur.lastrowid)
            self.authors[pk] = no
            self.author_pks[no] = pk
        return no

    def author_pk(self, no: int) -> bytes:
        return self.author_pks[no]

    # -- the rows' clocks ---------------------------------------------------------------
    def field_code(self, name: str) -> int:
        """The vault's number for a field name, given it on first sight."""
        no = self.field_codes.get(name)
        if no is None:
            row = self.conn.execute("SELECT no FROM field_code WHERE name = ?",
                                    (name,)).fetchone()
            no = int(row[0]) if row is not None else int(self.conn.execute(
                "INSERT INTO field_code(name) VALUES (?)", (name,)).lastrowid)
            self.field_codes[name] = no
            self.field_names[no] = name
        return no

    def stamp_of(self, cs: int) -> tuple[int, int, int]:
        """``(hlc, author, seq)`` of stored change set ``cs`` (cached)."""
        hit = self.stamps.get(cs)
        if hit is None:
            row = self.conn.execute(
                "SELECT hlc, author, seq FROM changeset WHERE no = ?", (cs,)).fetchone()
            if row is None:
                raise VaultCorrupt("A row's clock names a change set this vault lacks.")
            if len(self.stamps) >= STAMP_CACHE:
                self.stamps.clear()
            hit = self.stamps[cs] = (row[0], row[1], row[2])
        return hit

    def encode_clock(self, clock: clocks.Clock) -> bytes:
        return clocks.encode(clock, self.field_code)

    def decode_clock(self, data: bytes | None) -> clocks.Clock:
        return clocks.decode(data, self.field_names.__getitem__, self.stamp_of)

    def deps_by_no(self, deps: dict[bytes, int]) -> dict[int, int]:
        """A change set's deps keyed by author number instead of public key."""
        return {self.author_no(pk): s for pk, s in deps.items()}

    def rank(self, stamp: list[int]) -> tuple[int, bytes]:
        """The LWW order of an op stamp ``[hlc, author, …]``: ``(hlc, author key)``."""
        return stamp[0], self.author_pks[stamp[1]]
