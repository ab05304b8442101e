"""A bulk load: a laptop joining takes the whole branch into an empty vault.

Inserting 50,000 members and 200,000 notes one by one into the secondary indexes of
their tables (ten on members alone) puts each key at a random place of a b-tree far
larger than the page cache: about a third of a join. Into a vault that holds no member
and no note yet, those indexes are dropped first and built once at the end, from the
rows (a sort instead of hundreds of thousands of random inserts). The rows, the full-text
index and the change sets are written exactly as always, and none of the indexes is
UNIQUE, so no answer differs meanwhile. If the load stops part way (a cancel, a damaged
bundle, a full disk), the batches already committed stand and the indexes are built on
the way out; if the process dies, the vault builds them when it is next opened
(:func:`sync.store.schema.upgrade`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from ..store import schema
from .shared import Shared

Transaction = contextlib.AbstractContextManager[None]


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
    write transaction of the replica."""
    if not is_empty(shared):
        yield
        return
    with transaction():
        schema.drop_row_indexes(shared.conn)
    try:
        yield
    except BaseException:
        # the vault's next opening builds them if they cannot be built now (a full disk)
        with contextlib.suppress(Exception), transaction():
            schema.create_indexes(shared.conn)
        raise
    with transaction():
        schema.create_indexes(shared.conn)
