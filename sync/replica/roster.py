"""The roster: who may write what (admissions, roles, revocations), the permission
rules a change set must pass, and this device's branch keys as the roster seals them."""

from __future__ import annotations

from .. import changes
from ..changes import ChangeSet
from ..errors import UnknownDevice
from ..keys import unseal_envelope
from ..phrases import QT_TRANSLATE_NOOP, Phrase
from ..store import schema
from .log import ChangeSetLog
from .shared import Shared, device_row_id

ROLES = ("admin", "secretary", "viewer")
#: the tables only an admin may write (a device may write some of its own row)
_GUARDED_TABLES = frozenset((*schema.ADMIN_TABLES, "device"))

__all__ = ["ROLES", "Permissions", "Roster", "device_row_id"]


class Roster:
    """Who may write what: admissions, roles and revocations.

    A device's role for a change set is the latest role op *in that change set's causal
    past* (so the answer never depends on arrival order); roles come from applied
    change sets. Revocations outrank admissions. Every revocation an admin signed is a
    *candidate*, even inside a change set that is void: processed in ``(hlc, author)``
    order, a candidate counts unless its own author was already cut off before it, and
    each names the last seq of its target that stays valid. ``computed`` is that
    result; ``cutoffs`` is what this replica enforces, and the two are kept equal by
    recomputing the state whenever they differ (see :meth:`Permissions.settle`).
    ``devices`` are the keys of the roster: the founder's, and those an applied change
    set gave a role or revoked (a void one adds none: a revoked admin admits nobody).
    """

    def __init__(self, shared: Shared, cutoffs: dict[int, int] | None = None):
        self.shared = shared
        self.founder = shared.founder()
        self.roles: dict[bytes, list[tuple[list[int], str]]] = {}
        self.revocations: list[tuple[list[int], bytes, int]] = []
        self.cutoffs: dict[int, int] = dict(cutoffs or {})
        self.computed: dict[int, int] = dict(self.cutoffs)
        self.devices: set[bytes] = set() if self.founder is None else {self.founder}

    @classmethod
    def load(cls, shared: Shared, log: ChangeSetLog) -> Roster:
        """The roster of the change sets stored as applied or void, in applied order."""
        roster = cls(shared)
        for no, status in shared.conn.execute(
            "SELECT DISTINCT i.cs, c.status FROM row_index i JOIN changeset c ON c.no = i.cs "
            "WHERE i.tbl = 'device' AND c.status IN ('applied', 'void') "
            "ORDER BY c.applied_order"
        ).fetchall():
            roster.register(log.load(no), no, void=status == "void")
        roster.cutoffs = dict(roster.computed)
        return roster

    def register(self, cs: ChangeSet, no: int, void: bool = False) -> None:
        """Take the roster ops of an applied change set (or the revocations of a void
        one whose author was an admin when it wrote them)."""
        shared = self.shared
        author = shared.author_no(cs.author)
        stamp = [cs.hlc, author, cs.seq, no]
        if void and self.role_at(cs.author, author, cs.seq,
                                 shared.deps_by_no(cs.deps)) != "admin":
            return
        changed = False
        for index, row in enumerate(cs.rows):
            vals = cs.row_values(index)
            if row.table != "device" or not vals:
                continue
            pk_hex = vals.get("pubkey")
            if not isinstance(pk_hex, str):
                found = shared.conn.execute(
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
                self.devices.add(pk)
            if isinstance(vals.get("revoked_after"), int):
                self.revocations.append((stamp, pk, max(0, vals["revoked_after"])))
                if not void:
                    self.devices.add(pk)
                changed = True
        if changed:
            self.compute()

    def compute(self) -> None:
        """Work out which revocations count (``computed``) from every candidate."""
        shared = self.shared
        cut: dict[int, int] = {}
        for stamp, target, after in sorted(
            self.revocations, key=lambda r: (r[0][0], shared.author_pk(r[0][1]))
        ):
            if stamp[1] in cut and stamp[2] > cut[stamp[1]]:
                continue
            t = shared.author_no(target)
            cut[t] = min(cut.get(t, after), after)
        self.computed = cut

    def role_at(self, pk: bytes, author: int, seq: int, deps: dict[int, int]) -> str | None:
        """The device's role as the writer of (author, seq) with ``deps`` knew it."""
        if self.founder is not None and pk == self.founder:
            return "admin"
        rank = self.shared.rank
        best: tuple[list[int], str] | None = None
        for stamp, role in self.roles.get(pk, ()):
            seen = stamp[2] < seq if stamp[1] == author else deps.get(stamp[1], 0) >= stamp[2]
            if seen and (best is None or rank(stamp) > rank(best[0])):
                best = (stamp, role)
        return best[1] if best and best[1] in ROLES else None

    def is_device(self, pk: bytes) -> bool:
        """Is the key a device of this roster (admitted, or named by a revocation)?
        Change sets signed by any other key are never stored or relayed."""
        return pk in self.devices

    def is_device_no(self, author: int) -> bool:
        try:
            return self.shared.author_pks[author] in self.devices
        except KeyError:
            return False

    def is_revoked(self, pk: bytes) -> bool:
        no = self.shared.known_author_no(pk)
        return no is not None and no in self.cutoffs

    def may_erase(self, pk: bytes) -> bool:
        """Was the device ever admitted with a role that writes records?"""
        if self.founder is not None and pk == self.founder:
            return True
        return any(role in ("admin", "secretary") for _s, role in self.roles.get(pk, ()))


class Permissions:
    """The roster in force (loaded once, kept in :attr:`Shared.roster`) and its rules."""

    def __init__(self, shared: Shared, log: ChangeSetLog) -> None:
        self.shared = shared
        self.log = log

    @property
    def roster(self) -> Roster:
        if self.shared.roster is None:
            self.shared.roster = Roster.load(self.shared, self.log)
        return self.shared.roster

    def start_over(self, cutoffs: dict[int, int]) -> Roster:
        """An empty roster enforcing ``cutoffs`` (the state is being recomputed)."""
        self.shared.roster = Roster(self.shared, cutoffs)
        return self.shared.roster

    def settle(self) -> None:
        """Enforce the revocations as now computed; if change sets were already treated
        otherwise (applied beyond a cutoff, or voided within one), ask for the state to
        be recomputed (:attr:`Shared.needs_rebuild`)."""
        roster = self.roster
        if self.shared.rebuilding or roster.computed == roster.cutoffs:
            return
        roster.cutoffs = dict(roster.computed)
        if self.treated_otherwise(roster.cutoffs):
            self.shared.needs_rebuild = True

    def treated_otherwise(self, cutoffs: dict[int, int]) -> bool:
        conn = self.shared.conn
        for author, cutoff in cutoffs.items():
            if conn.execute(
                "SELECT 1 FROM changeset WHERE author = ? AND seq > ? AND status IN "
                "('applied', 'rejected') LIMIT 1", (author, cutoff)
            ).fetchone():
                return True
        for author, seq in conn.execute(
            "SELECT author, seq FROM changeset WHERE status = 'void'"
        ).fetchall():
            if author not in cutoffs or seq <= cutoffs[author]:
                return True
        return False

    def problem(self, cs: ChangeSet) -> str | None:
        """Why this device may not make this change set, or None if it may."""
        shared = self.shared
        author = shared.author_no(cs.author)
        role = self.roster.role_at(cs.author, author, cs.seq, shared.deps_by_no(cs.deps))
        if role is None:
            return Phrase.of_error(UnknownDevice())
        if role != "viewer" and self.plainly_permitted(cs, role == "admin"):
            return None
        known: dict[tuple[str, tuple[str, ...]], bool] = {}  # rows share their fields
        for row in cs.rows:
            if row.table not in schema.TABLES:
                return Phrase(QT_TRANSLATE_NOOP("phrases", "It names an unknown table {table}."),
                              table=repr(row.table))
            key = (row.table, row.fields)
            knows = known.get(key)
            if knows is None:
                knows = known[key] = all(schema.knows_field(row.table, name)
                                         for name in row.fields)
            if not knows:
                return schema.NEWER_WRITER
            if role == "admin":
                continue
            if row.table in schema.ADMIN_TABLES:
                return Phrase(QT_TRANSLATE_NOOP(
                    "phrases", "Only an admin may change the branch or its keys."))
            if row.table == "device":
                own = row.row == device_row_id(cs.author.hex())
                if not own or set(row.fields) - schema.DEVICE_OWN_FIELDS:
                    return Phrase(QT_TRANSLATE_NOOP(
                        "phrases", "Only an admin may admit or revoke devices."))
                continue
            if role == "viewer":
                return Phrase(QT_TRANSLATE_NOOP(
                    "phrases", "The device is a viewer: it may not change records."))
        return None

    @staticmethod
    def plainly_permitted(cs: ChangeSet, admin: bool) -> bool:
        """The common case at once, by the change set's tables and field lists rather
        than row by row (an import's change sets hold hundreds of rows): every table
        and field known to this build and, unless the writer is an admin, none of the
        branch's or the roster's tables. False means: look row by row
        (:meth:`problem`), which finds the same answer and says why."""
        shapes = {(row.table, row.fields) for row in cs.rows}
        tables = {table for table, _ in shapes}
        if not tables <= schema.TABLES.keys():
            return False
        if not admin and not tables.isdisjoint(_GUARDED_TABLES):
            return False
        return all(schema.knows_field(table, name)
                   for table, fields in shapes for name in fields)

    def active_devices(self) -> list[str]:
        """Device ids (public key hex) in the roster and not revoked."""
        out = []
        for (pk_hex,) in self.shared.conn.execute(
            "SELECT pubkey FROM device WHERE deleted = 0 AND pubkey IS NOT NULL "
            "AND revoked_after IS NULL ORDER BY pubkey"
        ):
            try:
                pk = bytes.fromhex(pk_hex)
            except ValueError:
                continue
            if len(pk) == changes.PK_BYTES and not self.roster.is_revoked(pk):
                out.append(pk_hex)
        return out

    def device_role(self, device_id: str) -> str | None:
        row = self.shared.conn.execute(
            "SELECT role, deleted FROM device WHERE id = ?", (device_row_id(device_id),)
        ).fetchone()
        if row is None or row[1]:
            return None
        return row[0]

    def refresh_keys(self) -> None:
        """This device's branch keys are exactly those sealed to it in the roster's key
        envelopes as they stand (a rotation made by a revoked admin does not count)."""
        shared = self.shared
        keys: dict[int, bytes] = {}
        for epoch, sealed in shared.conn.execute(
            "SELECT epoch, sealed FROM key_envelope WHERE device = ? AND deleted = 0",
            (shared.device_pk.hex(),),
        ).fetchall():
            key = unseal_envelope(shared.signing_key, sealed or "")
            if isinstance(epoch, int) and key is not None:
                keys[epoch] = key
        if not keys:
            return
        for (name,) in shared.conn.execute(
            "SELECT name FROM secret WHERE name LIKE 'branch_key.%'"
        ).fetchall():
            if int(name.split(".", 1)[1]) not in keys:
                shared.conn.execute("DELETE FROM secret WHERE name = ?", (name,))
        for epoch, key in keys.items():
            shared.set_secret(f"branch_key.{epoch}", key)
        shared.set_meta("key_epoch", str(max(keys)))
