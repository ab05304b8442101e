"""Checkpoints off the user's path: a thread of its own copies the write-ahead log into
the vault file, on a connection of its own.

SQLite checkpoints a WAL by default in the commit that takes it past 1,000 pages: that
commit (a user's save, right after a sync or an import wrote a lot) then waits while
megabytes are encrypted, written and synced (0.2–0.9 s measured at 50,000 members). An
interactive session turns that off on its connection (``wal_autocheckpoint = 0``) and
runs a :class:`Checkpointer` instead: every ``interval`` seconds, and as soon as it is
poked, it looks at the WAL's size and, past ``min_bytes``, runs a PASSIVE checkpoint,
which never waits for a lock and never blocks a reader or the writer. Once a checkpoint
has copied every frame, the writer's next transaction starts the log from its beginning
again, so the file stays about ``min_bytes`` plus what one burst of writes adds.

The second connection is keyed like the first and used by this thread only; it is
closed before the vault's key is wiped (:meth:`stop`).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import sqlcipher3

from . import cipher

INTERVAL = 1.0  # s between looks at the log
MIN_BYTES = 1024 * 1024  # a smaller log is left alone
WAL_LIMIT = 64 * 1024 * 1024  # the log file is cut back to this once it restarts


class Checkpointer:
    """Runs PASSIVE checkpoints of one vault in a background thread."""

    def __init__(self, path: Path, connect: Callable[[], sqlcipher3.Connection],
                 interval: float = INTERVAL, min_bytes: int = MIN_BYTES) -> None:
        self.wal = Path(f"{path}-wal")
        self.connect = connect
        self.interval = interval
        self.min_bytes = min_bytes
        self.checkpoints = 0  # how many ran (for tests and diagnostics)
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="caucus-checkpoint",
                                        daemon=True)

    @classmethod
    def start_for(cls, conn: sqlcipher3.Connection, path: Path,
                  key: bytearray) -> Checkpointer:
        """Start checkpointing the vault at ``path`` (keyed with ``key``) and stop
        checkpointing in the commits of ``conn``, its session's connection."""
        def connect() -> sqlcipher3.Connection:
            other = sqlcipher3.connect(f"file:{quote(str(path.absolute()))}?mode=rw",
                                       uri=True, isolation_level=None)
            cipher.set_key(other, key)  # never as SQL text (sync.store.cipher)
            other.execute("PRAGMA synchronous = NORMAL")
            other.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return other

        checkpointer = cls(path, connect)
        checkpointer.start()
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT}")
        return checkpointer

    def start(self) -> None:
        self._thread.start()

    def poke(self) -> None:
        """Look at the log now (a bulk write just committed)."""
        self._wake.set()

    def stop(self, conn: sqlcipher3.Connection | None = None) -> None:
        """Stop the thread and close its connection (waits for a running checkpoint);
        ``conn``, the session's connection, checkpoints in its commits again."""
        self._stopping = True
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join()
        if conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("PRAGMA wal_autocheckpoint = 1000")

    def _run(self) -> None:
        try:
            conn = self.connect()
        except sqlcipher3.Error:
            return  # the session's own connection goes on; SQLite checkpoints at close
        try:
            while not self._stopping:
                self._wake.wait(self.interval)
                self._wake.clear()
                if self._stopping:
                    break
                try:
                    size = os.path.getsize(self.wal)
                except OSError:
                    continue
                if size < self.min_bytes:
                    continue
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.checkpoints += 1
        finally:
            conn.close()
