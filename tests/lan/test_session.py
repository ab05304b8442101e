"""The replication session: its state machine, its messages (fuzzed), real sessions."""

from __future__ import annotations

import random
import socket
import threading

import cbor2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.errors import CaucusError
from sync.lan import session as sess
from sync.lan.boxstream import BoxStreamDecoder, BoxStreamEncoder
from sync.lan.errors import (
    ConnectionLost,
    FrameOversize,
    IncompatibleVersion,
    LanError,
    LanUsageError,
    MalformedFrame,
    PeerBusy,
    ProtocolError,
    RemoteError,
    StreamTruncated,
    UnexpectedMessage,
)
from sync.lan.framing import BoxTransport, FrameChannel, FrameDecoder, encode
from sync.lan.session import (
    Apply,
    Batch,
    Big,
    Bye,
    Done,
    Error,
    Finished,
    Hello,
    Ping,
    ReplicaHost,
    Role,
    Send,
    SessionMachine,
    StartSending,
    State,
    parse,
    run_session,
)

ME, PEER = bytes([1]) * 32, bytes([2]) * 32
ITEM = (b"body", b"sig", b"vals")


def machine(role: Role, vv: dict | None = None) -> SessionMachine:
    return SessionMachine(role, ME, lambda: dict(vv or {ME: 3}), PEER)


def hello(device: bytes = PEER, vv: dict | None = None, version: int = 1) -> Hello:
    return Hello(version, device, vv if vv is not None else {PEER: 5})


# -- transitions -----------------------------------------------------------------------
def test_client_happy_path():
    m = machine(Role.CLIENT)
    (send,) = m.start()
    assert send == Send(["hello", {"v": 1, "device": ME, "vv": {ME: 3}}])
    assert m.state is State.AWAIT_HELLO
    assert m.receive(hello()) == [StartSending({PEER: 5})]
    assert m.state is State.SENDING
    assert m.batch([ITEM, ITEM]) == ["batch", [list(ITEM), list(ITEM)]]
    assert m.sent_all() == [Send(["done", 2])]
    assert m.state is State.RECEIVING
    assert m.receive(Batch([ITEM])) == [Apply([ITEM])]
    assert m.receive(Ping()) == []
    assert m.receive(Done(1)) == [Send(["bye", {"received": 1}]), Finished()]
    assert m.state is State.DONE


def test_server_happy_path():
    m = machine(Role.SERVER)
    assert m.start() == []
    assert m.state is State.AWAIT_HELLO
    (send,) = m.receive(hello())
    assert send.message[0] == "hello" and m.state is State.RECEIVING
    assert m.receive(Batch([ITEM, ITEM])) == [Apply([ITEM, ITEM])]
    assert m.receive(Done(2)) == [StartSending({PEER: 5})]
    assert m.state is State.SENDING
    assert m.sent_all() == [Send(["done", 0])]
    assert m.state is State.AWAIT_BYE
    assert m.receive(Bye({"received": 0})) == [Finished()]
    assert m.state is State.DONE


def test_the_server_reads_its_vector_only_when_its_hello_is_due():
    calls = []
    m = SessionMachine(Role.SERVER, ME, lambda: calls.append(1) or {ME: 1}, PEER)
    m.start()
    assert calls == []
    m.receive(hello())
    assert calls == [1]


MESSAGES = {
    "hello": hello(), "batch": Batch([ITEM]), "big": Big(10, b"x"), "done": Done(0),
    "bye": Bye({}),
}


def drive_to(role: Role, state: State) -> SessionMachine:
    m = machine(role)
    steps = {
        Role.CLIENT: [State.START, State.AWAIT_HELLO, State.SENDING, State.RECEIVING],
        Role.SERVER: [State.START, State.AWAIT_HELLO, State.RECEIVING, State.SENDING,
                      State.AWAIT_BYE],
    }[role]
    for target in steps:
        if m.state is state:
            return m
        if m.state is State.START:
            m.start()
        elif m.state is State.AWAIT_HELLO:
            m.receive(hello())
        elif m.state is State.SENDING:
            m.sent_all()
        elif m.state is State.RECEIVING:
            m.receive(Done(0))
        del target
    assert m.state is state
    return m


LIVE_STATES = [(role, state) for role in Role for state in (
    State.AWAIT_HELLO, State.SENDING, State.RECEIVING, State.AWAIT_BYE)
    if not (role is Role.CLIENT and state is State.AWAIT_BYE)]


