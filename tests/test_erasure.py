"""Erasure (GDPR right to be forgotten) across replicas synced by bundle files
(ARCHITECTURE §4, §5): every planted value of the erased member is gone from every
table, the search indexes, the op history, the stored change sets and any bundle
written afterwards, on every replica; signatures still verify; a late edit from a
replica that had not yet seen the erasure is ignored and leaves nothing behind.
"""

from __future__ import annotations

import cbor2
import pytest

from sync import changes
from sync.bundle import export_bundle, import_bundle
from sync.errors import UnknownId
from sync.records import Branch, MemberQuery
from sync.store.packing import unpack

from .bundlefile import branch_key, decrypt_records
from .replicas import build_template

# distinctive values, none of which occurs anywhere else in a vault
PLANTED = {
    "first_name": "Zebulonia",
    "last_name": "Quixotewright",
    "email": "zebulonia.q@example.org",
    "phone_digits": "7911123456",
    "note": "xylophonic",
    "tag": "Phosphorescent",
    "consent_source": "Gumtreeish doorstep",
    "job_title": "Saxophonist-Gardener",
    "address": "Marzipan Close",
    "note2": "Marmaladeous",
    "tag2": "Quasarine",
    "late": "Zebbie-Latecomer",
    "task": "Plinthwork",
    "viewer": "Viewer-Vermiculite",
}
NEEDLES = sorted({v.lower() for v in PLANTED.values()})
# the name index is trigram-tokenised: its terms are 3-character fragments, so look for
# fragments of the planted surname that occur in no other indexed name or contact
TRIGRAMS = [b"uix", b"ixo", b"xot"]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=2, viewer=True)


def _send(src: Branch, dst: Branch, path):
    export_bundle(src.replica, path)
    return import_bundle(dst.replica, path)


def _walk(obj, path="$"):
    """Every text and byte string inside a decoded CBOR value, with where it was."""
    if isinstance(obj, str | bytes | bytearray):
        yield path, obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _walk(k, f"{path}.key")
            yield from _walk(v, f"{path}[{k!r}]")
    elif isinstance(obj, list | tuple):
        for i, v in enumerate(obj):
            yield from _walk(v, f"{path}[{i}]")
    elif isinstance(obj, cbor2.CBORTag):
        yield from _walk(obj.value, f"{path}.tag")


def _hits(value, where) -> list[str]:
    if isinstance(value, str):
        low = value.lower()
        return [f"{where}: {n!r}" for n in NEEDLES if n in low]
    if isinstance(value, bytes | bytearray | memoryview):
        low = bytes(value).lower()
        return [f"{where}: {n!r}" for n in NEEDLES if n.encode() in low]
    return []


def scan_database(b: Branch) -> list[str]:
    """Every column of every table (FTS shadow tables included), decrypted, plus every
    change set's body and values decoded with CBOR and walked to the leaves."""
    found: list[str] = []
    tables = [r[0] for r in b.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]
    assert "changeset" in tables and "member_fts_data" in tables
    for table in tables:
        cursor = b.conn.execute(f'SELECT * FROM "{table}"')  # noqa: S608
        cols = [d[0] for d in cursor.description]
        for row in cursor:
            for col, value in zip(cols, row, strict=True):
                found += _hits(value, f"{table}.{col}")
                if table == "member_fts_data" and isinstance(value, bytes):
                    found += [f"{table}.{col}: trigram {t!r}" for t in TRIGRAMS if t in value]
    for no, body, vals in b.conn.execute("SELECT no, body, vals FROM changeset"):
        payload = cbor2.loads(unpack(body)[36:])
        for where, leaf in _walk(payload, f"cs{no}.body"):
            found += _hits(leaf, where)
        for where, leaf in _walk(cbor2.loads(unpack(vals)), f"cs{no}.vals"):
            found += _hits(leaf, where)
    return found


def scan_files(b: Branch) -> list[str]:
    """Encryption at rest: the vault file and its WAL hold no plaintext at all."""
    found = []
    for suffix in ("", "-wal"):
        path = b.vault.path.with_name(b.vault.path.name + suffix)
        if path.exists():
            found += _hits(path.read_bytes(), path.name)
    return found


