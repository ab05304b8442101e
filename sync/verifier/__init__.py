"""Verifying a large receive's change sets in a second process while this one applies them.

A laptop joining its branch takes the whole branch at once (845 change sets, 400,000
rows at 50,000 members). Checking each change set (its signature, its strict CBOR, the
digest of every row's values) is work that needs no vault, and so are deflating its
bytes for storing and finding the full-text forms of the phone numbers it carries
(:func:`sync.replica.search.phone_digits`, a parse by phonenumbers each). A
:class:`sync.helper.Helper` (``python -m sync.verifier``) does it a few change sets
ahead of the one being applied.

The child answers each change set ``[body, sig, vals]`` with ``[stored body, stored
vals, [[phone, digits], ...], hash, outline]`` once it has verified it (the bytes
deflated as the vault keeps them, :func:`sync.store.packing.pack`; the change set's
hash, which it has computed anyway; its :func:`sync.changes.outline`, from which its
rows are built here at a fraction of the cost of decoding its body again), and with
nothing otherwise. This process then builds the verified change set from the same bytes
and that outline without checking them again (:func:`sync.changes.from_outline`); any
other it verifies itself, so the error it reports is exactly the one it would have
reported alone, and a child that cannot start or dies, or answers what does not fit,
costs speed, never a change set.
"""

from __future__ import annotations

import contextlib
import itertools
import queue
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from .. import changes
from ..changes import ChangeSet
from ..errors import MalformedChangeSet
from ..helper import Helper

Item = tuple[bytes, bytes, bytes]  # a change set as sent: body, sig, vals
MODULE = "sync.verifier"
#: a receive this large (a bundle, or what a LAN session has received so far: a branch
#: of some 3,000 members) is worth a verifying child; a smaller one is not
PARALLEL_BYTES = 8 * 1024 * 1024
_END = object()


class Verified(NamedTuple):
    """What the child answered about a change set it verified."""

    #: ``(body, vals)`` as the vault stores them
    packed: tuple[bytes, bytes]
    #: the change set's hash
    hash: bytes
    #: its :func:`sync.changes.outline`
    outline: list


@dataclass
class Checked:
    """A received change set, verified by the child or to be verified here."""

    item: Item
    #: what the child answered, once it has verified the item
    verified: Verified | None = None
    #: the full-text forms of the phone numbers its member rows carry (``phone_digits``)
    phones: list[tuple[str, str]] = field(default_factory=list)

    def change_set(self) -> ChangeSet:
        """The change set, verified here unless the child did (then only built: a batch
        holds its items as bytes until each is applied, never 400 built at once)."""
        if self.verified is not None:
            packed, digest, outline = self.verified
            try:
                return changes.from_outline(*self.item, outline, packed, digest)
            except (MalformedChangeSet, IndexError, TypeError, ValueError):
                pass  # not what the child sends: verify it here
        return changes.verify(*self.item)


class Verifier:
    """Verifies a stream of change sets in a child process (see the module docstring)."""

    def __init__(self, command: list[str] | None = None) -> None:
        self.helper = Helper(MODULE, command)

    def checked(self, items: Iterable[Item]) -> Iterator[Checked]:
        """``items`` in order, each verified by the child where it could."""
        stream = ((bytes(b), bytes(s), bytes(v)) for b, s, v in items)
        with contextlib.closing(self.helper.answers(stream, list)) as answers:
            for item, answer in answers:
                yield checked(item, answer)


def checked(item: Item, answer: object) -> Checked:
    """The item with what the child answered about it (anything unexpected: nothing)."""
    if not (isinstance(answer, list) and len(answer) == 5):
        return Checked(item)
    body, vals, phones, digest, outline = answer
    if not (isinstance(body, bytes) and isinstance(vals, bytes) and isinstance(phones, list)
            and all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
                    for p in phones)
            and isinstance(digest, bytes) and len(digest) == changes.HASH_BYTES
            and isinstance(outline, list) and len(outline) == 4):
        return Checked(item)
    return Checked(item, Verified((body, vals), digest, outline), [(p, d) for p, d in phones])


class Inbox:
    """Change sets that arrive batch by batch (a LAN session), verified by a child as
    they arrive: :meth:`add` each batch as it comes, then :meth:`take` its change sets,
    each as it is applied (the child verifies the next meanwhile); :meth:`close` at the
    end, whatever happened."""

    def __init__(self, command: list[str] | None = None) -> None:
        self.arrived: queue.Queue = queue.Queue()
        self.verifier = Verifier(command)
        self.stream = self.verifier.checked(iter(self.arrived.get, _END))

    def add(self, items: Iterable[Item]) -> None:
        for item in items:
            self.arrived.put(item)

    def take(self, count: int) -> Iterator[Checked]:
        return itertools.islice(self.stream, count)

    def close(self) -> None:
        self.arrived.put(_END)  # the feeding thread's input ends, then the child's
        self.stream.close()
