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
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import cbor2
import nacl.signing
import phonenumbers

from .. import changes
from ..changes import ERASE_FIELD, ChangeSet
from ..errors import (
    CaucusError,
    MalformedChangeSet,
    NotPermitted,
    RevokedDevice,
    UnknownDevice,
    UnknownId,
    VaultCorrupt,
    WrongBranch,
)
from ..store import schema, state
from ..store.vault import Vault, db_errors

NAME_FIELDS = ("first_name", "last_name", "preferred_name")
ROLES = ("admin", "secretary", "viewer")
CLOCK_SKEW_MS = 24 * 3600 * 1000  # a change set this far ahead flags its device's clock
EXPORT_CHUNK = 16  # change sets read at once when exporting (bulk ones are ~100 kB each)
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


@dataclass
class ImportReport:
    """What an import did: applied, already had, held back, rejected (with reasons)."""

    applied: int = 0
    already: int = 0
    held: int = 0
    rejected: list[dict[str, str]] = field(default_factory=list)
    bytes: int = 0
    cancelled: bool = False

    def reject(self, what: str, reason: str) -> None:
        self.rejected.append({"what": what, "reason": reason})

    def to_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        text = (f"{self.applied} applied, {self.already} already here, {self.held} held back "
                f"waiting for earlier changes, {len(self.rejected)} rejected")
        return text + (" (cancelled)" if self.cancelled else "")


