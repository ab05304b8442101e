"""*Join a branch* from the first-run window: by pairing code against a real admin (the
``caucus lan pair`` command, or the engine's offer() on loopback), and by welcome file
across a restart of the app. Real vaults, real sockets on 127.0.0.1, real subprocesses."""

from __future__ import annotations

import contextlib
import re
import socket
import threading

import pytest

from desktop.views.join_page import WAITING
from sync.lan.errors import PairingDeclined
from sync.lan.pairing import PairingOffer, offer
from sync.ops import Stage
from sync.records import Branch
from sync.replica import Replica
from sync.store.vault import Vault
from sync.trust import admit_device, branch_fingerprint, list_devices
from tests.lan.procs import Proc

from .conftest import make_controller
from .helpers import LEFT, wait_idle

NEW_PASSPHRASE = "a brand new laptop passphrase"
MEMBERS = {"Ana Lopez", "Ben Okafor", "Chloe Smith"}


@pytest.fixture
def admin(branch):
    """The admin's laptop: a branch with three members (open; tests lock it if needed)."""
    for name in MEMBERS:
        first, last = name.split()
        branch.add_member(first_name=first, last_name=last)
    return branch


@pytest.fixture
def new_path(tmp_path):
    return tmp_path / "new" / "laptop.caucus"


@pytest.fixture
def newcomer(qtbot, new_path, settings):
    ctl = make_controller(new_path, settings)
    yield ctl
    ctl.shutdown()
    ctl.deleteLater()


def leftovers(path) -> list:
    return sorted(path.parent.glob(path.name + "*")) if path.parent.exists() else []


