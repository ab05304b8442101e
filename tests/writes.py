"""Test helper: many change sets signed by one device, built directly (fast to make)."""

from __future__ import annotations

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
