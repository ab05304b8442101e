"""The meeting-mode announcement: opaque to outsiders, recognised by members; the browser's
callback stays bounded whatever the network sends."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest
import zeroconf

from sync.lan import discovery
from sync.lan.discovery import (
    SERVICE_TYPE,
    WINDOW_SECONDS,
    browse,
    member_txt,
    pairing_txt,
    read_member_txt,
    read_pairing_txt,
)

KEY0, KEY1, OTHER = bytes([1]) * 32, bytes([2]) * 32, bytes([3]) * 32
PK = bytes(range(32))
NOW = 1_750_000_000.0
PORT, NAME = 47300, "0123456789abcdef"
HERE = (PORT, NAME)


def as_properties(txt: dict[str, str]) -> dict[bytes, bytes]:
    return {k.encode(): v.encode() for k, v in txt.items()}


def test_a_member_recognises_the_announcement_and_opens_the_device_key():
    txt = member_txt(KEY0, PK, *HERE, now=NOW)
    assert set(txt) == {"t", "s"}
    assert read_member_txt({0: KEY0}, as_properties(txt), *HERE, now=NOW) == (PK, 0)
    assert read_member_txt({0: KEY0}, txt, *HERE, now=NOW) == (PK, 0)  # str keys too


def test_the_record_says_nothing_readable():
    txt = member_txt(KEY0, PK, *HERE, now=NOW)
    blob = "".join(txt.values())
    assert PK.hex() not in blob and PK.hex()[:8] not in blob
    assert all(c.isalnum() or c in "-_" for c in blob)
    again = member_txt(KEY0, PK, *HERE, now=NOW)
    assert again["t"] != txt["t"] and again["s"] != txt["s"]  # unlinkable, even at once


def test_outsiders_and_stale_or_tampered_records_are_not_recognised():
    txt = member_txt(KEY0, PK, *HERE, now=NOW)
    assert read_member_txt({0: OTHER}, txt, *HERE, now=NOW) is None
    assert read_member_txt({0: KEY0}, txt, *HERE, now=NOW + WINDOW_SECONDS) is not None  # skew
    assert read_member_txt({0: KEY0}, txt, *HERE, now=NOW - WINDOW_SECONDS) is not None
    assert read_member_txt({0: KEY0}, txt, *HERE, now=NOW + 3 * WINDOW_SECONDS) is None  # replayed
    for field in ("t", "s"):
        bad = dict(txt)
        bad[field] = ("A" if bad[field][0] != "A" else "B") + bad[field][1:]
        assert read_member_txt({0: KEY0}, bad, *HERE, now=NOW) is None
    for junk in ({}, {"t": "x"}, {b"t": b"\xff\xfe", b"s": b"\x00"}, {"t": "A" * 5000,
                 "s": "B"}, {b"path": b"/"}):
        assert read_member_txt({0: KEY0}, junk, *HERE, now=NOW) is None


def test_every_epoch_this_device_holds_is_tried():
    txt = member_txt(KEY0, PK, *HERE, now=NOW)
    assert read_member_txt({1: KEY1, 0: KEY0}, txt, *HERE, now=NOW) == (PK, 0)
    assert read_member_txt({1: KEY1}, txt, *HERE, now=NOW) is None


def test_a_pairing_offer_carries_only_the_public_nameplate():
    assert pairing_txt("47") == {"n": "47"}
    assert read_pairing_txt({b"n": b"47"}) == "47"
    for junk in ({}, {b"n": b"4x"}, {b"n": b"12345"}, {b"n": None}):
        assert read_pairing_txt(junk) is None


# -- the browser's callback under a flood, with fakes for zeroconf ---------------------------
class FakeZeroconf:
    def __init__(self, records):
        self.records = records
        self.resolved = []
        self.closed = False

    def get_service_info(self, type_, name, timeout=3000):
        self.resolved.append(name)
        if name not in self.records:
            return None
        port, props, addresses = self.records[name]
        return SimpleNamespace(port=port, properties=props, parsed_addresses=lambda: addresses)

    def close(self):
        self.closed = True


class FloodingBrowser:
    """Calls the handler from its own thread, as zeroconf does, many thousands of times."""

    def __init__(self, zc, type_, handlers):
        self.handler = handlers[0]
        self.stop = False
        self.thread = threading.Thread(target=self.flood, name="caucus-lan-fake-browser")
        self.thread.start()

    def flood(self):
        for i in range(20000):
            if self.stop:
                return
            name = {5: f"{NAME}._http._tcp.local.", 6: "copy._http._tcp.local.",
                    7: "twin._http._tcp.local."}.get(i, f"n{i}._http._tcp.local.")
            self.handler(zeroconf=None, service_type=SERVICE_TYPE, name=name,
                         state_change=zeroconf.ServiceStateChange.Added)

    def cancel(self):
        self.stop = True
        self.thread.join()


def test_the_browser_callback_is_bounded_and_members_are_found(monkeypatch):
    ours = as_properties(member_txt(KEY0, PK, *HERE))
    fake = FakeZeroconf({
        f"{NAME}._http._tcp.local.": (PORT, ours, ["10.0.0.9", "10.0.0.9"]),
        # a copy of our record with another address and port: not recognised
        "copy._http._tcp.local.": (9, ours, ["10.0.0.66"]),
        # the same laptop announced again on another port (say, a restart): both kept
        "twin._http._tcp.local.": (4242, as_properties(member_txt(KEY0, PK, 4242, "twin")),
                                   ["10.0.0.9"]),
    })
    monkeypatch.setattr(discovery, "_zeroconf", lambda interfaces=None: fake)
    monkeypatch.setattr(zeroconf, "ServiceBrowser", FloodingBrowser)
    started = time.monotonic()
    found = browse(lambda props, port, name: read_member_txt({0: KEY0}, props, port, name),
                   3.0, max_candidates=64, settle=0.5)
    assert time.monotonic() - started < 4
    assert [f.value for f in found] == [(PK, 0)]
    assert found[0].endpoints == [("10.0.0.9", PORT), ("10.0.0.9", 4242)]
    assert len(fake.resolved) <= 64 and fake.closed


def test_an_announcer_needs_an_address(monkeypatch):
    from sync.lan.errors import LanError

    monkeypatch.setattr(discovery, "local_addresses", lambda include_loopback=False: [])
    announcer = discovery.Announcer(1234, lambda _port, _name: {"t": "x"})
    with pytest.raises(LanError, match="no IPv4 address"):
        announcer._service_info()


def test_instance_and_host_names_are_random_per_session():
    a = discovery.Announcer(1, lambda _port, _name: {})
    b = discovery.Announcer(1, lambda _port, _name: {})
    assert a.instance != b.instance and a.host != b.host
    assert len(a.instance) == 16 and int(a.instance, 16) >= 0
    import socket

    assert socket.gethostname() not in (a.instance, a.host)
