"""The branch's records: members, workplaces, campaigns, notes, tasks, meetings.

Typed records in, typed records out. Every write is validated here (clear messages
naming the field), then goes through :meth:`Replica.transaction`, so each call is one
signed change set. Queries are plain SQL over the materialised tables; filters and
sorting happen in SQL so a 50,000-member list never has to be loaded whole.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import email_validator
import phonenumbers

from .. import changes
from ..errors import UnknownField, UnknownId, ValidationError
from ..replica import Replica
from ..store import schema
from ..store.vault import Vault, db_errors

STATUSES = ("prospect", "member", "arrears", "lapsed", "resigned", "deceased")
BASES = ("member", "former_member", "regular_contact", "other")
CONSENT_KINDS = ("email", "phone", "sms", "post", "data_processing")
NOTE_METHODS = ("in_person", "phone", "email", "text", "video", "meeting", "other")
ATTENDANCE = ("attended", "apologies", "absent")
CAMPAIGN_STATUSES = ("planned", "active", "won", "lost", "closed")
DEFAULT_GRACE_DAYS = 90
DEFAULT_REGION = "GB"
NARROW_SEARCH = 1500  # fewer hits than this: look them up by rowid rather than walk
NARROW_FIRST_PAGE = 800  # the same when only the first page is wanted (the walk stops early)

MEMBER_FIELDS = tuple(schema.TABLES["member"])
MEMBER_SORTS = {
    "name": "m.last_name COLLATE NOCASE {d}, m.first_name COLLATE NOCASE {d}",
    "first_name": "m.first_name COLLATE NOCASE {d}",
    "last_name": "m.last_name COLLATE NOCASE {d}, m.first_name COLLATE NOCASE {d}",
    "status": "status {d}",
    "workplace": "w.name COLLATE NOCASE {d}",
    "assessment": "m.assessment {d}",
    "dues_paid_until": "m.dues_paid_until {d}",
    "joined_on": "m.joined_on {d}",
    "membership_no": "m.membership_no {d}",
    "email": "m.emails {d}",
    "phone": "m.phones {d}",
}


# -- records ----------------------------------------------------------------------------
@dataclass
class Consent:
    id: str
    kind: str
    granted: bool
    recorded_on: str | None
    source: str | None


@dataclass
class Member:
    id: str
    first_name: str | None = None
    last_name: str | None = None
    preferred_name: str | None = None
    membership_no: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    address: str | None = None
    postcode: str | None = None
    workplace_id: str | None = None
    workplace: str | None = None
    department: str | None = None
    job_title: str | None = None
    status: str | None = None
    effective_status: str | None = None
    status_override: str | None = None
    override_until: str | None = None
    joined_on: str | None = None
    lapsed_on: str | None = None
    dues_paid_until: str | None = None
    assessment: int | None = None
    basis: str | None = None
    do_not_contact: bool = False
    do_not_email: bool = False
    do_not_phone: bool = False
    do_not_sms: bool = False
    do_not_post: bool = False
    custom: dict[str, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    deleted: bool = False

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name or ""
        return " ".join(x for x in (first, self.last_name) if x) or "(no name)"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class MemberRow:
    """One line of the member list (what the table shows)."""

    id: str
    first_name: str | None
    last_name: str | None
    preferred_name: str | None
    email: str | None
    phone: str | None
    workplace: str | None
    status: str | None
    assessment: int | None
    dues_paid_until: str | None
    membership_no: str | None
    deleted: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Workplace:
    id: str
    name: str
    employer: str | None = None
    address: str | None = None
    sector: str | None = None
    notes: str | None = None
    members: int = 0
    assessed: int = 0
    assessment_total: int = 0
    assessment_counts: dict[str, int] = field(default_factory=dict)
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Campaign:
    id: str
    name: str
    description: str | None = None
    starts_on: str | None = None
    ends_on: str | None = None
    status: str | None = None
    notes: int = 0
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Note:
    id: str
    member_id: str | None
    campaign_id: str | None
    date: str | None
    method: str | None
    outcome: str | None
    text: str | None
    follow_up_on: str | None
    author_name: str | None
    member_name: str | None = None
    campaign: str | None = None
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Task:
    id: str
    title: str
    member_id: str | None = None
    campaign_id: str | None = None
    due_on: str | None = None
    done: bool = False
    assignee: str | None = None
    member_name: str | None = None
    deleted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Meeting:
    id: str
    title: str
    date: str | None = None
    location: str | None = None
    quorum: int | None = None
    notes: str | None = None
    attended: int = 0
    apologies: int = 0
    absent: int = 0
    deleted: bool = False

    @property
    def quorate(self) -> bool | None:
        return None if not self.quorum else self.attended >= self.quorum

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["quorate"] = self.quorate
        return d


@dataclass
class MemberQuery:
    """Filters of the member list; every one is applied in SQL."""

    search: str = ""
    status: str | None = None
    workplace_id: str | None = None
    tag: str | None = None
    arrears_before: str | None = None  # dues unpaid past this date
    assessment_min: int | None = None
    assessment_max: int | None = None
    include_deleted: bool = False
    only_deleted: bool = False

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> MemberQuery:
        data = json.loads(text)
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


# -- validation -------------------------------------------------------------------------
def clean_text(value: Any, name: str, max_len: int = 2000) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        value = str(value)
    value = value.strip()
    if len(value) > max_len:
        raise ValidationError(f"{_label(name)} is too long (at most {max_len} characters).", name)
    return value or None


def clean_date(value: Any, name: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        parsed = dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"{_label(name)} must be a date like 2024-03-31, not {text!r}.", name
        ) from None
    if not 1900 <= parsed.year <= 2200:
        raise ValidationError(f"{_label(name)} {text} is not a plausible date.", name)
    return parsed.isoformat()


def clean_email(value: str, name: str = "emails") -> str:
    try:
        return email_validator.validate_email(
            value.strip(), check_deliverability=False
        ).normalized
    except email_validator.EmailNotValidError as exc:
        raise ValidationError(f"{value.strip()!r} is not a valid email address: {exc}", name) \
            from None


def clean_phone(value: str, region: str = DEFAULT_REGION, name: str = "phones") -> str:
    text = value.strip()
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(f"{text!r} is not a phone number.", name) from None
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise ValidationError(f"{text!r} is not a valid phone number.", name)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def clean_bool(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return bool(value)
    text = str(value).strip().lower()
    if text in ("1", "yes", "y", "true", "on", "x"):
        return True
    if text in ("0", "no", "n", "false", "off", ""):
        return False
    raise ValidationError(f"{_label(name)} must be yes or no, not {value!r}.", name)


def clean_choice(value: Any, name: str, choices: Iterable[str]) -> str | None:
    text = clean_text(value, name)
    if text is None:
        return None
    norm = text.lower().replace(" ", "_").replace("-", "_")
    choices = tuple(choices)
    if norm not in choices:
        raise ValidationError(
            f"{_label(name)} must be one of {', '.join(choices)}, not {text!r}.", name
        )
    return norm


def clean_assessment(value: Any, name: str = "assessment") -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(f"Assessment must be a whole number 0–5, not {value!r}.", name) \
            from None
    if not 0 <= number <= 5:
        raise ValidationError(f"Assessment must be between 0 and 5, not {number}.", name)
    return number


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [p for p in re.split(r"[;,\n]", value) if p.strip()]
    return [str(v) for v in value if v is not None and str(v).strip()]


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def clean_member_fields(fields: Mapping[str, Any], region: str = DEFAULT_REGION,
                        ) -> dict[str, Any]:
    """Validate and normalise member fields; unknown names raise :class:`UnknownField`."""
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name.startswith("custom."):
            key = name[7:].strip()
            if not key:
                raise UnknownField("A custom field needs a name, like custom.shift=nights.", name)
            out[f"custom.{key}"] = clean_text(value, name)
            continue
        kind = schema.TABLES["member"].get(name)
        if kind is None or name == "custom":
            raise UnknownField(f"Members have no field called {name!r}.", name)
        if name == "emails":
            out[name] = _dedupe([clean_email(v) for v in _as_list(value)])
        elif name == "phones":
            out[name] = _dedupe([clean_phone(v, region) for v in _as_list(value)])
        elif name in ("status", "status_override"):
            out[name] = clean_choice(value, name, STATUSES)
        elif name == "basis":
            out[name] = clean_choice(value, name, BASES)
        elif name == "assessment":
            out[name] = clean_assessment(value)
        elif kind == "date":
            out[name] = clean_date(value, name)
        elif kind == "bool":
            out[name] = clean_bool(value, name)
        else:
            out[name] = clean_text(value, name)
    return out


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _search_rids(tokens: list[str], text: str) -> tuple[str, list[Any]]:
    """SQL selecting the rowids of members matching a typed search, and its parameters.

    3+ character words match any fragment of names and contacts (trigram index); 1–2
    character words the start of a first or last name, or with a digit of a postcode or
    membership number; words of 4+ characters also the start of words in the member's
    conversation notes; a query with a digit and a space may be a whole postcode.
    """
    long_tokens = [t for t in tokens if len(t) >= 3]
    short_tokens = [t for t in tokens if len(t) < 3]
    parts: list[str] = []
    params: list[Any] = []
    if long_tokens:
        parts.append("SELECT rowid FROM member_fts WHERE member_fts MATCH ?")
        params.append(" AND ".join(_fts_phrase(t) for t in long_tokens))
    for token in short_tokens:
        low, high = _prefix_range(token)
        if any(ch.isdigit() for ch in token):
            parts.append(
                "SELECT rid FROM member WHERE postcode COLLATE NOCASE >= ? AND postcode "
                "COLLATE NOCASE < ? UNION SELECT rid FROM member WHERE membership_no "
                "COLLATE NOCASE >= ? AND membership_no COLLATE NOCASE < ?")
        else:
            parts.append(
                "SELECT rid FROM member WHERE deleted IN (0, 1) AND last_name COLLATE NOCASE "
                ">= ? AND last_name COLLATE NOCASE < ? UNION SELECT rid FROM member WHERE "
                "deleted IN (0, 1) AND first_name COLLATE NOCASE >= ? AND "
                "first_name COLLATE NOCASE < ?")
        params += [low, high, low, high]
    alternatives = [" INTERSECT ".join(f"SELECT * FROM ({p})" for p in parts)]
    if not short_tokens and all(len(t) >= 4 for t in tokens):
        alternatives.append(
            "SELECT mm.rid FROM note_fts f JOIN note n INDEXED BY note_owner ON n.rid = f.rowid "
            "JOIN member mm ON mm.id = n.member_id WHERE note_fts MATCH ? AND n.deleted = 0")
        params.append(" AND ".join(_fts_phrase(t) + "*" for t in tokens))
    if any(ch.isdigit() for ch in text) and len(tokens) > 1:
        alternatives.append("SELECT rid FROM member WHERE replace(upper(postcode), ' ', '') "
                            "LIKE ?")
        params.append(text.upper().replace(" ", "").replace("%", "") + "%")
    return " UNION ".join(f"SELECT * FROM ({a})" for a in alternatives), params


def _name_prefixes(tokens: list[str]) -> tuple[str, list[Any]] | None:
    """The condition :func:`_search_rids` selects when every word is 1–2 letters (the
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


# -- the branch -------------------------------------------------------------------------
class Branch:
    """The records API over one open vault. Every mutating call is one change set."""

    def __init__(self, vault: Vault, replica: Replica | None = None) -> None:
        self.vault = vault
        self.replica = replica or Replica(vault)

    @property
    def conn(self):
        return self.vault.conn

    # settings -------------------------------------------------------------------------
    @property
    def region(self) -> str:
        return self.replica.meta("phone_region") or DEFAULT_REGION

    @property
    def grace_days(self) -> int:
        return int(self.replica.meta("grace_days") or DEFAULT_GRACE_DAYS)

    @property
    def name(self) -> str:
        row = self.conn.execute("SELECT name FROM branch LIMIT 1").fetchone()
        return row[0] if row else ""

    @property
    def device_name(self) -> str:
        return self.replica.device_name(self.replica.device_id)

    # helpers --------------------------------------------------------------------------
    def _exists(self, table: str, row_id: str, what: str) -> None:
        if self.conn.execute(
            f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)  # noqa: S608
        ).fetchone() is None:
            raise UnknownId(f"There is no {what} with id {row_id}.")

    def resolve_id(self, table: str, ref: str, what: str) -> str:
        """Accept a full id, a unique id prefix (6+ characters) or, where rows have
        names, an exact name (case-insensitive)."""
        ref = ref.strip()
        with db_errors():
            if self.conn.execute(
                f"SELECT 1 FROM {table} WHERE id = ?", (ref,)  # noqa: S608
            ).fetchone():
                return ref
            hits: list[str] = []
            if len(ref) >= 6 and re.fullmatch(r"[0-9a-fA-F-]+", ref):
                hits = [r[0] for r in self.conn.execute(
                    f"SELECT id FROM {table} WHERE id LIKE ? LIMIT 2",  # noqa: S608
                    (ref.lower() + "%",),
                )]
            name_col = {"workplace": "name", "campaign": "name", "meeting": "title"}.get(table)
            if not hits and name_col:
                hits = [r[0] for r in self.conn.execute(
                    f"SELECT id FROM {table} WHERE {name_col} = ? COLLATE NOCASE "  # noqa: S608
                    "AND deleted = 0 LIMIT 2", (ref,),
                )]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise UnknownId(f"More than one {what} matches {ref!r}; give more of the id.")
        raise UnknownId(f"There is no {what} {ref!r}.")

    def _write(self, table: str, row_id: str, fields: dict[str, Any]) -> None:
        with self.replica.transaction() as tx:
            tx.set(table, row_id, fields)

    # members --------------------------------------------------------------------------
    def add_member(self, *, tags: Iterable[str] = (), **fields: Any) -> str:
        clean = clean_member_fields(fields, self.region)
        if not clean.get("first_name") and not clean.get("last_name"):
            raise ValidationError("A member needs a first or last name.", "first_name")
        self._check_workplace(clean.get("workplace_id"))
        clean.setdefault("status", "member")
        clean.setdefault("basis", "member" if clean["status"] != "prospect" else
                         "regular_contact")
        clean.setdefault("do_not_contact", False)
        member_id = changes.new_id()
        with self.replica.transaction() as tx:
            tx.set("member", member_id, {"deleted": False, **clean})
            for tag in clean_tags(tags):
                tx.set("member_tag", changes.derived_id("tag", member_id, tag.lower()),
                       {"member_id": member_id, "tag": tag, "deleted": False})
        return member_id

    def update_member(self, member_id: str, **fields: Any) -> None:
        self._exists("member", member_id, "member")
        clean = clean_member_fields(fields, self.region)
        if "workplace_id" in clean:
            self._check_workplace(clean["workplace_id"])
        current = self.get_member(member_id)
        first = clean.get("first_name", current.first_name)
        last = clean.get("last_name", current.last_name)
        if not first and not last:
            raise ValidationError("A member needs a first or last name.", "first_name")
        changed = {k: v for k, v in clean.items() if _current_value(current, k) != v}
        if changed:
            self._write("member", member_id, changed)

    def _check_workplace(self, workplace_id: str | None) -> None:
        if workplace_id:
            self._exists("workplace", workplace_id, "workplace")

    def delete_member(self, member_id: str) -> None:
        self._exists("member", member_id, "member")
        self._write("member", member_id, {"deleted": True})

    def restore_member(self, member_id: str) -> None:
        self._exists("member", member_id, "member")
        self._write("member", member_id, {"deleted": False})

    def erase_member(self, member_id: str) -> list[str]:
        """GDPR erasure: the member and every record about them, on every replica.

        Records merged into this member (kept deleted, marked ``custom.merged_into``,
        at any depth) hold the same person's old details, so they are erased too, in
        the same change set. Returns every erased member id.
        """
        self._exists("member", member_id, "member")
        erased, todo = [member_id], [member_id]
        while todo:
            into = todo.pop()
            for (merged,) in self.conn.execute(
                "SELECT id FROM member WHERE json_extract(custom, '$.merged_into') = ?",
                (into,),
            ):
                if merged not in erased:
                    erased.append(merged)
                    todo.append(merged)
        with self.replica.transaction() as tx:
            for row in erased:
                tx.erase("member", row)
        return erased

    def set_tags(self, member_id: str, tags: Iterable[str]) -> None:
        self._exists("member", member_id, "member")
        wanted = {t.lower(): t for t in clean_tags(tags)}
        current = {r[1].lower(): r[0] for r in self.conn.execute(
            "SELECT id, tag FROM member_tag WHERE member_id = ? AND deleted = 0", (member_id,)
        )}
        with self.replica.transaction() as tx:
            for key, tag in wanted.items():
                if key not in current:
                    tx.set("member_tag", changes.derived_id("tag", member_id, key),
                           {"member_id": member_id, "tag": tag, "deleted": False})
            for key, row in current.items():
                if key not in wanted:
                    tx.set("member_tag", row, {"deleted": True})

    def add_tag(self, member_id: str, tag: str) -> None:
        self.set_tags(member_id, [*self.member_tags(member_id), tag])

    def remove_tag(self, member_id: str, tag: str) -> None:
        self.set_tags(member_id, [t for t in self.member_tags(member_id)
                                  if t.lower() != tag.strip().lower()])

    def member_tags(self, member_id: str) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT tag FROM member_tag WHERE member_id = ? AND deleted = 0 "
            "ORDER BY tag COLLATE NOCASE", (member_id,)
        )]

    def all_tags(self) -> list[tuple[str, int]]:
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT t.tag, count(*) FROM member_tag t JOIN member m ON m.id = t.member_id "
            "WHERE t.deleted = 0 AND m.deleted = 0 GROUP BY lower(t.tag) "
            "ORDER BY t.tag COLLATE NOCASE"
        )]

    def add_consent(self, member_id: str, kind: str, granted: bool = True,
                    recorded_on: str | None = None, source: str | None = None) -> str:
        self._exists("member", member_id, "member")
        fields = {
            "member_id": member_id,
            "kind": clean_choice(kind, "kind", CONSENT_KINDS),
            "granted": clean_bool(granted, "granted"),
            "recorded_on": clean_date(recorded_on, "recorded_on") or dt.date.today().isoformat(),
            "source": clean_text(source, "source"),
            "deleted": False,
        }
        consent_id = changes.new_id()
        self._write("consent", consent_id, fields)
        return consent_id

    def get_member(self, member_id: str) -> Member:
        with db_errors():
            row = self.conn.execute(
                f"SELECT m.id, {', '.join('m.' + f for f in MEMBER_FIELDS)}, m.deleted, "
                f"w.name, {self._status_sql()} FROM member m "  # noqa: S608
                "LEFT JOIN workplace w ON w.id = m.workplace_id WHERE m.id = ?",
                self._status_params() + [member_id],
            ).fetchone()
            if row is None:
                raise UnknownId(f"There is no member with id {member_id}.")
            values = dict(zip(("id", *MEMBER_FIELDS, "deleted", "workplace",
                               "effective_status"), row, strict=True))
            for name in ("emails", "phones"):
                values[name] = json.loads(values[name]) if values[name] else []
            values["custom"] = json.loads(values["custom"]) if values["custom"] else {}
            for name, kind in schema.TABLES["member"].items():
                if kind == "bool":
                    values[name] = bool(values[name])
            values["deleted"] = bool(values["deleted"])
            member = Member(**values)
            member.tags = self.member_tags(member_id)
            member.consents = [
                Consent(r[0], r[1], bool(r[2]), r[3], r[4]) for r in self.conn.execute(
                    "SELECT id, kind, granted, recorded_on, source FROM consent "
                    "WHERE member_id = ? AND deleted = 0 ORDER BY recorded_on, kind",
                    (member_id,),
                )
            ]
        return member

    def _status_sql(self) -> str:
        return (
            "CASE WHEN m.status_override IS NOT NULL AND "
            "(m.override_until IS NULL OR m.override_until >= ?) THEN m.status_override "
            "WHEN m.status = 'member' AND m.dues_paid_until IS NOT NULL "
            "AND m.dues_paid_until < ? THEN 'lapsed' "
            "WHEN m.status = 'member' AND m.dues_paid_until IS NOT NULL "
            "AND m.dues_paid_until < ? THEN 'arrears' ELSE m.status END"
        )

    def _status_params(self, today: dt.date | None = None) -> list[str]:
        today = today or dt.date.today()
        grace = today - dt.timedelta(days=self.grace_days)
        return [today.isoformat(), grace.isoformat(), today.isoformat()]

    def _member_where(self, q: MemberQuery, narrow_below: int = NARROW_SEARCH,
                      ) -> tuple[str, list[Any], bool]:
        """WHERE clause and parameters for a member query, and whether it is *narrow*.

        A narrow search (fewer hits than ``narrow_below``) is best answered by looking
        its hits up by rowid and sorting them; a broad one by walking the name index in
        order and testing each entry. A unary ``+`` on a term hides an index from
        SQLite's planner.
        """
        where: list[str] = []
        params: list[Any] = []
        tokens = [t for t in re.split(r"\s+", q.search.strip()) if t]
        search_sql, search_params = _search_rids(tokens, q.search) if tokens else ("", [])
        hits: list[int] = []
        if tokens:
            with db_errors():
                hits = [r[0] for r in self.conn.execute(
                    f"SELECT * FROM ({search_sql}) LIMIT {narrow_below}",  # noqa: S608
                    search_params)]
        narrow = bool(tokens) and len(hits) < narrow_below
        plus = "+" if narrow else ""
        if q.only_deleted:
            where.append(f"{plus}m.deleted = 1")
        elif not q.include_deleted:
            where.append(f"{plus}m.deleted = 0")
        if q.status:
            where.append(f"({self._status_sql()}) = ?")
            params += self._status_params() + [q.status]
        if q.workplace_id:
            where.append("m.workplace_id = ?")
            params.append(q.workplace_id)
        if q.tag:
            where.append("m.id IN (SELECT member_id FROM member_tag WHERE deleted = 0 "
                         "AND tag = ? COLLATE NOCASE)")
            params.append(q.tag.strip())
        if q.arrears_before:
            where.append("m.status IN ('member', 'arrears') AND "
                         "(m.dues_paid_until IS NULL OR m.dues_paid_until < ?)")
            params.append(clean_date(q.arrears_before, "arrears_before"))
        if q.assessment_min is not None:
            where.append("m.assessment >= ?")
            params.append(int(q.assessment_min))
        if q.assessment_max is not None:
            where.append("m.assessment <= ?")
            params.append(int(q.assessment_max))
        if narrow:
            # the hits were just found: looked up by rowid, not searched for again
            where.append("m.rid IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(hits))
        elif tokens:
            prefixes = _name_prefixes(tokens)
            if prefixes is not None:
                # broad, names only: tested on each entry of the name index as it is
                # walked in order (6 ms → 0.8 ms for the first 200 of 6,000 hits)
                where.append(prefixes[0])
                params += prefixes[1]
            else:
                # one set of member rowids (INTERSECT within an alternative, UNION across)
                where.append(f"m.rid IN ({search_sql})")
                params += search_params
        return (" WHERE " + " AND ".join(where)) if where else "", params, narrow

    def count_members(self, q: MemberQuery | None = None) -> int:
        where, params, _narrow = self._member_where(q or MemberQuery())
        with db_errors():
            return self.conn.execute(
                f"SELECT count(*) FROM member m{where}", params  # noqa: S608
            ).fetchone()[0]

    def search_warmup(self, step_rows: int = 2000) -> Iterator[None]:
        """Read what a member search reads, a small step per ``next()``, so the first
        searches of a session find it decrypted in the page cache.

        The name indexes, the rowid → member maps, the full-text indexes of names and of
        notes, and the member rows: about 60 MB on a 50,000-member branch, read in
        steps of a few milliseconds (``desktop.tasks.TaskRunner.trickle`` runs them
        while the window waits for nothing else). 24 words searched once each on a
        fresh session of the benchmark branch: median 6–10 ms and p95 14–18 ms without
        it, 4.5 ms and 9 ms after it (0.6 s of steps of 5–20 ms).
        """
        conn = self.conn
        for sql in ("SELECT count(*) FROM member INDEXED BY member_name "
                    "WHERE deleted IN (0, 1)",
                    "SELECT count(*) FROM member INDEXED BY member_first "
                    "WHERE deleted IN (0, 1)",
                    "SELECT count(*) FROM member INDEXED BY sqlite_autoindex_member_1 "
                    "WHERE id >= ''",
                    "SELECT count(*) FROM member_fts_idx",
                    "SELECT count(*) FROM note_fts_idx"):
            with db_errors():
                conn.execute(sql).fetchone()
            yield
        # in rowid order, a step at a time: the member rows, the note → member index,
        # and the full-text index blocks (a few kB each)
        for sql, rows in (
            ("SELECT rid FROM member WHERE rid > ? ORDER BY rid LIMIT ?", step_rows),
            ("SELECT rid FROM note INDEXED BY note_owner WHERE rid > ? ORDER BY rid LIMIT ?",
             step_rows * 4),
            ("SELECT id, length(block || x'') FROM member_fts_data WHERE id > ? "
             "ORDER BY id LIMIT ?", max(1, step_rows // 20)),
            ("SELECT id, length(block || x'') FROM note_fts_data WHERE id > ? "
             "ORDER BY id LIMIT ?", max(1, step_rows // 20)),
        ):
            after = -(2 ** 63)
            while True:
                with db_errors():
                    got = conn.execute(sql, (after, rows)).fetchall()
                if not got:
                    break
                after = got[-1][0]
                yield

    def member_ids(self, q: MemberQuery | None = None, sort: str = "name",
                   descending: bool = False, limit: int | None = None) -> list[str]:
        """Ids of every matching member, in display order (the list's backbone).

        With ``limit``, only the first ones: a broad search then walks the name index
        and stops early, so the first page of a search that matches thousands shows
        before the whole list is known (see ``desktop.models.members``).
        """
        q = q or MemberQuery()
        where, params, narrow = self._member_where(
            q, NARROW_SEARCH if limit is None else NARROW_FIRST_PAGE)
        order = self._order(sort, descending, narrow=narrow)
        join = "LEFT JOIN workplace w ON w.id = m.workplace_id" if sort == "workplace" else ""
        status_col = f", {self._status_sql()} AS status" if sort == "status" else ""
        sparams = self._status_params() if sort == "status" else []
        tail = "" if limit is None else f" LIMIT {int(limit)}"
        with db_errors():
            return [r[0] for r in self.conn.execute(
                f"SELECT m.id{status_col} FROM member m {join}{where} "  # noqa: S608
                f"ORDER BY {order}{tail}", sparams + params,
            )]

    def _order(self, sort: str, descending: bool, narrow: bool = False) -> str:
        template = MEMBER_SORTS.get(sort)
        if template is None:
            raise ValidationError(
                f"Cannot sort by {sort!r}; use one of {', '.join(MEMBER_SORTS)}.", "sort"
            )
        order = template.format(d="DESC" if descending else "ASC") + ", m.id"
        if narrow:
            order = ", ".join("+" + term.strip() for term in order.split(","))
        return order

    def member_rows(self, ids: list[str]) -> list[MemberRow]:
        """The list columns for the given ids, in the same order (missing ids dropped)."""
        if not ids:
            return []
        found: dict[str, MemberRow] = {}
        with db_errors():
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ", ".join("?" * len(chunk))
                for r in self.conn.execute(
                    "SELECT m.id, m.first_name, m.last_name, m.preferred_name, m.emails, "
                    f"m.phones, w.name, {self._status_sql()}, m.assessment, "  # noqa: S608
                    "m.dues_paid_until, m.membership_no, m.deleted FROM member m "
                    f"LEFT JOIN workplace w ON w.id = m.workplace_id WHERE m.id IN ({marks})",
                    self._status_params() + chunk,
                ):
                    emails = json.loads(r[4]) if r[4] else []
                    phones = json.loads(r[5]) if r[5] else []
                    found[r[0]] = MemberRow(
                        r[0], r[1], r[2], r[3], emails[0] if emails else None,
                        phones[0] if phones else None, r[6], r[7], r[8], r[9], r[10],
                        bool(r[11]),
                    )
        return [found[i] for i in ids if i in found]

    def list_members(self, q: MemberQuery | None = None, sort: str = "name",
                     descending: bool = False, limit: int | None = None,
                     offset: int = 0) -> list[MemberRow]:
        ids = self.member_ids(q, sort, descending)
        end = None if limit is None else offset + limit
        return self.member_rows(ids[offset:end])

    def member_history(self, member_id: str) -> list[dict[str, Any]]:
        """Who changed what on this member and when (their tags and consents too)."""
        erased = self.conn.execute(
            "SELECT 1 FROM erased WHERE tbl = 'member' AND row = ?", (member_id,)
        ).fetchone()
        if not erased:
            self._exists("member", member_id, "member")
        out = []
        rows = [("member", member_id)] + [
            (t, r[0]) for t in ("member_tag", "consent") for r in self.conn.execute(
                f"SELECT id FROM {t} WHERE member_id = ?", (member_id,)  # noqa: S608
            )
        ]
        for table, row in rows:
            for entry in self.replica.history(table, row):
                out.append({
                    "table": table, "row": row, "field": entry.field, "value": entry.value,
                    "time": _hlc_iso(entry.hlc), "hlc": entry.hlc, "device": entry.device,
                    "device_name": entry.device_name, "seq": entry.seq,
                    "redacted": entry.redacted,
                })
        out.sort(key=lambda e: (e["hlc"], e["device"]))
        return out

    # workplaces -----------------------------------------------------------------------
    def add_workplace(self, name: str, **fields: Any) -> str:
        clean = self._clean_simple("workplace", {"name": name, **fields})
        if not clean.get("name"):
            raise ValidationError("A workplace needs a name.", "name")
        workplace_id = changes.new_id()
        self._write("workplace", workplace_id, {"deleted": False, **clean})
        return workplace_id

    def update_workplace(self, workplace_id: str, **fields: Any) -> None:
        self._exists("workplace", workplace_id, "workplace")
        self._write("workplace", workplace_id, self._clean_simple("workplace", fields))

    def list_workplaces(self) -> list[Workplace]:
        out = []
        with db_errors():
            rows = self.conn.execute(
                "SELECT w.id, w.name, w.employer, w.address, w.sector, w.notes, w.deleted, "
                "count(m.rid), count(m.assessment), coalesce(sum(m.assessment), 0) "
                "FROM workplace w LEFT JOIN member m ON m.workplace_id = w.id "
                "AND m.deleted = 0 WHERE w.deleted = 0 GROUP BY w.id "
                "ORDER BY w.name COLLATE NOCASE"
            ).fetchall()
            counts: dict[str, dict[str, int]] = {}
            for wid, score, n in self.conn.execute(
                "SELECT workplace_id, assessment, count(*) FROM member "
                "INDEXED BY member_workplace WHERE workplace_id > '' AND deleted = 0 "
                "AND assessment IS NOT NULL "
                "GROUP BY workplace_id, assessment"
            ):
                counts.setdefault(wid, {})[str(score)] = n
        for r in rows:
            out.append(Workplace(r[0], r[1], r[2], r[3], r[4], r[5], r[7], r[8], r[9],
                                 counts.get(r[0], {}), bool(r[6])))
        return out

    def get_workplace(self, workplace_id: str) -> Workplace:
        for w in self.list_workplaces():
            if w.id == workplace_id:
                return w
        raise UnknownId(f"There is no workplace with id {workplace_id}.")

    # campaigns ------------------------------------------------------------------------
    def add_campaign(self, name: str, **fields: Any) -> str:
        clean = self._clean_simple("campaign", {"name": name, **fields})
        if not clean.get("name"):
            raise ValidationError("A campaign needs a name.", "name")
        clean.setdefault("status", "active")
        campaign_id = changes.new_id()
        self._write("campaign", campaign_id, {"deleted": False, **clean})
        return campaign_id

    def update_campaign(self, campaign_id: str, **fields: Any) -> None:
        self._exists("campaign", campaign_id, "campaign")
        self._write("campaign", campaign_id, self._clean_simple("campaign", fields))

    def list_campaigns(self) -> list[Campaign]:
        with db_errors():
            return [
                Campaign(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in self.conn.execute(
                    "SELECT c.id, c.name, c.description, c.starts_on, c.ends_on, c.status, "
                    "(SELECT count(*) FROM note n WHERE n.campaign_id = c.id AND n.deleted = 0) "
                    "FROM campaign c WHERE c.deleted = 0 ORDER BY c.starts_on DESC, c.name"
                )
            ]

    # notes ----------------------------------------------------------------------------
    def add_note(self, text: str, member_id: str | None = None,
                 campaign_id: str | None = None, date: str | None = None,
                 method: str | None = None, outcome: str | None = None,
                 follow_up_on: str | None = None) -> str:
        body = clean_text(text, "text", 20000)
        if not body:
            raise ValidationError("A note needs some text.", "text")
        if member_id:
            self._exists("member", member_id, "member")
        if campaign_id:
            self._exists("campaign", campaign_id, "campaign")
        fields = {
            "member_id": member_id, "campaign_id": campaign_id, "text": body,
            "date": clean_date(date, "date") or dt.date.today().isoformat(),
            "method": clean_choice(method, "method", NOTE_METHODS),
            "outcome": clean_text(outcome, "outcome"),
            "follow_up_on": clean_date(follow_up_on, "follow_up_on"),
            "author_name": self.device_name, "deleted": False,
        }
        note_id = changes.new_id()
        with self.replica.transaction() as tx:
            tx.set("note", note_id, fields)
            if fields["follow_up_on"]:
                tx.set("task", changes.new_id(), {
                    "member_id": member_id, "campaign_id": campaign_id,
                    "title": f"Follow up: {body[:60]}", "due_on": fields["follow_up_on"],
                    "done": False, "deleted": False,
                })
        return note_id

    def list_notes(self, member_id: str | None = None, campaign_id: str | None = None,
                   limit: int | None = None) -> list[Note]:
        where = ["n.deleted = 0"]
        params: list[Any] = []
        if member_id:
            where.append("n.member_id = ?")
            params.append(member_id)
        if campaign_id:
            where.append("n.campaign_id = ?")
            params.append(campaign_id)
        sql = (
            "SELECT n.id, n.member_id, n.campaign_id, n.date, n.method, n.outcome, n.text, "
            "n.follow_up_on, n.author_name, trim(coalesce(m.first_name, '') || ' ' || "
            "coalesce(m.last_name, '')), c.name, n.deleted FROM note n "
            "LEFT JOIN member m ON m.id = n.member_id LEFT JOIN campaign c ON "
            f"c.id = n.campaign_id WHERE {' AND '.join(where)} ORDER BY n.date DESC, n.rid DESC"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        with db_errors():
            return [Note(*r[:11], deleted=bool(r[11])) for r in self.conn.execute(sql, params)]

    # tasks ----------------------------------------------------------------------------
    def add_task(self, title: str, due_on: str | None = None, member_id: str | None = None,
                 campaign_id: str | None = None, assignee: str | None = None) -> str:
        title_clean = clean_text(title, "title")
        if not title_clean:
            raise ValidationError("A task needs a title.", "title")
        if member_id:
            self._exists("member", member_id, "member")
        task_id = changes.new_id()
        self._write("task", task_id, {
            "title": title_clean, "due_on": clean_date(due_on, "due_on"),
            "member_id": member_id, "campaign_id": campaign_id,
            "assignee": clean_text(assignee, "assignee"), "done": False, "deleted": False,
        })
        return task_id

    def complete_task(self, task_id: str, done: bool = True) -> None:
        self._exists("task", task_id, "task")
        self._write("task", task_id, {"done": done})

    def list_tasks(self, include_done: bool = False, member_id: str | None = None,
                   due_before: str | None = None) -> list[Task]:
        where = ["t.deleted = 0"]
        params: list[Any] = []
        if not include_done:
            where.append("t.done = 0")
        if member_id:
            where.append("t.member_id = ?")
            params.append(member_id)
        if due_before:
            where.append("t.due_on <= ?")
            params.append(clean_date(due_before, "due_before"))
        with db_errors():
            return [
                Task(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7])
                for r in self.conn.execute(
                    "SELECT t.id, t.title, t.member_id, t.campaign_id, t.due_on, t.done, "
                    "t.assignee, trim(coalesce(m.first_name, '') || ' ' || "
                    "coalesce(m.last_name, '')) FROM task t LEFT JOIN member m "
                    f"ON m.id = t.member_id WHERE {' AND '.join(where)} "  # noqa: S608
                    "ORDER BY t.due_on IS NULL, t.due_on, t.title", params,
                )
            ]

    # meetings -------------------------------------------------------------------------
    def add_meeting(self, title: str, date: str | None = None, location: str | None = None,
                    quorum: int | None = None, notes: str | None = None) -> str:
        clean = self._clean_simple("meeting", {
            "title": title, "date": date, "location": location, "quorum": quorum, "notes": notes,
        })
        if not clean.get("title"):
            raise ValidationError("A meeting needs a title.", "title")
        if clean.get("quorum") is not None and clean["quorum"] < 0:
            raise ValidationError("Quorum cannot be negative.", "quorum")
        meeting_id = changes.new_id()
        self._write("meeting", meeting_id, {"deleted": False, **clean})
        return meeting_id

    def set_attendance(self, meeting_id: str, member_id: str, status: str) -> None:
        self._exists("meeting", meeting_id, "meeting")
        self._exists("member", member_id, "member")
        value = clean_choice(status, "status", ATTENDANCE)
        self._write("attendance", changes.derived_id("attendance", meeting_id, member_id), {
            "meeting_id": meeting_id, "member_id": member_id, "status": value,
            "deleted": False,
        })

    def attendance(self, meeting_id: str) -> list[tuple[str, str, str]]:
        """``(member_id, member name, status)`` for everyone marked at the meeting."""
        return [(r[0], r[1], r[2]) for r in self.conn.execute(
            "SELECT a.member_id, trim(coalesce(m.first_name, '') || ' ' || "
            "coalesce(m.last_name, '')), a.status FROM attendance a JOIN member m "
            "ON m.id = a.member_id WHERE a.meeting_id = ? AND a.deleted = 0 "
            "ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE", (meeting_id,)
        )]

    def list_meetings(self) -> list[Meeting]:
        with db_errors():
            return [
                Meeting(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or 0, r[7] or 0, r[8] or 0)
                for r in self.conn.execute(
                    "SELECT g.id, g.title, g.date, g.location, g.quorum, g.notes, "
                    "sum(a.status = 'attended'), sum(a.status = 'apologies'), "
                    "sum(a.status = 'absent') FROM meeting g LEFT JOIN attendance a ON "
                    "a.meeting_id = g.id AND a.deleted = 0 WHERE g.deleted = 0 GROUP BY g.id "
                    "ORDER BY g.date DESC, g.title"
                )
            ]

    def get_meeting(self, meeting_id: str) -> Meeting:
        for m in self.list_meetings():
            if m.id == meeting_id:
                return m
        raise UnknownId(f"There is no meeting with id {meeting_id}.")

    # saved searches -------------------------------------------------------------------
    def save_search(self, name: str, query: MemberQuery) -> None:
        label = clean_text(name, "name", 200)
        if not label:
            raise ValidationError("A saved search needs a name.", "name")
        with self.replica.sql_transaction():
            self.conn.execute(
                "INSERT INTO saved_search(name, query) VALUES (?, ?) ON CONFLICT(name) "
                "DO UPDATE SET query = excluded.query", (label, query.to_json()),
            )

    def saved_searches(self) -> list[tuple[str, MemberQuery]]:
        return [(r[0], MemberQuery.from_json(r[1])) for r in self.conn.execute(
            "SELECT name, query FROM saved_search ORDER BY name COLLATE NOCASE"
        )]

    def delete_saved_search(self, name: str) -> None:
        with self.replica.sql_transaction():
            self.conn.execute("DELETE FROM saved_search WHERE name = ?", (name,))

    # generic --------------------------------------------------------------------------
    def _clean_simple(self, table: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in fields.items():
            kind = schema.TABLES[table].get(name)
            if kind is None:
                raise UnknownField(f"{_label(table)}s have no field called {name!r}.", name)
            if kind == "date":
                out[name] = clean_date(value, name)
            elif kind == "int":
                if value is None or value == "":
                    out[name] = None
                else:
                    try:
                        out[name] = int(value)
                    except (TypeError, ValueError):
                        raise ValidationError(
                            f"{_label(name)} must be a whole number, not {value!r}.", name
                        ) from None
            elif kind == "bool":
                out[name] = clean_bool(value, name)
            elif table == "campaign" and name == "status":
                out[name] = clean_choice(value, name, CAMPAIGN_STATUSES)
            else:
                out[name] = clean_text(value, name)
        return out

    def stats(self) -> dict[str, int]:
        counts = {}
        for table in ("member", "workplace", "campaign", "note", "task", "meeting"):
            counts[table] = self.conn.execute(
                f"SELECT count(*) FROM {table} WHERE deleted = 0"  # noqa: S608
            ).fetchone()[0]
        return counts


def clean_tags(tags: Iterable[str]) -> list[str]:
    out = []
    seen = set()
    for tag in tags:
        text = (tag or "").strip()
        if not text:
            continue
        if len(text) > 60:
            raise ValidationError(f"Tag {text[:20]!r}… is too long (60 characters at most).",
                                  "tags")
        if text.lower() not in seen:
            seen.add(text.lower())
            out.append(text)
    return out


def _current_value(member: Member, name: str) -> Any:
    if name.startswith("custom."):
        return member.custom.get(name[7:])
    return getattr(member, name)


def _hlc_iso(hlc: int) -> str:
    ms = changes.hlc_millis(hlc)
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).isoformat(timespec="seconds")


def parse_assignment(text: str) -> tuple[str, str]:
    """``FIELD=VALUE`` from the command line."""
    if "=" not in text:
        raise ValidationError(f"Expected FIELD=VALUE, not {text!r}.")
    name, value = text.split("=", 1)
    return name.strip(), value


# -- conflicts ----------------------------------------------------------------------------
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
            chosen = branch._clean_simple(table, {name: keep})[name]
    with branch.replica.transaction() as tx:
        tx.set(table, row, {name: chosen})
    return chosen
