"""Change sets (ARCHITECTURE §4): one per write, signed, chained, redactable, and
verified from the stored bytes; damaged or hostile input is only ever BadSignature or
MalformedChangeSet. Real vaults and real Ed25519 keys throughout.
"""

from __future__ import annotations

import os

import cbor2
import nacl.signing
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sync import changes
from sync.changes import DOMAIN, MAGIC
from sync.errors import BadSignature, MalformedChangeSet, ValidationError
from sync.records import Branch
from sync.store.packing import unpack

HYPOTHESIS = settings(max_examples=300, deadline=None,
                      suppress_health_check=[HealthCheck.function_scoped_fixture])
REJECTIONS = (BadSignature, MalformedChangeSet)


def changeset_count(branch: Branch) -> int:
    return branch.conn.execute("SELECT count(*) FROM changeset").fetchone()[0]


def latest(branch: Branch) -> changes.ChangeSet:
    no = branch.conn.execute("SELECT max(no) FROM changeset").fetchone()[0]
    return branch.replica.load_changeset(no)


def stored(branch: Branch, no: int) -> tuple[bytes, bytes, bytes]:
    body, sig, vals = branch.conn.execute(
        "SELECT body, sig, vals FROM changeset WHERE no = ?", (no,)
    ).fetchone()
    return unpack(body), bytes(sig), unpack(vals)


def workload(branch: Branch) -> dict[str, str]:
    """A spread of ordinary writes; returns a few ids."""
    wp = branch.add_workplace("Riverside Depot", employer="City Council")
    ana = branch.add_member(first_name="Ana", last_name="Lopez", emails=["ana@example.org"],
                            phones=["07911 123456"], workplace_id=wp, tags=["rep", "nights"])
    ben = branch.add_member(first_name="Ben", last_name="Okafor", assessment=2)
    branch.update_member(ana, job_title="Driver", assessment=4)
    branch.add_note("Wants a rota meeting", ana, follow_up_on="2030-02-01")
    meeting = branch.add_meeting("Shop stewards", date="2024-06-01", quorum=2)
    branch.set_attendance(meeting, ana, "attended")
    branch.set_attendance(meeting, ben, "apologies")
    branch.set_tags(ben, ["new"])
    branch.delete_member(ben)
    branch.restore_member(ben)
    return {"workplace": wp, "ana": ana, "ben": ben, "meeting": meeting}


# -- one write, one change set -----------------------------------------------------------
def test_every_write_makes_exactly_one_change_set(branch):
    ids = workload(branch)
    ana, ben, meeting = ids["ana"], ids["ben"], ids["meeting"]
    campaign = branch.add_campaign("Pay claim 2024")
    task = branch.add_task("Book the hall", due_on="2030-01-01")
    writes = {
        "add_member with tags": (lambda: branch.add_member(
            first_name="Cal", last_name="Reyes", tags=["a", "b", "c"]),
            {"member", "member_tag"}),
        "update_member": (lambda: branch.update_member(ana, department="Fleet", postcode="N1 1AA"),
                          {"member"}),
        "set_tags": (lambda: branch.set_tags(ana, ["rep", "health and safety"]),
                     {"member_tag"}),
        "add_tag": (lambda: branch.add_tag(ben, "young members"), {"member_tag"}),
        "remove_tag": (lambda: branch.remove_tag(ben, "NEW"), {"member_tag"}),
        "add_consent": (lambda: branch.add_consent(ana, "sms", True), {"consent"}),
        "note with follow-up": (lambda: branch.add_note(
            "Call back about overtime", ana, campaign_id=campaign, follow_up_on="2030-03-01"),
            {"note", "task"}),
        "complete_task": (lambda: branch.complete_task(task), {"task"}),
        "update_workplace": (lambda: branch.update_workplace(ids["workplace"], sector="Transport"),
                             {"workplace"}),
        "update_campaign": (lambda: branch.update_campaign(campaign, status="won"),
                            {"campaign"}),
        "set_attendance": (lambda: branch.set_attendance(meeting, ben, "attended"),
                           {"attendance"}),
        "delete_member": (lambda: branch.delete_member(ben), {"member"}),
        "restore_member": (lambda: branch.restore_member(ben), {"member"}),
        "erase_member": (lambda: branch.erase_member(ben), {"member"}),
    }
    for name, (write, tables) in writes.items():
        before = changeset_count(branch)
        write()
        assert changeset_count(branch) == before + 1, name
        assert {row.table for row in latest(branch).rows} == tables, name