class Roster:
    """Who may write what: admissions, roles and revocations.

    A device's role for a change set is the latest role op *in that change set's causal
    past* (so the answer never depends on arrival order); roles come from applied
    change sets. Revocations outrank admissions. Every revocation an admin signed is a
    *candidate*, even inside a change set that is void: processed in ``(hlc, author)``
    order, a candidate counts unless its own author was already cut off before it, and
    each names the last seq of its target that stays valid. ``computed`` is that
    result; ``cutoffs`` is what this replica enforces, and the two are kept equal by
    recomputing the state whenever they differ (see ``Replica._settle_roster``).
    """

    def __init__(self, founder: bytes | None, cutoffs: dict[int, int] | None = None):
        self.founder = founder
        self.roles: dict[bytes, list[tuple[list[int], str]]] = {}
        self.revocations: list[tuple[list[int], bytes, int]] = []
        self.cutoffs: dict[int, int] = dict(cutoffs or {})
        self.computed: dict[int, int] = dict(self.cutoffs)

    @classmethod
    def empty(cls, replica: Replica, cutoffs: dict[int, int] | None = None) -> Roster:
        return cls(replica.founder(), cutoffs)

    @classmethod
    def load(cls, replica: Replica) -> Roster:
        roster = cls.empty(replica)
        for no, status in replica.conn.execute(
            "SELECT DISTINCT i.cs, c.status FROM row_index i JOIN changeset c ON c.no = i.cs "
            "WHERE i.tbl = 'device' AND c.status IN ('applied', 'void') "
            "ORDER BY c.applied_order"
        ).fetchall():
            roster.register(replica, replica.load_changeset(no), no, void=status == "void")
        roster.cutoffs = dict(roster.computed)
        return roster

    def register(self, replica: Replica, cs: ChangeSet, no: int, void: bool = False) -> None:
        """Take the roster ops of an applied change set (or the revocations of a void
        one whose author was an admin when it wrote them)."""
        author = replica.author_no(cs.author)
        stamp = [cs.hlc, author, cs.seq, no]
        if void:
            deps = {replica.author_no(pk): s for pk, s in cs.deps.items()}
            if self.role_at(replica, cs.author, author, cs.seq, deps) != "admin":
                return
        changed = False
        for index, row in enumerate(cs.rows):
            vals = cs.row_values(index)
            if row.table != "device" or not vals:
                continue
            pk_hex = vals.get("pubkey")
            if not isinstance(pk_hex, str):
                found = replica.conn.execute(
                    "SELECT pubkey FROM device WHERE id = ?", (row.row,)
                ).fetchone()
                pk_hex = found[0] if found else None
            try:
                pk = bytes.fromhex(pk_hex or "")
            except ValueError:
                continue
            if len(pk) != changes.PK_BYTES or device_row_id(pk.hex()) != row.row:
                continue
            if isinstance(vals.get("role"), str) and not void:
                self.roles.setdefault(pk, []).append((stamp, vals["role"]))
            if isinstance(vals.get("revoked_after"), int):
                self.revocations.append((stamp, pk, max(0, vals["revoked_after"])))
                changed = True
        if changed:
            self.compute(replica)

    def compute(self, replica: Replica) -> None:
        cut: dict[int, int] = {}
        for stamp, target, after in sorted(
            self.revocations, key=lambda r: (r[0][0], replica.author_pk(r[0][1]))
        ):
            if stamp[1] in cut and stamp[2] > cut[stamp[1]]:
                continue
            t = replica.author_no(target)
            cut[t] = min(cut.get(t, after), after)
        self.computed = cut

    def role_at(self, replica: Replica, pk: bytes, author: int, seq: int,
                deps: dict[int, int]) -> str | None:
        """The device's role as the writer of (author, seq) with ``deps`` knew it."""
        if self.founder is not None and pk == self.founder:
            return "admin"
        best: tuple[list[int], str] | None = None
        for stamp, role in self.roles.get(pk, ()):
            seen = stamp[2] < seq if stamp[1] == author else deps.get(stamp[1], 0) >= stamp[2]
            if seen and (best is None or replica._rank(stamp) > replica._rank(best[0])):
                best = (stamp, role)
        return best[1] if best and best[1] in ROLES else None

    def is_revoked(self, replica: Replica, pk: bytes) -> bool:
        no = replica._authors.get(pk)
        return no is not None and no in self.cutoffs


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
        self._authors: dict[bytes, int] = {}
        self._author_pks: dict[int, bytes] = {}
        self._signing_key: nacl.signing.SigningKey | None = None
        self._write_lock = threading.RLock()
        self._deps_cache = lru_cache(maxsize=4096)(self._load_deps)
        self._roster: Roster | None = None
        self._order_value: int | None = None
        self._needs_rebuild = False
        self._rebuilding = False
        self._erased: set[tuple[str, str]] | None = None
        self._fts_to_purge: set[str] = set()
        with db_errors():
            self._reset_caches()

    @property
    def conn(self):
        """The vault's connection; :class:`VaultLocked` once the vault is locked."""
        return self.vault.conn

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
                self._purge_fts()
            except BaseException:
                self.conn.execute("ROLLBACK")
                self._reset_caches()
                raise
            self.conn.execute("COMMIT")

    def _purge_fts(self) -> None:
        """After an erasure, rewrite the touched full-text indexes.

        Contentless FTS5 tables only mark deleted rows (tombstones) until their segments
        merge; an erased member's words must leave the stored blocks now. ``optimize``
        rewrites the index without them, and ``secure_delete`` zeroes the freed pages.
        """
        for fts in sorted(self._fts_to_purge):
            self.conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")  # noqa: S608
        self._fts_to_purge.clear()

    def _reset_caches(self) -> None:
        self._fts_to_purge.clear()
        self._deps_cache.cache_clear()
        self._erased = None
        self._roster = None
        self._order_value = None
        self._needs_rebuild = False
        self._authors.clear()
        self._author_pks.clear()
        for no, pk in self.conn.execute("SELECT no, pk FROM author"):
            self._authors[bytes(pk)] = no
            self._author_pks[no] = bytes(pk)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One local transaction = one signed change set (nothing if no writes)."""
        tx = Transaction()
        yield tx
        if tx.rows:
            self.commit(tx)

    def commit(self, tx: Transaction) -> ChangeSet:
        with self.sql_transaction():
            return self._write_local(
                [(t, r, f) for (t, r), f in tx.rows.items()]
            )

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
        cutoff = self.roster.cutoffs.get(me)
        if cutoff is not None and seq > cutoff:
            raise RevokedDevice("This device's access to the branch was revoked.")
        problem = self._permission_problem(cs)
        if problem is not None:
            raise NotPermitted(problem)
        self._store_and_accept(cs)
        if self._needs_rebuild:
            self._rebuild()
        return cs

    def _store(self, cs: ChangeSet, status: str, reason: str | None = None,
               order: int | None = None) -> int:
        author = self.author_no(cs.author)
        cur = self.conn.execute(
            "INSERT INTO changeset(hash, author, seq, hlc, body, sig, vals, status, reason, "
            "received_at, applied_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (cs.hash, author, cs.seq, cs.hlc, cs.body, cs.sig, cs.vals, status, reason,
             changes.hlc_millis(changes.wall_hlc()), order),
        )
        no = int(cur.lastrowid)
        self.conn.executemany(
            "INSERT OR IGNORE INTO row_index(tbl, row, cs) VALUES (?, ?, ?)",
            [(row.table, row.row, no) for row in cs.rows],
        )
        erased = self._erased_set()
        if erased and any((row.table, row.row) in erased for row in cs.rows):
            # a late change to an erased row: keep the signature, never the values
            for table, row in {(r.table, r.row) for r in cs.rows} & erased:
                self._redact(no, table, row)
        return no

    # -- applying ------------------------------------------------------------------
    def _apply(self, cs: ChangeSet, cs_no: int,
               fresh: set[tuple[str, str]] | None = None) -> None:
        """Apply a stored, verified, causally ready and permitted change set's ops."""
        author = self.author_no(cs.author)
        deps = {self.author_no(pk): s for pk, s in cs.deps.items()}
        stamp = Stamp(cs.hlc, author, cs.seq, cs_no)
        if fresh is None:
            fresh = self._fresh_rows(cs)
        new_rows: list[tuple[str, str, dict[str, object]]] = []
        for index, row in enumerate(cs.rows):
            values = cs.row_values(index)
            if values is None:
                # Only an erasure redacts values: whoever sent this had erased the row.
                self._erase(row.table, row.row, cs_no)
                continue
            if self._is_erased(row.table, row.row):
                continue
            if ERASE_FIELD in values:
                self._erase(row.table, row.row, cs_no)
                continue
            if (row.table, row.row) in fresh:
                new_rows.append((row.table, row.row, values))
            else:
                self._apply_row(row.table, row.row, values, stamp, deps)
        if new_rows:
            self._insert_new_rows(new_rows, stamp)
        last = int(self.meta("hlc") or 0)
        if cs.hlc > last:
            self.set_meta("hlc", str(cs.hlc))

    def _fresh_rows(self, cs: ChangeSet) -> set[tuple[str, str]]:
        """Rows this change set creates: no clock yet, named once, no erased member link.

        They take a batched path (explicit rowids, executemany) that gives the same
        state as :meth:`_apply_row`; bulk imports are mostly such rows.
        """
        by_table: dict[str, list[str]] = {}
        counts: dict[tuple[str, str], int] = {}
        for row in cs.rows:
            counts[(row.table, row.row)] = counts.get((row.table, row.row), 0) + 1
            by_table.setdefault(row.table, []).append(row.row)
        fresh = {key for key, n in counts.items() if n == 1 and key[0] in schema.TABLES}
        for table, rows in by_table.items():
            for start in range(0, len(rows), 500):
                chunk = rows[start:start + 500]
                marks = ", ".join("?" * len(chunk))
                for (existing,) in self.conn.execute(
                    f"SELECT row FROM clock WHERE tbl = ? AND row IN ({marks})",  # noqa: S608
                    (table, *chunk),
                ):
                    fresh.discard((table, existing))
        if self._erased_members():
            for index, row in enumerate(cs.rows):
                vals = cs.row_values(index) or {}
                member = vals.get("member_id")
                if row.table in schema.MEMBER_LINKED and isinstance(member, str) and \
                        self._is_erased("member", member):
                    fresh.discard((row.table, row.row))
        return fresh

    def _insert_new_rows(self, rows: list[tuple[str, str, dict[str, object]]],
                         stamp: Stamp) -> None:
        mine = stamp.as_list()
        clocks = []
        grouped: dict[tuple[str, tuple[str, ...]], list[tuple]] = {}
        member_fts = []
        note_fts = []
        next_rid: dict[str, int] = {}
        # every field of a new row has the one stamp: write its clock JSON directly
        stamp_json = "[[" + ",".join(str(x) for x in mine) + "]]"
        deleted_json = {v: "[[" + ",".join(str(x) for x in mine) + f",{v}]]"
                        for v in ("true", "false")}
        for table, row, values in rows:
            clock_parts = []
            cols: dict[str, object] = {}
            custom: dict[str, object] = {}
            kinds = schema.TABLES[table]
            for name, value in values.items():
                kind = kinds.get(name)
                if kind is not None:
                    clock_parts.append(f'"{name}":{stamp_json}')
                    cols[name] = _to_sql(kind, value)
                elif name == "deleted":
                    clock_parts.append(f'"deleted":{deleted_json["true" if value else "false"]}')
                    cols[name] = 1 if value else 0
                elif table == "member" and name.startswith("custom."):
                    clock_parts.append(json.dumps(name) + ":" + stamp_json)
                    if value is not None and value != "":
                        custom[name[7:]] = value
                else:
                    raise MalformedChangeSet(
                        f"A change set names an unknown field {table}.{name}.")
            if custom:
                cols["custom"] = json.dumps(custom, sort_keys=True, ensure_ascii=False)
            clocks.append((table, row, "{" + ",".join(clock_parts) + "}"))
            if table not in next_rid:
                next_rid[table] = self.conn.execute(
                    f"SELECT coalesce(max(rid), 0) + 1 FROM {table}"  # noqa: S608
                ).fetchone()[0]
            rid = next_rid[table]
            next_rid[table] += 1
            grouped.setdefault((table, tuple(cols)), []).append((rid, row, *cols.values()))
            if table == "member":
                member_fts.append((rid, cols))
            elif table == "note" and cols.get("text"):
                note_fts.append((rid, cols["text"]))
        for (table, names), params in grouped.items():
            self.conn.executemany(
                f"INSERT INTO {table}(rid, id{''.join(', ' + n for n in names)}) "  # noqa: S608
                f"VALUES (?, ?{', ?' * len(names)})", params,
            )
        self.conn.executemany("INSERT INTO clock(tbl, row, data) VALUES (?, ?, ?)", clocks)
        if member_fts:
            self.conn.executemany(
                "INSERT INTO member_fts(rowid, name, contact) VALUES (?, ?, ?)",
                [(rid, *_member_search_text(cols)) for rid, cols in member_fts],
            )
        if note_fts:
            self.conn.executemany("INSERT INTO note_fts(rowid, text) VALUES (?, ?)", note_fts)

    # -- receiving -------------------------------------------------------------------
    def receive(self, items: Iterable[tuple[bytes, bytes, bytes]], batch_size: int = 400,
                progress: Callable[[int, int], None] | None = None,
                report: ImportReport | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Verify, store and apply change sets in atomic batches.

        Each batch is one SQL transaction: a crash or cancel leaves whole batches only.
        Change sets whose predecessors have not arrived are stored and held back; they
        apply as soon as their gap fills (here or in a later import).
        """
        report = report or ImportReport()
        batch: list[tuple[bytes, bytes, bytes]] = []
        done = 0
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                self._receive_batch(batch, report)
                done += len(batch)
                batch = []
                if progress:
                    progress(done, report.bytes)
                if cancelled and cancelled():
                    report.cancelled = True
                    break
        if batch and not report.cancelled:
            self._receive_batch(batch, report)
            done += len(batch)
            if progress:
                progress(done, report.bytes)
        report.held = self.conn.execute(
            "SELECT count(*) FROM changeset WHERE status = 'held'"
        ).fetchone()[0]
        return report

    def _receive_batch(self, batch: list[tuple[bytes, bytes, bytes]],
                       report: ImportReport) -> None:
        with self.sql_transaction():
            held_before = self._held_count()
            for body, sig, vals in batch:
                report.bytes += len(body) + len(sig) + len(vals)
                self._receive_one(body, sig, vals, report, held_before > 0)
            if self._held_count():
                self._deliver(report)
            if self._needs_rebuild:
                self._rebuild()

    def _held_count(self) -> int:
        return self.conn.execute(
            "SELECT count(*) FROM changeset WHERE status = 'held'"
        ).fetchone()[0]

    def _receive_one(self, body: bytes, sig: bytes, vals: bytes, report: ImportReport,
                     have_held: bool) -> None:
        try:
            cs = changes.verify(body, sig, vals)
        except CaucusError as exc:
            report.reject("a change set", str(exc))
            return
        what = f"change set {cs.seq} of device {cs.author.hex()[:8]}"
        if cs.branch != self.branch_id:
            report.reject(what, str(WrongBranch("It belongs to a different branch.")))
            return
        existing = self.conn.execute(
            "SELECT status FROM changeset WHERE hash = ?", (cs.hash,)
        ).fetchone()
        if existing is not None:
            report.already += 1
            return
        author = self.author_no(cs.author)
        twin = self.conn.execute(
            "SELECT no FROM changeset WHERE author = ? AND seq = ?", (author, cs.seq)
        ).fetchone()
        if twin is not None:
            report.reject(what, "Another change set with the same number exists from this "
                                "device: its vault was copied or forked; kept the first one.")
            return
        cutoff = self.roster.cutoffs.get(author)
        if cutoff is not None and cs.seq > cutoff:
            self._void(cs, self._store(cs, "void", str(RevokedDevice())))
            report.reject(what, str(RevokedDevice(
                "It was made after the device's access was revoked."
            )))
            return
        if changes.hlc_millis(cs.hlc) > changes.hlc_millis(changes.wall_hlc()) + CLOCK_SKEW_MS:
            self.set_meta(f"clock_ahead:{cs.author.hex()}", str(changes.hlc_millis(cs.hlc)))
        if self._ready(cs.author, cs.seq, cs.deps) and self._permission_problem(cs) is None:
            self._store_and_accept(cs)
            if report:
                report.applied += 1
            if have_held:
                self._deliver(report)
            return
        no = self._store(cs, "held")
        self._register_links(cs)
        if self._ready(cs.author, cs.seq, cs.deps):
            self._process(cs, no, report)
            if have_held:
                self._deliver(report)

    def _vv(self, author: int) -> int:
        row = self.conn.execute("SELECT seq FROM vv WHERE author = ?", (author,)).fetchone()
        return 0 if row is None else row[0]

    def _ready(self, author_pk: bytes, seq: int, deps: dict[bytes, int]) -> bool:
        """Causal delivery: its author's previous change set and all its deps are in."""
        return self._ready_numbers(self.author_no(author_pk), seq,
                                   {self.author_no(pk): s for pk, s in deps.items()})

    def _ready_numbers(self, author: int, seq: int, deps: dict[int, int]) -> bool:
        if self._vv(author) != seq - 1:
            return False
        cutoffs = self.roster.cutoffs
        for dep_author, dep_seq in deps.items():
            need = min(dep_seq, cutoffs.get(dep_author, dep_seq))
            if self._vv(dep_author) < need:
                return False
        return True

    def _deliver(self, report: ImportReport | None) -> None:
        """Apply every held change set whose gap has filled, until none is ready.

        Only each author's next change set (seq = what is applied + 1) can be ready, so
        only those are looked at, and their deps come from a cache: change sets held
        for good (a gap that never fills, e.g. junk under made-up keys) cost a scan of
        an index, never a signature check per delivery.
        """
        progress = True
        while progress:
            progress = False
            for author, cutoff in list(self.roster.cutoffs.items()):
                for no, seq, body, sig, vals in self.conn.execute(
                    "SELECT no, seq, body, sig, vals FROM changeset WHERE status = 'held' "
                    "AND author = ? AND seq > ? ORDER BY seq", (author, cutoff)
                ).fetchall():
                    cs = changes.verify(bytes(body), bytes(sig), bytes(vals))
                    self._void(cs, no)
                    if report:
                        report.reject(f"change set {seq} of device {cs.author.hex()[:8]}",
                                      str(RevokedDevice()))
            for no, author, seq in self.conn.execute(
                "SELECT c.no, c.author, c.seq FROM changeset c LEFT JOIN vv "
                "ON vv.author = c.author WHERE c.status = 'held' "
                "AND c.seq = coalesce(vv.seq, 0) + 1 ORDER BY c.author"
            ).fetchall():
                if not self._ready_numbers(author, seq, self._deps_cache(no)[2]):
                    continue
                body, sig, vals = self.conn.execute(
                    "SELECT body, sig, vals FROM changeset WHERE no = ?", (no,)).fetchone()
                self._process(changes.verify(bytes(body), bytes(sig), bytes(vals)), no, report)
                progress = True

    def _set_status(self, no: int, status: str, reason: str | None = None) -> None:
        self.conn.execute(
            "UPDATE changeset SET status = ?, reason = ? WHERE no = ?", (status, reason, no)
        )

    def _process(self, cs: ChangeSet, no: int, report: ImportReport | None) -> None:
        """Check a causally ready change set against the roster; apply or reject it."""
        problem = self._permission_problem(cs)
        if problem is None:
            self._accept(cs, no)
            if report:
                report.applied += 1
        else:
            self._set_status(no, "rejected", problem)
            self._advance(cs, no)
            if report:
                report.reject(f"change set {cs.seq} of device {cs.author.hex()[:8]}", problem)

    def _void(self, cs: ChangeSet, no: int) -> None:
        """A change set made after its device's revocation: none of its ops count,
        except erasures (erasure is final: a member erased by a device the branch had
        admitted stays erased) and the redactions that erasures leave behind."""
        self._set_status(no, "void", str(RevokedDevice()))
        # its values still name members: link them, whether it was voided on arrival or
        # after being applied (when its new rows were not linked), so erasure reaches it
        self._register_links(cs)
        if any(r.table == "device" for r in cs.rows):
            self.roster.register(self, cs, no, void=True)
            self._settle_roster()
        may_erase = self._may_erase(cs.author)
        for index, row in enumerate(cs.rows):
            values = cs.row_values(index)
            if values is None or (may_erase and ERASE_FIELD in values):
                self._erase(row.table, row.row, no)

    def _may_erase(self, pk: bytes) -> bool:
        roster = self.roster
        if roster.founder is not None and pk == roster.founder:
            return True
        return any(role in ("admin", "secretary") for _s, role in roster.roles.get(pk, ()))

    def _register_links(self, cs: ChangeSet,
                        fresh: set[tuple[str, str]] | frozenset = frozenset()) -> None:
        """Remember which member every linked row (note, tag, …) was written for, from
        every change set we hold, so erasing a member reaches them all.

        Rows in ``fresh`` (created by this change set, applied at once) are skipped: the
        row itself names its member, and if a later change moves it to another member,
        the member it had then is linked at that moment (below). A bulk import is mostly
        such rows.
        """
        links = []
        for index, row in enumerate(cs.rows):
            if row.table not in schema.MEMBER_LINKED or (row.table, row.row) in fresh:
                continue
            values = cs.row_values(index)
            member = values.get("member_id") if values else None
            if isinstance(member, str):
                links.append((member, row.table, row.row))
                before = self.conn.execute(
                    f"SELECT member_id FROM {row.table} WHERE id = ?",  # noqa: S608
                    (row.row,)).fetchone()
                if before is not None and before[0] and before[0] != member:
                    links.append((before[0], row.table, row.row))
        if not links:
            return
        self.conn.executemany(
            "INSERT OR IGNORE INTO link(member_id, tbl, row) VALUES (?, ?, ?)", links)
        if self._erased_members():
            for member, table, row in links:
                if self._is_erased("member", member):
                    self._erase(table, row, None)

    def _advance(self, cs: ChangeSet, no: int, stored_order: int | None = None) -> None:
        author = self.author_no(cs.author)
        if stored_order is None:
            self._order += 1
            self.conn.execute("UPDATE changeset SET applied_order = ? WHERE no = ?",
                              (self._order, no))
        else:
            self._order = stored_order
        self.conn.execute(
            "INSERT INTO vv(author, seq, hash) VALUES (?, ?, ?) ON CONFLICT(author) "
            "DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
            (author, cs.seq, cs.hash),
        )

    def _store_and_accept(self, cs: ChangeSet) -> None:
        """Store a change set that is ready and permitted as applied, then apply it.

        The common case, written once: setting the status and order afterwards would
        rewrite the whole stored row (its body and values, ~100 kB for a bulk import).
        """
        order = self._order + 1
        no = self._store(cs, "applied", order=order)
        fresh = self._fresh_rows(cs)
        self._register_links(cs, fresh)
        self._accept(cs, no, stored_order=order, fresh=fresh)

    def _accept(self, cs: ChangeSet, no: int, stored_order: int | None = None,
                fresh: set[tuple[str, str]] | None = None) -> None:
        if stored_order is None:
            self._set_status(no, "applied")
        self._apply(cs, no, fresh)
        self._advance(cs, no, stored_order)
        if any(r.table == "device" for r in cs.rows):
            self.roster.register(self, cs, no)
            self._settle_roster()
        if any(r.table == "key_envelope" for r in cs.rows):
            self._refresh_keys()

    def _settle_roster(self) -> None:
        """Enforce the revocations as now computed; if change sets were already treated
        otherwise (applied beyond a cutoff, or voided within one), recompute the state."""
        roster = self.roster
        if self._rebuilding or roster.computed == roster.cutoffs:
            return
        roster.cutoffs = dict(roster.computed)
        if self._treated_otherwise(roster.cutoffs):
            self._needs_rebuild = True

    def _treated_otherwise(self, cutoffs: dict[int, int]) -> bool:
        for author, cutoff in cutoffs.items():
            if self.conn.execute(
                "SELECT 1 FROM changeset WHERE author = ? AND seq > ? AND status IN "
                "('applied', 'rejected') LIMIT 1", (author, cutoff)
            ).fetchone():
                return True
        for author, seq in self.conn.execute(
            "SELECT author, seq FROM changeset WHERE status = 'void'"
        ).fetchall():
            if author not in cutoffs or seq <= cutoffs[author]:
                return True
        return False

    @property
    def _order(self) -> int:
        if self._order_value is None:
            self._order_value = self.conn.execute(
                "SELECT coalesce(max(applied_order), 0) FROM changeset"
            ).fetchone()[0]
        return self._order_value

    @_order.setter
    def _order(self, value: int) -> None:
        self._order_value = value

    # -- roster and permissions --------------------------------------------------------
    @property
    def roster(self) -> Roster:
        if self._roster is None:
            self._roster = Roster.load(self)
        return self._roster

    def founder(self) -> bytes | None:
        value = self.meta("founder")
        return bytes.fromhex(value) if value else None

    def _permission_problem(self, cs: ChangeSet) -> str | None:
        """Why this device may not make this change set, or None if it may."""
        author = self.author_no(cs.author)
        deps = {self.author_no(pk): s for pk, s in cs.deps.items()}
        role = self.roster.role_at(self, cs.author, author, cs.seq, deps)
        if role is None:
            return str(UnknownDevice())
        for row in cs.rows:
            if row.table not in schema.TABLES:
                return f"It names an unknown table {row.table!r}."
            if role == "admin":
                continue
            if row.table in schema.ADMIN_TABLES:
                return str(NotPermitted("Only an admin may change the branch or its keys."))
            if row.table == "device":
                own = row.row == device_row_id(cs.author.hex())
                if not own or set(row.fields) - schema.DEVICE_OWN_FIELDS:
                    return str(NotPermitted("Only an admin may admit or revoke devices."))
                continue
            if role == "viewer":
                return str(NotPermitted("The device is a viewer: it may not change records."))
        return None

    def _rebuild(self) -> None:
        """Recompute the whole replicated state from the stored change sets.

        Needed when the revocations in force change under change sets already applied
        or voided: the state must equal what a replica that knew everything from the
        start would hold (ARCHITECTURE §5). Each round enforces the cutoffs the last
        one computed, until they agree. Erasures are final and survive.
        """
        cutoffs = dict(self.roster.cutoffs)
        self._rebuilding = True
        try:
            for _round in range(8):
                for table in schema.TABLES:
                    self.conn.execute(f"DELETE FROM {table}")  # noqa: S608
                for fts in ("member_fts", "note_fts"):
                    self.conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')")
                for local in ("clock", "conflict", "vv"):
                    self.conn.execute(f"DELETE FROM {local}")  # noqa: S608
                self.conn.execute(
                    "UPDATE changeset SET status = 'held', reason = NULL, applied_order = NULL"
                    " WHERE status IN ('applied', 'rejected', 'void')"
                )
                self._order = 0
                self._deps_cache.cache_clear()
                self._roster = Roster.empty(self, cutoffs)
                self._deliver(None)
                if self._roster.computed == cutoffs:
                    self._needs_rebuild = False
                    self._refresh_keys()
                    return
                cutoffs = dict(self._roster.computed)
        finally:
            self._rebuilding = False
        raise CaucusError("The branch's revocations do not settle; please report this.")

    def _refresh_keys(self) -> None:
        """This device's branch keys are exactly those sealed to it in the roster's key
        envelopes as they stand (a rotation made by a revoked admin does not count)."""
        from ..keys import unseal_envelope

        keys: dict[int, bytes] = {}
        for epoch, sealed in self.conn.execute(
            "SELECT epoch, sealed FROM key_envelope WHERE device = ? AND deleted = 0",
            (self.device_id,),
        ).fetchall():
            key = unseal_envelope(self.signing_key, sealed or "")
            if isinstance(epoch, int) and key is not None:
                keys[epoch] = key
        if not keys:
            return
        for (name,) in self.conn.execute(
            "SELECT name FROM secret WHERE name LIKE 'branch_key.%'"
        ).fetchall():
            if int(name.split(".", 1)[1]) not in keys:
                self.conn.execute("DELETE FROM secret WHERE name = ?", (name,))
        for epoch, key in keys.items():
            self.set_secret(f"branch_key.{epoch}", key)
        self.set_meta("key_epoch", str(max(keys)))

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
        disputed_before = _may_conflict(clock)
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
            if len(sibs) == 1 or max(sibs, key=self._rank) is entry:
                winners[name] = value
        data = json.dumps(clock, separators=(",", ":"))
        if clock_row is None:
            self.conn.execute("INSERT INTO clock(tbl, row, data) VALUES (?, ?, ?)",
                              (table, row, data))
        else:
            self.conn.execute("UPDATE clock SET data = ? WHERE tbl = ? AND row = ?",
                              (data, table, row))
        self._write_state(table, row, winners, created=clock_row is None)
        if disputed_before or _may_conflict(clock):
            self._update_conflicts(table, row, clock)
        if table in schema.MEMBER_LINKED and self._erased_members():
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
            current = None if created else self.conn.execute(
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
        indexed = (table == "member" and (created or any(
            k in winners for k in NAME_FIELDS + CONTACT_FIELDS))) or (
            table == "note" and (created or "text" in winners))
        if created:
            cur = self.conn.execute(
                f"INSERT INTO {table}(id{''.join(', ' + n for n in names)}) "  # noqa: S608
                f"VALUES (?{', ?' * len(names)})", (row, *cols.values()),
            )
            rid = cur.lastrowid
        else:
            self.conn.execute(
                f"UPDATE {table} SET {', '.join(n + ' = ?' for n in names)} "  # noqa: S608
                "WHERE id = ?", (*cols.values(), row),
            )
            rid = self.conn.execute(
                f"SELECT rid FROM {table} WHERE id = ?", (row,)  # noqa: S608
            ).fetchone()[0] if indexed else None
        if indexed and table == "member":
            self._index_member(rid, created, cols if created else None)
        elif indexed:
            self._index_note(rid, created, cols.get("text") if created else None)

    def _index_member(self, rid: int, created: bool, cols: dict | None) -> None:
        if not created:
            self.conn.execute("DELETE FROM member_fts WHERE rowid = ?", (rid,))
        if cols is None:
            row = self.conn.execute(
                f"SELECT {', '.join(NAME_FIELDS + CONTACT_FIELDS)} FROM member WHERE rid = ?",
                (rid,),
            ).fetchone()
            cols = dict(zip(NAME_FIELDS + CONTACT_FIELDS, row, strict=True))
        self.conn.execute(
            "INSERT INTO member_fts(rowid, name, contact) VALUES (?, ?, ?)",
            (rid, *_member_search_text(cols)),
        )

    def _index_note(self, rid: int, created: bool, text: str | None) -> None:
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
    def _erased_set(self) -> set[tuple[str, str]]:
        if self._erased is None:
            self._erased = {(t, r) for t, r in self.conn.execute("SELECT tbl, row FROM erased")}
        return self._erased

    def _erased_members(self) -> bool:
        return any(t == "member" for t, _r in self._erased_set())

    def _is_erased(self, table: str, row: str) -> bool:
        return (table, row) in self._erased_set()

    def _erase(self, table: str, row: str, cs_no: int | None) -> None:
        if self._is_erased(table, row):
            return
        self.conn.execute(
            "INSERT INTO erased(tbl, row, cs) VALUES (?, ?, ?)", (table, row, cs_no)
        )
        self._erased_set().add((table, row))
        found = self.conn.execute(
            f"SELECT rid FROM {table} WHERE id = ?", (row,)  # noqa: S608
        ).fetchone()
        if found:
            if table == "member":
                self._forget_saved_searches(row)
            fts = {"member": "member_fts", "note": "note_fts"}.get(table)
            if fts:
                self.conn.execute(f"DELETE FROM {fts} WHERE rowid = ?", (found[0],))  # noqa: S608
                self._fts_to_purge.add(fts)
            self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row,))  # noqa: S608
        self.conn.execute("DELETE FROM clock WHERE tbl = ? AND row = ?", (table, row))
        self.conn.execute("DELETE FROM conflict WHERE tbl = ? AND row = ?", (table, row))
        for (no,) in self.conn.execute(
            "SELECT cs FROM row_index WHERE tbl = ? AND row = ?", (table, row)
        ).fetchall():
            self._redact(no, table, row)
        if table == "member":
            linked_rows = {(t, r) for t, r in self.conn.execute(
                "SELECT tbl, row FROM link WHERE member_id = ?", (row,)
            )}
            for linked in schema.MEMBER_LINKED:
                linked_rows.update((linked, r) for (r,) in self.conn.execute(
                    f"SELECT id FROM {linked} WHERE member_id = ?", (row,)  # noqa: S608
                ))
            for linked, rid in sorted(linked_rows):
                self._erase(linked, rid, cs_no)

    def _forget_saved_searches(self, member_id: str) -> None:
        """Saved searches are this laptop's own, but one whose name or search text names
        an erased member ("Ana Okonkwo", her email) would keep that name on the laptop
        after the erasure: such searches go too. Whole words only, 3+ characters."""
        values = self.conn.execute(
            "SELECT first_name, last_name, preferred_name, emails, phones, membership_no "
            "FROM member WHERE id = ?", (member_id,)).fetchone()
        if values is None:
            return
        words: set[str] = set()
        for value in values:
            for item in (json.loads(value) if value and value[:1] == "[" else [value]):
                if item:
                    words.update(_words(str(item)))
                    words.add(str(item).lower())
        words = {w for w in words if len(w) >= 3}
        gone = [name for name, query in self.conn.execute(
            "SELECT name, query FROM saved_search")
            if words & (_words(name) | _words(str(json.loads(query).get("search") or "")))]
        self.conn.executemany("DELETE FROM saved_search WHERE name = ?", [(n,) for n in gone])

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

    def export_changesets(self, since: dict[bytes, int] | None = None,
                          ) -> Iterator[tuple[bytes, bytes, bytes]]:
        """Every processed change set in a causal order: applied, then rejected and void.

        With ``since`` (a peer's version vector), only what the peer lacks. Rejected
        change sets travel too (peers need them to fill the gap in their author's
        sequence, and reject them the same way), and so do void ones (a revoked
        device's erasures still count, and every replica must hold the same set).
        """
        plan = self.export_plan(since)
        for start in range(0, len(plan), EXPORT_CHUNK):
            yield from self.export_items(plan[start:start + EXPORT_CHUNK])

    def export_plan(self, since: dict[bytes, int] | None = None) -> list[int]:
        """The local numbers of what :meth:`export_changesets` yields, in its order.

        With :meth:`export_items` a caller can read the change sets a chunk at a time
        and let go of the vault in between (the LAN server does, so it never holds the
        vault while it waits on the network).
        """
        since_no = {self.author_no(pk): s for pk, s in (since or {}).items()}
        return [no for no, author, seq in self.conn.execute(
            "SELECT no, author, seq FROM changeset WHERE status IN "
            "('applied', 'rejected', 'void') "
            "ORDER BY applied_order IS NULL, applied_order, author, seq"
        ) if since_no.get(author, 0) < seq]

    def export_items(self, nos: list[int]) -> list[tuple[bytes, bytes, bytes]]:
        """The stored ``(body, sig, vals)`` of the change sets numbered ``nos``, in order."""
        found: dict[int, tuple[bytes, bytes, bytes]] = {}
        for start in range(0, len(nos), 500):
            chunk = nos[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for no, body, sig, vals in self.conn.execute(
                f"SELECT no, body, sig, vals FROM changeset WHERE no IN ({marks})",  # noqa: S608
                chunk,
            ):
                found[no] = (bytes(body), bytes(sig), bytes(vals))
        return [found[no] for no in nos if no in found]

    def active_devices(self) -> list[str]:
        """Device ids (public key hex) in the roster and not revoked."""
        out = []
        for (pk_hex,) in self.conn.execute(
            "SELECT pubkey FROM device WHERE deleted = 0 AND pubkey IS NOT NULL "
            "AND revoked_after IS NULL ORDER BY pubkey"
        ):
            try:
                pk = bytes.fromhex(pk_hex)
            except ValueError:
                continue
            if len(pk) == changes.PK_BYTES and not self.roster.is_revoked(self, pk):
                out.append(pk_hex)
        return out

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
            "SELECT i.cs FROM row_index i JOIN changeset c ON c.no = i.cs WHERE i.tbl = ? "
            "AND i.row = ? AND c.status = 'applied' ORDER BY i.cs", (table, row)
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
        return state.state_hash(self.conn)


def device_row_id(device_id: str) -> str:
    return changes.derived_id("device", device_id)


def _may_conflict(clock: dict[str, list[list]]) -> bool:
    """Could this row's clock hold a conflict (concurrent stamps, or a live delete)?"""
    return any(len(sibs) > 1 for sibs in clock.values()) or any(
        len(s) > 4 and s[4] for s in clock.get("deleted", ())
    )


def _member_search_text(cols: dict) -> tuple[str, str]:
    """The two full-text columns of a member (names; contacts) from SQL column values."""
    name = " ".join(cols[k] for k in NAME_FIELDS if cols.get(k))
    emails = json.loads(cols["emails"]) if cols.get("emails") else []
    phones = json.loads(cols["phones"]) if cols.get("phones") else []
    # phone digits without punctuation too, international and national ("07911 123456"),
    # so a number matches however the secretary types it
    parts = [*emails, *phones, *(_phone_digits(p) for p in phones)]
    parts += [cols[k] for k in ("membership_no", "postcode") if cols.get(k)]
    return name, " ".join(parts)


def _words(text: str) -> set[str]:
    """Lower-case words of a text, e-mail addresses and phone numbers kept whole."""
    return {w.strip(".-") for w in re.findall(r"[\w@.+-]+", text.lower())} - {""}


def _phone_digits(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    try:
        number = phonenumbers.parse(phone, None)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    except phonenumbers.NumberParseException:
        return digits
    return digits + " " + "".join(ch for ch in national if ch.isdigit())


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