@pytest.mark.parametrize(("role", "state"), LIVE_STATES)
@pytest.mark.parametrize("kind", list(MESSAGES))
def test_every_message_out_of_turn_fails_the_session(role, state, kind):
    m = drive_to(role, state)
    allowed = (state, kind) in sess.TRANSITIONS[role]
    if allowed:
        m.receive(MESSAGES[kind]) if kind != "big" else None
        return
    with pytest.raises(UnexpectedMessage):
        m.receive(MESSAGES[kind])
    assert m.state is State.FAILED
    with pytest.raises(LanUsageError):
        m.receive(Ping())


def test_the_transition_tables_are_exactly_the_documented_orders():
    assert set(sess.TRANSITIONS[Role.CLIENT].values()) | {State.START} == {
        State.START, State.AWAIT_HELLO, State.SENDING, State.RECEIVING, State.DONE}
    assert State.AWAIT_BYE in sess.TRANSITIONS[Role.SERVER].values()


def test_local_steps_out_of_order_are_bugs():
    m = machine(Role.SERVER)
    m.start()
    with pytest.raises(LanUsageError):
        m.batch([ITEM])
    with pytest.raises(LanUsageError):
        machine(Role.CLIENT).sent_all()


def test_an_error_from_the_peer_ends_the_session():
    m = drive_to(Role.CLIENT, State.RECEIVING)
    with pytest.raises(RemoteError, match="disk full"):
        m.receive(Error("failed", "disk full"))
    assert m.state is State.FAILED
    m = drive_to(Role.CLIENT, State.AWAIT_HELLO)
    with pytest.raises(PeerBusy):
        m.receive(Error("busy", "busy"))


def test_a_hello_naming_another_device_than_the_handshake_proved_is_refused():
    m = drive_to(Role.SERVER, State.AWAIT_HELLO)
    with pytest.raises(ProtocolError):
        m.receive(hello(device=bytes([9]) * 32))
    assert m.state is State.FAILED


def test_versions_the_lower_one_is_used_and_too_old_is_refused():
    m = drive_to(Role.CLIENT, State.AWAIT_HELLO)
    m.receive(hello(version=7))
    assert m.version == 1
    with pytest.raises(MalformedFrame):
        parse(["hello", {"v": 0, "device": PEER, "vv": {}}])


def test_done_must_count_what_arrived():
    m = drive_to(Role.SERVER, State.RECEIVING)
    m.receive(Batch([ITEM, ITEM]))
    with pytest.raises(ProtocolError, match="said it sent 3"):
        m.receive(Done(3))


def test_big_change_sets_are_reassembled_and_checked():
    encoded = cbor2.dumps(list(ITEM))
    m = drive_to(Role.CLIENT, State.RECEIVING)
    assert m.receive(Big(len(encoded), encoded[:5])) == []
    assert m.receive(Big(len(encoded), encoded[5:])) == [Apply([ITEM])]
    assert m.receive(Done(1))[-1] == Finished()
    m = drive_to(Role.CLIENT, State.RECEIVING)
    m.receive(Big(len(encoded), encoded[:5]))
    with pytest.raises(UnexpectedMessage):
        m.receive(Batch([ITEM]))
    m = drive_to(Role.CLIENT, State.RECEIVING)
    with pytest.raises(MalformedFrame):
        m.receive(Big(3, encoded))
    m = drive_to(Role.CLIENT, State.RECEIVING)
    with pytest.raises(MalformedFrame):
        m.receive(Big(3, b"\x83\x01\x02"))  # not three byte strings


def test_big_parts_cover_the_item_in_order():
    m = drive_to(Role.CLIENT, State.SENDING)
    data = bytes(range(256)) * 10000
    parts = m.big_parts(data)
    assert b"".join(p[2] for p in parts) == data and all(p[1] == len(data) for p in parts)
    assert m.sent_items == 1


@pytest.mark.parametrize("obj", [
    [], ["nope"], "hello", ["hello"], ["hello", {"v": 1, "device": b"x", "vv": {}}],
    ["hello", {"v": 1, "device": PEER, "vv": {b"short": 1}}],
    ["hello", {"v": 1, "device": PEER, "vv": {PEER: -1}}],
    ["hello", {"v": True, "device": PEER, "vv": {}}],
    ["batch", []], ["batch", [[b"a", b"b"]]], ["batch", [[b"a", b"b", "c"]]],
    ["big", 0, b"x"], ["big", 5, b""], ["big", sess.MAX_ITEM_BYTES + 1, b"x"],
    ["done", -1], ["done", 1.5], ["bye", {"x": "y"}], ["ping", 1], ["error", "x"],
    ["error", "x" * 65, "y"],
])
def test_malformed_messages_are_refused(obj):
    with pytest.raises(MalformedFrame):
        parse(obj)


