"""Every LAN state machine on its transition table and the one failure rule.

As in magic-wormhole's ``test_machines.py``: each machine is driven alone, by hand,
with made-up inputs (and, where a step needs the other side's bytes, the real other
machine beside it). For every machine this checks that

* each step moves exactly to the state its ``TRANSITIONS`` row names, and the paths
  below use every row of every table;
* every event that a state's rows do not allow fails the machine there, with a typed
  error (``StepOutOfOrder`` for a local step, the machine's own error for the peer's);
* a failed machine stays failed: every later event raises ``MachineFailed``, whose
  cause is the first failure.

The base itself (:mod:`sync.lan.machine`) is checked first on a toy machine.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import cbor2
import nacl.signing
import pytest

from sync import trust
from sync.lan.errors import (
    LanError,
    MachineFailed,
    NetworkMismatch,
    PeerBusy,
    RemoteError,
    StepOutOfOrder,
    UnexpectedMessage,
)
from sync.lan.machine import Machine
from sync.lan.pairing import AdminPairing, JoinerPairing
from sync.lan.probe import (
    PROBE_ANSWER,
    PROBE_CHALLENGE,
    PROBE_PROOF_BYTES,
    ProbeClient,
    ProbeServer,
    probe_key,
    probe_request,
    probe_response,
)
from sync.lan.session import Batch, Big, Bye, Done, Error, Hello, Ping, Role, SessionMachine
from tests.lan.test_shs import CLIENT_KEY, NETWORK_KEY, SERVER_KEY, transcript
from tests.lan.test_shs import client_eph as shs_client_eph
from tests.lan.test_shs import server_eph as shs_server_eph

# -- the base, on a toy machine ---------------------------------------------------------


class Toy(enum.Enum):
    S0_IDLE = "idle"
    S1_RUNNING = "running"
    S2_DONE = "done"
    FAILED = "failed"


class ToyMachine(Machine):
    TRANSITIONS = {
        (Toy.S0_IDLE, "go"): Toy.S1_RUNNING,
        (Toy.S1_RUNNING, "tick"): Toy.S1_RUNNING,
        (Toy.S1_RUNNING, "stop"): Toy.S2_DONE,
    }
    START, FAILED = Toy.S0_IDLE, Toy.FAILED
    ANY_LIVE_STATE = frozenset({"noise"})
    WHAT = "toy"

    def __init__(self) -> None:
        super().__init__()
        self.events: list[str] = []
        self.released = 0

    def fire(self, event: str, action: Callable[[], Any] | None = None) -> Any:
        def record() -> Any:
            self.events.append(event)
            return action() if action is not None else event
        return self.step(event, record)

    def release(self) -> None:
        self.released += 1


def test_the_base_moves_along_its_table_and_returns_what_the_step_made():
    m = ToyMachine()
    assert m.state is Toy.S0_IDLE and m.allows("go") and not m.allows("tick")
    assert m.fire("go") == "go" and m.state is Toy.S1_RUNNING
    assert m.fire("tick", lambda: 42) == 42 and m.state is Toy.S1_RUNNING
    assert m.fire("noise") == "noise" and m.state is Toy.S1_RUNNING  # any live state
    m.fire("stop")
    assert m.state is Toy.S2_DONE and m.events == ["go", "tick", "noise", "stop"]
    assert m.failure is None and m.released == 0
    bare = ToyMachine()
    bare.go("go")  # a move with no work of its own
    assert bare.state is Toy.S1_RUNNING and bare.events == []
    with pytest.raises(StepOutOfOrder):
        bare.go("go")
    assert bare.state is Toy.FAILED


def test_an_event_out_of_turn_fails_the_base_for_good():
    m = ToyMachine()
    with pytest.raises(StepOutOfOrder, match="'stop' is not allowed in state S0_IDLE") as first:
        m.fire("stop")
    assert m.state is Toy.FAILED and m.failure is first.value and m.released == 1
    assert m.events == []  # the refused step never ran
    for event in ("go", "tick", "stop", "noise"):
        assert not m.allows(event)
        with pytest.raises(MachineFailed) as later:
            m.fire(event)
        assert later.value.__cause__ is first.value
    assert m.released == 1 and m.events == []


def test_an_error_inside_a_step_fails_the_base_and_comes_out_as_it_is():
    m = ToyMachine()
    m.fire("go")

    def broken() -> None:
        raise KeyError("a callback's own fault")

    with pytest.raises(KeyError):
        m.fire("tick", broken)
    assert m.state is Toy.FAILED and isinstance(m.failure, KeyError)
    with pytest.raises(MachineFailed):
        m.fire("stop")


def test_a_finished_base_refuses_more_and_any_live_state_ends_with_it():
    m = ToyMachine()
    m.fire("go")
    m.fire("stop")
    with pytest.raises(StepOutOfOrder):
        m.fire("noise")  # S2_DONE has no way on: not a live state
    assert m.state is Toy.FAILED


def test_an_outcome_is_a_query_not_a_step():
    m = ToyMachine()
    with pytest.raises(StepOutOfOrder):
        m.outcome(Toy.S2_DONE, "result", "result")
    assert m.state is Toy.S0_IDLE  # asking too early changes nothing
    m.fire("go")
    m.fire("stop")
    assert m.outcome(Toy.S2_DONE, "result", "result") == "result"


# -- every machine on its table -----------------------------------------------------------
ITEM = (b"body", b"sig", b"vals")
ME, PEER = bytes([1]) * 32, bytes([2]) * 32
BRANCH_KEY = bytes([9]) * 32
SERVER_DEVICE = bytes(range(32))
CODE = "47-105-962"
Step = tuple[str, Callable[[Any], object]]


@dataclass
class Spec:
    """One machine in one setting: how to make it, the paths through its table, and a
    way to fire each of its events with made-up input."""

    name: str
    new: Callable[[], Any]  # a world: ``.m`` is the machine, the rest its helpers
    paths: list[list[Step]]
    fire: dict[str, Callable[[Any], object]]


def shs_client_world() -> Any:
    from sync.lan.handshake import ClientHandshake

    return SimpleNamespace(m=ClientHandshake(NETWORK_KEY, CLIENT_KEY,
                                             SERVER_KEY.verify_key, ephemeral=shs_client_eph()))


def shs_server_world() -> Any:
    from sync.lan.handshake import ServerHandshake

    return SimpleNamespace(m=ServerHandshake(NETWORK_KEY, SERVER_KEY, ephemeral=shs_server_eph()))


def msg(i: int) -> bytes:
    return transcript()[i]


SHS_CLIENT = Spec(
    "shs client", shs_client_world,
    [[("hello", lambda w: w.m.hello()),
      ("receive_server_hello", lambda w: w.m.receive_server_hello(msg(1))),
      ("authenticate", lambda w: w.m.authenticate()),
      ("receive_server_accept", lambda w: w.m.receive_server_accept(msg(3)))]],
    {"hello": lambda w: w.m.hello(),
     "receive_server_hello": lambda w: w.m.receive_server_hello(msg(1)),
     "authenticate": lambda w: w.m.authenticate(),
     "receive_server_accept": lambda w: w.m.receive_server_accept(msg(3))},
)
SHS_SERVER = Spec(
    "shs server", shs_server_world,
    [[("receive_client_hello", lambda w: w.m.receive_client_hello(msg(0))),
      ("hello", lambda w: w.m.hello()),
      ("receive_client_authenticate", lambda w: w.m.receive_client_authenticate(msg(2))),
      ("accept", lambda w: w.m.accept())]],
    {"receive_client_hello": lambda w: w.m.receive_client_hello(msg(0)),
     "hello": lambda w: w.m.hello(),
     "receive_client_authenticate": lambda w: w.m.receive_client_authenticate(msg(2)),
     "accept": lambda w: w.m.accept()},
)

BIG = cbor2.dumps(list(ITEM))
SESSION_FIRE: dict[str, Callable[[Any], object]] = {
    "start": lambda w: w.m.start(),
    "hello": lambda w: w.m.receive(Hello(1, PEER, {PEER: 1})),
    "batch": lambda w: w.m.receive(Batch([ITEM])),
    "big": lambda w: w.m.receive(Big(len(BIG), BIG)),
    "done": lambda w: w.m.receive(Done(w.m.received_items)),
    "bye": lambda w: w.m.receive(Bye({"received": 0})),
    "send_batch": lambda w: w.m.batch([ITEM]),
    "sent_all": lambda w: w.m.sent_all(),
}


def session_world(role: Role) -> Callable[[], Any]:
    return lambda: SimpleNamespace(m=SessionMachine(role, ME, lambda: {ME: 1}, PEER))


def fired(*events: str) -> list[Step]:
    return [(event, SESSION_FIRE[event]) for event in events]


SESSION_CLIENT = Spec(
    "session client", session_world(Role.CLIENT),
    [fired("start", "hello", "send_batch", "sent_all", "batch", "big", "done"),
     fired("start", "hello", "sent_all", "done")],
    SESSION_FIRE,
)
SESSION_SERVER = Spec(
    "session server", session_world(Role.SERVER),
    [fired("start", "hello", "batch", "big", "done", "send_batch", "sent_all", "bye"),
     fired("start", "hello", "done", "sent_all", "bye")],
    SESSION_FIRE,
)


def pairing_world() -> Any:
    device = nacl.signing.SigningKey(bytes([5]) * 32)
    stand_in = SimpleNamespace(meta=lambda _key: "new laptop", device_pk=bytes(device.verify_key),
                               signing_key=device)
    request = trust.join_request(stand_in)  # real bytes, signed by the new device
    return SimpleNamespace(joiner=JoinerPairing(CODE, request), admin=AdminPairing(CODE),
                           request=request)


def joiner_world() -> Any:
    w = pairing_world()
    w.m = w.joiner
    return w


def admin_world() -> Any:
    w = pairing_world()
    w.m = w.admin
    return w


WELCOME = b"sealed welcome"


def joiner_pake(w: Any) -> object:
    w.reply = w.admin.on_pake(w.first)
    return w.m.on_pake(w.reply)


def joiner_confirm(w: Any) -> object:
    return w.m.on_confirm(w.admin.on_confirm(w.confirm))


JOINER_FIRE: dict[str, Callable[[Any], object]] = {
    "start": lambda w: w.m.start(),
    "pake": lambda w: w.m.on_pake(["pake", {"v": 1, "msg": b"x" * 33}]),
    "confirm": lambda w: w.m.on_confirm(["confirm", bytes(32)]),
    "approved": lambda w: w.m.on_decision(["approved", {"role": "viewer", "size": 14}]),
    "welcome": lambda w: w.m.on_welcome(["welcome", WELCOME]),
    "welcome-end": lambda w: w.m.on_welcome(["welcome-end", bytes(32)]),
}
JOINER = Spec(
    "pairing joiner", joiner_world,
    [[("start", lambda w: setattr(w, "first", w.m.start())),
      ("pake", lambda w: setattr(w, "confirm", joiner_pake(w))),
      ("confirm", joiner_confirm),
      ("approved", JOINER_FIRE["approved"]),
      ("welcome", JOINER_FIRE["welcome"]),
      ("welcome-end", lambda w: w.m.on_welcome(
          ["welcome-end", hashlib.sha256(WELCOME).digest()]))]],
    JOINER_FIRE,
)

ADMIN_FIRE: dict[str, Callable[[Any], object]] = {
    "pake": lambda w: w.m.on_pake(["pake", {"v": 1, "msg": b"x" * 33}]),
    "confirm": lambda w: w.m.on_confirm(["confirm", bytes(32)]),
    "request": lambda w: w.m.on_request(["request", w.request]),
    "approve": lambda w: w.m.decide(True),
    "decline": lambda w: w.m.decide(False),
    "sent": lambda w: w.m.sent(),
    "joined": lambda w: w.m.on_joined(["joined", {"applied": 1}]),
}
ADMIN_OPENING: list[Step] = [
    ("pake", lambda w: setattr(w, "confirm", w.joiner.on_pake(w.m.on_pake(w.joiner.start())))),
    ("confirm", lambda w: w.m.on_confirm(w.confirm)),
    ("request", ADMIN_FIRE["request"]),
]
ADMIN = Spec(
    "pairing admin", admin_world,
    [ADMIN_OPENING + [("approve", ADMIN_FIRE["approve"]), ("sent", ADMIN_FIRE["sent"]),
                      ("joined", ADMIN_FIRE["joined"])],
     ADMIN_OPENING + [("decline", ADMIN_FIRE["decline"])]],
    ADMIN_FIRE,
)


def probe_client_world(current: bool) -> Callable[[], Any]:
    def new() -> Any:
        device = nacl.signing.SigningKey(bytes([6]) * 32)
        server = ProbeServer(BRANCH_KEY, SERVER_DEVICE, current=current,
                             authorize=lambda pk: pk == bytes(device.verify_key))
        return SimpleNamespace(m=ProbeClient(BRANCH_KEY, device), server=server, request=None)
    return new


def genuine(kind: int) -> Callable[[Any], object]:
    """A response the client can open (bound to its probe, once it sent one)."""
    return lambda w: w.m.receive(probe_response(probe_key(BRANCH_KEY), w.request or bytes(64),
                                                kind, SERVER_DEVICE))


def sent_probe(w: Any) -> object:
    w.request = w.m.request()
    w.server.receive_probe(w.request)
    return w.request


PROBE_CLIENT_FIRE: dict[str, Callable[[Any], object]] = {
    "send_probe": lambda w: w.m.request(),
    "answer": genuine(PROBE_ANSWER),
    "challenge": genuine(PROBE_CHALLENGE),
    "send_proof": lambda w: w.m.proof(),
}
PROBE_CLIENT_CURRENT = Spec(
    "probe client, current key", probe_client_world(True),
    [[("send_probe", sent_probe), ("answer", lambda w: w.m.receive(w.server.answer()))]],
    PROBE_CLIENT_FIRE,
)
PROBE_CLIENT_OLDER = Spec(
    "probe client, older key", probe_client_world(False),
    [[("send_probe", sent_probe),
      ("challenge", lambda w: w.m.receive(w.server.challenge())),
      ("send_proof", lambda w: w.server.receive_proof(w.m.proof())),
      ("answer", lambda w: w.m.receive(w.server.answer()))]],
    PROBE_CLIENT_FIRE,
)


def probe_server_world(current: bool) -> Callable[[], Any]:
    def new() -> Any:
        device = nacl.signing.SigningKey(bytes([6]) * 32)
        client = ProbeClient(BRANCH_KEY, device)
        server = ProbeServer(BRANCH_KEY, SERVER_DEVICE, current=current,
                             authorize=lambda pk: pk == bytes(device.verify_key))
        return SimpleNamespace(m=server, client=client)
    return new


PROBE_SERVER_FIRE: dict[str, Callable[[Any], object]] = {
    "receive_proof": lambda w: w.m.receive_proof(bytes(PROBE_PROOF_BYTES)),
    "challenge": lambda w: w.m.challenge(),
    "answer": lambda w: w.m.answer(),
}
PROBE_SERVER_CURRENT = Spec(
    "probe server, current key", probe_server_world(True),
    [[("current_probe", lambda w: w.m.receive_probe(w.client.request())),
      ("answer", lambda w: w.m.answer())]],
    {**PROBE_SERVER_FIRE,
     "current_probe": lambda w: w.m.receive_probe(probe_request(probe_key(BRANCH_KEY)))},
)
PROBE_SERVER_OLDER = Spec(
    "probe server, older key", probe_server_world(False),
    [[("older_probe", lambda w: w.m.receive_probe(w.client.request())),
      ("challenge", lambda w: w.client.receive(w.m.challenge())),
      ("receive_proof", lambda w: w.m.receive_proof(w.client.proof())),
      ("answer", lambda w: w.m.answer())]],
    {**PROBE_SERVER_FIRE,
     "older_probe": lambda w: w.m.receive_probe(probe_request(probe_key(BRANCH_KEY)))},
)

SPECS = [SHS_CLIENT, SHS_SERVER, SESSION_CLIENT, SESSION_SERVER, JOINER, ADMIN,
         PROBE_CLIENT_CURRENT, PROBE_CLIENT_OLDER, PROBE_SERVER_CURRENT, PROBE_SERVER_OLDER]
IDS = [spec.name for spec in SPECS]


def replay(spec: Spec, path: list[Step], steps: int) -> Any:
    world = spec.new()
    for _event, do in path[:steps]:
        do(world)
    return world


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_each_step_moves_to_the_state_its_row_names(spec):
    for path in spec.paths:
        world = spec.new()
        for event, do in path:
            before = world.m.state
            assert (before, event) in world.m.transitions, (spec.name, before, event)
            do(world)
            assert world.m.state is world.m.transitions[(before, event)], (spec.name, event)
        assert world.m.state not in world.m.live  # every path runs to an end
        assert world.m.failure is None


@pytest.mark.parametrize("table", [
    ("shs client", [SHS_CLIENT]), ("shs server", [SHS_SERVER]),
    ("session client", [SESSION_CLIENT]), ("session server", [SESSION_SERVER]),
    ("pairing joiner", [JOINER]), ("pairing admin", [ADMIN]),
    ("probe client", [PROBE_CLIENT_CURRENT, PROBE_CLIENT_OLDER]),
    ("probe server", [PROBE_SERVER_CURRENT, PROBE_SERVER_OLDER]),
], ids=lambda t: t[0])
def test_the_paths_use_every_row_of_every_table(table):
    _name, specs = table
    used = set()
    rows: set = set()
    for spec in specs:
        for path in spec.paths:
            world = spec.new()
            rows = set(world.m.transitions)
            for event, do in path:
                used.add((world.m.state, event))
                do(world)
    assert used == rows


def cases() -> list[tuple[Spec, int, int, str]]:
    """(spec, path, steps into it, event) for every event a reached state does not allow."""
    out = []
    for spec in SPECS:
        for p, path in enumerate(spec.paths):
            for steps in range(len(path) + 1):
                machine = replay(spec, path, steps).m
                for event in spec.fire:
                    if not machine.allows(event):
                        out.append((spec, p, steps, event))
    return out


CASES = cases()


@pytest.mark.parametrize(("spec", "path", "steps", "event"), CASES,
                         ids=[f"{s.name}-{p}-{n}-{e}" for s, p, n, e in CASES])
def test_every_event_a_state_does_not_allow_fails_the_machine_for_good(spec, path, steps, event):
    world = replay(spec, spec.paths[path], steps)
    m = world.m
    reached = m.state
    with pytest.raises(LanError) as first:
        spec.fire[event](world)
    assert m.state is m.FAILED, (spec.name, reached, event)
    assert m.failure is first.value
    assert not isinstance(first.value, MachineFailed)
    for later in spec.fire:
        with pytest.raises(MachineFailed) as again:
            spec.fire[later](world)
        assert again.value.__cause__ is first.value


def test_the_refusals_say_whose_fault_it_is():
    """A local step out of turn is a bug (StepOutOfOrder); the peer's message out of
    turn is the peer's fault, told in the machine's own terms."""
    session = SessionMachine(Role.SERVER, ME, dict, PEER)
    with pytest.raises(StepOutOfOrder):
        session.sent_all()
    session = SessionMachine(Role.SERVER, ME, dict, PEER)
    session.start()
    with pytest.raises(UnexpectedMessage):
        session.receive(Done(0))
    client = ProbeClient(BRANCH_KEY, nacl.signing.SigningKey(bytes([6]) * 32))
    request = client.request()
    with pytest.raises(NetworkMismatch):  # a response it cannot open: not recognised
        client.receive(probe_response(probe_key(bytes(32)), request, PROBE_ANSWER, PK32))
    joiner = JoinerPairing(CODE, b"req")
    with pytest.raises(StepOutOfOrder):
        joiner.on_confirm(["confirm", bytes(32)])


PK32 = bytes([7]) * 32


@pytest.mark.parametrize("role", list(Role))
def test_ping_and_error_are_taken_in_every_live_session_state(role):
    spec = SESSION_CLIENT if role is Role.CLIENT else SESSION_SERVER
    path = spec.paths[0]
    for steps in range(len(path)):
        world = replay(spec, path, steps)
        state = world.m.state
        assert world.m.receive(Ping()) == [] and world.m.state is state
        with pytest.raises(PeerBusy):
            world.m.receive(Error("busy", "full"))
        assert world.m.state is world.m.FAILED
        world = replay(spec, path, steps)
        with pytest.raises(RemoteError, match="disk full"):
            world.m.receive(Error("failed", "disk full"))
    done = replay(spec, path, len(path)).m
    with pytest.raises(UnexpectedMessage):  # after the end, even a ping is out of turn
        done.receive(Ping())


def test_the_session_tables_are_the_module_tables():
    from sync.lan import session

    for role in Role:
        assert SessionMachine(role, ME, dict, PEER).transitions is session.TRANSITIONS[role]
