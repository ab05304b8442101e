"""Verifying a large receive's change sets in a second process while this one applies them.

A laptop joining its branch takes the whole branch at once (845 change sets, 400,000
rows at 50,000 members). Checking each change set (its signature, its strict CBOR, the
digest of every row's values) is work that needs no vault, and so are deflating its
bytes for storing and finding the full-text forms of the phone numbers it carries
(:func:`sync.replica.search.phone_digits`, a parse by phonenumbers each). One process
doing all of it and the SQL too leaves the laptop's second core idle; :class:`Verifier`
runs that work in a child process of our own (``python -m sync.verifier``), a few change
sets ahead of the one that applies them.

The child answers each change set with one verdict. *Verified* comes with the phone
forms, and this process then builds the change set from the same bytes without
checking them again (:func:`sync.changes.parse_verified`). *Not verified* makes this
process verify that change set itself, so the error it reports is exactly the one it
would have reported alone. If the child cannot be started or stops answering, every
change set from then on is verified here: slower, never different.

The pipe carries frames of our own (below), never pickle; the child writes nothing else
and its error output is discarded (it could hold a value).

Frames to the child: three big-endian u32 lengths (body, sig, vals), then those bytes.
From the child, per frame: ``0x00`` ‖ u32 length ‖ CBOR ``[stored body, stored vals,
[[phone, digits], ...]]`` (verified; the body and values deflated as the vault keeps
them, :func:`sync.store.packing.pack`), or ``0x01`` (not verified). The child stops at
the end of its input.
"""

from __future__ import annotations

import contextlib
import os
import queue
import struct
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import cbor2

from .. import changes
from ..changes import ChangeSet

Item = tuple[bytes, bytes, bytes]  # a change set as sent: body, sig, vals

LENGTHS = struct.Struct(">III")
LENGTH = struct.Struct(">I")
VERIFIED = 0
NOT_VERIFIED = 1
#: change sets handed to the child and not yet taken back: bounds the memory they hold
#: (~160 kB each in a join) and how far ahead of the applying the child runs
AHEAD = 32
STOP_SECONDS = 10  # how long stopping waits for the child and the feeding thread


@dataclass
class Checked:
    """A received change set, verified by the child or to be verified here."""

    item: Item
    #: ``(body, vals)`` as the vault stores them, once the child has verified the item
    packed: tuple[bytes, bytes] | None = None
    #: the full-text forms of the phone numbers its member rows carry (``phone_digits``)
    phones: list[tuple[str, str]] = field(default_factory=list)

    def change_set(self) -> ChangeSet:
        """The change set, verified here unless the child did (then only built: a batch
        holds its items as bytes until each is applied, never 400 built at once)."""
        if self.packed is not None:
            return changes.parse_verified(*self.item, packed=self.packed)
        return changes.verify(*self.item)


class _Failed:
    """The items' iterator raised: re-raised in the applying thread at its place."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


_END = object()


class Verifier:
    """One child process verifying a stream of change sets (see the module docstring).

    Use :meth:`checked` once, to its end or not: leaving it early (a cancel, an error
    while applying) stops the child and the thread that feeds it."""

    def __init__(self, command: list[str] | None = None) -> None:
        self.command = command or [sys.executable, "-m", "sync.verifier"]
        self.child: subprocess.Popen | None = None
        self.pending: queue.Queue = queue.Queue(maxsize=AHEAD)
        self.stopping = threading.Event()
        self.feeder: threading.Thread | None = None

    def checked(self, items: Iterable[Item]) -> Iterator[Checked]:
        """``items`` in order, each verified by the child where it could."""
        # the child imports this very copy of Caucus, wherever it was started from
        root = str(Path(__file__).resolve().parents[2])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (root, os.environ.get("PYTHONPATH")) if p)}
        try:
            self.child = subprocess.Popen(
                self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, env=env)
        except OSError:
            self.child = None
        self.feeder = threading.Thread(target=self.feed, args=(iter(items),),
                                       name="caucus-verifier-feed", daemon=True)
        self.feeder.start()
        try:
            while True:
                got = self.pending.get()
                if got is _END:
                    return
                if isinstance(got, _Failed):
                    raise got.error
                yield self.answer(got)
        finally:
            self.stop()

    def feed(self, items: Iterator[Item]) -> None:
        """The feeding thread: each item to the child and to the queue, in order."""
        stdin = self.child.stdin if self.child else None
        try:
            for body, sig, vals in items:
                item = (bytes(body), bytes(sig), bytes(vals))
                if not self.put(item):
                    return
                if stdin is not None:
                    try:
                        stdin.write(LENGTHS.pack(*map(len, item)))
                        for part in item:
                            stdin.write(part)
                        stdin.flush()
                    except (OSError, ValueError):
                        stdin = None  # the child is gone: the rest is verified here
        except BaseException as exc:  # noqa: BLE001 - handed to the applying thread
            self.put(_Failed(exc))
            return
        finally:
            if stdin is not None:
                with contextlib.suppress(OSError, ValueError):
                    stdin.close()
        self.put(_END)

    def put(self, thing: object) -> bool:
        """Queue ``thing``, waiting for room unless stopping; False once stopping."""
        while not self.stopping.is_set():
            try:
                self.pending.put(thing, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def answer(self, item: Item) -> Checked:
        """The child's verdict on the next item (it answers in order)."""
        child = self.child
        if child is None:
            return Checked(item)
        try:
            head = child.stdout.read(1)
            if head == bytes([NOT_VERIFIED]):
                return Checked(item)
            if head == bytes([VERIFIED]):
                size = LENGTH.unpack(read_exactly(child.stdout, LENGTH.size))[0]
                body, vals, phones = cbor2.loads(read_exactly(child.stdout, size))
                if not (isinstance(body, bytes) and isinstance(vals, bytes)):
                    raise ValueError
                return Checked(item, (body, vals), [(str(p), str(d)) for p, d in phones])
        except Exception:  # noqa: BLE001, S110 - any fault of the child's: verify here
            pass
        self.abandon()  # it stopped answering or answered nonsense: verify here from now
        return Checked(item)

    def abandon(self) -> None:
        child, self.child = self.child, None
        if child is not None:
            child.kill()
            child.wait()

    def stop(self) -> None:
        self.stopping.set()
        self.abandon()
        with contextlib.suppress(queue.Empty):
            while True:
                self.pending.get_nowait()
        if self.feeder is not None:
            self.feeder.join(STOP_SECONDS)


def read_exactly(stream, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError
    return data
