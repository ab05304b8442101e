"""Fixtures for the LAN tests: real replicas of one branch, cloned cheaply; no leaked threads."""

from __future__ import annotations

import threading
import time

import pytest

from tests.replicas import build_template


@pytest.fixture(scope="session")
def lan_template(tmp_path_factory):
    """founder, sec0, sec1, viewer admitted; spare prepared but not admitted."""
    return build_template(tmp_path_factory.mktemp("lan-template"))


@pytest.fixture
def branches(lan_template, tmp_path):
    out = lan_template.clone(tmp_path / "vaults")
    yield out
    for branch in out.values():
        if branch.vault.is_open:
            branch.vault.lock()


def _lan_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate()
            if t.is_alive() and (t.name.startswith("caucus-lan") or "zeroconf" in t.name.lower())]


@pytest.fixture(autouse=True)
def no_leaked_lan_threads():
    """A test must stop every LAN thread it started (as python-zeroconf's tests insist)."""
    before = set(_lan_threads())
    yield
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        leaked = [t for t in _lan_threads() if t not in before]
        if not leaked:
            return
        time.sleep(0.05)
    pytest.fail(f"LAN threads still running after the test: {[t.name for t in leaked]}")
