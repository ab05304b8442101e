"""Queries: the member list (filters, search, sort, pages of rows), one member, their
history, and the lists of workplaces, campaigns, notes, tasks and meetings.

Filters and sorting happen in SQL, so a 50,000-member list is never loaded whole. These
are mixins of :class:`sync.records.Branch`; they read ``self.conn``, ``self.replica``
and ``self.grace_days`` and nothing else of it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

from .. import changes
from ..errors import UnknownId, ValidationError
from ..store import schema
from ..store.vault import db_errors
from .search import name_prefixes, search_rids, searches_notes, walked_condition
from .types import (
    BROAD_WALK,
    MEMBER_FIELDS,
    MEMBER_SORTS,
    NARROW_FIRST_PAGE,
    NARROW_SEARCH,
    Campaign,
    Consent,
    Meeting,
    Member,
    MemberQuery,
    MemberRow,
    Note,
    Task,
    Workplace,
)
from .validation import clean_date


class MemberQueries:
    """The member list and one member: what the members table and panel show."""

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


    def get_member(self, member_id: str) -> Member:
        with db_errors():
            row = self.conn.execute(
                f"SELECT m.id, {', '.join('m.' + f for f in MEMBER_FIELDS)}, m.deleted, "
                f"w.name, {self.status_sql()} FROM member m "  # noqa: S608
                "LEFT JOIN workplace w ON w.id = m.workplace_id WHERE m.id = ?",
                self.status_params() + [member_id],
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

    def status_sql(self) -> str:
        """SQL of a member's effective status (the member row is ``m``), with the
        parameters of :meth:`status_params`."""
        return (
            "CASE WHEN m.status_override IS NOT NULL AND "
            "(m.override_until IS NULL OR m.override_until >= ?) THEN m.status_override "
            "WHEN m.status = 'member' AND m.dues_paid_until IS NOT NULL "
            "AND m.dues_paid_until < ? THEN 'lapsed' "
            "WHEN m.status = 'member' AND m.dues_paid_until IS NOT NULL "
            "AND m.dues_paid_until < ? THEN 'arrears' ELSE m.status END"
        )

    def status_params(self, today: dt.date | None = None) -> list[str]:
        today = today or dt.date.today()
        grace = today - dt.timedelta(days=self.grace_days)
        return [today.isoformat(), grace.isoformat(), today.isoformat()]

    def _member_where(self, q: MemberQuery, narrow_below: int = NARROW_SEARCH,
                      walked: bool = False) -> tuple[str, list[Any], bool]:
        """WHERE clause and parameters for a member query, and whether it is *narrow*.

        A narrow search (fewer hits than ``narrow_below``) is best answered by looking
        its hits up by rowid and sorting them; a broad one by walking the name index in
        order and testing each entry. ``walked``: the caller walks the name index and
        stops early (a first page in name order), so a search of notes with at least
        ``BROAD_WALK`` hits tests each member's own notes as it is walked. A unary ``+``
        on a term hides an index from SQLite's planner.
        """
        where: list[str] = []
        params: list[Any] = []
        tokens = [t for t in re.split(r"\s+", q.search.strip()) if t]
        search_sql, search_params = search_rids(tokens, q.search) if tokens else ("", [])
        hits: list[int] = []
        # only a plain search: a filter the walk also tests (a workplace, a tag…)
        # could leave few of the hits, and the walk would read the whole index
        # (and the live members only: with the deleted too, the names are not in one
        # range of the index, and SQLite would sort them all first)
        walk = walked and searches_notes(tokens) and q == MemberQuery(search=q.search)
        if tokens:
            # the distinct hits, read only until there are ``narrow_below`` of them
            # (DISTINCT with a LIMIT stops there; a UNION would sort every hit first)
            enough = max(narrow_below, BROAD_WALK) if walk else narrow_below
            with db_errors():
                hits = [r[0] for r in self.conn.execute(
                    f"SELECT DISTINCT * FROM ({search_sql}) LIMIT {enough}",  # noqa: S608
                    search_params)]
        narrow = bool(tokens) and len(hits) < narrow_below
        walk = walk and len(hits) >= BROAD_WALK
        plus = "+" if narrow else ""
        if q.only_deleted:
            where.append(f"{plus}m.deleted = 1")
        elif not q.include_deleted:
            where.append(f"{plus}m.deleted = 0")
        if q.status:
            where.append(f"({self.status_sql()}) = ?")
            params += self.status_params() + [q.status]
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
        elif walk:
            condition, values = walked_condition(tokens, q.search)
            where.append(condition)
            params += values
        elif tokens:
            prefixes = name_prefixes(tokens)
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

        The name indexes, the rowid → member maps, each member's notes, the full-text
        indexes of names and of notes, and the member rows: about 70 MB on a
        50,000-member branch, read in steps of a few milliseconds (the app runs them
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
        # in key order, a step at a time: the member rows, the note → member index and
        # each member's notes, and the full-text index blocks (a few kB each)
        for sql, rows in (
            ("SELECT rid FROM member WHERE rid > ? ORDER BY rid LIMIT ?", step_rows),
            ("SELECT rid FROM note INDEXED BY note_owner WHERE rid > ? ORDER BY rid LIMIT ?",
             step_rows * 4),
            # each member's notes, by member (a broad search of notes walks the names
            # and looks up their notes here); text sorts after the first integer key
            ("SELECT member_id FROM note INDEXED BY note_member WHERE member_id > ? "
             "ORDER BY member_id LIMIT ?", step_rows * 4),
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
        before the whole list is known (see the app's member list model).
        """
        q = q or MemberQuery()
        where, params, narrow = self._member_where(
            q, NARROW_SEARCH if limit is None else NARROW_FIRST_PAGE,
            walked=limit is not None and sort in ("name", "last_name"))
        order = self._order(sort, descending, narrow=narrow)
        join = "LEFT JOIN workplace w ON w.id = m.workplace_id" if sort == "workplace" else ""
        status_col = f", {self.status_sql()} AS status" if sort == "status" else ""
        sparams = self.status_params() if sort == "status" else []
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
                    f"m.phones, w.name, {self.status_sql()}, m.assessment, "  # noqa: S608
                    "m.dues_paid_until, m.membership_no, m.deleted FROM member m "
                    f"LEFT JOIN workplace w ON w.id = m.workplace_id WHERE m.id IN ({marks})",
                    self.status_params() + chunk,
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
        """Who changed what on this member and when (their tags, consents, answers to
        structure tests and relationships too)."""
        erased = self.conn.execute(
            "SELECT 1 FROM erased WHERE tbl = 'member' AND row = ?", (member_id,)
        ).fetchone()
        if not erased:
            self._exists("member", member_id, "member")
        out = []
        rows = [("member", member_id)] + [
            (t, r[0]) for t in ("member_tag", "consent", "response", "relation")
            for r in self.conn.execute(
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



class RecordQueries:
    """Ids by reference, and the lists of the other records."""

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


    def list_workplaces(self) -> list[Workplace]:
        out = []
        with db_errors():
            rows = self.conn.execute(
                "SELECT w.id, w.name, w.employer, w.address, w.sector, w.notes, w.deleted, "
                "count(m.rid), count(m.assessment), coalesce(sum(m.assessment), 0), "
                "w.headcount, w.counted_on "
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
            out.append(Workplace(r[0], r[1], r[2], r[3], r[4], r[5], headcount=r[10],
                                 counted_on=r[11], members=r[7], assessed=r[8],
                                 assessment_total=r[9], assessment_counts=counts.get(r[0], {}),
                                 deleted=bool(r[6])))
        return out

    def get_workplace(self, workplace_id: str) -> Workplace:
        for w in self.list_workplaces():
            if w.id == workplace_id:
                return w
        raise UnknownId(f"There is no workplace with id {workplace_id}.")

    def list_campaigns(self) -> list[Campaign]:
        with db_errors():
            return [
                Campaign(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in self.conn.execute(
                    "SELECT c.id, c.name, c.description, c.starts_on, c.ends_on, c.status, "
                    "(SELECT count(*) FROM note n WHERE n.campaign_id = c.id AND n.deleted = 0) "
                    "FROM campaign c WHERE c.deleted = 0 ORDER BY c.starts_on DESC, c.name"
                )
            ]

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

    def list_tasks(self, include_done: bool = False, member_id: str | None = None,
                   due_before: str | None = None, assignee: str | None = None) -> list[Task]:
        """Open tasks (``include_done``: all), soonest due first; ``assignee``: only
        those assigned to that person (case and spaces ignored), "my tasks"."""
        where = ["t.deleted = 0"]
        params: list[Any] = []
        if assignee is not None:
            where.append("lower(trim(coalesce(t.assignee, ''))) = ?")
            params.append(" ".join(assignee.split()).lower())
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

    def saved_searches(self) -> list[tuple[str, MemberQuery]]:
        return [(r[0], MemberQuery.from_json(r[1])) for r in self.conn.execute(
            "SELECT name, query FROM saved_search ORDER BY name COLLATE NOCASE"
        )]


    def stats(self) -> dict[str, int]:
        counts = {}
        for table in ("member", "workplace", "campaign", "note", "task", "meeting"):
            counts[table] = self.conn.execute(
                f"SELECT count(*) FROM {table} WHERE deleted = 0"  # noqa: S608
            ).fetchone()[0]
        return counts


def _hlc_iso(hlc: int) -> str:
    ms = changes.hlc_millis(hlc)
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).isoformat(timespec="seconds")
