"""A strict CBOR profile for every byte string that comes from outside.

Change-set bodies and values, bundle records, welcome and join-request files and LAN
frames are all CBOR (RFC 8949). What may arrive is a small, plain subset:

* unsigned and negative integers (major types 0 and 1), byte and text strings (2, 3),
  arrays (4), maps (5), ``false``, ``true``, ``null`` and floats (major 7: 20-22, 25-27);
* every integer, length and count in its **shortest form** (as cbor2's encoder and every
  deterministic encoder writes it), so one value has one encoding;
* map keys are integers, byte strings or text strings, never twice in one map;
* **no tags** (so no shared references, no bignums, no dates, nothing that makes an item
  stand for more than its bytes), **no indefinite lengths**, no ``undefined`` or other
  simple values, no bytes after the one item;
* at most ``max_depth`` nested containers and ``max_items`` data items.

:func:`scan` checks all of that by walking the item heads once (strings are skipped by
their length; nothing is built), so its time is linear in the input and a refused input
costs no memory. Only then does :func:`loads` let cbor2 (a compiled decoder) build the
Python values: the input it sees holds nothing but plain data, so its result is simply
that data, at a few objects per input byte at most and never more than ``max_items``.
:func:`scan` also returns where each item ends, which is how a change set finds the
exact stored bytes of each row's values (its digest is over those bytes).

Every fault is a :class:`CBORError`; callers turn it into their own error
(:class:`~sync.errors.MalformedChangeSet`, :class:`~sync.errors.BundleCorrupt`, a LAN
protocol error …) with a sentence for the user.
"""

from __future__ import annotations

from typing import Any

import cbor2

from .errors import CaucusError

#: Default bounds; every caller passes its own where its shapes are known.
MAX_DEPTH = 16
MAX_ITEMS = 1_000_000

_MIN_ARG = {25: 0x100, 26: 0x1_0000, 27: 0x1_0000_0000}  # smallest value each size holds
_SIMPLE_OK = frozenset((20, 21, 22))  # false, true, null
_FLOAT_SIZE = {25: 2, 26: 4, 27: 8}


class CBORError(CaucusError):
    """The data is not in the plain CBOR form Caucus reads."""


class Truncated(CBORError):
    """The data ends too soon."""


class TooManyItems(CBORError):
    """The data holds too many items."""


class TooDeep(CBORError):
    """The data is nested too deeply."""


class Tagged(CBORError):
    """The data holds a CBOR tag."""


class Indefinite(CBORError):
    """The data holds an item of indefinite length."""


class Trailing(CBORError):
    """The data has bytes after its one item."""


def _leaf_steps() -> tuple[int, ...]:
    """For each initial byte, the size of the item it starts when that byte alone says
    it (small integers, short strings, false/true/null, empty containers), else -1."""
    steps = [-1] * 256
    for b in range(256):
        major, info = b >> 5, b & 0x1F
        if info < 24 and major < 2:
            steps[b] = 1
        elif info < 24 and major in (2, 3):
            steps[b] = 1 + info
        elif major == 7 and info in _SIMPLE_OK:
            steps[b] = 1
        elif b in (0x80, 0xA0):  # an empty array or map: whole in one byte too
            steps[b] = 1
    return tuple(steps)


_LEAF = _leaf_steps()


def scan(data: bytes, pos: int = 0, end: int | None = None, *, max_depth: int = MAX_DEPTH,
         max_items: int = MAX_ITEMS, int_keys: bool = True) -> int:
    """Check the one data item at ``data[pos:]`` against the profile; return its end.

    Bytes after the item (up to ``end``) are the caller's business; :func:`loads` wants
    none. With ``int_keys=False`` map keys must be strings. Raises :class:`CBORError`,
    naming the first fault.
    """
    return scan_items(data, pos, end, max_depth=max_depth, max_items=max_items,
                      int_keys=int_keys)[0]


