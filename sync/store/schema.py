"""Tables of the vault: replicated records and local bookkeeping.

Replicated tables (ARCHITECTURE §3) have a random UUID text ``id`` (the only unique
key), an integer ``rid`` used solely as a stable local rowid for full-text search, the
fields below, and a replicated ``deleted`` flag. No foreign keys: replicas create rows
independently. Their content is written only by :mod:`sync.replica` from change sets.

Local tables (``meta``, ``secret``, ``author``, ``changeset``, ``vv``, ``field_code``,
``row_index``, ``conflict``, ``erased``, ``saved_search``, ``export_log``) are this
replica's own bookkeeping and are never sent anywhere; so is each replicated row's
``clock`` column (its fields' stamps, :mod:`sync.store.clocks`), never hashed or sent.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlite_utils

from ..phrases import QT_TRANSLATE_NOOP, Phrase
from . import clocks

SCHEMA_VERSION = 7

# field kinds: text, int, bool, date (ISO yyyy-mm-dd), list (JSON list of text),
# json (JSON object). ``custom.<name>`` ops land in the member's ``custom`` JSON column.
TABLES: dict[str, dict[str, str]] = {
    # country (ISO 3166 alpha-2: how phone numbers are read) and currency (ISO 4217) (v4);
    # point_ratio: the coverage target, one point person per N people (v6)
    "branch": {"name": "text", "founder": "text", "nonce": "text", "country": "text",
               "currency": "text", "point_ratio": "int"},
    "device": {
        "name": "text",
        "pubkey": "text",
        "role": "text",
        "admitted_by": "text",
        "revoked_after": "int",
        "revoked_by": "text",
        # the device's Syncthing device ID and, if it has fixed ones, its addresses
        # (always-on sync); a carrier box is a row with only these, role CARRIER (v5)
        "syncthing_id": "text",
        "syncthing_addresses": "list",
    },
    "member": {
        "first_name": "text",
        "last_name": "text",
        "preferred_name": "text",
        "membership_no": "text",
        "emails": "list",
        "phones": "list",
        "address": "text",
        "postcode": "text",
        "workplace_id": "text",
        "department": "text",
        "job_title": "text",
        "status": "text",
        "status_override": "text",
        "override_until": "date",
        "joined_on": "date",
        "lapsed_on": "date",
        "dues_paid_until": "date",
        "assessment": "int",
        "basis": "text",
        "do_not_contact": "bool",
        "do_not_email": "bool",
        "do_not_phone": "bool",
        "do_not_sms": "bool",
        "do_not_post": "bool",
        "custom": "json",
        # organising (v6): the unit the person works or lives in, and their point person
        # (a member who keeps in touch with them)
        "unit_id": "text",
        "point_person_id": "text",
    },
    "member_tag": {"member_id": "text", "tag": "text"},
    "consent": {
        "member_id": "text",
        "kind": "text",
        "granted": "bool",
        "recorded_on": "date",
        "source": "text",
    },
    "workplace": {
        "name": "text",
        "employer": "text",
        "address": "text",
        "sector": "text",
        "notes": "text",
        # everyone who works there, members or not, and when they were counted (v6)
        "headcount": "int",
        "counted_on": "date",
    },
    "campaign": {
        "name": "text",
        "description": "text",
        "starts_on": "date",
        "ends_on": "date",
        "status": "text",
    },
    "note": {
        "member_id": "text",
        "campaign_id": "text",
        "date": "date",
        "method": "text",
        "outcome": "text",
        "text": "text",
        "follow_up_on": "date",
        "author_name": "text",
    },
    "task": {
        "member_id": "text",
        "campaign_id": "text",
        "title": "text",
        "due_on": "date",
        "done": "bool",
        "assignee": "text",
    },
    "meeting": {
        "title": "text",
        "date": "date",
        "location": "text",
        "quorum": "int",
        "notes": "text",
    },
    "attendance": {"meeting_id": "text", "member_id": "text", "status": "text"},
    # organising (v6, ARCHITECTURE §3): a workplace's (or building's) units, nested up to
    # three levels, each with a headcount of everyone there
    "unit": {"workplace_id": "text", "parent_id": "text", "name": "text", "kind": "text",
             "headcount": "int", "counted_on": "date"},
    # a structure test: an action everyone is asked to take, with a target share of each
    # unit's headcount (percent) and a deadline; the whole branch when no workplace
    "action": {"name": "text", "kind": "text", "campaign_id": "text", "workplace_id": "text",
               "target_share": "int", "starts_on": "date", "deadline": "date",
               "notes": "text"},
    # one person's answer to one action: one row per (action, person), its id derived
    # from both, so two laptops' answers for one person are one row (and, when they
    # differ, a conflict)
    "response": {"action_id": "text", "member_id": "text", "answer": "text"},
    # a relationship is two rows, one per person (``side`` "from" or "to"), that share a
    # random ``pair_id``: each row names one person only, so erasing either person
    # erases their row and leaves nothing that names them (see sync.records.organising)
    "relation": {"pair_id": "text", "member_id": "text", "side": "text", "kind": "text"},
    # a branch key of one epoch, sealed to one device's X25519 key (ARCHITECTURE §6)
    "key_envelope": {"epoch": "int", "device": "text", "sealed": "text"},
}

# Tables only an admin may write (the roster and the branch keys).
ADMIN_TABLES = ("branch", "key_envelope")

# The fields of its own device row a device may set itself (anything else in the roster
# is an admin's to write).
DEVICE_OWN_FIELDS = frozenset({"name", "syncthing_id", "syncthing_addresses"})

# The role of a carrier box: a device row without a device key, so it holds no branch key
# and no role of the roster's gives it any right to the data; laptops share the
# always-on folder (ciphertext only) with it.
CARRIER = "carrier"

# Tables whose rows belong to one member: erasing the member erases these rows too.
MEMBER_LINKED = ("member_tag", "consent", "note", "task", "attendance", "response",
                 "relation")

SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "bool": "INTEGER", "date": "TEXT",
             "list": "TEXT", "json": "TEXT"}

INDEXES = [
    # covering the default list order, so the first page needs no sort and no lookups
    "CREATE INDEX IF NOT EXISTS member_name ON member(deleted, last_name COLLATE NOCASE, "
    "first_name COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS member_first ON member(deleted, first_name COLLATE NOCASE)",
    "CREATE INDEX IF NOT EXISTS member_postcode ON member(postcode COLLATE NOCASE)",
    "CREATE INDEX IF NOT EXISTS member_number ON member(membership_no COLLATE NOCASE)",
    # covering the workplace list's member counts and assessment totals (v2)
    "CREATE INDEX IF NOT EXISTS member_workplace ON member(workplace_id, deleted, assessment)",
    "CREATE INDEX IF NOT EXISTS member_status ON member(status)",
    "CREATE INDEX IF NOT EXISTS member_tag_member ON member_tag(member_id)",
    "CREATE INDEX IF NOT EXISTS member_tag_tag ON member_tag(tag COLLATE NOCASE)",
    "CREATE INDEX IF NOT EXISTS consent_member ON consent(member_id)",
    "CREATE INDEX IF NOT EXISTS note_member ON note(member_id, date)",
    "CREATE INDEX IF NOT EXISTS note_campaign ON note(campaign_id, deleted)",  # v2
    # a search's note hits → their members without reading the notes themselves (v3)
    "CREATE INDEX IF NOT EXISTS note_owner ON note(rid, deleted, member_id)",
    "CREATE INDEX IF NOT EXISTS task_member ON task(member_id)",
    "CREATE INDEX IF NOT EXISTS task_due ON task(done, due_on)",
    "CREATE INDEX IF NOT EXISTS attendance_meeting ON attendance(meeting_id)",
    "CREATE INDEX IF NOT EXISTS attendance_member ON attendance(member_id)",
    # organising (v6): a workplace's units, a unit's people, a point person's people, an
    # action's responses, a person's relationships and the other end of each
    "CREATE INDEX IF NOT EXISTS unit_workplace ON unit(workplace_id, deleted)",
    "CREATE INDEX IF NOT EXISTS member_unit ON member(unit_id, deleted)",
    "CREATE INDEX IF NOT EXISTS member_point ON member(point_person_id, deleted)",
    "CREATE INDEX IF NOT EXISTS response_action ON response(action_id, deleted)",
    "CREATE INDEX IF NOT EXISTS response_member ON response(member_id)",
    "CREATE INDEX IF NOT EXISTS relation_member ON relation(member_id, deleted)",
    "CREATE INDEX IF NOT EXISTS relation_pair ON relation(pair_id)",
    # what a peer lacks, per device, without reading the stored change sets: their
    # status and order come after their bytes in the row (overflow pages) (v7)
    "CREATE INDEX IF NOT EXISTS changeset_plan ON changeset(author, seq, status, "
    "applied_order)",
]
#: the name and table of each of :data:`INDEXES`, in order
_NAMED = [stmt.split(" IF NOT EXISTS ", 1)[1].split(" ON ", 1) for stmt in INDEXES]
INDEX_NAMES = tuple(name for name, _ in _NAMED)
#: indexes whose keys arrive in order as rows are inserted (they lead with the row's
#: local number): kept up row by row, they cost a bulk load almost nothing, and
#: building one afterwards costs a scan of its table
IN_ORDER_INDEXES = ("note_owner",)
#: those on the replicated tables a bulk load builds after the rows
ROW_INDEXES = tuple(name for name, on in _NAMED if on.split("(", 1)[0] in TABLES
                    and name not in IN_ORDER_INDEXES)


def drop_row_indexes(conn) -> None:
    """Drop the secondary indexes of the replicated tables (:data:`ROW_INDEXES`, all but
    those kept in order): a bulk load into an empty vault builds them once afterwards
    (:func:`create_indexes`). None is UNIQUE, so no answer changes meanwhile, only how
    fast some are found."""
    for name in ROW_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {name}")


def create_indexes(conn) -> None:
    """Create whichever of :data:`INDEXES` the vault lacks."""
    for stmt in INDEXES:
        conn.execute(stmt)


def indexes_missing(conn) -> bool:
    """Does the vault lack one of :data:`INDEXES` (a bulk load was cut short)?"""
    have = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}
    return not have.issuperset(INDEX_NAMES)


LOCAL = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE secret (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
    # authors: a local number for each device key seen, to keep the bookkeeping small
    "CREATE TABLE author (no INTEGER PRIMARY KEY, pk BLOB NOT NULL UNIQUE)",
    """CREATE TABLE changeset (
        no INTEGER PRIMARY KEY,
        hash BLOB NOT NULL UNIQUE,
        author INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        hlc INTEGER NOT NULL,
        body BLOB NOT NULL,
        sig BLOB NOT NULL,
        vals BLOB NOT NULL,
        status TEXT NOT NULL,
        reason TEXT,
        received_at INTEGER NOT NULL,
        applied_order INTEGER
    )""",
    "CREATE INDEX changeset_status ON changeset(status, author, seq)",
    "CREATE INDEX changeset_order ON changeset(applied_order)",
    # vv: per author, the highest seq applied with every earlier seq applied too
    "CREATE TABLE vv (author INTEGER PRIMARY KEY, seq INTEGER NOT NULL, hash BLOB NOT NULL)",
    # the local number of each field name, for the rows' clocks (sync.store.clocks)
    clocks.FIELD_CODES,
    # row_index: which change sets touched which row (history, erasure, recompute)
    "CREATE TABLE row_index (tbl TEXT NOT NULL, row TEXT NOT NULL, cs INTEGER NOT NULL, "
    "PRIMARY KEY (tbl, row, cs)) WITHOUT ROWID",
    "CREATE TABLE conflict (tbl TEXT NOT NULL, row TEXT NOT NULL, field TEXT NOT NULL, "
    "PRIMARY KEY (tbl, row, field)) WITHOUT ROWID",
    "CREATE TABLE erased (tbl TEXT NOT NULL, row TEXT NOT NULL, cs INTEGER, "
    "PRIMARY KEY (tbl, row)) WITHOUT ROWID",
    # link: every (member, row) pairing any held change set made, for erasure's reach
    "CREATE TABLE link (member_id TEXT NOT NULL, tbl TEXT NOT NULL, row TEXT NOT NULL, "
    "PRIMARY KEY (member_id, tbl, row)) WITHOUT ROWID",
    "CREATE TABLE saved_search (name TEXT PRIMARY KEY, query TEXT NOT NULL)",
    """CREATE TABLE export_log (
        no INTEGER PRIMARY KEY, at TEXT NOT NULL, device TEXT NOT NULL, kind TEXT NOT NULL,
        rows INTEGER NOT NULL, columns TEXT NOT NULL, target TEXT NOT NULL
    )""",
]

FTS = [
    # Names and contacts: trigram, so any 3+ character fragment of a name, email or
    # phone number matches. Contentless with delete support: no second copy of values.
    "CREATE VIRTUAL TABLE member_fts USING fts5(name, contact, content='', "
    "contentless_delete=1, tokenize='trigram remove_diacritics 1')",
    "CREATE VIRTUAL TABLE note_fts USING fts5(text, content='', contentless_delete=1, "
    "tokenize='unicode61 remove_diacritics 2')",
    # Erased values must really leave the index, not linger in free b-tree pages.
    "INSERT INTO member_fts(member_fts, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 1)",
]


def table_ddl(table: str) -> str:
    cols = ",\n    ".join(
        f"{name} {SQL_TYPES[kind]}" for name, kind in TABLES[table].items()
    )
    return (
        f"CREATE TABLE {table} (\n    rid INTEGER PRIMARY KEY,\n    id TEXT NOT NULL UNIQUE,\n"
        f"    {cols},\n    deleted INTEGER NOT NULL DEFAULT 0,\n    clock BLOB\n)"
    )


def install(conn) -> None:
    """Create every table in a new, empty vault (one transaction)."""
    conn.execute("BEGIN")
    try:
        for stmt in LOCAL:
            conn.execute(stmt)
        for table in TABLES:
            conn.execute(table_ddl(table))
        create_indexes(conn)
        for stmt in FTS:
            conn.execute(stmt)
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def upgrade(conn, version: int) -> None:
    """Bring an older vault up to :data:`SCHEMA_VERSION`, in one transaction.

    2: the workplace index covers ``deleted`` and ``assessment``, the campaign index of
    notes covers ``deleted`` (the workplace and campaign lists' counts read indexes
    alone: 1.5 s → 0.08 s and 1.4 s → 0.01 s at 50,000 members, 200,000 notes).
    3: ``note_owner`` maps a note's rowid to its member and ``deleted`` flag, so a
    search's hits in conversation notes never read the notes' own pages (a 10 MB index
    instead of random pages of a 60 MB table, decrypted on first use).
    4: the branch has a ``country`` and a ``currency`` (replicated, set by an admin);
    an older branch has neither until an admin sets them.
    5: a device row may carry its Syncthing device ID and addresses (always-on sync);
    a carrier box is a device row of its own.
    6: organising: the tables ``unit``, ``action``, ``response`` and ``relation``; a
    person's ``unit_id`` and ``point_person_id``; a workplace's ``headcount`` and
    ``counted_on``; the branch's ``point_ratio``. Old rows hold none of them.
    7: ``changeset_plan`` covers what export planning reads (it replaces the index on
    (author, seq), its prefix); the rows' clocks move from the ``clock`` table into
    each row's own ``clock`` column, stamps by change-set number
    (:func:`sync.store.clocks.migrate`; about 2.9 kB less per member), after the
    tables and fields of 5 and 6 exist, so theirs move too.
    Tables and fields added by later versions are created by :func:`add_missing`.
    """
    from ..errors import VaultCorrupt

    if version > SCHEMA_VERSION:
        raise VaultCorrupt(
            f"This vault was written by a newer Caucus (schema {version}); "
            "update Caucus to open it."
        )
    if version == SCHEMA_VERSION:
        if indexes_missing(conn):  # a join was stopped before it built them: build now
            with _immediate(conn):
                create_indexes(conn)
        return
    with _immediate(conn):
        if version < 2:
            conn.execute("DROP INDEX IF EXISTS member_workplace")
            conn.execute("DROP INDEX IF EXISTS note_campaign")
        if version < 7:
            conn.execute("DROP INDEX IF EXISTS changeset_author")
        add_missing(conn)
        if version < 7:
            clocks.migrate(conn, list(TABLES))
        create_indexes(conn)
        if conn.execute("SELECT 1 FROM changeset WHERE status = 'rejected' AND reason = ? "
                        "LIMIT 1", (NEWER_WRITER,)).fetchone():
            # change sets set aside for fields this build may know now: recompute
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('recompute', '1')")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                     (str(SCHEMA_VERSION),))


@contextlib.contextmanager
def _immediate(conn) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def add_missing(conn) -> None:
    """Create in place what this build's schema has and an older vault lacks: a
    replicated table added since (empty), a field added to a table (NULL until written).

    sqlite-utils reads what the vault holds (``exists``, ``columns_dict``) and adds the
    columns; a table is made from this module's own DDL (``WITHOUT ROWID`` bookkeeping
    and contentless FTS5 tables are beyond what sqlite-utils creates, so the schema
    itself stays SQL). Nothing is ever dropped or rewritten: a vault keeps every value.
    """
    db = sqlite_utils.Database(conn)
    for table, fields in TABLES.items():
        if not db[table].exists():
            conn.execute(table_ddl(table))
            continue
        have = db[table].columns_dict
        for name, kind in fields.items():
            if name not in have:
                db[table].add_column(name, SQL_TYPES[kind])
        if "clock" not in have:
            db[table].add_column("clock", bytes)


#: why a change set naming a field this build does not know is set aside (rejected): a
#: newer Caucus wrote it. After an upgrade that knows the field, the state is recomputed
#: and such change sets apply (see :func:`upgrade` and ``Replica``'s start).
NEWER_WRITER = Phrase(QT_TRANSLATE_NOOP(
    "phrases", "It holds fields this version of Caucus does not know (a newer version wrote "
    "it); update Caucus and it is applied."))


def knows_field(table: str, field: str) -> bool:
    """Whether this build can apply ``field`` of ``table`` (the erase marker included)."""
    return (field in TABLES.get(table, ()) or field in ("deleted", "!erase")
            or (table == "member" and field.startswith("custom.")))


def field_kind(table: str, field: str) -> str:
    if field == "deleted":
        return "bool"
    if table == "member" and field.startswith("custom."):
        return "text"
    return TABLES[table][field]
