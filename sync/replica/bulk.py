"""A bulk load: a laptop joining takes the whole branch into an empty vault.

Inserting 50,000 members and 200,000 notes one by one into the secondary indexes of
their tables (ten on members alone) puts each key at a random place of a b-tree far
larger than the page cache: about a third of a join. Into a vault that holds no member
and no note yet, those indexes are dropped first and built once at the end, from the
rows (a sort instead of hundreds of thousands of random inserts); one whose keys arrive
in order is kept up as the rows come (:data:`sync.store.schema.IN_ORDER_INDEXES`). The
rows, the full-text index and the change sets are written exactly as always, and none
of the indexes is UNIQUE, so no answer differs meanwhile; at the end the full-text
tables are merged into one segment each (:func:`.search.merge_segments`). If the load
stops part way (a cancel, a damaged bundle, a full disk), the batches already committed
stand and the indexes are built on the way out; if the process dies, the vault builds
them when it is next opened (:func:`sync.store.schema.upgrade`).

A sync over the LAN receives batch after batch, each a receive of its own: into an
empty vault, the session holds one bulk load around them all
(:func:`sync.lan.session.run_session`), and a receive within a bulk load is part of it.

A bulk load also keeps Python's cycle collector to its young objects
(:func:`young_collections_only`).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator

from ..store import schema
from ..store.vault import INTERACTIVE_PAGE_CACHE_KIB
from .search import merge_segments
from .shared import Shared

Transaction = contextlib.AbstractContextManager[None]

#: the page cache while the indexes are built: each index of a table scans it, and the
#: member and note tables of a 50,000-member branch stay in 96 MiB from one scan to the
#: next (1.38 s instead of 1.59 s with the usual 8 MB, median of 5)
INDEX_BUILD_CACHE_KIB = INTERACTIVE_PAGE_CACHE_KIB


def is_empty(shared: Shared) -> bool:
    """Does the vault hold no member and no note yet (a laptop about to join)?"""
    return bool(shared.conn.execute(
        "SELECT NOT EXISTS (SELECT 1 FROM member) AND NOT EXISTS (SELECT 1 FROM note)",
    ).fetchone()[0])


@contextlib.contextmanager
def indexes_built_after(shared: Shared, transaction: Callable[[], Transaction],
                        ) -> Iterator[None]:
    """Run the block (a receive) with the replicated tables' secondary indexes built
    after it, if the vault is empty; otherwise just run it. ``transaction`` opens one
    write transaction of the replica. Within a bulk load (a sync that receives batch
    after batch), a receive is part of it: the indexes are built when the outer ends."""
    if shared.bulk_loading or not is_empty(shared):
        yield
        return
    def build_indexes() -> None:
        with shared.vault.pages_for_bulk_writes(INDEX_BUILD_CACHE_KIB), transaction():
            schema.create_indexes(shared.conn)
            merge_segments(shared.conn)

    with transaction():
        schema.drop_row_indexes(shared.conn)
    shared.bulk_loading = True
    try:
        yield
    except BaseException:
        # the vault's next opening builds them if they cannot be built now (a full disk)
        with contextlib.suppress(Exception):
            build_indexes()
        raise
    finally:
        shared.bulk_loading = False
    build_indexes()


@contextlib.contextmanager
def young_collections_only() -> Iterator[None]:
    """Python's automatic cycle collection off while a block (an import: of a file, of
    change sets) runs, on again after (if it was on); the block calls
    :func:`collect_young` after each of its batches.

    The collector's full passes walk every object alive, and an import keeps many (its
    rows, what it has checked, whom it has matched): 21 of them took 1.9 s of reading
    and importing a spreadsheet of 50,000 rows, for no garbage to speak of (the peak
    memory is the same without them), and about a twentieth of joining a branch of
    that size. Collecting the young generations after each batch keeps any cycle a
    batch leaves from piling up; one that outlives its batch waits for the next full
    pass, after the import."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def collect_young() -> None:
    """What a batch of a bulk load left: young objects only (see
    :func:`young_collections_only`)."""
    gc.collect(1)
