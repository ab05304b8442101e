"""The LAN node in one process: addresses, the identify probe, epochs, the threaded server."""

from __future__ import annotations

import logging
import socket
import threading

import pytest
from nacl.signing import SigningKey

from sync.lan.errors import LanUsageError
from sync.lan.node import (
    PROBE_ANSWER,
    PROBE_BYTES,
    PROBE_PROOF_BYTES,
    PROBE_RESPONSE_BYTES,
    Keyring,
    LanServer,
    Node,
    check_probe,
    identify,
    open_probe_proof,
    open_probe_response,
    parse_address,
    probe_key,
    probe_proof,
    probe_request,
    probe_response,
    sync_with,
)
from sync.replica import Replica
from sync.trust import revoke_device
from tests.writes import bulky_members

KEY = bytes([9]) * 32
PK = bytes(range(32))


@pytest.mark.parametrize(("text", "expected"), [
    ("127.0.0.1:5000", ("127.0.0.1", 5000)), ("[::1]:80", ("::1", 80)),
    ("laptop.local:1", ("laptop.local", 1)), (" 10.0.0.2:65535 ", ("10.0.0.2", 65535)),
])
def test_addresses(text, expected):
    assert parse_address(text) == expected


@pytest.mark.parametrize("text", ["", "host", "host:", ":80", "host:0", "host:70000",
                                  "host:http"])
def test_bad_addresses(text):
    with pytest.raises(LanUsageError):
        parse_address(text)


def test_the_identify_probe_round_trip_and_its_bindings():
    key = probe_key(KEY)
    request = probe_request(key)
    assert len(request) == PROBE_BYTES == 64 and check_probe(key, request)
    assert not check_probe(probe_key(bytes(32)), request)
    tampered = request[:-1] + bytes([request[-1] ^ 1])
    assert not check_probe(key, tampered)
    response = probe_response(key, request, PROBE_ANSWER, PK)
    assert len(response) == PROBE_RESPONSE_BYTES
    assert open_probe_response(key, request, response) == (PROBE_ANSWER, PK)
    assert open_probe_response(key, probe_request(key), response) is None  # bound to request
    assert open_probe_response(probe_key(bytes(32)), request, response) is None


def test_the_proof_an_older_key_holder_gives_is_bound_to_the_challenge_and_the_probe():
    key, device = probe_key(KEY), SigningKey.generate()
    request, challenge = probe_request(key), bytes([5]) * 32
    proof = probe_proof(key, request, challenge, device)
    assert len(proof) == PROBE_PROOF_BYTES
    assert open_probe_proof(key, request, challenge, proof) == bytes(device.verify_key)
    assert open_probe_proof(key, request, bytes(32), proof) is None  # another challenge
    assert open_probe_proof(key, probe_request(key), challenge, proof) is None  # replayed
    assert open_probe_proof(probe_key(bytes(32)), request, challenge, proof) is None


def test_keyring_epochs_newest_first(branches):
    founder = branches["founder"].replica
    revoke_device(founder, branches["sec1"].replica.device_id)
    keyring = Keyring.read(founder)
    assert keyring.epoch == 1 and keyring.epochs() == [1, 0]
    assert keyring.network_key(1) != keyring.network_key(0)


def run_clients(server_address, *nodes):
    results = {}

    def go(node):
        results[node.device_pk] = sync_with(node, server_address)

    threads = [threading.Thread(target=go, args=(n,), name="caucus-lan-test-client")
               for n in nodes]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return [results[n.device_pk] for n in nodes]


def test_the_server_serves_several_laptops_at_once(branches, caplog):
    caplog.set_level(logging.INFO, "caucus.lan")
    founder, sec0, sec1 = branches["founder"], branches["sec0"], branches["sec1"]
    founder.add_member(first_name="Fay", last_name="Founder")
    sec0.add_member(first_name="Sam", last_name="Zero")
    sec1.add_member(first_name="Sol", last_name="One")
    with LanServer(Node(founder.replica), ("127.0.0.1", 0)) as server:
        a, b = run_clients(server.address, Node(sec0.replica), Node(sec1.replica))
        assert a.complete and b.complete, (a.error, b.error)
        c, d = run_clients(server.address, Node(sec0.replica), Node(sec1.replica))
        assert c.complete and d.complete
    assert server.sessions == 4  # counted once each server thread has finished
    hashes = {b.replica.state_hash() for b in (founder, sec0, sec1)}
    assert len(hashes) == 1
    assert sum("synced with" in r.message for r in caplog.records) == 4


