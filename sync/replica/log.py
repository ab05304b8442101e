"""The stored change-set log: each change set kept as the exact bytes that were signed,
with its local number, status and applied order, and the per-author version vector.

Statuses: ``applied`` (its ops count), ``held`` (waiting for earlier change sets),
``rejected`` (its author was not permitted to write it; kept so peers can fill their
gap and reject it alike) and ``void`` (made after its device's revocation).
"""

from __future__ import annotations

from dataclasses import dataclass

import cbor2

from .. import changes
from ..changes import ChangeSet
from ..errors import CaucusError, UnknownId
from ..store import state as stored_state
from ..store.packing import pack, unpack
from .shared import DEPS_CACHE, LOADED_CACHE, Shared

HEADER_BYTES = len(changes.MAGIC) + changes.PK_BYTES  # before a body's CBOR payload


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


class ChangeSetLog:
    """Store, load, list and check the change sets this replica holds."""

    def __init__(self, shared: Shared) -> None:
        self.shared = shared

    # -- writing ----------------------------------------------------------------------
    def store(self, cs: ChangeSet, status: str, reason: str | None = None,
              order: int | None = None) -> int:
        """Keep a verified change set's bytes and index its rows; its local number."""
        shared = self.shared
        ready = cs.packed
        if ready is not None and ready[0] is cs.body and ready[1] is cs.vals:
            body, vals = ready[2], ready[3]
        else:
            body, vals = pack(cs.body), pack(cs.vals)
        cur = shared.conn.execute(
            "INSERT INTO changeset(hash, author, seq, hlc, body, sig, vals, status, reason, "
            "received_at, applied_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (cs.hash, shared.author_no(cs.author), cs.seq, cs.hlc, body, cs.sig, vals,
             status, reason, changes.hlc_millis(changes.wall_hlc()), order),
        )
        no = int(cur.lastrowid)
        shared.conn.executemany(
            "INSERT OR IGNORE INTO row_index(tbl, row, cs) VALUES (?, ?, ?)",
            [(row.table, row.row, no) for row in cs.rows],
        )
        return no

    def set_status(self, no: int, status: str, reason: str | None = None) -> None:
        self.shared.conn.execute(
            "UPDATE changeset SET status = ?, reason = ? WHERE no = ?", (status, reason, no)
        )

    def set_values(self, no: int, vals: bytes) -> None:
        """Replace a change set's stored values (a redaction: the signature stays valid)."""
        self.shared.loaded.pop(no, None)
        self.shared.conn.execute("UPDATE changeset SET vals = ? WHERE no = ?",
                                 (pack(vals), no))

    @property
    def order(self) -> int:
        """The greatest applied order so far (the order change sets were processed in)."""
        if self.shared.order is None:
            self.shared.order = self.shared.conn.execute(
                "SELECT coalesce(max(applied_order), 0) FROM changeset"
            ).fetchone()[0]
        return self.shared.order

    def advance(self, cs: ChangeSet, no: int, stored_order: int | None = None) -> None:
        """Count a processed change set: give it the next applied order (unless it was
        stored with ``stored_order``) and move its author's version vector to it."""
        conn = self.shared.conn
        if stored_order is None:
            self.shared.order = self.order + 1
            conn.execute("UPDATE changeset SET applied_order = ? WHERE no = ?",
                         (self.shared.order, no))
        else:
            self.shared.order = stored_order
        conn.execute(
            "INSERT INTO vv(author, seq, hash) VALUES (?, ?, ?) ON CONFLICT(author) "
            "DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
            (self.shared.author_no(cs.author), cs.seq, cs.hash),
        )

    # -- reading ----------------------------------------------------------------------
    def load(self, no: int) -> ChangeSet:
        row = self.shared.conn.execute(
            "SELECT body, sig, vals FROM changeset WHERE no = ?", (no,)
        ).fetchone()
        if row is None:
            raise UnknownId()
        return changes.verify(unpack(row[0]), bytes(row[1]), unpack(row[2]))

    def cached(self, no: int) -> ChangeSet:
        """:meth:`load`, keeping the last few parsed (values are read a field at a time)."""
        cache = self.shared.loaded
        cs = cache.get(no)
        if cs is None:
            cs = self.load(no)
            if len(cache) >= LOADED_CACHE:
                cache.pop(next(iter(cache)))
            cache[no] = cs
        return cs

    def find(self, cs_hash: bytes, vals: bytes) -> tuple[int, str, bool] | None:
        """``(no, status, same values)`` of the stored change set with this hash."""
        row = self.shared.conn.execute(
            "SELECT no, status, vals FROM changeset WHERE hash = ?", (cs_hash,)
        ).fetchone()
        return None if row is None else (row[0], row[1], unpack(row[2]) == vals)

    def number_of(self, author: int, seq: int) -> int | None:
        row = self.shared.conn.execute(
            "SELECT no FROM changeset WHERE author = ? AND seq = ?", (author, seq)).fetchone()
        return None if row is None else row[0]

    def held_count(self) -> int:
        return self.shared.conn.execute(
            "SELECT count(*) FROM changeset WHERE status = 'held'"
        ).fetchone()[0]

    def deps(self, no: int) -> tuple[int, int, dict[int, int]]:
        """``(author, seq, deps)`` of a stored change set, by author number (cached)."""
        cache = self.shared.deps
        hit = cache.get(no)
        if hit is None:
            author, seq, body = self.shared.conn.execute(
                "SELECT author, seq, body FROM changeset WHERE no = ?", (no,)
            ).fetchone()
            payload = cbor2.loads(unpack(body)[HEADER_BYTES:])
            hit = (author, seq, self.shared.deps_by_no(payload[4]))
            if len(cache) >= DEPS_CACHE:
                cache.clear()
            cache[no] = hit
        return hit

    def seen(self, author: int) -> int:
        """The last seq of ``author`` this replica has processed (its version vector)."""
        row = self.shared.conn.execute(
            "SELECT seq FROM vv WHERE author = ?", (author,)).fetchone()
        return 0 if row is None else row[0]

    def head(self, author: int) -> tuple[int, bytes | None]:
        """``(seq, hash)`` of the author's last processed change set; ``(0, None)``."""
        row = self.shared.conn.execute(
            "SELECT seq, hash FROM vv WHERE author = ?", (author,)).fetchone()
        return (0, None) if row is None else (row[0], bytes(row[1]))

    def version_vector(self) -> dict[str, int]:
        return {
            self.shared.author_pks[a].hex(): s
            for a, s in self.shared.conn.execute("SELECT author, seq FROM vv ORDER BY author")
        }

    def summaries(self, limit: int | None = None) -> list[dict]:
        """One line per stored change set, oldest first: author, seq, time, size, status."""
        sql = "SELECT no, author, seq, hlc, body, status FROM changeset ORDER BY no"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        out = []
        for no, author, seq, hlc, body, status in self.shared.conn.execute(sql).fetchall():
            payload = cbor2.loads(unpack(body)[HEADER_BYTES:])
            ops = sum(len(r[2]) for r in payload[5])
            pk = self.shared.author_pks[author].hex()
            out.append({
                "no": no, "author": pk, "author_name": self.shared.device_name(pk), "seq": seq,
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
        for no, author, seq, hlc, body, sig, vals, h in self.shared.conn.execute(
            "SELECT no, author, seq, hlc, body, sig, vals, hash FROM changeset "
            "ORDER BY author, seq"
        ):
            count += 1
            try:
                cs = changes.verify(unpack(body), bytes(sig), unpack(vals))
            except CaucusError as exc:
                failures.append((no, str(exc)))
                continue
            if (cs.author != self.shared.author_pks[author] or cs.seq != seq or cs.hlc != hlc
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
        for (no,) in self.shared.conn.execute(
            "SELECT i.cs FROM row_index i JOIN changeset c ON c.no = i.cs WHERE i.tbl = ? "
            "AND i.row = ? AND c.status = 'applied' ORDER BY i.cs", (table, row)
        ).fetchall():
            cs = self.load(no)
            device = cs.author.hex()
            name = self.shared.device_name(device)
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

    def value_of(self, no: int, table: str, row: str, name: str) -> object:
        """The value change set ``no`` wrote to one field (None if redacted or absent)."""
        cs = self.cached(no)
        for index, r in enumerate(cs.rows):
            if r.table == table and r.row == row and name in r.fields:
                vals = cs.row_values(index)
                return None if vals is None else vals[name]
        return None

    def state_hash(self) -> str:
        """A digest of the replicated state: equal on replicas that hold the same data."""
        return stored_state.state_hash(self.shared.conn)