def test_writes_that_change_nothing_make_no_change_set(branch):
    ana = branch.add_member(first_name="Ana", last_name="Lopez", job_title="Driver")
    before = changeset_count(branch)
    branch.update_member(ana, job_title="Driver", first_name="Ana")
    with branch.replica.transaction():
        pass
    with pytest.raises(ValidationError):
        branch.update_member(ana, emails=["not an email"])
    assert changeset_count(branch) == before


def test_one_transaction_is_one_change_set(branch):
    before = changeset_count(branch)
    with branch.replica.transaction() as tx:
        for n in range(5):
            tx.set("workplace", changes.new_id(), {"name": f"Site {n}", "deleted": False})
    assert changeset_count(branch) == before + 1
    assert len(latest(branch).rows) == 5


# -- verification of stored change sets ---------------------------------------------------
def test_verify_all_passes_on_a_real_vault(branch):
    workload(branch)
    count, failures = branch.replica.verify_all()
    assert failures == []
    assert count == changeset_count(branch) > 10


def _pick(branch: Branch) -> int:
    """A change set in the middle of the chain with several rows and values."""
    workload(branch)
    rows = branch.conn.execute("SELECT no, vals FROM changeset ORDER BY no").fetchall()
    no = max(rows[2:-2], key=lambda r: len(r[1]))[0]
    return no


def _tamper_each(branch: Branch, no: int, column: str, positions, masks=(0x01,)) -> None:
    original = dict(zip(("body", "sig", "vals"), stored(branch, no), strict=True))[column]
    conn = branch.conn
    missed, wrong = [], []
    for pos in positions:
        for mask in masks:
            bad = bytearray(original)
            bad[pos] ^= mask
            conn.execute(f"UPDATE changeset SET {column} = ? WHERE no = ?",  # noqa: S608
                         (bytes(bad), no))
            _count, failures = branch.replica.verify_all()
            if not failures:
                missed.append((pos, mask))
            elif [f[0] for f in failures] != [no] or not failures[0][1]:
                wrong.append((pos, mask, failures))
    conn.execute(f"UPDATE changeset SET {column} = ? WHERE no = ?",  # noqa: S608
                 (original, no))
    assert missed == [], f"{column} flips that verify_all did not report: {missed}"
    assert wrong == [], f"{column} flips reported wrongly: {wrong[:3]}"
    assert branch.replica.verify_all()[1] == []


def test_every_signature_byte_flip_is_reported_alone(branch):
    no = _pick(branch)
    _tamper_each(branch, no, "sig", range(changes.SIG_BYTES), masks=(0x01, 0x80, 0xFF))


def test_body_byte_flips_are_reported_alone(branch):
    no = _pick(branch)
    body = stored(branch, no)[0]
    positions = sorted(set(range(0, len(body), 3)) | set(range(40)) | {len(body) - 1})
    _tamper_each(branch, no, "body", positions)


def test_vals_byte_flips_are_reported_alone(branch):
    no = _pick(branch)
    vals = stored(branch, no)[2]
    _tamper_each(branch, no, "vals", range(len(vals)), masks=(0x01, 0x40))


def test_stored_index_columns_are_checked(branch):
    no = _pick(branch)
    for sql in ("UPDATE changeset SET seq = seq + 100 WHERE no = ?",
                "UPDATE changeset SET hlc = hlc + 1 WHERE no = ?",
                "UPDATE changeset SET hash = zeroblob(32) WHERE no = ?"):
        branch.conn.execute("SAVEPOINT t")
        branch.conn.execute(sql, (no,))
        assert [f[0] for f in branch.replica.verify_all()[1]] == [no], sql
        branch.conn.execute("ROLLBACK TO t")
        branch.conn.execute("RELEASE t")
    assert branch.replica.verify_all()[1] == []


def test_redacted_values_still_verify(branch):
    member = branch.add_member(first_name="Redact", last_name="Mebody", tags=["x", "y"])
    no = branch.conn.execute("SELECT max(no) FROM changeset").fetchone()[0]
    body, sig, vals = stored(branch, no)
    cs = changes.verify(body, sig, vals)
    index = next(i for i, r in enumerate(cs.rows) if r.row == member)
    redacted = changes.redact(vals, [index])
    again = changes.verify(body, sig, redacted)
    assert again.values[index] is None
    assert again.rows == cs.rows
    assert [v for i, v in enumerate(again.values) if i != index] == [
        v for i, v in enumerate(cs.values) if i != index]
    assert all(row != member for _t, row, _f, _v in again.ops())
    assert b"Mebody" not in redacted and cs.values[index][0] not in redacted  # salt gone too
    branch.conn.execute("UPDATE changeset SET vals = ? WHERE no = ?", (redacted, no))
    assert branch.replica.verify_all()[1] == []
    everything = changes.redact(vals, range(len(cs.rows)))
    assert all(v is None for v in changes.verify(body, sig, everything).values)


