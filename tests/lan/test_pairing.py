"""Pairing a new laptop: the code, the two state machines, end to end on loopback."""

from __future__ import annotations

import contextlib
import socket
import threading

import pytest

from sync.errors import NotPermitted
from sync.lan import pairing as pairing_mod
from sync.lan.errors import (
    CannotListen,
    CodeSpent,
    LanUsageError,
    MalformedFrame,
    NotReachable,
    PairingDeclined,
    PairingError,
    UnexpectedMessage,
    WrongCode,
)
from sync.lan.pairing import (
    AdminPairing,
    AdminState,
    JoinerPairing,
    JoinerState,
    PairingOffer,
    join,
    new_code,
    normalise_code,
    offer,
)
from sync.replica import Replica
from sync.trust import join_request
from tests.lan.procs import Proc, run, state_hash

CODE = "47-105-962"


def test_codes_are_eight_digits_from_the_csprng_and_typed_loosely():
    codes = {new_code() for _ in range(200)}
    assert len(codes) > 190
    for code in codes:
        assert len(code) == 10 and code[2] == code[6] == "-" and normalise_code(code).isdigit()
    assert normalise_code(" 47 105 962 ") == normalise_code("47-105-962") == "47105962"
    for bad in ("4710596", "471059621", "47-105-96x", "٤٧١٠٥٩٦٢"):
        with pytest.raises(WrongCode):
            normalise_code(bad)


# -- the machines, driven by hand --------------------------------------------------------
def machines(joiner_code: str = CODE, admin_code: str = CODE, request: bytes = b"req"):
    return JoinerPairing(joiner_code, request), AdminPairing(admin_code)


def test_right_code_both_sides_agree_on_keys_and_the_check_string():
    joiner, admin = machines()
    reply = admin.on_pake(joiner.start())
    confirm = joiner.on_pake(reply)
    assert joiner.state is JoinerState.AWAIT_CONFIRM and admin.state is AdminState.AWAIT_CONFIRM
    admin_confirm = admin.on_confirm(confirm)
    assert admin.confirmed and admin.state is AdminState.AWAIT_REQUEST
    assert joiner.on_confirm(admin_confirm) == ["request", b"req"]
    assert joiner.keys == admin.keys
    assert len(joiner.keys.check) == 7 and joiner.keys.check[3] == " "


def test_wrong_code_is_caught_by_the_admin_before_anything_is_shared():
    joiner, admin = machines(joiner_code="47-105-963")
    confirm = joiner.on_pake(admin.on_pake(joiner.start()))
    with pytest.raises(WrongCode):
        admin.on_confirm(confirm)
    assert admin.state is AdminState.FAILED and admin.guessed and not admin.confirmed
    assert joiner.keys != admin.keys


def test_an_admin_impostor_cannot_confirm_to_the_joiner():
    joiner, impostor = machines(admin_code="11-111-111")
    joiner.on_pake(impostor.on_pake(joiner.start()))
    impostor._transcript = joiner._transcript  # even with the right transcript
    forged = ["confirm", pairing_mod.auth(joiner._transcript, impostor.keys.admin_confirm)]
    with pytest.raises(PairingError, match="does not know the code"):
        joiner.on_confirm(forged)
    assert joiner.state is JoinerState.FAILED


def test_steps_out_of_order_are_refused():
    joiner, admin = machines()
    with pytest.raises(LanUsageError):
        joiner.on_confirm(["confirm", b"x" * 32])
    with pytest.raises(LanUsageError):
        admin.on_request(["request", b"x"])
    joiner, admin = machines()
    with pytest.raises(UnexpectedMessage):
        admin.on_pake(["confirm", b"x"])
    with pytest.raises(MalformedFrame):
        AdminPairing(CODE).on_pake(["pake", {"v": 1, "msg": "not bytes"}])
    with pytest.raises(MalformedFrame):
        AdminPairing(CODE).on_pake(["pake", {"v": 1, "msg": b"\x00" * 33}])  # not a point


def test_the_admin_rejects_a_request_that_is_not_a_signed_join_request():
    joiner, admin = machines(request=b"forged")
    admin.on_confirm(joiner.on_pake(admin.on_pake(joiner.start())))
    with pytest.raises(MalformedFrame):
        admin.on_request(["request", b"forged"])


def test_a_decline_and_a_damaged_welcome():
    joiner, admin = machines()
    joiner.on_confirm(admin.on_confirm(joiner.on_pake(admin.on_pake(joiner.start()))))
    with pytest.raises(PairingDeclined):
        joiner.on_decision(["error", "declined", "no"])
    joiner, admin = machines()
    joiner.on_confirm(admin.on_confirm(joiner.on_pake(admin.on_pake(joiner.start()))))
    joiner.on_decision(["approved", {"role": "secretary", "size": 4}])
    assert joiner.on_welcome(["welcome", b"ab"]) == b"ab"
    with pytest.raises(PairingError, match="damaged"):
        joiner.on_welcome(["welcome-end", b"\x00" * 32])


