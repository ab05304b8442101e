"""The operations layer: typed progress, cancel, what-changed records, and the use cases
the app and the command line share, over real vaults."""

from __future__ import annotations

import socket
import threading

import pytest

from sync.errors import CaucusError, ValidationError, VaultExists
from sync.ops import (
    Area,
    Cancel,
    Cancelled,
    Changes,
    Progress,
    Stage,
    joining,
    roster,
    session,
    syncing,
)
from sync.progress import in_part
from tests.replicas import build_template

PASSPHRASE = "correct horse battery staple"


# -- progress and cancel -------------------------------------------------------------------
def test_fraction_covers_the_parts_of_an_operation():
    assert Progress(Stage.APPLY, 50, 100).fraction == 0.5
    assert Progress(Stage.APPLY, 50, 100, part=1, parts=4).fraction == pytest.approx(0.375)
    assert Progress(Stage.LOOK).fraction is None  # nothing known yet
    assert Progress(Stage.WRITE, part=3, parts=4).fraction == 0.75  # the parts before it
    assert Progress(Stage.APPLY, 200, 100).fraction == 1.0  # never past the end
    seen: list[Progress] = []
    in_part(seen.append, 2, 3)(Progress(Stage.VERIFY, 1, 2))
    assert (seen[0].part, seen[0].parts) == (2, 3)


def test_a_cancel_wakes_a_blocked_read_at_once():
    cancel = Cancel()
    left, right = socket.socketpair()
    with left, right:
        cancel.watch(left)
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(left.recv(10)))
        reader.start()
        cancel.set()
        reader.join(10)
        assert not reader.is_alive() and got == [b""]  # the read returned, with nothing
    with pytest.raises(Cancelled):
        cancel.check()
    late, other = socket.socketpair()
    with late, other, pytest.raises(Cancelled):
        cancel.watch(late)  # a socket watched after the cancel is shut down at once
    assert issubclass(Cancelled, CaucusError)


def test_changes_say_which_areas_and_members_were_touched():
    edit = Changes.of_tables(["member", "member_tag"], ["m1"])
    assert edit.areas == {Area.MEMBERS, Area.CONFLICTS} and edit.members == {"m1"}
    assert not Changes.of_tables(["member_tag"], ["m2"]).touches(Area.MEETINGS)
    both = edit | Changes.of_tables(["member"], ["m2"])
    assert both.members == {"m1", "m2"}
    assert (edit | Changes.all_data()).members is None  # any member may have changed
    assert Changes.of(Area.ROSTER).members == frozenset() and not Changes()
    assert Changes.all_data().touches(Area.MEETINGS, Area.ROSTER)


# -- vaults ---------------------------------------------------------------------------------
def test_a_new_branch_opens_and_a_failed_build_leaves_no_vault(tmp_path):
    path = tmp_path / "branch.caucus"
    with pytest.raises(ValidationError):
        session.create_branch(path, PASSPHRASE, " ", "laptop", "interactive")
    assert session.vault_files(path)[0].exists() is False
    made = session.create_branch(path, PASSPHRASE, "Northside", "Ana's laptop", "interactive")
    try:
        assert made.is_admin and made.initialised and made.branch.name == "Northside"
    finally:
        made.lock()
    with pytest.raises(VaultExists):  # an existing vault is never touched
        session.create_branch(path, PASSPHRASE, "Other", "laptop", "interactive")
    again = session.open_vault(path, PASSPHRASE)
    try:
        assert again.branch.name == "Northside"
        backup = session.backup(again, tmp_path / "copy.caucus")
        assert session.vault_info(again).role == "admin"
    finally:
        again.lock()
    copy = session.open_vault(backup, PASSPHRASE)
    copy.lock()


