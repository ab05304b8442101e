"""The facade :class:`Replica`: this device's view of its branch, over an open vault.

Each job lives in a part of its own, all sharing one :class:`~.shared.Shared`:

- :mod:`.log` — the stored change sets (store, load, list, verify, history, state hash)
- :mod:`.delivery` — receiving and local writes: verify, hold, deliver, rebuild
- :mod:`.void` — void change sets kept without their values; copies that arrive again
- :mod:`.roster` — admissions, roles, revocations, permissions, branch keys
- :mod:`.state` — field state by LWW (clocks, rows, new rows in bulk)
- :mod:`.conflicts` — recording and listing concurrent writes
- :mod:`.erasure` — erasure, redaction, member links, saved searches
- :mod:`.search` — the full-text index of members and notes
- :mod:`.export` — what a peer lacks, in an order it can apply
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator

import nacl.signing

from ..changes import ERASE_FIELD, ChangeSet
from ..errors import CaucusError
from ..store import schema
from ..store.vault import Vault, db_errors
from ..verifier import Checked
from .bulk import indexes_built_after
from .conflicts import Conflict, Conflicts
from .delivery import Delivery, ImportReport, Item
from .erasure import Erasure
from .export import Exporter
from .log import ChangeSetLog, HistoryEntry
from .roster import Permissions, Roster
from .search import SearchIndex
from .shared import Shared
from .state import FieldState
from .void import Voiding


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
        with db_errors():
            self.shared = Shared(vault)
        shared = self.shared
        self._log = ChangeSetLog(shared)
        self._search = SearchIndex(shared)
        self._erasure = Erasure(shared, self._log, self._search)
        self._conflicts = Conflicts(shared, self._log)
        self._permissions = Permissions(shared, self._log)
        state = FieldState(shared, self._log, self._erasure, self._search, self._conflicts)
        voiding = Voiding(shared, self._log, self._permissions, self._erasure)
        self._delivery = Delivery(shared, self._log, self._permissions, state,
                                  self._erasure, self._search, voiding)
        self._export = Exporter(shared, self._permissions)
        if shared.meta("recompute") == "1":
            self.recompute()

    @property
    def conn(self):
        """The vault's connection; :class:`VaultLocked` once the vault is locked."""
        return self.vault.conn

    def recompute(self) -> None:
        """Recompute the whole state from the stored change sets (after an upgrade that
        knows fields an earlier build set aside)."""
        with self.sql_transaction():
            self._delivery.rebuild()
            self.shared.conn.execute("DELETE FROM meta WHERE key = 'recompute'")

    def reset_caches(self) -> None:
        """Forget every cache (another program, or another connection, wrote to the
        vault): author numbers, roster, applied order, erasures, dependencies."""
        self.shared.reset()

    # -- identity ------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        return self.shared.meta(key)

    def set_meta(self, key: str, value: str) -> None:
        self.shared.set_meta(key, value)

    def secret(self, name: str) -> bytes | None:
        return self.shared.secret(name)

    def set_secret(self, name: str, value: bytes) -> None:
        self.shared.set_secret(name, value)

    @property
    def initialised(self) -> bool:
        return self.meta("branch_id") is not None

    @property
    def branch_id(self) -> bytes:
        return self.shared.branch_id

    @property
    def signing_key(self) -> nacl.signing.SigningKey:
        return self.shared.signing_key

    @property
    def device_pk(self) -> bytes:
        return self.shared.device_pk

    @property
    def device_id(self) -> str:
        return self.device_pk.hex()

    def founder(self) -> bytes | None:
        return self.shared.founder()

    def author_no(self, pk: bytes) -> int:
        return self.shared.author_no(pk)

    def author_pk(self, no: int) -> bytes:
        return self.shared.author_pk(no)

    # -- writing and receiving -------------------------------------------------------
    def sql_transaction(self) -> contextlib.AbstractContextManager[None]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""
        return self._delivery.transaction()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One local transaction = one signed change set (nothing if no writes)."""
        tx = Transaction()
        yield tx
        if tx.rows:
            self.commit(tx)

    def commit(self, tx: Transaction) -> ChangeSet:
        with self.sql_transaction():
            return self._delivery.write_local([(t, r, f) for (t, r), f in tx.rows.items()])

    def bulk_load(self) -> contextlib.AbstractContextManager[None]:
        """A block that writes a great many rows (an import of a member list): into a
        vault with no member and no note yet, the tables' secondary indexes are built
        once, after it (:mod:`.bulk`)."""
        return indexes_built_after(self.shared, self.sql_transaction)

    def receive(self, items: Iterable[Item], batch_size: int = 400,
                progress: Callable[[int, int], None] | None = None,
                report: ImportReport | None = None,
                cancelled: Callable[[], bool] | None = None,
                parallel: bool = False) -> ImportReport:
        """Verify, store and apply change sets in atomic batches (see
        :meth:`.delivery.Delivery.receive`)."""
        return self._delivery.receive(items, batch_size, progress, report, cancelled,
                                      parallel)

    def receive_checked(self, checked: Iterator[Checked], batch_size: int = 400,
                        report: ImportReport | None = None) -> ImportReport:
        """:meth:`receive` of change sets a verifying process has seen
        (:class:`sync.verifier.Inbox`)."""
        return self._delivery.receive_checked(checked, batch_size, report=report)

    # -- the roster ------------------------------------------------------------------
    @property
    def roster(self) -> Roster:
        return self._permissions.roster

    def active_devices(self) -> list[str]:
        """Device ids (public key hex) in the roster and not revoked."""
        return self._permissions.active_devices()

    def device_name(self, device_id: str) -> str:
        return self.shared.device_name(device_id)

    def device_role(self, device_id: str) -> str | None:
        return self._permissions.device_role(device_id)

    # -- conflicts -------------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        return self._conflicts.all()

    def conflict(self, table: str, row: str, name: str) -> Conflict:
        return self._conflicts.get(table, row, name)

    # -- the stored change sets ------------------------------------------------------
    def load_changeset(self, cs_no: int) -> ChangeSet:
        return self._log.load(cs_no)

    def version_vector(self) -> dict[str, int]:
        return self._log.version_vector()

    def list_changesets(self, limit: int | None = None) -> list[dict]:
        return self._log.summaries(limit)

    def verify_all(self) -> tuple[int, list[tuple[int, str]]]:
        """Re-verify every stored change set: the number checked and ``(no, reason)``
        failures (see :meth:`.log.ChangeSetLog.verify_all`)."""
        return self._log.verify_all()

    def history(self, table: str, row: str) -> list[HistoryEntry]:
        """Every op on a row, oldest first: who wrote which value, when, on which device."""
        return self._log.history(table, row)

    def state_hash(self) -> str:
        """A digest of the replicated state: equal on replicas that hold the same data."""
        return self._log.state_hash()

    # -- export ----------------------------------------------------------------------
    def export_changesets(self, since: dict[bytes, int] | None = None) -> Iterator[Item]:
        """Every processed change set in a causal order: applied, then rejected and void;
        with ``since`` (a peer's version vector), only what the peer lacks."""
        return self._export.changesets(since)

    def export_plan(self, since: dict[bytes, int] | None = None) -> list[int]:
        """The local numbers of what :meth:`export_changesets` yields, in its order.

        With :meth:`export_items` a caller can read the change sets a chunk at a time
        and let go of the vault in between (the LAN server does, so it never holds the
        vault while it waits on the network).
        """
        return self._export.plan(since)

    def export_items(self, nos: list[int]) -> list[Item]:
        """The stored ``(body, sig, vals)`` of the change sets numbered ``nos``, in order."""
        return self._export.items(nos)