# -- end to end over loopback sockets ----------------------------------------------------
@contextlib.contextmanager
def admin_offering(admin_replica, pairing, approve=lambda *a: True, role="secretary"):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    out: dict = {}

    def serve() -> None:
        try:
            out["result"] = offer(admin_replica, role, listener, pairing, approve=approve)
        except Exception as exc:  # noqa: BLE001 - reported to the test
            out["result"] = exc

    thread = threading.Thread(target=serve, name="caucus-lan-test-admin")
    thread.start()
    try:
        yield listener.getsockname(), out
    finally:
        pairing.expires = 0  # stop the loop if still waiting
        thread.join(30)
        listener.close()


def test_pairing_end_to_end_with_the_right_code(branches):
    founder, spare = branches["founder"].replica, branches["spare"].replica
    pairing = PairingOffer(CODE)
    checks: dict[str, tuple] = {}
    with admin_offering(founder, pairing,
                        approve=lambda name, dev, check: checks.update(admin=(name, check))
                        or True) as (address, out):
        report = join(spare, CODE, address,
                      show_check=lambda c: checks.update(joiner=("", c)))
    outcome = out["result"]
    assert outcome.device_name == "spare laptop" and outcome.role == "secretary"
    assert outcome.applied == report.applied > 0
    assert checks["admin"][0] == "spare laptop"
    assert checks["admin"][1] == checks["joiner"][1]  # both screens show the same string
    joined = Replica(spare.vault)
    assert joined.device_role(joined.device_id) == "secretary"
    assert joined.state_hash() == Replica(founder.vault).state_hash()


def test_three_wrong_codes_spend_the_offer_and_nothing_leaks(branches, monkeypatch):
    founder, spare = branches["founder"].replica, branches["spare"].replica
    pairing = PairingOffer(CODE)
    sent_after_confirm = []
    original = pairing_mod._admin_session

    def watch(*args, **kwargs):
        try:
            return original(*args, **kwargs)
        finally:
            sent_after_confirm.append(args[1].confirmed)

    monkeypatch.setattr(pairing_mod, "_admin_session", watch)
    with admin_offering(founder, pairing) as (address, out):
        for attempt, code in enumerate(("47-105-961", "00-000-000", "47-105-960")):
            with pytest.raises((WrongCode, CodeSpent)) as caught:
                join(spare, code, address)
            if attempt < 2:
                assert "code was wrong" in str(caught.value)
            else:
                assert isinstance(caught.value, CodeSpent | WrongCode)
    assert isinstance(out["result"], CodeSpent)
    assert pairing.spent and pairing.failures == 3
    assert sent_after_confirm == [False, False, False]  # never past the code check
    assert not Replica(spare.vault).initialised
    with pytest.raises(NotReachable):  # the offer is gone: the right code is no use now
        join(spare, CODE, address)


def test_the_admin_declining_shares_nothing(branches):
    founder, spare = branches["founder"].replica, branches["spare"].replica
    pairing = PairingOffer(CODE)
    roster_before = founder.active_devices()
    with admin_offering(founder, pairing, approve=lambda *a: False) as (address, out):
        with pytest.raises(PairingDeclined):
            join(spare, CODE, address)
    assert isinstance(out["result"], PairingDeclined)
    assert Replica(founder.vault).active_devices() == roster_before
    assert not Replica(spare.vault).initialised


def test_only_an_admin_may_offer(branches):
    listener = socket.socket()
    with listener, pytest.raises(NotPermitted):
        offer(branches["sec0"].replica, "secretary", listener, PairingOffer(CODE),
              approve=lambda *a: True)


def test_an_offer_on_a_broken_listener_is_a_sentence_not_an_oserror(branches):
    listener = socket.socket()
    listener.close()
    with pytest.raises(CannotListen, match="cannot take connections"):
        offer(branches["founder"].replica, "secretary", listener, PairingOffer(CODE),
              approve=lambda *a: True)


def test_the_joiner_refuses_a_vault_that_already_has_a_branch(branches):
    with pytest.raises(Exception, match="already belongs"):
        join(branches["sec0"].replica, CODE, ("127.0.0.1", 9))
    assert join_request(branches["spare"].replica)  # the spare is ready to join


def test_pair_and_join_commands_end_to_end(branches, tmp_path):
    for name, branch in branches.items():
        branch.vault.lock()
        del name
    founder = branches["founder"].vault.path
    new_vault = tmp_path / "new" / "laptop.caucus"
    new_vault.parent.mkdir()
    with Proc(["lan", "pair", "--role", "viewer", "--bind", "127.0.0.1", "--no-announce",
               "--yes", "--code", CODE], founder, tmp_path / "logs", "admin") as admin:
        host, port = admin.wait_listening()
        assert f"Pairing code: {CODE}" in admin.stdout
        wrong = run(["lan", "join", "--code", "47-105-900", "--peer", f"{host}:{port}",
                     "--device", "New laptop", "--kdf", "interactive"], new_vault)
        assert wrong.returncode == 1 and "code was wrong" in wrong.stderr
        done = run(["lan", "join", "--code", CODE.replace("-", " "), "--peer",
                    f"{host}:{port}", "--device", "New laptop", "--kdf", "interactive"],
                   new_vault)
        assert done.returncode == 0, done.stderr
        assert "Joined 'Riverside Tenants' as viewer" in done.stdout
        assert "Check string:" in done.stderr
        assert admin.wait() == 0
        assert "Admitted New laptop" in admin.stdout
        assert "tried a wrong code (2 tries left)" in admin.stderr
    assert state_hash(new_vault) == state_hash(founder)
