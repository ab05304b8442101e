"""Causal delivery: verify what arrives, store it as the exact bytes that were signed,
hold it until its author's previous change set and its deps are in, then apply, reject
or void it against the roster; recompute the state when late revocations require it.

Local writes take the same path (:meth:`Delivery.write_local`): a local edit and the
same edit arriving from another laptop produce the same state.

Only devices of the roster get in: a change set signed by any other key is refused and
never stored, so never relayed. A batch may carry a device's admission before its change
sets (a bundle carries the roster first), so a change set from a key not yet known waits
until the end of its batch before it is refused. A change set from a known device that
waits for a gap is held, as always.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field

from .. import changes
from ..changes import ChangeSet
from ..errors import CaucusError, NotPermitted, RevokedDevice, UnknownDevice
from ..phrases import QT_TRANSLATE_NOOP, Phrase
from ..store import schema
from ..store.packing import unpack
from ..store.vault import db_errors
from ..verifier import Checked, Verifier
from .bulk import collect_young, indexes_built_after, young_collections_only
from .erasure import Erasure
from .log import ChangeSetLog
from .roster import Permissions
from .search import SearchIndex, remember_digits
from .shared import Shared
from .state import FieldState
from .void import WITHHELD, Voiding, has_withheld

CLOCK_SKEW_MS = 24 * 3600 * 1000  # a change set this far ahead flags its device's clock
REBUILD_ROUNDS = 8  # recomputations before revocations that never settle are an error

Item = tuple[bytes, bytes, bytes]  # a change set as stored and sent: body, sig, vals


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
        """``what`` was rejected for ``reason`` (each a :class:`Phrase`, so the app can
        write them in its language; a plain string shows as it is)."""
        self.rejected.append({"what": what, "reason": reason})

    def to_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        text = (f"{self.applied} applied, {self.already} already here, {self.held} held back "
                f"waiting for earlier changes, {len(self.rejected)} rejected")
        return text + (" (cancelled)" if self.cancelled else "")


def describe(cs: ChangeSet) -> Phrase:
    #: {seq} is a change set's number, {device} the start of a device's key
    return Phrase(QT_TRANSLATE_NOOP("phrases", "change set {seq} of device {device}"),
                  seq=str(cs.seq), device=cs.author.hex()[:8])


class Delivery:
    """Receives change sets (remote and local) and brings the state up to date."""

    def __init__(self, shared: Shared, log: ChangeSetLog, permissions: Permissions,
                 state: FieldState, erasure: Erasure, search: SearchIndex,
                 voiding: Voiding) -> None:
        self.shared = shared
        self.log = log
        self.permissions = permissions
        self.state = state
        self.erasure = erasure
        self.search = search
        self.voiding = voiding

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (caches dropped)."""
        shared = self.shared
        with shared.write_lock, db_errors():
            shared.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.search.purge()
            except BaseException:
                shared.conn.execute("ROLLBACK")
                shared.reset()
                raise
            shared.conn.execute("COMMIT")

    # -- local writes -----------------------------------------------------------------
    def write_local(self, rows: list[tuple[str, str, dict[str, object]]]) -> ChangeSet:
        """Sign this device's next change set over ``rows`` and apply it (in a
        transaction the caller opened)."""
        shared = self.shared
        me = shared.author_no(shared.device_pk)
        seq, prev = self.log.head(me)
        hlc = changes.next_hlc(int(shared.meta("hlc") or 0))
        deps = {
            shared.author_pks[a]: s
            for a, s in shared.conn.execute("SELECT author, seq FROM vv WHERE author != ?", (me,))
        }
        cs = changes.build(shared.signing_key, shared.branch_id, seq + 1, prev, hlc, deps, rows)
        cutoff = self.permissions.roster.cutoffs.get(me)
        if cutoff is not None and seq + 1 > cutoff:
            raise RevokedDevice("This device's access to the branch was revoked.")
        problem = self.permissions.problem(cs)
        if problem is not None:
            raise NotPermitted(problem)
        self.store_and_accept(cs)
        if shared.needs_rebuild:
            self.rebuild()
        return cs

    # -- receiving --------------------------------------------------------------------
    def receive(self, items: Iterable[Item], batch_size: int = 400,
                progress: Callable[[int, int], None] | None = None,
                report: ImportReport | None = None,
                cancelled: Callable[[], bool] | None = None,
                parallel: bool = False) -> ImportReport:
        """Verify, store and apply change sets in atomic batches.

        Each batch is one SQL transaction: a crash or cancel leaves whole batches only.
        Change sets whose predecessors have not arrived are stored and held back; they
        apply as soon as their gap fills (here or in a later import). Into an empty vault
        (a laptop joining) the tables' secondary indexes are built after the rows; the
        cycle collector keeps to young objects, collected after each batch (:mod:`.bulk`).
        ``parallel`` (for a large receive) verifies in a second process
        meanwhile (:mod:`sync.verifier`); the outcome is the same.
        """
        checked = Verifier().checked(items) if parallel else (Checked(i) for i in items)
        with contextlib.closing(checked) as stream:  # a verifying child stops with it
            return self.receive_checked(stream, batch_size, progress, report, cancelled)

    def receive_checked(self, checked: Iterator[Checked], batch_size: int = 400,
                        progress: Callable[[int, int], None] | None = None,
                        report: ImportReport | None = None,
                        cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """:meth:`receive` of change sets verified elsewhere where they could be
        (:mod:`sync.verifier`)."""
        report = report or ImportReport()
        done = 0
        stream = iter(checked)
        with indexes_built_after(self.shared, self.transaction), young_collections_only():
            for first in stream:
                # each item is taken from the stream as it is applied, so a verifying
                # process stays ahead of the applying all through a batch
                count = self.receive_batch(
                    itertools.chain([first], itertools.islice(stream, batch_size - 1)),
                    report)
                collect_young()
                done += count
                if progress:
                    progress(done, report.bytes)
                if count == batch_size and cancelled and cancelled():
                    report.cancelled = True
                    break
        report.held = self.log.held_count()
        return report

    def receive_batch(self, batch: Iterable[Checked], report: ImportReport) -> int:
        """Receive a batch in one transaction; how many change sets it held."""
        count = 0
        with self.transaction():
            held_before = self.log.held_count()
            strangers: list[ChangeSet] = []
            for checked in batch:
                count += 1
                report.bytes += sum(map(len, checked.item))
                cs = self.verified(checked, report)
                if cs is None:
                    continue
                remember_digits(checked.phones)
                if not self.take(cs, report, held_before > 0):
                    strangers.append(cs)
            if self.log.held_count():
                self.deliver(report)
            while strangers:  # each round, those the batch's admissions made devices
                roster = self.permissions.roster
                known = [cs for cs in strangers if roster.is_device(cs.author)]
                if not known:
                    break
                strangers = [cs for cs in strangers if not roster.is_device(cs.author)]
                for cs in known:
                    self.take(cs, report, True)
            for cs in strangers:
                report.reject(describe(cs), Phrase.of_error(UnknownDevice()))
            if self.shared.needs_rebuild:
                self.rebuild()
        return count

    def verified(self, checked: Checked, report: ImportReport) -> ChangeSet | None:
        """The change set, verified (here unless it was already) and of this branch;
        None (reported) if not."""
        try:
            cs = checked.change_set()
        except CaucusError as exc:
            report.reject(Phrase(QT_TRANSLATE_NOOP("phrases", "a change set")),
                          Phrase.of_error(exc))
            return None
        if cs.branch != self.shared.branch_id:
            report.reject(describe(cs), Phrase(QT_TRANSLATE_NOOP(
                "phrases", "It belongs to a different branch.")))
            return None
        return cs

    def take(self, cs: ChangeSet, report: ImportReport, have_held: bool) -> bool:
        """Store and process a verified change set; False if its author is not (yet) a
        device of the roster (nothing is stored then)."""
        shared = self.shared
        known = self.log.find(cs.hash, cs.vals)
        if known is not None:
            no, status, same = known
            if not same:
                self.voiding.merge(no, status, cs)
            report.already += 1
            return True
        if not self.permissions.roster.is_device(cs.author):
            return False
        what = describe(cs)
        author = shared.author_no(cs.author)
        if self.log.number_of(author, cs.seq) is not None:
            report.reject(what, Phrase(QT_TRANSLATE_NOOP(
                "phrases", "Another change set with the same number exists from this device: "
                "its vault was copied or forked; kept the first one.")))
            return True
        cutoff = self.permissions.roster.cutoffs.get(author)
        if cutoff is not None and cs.seq > cutoff:
            no = self.store(self.voiding.withheld_copy(cs), "void", str(RevokedDevice()))
            self.voiding.void(cs, no, kept=True)
            report.reject(what, Phrase(QT_TRANSLATE_NOOP(
                "phrases", "It was made after the device's access was revoked.")))
            return True
        if changes.hlc_millis(cs.hlc) > changes.hlc_millis(changes.wall_hlc()) + CLOCK_SKEW_MS:
            shared.set_meta(f"clock_ahead:{cs.author.hex()}", str(changes.hlc_millis(cs.hlc)))
        withheld = has_withheld(cs)
        if not withheld and self.ready(cs) and self.permissions.problem(cs) is None:
            self.store_and_accept(cs)
            report.applied += 1
            if have_held:
                self.deliver(report)
            return True
        no = self.store(cs, "held", WITHHELD if withheld else None)
        self.erasure.register_links(cs)
        if not withheld and self.ready(cs):
            self.process(cs, no, report)
            if have_held:
                self.deliver(report)
        return True

    def ready(self, cs: ChangeSet) -> bool:
        """Causal delivery: its author's previous change set and all its deps are in."""
        return self.ready_numbers(self.shared.author_no(cs.author), cs.seq,
                                  self.shared.deps_by_no(cs.deps))

    def ready_numbers(self, author: int, seq: int, deps: dict[int, int]) -> bool:
        """Ready by author numbers. Deps on a revoked device need only what it wrote
        before its cutoff; deps on a key that is not a device here need nothing: its
        change sets never count here (the admission that made it one where the writer
        was is in the writer's past, so it is settled here before this is ready)."""
        if self.log.seen(author) != seq - 1:
            return False
        roster = self.permissions.roster
        cutoffs = roster.cutoffs
        for dep_author, dep_seq in deps.items():
            need = min(dep_seq, cutoffs.get(dep_author, dep_seq))
            if self.log.seen(dep_author) < need and roster.is_device_no(dep_author):
                return False
        return True

    def deliver(self, report: ImportReport | None) -> None:
        """Apply every held change set whose gap has filled, until none is ready.

        Only each author's next change set (seq = what is applied + 1) can be ready, so
        only those are looked at, and their deps come from a cache: change sets held
        for good (a gap that never fills) cost a scan of an index, never a signature
        check per delivery.
        """
        conn = self.shared.conn
        progress = True
        while progress:
            progress = False
            for author, cutoff in list(self.permissions.roster.cutoffs.items()):
                for no, body, sig, vals in conn.execute(
                    "SELECT no, body, sig, vals FROM changeset WHERE status = 'held' "
                    "AND author = ? AND seq > ? ORDER BY seq", (author, cutoff)
                ).fetchall():
                    cs = changes.verify(unpack(body), bytes(sig), unpack(vals))
                    self.voiding.void(cs, no)
                    if report:
                        report.reject(describe(cs), Phrase.of_error(RevokedDevice()))
            for no, author, seq in conn.execute(
                "SELECT c.no, c.author, c.seq FROM changeset c LEFT JOIN vv "
                "ON vv.author = c.author WHERE c.status = 'held' AND c.reason IS NULL "
                "AND c.seq = coalesce(vv.seq, 0) + 1 ORDER BY c.author"
            ).fetchall():
                if not self.ready_numbers(author, seq, self.log.deps(no)[2]):
                    continue
                self.process(self.log.load(no), no, report)
                progress = True

    def process(self, cs: ChangeSet, no: int, report: ImportReport | None) -> None:
        """Check a causally ready change set against the roster; apply or reject it
        (one whose values were withheld waits: it cannot be applied)."""
        cutoff = self.permissions.roster.cutoffs.get(self.shared.author_no(cs.author))
        if cutoff is not None and cs.seq > cutoff:
            # a revocation applied earlier in this delivery cut its author off
            self.voiding.void(cs, no)
            if report:
                report.reject(describe(cs), Phrase.of_error(RevokedDevice()))
            return
        if has_withheld(cs):
            self.log.set_status(no, "held", WITHHELD)
            return
        problem = self.permissions.problem(cs)
        if problem is None:
            self.accept(cs, no)
            if report:
                report.applied += 1
        else:
            self.log.set_status(no, "rejected", problem)
            self.log.advance(cs, no)
            if report:
                report.reject(describe(cs), problem)

    # -- storing and applying -----------------------------------------------------------
    def store(self, cs: ChangeSet, status: str, reason: str | None = None,
              order: int | None = None) -> int:
        no = self.log.store(cs, status, reason, order)
        self.erasure.redact_late(cs, no)
        return no

    def store_and_accept(self, cs: ChangeSet) -> None:
        """Store a change set that is ready and permitted as applied, then apply it.

        The common case, written once: setting the status and order afterwards would
        rewrite the whole stored row (its body and values, ~100 kB for a bulk import).
        """
        order = self.log.order + 1
        no = self.store(cs, "applied", order=order)
        fresh = self.state.fresh_rows(cs)
        self.erasure.register_links(cs, fresh)
        self.accept(cs, no, stored_order=order, fresh=fresh)

    def accept(self, cs: ChangeSet, no: int, stored_order: int | None = None,
               fresh: set[tuple[str, str]] | None = None) -> None:
        if stored_order is None:
            self.log.set_status(no, "applied")
        self.state.apply(cs, no, fresh)
        self.log.advance(cs, no, stored_order)
        tables = {r.table for r in cs.rows}
        if "device" in tables:
            self.permissions.roster.register(cs, no)
            self.permissions.settle()
        if "key_envelope" in tables:
            self.permissions.refresh_keys()

    # -- late revocations ---------------------------------------------------------------
    def rebuild(self) -> None:
        """Recompute the whole replicated state from the stored change sets.

        Needed when the revocations in force change under change sets already applied
        or voided: the state must equal what a replica that knew everything from the
        start would hold (ARCHITECTURE §5). Each round enforces the cutoffs the last
        one computed, until they agree. Erasures are final and survive.
        """
        shared = self.shared
        conn = shared.conn
        cutoffs = dict(self.permissions.roster.cutoffs)
        shared.rebuilding = True
        try:
            for _round in range(REBUILD_ROUNDS):
                for table in schema.TABLES:
                    conn.execute(f"DELETE FROM {table}")
                self.search.clear()
                for local in ("conflict", "vv"):
                    conn.execute(f"DELETE FROM {local}")
                conn.execute(
                    "UPDATE changeset SET status = 'held', reason = NULL, applied_order = NULL"
                    " WHERE status IN ('applied', 'rejected', 'void')"
                )
                shared.order = 0
                shared.deps.clear()
                roster = self.permissions.start_over(cutoffs)
                self.deliver(None)
                if roster.computed == cutoffs:
                    shared.needs_rebuild = False
                    self.permissions.refresh_keys()
                    return
                cutoffs = dict(roster.computed)
        finally:
            shared.rebuilding = False
        raise CaucusError("The branch's revocations do not settle; please report this.")