def test_withheld_values_still_verify_and_differ_from_erased(branch):
    """A void change set travels with its record entries withheld (``false``), which a
    receiver must tell apart from erased ones (``null``): only those mean an erasure."""
    member = branch.add_member(first_name="Withheld", last_name="Payload", tags=["x"])
    no = branch.conn.execute("SELECT max(no) FROM changeset").fetchone()[0]
    body, sig, vals = stored(branch, no)
    cs = changes.verify(body, sig, vals)
    index = next(i for i, r in enumerate(cs.rows) if r.row == member)
    erased = next(i for i in range(len(cs.rows)) if i != index)
    kept = changes.withhold(changes.redact(vals, [erased]), range(len(cs.rows)))
    again = changes.verify(body, sig, kept)
    assert again.withheld(index) and not again.withheld(erased)
    assert again.values[erased] is None and again.row_values(index) is None
    assert list(again.ops()) == []
    assert b"Payload" not in kept and cs.values[index][0] not in kept
    assert changes.verify(body, sig, changes.redact(kept, [index])).values[index] is None


def test_redacted_values_cannot_be_replaced(branch):
    branch.add_member(first_name="Real", last_name="Person")
    no = branch.conn.execute("SELECT max(no) FROM changeset").fetchone()[0]
    body, sig, vals = stored(branch, no)
    entries = cbor2.loads(vals)
    salt, values = entries[0]
    forged = [[salt, ["Forged" if v == "Real" else v for v in values]]] + entries[1:]
    with pytest.raises(BadSignature):
        changes.verify(body, sig, cbor2.dumps(forged, canonical=True))


def test_seq_prev_and_hlc_chain(branch):
    workload(branch)
    rows = branch.conn.execute(
        "SELECT no, author, seq, hlc, hash FROM changeset ORDER BY author, seq"
    ).fetchall()
    authors = {r[1] for r in rows}
    assert len(authors) == 1
    chain = [branch.replica.load_changeset(r[0]) for r in rows]
    assert [cs.seq for cs in chain] == list(range(1, len(chain) + 1))
    assert chain[0].prev is None
    for before, after in zip(chain, chain[1:], strict=False):
        assert after.prev == before.hash
        assert after.hlc > before.hlc
    for row, cs in zip(rows, chain, strict=True):
        assert (row[2], row[3], bytes(row[4])) == (cs.seq, cs.hlc, cs.hash)
        assert cs.hash == changes.blake2b(cs.body)
        assert cs.author == branch.replica.device_pk
        assert cs.branch == branch.replica.branch_id


def test_hlc_never_goes_backwards():
    assert changes.next_hlc(1000, now=50) == 1001
    assert changes.next_hlc(1000, now=5000) == 5000
    assert changes.next_hlc(1000, now=1000) == 1001
    t = changes.wall_hlc()
    assert changes.hlc_millis(t) == t >> changes.COUNTER_BITS
    last = 0
    for now in (10, 5, 5, 200, 3, 200):
        last, prev = changes.next_hlc(last, now=now), last
        assert last > prev


# -- hostile input: only BadSignature or MalformedChangeSet --------------------------------
KEY = nacl.signing.SigningKey(bytes(range(32)))
BRANCH_ID = bytes(range(16))


def valid() -> changes.ChangeSet:
    return changes.build(
        KEY, BRANCH_ID, 3, bytes(32), 12345 << 16, {bytes(range(1, 33)): 7},
        [("member", changes.new_id(), {"first_name": "Ana", "emails": ["a@b.org"],
                                       "assessment": 3, "do_not_email": True}),
         ("member_tag", changes.new_id(), {"tag": "rep", "deleted": False})],
    )


VALID = valid()


def sign(payload: bytes) -> tuple[bytes, bytes]:
    body = MAGIC + bytes(KEY.verify_key) + payload
    return body, KEY.sign(DOMAIN + body).signature


def outcome(body: bytes, sig: bytes, vals: bytes) -> str:
    """'ok', or the rejection class name; anything else propagates and fails the test."""
    try:
        changes.verify(body, sig, vals)
    except REJECTIONS as exc:
        return type(exc).__name__
    return "ok"


def test_valid_change_set_verifies():
    cs = changes.verify(VALID.body, VALID.sig, VALID.vals)
    assert cs.seq == 3 and cs.hlc == 12345 << 16 and len(list(cs.ops())) == 6


