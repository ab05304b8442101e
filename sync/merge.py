"""Applying change sets to the vault: field-level LWW with visible conflicts.

Local writes and remote change sets take the same path: a change set is built (or
received and verified), stored as the exact bytes that were signed, and applied by
:meth:`Replica._apply`. Keeping one path means a local edit and the same edit arriving
from another laptop produce the same state.

State kept per replicated row (``clock`` table) is, for each field, the set of its
causally maximal op stamps ``[hlc, author_no, seq, cs_no]`` (for ``deleted`` the value
is appended). Given causal delivery an incoming op is never dominated by one already
applied, so the new set is "the old stamps the incoming change set has not seen, plus
the incoming one": independent of arrival order. The field's value is that of the
greatest stamp by ``(hlc, author public key)`` (LWW). More than one stamp means two
writes neither saw: a conflict, listed until a write that has seen both supersedes them.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import cbor2
import nacl.signing

from . import changes, schema
from .changes import ERASE_FIELD, ChangeSet
from .errors import (
    CaucusError,
    MalformedChangeSet,
    NotPermitted,
    UnknownId,
    VaultCorrupt,
)
from .vault import Vault, db_errors

NAME_FIELDS = ("first_name", "last_name", "preferred_name")
CONTACT_FIELDS = ("emails", "phones", "membership_no", "postcode")


@dataclass
class Stamp:
    hlc: int
    author: int
    seq: int
    cs: int

    def as_list(self) -> list[int]:
        return [self.hlc, self.author, self.seq, self.cs]


@dataclass
class HistoryEntry:
    """One op in a row's history (the audit trail)."""

    field: str
    value: object
    hlc: int
    device: str
    device_name: str
    seq: int
    redacted: bool = False


@dataclass
class Conflict:
    table: str
    row: str
    field: str
    # each candidate: value, device id, device name, hlc (ms timestamp in hlc >> 16)
    candidates: list[dict] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.table}:{self.row}:{self.field}"