def test_erasure_reaches_every_replica_and_leaves_no_trace(template, tmp_path):
    branches = template.clone(tmp_path / "v")
    founder, sec0, sec1, viewer = (branches[n] for n in ("founder", "sec0", "sec1", "viewer"))
    everyone = [founder, sec0, sec1, viewer]
    n = iter(range(1000))

    def send(src, dst):
        return _send(src, dst, tmp_path / f"b{next(n)}.caucusbundle")

    try:
        # sec0 records the member, with everything that can be said about them
        meeting = sec0.add_meeting("Branch AGM", date="2024-05-01")
        person = sec0.add_member(first_name=PLANTED["first_name"],
                                 last_name=PLANTED["last_name"], emails=[PLANTED["email"]],
                                 phones=["+44 7911 123456"], tags=[PLANTED["tag"]],
                                 membership_no="RT-0001")
        sec0.add_note(f"Raised the {PLANTED['note']} rota again", member_id=person,
                      follow_up_on="2030-01-01")
        sec0.add_task(f"{PLANTED['task']} for the banner", member_id=person)
        sec0.add_consent(person, "email", source=PLANTED["consent_source"])
        control = sec0.add_member(first_name="Control", last_name="Person",
                                  emails=["control@example.org"], tags=["rep"])
        sec0.add_note("Control note about the canteen", member_id=control)
        for dst in (founder, sec1, viewer):
            send(sec0, dst)
        # sec1 adds its own details on another laptop
        sec1.update_member(person, job_title=PLANTED["job_title"],
                           address=f"17 {PLANTED['address']}")
        sec1.add_note(f"Signed the {PLANTED['note2']} petition", member_id=person)
        sec1.add_tag(person, PLANTED["tag2"])
        sec1.set_attendance(meeting, person, "attended")
        for dst in (founder, sec0, viewer):
            send(sec1, dst)
        for b in everyone:
            assert b.count_members(MemberQuery(search=PLANTED["first_name"])) == 1
            assert b.get_member(person).job_title == PLANTED["job_title"]
        # secretaries' own saved searches that name them (and one that does not)
        sec0.save_search(f"Call {PLANTED['first_name']} back", MemberQuery(status="member"))
        viewer.save_search("Ward visits", MemberQuery(search=PLANTED["last_name"].lower()))
        founder.save_search("By email", MemberQuery(search=PLANTED["email"]))
        for b in (sec0, viewer, founder):
            b.save_search("Canteen", MemberQuery(search="Person"))
        # sec1 edits once more, before it hears of the erasure
        sec1.update_member(person, preferred_name=PLANTED["late"])

        founder.erase_member(person)
        for dst in (sec0, viewer):
            send(founder, dst)
        # the late edit reaches replicas that have already erased: ignored
        for dst in (founder, sec0, viewer):
            report = send(sec1, dst)
            assert report.rejected == []
            with pytest.raises(UnknownId):
                dst.get_member(person)
        # full exchange, two rounds
        for _ in range(2):
            for src in everyone:
                for dst in everyone:
                    if src is not dst:
                        send(src, dst)

        assert len({b.replica.state_hash() for b in everyone}) == 1
        leaks: list[str] = []
        for b in everyone:
            who = b.device_name
            with pytest.raises(UnknownId):
                b.get_member(person)
            for table in ("member_tag", "consent", "note", "task", "attendance"):
                left = b.conn.execute(
                    f"SELECT count(*) FROM {table} WHERE member_id = ?",  # noqa: S608
                    (person,)).fetchone()[0]
                assert left == 0, (who, table)
            assert b.attendance(meeting) == []
            assert [n for n, _q in b.saved_searches()] == (
                ["Canteen"] if b in (sec0, viewer, founder) else [])
            assert b.get_meeting(meeting).title == "Branch AGM"
            for word in (PLANTED["first_name"], PLANTED["last_name"], PLANTED["email"],
                         PLANTED["phone_digits"], PLANTED["note"], PLANTED["note2"],
                         PLANTED["late"]):
                assert b.count_members(MemberQuery(search=word)) == 0, (who, word)
            assert b.count_members(MemberQuery(tag=PLANTED["tag"])) == 0
            assert b.conn.execute("SELECT count(*) FROM member_fts WHERE member_fts MATCH ?",
                                  (f'"{PLANTED["first_name"].lower()}"',)).fetchone()[0] == 0
            assert b.conn.execute("SELECT count(*) FROM note_fts WHERE note_fts MATCH ?",
                                  (PLANTED["note"],)).fetchone()[0] == 0
            history = b.member_history(person)
            assert history, who
            leaks += [f"{who}: history shows {e['field']}={e['value']!r} unredacted"
                      for e in history if e["field"] != "!erase"
                      and (not e["redacted"] or e["value"] is not None)]
            assert b.replica.conflicts() == []
            # the control member is untouched
            assert b.get_member(control).emails == ["control@example.org"]
            assert b.member_tags(control) == ["rep"]
            assert b.count_members(MemberQuery(search="canteen")) == 1
            count, failures = b.replica.verify_all()
            assert failures == [] and count > 10, who
            # nothing left anywhere in the decrypted database, nor in what it sends
            leaks += [f"{who}: {hit}" for hit in scan_database(b) + scan_files(b)]
            out = tmp_path / f"after-{b.replica.device_id[:8]}.caucusbundle"
            export_bundle(b.replica, out)
            for where, leaf in _walk(decrypt_records(out, branch_key(b.replica))):
                leaks += [f"{who}: bundle {hit}" for hit in _hits(leaf, where)]
            for i, item in enumerate(b.replica.export_changesets()):
                for j, part in enumerate(item):
                    leaks += [f"{who}: export {hit}" for hit in _hits(part, f"item{i}.{j}")]
        assert not leaks, "\n".join(leaks)
    finally:
        for b in everyone:
            if b.vault.is_open:
                b.vault.lock()


