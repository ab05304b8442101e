"""A large receive verifies in a child process (sync/verifier): its verdicts, its stored
forms and its phone forms are those this process would have made, a change set it
refuses is verified (and refused) here with the error it would have had, and a child
that cannot start or dies mid-stream costs speed, never a change set."""

from __future__ import annotations

import sys

import nacl.signing
import pytest

from sync import changes
from sync.errors import BadSignature, BundleCorrupt
from sync.helper import Helper
from sync.replica.search import phone_digits
from sync.store.packing import pack, unpack
from sync.verifier import Inbox, Verifier

BRANCH = b"\x07" * 16
PHONES = ["+447911123456", "+14155550123", "07911 123456", "not a number"]


def items(n: int = 12) -> list[tuple[bytes, bytes, bytes]]:
    """``n`` real signed change sets, each with members (with phones) and a note."""
    key = nacl.signing.SigningKey.generate()
    out, prev = [], None
    for seq in range(1, n + 1):
        rows = [("member", changes.new_id(), {
            "first_name": f"Ana{seq}-{i}", "last_name": "Okonkwo", "deleted": False,
            "phones": PHONES[i % len(PHONES):][:2]}) for i in range(5)]
        rows.append(("note", changes.new_id(), {"text": "canvass " * 40 + str(seq)}))
        cs = changes.build(key, BRANCH, seq, prev, changes.wall_hlc() + seq, {}, rows)
        prev = cs.hash
        out.append((cs.body, cs.sig, cs.vals))
    return out


def tampered(item: tuple[bytes, bytes, bytes]) -> tuple[bytes, bytes, bytes]:
    body, sig, vals = item
    return body, sig, vals[:-3] + bytes([vals[-3] ^ 1]) + vals[-2:]


def test_the_childs_verdicts_are_what_this_process_would_find():
    sent = items()
    got = list(Verifier().checked(sent))
    assert [c.item for c in got] == sent
    for checked in got:
        assert checked.verified is not None  # verified by the child
        cs = checked.change_set()
        assert cs == changes.verify(*checked.item)
        assert checked.verified.hash == changes.verify(*checked.item).hash == cs.hash
        assert checked.verified.packed == (pack(cs.body), pack(cs.vals))
        assert unpack(checked.verified.packed[1]) == cs.vals
        phones = [p for row in range(len(cs.rows)) for p in
                  (cs.row_values(row) or {}).get("phones", [])]
        assert checked.phones == [(p, phone_digits(p)) for p in phones]
        assert checked.phones


def test_a_change_set_the_child_refuses_is_refused_here_with_its_own_error():
    sent = items(4)
    sent[2] = tampered(sent[2])
    got = list(Verifier().checked(sent))
    assert [c.verified is not None for c in got] == [True, True, False, True]
    with pytest.raises(BadSignature):
        got[2].change_set()
    with pytest.raises(BadSignature):
        changes.verify(*sent[2])
    assert got[3].change_set() == changes.verify(*sent[3])


def test_a_child_that_cannot_start_leaves_the_verifying_here(tmp_path):
    sent = items(5)
    verifier = Verifier(command=[str(tmp_path / "no-such-program")])
    got = list(verifier.checked(sent))
    assert all(c.verified is None for c in got)
    assert [c.change_set() for c in got] == [changes.verify(*i) for i in sent]


def test_a_child_that_dies_mid_stream_leaves_the_rest_to_this_process():
    sent = items(40)
    verifier = Verifier()
    stream = verifier.checked(sent)
    first = next(stream)
    verifier.helper.child.kill()
    rest = list(stream)
    got = [first, *rest]
    assert [c.item for c in got] == sent
    assert [c.change_set() for c in got] == [changes.verify(*i) for i in sent]
    assert any(c.verified is None for c in rest)  # the dead child verified none of these


def test_a_child_that_answers_nonsense_is_dropped():
    # a stand-in child whose frames hold no CBOR
    nonsense = [sys.executable, "-c",
                "import sys\nwhile sys.stdin.buffer.read(1):\n"
                "    sys.stdout.buffer.write(b'\\x00\\x00\\x00\\x02zz'); "
                "sys.stdout.buffer.flush()"]
    sent = items(3)
    got = list(Verifier(command=nonsense).checked(sent))
    assert all(c.verified is None for c in got)
    assert [c.change_set() for c in got] == [changes.verify(*i) for i in sent]


