"""Configuring Syncthing through its REST API (``/rest/config/...``, Syncthing ≥ 1.12).

Exactly one folder, this laptop's sync folder, shared with exactly the devices the
roster names (its laptops that switched always-on sync on, and its carrier boxes): a
device the roster does not name is never added, one it no longer names (revoked,
removed) is taken out, and no device is an introducer or may add folders by itself.

In the Syncthing Caucus owns, that folder and those devices are all there is. In one
the user runs (``attached``), Caucus touches only its folder and the devices it added
itself (``managed``): the user's other folders and devices stay as they were, and so do
the options (discovery, relays), which are the user's to set; but a device that
carries Caucus's folder is made a plain one there too (no introducer, no auto-accept).

Nothing Caucus gives Syncthing names a person, a laptop or the branch: devices are
called "Caucus laptop" or "Caucus box", the folder "Caucus", its ID is derived from the
branch key. Syncthing shows those names to the devices it connects to.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..bundle import SUFFIX
from ..keys import derive_key
from .rest import Rest

FOLDER_LABEL = "Caucus"
LAPTOP_NAME = "Caucus laptop"
BOX_NAME = "Caucus box"
#: Syncthing carries only the bundles at the top of the folder: never a temp file of
#: ours (.name.pid.random.tmp) or anything else, never a conflict copy.
IGNORES = [".*", "*.sync-conflict-*", f"!/*{SUFFIX}", "*"]
RELAYS = "dynamic+https://relays.syncthing.net/endpoint"

#: what every device Caucus configures says, whatever Syncthing's defaults are
DEVICE_RULES = {"introducer": False, "autoAcceptFolders": False, "paused": False,
                "skipIntroductionRemovals": False}


@dataclass(frozen=True)
class Peer:
    """A device to share the folder with. ``name`` is the roster's (shown in Caucus
    only, never given to Syncthing)."""

    syncthing_id: str
    kind: str  # "laptop" or "box"
    addresses: tuple[str, ...] = ("dynamic",)
    name: str = ""
    device_id: str | None = None  # the laptop's device key; None for a box

    @property
    def label(self) -> str:
        return BOX_NAME if self.kind == "box" else LAPTOP_NAME


def folder_id(branch_key_0: bytes) -> str:
    """The folder's ID, the same on every laptop of the branch and saying nothing of it."""
    digest = derive_key(branch_key_0, "always-on/folder-id/v1", size=10)
    text = base64.b32encode(digest).decode().lower()
    return f"caucus-{text[:8]}-{text[8:]}"


def options(discovery: bool, local_discovery: bool, listen: list[str]) -> dict:
    """The options of a Syncthing Caucus owns (names as in the REST API and config.xml).

    Off unless the user turns discovery on: global discovery, relays, NAT traversal
    (UPnP/NAT-PMP) and STUN, which each tell servers on the internet this device's ID and
    addresses. Always off: usage and crash reports, automatic upgrades, the browser.
    Devices not connected are tried every 10 s (Syncthing's default is a minute): a
    laptop the roster just named, which refused the first try because it did not know
    this one yet, connects soon after it does."""
    return {
        "globalAnnounceEnabled": discovery, "relaysEnabled": discovery,
        "natEnabled": discovery, "stunKeepaliveStartS": 180 if discovery else 0,
        "announceLANAddresses": False, "localAnnounceEnabled": local_discovery,
        "urAccepted": -1, "autoUpgradeIntervalH": 0, "crashReportingEnabled": False,
        "startBrowser": False, "reconnectionIntervalS": 10,
    }


def listen_addresses(listen: list[str], discovery: bool) -> list[str]:
    return [*listen, RELAYS] if discovery else list(listen)


