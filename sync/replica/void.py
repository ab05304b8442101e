"""Void change sets (made after their device's revocation) and the copies of a change
set that arrive more than once.

A void change set's ops do not count, except its erasures (erasure is final) and the
revocations it carries (every revocation an admin signed is a candidate). It is kept
and relayed so every replica holds the same set, but **without its values**: every
record entry is withheld (``false`` in the stored values), and only what convergence
needs keeps its values: roster and key rows (``device``, ``key_envelope``, ``branch``)
and erasures. Entries already erased stay erased (``null``). This device's own change
sets keep their values (it wrote them).

A withheld change set that is not void here (the revocation has not arrived yet, or a
revocation learned later no longer counts) waits, held, until it is void here or a copy
with the values arrives. A copy that arrives with more entries erased than ours spreads
the erasure: erasure is final.
"""

from __future__ import annotations

from dataclasses import replace

from .. import changes
from ..changes import ERASE_FIELD, ChangeSet
from ..errors import RevokedDevice
from .erasure import Erasure
from .log import ChangeSetLog
from .roster import Permissions
from .shared import Shared

KEPT_TABLES = frozenset({"device", "key_envelope", "branch"})  # void rows that keep values
WITHHELD = "Its values were withheld: it waits for the revocation that voids it."


def has_withheld(cs: ChangeSet) -> bool:
    return any(entry is False for entry in cs.values)


class Voiding:
    """Voids change sets, withholding their values, and merges arriving copies."""

    def __init__(self, shared: Shared, log: ChangeSetLog, permissions: Permissions,
                 erasure: Erasure) -> None:
        self.shared = shared
        self.log = log
        self.permissions = permissions
        self.erasure = erasure

    def withheld_copy(self, cs: ChangeSet) -> ChangeSet:
        """The change set as a void one is kept and relayed (see the module's text)."""
        if cs.author == self.shared.device_pk:
            return cs
        hits = [i for i, row in enumerate(cs.rows)
                if cs.values[i] and row.table not in KEPT_TABLES
                and ERASE_FIELD not in row.fields]
        if not hits:
            return cs
        values = list(cs.values)
        for i in hits:
            values[i] = False
        return replace(cs, values=values, vals=changes.withhold(cs.vals, hits))

    def void(self, cs: ChangeSet, no: int, kept: bool = False) -> None:
        """Void stored change set ``no``: none of its ops count, except erasures (a
        member erased by a device the branch had admitted stays erased) and the
        redactions erasures leave behind. Unless ``kept`` (stored withheld already),
        its stored values are withheld now."""
        if not kept:
            copy = self.withheld_copy(cs)
            if copy.vals != cs.vals:
                self.log.set_values(no, copy.vals)
        self.log.set_status(no, "void", str(RevokedDevice()))
        # whatever values we had still name members: link them, so an erasure of one
        # reaches this change set's rows here too
        self.erasure.register_links(cs)
        if any(r.table == "device" for r in cs.rows):
            self.permissions.roster.register(cs, no, void=True)
            self.permissions.settle()
        may_erase = self.permissions.roster.may_erase(cs.author)
        for index, row in enumerate(cs.rows):
            values = cs.row_values(index)
            if cs.values[index] is None or (may_erase and values and ERASE_FIELD in values):
                self.erasure.erase(row.table, row.row, no)

    def merge(self, no: int, status: str, copy: ChangeSet) -> None:
        """Another copy of stored change set ``no`` arrived with other values.

        Entries it has erased are erased here too (for an applied or void change set,
        the rows themselves). A held one waiting for withheld values takes them from a
        copy that has them all. Nothing else changes: a void change set stays withheld.
        """
        stored = self.log.load(no)
        erased_there = [i for i, entry in enumerate(copy.values)
                        if entry is None and stored.values[i] is not None]
        if status in ("applied", "void"):
            for i in erased_there:
                row = stored.rows[i]
                if not self.erasure.is_erased(row.table, row.row):
                    self.erasure.erase(row.table, row.row, no)
            return
        heal = status == "held" and has_withheld(stored) and not has_withheld(copy)
        base = copy if heal else stored
        erased = [i for i, entry in enumerate(stored.values) if entry is None] if heal \
            else erased_there
        vals = changes.redact(base.vals, erased) if erased else base.vals
        if vals != stored.vals:
            self.log.set_values(no, vals)
        if heal:
            self.log.set_status(no, "held")
