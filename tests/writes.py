"""Test helpers: many change sets made fast (signed directly, or written as members of
bulky text), and what a load of them left in a vault (its indexes, full-text segments)."""

from __future__ import annotations

import random

from sync import changes
from sync.replica import Replica


def signed_writes(replica: Replica, n: int) -> list[tuple[bytes, bytes, bytes]]:
    """``n`` change sets by ``replica``'s device, each adding a member and a note about
    them, chained after what it wrote before; ready for another replica's ``receive``."""
    me = replica.device_pk
    vv = replica.version_vector()
    deps = {bytes.fromhex(pk): s for pk, s in vv.items() if bytes.fromhex(pk) != me}
    seq, prev = vv.get(me.hex(), 0), None
    hlc = changes.wall_hlc()
    items = []
    for i in range(n):
        member = changes.new_id()
        cs = changes.build(replica.signing_key, replica.branch_id, seq + i + 1, prev, hlc + i,
                           deps, [
                               ("member", member, {"first_name": f"Joiner{i}",
                                                   "last_name": "Test", "deleted": False}),
                               ("note", changes.new_id(), {"member_id": member,
                                                           "deleted": False,
                                                           "text": f"visit {i} " * 20}),
                           ])
        prev = cs.hash
        items.append((cs.body, cs.sig, cs.vals))
    return items


def bulky_members(replica: Replica, change_sets: int, seed: int) -> None:
    """Change sets of ~40 kB of incompressible text each (more than socket buffers hold,
    and more than one LAN batch of 1 MiB holds in a few dozen)."""
    rng = random.Random(seed)
    for _ in range(change_sets):
        with replica.transaction() as tx:
            tx.set("member", changes.new_id(), {
                "first_name": "Bulk", "last_name": f"{seed}", "status": "member",
                "custom.notes": rng.randbytes(20_000).hex(), "deleted": False})


def index_names(replica: Replica) -> set[str]:
    return {name for (name,) in replica.shared.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}


def fts_segments(replica: Replica, fts: str) -> int:
    """How many segments a full-text table's index is made of."""
    return replica.shared.conn.execute(
        f"SELECT count(DISTINCT segid) FROM {fts}_idx").fetchone()[0]  # noqa: S608
