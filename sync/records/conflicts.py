"""Settling a conflict: a new write that has seen every side of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import UnknownId, ValidationError
from ..store import schema
from .validation import clean_bool, clean_member_fields, clean_record_fields

if TYPE_CHECKING:
    from .branch import Branch


def _conflict_ref(conflict_id: str) -> tuple[str, str, str]:
    parts = conflict_id.split(":")
    if len(parts) != 3 or parts[0] not in schema.TABLES:
        raise UnknownId(f"{conflict_id!r} is not a conflict id (table:row:field).")
    return parts[0], parts[1], parts[2]


def resolve_conflict(branch: Branch, conflict_id: str, keep: str = "",
                     value: str | None = None) -> object:
    """Settle a conflict with a new write that has seen every side of it.

    ``keep`` is ``mine`` (this device's value, or the one shown now if this device
    wrote none), ``theirs`` (the best value written elsewhere) or a new value, which
    is validated like any edit (or pass ``value`` to write a new value even if it is one
    of those words). For an edit-versus-delete conflict, ``mine``/``theirs``
    choose between the sides' ``deleted`` values, and ``restore``/``delete`` say it
    plainly. Returns the value written.
    """
    table, row, name = _conflict_ref(conflict_id)
    conflict = branch.replica.conflict(table, row, name)
    sides = [c for c in conflict.candidates if c.get("kind") != "edit" and c["field"] == name]
    keep_word = "" if value is not None else keep.strip().lower()
    if value is not None:
        keep = value
    if not keep_word and value is None:
        raise ValidationError("Say which value to keep: mine, theirs or a new value.", "keep")
    if name == "deleted" and keep_word in ("restore", "delete"):
        chosen: object = keep_word == "delete"
    elif keep_word == "mine":
        mine = [c for c in sides if c["mine"]]
        chosen = (mine or sides)[0]["value"]
    elif keep_word == "theirs":
        theirs = [c for c in sides if not c["mine"]]
        if not theirs:
            raise ValidationError("Every side of this conflict was written on this device; "
                                  "keep 'mine' or give a value.", "keep")
        chosen = theirs[0]["value"]
    else:
        if table == "member":
            chosen = clean_member_fields({name: keep}, branch.region)[name]
        elif name == "deleted":
            chosen = clean_bool(keep, name)
        else:
            chosen = clean_record_fields(table, {name: keep})[name]
    with branch.replica.transaction() as tx:
        tx.set(table, row, {name: chosen})
    return chosen
