"""The one state-machine base of the LAN protocols: a transition table as data, one
failure rule.

Every protocol step of the meeting connection is a small pure machine (bytes or
messages in, bytes, messages or actions out; no sockets, no clocks), written as in
magic-wormhole: an enum of states and a table ``TRANSITIONS[(state, event)] -> next
state``. The Secret Handshake (:mod:`sync.lan.handshake`), the replication session
(:mod:`sync.lan.session_machine`), pairing (:mod:`sync.lan.pairing_machines`) and the
identify probe (:mod:`sync.lan.probe`) all subclass :class:`Machine`, and so all keep the
same rules:

* an event runs only in a state the table lists it for (or, for the few events named
  in ``ANY_LIVE_STATE``, in any state that still has a way on);
* an event the table does not allow in the current state *fails the machine*: the
  caller gets :meth:`Machine.refusal` (:class:`~sync.lan.errors.StepOutOfOrder` unless
  the machine names the peer's fault, e.g. an unexpected message);
* any exception raised while a step runs fails the machine too, and is re-raised as
  it is (the step's own typed error, or a callback's exception);
* a failed machine stays failed: every later event raises
  :class:`~sync.lan.errors.MachineFailed`, whose cause is the first failure.

A machine moves to the step's next state only once the step has succeeded, so a step
that raised never counts as taken; :meth:`Machine.release` (drop secrets and partial
data) runs on failure and is for subclasses to call once they are done.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from sync.lan.errors import MachineFailed, StepOutOfOrder

T = TypeVar("T")
Table = Mapping[tuple[Any, str], Any]


class Machine:
    """One side of one protocol run; subclasses give ``START``, ``FAILED`` and the table."""

    #: ``(state, event) -> next state``; a subclass may pass a table of its own instead.
    TRANSITIONS: ClassVar[Table]
    START: ClassVar[enum.Enum]
    FAILED: ClassVar[enum.Enum]
    #: Events accepted in every state that still has a transition out (the state stays).
    ANY_LIVE_STATE: ClassVar[frozenset[str]] = frozenset()
    #: What the machine is, for messages: "handshake", "session", "pairing", ...
    WHAT: ClassVar[str] = "connection"

    def __init__(self, transitions: Table | None = None) -> None:
        self.transitions: Table = type(self).TRANSITIONS if transitions is None else transitions
        self.live = frozenset(state for state, _event in self.transitions)
        self.state: Any = self.START
        #: The exception that failed the machine (``None`` while it has not failed).
        self.failure: BaseException | None = None

    # -- the rule ---------------------------------------------------------------------
    def allows(self, event: str) -> bool:
        """Whether ``event`` may run now (a query: nothing changes)."""
        if self.state is self.FAILED:
            return False
        return (self.state, event) in self.transitions or (
            event in self.ANY_LIVE_STATE and self.state in self.live)

    def step(self, event: str, action: Callable[[], T]) -> T:
        """Run ``action`` as ``event``; the machine moves on only if it returns.

        Raises :class:`MachineFailed` once the machine has failed, and the
        :meth:`refusal` (after failing the machine) for an event the table does not
        allow now. Whatever ``action`` raises fails the machine and is re-raised.
        """
        target = self._target(event)
        try:
            out = action()
        except BaseException as exc:
            self.fail(exc)
            raise
        self.state = target
        return out

    def go(self, event: str) -> None:
        """An event with no work of its own: only the move (or the refusal)."""
        self.state = self._target(event)

    def _target(self, event: str) -> Any:
        if self.state is self.FAILED:
            raise MachineFailed(
                f"This {self.WHAT} already failed ({type(self.failure).__name__}); "
                f"{event!r} cannot run (this is a bug in Caucus)."
            ) from self.failure
        target = self.transitions.get((self.state, event))
        if target is not None:
            return target
        if event in self.ANY_LIVE_STATE and self.state in self.live:
            return self.state
        raise self.fail(self.refusal(event))

    def refusal(self, event: str) -> BaseException:
        """The error for ``event`` arriving in a state that does not allow it."""
        return StepOutOfOrder(
            f"The {self.WHAT} step {event!r} is not allowed in state {self.state.name} "
            "(this is a bug in Caucus)."
        )

    def fail(self, error: BaseException) -> BaseException:
        """Fail the machine for good (the first failure is kept); returns ``error`` to raise."""
        if self.state is not self.FAILED:
            self.state = self.FAILED
            self.failure = error
            self.release()
        return error

    def release(self) -> None:
        """Drop derived secrets and partial data (Python cannot wipe memory; this at
        least stops their reuse). Called on failure; subclasses call it when done."""

    def outcome(self, done: Any, value: T | None, what: str) -> T:
        """``value``, which only state ``done`` guarantees (a query: nothing changes)."""
        if self.state is not done or value is None:
            raise StepOutOfOrder(f"The {self.WHAT} has no {what} in state {self.state.name} "
                                 "(this is a bug in Caucus).")
        return value


def have(value: T | None, what: str = "value") -> T:
    """A value the current state guarantees (checked without ``assert``, kept under -O)."""
    if value is None:
        raise StepOutOfOrder(f"The connection state is inconsistent: no {what}.")
    return value