@HYPOTHESIS
@given(body=st.binary(max_size=400), sig=st.binary(max_size=80), vals=st.binary(max_size=200))
def test_random_bytes_are_rejected(body, sig, vals):
    assert outcome(body, sig, vals) != "ok"


@HYPOTHESIS
@given(part=st.sampled_from(["body", "sig", "vals"]), data=st.data())
def test_truncations_are_rejected(part, data):
    parts = {"body": VALID.body, "sig": VALID.sig, "vals": VALID.vals}
    cut = data.draw(st.integers(0, len(parts[part]) - 1))
    parts[part] = parts[part][:cut]
    assert outcome(**parts) != "ok"


def test_an_entry_header_flipped_to_null_is_not_a_redaction():
    """The case a Hypothesis run found: the second entry's array header (0x82) flipped to
    CBOR null reads as a redacted entry, with its old bytes trailing after the list."""
    entries = cbor2.loads(VALID.vals)
    second = 1 + len(cbor2.dumps(entries[0], canonical=True))  # after the list's header
    assert VALID.vals[second] == 0x82
    flipped = bytearray(VALID.vals)
    flipped[second] = 0xF6
    assert cbor2.loads(bytes(flipped)) == [entries[0], None]  # what the lax parse saw
    assert outcome(VALID.body, VALID.sig, bytes(flipped)) == "MalformedChangeSet"
    # a real redaction of that entry (no bytes left over) still verifies
    assert outcome(VALID.body, VALID.sig, changes.redact(VALID.vals, [1])) == "ok"
    assert outcome(VALID.body, VALID.sig, VALID.vals + b"\x00") == "MalformedChangeSet"
    # a signed body with a byte after its payload is refused too
    body, sig = sign(VALID.body[len(MAGIC) + 32:] + b"\x00")
    assert outcome(body, sig, VALID.vals) == "MalformedChangeSet"


@HYPOTHESIS
@given(part=st.sampled_from(["body", "sig", "vals"]), data=st.data())
def test_byte_flips_are_rejected(part, data):
    parts = {"body": VALID.body, "sig": VALID.sig, "vals": VALID.vals}
    blob = bytearray(parts[part])
    for pos in data.draw(st.lists(st.integers(0, len(blob) - 1), min_size=1, max_size=4,
                                  unique=True)):
        blob[pos] ^= data.draw(st.integers(1, 255))
    parts[part] = bytes(blob)
    assert outcome(**parts) != "ok"


@HYPOTHESIS
@given(payload=st.binary(max_size=300))
def test_signed_garbage_is_malformed_not_a_crash(payload):
    """Anyone can sign with their own key: the parser must survive what they sign."""
    body, sig = sign(payload)
    outcome(body, sig, VALID.vals)


CBOR_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.binary(max_size=40)
    | st.text(max_size=20) | st.floats(allow_nan=True),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(
        st.binary(max_size=33) | st.text(max_size=5) | st.integers(), inner, max_size=4),
    max_leaves=30,
)


@HYPOTHESIS
@given(payload=CBOR_VALUES, vals=CBOR_VALUES)
def test_signed_odd_structures_are_malformed_not_a_crash(payload, vals):
    body, sig = sign(cbor2.dumps(payload))
    outcome(body, sig, cbor2.dumps(vals))


ROW = st.tuples(st.text(max_size=10), st.binary(min_size=16, max_size=16),
                st.lists(st.text(max_size=8), max_size=4), st.binary(min_size=32, max_size=32))


@HYPOTHESIS
@given(
    seq=st.integers(-3, 2**66), hlc=st.integers(-3, 2**66),
    prev=st.none() | st.binary(max_size=40),
    deps=st.dictionaries(st.binary(max_size=40), st.integers(-2, 2**65), max_size=3),
    rows=st.lists(ROW.map(list), max_size=3),
    entries=st.lists(st.none() | st.tuples(st.binary(max_size=20), st.lists(
        st.integers() | st.text(max_size=5) | st.none(), max_size=4)).map(list), max_size=3),
)
def test_nearly_valid_change_sets_never_crash(seq, hlc, prev, deps, rows, entries):
    body, sig = sign(cbor2.dumps([BRANCH_ID, seq, prev, hlc, deps, rows], canonical=True))
    outcome(body, sig, cbor2.dumps(entries, canonical=True))


