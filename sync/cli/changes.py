"""``caucus changes list|verify`` and ``caucus state-hash``: the signed log and its state."""

from __future__ import annotations

import argparse

from ..ops import Session
from ..records import Branch
from .options import positive
from .output import emit, iso_ms, note, print_json, say
from .registry import CommandTable, arg

commands = CommandTable()
commands.group("changes", "the signed change sets held in this vault")


@commands.command("changes list", "list stored change sets", arg("--limit", type=positive),
                  json_out=True)
def changes_list(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    items = branch.replica.list_changesets(args.limit)
    for item in items:
        item["time"] = iso_ms(item["time_ms"])
    return emit(args, items, "change set", ("NO", "AUTHOR", "SEQ", "TIME", "OPS", "STATUS"),
                lambda c: (c["no"], f"{c['author_name']} {c['author'][:8]}", c["seq"],
                           c["time"], c["ops"], c["status"]))


def changeset_labels(branch: Branch) -> dict[int, str]:
    """``no`` → "by DEVICE (short id), seq N", from the local index (not the body)."""
    labels = {}
    for no, pk, seq in branch.conn.execute(
        "SELECT c.no, a.pk, c.seq FROM changeset c JOIN author a ON a.no = c.author"
    ):
        device = bytes(pk).hex()
        labels[no] = f"by {branch.replica.device_name(device)} ({device[:8]}), seq {seq}"
    return labels


@commands.command("changes verify", "re-check every stored signature and chain link",
                  json_out=True)
def changes_verify(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    count, failures = branch.replica.verify_all()
    labels = changeset_labels(branch) if failures else {}
    if args.json:
        print_json({"checked": count, "verified": count - len(failures), "failures": [
            {"no": no, "label": labels.get(no, ""), "reason": why} for no, why in failures
        ]})
    else:
        say(f"Verified {count - len(failures)} of {count} change sets.")
    for no, why in failures:
        note(f"caucus: change set #{no} {labels.get(no, '')} failed: {why}")
    return 1 if failures else 0


@commands.command("state-hash", "print a digest of the data (equal on laptops in sync)",
                  json_out=True)
def state_hash(session: Session, args: argparse.Namespace) -> int:
    branch = session.branch
    digest = branch.replica.state_hash()
    if args.json:
        print_json({"state_hash": digest})
    else:
        say(digest)
    return 0
