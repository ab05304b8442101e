"""A laptop joining over the LAN: every batch of the session is one bulk load, so the
tables' indexes are built once, when the session ends (``sync.replica.bulk``)."""

from __future__ import annotations

from sync.lan.node import LanServer, Node, sync_with
from sync.store import schema
from tests.writes import bulky_members, fts_segments, index_names


def joined_watching(branches, cancel_after: int | None = None):
    """sec0, holding no member, syncs with the founder's 60 bulky members over loopback; after
    each batch applied, whether its member list's index was there."""
    founder, joiner = branches["founder"].replica, branches["sec0"].replica
    bulky_members(founder, 60, seed=1)
    seen: list[bool] = []

    def progress(step) -> None:
        if step.direction == "receive":
            seen.append("member_name" in index_names(joiner))

    def cancelled() -> bool:
        return cancel_after is not None and len(seen) >= cancel_after

    with LanServer(Node(founder), ("127.0.0.1", 0)) as server:
        result = sync_with(Node(joiner), server.address, progress=progress,
                           cancelled=cancelled)
    return founder, joiner, result, seen


def test_a_laptop_joining_over_the_lan_builds_its_indexes_once_at_the_end(branches):
    founder, joiner, result, seen = joined_watching(branches)
    assert result.complete, result.error
    assert len(seen) >= 2 and not any(seen)  # batch after batch, none built meanwhile
    assert not schema.indexes_missing(joiner.shared.conn)
    assert not joiner.shared.bulk_loading
    assert fts_segments(joiner, "member_fts") == 1
    assert joiner.vault.integrity_check() == []
    assert joiner.state_hash() == founder.state_hash()
    found = joiner.shared.conn.execute(
        "SELECT count(*) FROM member INDEXED BY member_name WHERE deleted = 0 "
        "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id").fetchone()[0]
    assert found == 60


def test_a_join_cut_short_keeps_its_batches_indexed(branches):
    founder, joiner, result, seen = joined_watching(branches, cancel_after=1)
    assert not result.complete and result.reason == "SyncCancelled"
    assert seen == [False]
    held = joiner.shared.conn.execute("SELECT count(*) FROM member").fetchone()[0]
    assert 0 < held < 60
    assert not schema.indexes_missing(joiner.shared.conn)
    assert not joiner.shared.bulk_loading
    assert joiner.vault.integrity_check() == []
    # the next sync is an ordinary one, into a vault that holds members, and completes
    with LanServer(Node(founder), ("127.0.0.1", 0)) as server:
        again = sync_with(Node(joiner), server.address)
    assert again.complete, again.error
    assert joiner.state_hash() == founder.state_hash()
