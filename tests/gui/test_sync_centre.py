"""The sync centre over real vaults: USB sync, conflicts, devices and revocation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.views.conflicts import what
from sync.folder import sync_folder
from sync.ops.roster import JoinRequest
from sync.records import MemberQuery
from sync.trust import branch_fingerprint
from tests.replicas import build_template, exchange_all

from .helpers import LEFT, wait_idle


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("template"), secretaries=1, viewer=False,
                          spare=False)


@pytest.fixture
def pair(template, tmp_path):
    branches = template.clone(tmp_path / "vaults")
    yield branches["founder"], branches["sec0"]
    for branch in branches.values():
        if branch.vault.is_open:
            branch.vault.lock()


def names_in(window) -> set[str]:
    model = window.members.model
    return {model.data(model.index(row, 0)) for row in range(model.rowCount())}


def test_usb_sync_brings_the_other_laptops_members_in(qtbot, pair, open_window, tmp_path):
    founder, secretary = pair
    founder.add_member(first_name="Zainab", last_name="Hussein")
    founder.add_member(first_name="Yusuf", last_name="Ali")
    stick = tmp_path / "stick"
    stick.mkdir()
    sync_folder(founder.replica, stick)  # the founder's laptop synced to the stick first
    founder.vault.lock()

    window = open_window(secretary)
    assert window.members.model.rowCount() == 0
    window.show_sync_page()
    assert window.stack.currentWidget() is window.sync
    usb = window.sync.usb
    usb.set_folder(str(stick))
    qtbot.mouseClick(usb.sync_button, LEFT)
    qtbot.waitUntil(lambda: usb.outcome is not None, timeout=30000)
    wait_idle(qtbot, window.runner)

    assert window.settings.last_sync_folder == str(stick)
    assert "Brought in" in usb.status.text()
    report = [usb.report.topLevelItem(i).text(0) for i in range(usb.report.topLevelItemCount())]
    assert report[0].startswith("From founder laptop")
    assert usb.report.topLevelItem(0).child(0).text(0).startswith("Applied: ")
    qtbot.waitUntil(lambda: window.members.model.rowCount() == 2, timeout=10000)
    assert names_in(window) == {"Zainab Hussein", "Yusuf Ali"}
    # this laptop's bundle is on the stick now, for the next person
    assert len(list(stick.glob("*.caucusbundle"))) == 2


def make_email_conflict(founder, secretary) -> str:
    member_id = founder.add_member(first_name="Ana", last_name="Lopez",
                                   emails=["ana@example.org"])
    exchange_all([founder, secretary])
    founder.update_member(member_id, emails=["ana@founder.example"])
    secretary.update_member(member_id, emails=["ana@secretary.example"])
    exchange_all([founder, secretary])
    assert len(secretary.replica.conflicts()) == 1
    return member_id


def test_a_conflict_is_resolved_from_the_conflicts_tab(qtbot, pair, open_window):
    founder, secretary = pair
    member_id = make_email_conflict(founder, secretary)
    founder.vault.lock()

    window = open_window(secretary)
    conflicts = window.sync.conflicts
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 1, timeout=10000)
    assert window.nav.item(window.stack.indexOf(window.sync)).text() == "Sync (1)"
    window.show_sync_page()
    window.sync.show_conflicts()
    view = conflicts.selected()
    assert view is not None and what(view) == "Ana Lopez — emails"
    detail = conflicts.detail.text()
    assert "ana@founder.example — founder laptop" in detail
    assert "ana@secretary.example — secretary 0 laptop (this laptop)" in detail
    assert conflicts.theirs_button.isEnabled() and conflicts.new_button.isVisible()
    assert not conflicts.restore_button.isVisible()

    qtbot.mouseClick(conflicts.theirs_button, LEFT)
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 0, timeout=10000)
    wait_idle(qtbot, window.runner)
    assert conflicts.empty.isVisible()
    # the decision still has to reach the other laptops: the tab says so
    assert conflicts.settled.isVisible()
    assert "until they sync" in conflicts.settled.text()
    assert window.nav.item(window.stack.indexOf(window.sync)).text() == "Sync"
    assert secretary.replica.conflicts() == []
    assert secretary.get_member(member_id).emails == ["ana@founder.example"]


def test_an_edit_versus_delete_conflict_can_be_restored(qtbot, pair, open_window):
    founder, secretary = pair
    member_id = founder.add_member(first_name="Ben", last_name="Okafor")
    exchange_all([founder, secretary])
    founder.delete_member(member_id)
    secretary.update_member(member_id, job_title="Driver")
    exchange_all([founder, secretary])
    founder.vault.lock()
    # an edit concurrent with a delete is a conflict that offers restore (ARCHITECTURE §5)
    assert [c.field for c in secretary.replica.conflicts()] == ["deleted"]

    window = open_window(secretary)
    conflicts = window.sync.conflicts
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 1, timeout=10000)
    window.show_sync_page()
    window.sync.show_conflicts()
    assert conflicts.selected().is_delete
    assert conflicts.restore_button.isVisible() and conflicts.delete_button.isVisible()
    assert not conflicts.new_button.isVisible()
    qtbot.mouseClick(conflicts.restore_button, LEFT)
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 0, timeout=10000)
    wait_idle(qtbot, window.runner)
    member = secretary.get_member(member_id)
    assert not member.deleted and member.job_title == "Driver"
    assert secretary.count_members(MemberQuery()) == 1


def test_revoking_asks_first_and_says_data_cannot_be_wiped(qtbot, pair, open_window):
    founder, secretary = pair
    secretary_id = secretary.replica.device_id
    secretary.vault.lock()

    window = open_window(founder)
    devices = window.sync.devices
    qtbot.waitUntil(lambda: devices.model.rowCount() == 2, timeout=10000)
    assert devices.admin and devices.admit_button.isEnabled()
    assert devices.fingerprint.text() == (
        f"Branch fingerprint: {branch_fingerprint(founder.replica.branch_id)}")
    rows = {d.name: d for d in devices.model.records}
    assert rows["founder laptop"].this_device
    label = devices.model.data(devices.model.index(
        devices.model.records.index(rows["founder laptop"]), 0))
    assert label == "founder laptop  (this laptop)"

    # this laptop cannot be revoked from itself
    devices.select_device(founder.replica.device_id)
    assert not devices.revoke_button.isEnabled()
    assert devices.select_device(secretary_id)
    assert devices.revoke_button.isEnabled()

    # first time: Cancel — nothing happens
    qtbot.mouseClick(devices.revoke_button, LEFT)
    box = devices.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "cannot be wiped remotely" in box.text()
    assert "secretary 0 laptop" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    qtbot.waitUntil(lambda: devices.confirm is None, timeout=5000)
    wait_idle(qtbot, window.runner)
    assert not {d.id: d for d in devices.model.records}[secretary_id].revoked

    # second time: Revoke
    devices.select_device(secretary_id)
    qtbot.mouseClick(devices.revoke_button, LEFT)
    box = devices.confirm
    qtbot.mouseClick(box.revoke_button, LEFT)
    qtbot.waitUntil(lambda: {d.id: d for d in devices.model.records}[secretary_id].revoked,
                    timeout=10000)
    assert devices.model.data(devices.model.index(
        [d.id for d in devices.model.records].index(secretary_id), 2)) == "revoked"
    assert not devices.revoke_button.isEnabled()


def test_a_viewer_or_secretary_cannot_revoke(qtbot, pair, open_window):
    founder, secretary = pair
    founder_id = founder.replica.device_id
    founder.vault.lock()
    window = open_window(secretary)
    devices = window.sync.devices
    qtbot.waitUntil(lambda: devices.model.rowCount() == 2, timeout=10000)
    assert devices.select_device(founder_id)
    assert not devices.admin
    assert not devices.revoke_button.isEnabled() and not devices.admit_button.isEnabled()


def test_admitting_from_a_join_request_writes_a_welcome_file(qtbot, pair, open_window,
                                                              tmp_path):
    from sync.replica import Replica
    from sync.store.vault import Vault
    from sync.trust import join_branch, join_request, prepare_device

    founder, secretary = pair
    secretary.vault.lock()
    newcomer = Replica(Vault.create(tmp_path / "new.caucus", "a new passphrase here",
                                    "interactive"))
    prepare_device(newcomer, "new treasurer laptop")
    request = join_request(newcomer)
    window = open_window(founder)
    devices = window.sync.devices
    qtbot.waitUntil(lambda: devices.model.rowCount() == 2, timeout=10000)
    welcome = tmp_path / "welcome"
    devices.admit_request(JoinRequest(request, "new treasurer laptop"), "viewer", str(welcome))
    qtbot.waitUntil(lambda: devices.model.rowCount() == 3, timeout=10000)
    assert welcome.is_file()
    join_branch(newcomer, welcome)
    assert newcomer.device_role(newcomer.device_id) == "viewer"
    newcomer.vault.lock()


def test_copying_a_stick_with_no_other_bundles_explains_itself(qtbot, pair, open_window,
                                                                tmp_path):
    founder, _secretary = pair
    window = open_window(founder)
    window.show_sync_page()
    usb = window.sync.usb
    (tmp_path / "stick").mkdir()
    usb.set_folder(str(tmp_path / "stick"))
    qtbot.mouseClick(usb.sync_button, LEFT)
    qtbot.waitUntil(lambda: usb.outcome is not None or bool(usb.error.text()), timeout=20000)
    assert usb.error.text() == ""
    assert "No other laptop's bundle" in usb.status.text()
    # a folder that does not exist is an error shown inline, not a crash
    usb.set_folder(str(tmp_path / "missing"))
    usb.outcome = None
    qtbot.mouseClick(usb.sync_button, LEFT)
    qtbot.waitUntil(lambda: usb.error.isVisible(), timeout=10000)
    assert usb.sync_button.isEnabled()


def test_admit_dialog_explains_the_roles_and_saves_the_welcome_beside_the_request(
        qtbot, pair, open_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.dialogs.role_dialog import RoleDialog
    from sync.replica import Replica
    from sync.store.vault import Vault
    from sync.trust import join_request, prepare_device

    founder, secretary = pair
    secretary.vault.lock()
    newcomer = Replica(Vault.create(tmp_path / "new.caucus", "a new passphrase here",
                                    "interactive"))
    prepare_device(newcomer, "Treasurer laptop")
    stick = tmp_path / "stick"
    stick.mkdir()
    request_file = stick / "join-request-treasurer.caucus-request"
    request_file.write_bytes(join_request(newcomer))
    newcomer.vault.lock()
    window = open_window(founder)
    devices = window.sync.devices
    qtbot.waitUntil(lambda: devices.model.rowCount() == 2, timeout=10000)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(request_file), "")))

    def save(_parent, _caption, start, _filter):
        asked.append(start)
        return start, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    devices.ask_admit()
    qtbot.waitUntil(lambda: isinstance(getattr(devices, "role_dialog", None), RoleDialog),
                    timeout=10000)
    dialog = devices.role_dialog
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for words in ("admits or revokes laptops", "Adds and edits members", "changes nothing"):
        assert words in texts
    assert dialog.role() == "secretary"
    dialog.buttons["viewer"].setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: devices.model.rowCount() == 3, timeout=10000)
    # the welcome file is offered beside the request, with its own kind of name
    assert asked and asked[0].startswith(str(stick))
    assert asked[0].endswith(".caucus-welcome")
    assert (stick / "welcome-Treasurer laptop.caucus-welcome").is_file()