@dataclass
class Configured:
    """What one configuration pass changed."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    folder_changed: bool = False
    managed: list[str] = field(default_factory=list)


def _device(peer: Peer) -> dict:
    return {"deviceID": peer.syncthing_id, "name": peer.label,
            "addresses": list(peer.addresses) or ["dynamic"], **DEVICE_RULES}


def _differs(current: dict, wanted: dict) -> bool:
    return any(current.get(key) != value for key, value in wanted.items())


def folder_config(fid: str, path: Path, me: str, peers: Iterable[Peer]) -> dict:
    return {
        "id": fid, "label": FOLDER_LABEL, "path": str(path), "type": "sendreceive",
        "devices": [{"deviceID": d} for d in [me, *sorted({p.syncthing_id for p in peers})]],
        "paused": False, "fsWatcherEnabled": True, "fsWatcherDelayS": 1,
        "rescanIntervalS": 600, "ignorePerms": True, "maxConflicts": 0,
        "order": "oldestFirst", "versioning": {"type": "", "params": {}},
    }


def configure(rest: Rest, *, me: str, fid: str, path: Path, peers: list[Peer],
              owned: bool, managed: Iterable[str] = ()) -> Configured:
    """Make Syncthing's config say exactly this (see the module docstring)."""
    done = Configured()
    wanted = {p.syncthing_id: p for p in peers if p.syncthing_id != me}
    managed_ids = set(managed)
    devices = {d["deviceID"]: d for d in rest.get("/rest/config/devices") or []}
    folders = {f["id"]: f for f in rest.get("/rest/config/folders") or []}
    others_use = {d["deviceID"] for f in folders.values() if f["id"] != fid
                  for d in f.get("devices", [])}
    for st_id, peer in wanted.items():
        current_device = devices.get(st_id)
        if current_device is None:
            rest.put(f"/rest/config/devices/{st_id}", _device(peer))
            done.added.append(st_id)
            managed_ids.add(st_id)
            continue
        # a device of the user's own keeps its name and addresses, but a device that
        # carries this folder is never an introducer and never accepts folders by itself
        want = _device(peer) if owned or st_id in managed_ids else dict(DEVICE_RULES)
        if _differs(current_device, want):
            rest.put(f"/rest/config/devices/{st_id}", {**current_device, **want})
    # a device joins the config before the folder, and leaves the folder before the
    # config (a folder shared with a device Syncthing does not know drops it)
    current = folders.get(fid)
    folder = folder_config(fid, path, me, wanted.values())
    if current is None or _folder_differs(current, folder):
        rest.put(f"/rest/config/folders/{fid}", {**(current or {}), **folder})
        done.folder_changed = True
    for st_id in devices:
        if st_id == me or st_id in wanted:
            continue
        ours = owned or (st_id in managed_ids and st_id not in others_use)
        if ours:
            rest.delete(f"/rest/config/devices/{st_id}")
            done.removed.append(st_id)
    if owned:
        for other in folders:
            if other != fid:
                rest.delete(f"/rest/config/folders/{other}")
                done.folder_changed = True
    ignores = rest.get("/rest/db/ignores", folder=fid) or {}
    if (ignores.get("ignore") or []) != IGNORES:
        rest.post("/rest/db/ignores", {"ignore": IGNORES}, folder=fid)
    done.managed = sorted(s for s in managed_ids if s in wanted)
    return done


def _folder_differs(current: dict, wanted: dict) -> bool:
    simple = {k: v for k, v in wanted.items() if k not in ("devices", "versioning")}
    have = sorted(d.get("deviceID") for d in current.get("devices", []))
    want = sorted(d["deviceID"] for d in wanted["devices"])
    return _differs(current, simple) or have != want \
        or (current.get("versioning") or {}).get("type") != ""


def remove_folder(rest: Rest, fid: str, managed: Iterable[str]) -> None:
    """Take Caucus's folder out of a Syncthing the user runs, and the devices Caucus
    added to it that no other folder uses."""
    folders = rest.get("/rest/config/folders") or []
    others_use = {d["deviceID"] for f in folders if f["id"] != fid
                  for d in f.get("devices", [])}
    if any(f["id"] == fid for f in folders):
        rest.delete(f"/rest/config/folders/{fid}")
    present = {d["deviceID"] for d in rest.get("/rest/config/devices") or []}
    for st_id in managed:
        if st_id in present and st_id not in others_use:
            rest.delete(f"/rest/config/devices/{st_id}")
