"""A plain Syncthing for tests: the always-on box, set up the way docs/always-on-box.md
tells a person to (add each laptop's device, accept the folder they offer), done here
through the box's own REST API. Nothing of Caucus runs on it.

Its GUI/REST and its sync port are on 127.0.0.1 only; global discovery, relays, NAT,
local discovery, usage and crash reports are off. Every wait is on a condition, with a
deadline; the process is stopped by its own id.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import secrets
import signal
import subprocess
from pathlib import Path

from sync.always_on.process import OwnedSyncthing, device_id_of, free_port
from tests.waiting import wait_for

OFF = {"globalAnnounceEnabled": False, "relaysEnabled": False, "natEnabled": False,
       "localAnnounceEnabled": False, "urAccepted": -1, "autoUpgradeIntervalH": 0,
       "crashReportingEnabled": False, "startBrowser": False, "stunKeepaliveStartS": 0}


def switch_off(session) -> None:
    """After a test: always-on off (Caucus's Syncthing of that vault stops) and the vault
    locked; should one still run, it is killed by its own process id (checked against
    its home, so never another process)."""
    from sync.ops import always_on

    if session.vault.is_open:
        try:
            if always_on.settings(session).enabled:
                always_on.disable(session)
        finally:
            session.lock()
    OwnedSyncthing(always_on.home_for(session.path)).kill()


def rest_call(port: int, key: str, method: str, path: str, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, None if body is None else json.dumps(body),
                     {"X-API-Key": key, "Content-Type": "application/json"})
        response = conn.getresponse()
        data = response.read()
    finally:
        conn.close()
    assert response.status < 400, (method, path, response.status, data[:300])
    return json.loads(data) if data.strip() else None


class Box:
    """A plain Syncthing process with its own home and folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"
        self.folders = root / "folders"
        self.folders.mkdir(parents=True)
        subprocess.run(["syncthing", "generate", f"--home={self.home}", "--no-default-folder"],
                       check=True, capture_output=True, timeout=60)
        self.id = device_id_of((self.home / "cert.pem").read_text())
        self.key = secrets.token_hex(16)
        self.gui = free_port()
        self.port = free_port()
        self.log = open(root / "syncthing.log", "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            ["syncthing", "serve", f"--home={self.home}", "--no-browser", "--no-restart",
             "--no-upgrade", f"--gui-address=127.0.0.1:{self.gui}", f"--gui-apikey={self.key}"],
            stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
            env={**os.environ, "STNOUPGRADE": "1", "STHASHING": "minio"})
        wait_for(self._answers, "the box's Syncthing to answer", 60)
        self.call("PATCH", "/rest/config/options",
                  {**OFF, "listenAddresses": [f"tcp://127.0.0.1:{self.port}"]})

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _answers(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError("the box's Syncthing exited")
        try:
            return self.call("GET", "/rest/system/ping") is not None
        except OSError:
            return False

    def call(self, method: str, path: str, body=None):
        return rest_call(self.gui, self.key, method, path, body)

    def add_device(self, device_id: str) -> None:
        """What the box's owner does when a laptop asks to connect: add it (a plain
        device: no introducer, no auto-accept)."""
        self.call("PUT", f"/rest/config/devices/{device_id}",
                  {"deviceID": device_id, "addresses": ["dynamic"]})

    def remove_device(self, device_id: str) -> None:
        self.call("DELETE", f"/rest/config/devices/{device_id}")

    def pending_folders(self) -> dict:
        return self.call("GET", "/rest/cluster/pending/folders") or {}

    def accept_folder(self, folder_id: str, devices: list[str]) -> Path:
        """Accept the folder the laptops offer, shared back with them."""
        path = self.folders / folder_id
        self.call("PUT", f"/rest/config/folders/{folder_id}", {
            "id": folder_id, "label": "Caucus", "path": str(path), "type": "sendreceive",
            "devices": [{"deviceID": d} for d in [self.id, *devices]],
            "fsWatcherEnabled": True, "fsWatcherDelayS": 1})
        return path

    def files(self, folder_id: str) -> set[str]:
        path = self.folders / folder_id
        return {p.name for p in path.iterdir() if not p.name.startswith(".")} \
            if path.is_dir() else set()

    def every_file(self) -> list[Path]:
        return [p for p in self.root.rglob("*") if p.is_file()]

    def stop(self) -> None:
        """Shut it down; failing that, end its process group (the monitor Syncthing runs
        as and the Syncthing it forked: it was started in a session of its own)."""
        if self.process.poll() is None:
            try:
                self.call("POST", "/rest/system/shutdown")
                self.process.wait(30)
            except (OSError, AssertionError, subprocess.TimeoutExpired):
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(30)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)  # a forked one left behind
        self.log.close()