class Transaction:
    """Collects field writes; on commit they become one signed change set."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], dict[str, object]] = {}

    def set(self, table: str, row: str, fields: dict[str, object]) -> None:
        if table not in schema.TABLES:
            raise CaucusError(f"Unknown table {table!r}.")
        self.rows.setdefault((table, row), {}).update(fields)

    def erase(self, table: str, row: str) -> None:
        self.rows[(table, row)] = {ERASE_FIELD: True}


class Replica:
    """This device's view of its branch, over an open :class:`Vault`."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.conn = vault.conn
        self._authors: dict[bytes, int] = {}
        self._author_pks: dict[int, bytes] = {}
        self._signing_key: nacl.signing.SigningKey | None = None
        self._write_lock = threading.RLock()
        self._deps_cache = lru_cache(maxsize=4096)(self._load_deps)
        for no, pk in self.conn.execute("SELECT no, pk FROM author"):
            self._authors[bytes(pk)] = no
            self._author_pks[no] = bytes(pk)

    # -- identity ------------------------------------------------------------------
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

    @property
    def initialised(self) -> bool:
        return self.meta("branch_id") is not None

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

    @property
    def device_id(self) -> str:
        return self.device_pk.hex()

    def author_no(self, pk: bytes) -> int:
        no = self._authors.get(pk)
        if no is None:
            cur = self.conn.execute("INSERT INTO author(pk) VALUES (?)", (pk,))
            no = int(cur.lastrowid)
            self._authors[pk] = no
            self._author_pks[no] = pk
        return no

    def author_pk(self, no: int) -> bytes:
        return self._author_pks[no]

    # -- transactions --------------------------------------------------------------
    @contextlib.contextmanager
    def sql_transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""
        with self._write_lock, db_errors():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                self._deps_cache.cache_clear()
                raise
            self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One local transaction = one signed change set (nothing if no writes)."""
        tx = Transaction()
        yield tx
        if tx.rows:
            self.commit(tx)

    def commit(self, tx: Transaction) -> ChangeSet:
        with self.sql_transaction():
            self._check_can_write(tx)
            return self._write_local(
                [(t, r, f) for (t, r), f in tx.rows.items()]
            )

    def _check_can_write(self, tx: Transaction) -> None:
        role = self.device_role(self.device_id)
        if role is None and self.meta("genesis_pending") == "1":
            return
        data_tables = {t for (t, _r) in tx.rows} - {"device", "branch"}
        if role == "viewer" and data_tables:
            raise NotPermitted("This device is a viewer: it can read but not change records.")
        if role is None:
            raise NotPermitted("This device is not in the branch's roster.")

    def _write_local(self, rows: list[tuple[str, str, dict[str, object]]]) -> ChangeSet:
        me = self.author_no(self.device_pk)
        head = self.conn.execute("SELECT seq, hash FROM vv WHERE author = ?", (me,)).fetchone()
        seq = 1 if head is None else head[0] + 1
        prev = None if head is None else bytes(head[1])
        last = int(self.meta("hlc") or 0)
        hlc = changes.next_hlc(last)
        deps = {
            self._author_pks[a]: s
            for a, s in self.conn.execute("SELECT author, seq FROM vv WHERE author != ?", (me,))
        }
        cs = changes.build(self.signing_key, self.branch_id, seq, prev, hlc, deps, rows)
        no = self._store(cs, "applied")
        self._apply(cs, no)
        return cs

    def _store(self, cs: ChangeSet, status: str, reason: str | None = None) -> int:
        author = self.author_no(cs.author)
        cur = self.conn.execute(
            "INSERT INTO changeset(hash, author, seq, hlc, body, sig, vals, status, reason, "
            "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (cs.hash, author, cs.seq, cs.hlc, cs.body, cs.sig, cs.vals, status, reason,
             changes.hlc_millis(changes.wall_hlc())),
        )
        return int(cur.lastrowid)

    # -- applying ------------------------------------------------------------------
    def _apply(self, cs: ChangeSet, cs_no: int) -> None:
        """Apply a stored, verified, causally ready change set to the state."""
        author = self.author_no(cs.author)
        deps = {self.author_no(pk): s for pk, s in cs.deps.items()}
        for index, row in enumerate(cs.rows):
            self.conn.execute(
                "INSERT OR IGNORE INTO row_index(tbl, row, cs) VALUES (?, ?, ?)",
                (row.table, row.row, cs_no),
            )
            values = cs.row_values(index)
            if values is None or self._is_erased(row.table, row.row):
                continue
            if ERASE_FIELD in values:
                self._erase(row.table, row.row, cs_no)
                continue
            self._apply_row(row.table, row.row, values, Stamp(cs.hlc, author, cs.seq, cs_no),
                            deps)
        vv = self.conn.execute("SELECT seq FROM vv WHERE author = ?", (author,)).fetchone()
        if vv is None or vv[0] < cs.seq:
            self.conn.execute(
                "INSERT INTO vv(author, seq, hash) VALUES (?, ?, ?) ON CONFLICT(author) "
                "DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
                (author, cs.seq, cs.hash),
            )
        last = int(self.meta("hlc") or 0)
        if cs.hlc > last:
            self.set_meta("hlc", str(cs.hlc))

    def _covered(self, stamp: list[int], author: int, seq: int, deps: dict[int, int]) -> bool:
        """Had the writer of (author, seq) with ``deps`` seen the op ``stamp``?"""
        if stamp[1] == author:
            return stamp[2] <= seq
        return deps.get(stamp[1], 0) >= stamp[2]

    def _rank(self, stamp: list[int]) -> tuple[int, bytes]:
        return stamp[0], self._author_pks[stamp[1]]

    def _apply_row(self, table: str, row: str, values: dict[str, object], stamp: Stamp,
                   deps: dict[int, int]) -> None:
        if table not in schema.TABLES:
            raise MalformedChangeSet(f"A change set names an unknown table {table!r}.")
        clock_row = self.conn.execute(
            "SELECT data FROM clock WHERE tbl = ? AND row = ?", (table, row)
        ).fetchone()
        clock: dict[str, list[list]] = json.loads(clock_row[0]) if clock_row else {}
        mine = stamp.as_list()
        winners: dict[str, object] = {}
        for name, value in values.items():
            try:
                schema.field_kind(table, name)
            except KeyError:
                raise MalformedChangeSet(
                    f"A change set names an unknown field {table}.{name}."
                ) from None
            entry = mine + [bool(value)] if name == "deleted" else list(mine)
            sibs = [s for s in clock.get(name, [])
                    if not self._covered(s, stamp.author, stamp.seq, deps)]
            sibs.append(entry)
            clock[name] = sibs
            if max(sibs, key=self._rank) is entry:
                winners[name] = value
        self.conn.execute(
            "INSERT INTO clock(tbl, row, data) VALUES (?, ?, ?) ON CONFLICT(tbl, row) "
            "DO UPDATE SET data = excluded.data",
            (table, row, json.dumps(clock, separators=(",", ":"))),
        )
        self._write_state(table, row, winners, created=clock_row is None)
        self._update_conflicts(table, row, clock)
        if table in schema.MEMBER_LINKED:
            member = self.conn.execute(
                f"SELECT member_id FROM {table} WHERE id = ?", (row,)  # noqa: S608
            ).fetchone()
            if member and member[0] and self._is_erased("member", member[0]):
                self._erase(table, row, stamp.cs)

    def _write_state(self, table: str, row: str, winners: dict[str, object],
                     created: bool) -> None:
        if not winners and not created:
            return
        plain = {k: v for k, v in winners.items() if not k.startswith("custom.")}
        custom = {k[7:]: v for k, v in winners.items() if k.startswith("custom.")}
        cols = {k: _to_sql(schema.field_kind(table, k), v) for k, v in plain.items()}
        if custom:
            current = self.conn.execute(
                "SELECT custom FROM member WHERE id = ?", (row,)
            ).fetchone()
            merged = json.loads(current[0]) if current and current[0] else {}
            for k, v in custom.items():
                if v is None or v == "":
                    merged.pop(k, None)
                else:
                    merged[k] = v
            cols["custom"] = json.dumps(merged, sort_keys=True, ensure_ascii=False) if merged \
                else None
        names = list(cols)
        if names:
            assignments = ", ".join(f"{n} = excluded.{n}" for n in names)
            sql = (
                f"INSERT INTO {table}(id, {', '.join(names)}) "  # noqa: S608
                f"VALUES (?, {', '.join('?' * len(names))}) "
                f"ON CONFLICT(id) DO UPDATE SET {assignments} RETURNING rid"
            )
            rid = self.conn.execute(sql, (row, *cols.values())).fetchone()[0]
        else:
            rid = self.conn.execute(
                f"INSERT INTO {table}(id) VALUES (?) ON CONFLICT(id) DO UPDATE SET id = id "  # noqa: S608
                "RETURNING rid", (row,)
            ).fetchone()[0]
        if table == "member" and (created or any(k in winners for k in NAME_FIELDS
                                                  + CONTACT_FIELDS)):
            self._index_member(rid, created)
        elif table == "note" and (created or "text" in winners):
            self._index_note(rid, created)

    def _index_member(self, rid: int, created: bool) -> None:
        if not created:
            self.conn.execute("DELETE FROM member_fts WHERE rowid = ?", (rid,))
        row = self.conn.execute(
            "SELECT first_name, last_name, preferred_name, emails, phones, membership_no, "
            "postcode FROM member WHERE rid = ?", (rid,)
        ).fetchone()
        name = " ".join(x for x in row[:3] if x)
        contact_parts = []
        for blob in row[3:5]:
            if blob:
                contact_parts.extend(json.loads(blob))
        # phone digits without punctuation, so "7700 900" and "7700900" both match
        contact_parts.extend("".join(ch for ch in p if ch.isdigit())
                             for p in (json.loads(row[4]) if row[4] else []))
        contact_parts.extend(x for x in row[5:7] if x)
        self.conn.execute(
            "INSERT INTO member_fts(rowid, name, contact) VALUES (?, ?, ?)",
            (rid, name, " ".join(contact_parts)),
        )

    def _index_note(self, rid: int, created: bool) -> None:
        if not created:
            self.conn.execute("DELETE FROM note_fts WHERE rowid = ?", (rid,))
        text = self.conn.execute("SELECT text FROM note WHERE rid = ?", (rid,)).fetchone()[0]
        if text:
            self.conn.execute("INSERT INTO note_fts(rowid, text) VALUES (?, ?)", (rid, text))

    # -- conflicts -----------------------------------------------------------------
    def _load_deps(self, cs_no: int) -> tuple[int, int, dict[int, int]]:
        row = self.conn.execute(
            "SELECT body, vals, author, seq FROM changeset WHERE no = ?", (cs_no,)
        ).fetchone()
        payload = cbor2.loads(bytes(row[0])[len(changes.MAGIC) + changes.PK_BYTES:])
        deps = {self.author_no(pk): s for pk, s in payload[4].items()}
        return row[2], row[3], deps

    def _concurrent(self, a: list[int], b: list[int]) -> bool:
        a_author, a_seq, a_deps = self._deps_cache(a[3])
        b_author, b_seq, b_deps = self._deps_cache(b[3])
        return not self._covered(a, b_author, b_seq, b_deps) and not self._covered(
            b, a_author, a_seq, a_deps
        )

    def _update_conflicts(self, table: str, row: str, clock: dict[str, list[list]]) -> None:
        disputed = {name for name, sibs in clock.items() if len(sibs) > 1}
        deletes = [s for s in clock.get("deleted", []) if len(s) > 4 and s[4]]
        if deletes and "deleted" not in disputed:
            for name, sibs in clock.items():
                if name != "deleted" and any(
                    self._concurrent(d, s) for d in deletes for s in sibs
                ):
                    disputed.add("deleted")
                    break
        self.conn.execute("DELETE FROM conflict WHERE tbl = ? AND row = ?", (table, row))
        for name in disputed:
            self.conn.execute(
                "INSERT INTO conflict(tbl, row, field) VALUES (?, ?, ?)", (table, row, name)
            )

    def conflicts(self) -> list[Conflict]:
        out = []
        for table, row, name in self.conn.execute(
            "SELECT tbl, row, field FROM conflict ORDER BY tbl, row, field"
        ).fetchall():
            out.append(self.conflict(table, row, name))
        return out

    def conflict(self, table: str, row: str, name: str) -> Conflict:
        hit = self.conn.execute(
            "SELECT 1 FROM conflict WHERE tbl = ? AND row = ? AND field = ?", (table, row, name)
        ).fetchone()
        if hit is None:
            raise UnknownId(f"There is no open conflict {table}:{row}:{name}.")
        clock = json.loads(self.conn.execute(
            "SELECT data FROM clock WHERE tbl = ? AND row = ?", (table, row)
        ).fetchone()[0])
        conflict = Conflict(table, row, name)
        stamps = sorted(clock.get(name, []), key=self._rank, reverse=True)
        for stamp in stamps:
            conflict.candidates.append(self._candidate(table, row, name, stamp))
        if name == "deleted":
            deletes = [s for s in stamps if len(s) > 4 and s[4]]
            for other, sibs in clock.items():
                if other == "deleted":
                    continue
                for s in sibs:
                    if any(self._concurrent(d, s) for d in deletes):
                        cand = self._candidate(table, row, other, s)
                        cand["kind"] = "edit"
                        conflict.candidates.append(cand)
        return conflict

    def _candidate(self, table: str, row: str, name: str, stamp: list) -> dict:
        pk = self._author_pks[stamp[1]]
        return {
            "field": name,
            "value": self._op_value(stamp[3], table, row, name),
            "device": pk.hex(),
            "device_name": self.device_name(pk.hex()),
            "hlc": stamp[0],
            "seq": stamp[2],
            "mine": pk == self.device_pk,
        }

    def _op_value(self, cs_no: int, table: str, row: str, name: str) -> object:
        cs = self.load_changeset(cs_no)
        for index, r in enumerate(cs.rows):
            if r.table == table and r.row == row and name in r.fields:
                vals = cs.row_values(index)
                return None if vals is None else vals[name]
        return None

    # -- erasure -------------------------------------------------------------------
    def _is_erased(self, table: str, row: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM erased WHERE tbl = ? AND row = ?", (table, row)
        ).fetchone() is not None

    def _erase(self, table: str, row: str, cs_no: int) -> None:
        if self._is_erased(table, row):
            return
        self.conn.execute(
            "INSERT INTO erased(tbl, row, cs) VALUES (?, ?, ?)", (table, row, cs_no)
        )
        found = self.conn.execute(
            f"SELECT rid FROM {table} WHERE id = ?", (row,)  # noqa: S608
        ).fetchone()
        if found:
            if table == "member":
                self.conn.execute("DELETE FROM member_fts WHERE rowid = ?", (found[0],))
            elif table == "note":
                self.conn.execute("DELETE FROM note_fts WHERE rowid = ?", (found[0],))
            self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row,))  # noqa: S608
        self.conn.execute("DELETE FROM clock WHERE tbl = ? AND row = ?", (table, row))
        self.conn.execute("DELETE FROM conflict WHERE tbl = ? AND row = ?", (table, row))
        for (no,) in self.conn.execute(
            "SELECT cs FROM row_index WHERE tbl = ? AND row = ?", (table, row)
        ).fetchall():
            self._redact(no, table, row)
        if table == "member":
            for linked in schema.MEMBER_LINKED:
                for (rid,) in self.conn.execute(
                    f"SELECT id FROM {linked} WHERE member_id = ?", (row,)  # noqa: S608
                ).fetchall():
                    self._erase(linked, rid, cs_no)

    def _redact(self, cs_no: int, table: str, row: str) -> None:
        cs = self.load_changeset(cs_no)
        hits = [i for i, r in enumerate(cs.rows)
                if r.table == table and r.row == row and cs.values[i] is not None
                and ERASE_FIELD not in r.fields]
        if hits:
            self.conn.execute(
                "UPDATE changeset SET vals = ? WHERE no = ?",
                (changes.redact(cs.vals, hits), cs_no),
            )

    # -- reading -------------------------------------------------------------------
    def load_changeset(self, cs_no: int) -> ChangeSet:
        row = self.conn.execute(
            "SELECT body, sig, vals FROM changeset WHERE no = ?", (cs_no,)
        ).fetchone()
        if row is None:
            raise UnknownId()
        return changes.verify(bytes(row[0]), bytes(row[1]), bytes(row[2]))

    def version_vector(self) -> dict[str, int]:
        return {
            self._author_pks[a].hex(): s
            for a, s in self.conn.execute("SELECT author, seq FROM vv ORDER BY author")
        }

    def list_changesets(self, limit: int | None = None) -> list[dict]:
        sql = "SELECT no, author, seq, hlc, body, vals, status FROM changeset ORDER BY no"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        out = []
        for no, author, seq, hlc, body, _vals, status in self.conn.execute(sql).fetchall():
            payload = cbor2.loads(bytes(body)[len(changes.MAGIC) + changes.PK_BYTES:])
            ops = sum(len(r[2]) for r in payload[5])
            pk = self._author_pks[author].hex()
            out.append({
                "no": no, "author": pk, "author_name": self.device_name(pk), "seq": seq,
                "hlc": hlc, "time_ms": changes.hlc_millis(hlc), "rows": len(payload[5]),
                "ops": ops, "status": status,
            })
        return out

    def verify_all(self) -> tuple[int, list[tuple[int, str]]]:
        """Re-verify every stored change set from its stored bytes.

        Returns the number checked and a list of ``(no, reason)`` failures. Beyond
        the signature, checks that the stored author and seq match the signed ones and
        that each author's chain of ``prev`` hashes is unbroken.
        """
        failures: list[tuple[int, str]] = []
        count = 0
        prev_by_author: dict[int, tuple[int, bytes]] = {}
        for no, author, seq, hlc, body, sig, vals, h in self.conn.execute(
            "SELECT no, author, seq, hlc, body, sig, vals, hash FROM changeset "
            "ORDER BY author, seq"
        ):
            count += 1
            try:
                cs = changes.verify(bytes(body), bytes(sig), bytes(vals))
            except CaucusError as exc:
                failures.append((no, str(exc)))
                continue
            if (cs.author != self._author_pks[author] or cs.seq != seq or cs.hlc != hlc
                    or cs.hash != bytes(h)):
                failures.append((no, "The stored index does not match the signed change set."))
                continue
            before = prev_by_author.get(author)
            if before and before[0] == seq - 1 and cs.prev != before[1]:
                failures.append((no, "The change set does not link to its author's previous one."))
            prev_by_author[author] = (seq, cs.hash)
        return count, failures

    def history(self, table: str, row: str) -> list[HistoryEntry]:
        """Every op on a row, oldest first: who wrote which value, when, on which device."""
        out: list[HistoryEntry] = []
        for (no,) in self.conn.execute(
            "SELECT cs FROM row_index WHERE tbl = ? AND row = ? ORDER BY cs", (table, row)
        ).fetchall():
            cs = self.load_changeset(no)
            device = cs.author.hex()
            name = self.device_name(device)
            for index, r in enumerate(cs.rows):
                if r.table != table or r.row != row:
                    continue
                vals = cs.row_values(index)
                for f in r.fields:
                    out.append(HistoryEntry(
                        f, None if vals is None else vals[f], cs.hlc, device, name, cs.seq,
                        redacted=vals is None,
                    ))
        out.sort(key=lambda e: (e.hlc, e.device))
        return out

    def device_name(self, device_id: str) -> str:
        row = self.conn.execute(
            "SELECT name FROM device WHERE id = ?", (device_row_id(device_id),)
        ).fetchone()
        return row[0] if row and row[0] else device_id[:8]

    def device_role(self, device_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT role, deleted FROM device WHERE id = ?", (device_row_id(device_id),)
        ).fetchone()
        if row is None or row[1]:
            return None
        return row[0]

    def state_hash(self) -> str:
        """A digest of the replicated state: equal on replicas that hold the same data."""
        h = _Hasher()
        for table, fields in schema.TABLES.items():
            cols = ["id", *fields, "deleted"]
            h.update(table.encode())
            for row in self.conn.execute(
                f"SELECT {', '.join(cols)} FROM {table} ORDER BY id"  # noqa: S608
            ):
                h.update(cbor2.dumps(list(row), canonical=True))
        h.update(b"erased")
        for row in self.conn.execute("SELECT tbl, row FROM erased ORDER BY tbl, row"):
            h.update(cbor2.dumps(list(row)))
        return h.hexdigest()


class _Hasher:
    def __init__(self) -> None:
        import hashlib

        self._h = hashlib.blake2b(digest_size=32, person=b"caucus-state-v1")

    def update(self, data: bytes) -> None:
        self._h.update(len(data).to_bytes(8, "big") + data)

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def device_row_id(device_id: str) -> str:
    return changes.derived_id("device", device_id)


def _to_sql(kind: str, value: object) -> object:
    if value is None:
        return None
    if kind == "list":
        return json.dumps(list(value), ensure_ascii=False)
    if kind == "json":
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if kind == "bool":
        return 1 if value else 0
    return value