def test_a_cancelled_demo_leaves_nothing_behind(tmp_path):
    path = tmp_path / "demo.caucus"
    cancel = Cancel()
    steps: list[Progress] = []

    def progress(step: Progress) -> None:
        steps.append(step)
        if step.done >= 10:
            cancel.set()

    with pytest.raises(Cancelled):
        session.create_demo(path, "demo passphrase", members=300, profile="interactive",
                            progress=progress, cancel=cancel)
    assert steps and all(s.stage == Stage.MEMBERS for s in steps)
    assert not any(p.exists() for p in session.vault_files(path))
    demo = session.create_demo(path, "demo passphrase", members=20, profile="interactive")
    try:
        assert demo.branch.count_members() == 20
    finally:
        demo.lock()


# -- sync by files --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=1, viewer=False)


def test_a_folder_sync_reports_typed_steps_part_by_part(template, tmp_path):
    branches = template.clone(tmp_path / "vaults")
    founder, secretary = (session.Session(b.vault, b) for b in
                          (branches["founder"], branches["sec0"]))
    try:
        for n in range(30):
            founder.branch.add_member(first_name=f"Member{n}", last_name="Okafor")
        stick = tmp_path / "stick"
        stick.mkdir()
        first = syncing.sync_folder(founder, stick)
        assert first.applied == 0 and not first.changes  # nothing came in
        steps: list[Progress] = []
        synced = syncing.sync_folder(secretary, stick, progress=steps.append)
        assert synced.applied > 0 and synced.changes.touches(Area.MEMBERS)
        assert synced.writers == {first.result.written.name: "founder laptop"}
        stages = [s.stage for s in steps]
        assert stages[0] == Stage.VERIFY and stages[-1] == Stage.WRITE
        assert Stage.APPLY in stages
        fractions = [s.fraction for s in steps if s.fraction is not None]
        assert fractions == sorted(fractions) and fractions[-1] == 0.5  # writing: part 2/2
        assert secretary.branch.count_members() == 30
    finally:
        for branch in branches.values():
            branch.vault.lock()


def test_joining_by_usb_refuses_another_branchs_welcome_file(template, tmp_path):
    branches = template.clone(tmp_path / "vaults")
    founder = session.Session(branches["founder"].vault, branches["founder"])
    new, request = joining.request_to_join(tmp_path / "new.caucus", PASSPHRASE, "New laptop",
                                           tmp_path, "interactive")
    try:
        assert not new.initialised and request.name.endswith(".caucus-request")
        admitted = roster.admit(founder, roster.read_join_request(request), "viewer",
                                tmp_path / "welcome.caucus-welcome")
        assert admitted.device.name == "New laptop" and admitted.changes.touches(Area.ROSTER)
        welcome = joining.read_welcome(new, admitted.welcome)
        assert joining.same_fingerprint(welcome.fingerprint.lower().replace("-", " "), welcome)
        with pytest.raises(CaucusError, match="another branch"):
            joining.finish_join(new, admitted.welcome, "AAAA-BBBB-CCCC-DDDD")
        assert not new.initialised  # nothing was written
        joined = joining.finish_join(new, admitted.welcome, welcome.fingerprint)
        assert joined.role == "viewer" and joined.branch_name == "Riverside Tenants"
    finally:
        new.lock()
        for branch in branches.values():
            branch.vault.lock()


# -- the app's use cases, as the command line has them too ------------------------------
def test_check_member_finds_likely_duplicates_and_phone_warnings(branch):
    from sync.ops import Session
    from sync.ops import members as member_ops

    branch.set_country("GB")
    ana = branch.add_member(first_name="Ana", last_name="Lopez", emails=["ana@example.org"],
                            phones=["07911 123456"])
    session = Session(branch.vault, branch)
    same_email = member_ops.check_member(session, {"first_name": "A",
                                                   "emails": ["ANA@example.org"]})
    assert [m.member_id for m in same_email.matches] == [ana]
    assert "same email" in same_email.matches[0].reason
    same_name_phone = member_ops.check_member(
        session, {"first_name": "ana", "last_name": "LOPEZ", "phones": ["+44 7911 123456"]})
    assert [m.member_id for m in same_name_phone.matches] == [ana]
    other = member_ops.check_member(session, {"first_name": "Ana", "last_name": "Lopez",
                                              "phones": ["07911 654321"]})
    assert other.matches == []  # a name alone is no evidence
    assert member_ops.check_member(session, {"first_name": "Ana"}, ana).matches == []
    # a reserved (drama) number is kept with a warning, never refused
    saved = member_ops.save_member(session, None, {"first_name": "Dara",
                                                   "phones": ["07700 900123"]})
    assert saved.warnings and "kept as typed" in saved.warnings[0].message
    assert branch.get_member(saved.member_id).phones == ["07700 900123"]


