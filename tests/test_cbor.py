"""The strict CBOR profile (sync/cbor.py): what it accepts, what it refuses, and that what
it accepts decodes to exactly what a standard decoder reads."""

from __future__ import annotations

import math

import cbor2
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sync import cbor
from sync.cbor import CBORError

PLAIN = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**64), 2**64 - 1) | st.binary(max_size=300)
    | st.text(max_size=300) | st.floats(allow_nan=False),
    lambda inner: st.lists(inner, max_size=30) | st.dictionaries(
        st.binary(max_size=33) | st.text(max_size=8) | st.integers(-(2**64), 2**64 - 1),
        inner, max_size=6),
    max_leaves=60,
)


@given(PLAIN)
@settings(max_examples=400, deadline=None)
def test_plain_data_round_trips(value):
    for data in (cbor2.dumps(value, canonical=True), cbor2.dumps(value)):
        assert cbor.loads(data, max_depth=64) == value
        assert cbor.scan(data, max_depth=64) == len(data)


def test_nan_and_infinities_are_plain_floats():
    assert math.isnan(cbor.loads(cbor2.dumps(math.nan)))
    assert cbor.loads(cbor2.dumps(-math.inf, canonical=True)) == -math.inf


@pytest.mark.parametrize(("hex_", "what"), [
    ("c11a00000001", "tag"),                       # a date
    ("c24101", "tag"),                             # a bignum
    ("d81c8100", "tag"),                           # shareable
    ("81d81d00", "tag"),                           # shared reference
    ("d9d9f700", "tag"),                           # self-described CBOR
    ("9f01ff", "indefinite"),                      # indefinite array
    ("5f4101ff", "indefinite"),                    # indefinite byte string
    ("7f6161ff", "indefinite"),                    # indefinite text
    ("bf6161 01ff", "indefinite"),                 # indefinite map
    ("1801", "shortest"),                          # 1 in two bytes
    ("190001", "shortest"),
    ("1a0000ffff", "shortest"),
    ("1b00000000ffffffff", "shortest"),
    ("3817", "shortest"),                          # -24 in two bytes
    ("5801 00", "shortest"),                       # a 1-byte string with a long length
    ("9801 00", "shortest"),                       # a 1-item array with a long count
    ("b801 0000", "shortest"),
    ("f7", "simple"),                              # undefined
    ("f0", "simple"),                              # simple value 16
    ("f820", "simple"),                            # simple value 32
    ("ff", "simple"),                              # a stray break
    ("1c", "reserved"),
    ("a2 6161 01 6161 02", "twice"),               # a duplicate key
    ("a2 01 00 01 00", "twice"),
    ("a1 80 00", "key"),                           # an array as a key
    ("a1 f6 00", "key"),                           # null as a key
    ("a1 f93c00 00", "key"),                       # a float as a key
    ("82 01", "soon"),                             # truncated
    ("62 61", "soon"),
    ("9bffffffffffffffff", "soon"),                # an array claiming 2**64 - 1 items
    ("0101", "after"),                             # bytes after the item
    ("", "soon"),
])
def test_anything_but_plain_shortest_data_is_refused(hex_, what):
    data = bytes.fromhex(hex_.replace(" ", ""))
    with pytest.raises(CBORError) as caught:
        cbor.loads(data)
    assert what in str(caught.value).lower() or {
        "indefinite": "indefinite", "shortest": "shortest form", "simple": "simple value",
        "reserved": "reserved", "twice": "twice", "key": "map key", "soon": "too soon",
        "after": "after", "tag": "tag"}[what] in str(caught.value)


def test_invalid_utf8_is_refused():
    with pytest.raises(CBORError):
        cbor.loads(b"\x62\xc3\x28")


def test_depth_and_item_bounds():
    deep = b"\x81" * 10 + b"\x00"
    assert cbor.loads(deep, max_depth=10) == [[[[[[[[[[0]]]]]]]]]]
    with pytest.raises(CBORError, match="nested too deeply"):
        cbor.loads(deep, max_depth=9)
    with pytest.raises(CBORError, match="nested too deeply"):
        cbor.loads(b"\xa1\x00" * 10 + b"\x00", max_depth=9)
    flat = cbor2.dumps(list(range(100)))
    assert cbor.scan_items(flat) == (len(flat), 101)
    assert cbor.loads(flat, max_items=101) == list(range(100))
    with pytest.raises(CBORError, match="too many items"):
        cbor.loads(flat, max_items=100)
    with pytest.raises(CBORError, match="too many items"):
        cbor.loads(b"\x99\x01\x00" + b"\x80" * 256, max_items=200)
    with pytest.raises(CBORError):  # no recursion limit to hit, however deep
        cbor.loads(b"\x81" * 100_000 + b"\x00")


def test_scan_gives_the_end_of_an_item_inside_a_larger_one():
    data = cbor2.dumps([b"salt", ["a", 1, [True, None]], "tail"])
    inner = data.index(b"\x83\x61a")
    end = cbor.scan(data, inner)
    assert cbor2.loads(data[inner:end]) == ["a", 1, [True, None]]
    assert data[end:] == b"\x64tail"


@given(st.binary(max_size=200))
@settings(max_examples=1500, deadline=None)
@example(b"\xa1\x81\x00\x00")
@example(b"\x82\x78\x01")
def test_what_the_scan_accepts_a_standard_decoder_reads_the_same(data):
    try:
        value = cbor.loads(data)
    except CBORError:
        return
    assert cbor2.loads(data) == value or (value != value)  # NaN is not equal to itself
    assert cbor2.dumps(value, canonical=True) is not None
