"""A child process of our own doing a large job's vault-free work a few items ahead.

A laptop joining its branch or importing a 50,000-row spreadsheet does much work that
needs no vault: checking signatures and digests, deflating bytes, reading phone numbers
and email addresses. Done in the process that also writes the vault, it leaves a
laptop's second core idle. :class:`Helper` hands that work to ``python -m <module>``
(the same copy of Caucus, :func:`serve` on its side), a few items ahead of the one the
caller is at; the caller takes each answer as it reaches that item.

An answer is only ever a shortcut: where the child gives none (it could not start, it
died, it answered what cannot be read, or the work raised there), the caller does that
item's work itself, so the outcome never depends on the child. The child's error output
is discarded (it could hold a value), and the pipes carry frames of our own, never
pickle: a big-endian u32 length, then that many bytes of CBOR (cbor2), one frame per
item each way, in order. The child stops at the end of its input. A thread of the
caller's reads the child's answers as they come (up to :data:`AHEAD` of them wait), so
the child never waits for the caller to take one: a large answer does not fit in a pipe.
"""

from __future__ import annotations

import contextlib
import os
import queue
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import cbor2

from .store.coredumps import disable_core_dumps

T = TypeVar("T")
LENGTH = struct.Struct(">I")
#: items handed to the child and not yet taken back: bounds the memory they hold and
#: how far ahead of the caller the child runs
AHEAD = 32
STOP_SECONDS = 10  # how long stopping waits for the thread that feeds the child


class _Failed:
    """The items' iterator raised: re-raised in the caller's thread at its place."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


_END = object()


class Helper:
    """One child process answering a stream of items (see the module docstring).

    Use :meth:`answers` once, to its end or not: leaving it early (a cancel, an error
    of the caller's) stops the child and the thread that feeds it."""

    def __init__(self, module: str, command: list[str] | None = None,
                 ahead: int = AHEAD) -> None:
        self.command = command or [sys.executable, "-m", module]
        self.child: subprocess.Popen | None = None
        self.pending: queue.Queue = queue.Queue(maxsize=ahead)
        self.stopping = threading.Event()
        self.feeder: threading.Thread | None = None
        # the child's answers as read (bytes), then _END once it answers no more
        self.replies: queue.Queue = queue.Queue(maxsize=ahead)
        self.reader: threading.Thread | None = None

    def answers(self, items: Iterable[T], message: Callable[[T], Any],
                ) -> Iterator[tuple[T, Any]]:
        """Each item with the child's answer to ``message(item)`` (plain data), in order;
        None where there is none. The child starts now (it takes a moment to start);
        :meth:`stop` it if the answers are never read to their end."""
        self.start(items, message)
        return self.collect()

    def start(self, items: Iterable[T], message: Callable[[T], Any]) -> None:
        # the child imports this very copy of Caucus, wherever it was started from
        root = str(Path(__file__).resolve().parents[1])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (root, os.environ.get("PYTHONPATH")) if p)}
        try:
            self.child = subprocess.Popen(
                self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, env=env)
        except OSError:
            self.child = None
        self.feeder = threading.Thread(target=self.feed, args=(iter(items), message),
                                       name="caucus-helper-feed", daemon=True)
        self.feeder.start()
        if self.child is not None:
            self.reader = threading.Thread(target=self.read, args=(self.child.stdout,),
                                           name="caucus-helper-read", daemon=True)
            self.reader.start()

    def collect(self) -> Iterator[tuple[Any, Any]]:
        try:
            while True:
                got = self.pending.get()
                if got is _END:
                    return
                if isinstance(got, _Failed):
                    raise got.error
                yield got, self.answer()
        finally:
            self.stop()

    def feed(self, items: Iterator[T], message: Callable[[T], Any]) -> None:
        """The feeding thread: each item to the queue, then its message to the child."""
        stdin = self.child.stdin if self.child else None
        try:
            for item in items:
                if not self.put(item):
                    return
                if stdin is None:
                    continue
                try:
                    data = cbor2.dumps(message(item))
                except Exception:  # noqa: BLE001 - the child answers None: caller does it
                    data = cbor2.dumps(None)
                try:
                    write_frame(stdin, data)
                except (OSError, ValueError):
                    close_quietly(stdin)
                    stdin = None  # the child is gone: the caller does the rest
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            self.put(_Failed(exc))
            return
        finally:
            if stdin is not None:
                close_quietly(stdin)  # the child's end of input: it stops
        self.put(_END)

    def put(self, thing: object, into: queue.Queue | None = None) -> bool:
        """Queue ``thing`` (in :attr:`pending`, or ``into``), waiting for room unless
        stopping; False once stopping."""
        into = self.pending if into is None else into
        while not self.stopping.is_set():
            try:
                into.put(thing, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def read(self, stdout: BinaryIO) -> None:
        """The reading thread: each answer's bytes to :attr:`replies` as the child
        writes it, then _END (the child stopped, died or was stopped)."""
        try:
            while self.put(read_frame(stdout), self.replies):
                pass
        except (EOFError, OSError, ValueError):
            pass
        finally:
            self.put(_END, self.replies)

    def answer(self) -> Any:
        """The child's answer to the next item (it answers in order), or None."""
        if self.child is None:
            return None
        data = self.replies.get()
        try:
            if data is _END:
                raise EOFError
            return cbor2.loads(data)
        except Exception:  # noqa: BLE001 - any fault of the child's: the caller does it
            self.abandon()  # it stopped answering or answered nonsense: no more of it
            return None

    def abandon(self) -> None:
        """Stop the child (if still there); from now on every answer is None."""
        child, self.child = self.child, None
        if child is not None:
            child.kill()
            child.wait()
            close_quietly(child.stdout)

    def stop(self) -> None:
        """Stop the child and the threads feeding and reading it (again: nothing more)."""
        self.stopping.set()
        self.abandon()
        with contextlib.suppress(queue.Empty):
            while True:
                self.pending.get_nowait()
        if self.feeder is not None:
            self.feeder.join(STOP_SECONDS)
        if self.reader is not None:
            self.reader.join(STOP_SECONDS)  # the child is gone: its pipe is at its end


def serve(answer: Callable[[Any], Any]) -> int:
    """The child's side: ``answer`` to each frame's message, to the end of its input
    (None, CBOR ``null``, where ``answer`` raised: the parent then does that work).

    The messages hold members' details, so the child gives up core dumps first, as the
    process that unlocked the vault did (the limit is inherited, not the rest)."""
    disable_core_dumps()
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            data = read_frame(source)
        except EOFError:
            return 0
        try:
            reply = cbor2.dumps(answer(cbor2.loads(data)))
        except Exception:  # noqa: BLE001 - the parent does this item itself
            reply = cbor2.dumps(None)
        write_frame(sink, reply)


def write_frame(stream: BinaryIO, data: bytes) -> None:
    stream.write(LENGTH.pack(len(data)))
    stream.write(data)
    stream.flush()


def read_frame(stream: BinaryIO) -> bytes:
    return read_exactly(stream, LENGTH.unpack(read_exactly(stream, LENGTH.size))[0])


def read_exactly(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError
    return data


def close_quietly(stream: BinaryIO) -> None:
    """Close one end of a pipe whose other end may be gone already."""
    with contextlib.suppress(OSError, ValueError):
        stream.close()