def join_page(qtbot, controller, device: str = "New laptop"):
    """The first-run window's join page, with the device name and passphrase typed."""
    controller.start()
    assert controller.screen == "first_run"
    window = controller.window
    assert window.join_button.isEnabled()
    qtbot.mouseClick(window.join_button, LEFT)
    page = window.join_page
    assert window.stack.currentWidget() is page
    page.fields.device_name.clear()
    qtbot.keyClicks(page.fields.device_name, device)
    qtbot.keyClicks(page.fields.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(page.fields.repeat, NEW_PASSPHRASE)
    return page


def click_join(qtbot, page, code: str, address: str, timeout: int = 30000) -> None:
    page.code.setText(code)
    page.address.setText(address)
    qtbot.mouseClick(page.join_button, LEFT)
    qtbot.waitUntil(lambda: not page.running, timeout=timeout)


def wrong(code: str) -> str:
    return code[:-1] + str((int(code[-1]) + 1) % 10)


def test_join_by_pairing_code_with_caucus_lan_pair(qtbot, newcomer, new_path, admin, tmp_path):
    admin.vault.lock()
    admin_path = admin.vault.path
    with Proc(["lan", "pair", "--role", "secretary", "--yes", "--no-announce", "--bind",
               "127.0.0.1", "--port", "0"], admin_path, tmp_path / "logs", "admin") as proc:
        host, port = proc.wait_listening()
        code = re.search(r"Pairing code: (\S+)", proc.wait_for("Pairing code: ", 30,
                                                               "stdout")).group(1)
        page = join_page(qtbot, newcomer)

        # typing mistakes are caught before anything is made
        click_join(qtbot, page, "12-34", "127.0.0.1")
        assert "8 digits" in page.errors["code"].text()
        assert "is not an address like 192.168.1.20:47300" in page.errors["address"].text()
        assert leftovers(new_path) == []

        # a wrong code: the admin's laptop says so, the code stays, no vault is left
        click_join(qtbot, page, wrong(code), f"{host}:{port}")
        assert page.errors["code"].isVisibleTo(page)
        assert "code was wrong" in page.errors["code"].text()
        assert page.code.text() == wrong(code)
        assert leftovers(new_path) == []
        assert newcomer.screen == "first_run"

        checks: list[str] = []
        page.relay.step.connect(
            lambda step: checks.append(step.subject) if step.stage == Stage.CHECK else None)
        page.code.setText(code)
        qtbot.mouseClick(page.join_button, LEFT)
        qtbot.waitUntil(lambda: newcomer.screen == "main", timeout=60000)
        assert proc.wait(60) == 0
        assert "Admitted New laptop" in proc.stdout
        assert len(checks) == 1 and f"check string: {checks[0]}" in proc.stderr

    main = newcomer.main_window
    qtbot.waitUntil(lambda: main.members.model.rowCount() == len(MEMBERS), timeout=15000)
    qtbot.waitUntil(lambda: "Northside Tenants" in main.windowTitle(), timeout=10000)
    assert main.statusBar().currentMessage() == "Joined Northside Tenants as secretary."
    newcomer.lock()
    wait_idle(qtbot, newcomer.runner)

    joined = Branch(Vault.open(new_path, NEW_PASSPHRASE))
    try:
        assert joined.name == "Northside Tenants"
        assert joined.replica.device_role(joined.replica.device_id) == "secretary"
        assert {f"{m.first_name} {m.last_name}" for m in joined.list_members()} == MEMBERS
        new_device = joined.replica.device_id
    finally:
        joined.vault.lock()
    vault = Vault.open(admin_path, "correct horse battery staple")
    try:
        roster = {d.id: (d.name, d.role) for d in list_devices(Replica(vault))}
    finally:
        vault.lock()
    assert roster[new_device] == ("New laptop", "secretary")


@contextlib.contextmanager
def offering(admin_branch, approve):
    """The admin's engine offering a pairing on loopback, on a thread of its own."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    pairing = PairingOffer()
    out: dict = {}

    def serve() -> None:
        try:
            out["result"] = offer(admin_branch.replica, "viewer", listener, pairing,
                                  approve=approve)
        except Exception as exc:  # noqa: BLE001 - reported to the test
            out["result"] = exc

    thread = threading.Thread(target=serve, name="test-admin-offer")
    thread.start()
    try:
        yield pairing.code, f"127.0.0.1:{listener.getsockname()[1]}", out
    finally:
        pairing.expires = 0  # stops the offer if it is still waiting for a laptop
        thread.join(30)
        listener.close()


def test_cancel_while_waiting_for_approval_then_declined_then_unreachable(
        qtbot, newcomer, new_path, admin):
    asked, release = threading.Event(), threading.Event()
    shown: list[str] = []

    def approve_later(name: str, device: str, check: str) -> bool:
        shown.append(check)
        asked.set()
        release.wait(30)
        return False

    before = len(list_devices(admin.replica))
    page = join_page(qtbot, newcomer)
    with offering(admin, approve_later) as (code, address, out):
        page.code.setText(code)
        page.address.setText(address)
        qtbot.mouseClick(page.join_button, LEFT)
        qtbot.waitUntil(lambda: page.check.isVisibleTo(page), timeout=30000)
        assert asked.is_set() and page.check.text() == shown[0]
        assert page.status.text() == WAITING
        assert page.cancel_button.isVisibleTo(page) and not page.back.isVisibleTo(page)
        assert new_path.exists()  # made for this join, waiting with it
        qtbot.mouseClick(page.cancel_button, LEFT)
        # the join stops while the admin still has not answered (release is not set):
        # cancelling does not wait for the admin's minutes-long timeout
        qtbot.waitUntil(lambda: not page.running, timeout=30000)
        assert not release.is_set()
        release.set()
    assert isinstance(out["result"], PairingDeclined)
    assert "cancelled" in page.status.text()
    assert leftovers(new_path) == []
    assert page.code.text() == code and page.join_button.isEnabled()
    assert page.fields.passphrase.isEnabled() and page.back.isVisibleTo(page)
    assert not page.check.isVisibleTo(page)
    assert len(list_devices(admin.replica)) == before

    with offering(admin, lambda *_: False) as (code, address, out):
        click_join(qtbot, page, code, address)
    assert page.errors["general"].text() == "The admin declined this laptop; nothing was shared."
    assert leftovers(new_path) == []

    click_join(qtbot, page, code, address)  # the offer is gone: nobody listens there
    assert "could not be reached" in page.errors["general"].text()
    assert leftovers(new_path) == []
    assert newcomer.screen == "first_run"


def unlock_to(qtbot, controller, screen: str) -> None:
    controller.start()
    assert controller.screen == "unlock"
    window = controller.window
    window.passphrase.setText(NEW_PASSPHRASE)
    qtbot.mouseClick(window.unlock_button, LEFT)
    qtbot.waitUntil(lambda: controller.screen == screen, timeout=30000)


def test_join_by_welcome_file_across_a_restart(qtbot, newcomer, new_path, admin, tmp_path,
                                               settings):
    stick = tmp_path / "stick"
    stick.mkdir()
    page = join_page(qtbot, newcomer, device="Treasurer's laptop")
    page.tabs.setCurrentIndex(1)
    page.save_request(str(stick))
    qtbot.waitUntil(lambda: newcomer.screen == "finish_join", timeout=30000)
    (request,) = stick.glob("*.caucus-request")
    assert request.name == "join-request-treasurer-s-laptop.caucus-request"
    assert str(request) in newcomer.window.notice.text()
    newcomer.shutdown()  # the app is closed between the two steps

    welcome = stick / "welcome-treasurer"
    device = admit_device(admin.replica, request.read_bytes(), "viewer", welcome)
    assert device.name == "Treasurer's laptop"

    restarted = make_controller(new_path, settings)
    try:
        unlock_to(qtbot, restarted, "finish_join")
        finish = restarted.window
        assert finish.objectName() == "finish_join"
        finish.load_welcome(str(request))  # the wrong file: said plainly, nothing changes
        qtbot.waitUntil(lambda: finish.error.isVisibleTo(finish), timeout=10000)
        assert finish.error.text() == "That is not a Caucus welcome file."
        assert restarted.screen == "finish_join"

        again = tmp_path / "another stick"
        again.mkdir()
        finish.save_request(str(again))
        qtbot.waitUntil(lambda: str(again) in finish.notice.text(), timeout=10000)
        assert (again / request.name).read_bytes() == request.read_bytes()

        fractions: list[float] = []
        finish.relay.step.connect(
            lambda step: fractions.append(step.fraction) if step.fraction is not None else None)
        finish.load_welcome(str(welcome))
        qtbot.waitUntil(lambda: finish.confirm is not None and finish.confirm.isVisible(),
                        timeout=10000)
        real = branch_fingerprint(admin.replica.branch_id)
        assert real in finish.confirm.text()
        join = [b for b in finish.confirm.buttons() if b.text() == "They match: join"][0]
        join.click()
        qtbot.waitUntil(lambda: restarted.screen == "main", timeout=30000)
        assert fractions and fractions == sorted(fractions) and 0.5 < fractions[-1] <= 1.0
        main = restarted.main_window
        qtbot.waitUntil(lambda: main.members.model.rowCount() == len(MEMBERS), timeout=15000)
        qtbot.waitUntil(lambda: "Northside Tenants" in main.windowTitle(), timeout=10000)
        assert main.statusBar().currentMessage() == "Joined Northside Tenants as viewer."
    finally:
        restarted.shutdown()
        restarted.deleteLater()
    vault = Vault.open(new_path, NEW_PASSPHRASE)
    try:
        joined = Branch(vault)
        assert {f"{m.first_name} {m.last_name}" for m in joined.list_members()} == MEMBERS
        assert joined.replica.device_role(joined.replica.device_id) == "viewer"
    finally:
        vault.lock()