def test_an_answer_of_the_wrong_shape_is_not_taken():
    """Each part of an answer is checked before it is used; one that is not what the
    child sends leaves the change set to be verified here."""
    from sync.verifier import checked

    item = items(1)[0]
    cs = changes.verify(*item)
    good = [pack(cs.body), pack(cs.vals), [], cs.hash, changes.outline(cs)]
    assert checked(item, good).verified is not None
    assert checked(item, good).verified.hash == cs.hash
    assert checked(item, good).change_set() == cs
    for bad in (good[:4], [*good, b""], [*good[:3], cs.hash[:16], good[4]],
                [*good[:3], None, good[4]], [*good[:4], None], [*good[:4], good[4][:3]],
                [good[0], "text", [], cs.hash, good[4]],
                [*good[:2], [["+44", 7]], cs.hash, good[4]]):
        assert checked(item, bad).verified is None
        assert checked(item, bad).change_set() == cs


def test_an_outline_that_does_not_fit_its_bytes_leaves_them_to_be_verified_here():
    """An outline whose parts do not fit one another (a row's table and fields that are
    not in its list, digests or rows missing, the wrong count of rows for the values)
    is not built from: the change set is verified here, with the same result."""
    from sync.verifier import checked

    item = items(1)[0]
    cs = changes.verify(*item)
    header, shapes, flat, digests = changes.outline(cs)
    assert len(flat) == 2 * len(cs.rows) and len(shapes) < len(cs.rows)
    for parts in ([header, shapes, [*flat[:-2], len(shapes), flat[-1]], digests],
                  [header, shapes, flat, digests[:-1]],
                  [header, shapes, flat[:-2], digests[:-32]],
                  [header, shapes, [*flat, 0, flat[1]], digests + digests[:32]],
                  [header[:4], shapes, flat, digests],
                  [header, [["member"]], flat, digests]):
        answer = [pack(cs.body), pack(cs.vals), [], cs.hash, parts]
        assert checked(item, answer).change_set() == cs


def test_a_change_set_built_from_its_outline_is_the_one_verify_reads():
    """Every row, field list, digest and value, redacted and withheld entries too."""
    for item in items(4):
        cs = changes.verify(*item)
        for vals in (cs.vals, changes.redact(cs.vals, [0, 2]),
                     changes.encode_values([False] * len(cs.rows))):
            want = changes.verify(cs.body, cs.sig, vals)
            got = changes.from_outline(cs.body, cs.sig, vals, changes.outline(cs),
                                       (pack(cs.body), pack(vals)), cs.hash)
            assert got == want and got.values == want.values
            assert got.rows == cs.rows and all(r.digest for r in got.rows)


def test_leaving_early_stops_the_child_and_the_feeding_thread():
    verifier = Verifier()
    stream = verifier.checked(items(60))
    next(stream)
    child = verifier.helper.child
    stream.close()
    assert child.wait(timeout=30) is not None
    assert verifier.helper.child is None
    assert not verifier.helper.feeder.is_alive()


def test_an_error_of_the_items_arrives_after_the_items_before_it():
    sent = items(6)

    def damaged():
        yield from sent[:4]
        raise BundleCorrupt("The bundle is damaged.")

    got = []
    with pytest.raises(BundleCorrupt):
        for checked in Verifier().checked(damaged()):
            got.append(checked)
    assert [c.item for c in got] == sent[:4]


def test_a_helper_child_gives_up_core_dumps_before_it_reads_a_message():
    """Its messages hold members' details, as the vault's process does."""
    reporter = [sys.executable, "-c",
                "import sys\nfrom sync.helper import serve\n"
                "from sync.store.coredumps import core_dumps_disabled\n"
                "sys.exit(serve(lambda _message: core_dumps_disabled()))"]
    assert list(Helper("unused", reporter).answers(["member details"], lambda m: m)) == \
        [("member details", True)]


def test_an_inbox_verifies_batches_as_they_arrive_and_stops_when_closed():
    """A LAN session adds each batch as it arrives and takes it at once."""
    sent = items(20)
    inbox = Inbox()
    got = []
    try:
        for start in range(0, len(sent), 6):
            batch = sent[start:start + 6]
            inbox.add(batch)
            got += list(inbox.take(len(batch)))
    finally:
        inbox.close()
    assert [c.item for c in got] == sent
    assert all(c.verified is not None for c in got)
    assert [c.change_set() for c in got] == [changes.verify(*i) for i in sent]
    assert inbox.verifier.helper.child is None
    assert not inbox.verifier.helper.feeder.is_alive()


def test_an_inbox_closed_part_way_stops_at_once():
    """A session that fails mid-batch closes its inbox with change sets not taken."""
    inbox = Inbox()
    inbox.add(items(10))
    next(inbox.take(10))
    inbox.close()
    assert inbox.verifier.helper.child is None
    assert not inbox.verifier.helper.feeder.is_alive()