@HYPOTHESIS
@given(vals=st.binary(max_size=300))
@example(vals=b"\x81" * 50_000 + b"\x00")  # nesting deeper than the recursion limit
@example(vals=bytes.fromhex("9b7fffffffffffffff"))  # an array claiming 2**63 items
def test_unsigned_values_beside_a_valid_body_never_crash(vals):
    """``vals`` travel unsigned: a relay can put anything there."""
    outcome(VALID.body, VALID.sig, vals)


def test_self_referencing_values_are_malformed():
    """CBOR value sharing (tags 28/29) can build a list that contains itself."""
    salt = os.urandom(changes.SALT_BYTES)
    # [ shareable([salt, [ref(0)]]) ]: the entry's value list holds the entry itself
    looped = bytes.fromhex("81d81c82") + bytes([0x50]) + salt + bytes.fromhex("81d81d00")
    entries = cbor2.loads(looped)
    assert entries[0][1][0] is entries[0]
    one_row = changes.build(KEY, BRANCH_ID, 1, None, 5, {},
                            [("member", changes.new_id(), {"first_name": "Ana"})])
    with pytest.raises(REJECTIONS):
        changes.verify(one_row.body, one_row.sig, looped)


def test_non_bytes_body_is_malformed():
    with pytest.raises(MalformedChangeSet):
        changes.verify("not bytes", VALID.sig, VALID.vals)  # type: ignore[arg-type]


def test_new_ids_are_unique_version_7_and_sort_in_creation_order():
    import uuid

    ids = [changes.new_id() for _ in range(20000)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert {uuid.UUID(i).version for i in ids} == {7}


# -- digests over the stored bytes (sign bytes, store bytes) -----------------------------
def _one_value(value) -> changes.ChangeSet:
    return changes.build(KEY, BRANCH_ID, 1, None, 5, {},
                         [("member", changes.new_id(), {"custom.x": value, "assessment": 3})])


@pytest.mark.parametrize(("value", "canonical", "other"), [
    (1.5, "f93e00", "fb3ff8000000000000"),          # the same float, in 8 bytes
    ({"a": 1, "b": 2}, "a2616101616202", "a2616202616101"),  # the same map, keys swapped
])
def test_another_encoding_of_the_same_values_does_not_verify(value, canonical, other):
    """The old check re-encoded the decoded values, so any byte string that decodes to
    them verified; now the digest is over the stored bytes and only those verify."""
    cs = _one_value(value)
    assert bytes.fromhex(canonical) in cs.vals
    twin = cs.vals.replace(bytes.fromhex(canonical), bytes.fromhex(other))
    assert cbor2.loads(twin) == cbor2.loads(cs.vals)  # the same data to a decoder
    assert outcome(cs.body, cs.sig, cs.vals) == "ok"
    assert outcome(cs.body, cs.sig, twin) == "BadSignature"


def test_the_digest_is_over_the_exact_bytes_of_each_entry():
    spans = changes.value_spans(VALID.vals)
    for row, span, entry in zip(VALID.rows, spans, VALID.values, strict=True):
        salt, start, end = span
        assert salt == entry[0]
        assert changes.blake2b(VALID.vals[start:end], key=salt) == row.digest
        assert cbor2.loads(VALID.vals[start:end]) == entry[1]
    assert changes.encode_values(VALID.values) == VALID.vals


@pytest.mark.parametrize(("variant", "tail"), [
    ("an integer in a longer form than it needs", "8262686918 03"),
    ("a string length in a longer form than it needs", "8278026869 03"),
    ("an indefinite-length list", "9f626869 03ff"),
    ("an indefinite-length string", "827f626869ff 03"),
    ("a tag", "82626869c1 03"),
    ("undefined", "82626869f7"),
])
def test_values_in_any_but_the_shortest_plain_form_are_malformed(variant, tail):
    cs = _one_value("hi")
    plain = bytes.fromhex("826268690" + "3")  # ["hi", 3]: the entry's values array
    assert cs.vals.endswith(plain)
    vals = cs.vals[:-len(plain)] + bytes.fromhex(tail.replace(" ", ""))
    assert outcome(cs.body, cs.sig, vals) == "MalformedChangeSet", variant


def test_redaction_keeps_every_other_byte_as_stored():
    spans = changes.value_spans(VALID.vals)
    redacted = changes.redact(VALID.vals, [0])
    kept_salt, start, end = spans[1]
    assert redacted.endswith(VALID.vals[start - 2 - changes.SALT_BYTES:])
    assert changes.value_spans(redacted)[0] is None
    assert changes.redact(redacted, [0]) == redacted  # already gone: no change
    with pytest.raises(MalformedChangeSet):
        changes.redact(VALID.vals, [5])