def scan_items(data: bytes, pos: int = 0, end: int | None = None, *,
               max_depth: int = MAX_DEPTH, max_items: int = MAX_ITEMS,
               int_keys: bool = True) -> tuple[int, int]:
    """:func:`scan`, returning ``(end of the item, data items in it)``."""
    if end is None:
        end = len(data)
    leaf = _LEAF
    items = 0
    remaining = 1  # items still due in the innermost open container (the top: one)
    keys: set[bytes] | None = None  # the innermost open map's keys so far, else None
    stack: list[tuple[int, set[bytes] | None]] = []
    while True:
        if keys is None:
            # The hot path, inside arrays: items whole in their first byte (small
            # integers, short strings, false/true/null), strings with a one-byte length,
            # and short array heads. Anything else goes the general way below.
            while remaining and pos < end and items < max_items:
                initial = data[pos]
                step = leaf[initial]
                if step >= 0:
                    pos += step
                elif initial == 0x78 or initial == 0x58:
                    if pos + 1 >= end or data[pos + 1] < 24:
                        break
                    pos += 2 + data[pos + 1]
                elif 0x81 <= initial <= 0x97 and len(stack) < max_depth:
                    remaining -= 1
                    items += 1
                    stack.append((remaining, None))
                    remaining = initial - 0x80
                    pos += 1
                    continue
                else:
                    break
                remaining -= 1
                items += 1
            if pos > end:
                raise Truncated()
            if items > max_items:
                raise TooManyItems()
        if not remaining:
            if not stack:
                if items > max_items:
                    raise TooManyItems()
                return pos, items
            remaining, keys = stack.pop()
            continue
        remaining -= 1
        items += 1
        if items > max_items:
            raise TooManyItems()
        if pos >= end:
            raise Truncated()
        start = pos
        initial = data[pos]
        major = initial >> 5
        info = initial & 0x1F
        if info < 24:
            arg = info
            pos += 1
        elif major == 7:
            if info not in _FLOAT_SIZE:
                raise CBORError("The data holds a simple value that is not allowed.")
            pos += 1 + _FLOAT_SIZE[info]
            if pos > end:
                raise Truncated()
            if keys is not None and remaining % 2:
                raise CBORError("A map key is not an integer or a string.")
            continue
        elif info == 24:
            if pos + 2 > end:
                raise Truncated()
            arg = data[pos + 1]
            if arg < 24:
                raise CBORError("The data holds a number that is not in its shortest form.")
            pos += 2
        elif info < 28:
            size = 1 << (info - 24)
            if pos + 1 + size > end:
                raise Truncated()
            arg = int.from_bytes(data[pos + 1:pos + 1 + size], "big")
            if arg < _MIN_ARG[info]:
                raise CBORError("The data holds a number that is not in its shortest form.")
            pos += 1 + size
        elif info == 31:
            raise Indefinite()
        else:
            raise CBORError("The data holds a reserved item head.")
        if major < 2:
            pass
        elif major < 4:
            pos += arg
            if pos > end:
                raise Truncated()
        elif major == 6:
            raise Tagged()
        elif major == 7:
            if arg not in _SIMPLE_OK:
                raise CBORError("The data holds a simple value that is not allowed.")
        elif keys is not None and remaining % 2:
            raise CBORError("A map key is not an integer or a string.")
        elif arg:
            if len(stack) >= max_depth:
                raise TooDeep()
            if arg > end - pos:  # every item takes at least one byte
                raise Truncated()
            stack.append((remaining, keys))
            if major == 4:
                remaining, keys = arg, None
            else:
                remaining, keys = 2 * arg, set()
            continue
        if keys is not None and remaining % 2:  # this item was a map key
            if major == 7 or (major < 2 and not int_keys):
                raise CBORError("A map key is not an integer or a string." if int_keys
                                else "A map key is not a string.")
            key = data[start:pos]
            if key in keys:
                raise CBORError("A map holds the same key twice.")
            keys.add(key)


def head(data: bytes, pos: int, end: int | None = None) -> tuple[int, int, int]:
    """``(major type, argument, position after the head)`` of the item at ``pos``: a
    definite, shortest-form head (the argument of a string is its length, of an array
    or map its count; tags and simple values are refused here)."""
    if end is None:
        end = len(data)
    if pos >= end:
        raise Truncated()
    initial = data[pos]
    major, info = initial >> 5, initial & 0x1F
    if major >= 6:
        raise CBORError("The data holds a CBOR tag or a simple value where it may not.")
    if info < 24:
        return major, info, pos + 1
    if info > 27:
        raise Indefinite()
    size = 1 << (info - 24)
    if pos + 1 + size > end:
        raise Truncated()
    arg = int.from_bytes(data[pos + 1:pos + 1 + size], "big")
    if arg < (24 if info == 24 else _MIN_ARG[info]):
        raise CBORError("The data holds a number that is not in its shortest form.")
    return major, arg, pos + 1 + size


def loads(data: bytes, *, max_depth: int = MAX_DEPTH, max_items: int = MAX_ITEMS,
          int_keys: bool = True) -> Any:
    """The one data item that fills ``data`` exactly, checked by :func:`scan` first."""
    data = bytes(data)
    if scan(data, max_depth=max_depth, max_items=max_items, int_keys=int_keys) != len(data):
        raise Trailing()
    return decode_checked(data)


def decode_checked(data: bytes) -> Any:
    """Build the value of bytes that :func:`scan` accepted as exactly one item."""
    try:
        return cbor2.loads(data)
    except (cbor2.CBORDecodeError, ValueError, TypeError, EOFError,
            OverflowError, UnicodeDecodeError):
        raise CBORError("The data could not be decoded (text that is not UTF-8?).") from None


def dumps(value: Any) -> bytes:
    """The deterministic encoding every writer uses (cbor2's canonical form)."""
    return cbor2.dumps(value, canonical=True)
