"""The records API over one open vault: :class:`Branch`.

``Branch`` is one object with four faces, each in its own module: queries
(:mod:`.queries`: the member list, search, one member, the other lists), single
writes (:mod:`.writes`: one change set per call), the batch write API (:mod:`.batch`:
many writes in bounded change sets, which the single writes use too) and the branch's
settings (:mod:`.settings`: country, currency), and organising (:mod:`.organising_queries`,
:mod:`.organising_people`, :mod:`.organising_writes`: units, density, the wall chart,
point people, structure tests, relationships). They are mixins rather than objects the
branch holds so that every caller keeps the one API it has (``branch.add_member``,
``branch.member_ids`` …) with no layer of forwarding methods; each mixin needs only
``conn``, ``replica``, ``region``, ``grace_days``, ``device_name`` and ``_exists`` of
the branch.
"""

from __future__ import annotations

from ..errors import UnknownId
from ..replica import Replica
from ..store.vault import Vault
from .organising_people import OrganisingPeople
from .organising_queries import OrganisingQueries
from .organising_writes import OrganisingWrites
from .queries import MemberQueries, RecordQueries
from .settings import Settings
from .types import DEFAULT_GRACE_DAYS
from .writes import Writes


class Branch(MemberQueries, RecordQueries, Writes, Settings, OrganisingQueries,
             OrganisingPeople, OrganisingWrites):
    """The records API over one open vault. Every mutating call is one change set."""

    def __init__(self, vault: Vault, replica: Replica | None = None) -> None:
        self.vault = vault
        self.replica = replica or Replica(vault)

    @property
    def conn(self):
        return self.vault.conn

    # settings (and Settings.region, settings(), set_country, set_currency) -------------
    @property
    def grace_days(self) -> int:
        return int(self.replica.meta("grace_days") or DEFAULT_GRACE_DAYS)

    @property
    def name(self) -> str:
        row = self.conn.execute("SELECT name FROM branch LIMIT 1").fetchone()
        return row[0] if row else ""

    @property
    def device_name(self) -> str:
        return self.replica.device_name(self.replica.device_id)

    def _exists(self, table: str, row_id: str, what: str) -> None:
        if self.conn.execute(
            f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)  # noqa: S608
        ).fetchone() is None:
            raise UnknownId(f"There is no {what} with id {row_id}.")
