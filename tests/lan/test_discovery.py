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


def as_properties(txt: dict[str, str]) -> dict[bytes, bytes]:
    return {k.encode(): v.encode() for k, v in txt.items()}


def test_a_member_recognises_the_announcement_and_opens_the_device_key():
    txt = member_txt(KEY0, PK, now=NOW)
    assert set(txt) == {"t", "s"}
    assert read_member_txt({0: KEY0}, as_properties(txt), now=NOW) == (PK, 0)
    assert read_member_txt({0: KEY0}, txt, now=NOW) == (PK, 0)  # str keys too


def test_the_record_says_nothing_readable():
    txt = member_txt(KEY0, PK, now=NOW)
    blob = "".join(txt.values())
    assert PK.hex() not in blob and PK.hex()[:8] not in blob
    assert all(c.isalnum() or c in "-_" for c in blob)
    again = member_txt(KEY0, PK, now=NOW)
    assert again["t"] != txt["t"] and again["s"] != txt["s"]  # unlinkable, even at once


def test_outsiders_and_stale_or_tampered_records_are_not_recognised():
    txt = member_txt(KEY0, PK, now=NOW)
    assert read_member_txt({0: OTHER}, txt, now=NOW) is None
    assert read_member_txt({0: KEY0}, txt, now=NOW + WINDOW_SECONDS) is not None  # skew
    assert read_member_txt({0: KEY0}, txt, now=NOW - WINDOW_SECONDS) is not None
    assert read_member_txt({0: KEY0}, txt, now=NOW + 3 * WINDOW_SECONDS) is None  # replayed
    for field in ("t", "s"):
        bad = dict(txt)
        bad[field] = ("A" if bad[field][0] != "A" else "B") + bad[field][1:]
        assert read_member_txt({0: KEY0}, bad, now=NOW) is None
    for junk in ({}, {"t": "x"}, {b"t": b"\xff\xfe", b"s": b"\x00"}, {"t": "A" * 5000,
                 "s": "B"}, {b"path": b"/"}):
        assert read_member_txt({0: KEY0}, junk, now=NOW) is None


def test_every_epoch_this_device_holds_is_tried():
    txt = member_txt(KEY0, PK, now=NOW)
    assert read_member_txt({1: KEY1, 0: KEY0}, txt, now=NOW) == (PK, 0)
    assert read_member_txt({1: KEY1}, txt, now=NOW) is None


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
        props = self.records.get(name)
        if props is None:
            return None
        return SimpleNamespace(port=4242, properties=props,
                               parsed_addresses=lambda: ["10.0.0.9", "10.0.0.9"])

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
            name = "ours._http._tcp.local." if i == 5 else f"n{i}._http._tcp.local."
            self.handler(zeroconf=None, service_type=SERVICE_TYPE, name=name,
                         state_change=zeroconf.ServiceStateChange.Added)

    def cancel(self):
        self.stop = True
        self.thread.join()


def test_the_browser_callback_is_bounded_and_members_are_found(monkeypatch):
    ours = as_properties(member_txt(KEY0, PK))
    fake = FakeZeroconf({"ours._http._tcp.local.": ours})
    monkeypatch.setattr(discovery, "_zeroconf", lambda interfaces=None: fake)
    monkeypatch.setattr(zeroconf, "ServiceBrowser", FloodingBrowser)
    started = time.monotonic()
    found = browse(lambda props: read_member_txt({0: KEY0}, props), 3.0, max_candidates=64,
                   settle=0.5)
    assert time.monotonic() - started < 4
    assert [f.value for f in found] == [(PK, 0)]
    assert found[0].addresses == ["10.0.0.9"] and found[0].port == 4242
    assert len(fake.resolved) <= 64 and fake.closed


def test_an_announcer_needs_an_address(monkeypatch):
    from sync.lan.errors import LanError

    monkeypatch.setattr(discovery, "local_addresses", lambda include_loopback=False: [])
    announcer = discovery.Announcer(1234, lambda: {"t": "x"})
    with pytest.raises(LanError, match="no IPv4 address"):
        announcer._service_info()


def test_instance_and_host_names_are_random_per_session():
    a = discovery.Announcer(1, dict)
    b = discovery.Announcer(1, dict)
    assert a.instance != b.instance and a.host != b.host
    assert len(a.instance) == 16 and int(a.instance, 16) >= 0
    import socket

    assert socket.gethostname() not in (a.instance, a.host)