def test_erased_member_stays_erased_whatever_arrives_later(template, tmp_path):
    """Edits, notes and tags made about the member on a replica that has not seen the
    erasure, arriving in either order and in separate bundles, never bring them back."""
    branches = template.clone(tmp_path / "v")
    a, b, c = branches["sec0"], branches["sec1"], branches["founder"]
    n = iter(range(1000))

    def send(src, dst):
        return _send(src, dst, tmp_path / f"b{next(n)}.caucusbundle")

    try:
        person = a.add_member(first_name=PLANTED["first_name"], last_name="Later")
        send(a, b)
        send(a, c)
        b.update_member(person, job_title=PLANTED["job_title"])
        b.add_note(f"{PLANTED['note']} late note", member_id=person)
        b.add_tag(person, PLANTED["tag2"])
        b.delete_member(person)
        b.restore_member(person)
        a.erase_member(person)
        # c hears of b's late writes first, then of the erasure; b the other way round
        send(b, c)
        assert c.get_member(person).job_title == PLANTED["job_title"]
        send(a, c)
        send(a, b)
        send(b, a)
        # a viewer (not allowed to write) who had not heard either: rejected, and its
        # values about the erased member must not linger in the rejected change set
        viewer = branches["viewer"].replica
        deps = {bytes.fromhex(pk): s for pk, s in viewer.version_vector().items()}
        sneaky = changes.build(viewer.signing_key, viewer.branch_id, 1, None,
                               changes.wall_hlc(), deps,
                               [("member", person, {"job_title": PLANTED["viewer"]})])
        for x in (a, b, c):
            report = x.replica.receive([(sneaky.body, sneaky.sig, sneaky.vals)])
            assert report.applied == 0 and len(report.rejected) == 1
        send(a, c)
        leaks = []
        for x in (a, b, c):
            with pytest.raises(UnknownId):
                x.get_member(person)
            assert x.conn.execute("SELECT count(*) FROM note").fetchone()[0] == 0
            assert x.conn.execute("SELECT count(*) FROM member_tag").fetchone()[0] == 0
            leaks += [f"{x.device_name}: {hit}" for hit in scan_database(x)]
        assert len({x.replica.state_hash() for x in (a, b, c)}) == 1
        # and writing to the erased member afterwards is refused or ignored
        with pytest.raises(UnknownId):
            b.update_member(person, job_title="Again")
        assert not leaks, "\n".join(leaks)
    finally:
        for x in branches.values():
            if x.vault.is_open:
                x.vault.lock()


def test_erasing_a_member_erases_the_records_merged_into_them(template, tmp_path):
    """A merge keeps the merged record (deleted, marked merged into the survivor) with
    the person's old details: erasing the survivor must take those along, at any depth."""
    from sync.exchange.duplicates import merge_members

    branches = template.clone(tmp_path / "v")
    founder, sec0 = branches["founder"], branches["sec0"]
    old_names = ("Wilhelmina", "Oldsurnamey", "Wilma.old@example.org", "Willykins")
    try:
        a = founder.add_member(first_name="Wilhelmina", last_name="Newsurnamey")
        b = founder.add_member(first_name="Wilhelmina", last_name="Oldsurnamey",
                               emails=["wilma.old@example.org"])
        c = founder.add_member(first_name="Willykins", last_name="Oldsurnamey")
        founder.add_note("Rang about the rota", member_id=c)
        merge_members(founder, b, c)
        merge_members(founder, a, b)
        other = founder.add_member(first_name="Control", last_name="Person")
        _send(founder, sec0, tmp_path / "before.caucusbundle")
        assert set(founder.erase_member(a)) == {a, b, c}
        _send(founder, sec0, tmp_path / "after.caucusbundle")
        for replica in (founder, sec0):
            for gone in (a, b, c):
                with pytest.raises(UnknownId):
                    replica.get_member(gone)
            assert replica.get_member(other).last_name == "Person"
            leftovers = []
            for (table,) in replica.conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%fts%'"):
                for row in replica.conn.execute(f'SELECT * FROM "{table}"'):  # noqa: S608
                    text = " ".join(str(v) for v in row if isinstance(v, str)).lower()
                    leftovers += [(table, n) for n in old_names if n.lower() in text]
            for (vals,) in replica.conn.execute("SELECT vals FROM changeset"):
                for _where, leaf in _walk(cbor2.loads(unpack(vals)), "vals"):
                    leftovers += [("changeset", n) for n in old_names
                                  if isinstance(leaf, str) and n.lower() in leaf.lower()]
            assert leftovers == [], (replica.device_name, leftovers)
    finally:
        for branch in branches.values():
            if branch.vault.is_open:
                branch.vault.lock()
