"""The replication session as an explicit state machine per role (wormhole style).

Order, as the ``TRANSITIONS`` table of each role says::

    client: START -start-> AWAIT_HELLO -hello-> SENDING (send_batch ..., then sent_all)
            -> RECEIVING (batch, big ...) -done-> DONE (sends bye)
    server: START -start-> AWAIT_HELLO -hello-> RECEIVING (sends its hello; batch, big ...)
            -done-> SENDING (send_batch ..., then sent_all) -> AWAIT_BYE -bye-> DONE

``ping`` and ``error`` from the peer are taken in every state that still has a way on
(``ANY_LIVE_STATE``): a ping changes nothing, an error fails the session with the
peer's reason. A message of the peer's out of turn fails the session with
:class:`~sync.lan.errors.UnexpectedMessage`; a local step out of turn with
:class:`~sync.lan.errors.StepOutOfOrder` (a bug); after a failure every event raises
:class:`~sync.lan.errors.MachineFailed` (the rules of :mod:`sync.lan.machine`).

:class:`SessionMachine` is pure (messages in, actions out) and is what the transition
and fuzz tests drive; :func:`sync.lan.session.run_session` executes its actions.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from sync.errors import QT_TRANSLATE_NOOP
from sync.lan.errors import (
    CountMismatch,
    IncompatibleVersion,
    LanUsageError,
    MalformedFrame,
    RemoteError,
    UnexpectedMessage,
    WrongDevice,
    printable,
)
from sync.lan.machine import Machine
from sync.lan.session_messages import (
    BIG_CHUNK_BYTES,
    EVENT,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    REMOTE_ERRORS,
    Batch,
    Big,
    BigItem,
    Bye,
    Done,
    Error,
    Hello,
    Item,
    Message,
    Ping,
    hello_message,
)


class Role(enum.Enum):
    CLIENT = "client"
    SERVER = "server"


class State(enum.Enum):
    START = "start"
    AWAIT_HELLO = "awaiting the other laptop's hello"
    SENDING = "sending what the other laptop lacks"
    RECEIVING = "receiving what this laptop lacks"
    AWAIT_BYE = "awaiting the other laptop's goodbye"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class Send:
    """Send this message to the peer."""

    message: list


@dataclass(frozen=True)
class Apply:
    """Apply these change sets (one atomic batch)."""

    items: list[Item]


@dataclass(frozen=True)
class StartSending:
    """Stream every change set the peer lacks, then call :meth:`SessionMachine.sent_all`."""

    peer_vv: dict[bytes, int]


@dataclass(frozen=True)
class Finished:
    """The session is complete."""


Action = Send | Apply | StartSending | Finished

S = State
TRANSITIONS: dict[Role, dict[tuple[State, str], State]] = {
    Role.CLIENT: {
        (S.START, "start"): S.AWAIT_HELLO,
        (S.AWAIT_HELLO, "hello"): S.SENDING,
        (S.SENDING, "send_batch"): S.SENDING,
        (S.SENDING, "sent_all"): S.RECEIVING,
        (S.RECEIVING, "batch"): S.RECEIVING,
        (S.RECEIVING, "big"): S.RECEIVING,
        (S.RECEIVING, "done"): S.DONE,
    },
    Role.SERVER: {
        (S.START, "start"): S.AWAIT_HELLO,
        (S.AWAIT_HELLO, "hello"): S.RECEIVING,
        (S.RECEIVING, "batch"): S.RECEIVING,
        (S.RECEIVING, "big"): S.RECEIVING,
        (S.RECEIVING, "done"): S.SENDING,
        (S.SENDING, "send_batch"): S.SENDING,
        (S.SENDING, "sent_all"): S.AWAIT_BYE,
        (S.AWAIT_BYE, "bye"): S.DONE,
    },
}
TERMINAL = (S.DONE, S.FAILED)
#: The events that are messages of the peer's (the others are this side's own steps).
PEER_EVENTS = frozenset({*EVENT.values(), "ping", "error"})


class SessionMachine(Machine):
    """One side of one session: validates the order of messages and says what to do.

    ``local_vv`` is called once, when this side's hello is due, so the server's vector
    is taken after it has been given the vault. ``peer_device`` is the key the
    handshake proved; a hello naming another device is a protocol error.
    """

    START, FAILED = S.START, S.FAILED
    ANY_LIVE_STATE = frozenset({"ping", "error"})
    WHAT = "session"

    def __init__(self, role: Role, local_device: bytes,
                 local_vv: Callable[[], dict[bytes, int]], peer_device: bytes) -> None:
        super().__init__(TRANSITIONS[role])
        self.role = role
        self.local_device = local_device
        self._local_vv = local_vv
        self.peer_device = peer_device
        self.version: int | None = None
        self.local_vector: dict[bytes, int] | None = None
        self.peer_vector: dict[bytes, int] | None = None
        self.sent_items = 0
        self.received_items = 0
        self.peer_stats: dict[str, int] = {}
        self._big: BigItem | None = None

    def refusal(self, event: str) -> BaseException:
        if event in PEER_EVENTS:
            return UnexpectedMessage.of(
                QT_TRANSLATE_NOOP(
                    "errors", "The other laptop sent {event!r} while this one was {state}; the "
                    "connection was closed."), event=event, state=self.state.value
            )
        return super().refusal(event)

    def release(self) -> None:
        self._big = None

    def _hello(self) -> Send:
        self.local_vector = dict(self._local_vv())
        return Send(hello_message(self.local_device, self.local_vector))

    def start(self) -> list[Action]:
        return self.step("start", lambda: [self._hello()] if self.role is Role.CLIENT else [])

    def receive(self, message: Message) -> list[Action]:
        """Handle one message from the peer; raises (and fails) on any violation."""
        if isinstance(message, Ping):
            return self.step("ping", list)
        if isinstance(message, Error):
            return self.step("error", lambda: self._on_error(message))
        event = EVENT[type(message)]
        handler = getattr(self, f"_on_{event}")

        def handle() -> list[Action]:
            if self._big is not None and event != "big":
                raise UnexpectedMessage(
                    QT_TRANSLATE_NOOP(
                        "errors", "The other laptop interrupted a large change set; the "
                        "connection was "
                    "closed.")
                )
            return handler(message)

        return self.step(event, handle)

    def _on_error(self, error: Error) -> list[Action]:
        kind = REMOTE_ERRORS.get(error.code, RemoteError)
        raise kind(f"The other laptop ended the sync: {printable(error.text)}"
                   if kind is RemoteError else None)

    def _on_hello(self, hello: Hello) -> list[Action]:
        if hello.device != self.peer_device:
            raise WrongDevice()
        if hello.version < MIN_PROTOCOL_VERSION:
            raise IncompatibleVersion()
        self.version = min(hello.version, PROTOCOL_VERSION)
        self.peer_vector = hello.vv
        if self.role is Role.CLIENT:
            return [StartSending(hello.vv)]
        return [self._hello()]

    def _on_batch(self, batch: Batch) -> list[Action]:
        self.received_items += len(batch.items)
        return [Apply(batch.items)]

    def _on_big(self, big: Big) -> list[Action]:
        if self._big is None:
            self._big = BigItem(big.total)
        elif big.total != self._big.total:
            raise MalformedFrame(QT_TRANSLATE_NOOP(
                "errors", "The parts of a large change set do not agree."))
        item = self._big.feed(big.chunk)
        if item is None:
            return []
        self._big = None
        self.received_items += 1
        return [Apply([item])]

    def _on_done(self, done: Done) -> list[Action]:
        if done.count != self.received_items:
            raise CountMismatch.of(
                QT_TRANSLATE_NOOP(
                    "errors", "The other laptop said it sent {count} change sets, but "
                    "{received_items} arrived."),
                    count=done.count, received_items=self.received_items
            )
        if self.role is Role.CLIENT:
            return [Send(["bye", {"received": self.received_items}]), Finished()]
        return [StartSending(dict(self.peer_vector or {}))]

    def _on_bye(self, bye: Bye) -> list[Action]:
        self.peer_stats = bye.stats
        return [Finished()]

    # -- local steps while SENDING ------------------------------------------------------
    def batch(self, items: list[Item]) -> list:
        """The message carrying one batch we send."""

        def build() -> list:
            if not items:
                raise LanUsageError("A batch needs at least one change set.")
            self.sent_items += len(items)
            return ["batch", [list(i) for i in items]]

        return self.step("send_batch", build)

    def big_parts(self, encoded_item: bytes, chunk: int = BIG_CHUNK_BYTES) -> list[list]:
        """The messages carrying one oversize change set (``encoded_item`` is its CBOR),
        in parts of ``chunk`` bytes."""

        def build() -> list[list]:
            self.sent_items += 1
            total = len(encoded_item)
            return [["big", total, encoded_item[i:i + chunk]] for i in range(0, total, chunk)]

        return self.step("send_batch", build)

    def sent_all(self) -> list[Action]:
        return self.step("sent_all", lambda: [Send(["done", self.sent_items])])
