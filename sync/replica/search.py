"""The full-text index of members (names; contacts) and notes, kept with the state.

Both FTS5 tables are contentless and keyed by the row's ``rid``. After an erasure the
touched tables are rewritten when the transaction commits (:meth:`SearchIndex.purge`),
so an erased member's words leave the stored blocks at once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

import phonenumbers

from .shared import Shared

NAME_FIELDS = ("first_name", "last_name", "preferred_name")
CONTACT_FIELDS = ("emails", "phones", "membership_no", "postcode")
#: the member columns a member's full-text entry is made of
SEARCHED_FIELDS = NAME_FIELDS + CONTACT_FIELDS
INDEXED = {"member": "member_fts", "note": "note_fts"}  # table → its full-text table


def member_search_text(cols: dict) -> tuple[str, str]:
    """The two full-text columns of a member (names; contacts) from SQL column values."""
    name = " ".join(cols[k] for k in NAME_FIELDS if cols.get(k))
    emails = json.loads(cols["emails"]) if cols.get("emails") else []
    phones = json.loads(cols["phones"]) if cols.get("phones") else []
    # phone digits without punctuation too, international and national ("07911 123456"),
    # so a number matches however the secretary types it
    parts = [*emails, *phones, *(phone_digits(p) for p in phones)]
    parts += [cols[k] for k in ("membership_no", "postcode") if cols.get(k)]
    return name, " ".join(parts)


#: phone_digits' answers, remembered: a number is parsed once, not at each re-index
_DIGITS: dict[str, str] = {}
_DIGITS_SIZE = 20_000


def phone_digits(phone: str) -> str:
    """A phone number's digits, then (when it parses) those of its national form."""
    found = _DIGITS.get(phone)
    if found is None:
        digits = "".join(ch for ch in phone if ch.isdigit())
        try:
            number = phonenumbers.parse(phone, None)
        except phonenumbers.NumberParseException:
            found = digits
        else:
            found = digits + " " + _digits_of(
                phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
        _remember_digits(phone, found)
    return found


def remember_national(e164: str, national: str) -> None:
    """Tell :func:`phone_digits` a number's national form, known to a caller that has
    just parsed it (a number checked as it is imported need not be parsed again to be
    indexed)."""
    _remember_digits(e164, _digits_of(e164) + " " + _digits_of(national))


def remember_digits(found: Iterable[tuple[str, str]]) -> None:
    """Tell :func:`phone_digits` answers it gave elsewhere (in a helper process of a
    large import, :mod:`sync.helper`), for numbers about to be indexed here."""
    for phone, digits in found:
        _remember_digits(phone, digits)


def _digits_of(text: str) -> str:
    return "".join(filter(str.isdigit, text))


def _remember_digits(phone: str, digits: str) -> None:
    if len(_DIGITS) >= _DIGITS_SIZE:
        _DIGITS.clear()
    _DIGITS[phone] = digits


def words(text: str) -> set[str]:
    """Lower-case words of a text, e-mail addresses and phone numbers kept whole."""
    return {w.strip(".-") for w in re.findall(r"[\w@.+-]+", text.lower())} - {""}


def merge_segments(conn, tables: Iterable[str] = tuple(INDEXED.values())) -> None:
    """Rewrite each full-text table as one segment (FTS5 ``optimize``), its deleted
    entries dropped.

    Rows inserted in batches leave a table in a segment per batch, until FTS5 merges
    them, and each later re-index of a member deletes its old entry in the segments
    that may hold it: on a 50,000-member vault just joined, 100 members edited and
    re-indexed took 86 ms, 21 ms once merged. A bulk load runs this at its end: 0.26 to
    0.36 s for both tables of that branch's join (of 13 to 15 s), 0.7 s on the demo's
    own vault, which FTS5 had left in more segments.
    """
    for fts in tables:
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")


def is_indexed(table: str, changed: dict[str, object], created: bool) -> bool:
    """Does writing these fields of a row change its full-text entry?"""
    if table == "member":
        return created or any(k in changed for k in SEARCHED_FIELDS)
    return table == "note" and (created or "text" in changed)


class SearchIndex:
    """Keeps ``member_fts`` and ``note_fts`` equal to the member and note rows."""

    def __init__(self, shared: Shared) -> None:
        self.shared = shared

    def add_new(self, members: list[tuple[int, dict]], notes: list[tuple[int, str]]) -> None:
        """Index rows just inserted: ``(rid, SQL columns)`` of members, ``(rid, text)``."""
        conn = self.shared.conn
        if members:
            conn.executemany(
                "INSERT INTO member_fts(rowid, name, contact) VALUES (?, ?, ?)",
                [(rid, *member_search_text(cols)) for rid, cols in members],
            )
        if notes:
            conn.executemany("INSERT INTO note_fts(rowid, text) VALUES (?, ?)", notes)

    def member(self, rid: int, created: bool, cols: dict | None) -> None:
        """(Re)index a member; ``cols`` are its columns if known, else they are read."""
        conn = self.shared.conn
        if not created:
            conn.execute("DELETE FROM member_fts WHERE rowid = ?", (rid,))
        if cols is None:
            row = conn.execute(
                f"SELECT {', '.join(SEARCHED_FIELDS)} FROM member WHERE rid = ?",
                (rid,),
            ).fetchone()
            cols = dict(zip(SEARCHED_FIELDS, row, strict=True))
        conn.execute(
            "INSERT INTO member_fts(rowid, name, contact) VALUES (?, ?, ?)",
            (rid, *member_search_text(cols)),
        )

    def note(self, rid: int, created: bool, text: str | None) -> None:
        """(Re)index a note; an existing note's text is read from its row."""
        conn = self.shared.conn
        if not created:
            conn.execute("DELETE FROM note_fts WHERE rowid = ?", (rid,))
            text = conn.execute("SELECT text FROM note WHERE rid = ?", (rid,)).fetchone()[0]
        if text:
            conn.execute("INSERT INTO note_fts(rowid, text) VALUES (?, ?)", (rid, text))

    def forget(self, table: str, rid: int) -> None:
        """Drop an erased row's entry; its words leave the index at :meth:`purge`."""
        fts = INDEXED.get(table)
        if fts:
            self.shared.conn.execute(f"DELETE FROM {fts} WHERE rowid = ?", (rid,))
            self.shared.fts_to_purge.add(fts)

    def purge(self) -> None:
        """After an erasure, rewrite the touched full-text indexes.

        Contentless FTS5 tables only mark deleted rows (tombstones) until their segments
        merge; an erased member's words must leave the stored blocks now. ``optimize``
        rewrites the index without them, and ``secure_delete`` zeroes the freed pages.
        """
        merge_segments(self.shared.conn, sorted(self.shared.fts_to_purge))
        self.shared.fts_to_purge.clear()

    def clear(self) -> None:
        """Empty both indexes (the state is being recomputed)."""
        for fts in INDEXED.values():
            self.shared.conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')")