# -- fuzzing the message handling ------------------------------------------------------
LEAF = st.one_of(st.integers(-3, 2 ** 64), st.binary(max_size=40), st.sampled_from(
    ["v", "device", "vv", "x", "", "received"]), st.just(PEER), st.just(ME), st.booleans(),
    st.none(), st.just(1.5))
KEYS = st.one_of(st.sampled_from(["v", "device", "vv", "received"]), st.just(PEER),
                 st.binary(max_size=33))
VALUE = st.one_of(LEAF, st.lists(LEAF, max_size=3),
                  st.dictionaries(KEYS, st.one_of(LEAF, st.dictionaries(KEYS, LEAF, max_size=2)),
                                  max_size=3))
KIND = st.sampled_from(["hello", "batch", "big", "done", "bye", "ping", "error", "x"])
MESSAGE = st.one_of(VALUE, st.builds(lambda k, a: [k, *a], KIND, st.lists(VALUE, max_size=3)))
OUR_ERRORS = (MalformedFrame, UnexpectedMessage, ProtocolError, RemoteError,
              IncompatibleVersion)


@given(st.sampled_from(list(Role)), st.lists(MESSAGE, min_size=1, max_size=8))
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_fuzz_messages_only_our_errors_come_out(role, objs):
    m = machine(role)
    m.start()
    for obj in objs:
        try:
            message = parse(obj)
            if m.state is State.SENDING:
                m.sent_all()
            m.receive(message)
        except MalformedFrame:
            return  # refused by the parser before the machine saw it
        except OUR_ERRORS:
            assert m.state is State.FAILED
            return
        if m.state in (State.DONE, State.FAILED):
            return


def test_mutation_fuzz_of_real_frames_through_decoder_parser_and_machine():
    """20,000 mutated frames of every kind: decoding, parsing and the machine only ever
    raise our own errors (and never hang or crash)."""
    rng = random.Random(20240611)
    seeds = [encode(m) for m in (
        ["hello", {"v": 1, "device": PEER, "vv": {PEER: 3, ME: 9}}],
        ["batch", [list(ITEM), list(ITEM)]], ["big", 12, b"\x83\x41a\x41b\x41c"],
        ["done", 2], ["bye", {"received": 2}], ["ping"], ["error", "busy", "x"],
    )]
    outcomes = {"ok": 0, "error": 0}
    for _ in range(20000):
        data = bytearray(rng.choice(seeds) + rng.choice(seeds))
        for _ in range(rng.randint(1, 4)):
            op, pos = rng.randrange(3), rng.randrange(len(data))
            if op == 0:
                data[pos] = rng.randrange(256)
            elif op == 1:
                data.insert(pos, rng.randrange(256))
            elif len(data) > 1:
                del data[pos]
        m = machine(rng.choice(list(Role)))
        m.start()
        try:
            for obj in FrameDecoder(max_frame=4096).feed(bytes(data)):
                if m.state is State.SENDING:
                    m.sent_all()
                m.receive(parse(obj))
                if m.state in (State.DONE, State.FAILED):
                    break
            outcomes["ok"] += 1
        except (FrameOversize, *OUR_ERRORS):
            outcomes["error"] += 1
    assert outcomes["ok"] > 100 and outcomes["error"] > 100


# -- real sessions between real replicas ---------------------------------------------------
def channels():
    a, b = socket.socketpair()
    k1, n1, k2, n2 = bytes([3]) * 32, bytes([4]) * 24, bytes([5]) * 32, bytes([6]) * 24
    ca = FrameChannel(BoxTransport(a, BoxStreamEncoder(k1, n1), BoxStreamDecoder(k2, n2)),
                      idle_timeout=10)
    cb = FrameChannel(BoxTransport(b, BoxStreamEncoder(k2, n2), BoxStreamDecoder(k1, n1)),
                      idle_timeout=10)
    return a, b, ca, cb


