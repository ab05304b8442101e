"""The SQL of a typed member search: which member rowids a search's words select."""

from __future__ import annotations

from typing import Any


def search_rids(tokens: list[str], text: str) -> tuple[str, list[Any]]:
    """SQL selecting the rowids of members matching a typed search, and its parameters.

    A rowid may come more than once (a member whose name and notes both match): the
    alternatives are joined by ``UNION ALL``, so no alternative is sorted to remove
    repeats. Read it as ``rid IN (...)`` or with ``SELECT DISTINCT``: a broad search's
    first rows then come before its note hits are all found and sorted.

    3+ character words match any fragment of names and contacts (trigram index); 1–2
    character words the start of a first or last name, or with a digit of a postcode or
    membership number; words of 4+ characters also the start of words in the member's
    conversation notes; a query with a digit and a space may be a whole postcode.
    """
    alternatives = _alternatives(tokens, text)
    sql = " UNION ALL ".join(f"SELECT * FROM ({a})" for a, _params in alternatives)
    return sql, [p for _sql, params in alternatives for p in params]


#: the rowids of the member whose conversation notes match (``_alternatives``' second)
_NOTE_HITS = ("SELECT mm.rid FROM note_fts f JOIN note n INDEXED BY note_owner ON "
              "n.rid = f.rowid JOIN member mm ON mm.id = n.member_id WHERE note_fts MATCH ? "
              "AND n.deleted = 0")


def _alternatives(tokens: list[str], text: str) -> list[tuple[str, list[Any]]]:
    """The SQL of each alternative of :func:`search_rids` (each selecting rowids), with
    its parameters (the notes' is :data:`_NOTE_HITS`)."""
    long_tokens = [t for t in tokens if len(t) >= 3]
    short_tokens = [t for t in tokens if len(t) < 3]
    parts: list[str] = []
    params: list[Any] = []
    if long_tokens:
        parts.append("SELECT rowid FROM member_fts WHERE member_fts MATCH ?")
        params.append(" AND ".join(_fts_phrase(t) for t in long_tokens))
    for token in short_tokens:
        low, high = _prefix_range(token)
        # UNION ALL: a member whose first and last names both match comes twice; a
        # UNION would sort both ranges whole before a first-page count could stop
        if any(ch.isdigit() for ch in token):
            parts.append(
                "SELECT rid FROM member WHERE postcode COLLATE NOCASE >= ? AND postcode "
                "COLLATE NOCASE < ? UNION ALL SELECT rid FROM member WHERE membership_no "
                "COLLATE NOCASE >= ? AND membership_no COLLATE NOCASE < ?")
        else:
            parts.append(
                "SELECT rid FROM member WHERE deleted IN (0, 1) AND last_name COLLATE NOCASE "
                ">= ? AND last_name COLLATE NOCASE < ? UNION ALL SELECT rid FROM member "
                "WHERE deleted IN (0, 1) AND first_name COLLATE NOCASE >= ? AND "
                "first_name COLLATE NOCASE < ?")
        params += [low, high, low, high]
    alternatives = [(" INTERSECT ".join(f"SELECT * FROM ({p})" for p in parts), params)]
    if searches_notes(tokens):
        alternatives.append((_NOTE_HITS, [" AND ".join(_fts_phrase(t) + "*" for t in tokens)]))
    if any(ch.isdigit() for ch in text) and len(tokens) > 1:
        alternatives.append(("SELECT rid FROM member WHERE replace(upper(postcode), ' ', '') "
                             "LIKE ?", [text.upper().replace(" ", "").replace("%", "") + "%"]))
    return alternatives


def searches_notes(tokens: list[str]) -> bool:
    """Whether a search of these words also looks in conversation notes (every word has
    4 or more characters)."""
    return bool(tokens) and all(len(t) >= 4 for t in tokens)


def walked_condition(tokens: list[str], text: str) -> tuple[str, list[Any]]:
    """The condition :func:`search_rids` selects, tested on each member row ``m`` as the
    name index is walked, for a broad search that also looks in notes.

    Finding the rowids of every note hit's member costs a lookup per note (a word in
    a quarter of 200,000 notes: 18 ms); the first page of such a search is found
    sooner by walking the names in order and asking, of each, whether one of *their*
    notes is among the notes' full-text hits (a list built once): a few hundred
    members walked, 3.5 ms. A narrow search would walk the whole index: callers use
    this only when the hits are many (``BROAD_WALK``)."""
    terms, params = [], []
    for sql, values in _alternatives(tokens, text):
        if sql == _NOTE_HITS:  # of this member's own notes
            # whether a matching note is deleted: from note_owner, not the note row
            # (the search warm-up reads that index; the notes table is 60 MB)
            terms.append("EXISTS (SELECT 1 FROM note n INDEXED BY note_member WHERE "
                         "n.member_id = m.id AND n.rid IN (SELECT rowid FROM note_fts "
                         "WHERE note_fts MATCH ?) AND (SELECT o.deleted FROM note o "
                         "INDEXED BY note_owner WHERE o.rid = n.rid) = 0)")
        else:
            terms.append(f"m.rid IN ({sql})")
        params += values
    return "(" + " OR ".join(terms) + ")", params


def name_prefixes(tokens: list[str]) -> tuple[str, list[Any]] | None:
    """The condition :func:`search_rids` selects when every word is 1–2 letters (the
    start of a first or last name), on the member row itself; else ``None``."""
    if any(len(t) >= 3 or any(ch.isdigit() for ch in t) for t in tokens):
        return None
    terms, params = [], []
    for token in tokens:
        low, high = _prefix_range(token)
        terms.append("(m.last_name COLLATE NOCASE >= ? AND m.last_name COLLATE NOCASE < ? "
                     "OR m.first_name COLLATE NOCASE >= ? AND m.first_name COLLATE NOCASE < ?)")
        params += [low, high, low, high]
    return " AND ".join(terms), params


def _prefix_range(prefix: str) -> tuple[str, str]:
    """``[low, high)`` bounds of the strings that start with ``prefix`` (NOCASE order)."""
    low = prefix.lower()
    return low, low[:-1] + chr(ord(low[-1]) + 1)


def _fts_phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'