def test_list_contacts_leaves_out_do_not_contact(branch):
    from sync.ops import Session, spreadsheets
    from sync.records import MemberQuery

    branch.set_country("GB")
    branch.add_member(first_name="A", emails=["a@example.org"], phones=["07913 678901"])
    branch.add_member(first_name="B", emails=["b@example.org"], do_not_email=True)
    branch.add_member(first_name="C", emails=["c@example.org"], do_not_contact=True)
    branch.add_member(first_name="D")
    session = Session(branch.vault, branch)
    emails = spreadsheets.list_contacts(session, "emails")
    assert emails.values == ["a@example.org"]
    assert (emails.left_out, emails.missing) == (2, 1)
    phones = spreadsheets.list_contacts(session, "phones", MemberQuery(search="A"))
    assert phones.values == ["07913 678901"]


def test_export_with_labels_has_human_headers_and_plain_phones(branch, tmp_path):
    import csv

    from sync.ops import Session, spreadsheets

    branch.set_country("GB")
    branch.add_member(first_name="Ana", last_name="Lopez", phones=["+44 7913 678901"])
    session = Session(branch.vault, branch)
    path = tmp_path / "merge.csv"
    spreadsheets.export_list(session, path, "csv", columns=["first_name", "phones"],
                             labels=True)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows == [["First name", "Phones"], ["Ana", "07913 678901"]]
    plain = tmp_path / "plain.csv"
    spreadsheets.export_list(session, plain, "csv", columns=["phones"])
    assert plain.read_text(encoding="utf-8-sig").splitlines()[1] == "+447913678901"
    # and the labelled file comes back in with every column recognised
    sheet = spreadsheets.read_spreadsheet(session, path).table
    assert spreadsheets.guess_mapping(sheet.headings) == {"First name": "first_name",
                                                          "Phones": "phones"}


def test_the_sign_in_sheet_lists_whoever_is_already_marked(branch):
    from sync.exchange.printing import sign_in_doc
    from sync.records import MemberQuery

    branch.add_member(first_name="Ana", last_name="Lopez", status="member")
    prospect = branch.add_member(first_name="Dev", last_name="Patel", status="prospect")
    branch.add_member(first_name="Eve", last_name="Other", status="prospect")
    meeting = branch.add_meeting("AGM", date="2031-05-01")
    branch.set_attendance(meeting, prospect, "apologies")
    doc = sign_in_doc(branch, meeting, MemberQuery(status="member"))
    assert [row[0] for row in doc.rows] == ["Lopez, Ana", "Patel, Dev"]


def test_phones_of_the_branchs_calling_code_show_nationally():
    from sync.records import format_phone

    # a Jersey mobile shares Britain's +44: a British secretary dials it 07911 …
    assert format_phone("+447911123456", "GB") == "07911 123456"
    assert format_phone("+447911123456", "DE") == "+44 7911 123456"
    assert format_phone("07700 900123", "GB") == "07700 900123"  # kept as typed


def test_a_follow_up_task_is_cut_at_a_word_with_an_ellipsis(branch):
    member = branch.add_member(first_name="Sara")
    branch.add_note("Met Sara at the meeting about short staffing at night; will bring two "
                    "colleagues next time", member_id=member, follow_up_on="2031-03-10")
    title = branch.list_tasks()[0].title
    assert title == "Follow up: Met Sara at the meeting about short staffing at night; will…"