def session_pair(client_branch, server_branch, *, client_progress=None, server_progress=None):
    """Run both sides of one session in two threads; returns both results or errors."""
    a, b, ca, cb = channels()
    c_rep, s_rep = client_branch.replica, server_branch.replica
    out: dict[str, object] = {}

    def side(name, channel, role, host, me, peer, progress):
        try:
            out[name] = run_session(channel, role, host, me, peer, progress=progress)
            channel.close()
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            out[name] = exc
            with __import__("contextlib").suppress(OSError):
                channel.transport.sock.shutdown(socket.SHUT_RDWR)

    threads = [
        threading.Thread(target=side, args=("client", ca, Role.CLIENT, ReplicaHost(c_rep),
                                            c_rep.device_pk, s_rep.device_pk, client_progress)),
        threading.Thread(target=side, args=("server", cb, Role.SERVER, ReplicaHost(s_rep),
                                            s_rep.device_pk, c_rep.device_pk, server_progress)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    a.close()
    b.close()
    return out["client"], out["server"]


def test_one_session_syncs_both_directions(branches):
    founder, sec0 = branches["founder"], branches["sec0"]
    founder.add_member(first_name="Ada", last_name="Founder")
    sec0.add_member(first_name="Bea", last_name="Secretary")
    sec0.add_member(first_name="Cy", last_name="Secretary")
    events = []
    client, server = session_pair(sec0, founder, client_progress=events.append)
    assert client.complete and server.complete
    assert client.sent == 2 and client.received.applied == 1
    assert server.received.applied == 2 and server.sent == 1
    assert founder.replica.state_hash() == sec0.replica.state_hash()
    assert {e.direction for e in events} == {"send", "receive"}
    assert events[-1].items == events[-1].expected == 1
    again_client, again_server = session_pair(sec0, founder)
    assert again_client.sent == again_client.received_items == 0 == again_server.sent


def test_oversize_change_sets_travel_in_parts(branches, monkeypatch):
    monkeypatch.setattr(sess, "BIG_ITEM_BYTES", 200)
    monkeypatch.setattr(sess, "BIG_CHUNK_BYTES", 64)
    founder, sec0 = branches["founder"], branches["sec0"]
    founder.add_note("x" * 2000)
    client, server = session_pair(sec0, founder)
    assert client.complete and server.complete and client.received.applied == 1
    assert founder.replica.state_hash() == sec0.replica.state_hash()


def test_a_broken_connection_keeps_committed_batches_and_the_next_session_finishes(
        branches, monkeypatch):
    monkeypatch.setattr(sess, "BATCH_ITEMS", 3)
    founder, sec1 = branches["founder"], branches["sec1"]
    for i in range(20):
        founder.add_member(first_name=f"M{i}", last_name="Batch")
    seen = []

    def cut_after_two_batches(step):
        seen.append(step.items)
        if len(seen) == 2:
            raise ConnectionLost("cut by the test")

    client, server = session_pair(sec1, founder, client_progress=cut_after_two_batches)
    assert isinstance(client, ConnectionLost)
    assert isinstance(server, LanError)  # the server noticed the client went away
    kept = sec1.replica.version_vector()[founder.replica.device_id]
    assert kept == founder.replica.version_vector()[founder.replica.device_id] - 20 + 6
    client, server = session_pair(sec1, founder)
    assert client.complete and client.received.applied == 14
    assert founder.replica.state_hash() == sec1.replica.state_hash()


def test_a_peer_that_hangs_up_early_is_reported_not_hung(branches):
    a, b, ca, _cb = channels()
    sec0 = branches["sec0"]
    with a:
        b.close()
        with pytest.raises((StreamTruncated, ConnectionLost, ProtocolError)):
            run_session(ca, Role.CLIENT, ReplicaHost(sec0.replica), sec0.replica.device_pk,
                        PEER)


def test_replica_host_sees_writes_by_another_program(branches, lan_template, tmp_path):
    from tests.replicas import open_with_key

    sec0 = branches["sec0"]
    host = ReplicaHost(sec0.replica)
    with host.use() as replica:
        before = replica.version_vector()
    other = open_with_key(sec0.vault.path, lan_template.keys["sec0"])
    try:
        from sync.records import Branch

        Branch(other).add_member(first_name="Other", last_name="Process")
    finally:
        other.lock()
    with host.use() as replica:
        after = replica.version_vector()
    assert after[sec0.replica.device_id] == before.get(sec0.replica.device_id, 0) + 1


def test_errors_are_caucus_errors():
    for cls in OUR_ERRORS + (FrameOversize, PeerBusy):
        assert issubclass(cls, CaucusError)