def test_a_laptop_that_rotated_still_reaches_and_updates_one_that_did_not(branches):
    founder, sec0 = branches["founder"], branches["sec0"]
    revoke_device(founder.replica, branches["sec1"].replica.device_id)
    server_node = Node(sec0.replica)  # still on epoch 0
    with LanServer(server_node, ("127.0.0.1", 0)) as server:
        client = Node(founder.replica)
        pk, epoch = identify(client, server.address)
        assert pk == sec0.replica.device_pk and epoch == 0
        result = sync_with(client, server.address)
        assert result.complete, result.error
    assert Replica(sec0.vault).meta("key_epoch") == "1"
    assert founder.replica.state_hash() == Replica(sec0.vault).state_hash()


def test_the_client_refuses_a_server_outside_its_roster(branches):
    founder, sec0, spare = branches["founder"], branches["sec0"], branches["spare"]
    leaked = spare.replica  # a laptop nobody admitted, holding a copy of the branch key
    with leaked.sql_transaction():
        leaked.set_secret("branch_key.0", founder.replica.secret("branch_key.0"))
        leaked.set_meta("branch_id", founder.replica.branch_id.hex())
        leaked.set_meta("key_epoch", "0")
    impostor = Node(leaked)
    impostor.check_self = lambda: None  # it serves although no roster names it
    server = LanServer(impostor, ("127.0.0.1", 0))
    with server:
        before = sec0.replica.state_hash()
        result = sync_with(Node(sec0.replica), server.address)
    assert not result.complete and result.reason == "PeerNotInRoster"
    assert sec0.replica.state_hash() == before


def test_unreachable_and_self(branches):
    free = socket.socket()
    free.bind(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()
    node = Node(branches["sec0"].replica)
    result = sync_with(node, ("127.0.0.1", port))
    assert not result.complete and result.reason == "NotReachable"
    assert "Could not sync with 127.0.0.1" in result.summary()
    with LanServer(node, ("127.0.0.1", 0)) as server:
        result = sync_with(Node(branches["sec0"].replica), server.address)
    assert not result.complete and "this laptop itself" in result.error


def test_a_revoked_laptop_refuses_to_serve(branches):
    founder, sec1 = branches["founder"], branches["sec1"]
    revoke_device(founder.replica, sec1.replica.device_id)
    sec1.replica.receive(founder.replica.export_changesets())
    from sync.errors import NotPermitted

    with pytest.raises(NotPermitted):
        LanServer(Node(sec1.replica), ("127.0.0.1", 0)).start()


def test_two_meeting_laptops_syncing_each_other_at_once_both_finish(branches):
    """Each laptop serves and, at the same moment, syncs with the other. A server that
    held its vault while sending would wait for a client that waits for that vault."""
    founder, sec0 = branches["founder"], branches["sec0"]
    bulky_members(founder.replica, 500, 1)
    bulky_members(sec0.replica, 500, 2)
    nodes = {name: Node(b.replica, threading.RLock()) for name, b in
             (("founder", founder), ("sec0", sec0))}
    servers = {name: LanServer(node, ("127.0.0.1", 0), lock_timeout=20.0)
               for name, node in nodes.items()}
    results = {}
    with servers["founder"], servers["sec0"]:
        def go(name, other):
            results[name] = sync_with(nodes[name], servers[other].address)

        threads = [threading.Thread(target=go, args=pair, name="caucus-lan-test-client")
                   for pair in (("founder", "sec0"), ("sec0", "founder"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(90)
    assert not any(t.is_alive() for t in threads)
    assert all(r.complete for r in results.values()), {n: r.error for n, r in results.items()}
    assert founder.replica.state_hash() == Replica(sec0.vault).state_hash()
