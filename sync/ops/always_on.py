"""Always-on sync: Syncthing carries this laptop's sync folder (ARCHITECTURE §7).

Switching it on starts a Syncthing that Caucus owns (its home next to the vault, its
GUI/REST on 127.0.0.1 and a random port, a random API key kept in the vault) or uses one
the user already runs (its address and API key), and configures in it one folder, this
laptop's sync folder, shared with exactly the roster's devices that have a Syncthing ID
(its laptops and carrier boxes; :mod:`sync.always_on.config`). The laptop's own
Syncthing ID goes into the roster in a change set it signs itself, so the others add it.

:func:`sync_now` is the one step everything comes back to: take the roster's devices
into Syncthing (a revocation takes one out before anything new is written), import the
bundles that arrived (:mod:`sync.folder`, each file once), and leave this laptop's news
in the folder. The app runs it when Syncthing reports an arrival, when a local change
is waiting and when the vault is unlocked (so what came while it was locked is caught
up); the command line's ``watch`` loops on it. Nothing here runs while the vault is
locked: Syncthing only carries ciphertext meanwhile.

:class:`Link` is what a thread that must not touch the vault needs to talk to Syncthing
(its status, its events); :func:`link` reads it from the vault once.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .. import trust
from ..always_on import config
from ..always_on.config import Configured, Peer
from ..always_on.events import Events
from ..always_on.identity import parse_address, parse_device_id
from ..always_on.process import Launch, OwnedSyncthing, PortBusy, find_syncthing, free_port
from ..always_on.rest import Rest, loopback_address
from ..errors import (
    QT_TRANSLATE_NOOP,
    AlwaysOnError,
    AlwaysOnOff,
    CaucusError,
    SyncthingUnreachable,
    ValidationError,
)
from ..folder import FolderSyncResult, arrivals, import_arrivals, pending, publish, scan
from ..phrases import Phrase
from ..progress import Cancel, ProgressFn, ignore
from .changed import Area, Changes
from .session import Session

META_KEY = "always_on"
KEY_SECRET = "always_on.api_key"  # noqa: S105 (the secret's name)
LISTEN_MODES = ("lan", "loopback")
MIN_VERSION = (1, 12)  # the /rest/config endpoints
ANSWER_SECONDS = 20.0

DISCOVERY_EXPLANATION = QT_TRANSLATE_NOOP(
    "always_on",
    "Off, laptops find each other only on the same network (and the box at its fixed "
    "address). On, Syncthing's public discovery servers learn this laptop's Syncthing "
    "device ID and its internet (IP) address, so laptops can find each other from "
    "anywhere, and public relay servers may carry its traffic when no direct connection "
    "works: they see which devices talk and when, never what the bundles hold, which "
    "stay encrypted with the branch key.")


@dataclass
class Settings:
    """This laptop's always-on choices, kept in the vault (never replicated)."""

    enabled: bool = False
    attached: bool = False  # a Syncthing the user runs, not Caucus's own
    address: str = ""  # its GUI/REST address on this computer
    folder: str = ""
    listen: str = "lan"  # "lan", "loopback" or a tcp:// address (Caucus's own only)
    port: int = 0  # the sync protocol's port (Caucus's own only)
    discovery: bool = False  # global discovery and relays (Caucus's own only)
    managed: list[str] = field(default_factory=list)  # devices added to the user's
    last_received_ms: int | None = None

    @classmethod
    def load(cls, session: Session) -> Settings:
        try:
            data = json.loads(session.replica.meta(META_KEY) or "{}")
        except ValueError:
            data = {}
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known) if isinstance(data, dict) else cls()

    def save(self, session: Session) -> None:
        with session.replica.sql_transaction():
            session.replica.set_meta(META_KEY, json.dumps(asdict(self)))

    def listen_addresses(self) -> list[str]:
        host = {"lan": "0.0.0.0", "loopback": "127.0.0.1"}.get(self.listen)  # noqa: S104
        return [f"tcp://{host}:{self.port}"] if host else [self.listen]

    def published_addresses(self) -> list[str]:
        """What the roster says about where this laptop listens: nothing on a LAN (local
        discovery finds it), the fixed address otherwise."""
        if self.attached or self.listen == "lan":
            return []
        return self.listen_addresses()


def settings(session: Session) -> Settings:
    return Settings.load(session)


def home_for(vault_path: Path) -> Path:
    """Caucus's own Syncthing's home: next to the vault."""
    return vault_path.with_name(vault_path.name + ".syncthing")


def default_folder(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".sync")


# -- the link to Syncthing -------------------------------------------------------------------
@dataclass
class PeerState:
    peer: Peer
    connected: bool = False
    address: str = ""
    need_bytes: int | None = None  # what it still lacks of the folder

    def to_dict(self) -> dict:
        return {"name": self.peer.name, "kind": self.peer.kind,
                "syncthing_id": self.peer.syncthing_id, "connected": self.connected,
                "address": self.address, "need_bytes": self.need_bytes}


@dataclass
class Observed:
    """What Syncthing says now (no vault needed)."""

    running: bool
    peers: list[PeerState] = field(default_factory=list)
    incoming_bytes: int = 0  # what this laptop still lacks of the folder
    outgoing_bytes: int = 0  # what the connected devices still lack
    state: str = ""  # the folder's: idle, scanning, syncing…
    problem: str = ""


@dataclass
class Link:
    """Talking to this laptop's Syncthing: read from the vault once, usable anywhere."""

    rest: Rest
    me: str
    folder_id: str
    folder: Path
    owned: bool
    peers: list[Peer]

    def events(self) -> Events:
        return Events(self.rest.clone(), self.folder_id)

    def observe(self) -> Observed:
        try:
            connections = (self.rest.get("/rest/system/connections") or {}).get(
                "connections", {})
            folder = self.rest.get("/rest/db/status", folder=self.folder_id) or {}
            states = []
            for peer in self.peers:
                seen = connections.get(peer.syncthing_id) or {}
                state = PeerState(peer, bool(seen.get("connected")), seen.get("address", ""))
                if state.connected:
                    done = self.rest.get("/rest/db/completion", folder=self.folder_id,
                                         device=peer.syncthing_id) or {}
                    state.need_bytes = int(done.get("needBytes", 0))
                states.append(state)
        except CaucusError as exc:
            return Observed(False, [PeerState(p) for p in self.peers], problem=str(exc))
        return Observed(True, states, int(folder.get("needBytes", 0)),
                        sum(s.need_bytes or 0 for s in states), str(folder.get("state", "")))


def peers_of(session: Session, me: str = "") -> list[Peer]:
    """The roster's devices to share the folder with: its laptops (not revoked) that
    switched always-on on, then its carrier boxes; never this laptop."""
    replica = session.replica
    out: dict[str, Peer] = {}
    for device in trust.list_devices(replica):
        if device.this_device or device.revoked or not device.syncthing_id:
            continue
        st_id, addresses = _checked(device.syncthing_id, device.syncthing_addresses)
        if st_id and st_id != me:
            out.setdefault(st_id, Peer(st_id, "laptop", addresses, device.name, device.id))
    for box in trust.list_carriers(replica):
        st_id, addresses = _checked(box.syncthing_id, box.addresses)
        if st_id and st_id != me:
            out.setdefault(st_id, Peer(st_id, "box", addresses, box.name))
    return list(out.values())


def _checked(st_id: str, addresses: list[str]) -> tuple[str | None, tuple[str, ...]]:
    """A roster entry's ID and addresses as written by another laptop: checked again."""
    try:
        st_id = parse_device_id(st_id)
    except CaucusError:
        return None, ()
    good = []
    for address in addresses:
        try:
            good.append(parse_address(address))
        except CaucusError:
            continue
    return st_id, tuple(good) or ("dynamic",)


def _folder_id(session: Session) -> str:
    key = session.replica.secret("branch_key.0")
    if key is None:
        raise AlwaysOnError(QT_TRANSLATE_NOOP("errors", "This laptop has not joined a branch yet."))
    return config.folder_id(key)


def _api_key(session: Session) -> str:
    key = session.replica.secret(KEY_SECRET)
    if key is None:
        key = secrets.token_urlsafe(32).encode()
        with session.replica.sql_transaction():
            session.replica.set_secret(KEY_SECRET, key)
    return key.decode()


def link(session: Session) -> Link:
    """The link to this laptop's Syncthing, without starting or asking it anything."""
    s = settings(session)
    if not s.enabled:
        raise AlwaysOnOff()
    me = ""
    if not s.attached:
        with contextlib.suppress(OSError):  # its home is made at the first start
            me = OwnedSyncthing(home_for(session.path)).device_id()
    if not s.address:
        raise SyncthingUnreachable("Caucus's Syncthing has not started yet.")
    rest = Rest(s.address, _api_key(session))
    return Link(rest, me, _folder_id(session), Path(s.folder), not s.attached,
                peers_of(session, me))


def _version_ok(rest: Rest) -> None:
    text = str((rest.get("/rest/system/version") or {}).get("version", ""))
    found = re.match(r"v?(\d+)\.(\d+)", text)
    if found is None or (int(found[1]), int(found[2])) < MIN_VERSION:
        #: {version} is the version Syncthing gave (or "unknown version")
        raise AlwaysOnError.of(QT_TRANSLATE_NOOP(
            "errors", "This Syncthing ({version}) is too old; Caucus needs Syncthing 1.12 or "
            "later."), version=text or Phrase(QT_TRANSLATE_NOOP("phrases", "unknown version")))


def _answers(rest: Rest) -> bool:
    try:
        return rest.get("/rest/system/ping", timeout=5) is not None
    except SyncthingUnreachable:
        return False


def _answers_soon(rest: Rest, seconds: float = ANSWER_SECONDS) -> bool:
    """A running Syncthing may be slow to answer (a busy computer): it is given a while
    before it counts as not ours to keep."""
    deadline = time.monotonic() + seconds
    while True:
        if _answers(rest):
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)  # refused at once: a pause before the next try


def connect(session: Session, s: Settings | None = None) -> Link:
    """The link to a Syncthing that answers: Caucus's own is started when it is not
    running (after a reboot, or if it stopped)."""
    s = s or settings(session)
    if s.attached:
        rest = Rest(s.address, _api_key(session))
        me = parse_device_id(str((rest.get("/rest/system/status") or {}).get("myID", "")))
        _version_ok(rest)
        return Link(rest, me, _folder_id(session), Path(s.folder), False,
                    peers_of(session, me))
    owned = OwnedSyncthing(home_for(session.path), find_syncthing())
    me = owned.ensure_home()
    key = _api_key(session)
    if s.address and owned.pid() is not None and _answers_soon(Rest(s.address, key)):
        return Link(Rest(s.address, key), me, _folder_id(session), Path(s.folder), True,
                    peers_of(session, me))
    owned.stop()  # one that runs but does not answer to our key is not ours to keep
    for attempt in range(2):
        s.port = s.port if s.port and attempt == 0 else free_port()
        gui = free_port()
        rest = Rest(f"127.0.0.1:{gui}", key)
        try:
            owned.start(launch_for(s, gui, key), ready=lambda r=rest: _answers(r))
        except PortBusy:
            if attempt:
                raise
            continue
        s.address = rest.address
        s.save(session)
        return Link(rest, me, _folder_id(session), Path(s.folder), True,
                    peers_of(session, me))
    raise AlwaysOnError(  # pragma: no cover - the loop returns
        QT_TRANSLATE_NOOP("errors", "Syncthing could not start."))


def launch_for(s: Settings, gui_port: int, key: str) -> Launch:
    """What Caucus's own Syncthing is told before it starts, for these settings."""
    return Launch(gui_port, key, config.listen_addresses(s.listen_addresses(), s.discovery),
                  config.options(s.discovery, s.listen != "loopback", []), config.LAPTOP_NAME)


def _apply(session: Session, link_: Link, s: Settings) -> Configured:
    """Syncthing's config as the roster says; this laptop's Syncthing ID in the roster."""
    Path(link_.folder).mkdir(mode=0o700, parents=True, exist_ok=True)
    done = config.configure(link_.rest, me=link_.me, fid=link_.folder_id,
                            path=Path(link_.folder).resolve(), peers=link_.peers,
                            owned=link_.owned, managed=s.managed)
    if link_.owned:
        launch = launch_for(s, 0, "")
        want = {**launch.options, "listenAddresses": launch.listen}
        have = link_.rest.get("/rest/config/options") or {}
        if any(have.get(k) != v for k, v in want.items()):
            link_.rest.patch("/rest/config/options", want)
    elif done.managed != s.managed:
        s.managed = done.managed
        s.save(session)
    if session.replica.initialised:
        trust.set_syncthing_identity(session.replica, link_.me, s.published_addresses())
    return done


# -- the use cases ------------------------------------------------------------------------
@dataclass
class Synced:
    """What one always-on step did: the folder sync (imports, the bundle written) and
    what it changed in Syncthing's config."""

    result: FolderSyncResult
    configured: Configured
    changes: Changes

    @property
    def applied(self) -> int:
        return sum(r.applied for r in self.result.imported.values())


def sync_now(session: Session, *, progress: ProgressFn = ignore,
             cancel: Cancel | None = None) -> Synced:
    """Roster into Syncthing, arrivals in, this laptop's news out (see the module)."""
    s = settings(session)
    if not s.enabled:
        raise AlwaysOnOff()
    link_ = connect(session, s)
    configured = _apply(session, link_, s)
    replica = session.replica
    folder = Path(s.folder)
    cancelled = None if cancel is None else cancel.is_set
    paths = arrivals(replica, scan(replica, folder), skip_seen=True)
    imported, skipped = import_arrivals(replica, paths, progress, cancelled, skip_seen=True)
    applied = sum(r.applied for r in imported.values())
    if applied or any(r.rejected for r in imported.values()):
        peers = peers_of(session, link_.me)
        if peers != link_.peers:  # a revocation, an admission, a box: before we write
            link_.peers = peers
            later = _apply(session, link_, s)
            configured.added += later.added
            configured.removed += later.removed
    result = publish(replica, folder, scan(replica, folder), progress, len(paths) + 1)
    result.imported, result.skipped = imported, skipped
    if result.wrote:
        link_.rest.post("/rest/db/scan", folder=link_.folder_id, timeout=60)
    if applied:
        s = settings(session)
        s.last_received_ms = int(time.time() * 1000)
        s.save(session)
    changes = Changes.all_data() if applied or any(r.rejected for r in imported.values()) \
        else Changes()
    return Synced(result, configured, changes)


@dataclass
class Enabled:
    settings: Settings
    syncthing_id: str
    synced: Synced


def enable(session: Session, *, folder: str | Path | None = None, listen: str | None = None,
           attach: str | None = None, api_key: str | None = None) -> Enabled:
    """Switch always-on sync on (again): Caucus's own Syncthing, or with ``attach`` (its
    GUI address) and ``api_key`` the one the user runs."""
    if not session.initialised:
        raise AlwaysOnError(QT_TRANSLATE_NOOP("errors", "This laptop has not joined a branch yet."))
    s = settings(session)
    if attach is not None:
        loopback_address(attach)
        if not api_key:
            raise AlwaysOnError(QT_TRANSLATE_NOOP(
                "errors", "Using your own Syncthing needs its API key (Actions → Settings → "
                "GUI)."))
        s.attached, s.address = True, Rest(attach, api_key).address
        with session.replica.sql_transaction():
            session.replica.set_secret(KEY_SECRET, api_key.encode())
    elif s.attached:
        s.attached, s.address, s.managed = False, "", []
    if listen is not None:
        s.listen = listen if listen in LISTEN_MODES else parse_address(listen)
        if s.listen == "dynamic":
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Listen on lan, loopback or an address tcp://HOST:PORT."), "listen")
        if "://" in s.listen and not s.attached:
            s.port = int(s.listen.rsplit(":", 1)[1])
    s.folder = str(Path(folder).expanduser().resolve()) if folder else (
        s.folder or str(default_folder(session.path)))
    s.enabled = True
    s.save(session)
    try:
        synced = sync_now(session)
        me = connect(session).me
    except BaseException:
        with contextlib.suppress(CaucusError, OSError):
            disable(session)  # nothing left running, nothing half on
        raise
    return Enabled(settings(session), me, synced)


@dataclass
class Disabled:
    stopped: bool  # Caucus's own Syncthing was running and is stopped now


def disable(session: Session) -> Disabled:
    """Switch always-on sync off: Caucus's own Syncthing stops; from one the user runs,
    Caucus's folder (and the devices it added) are taken out. The folder stays on disk."""
    s = settings(session)
    stopped = False
    key = _api_key(session)
    try:
        if s.attached and s.address:
            config.remove_folder(Rest(s.address, key), _folder_id(session), s.managed)
        elif not s.attached:
            owned = OwnedSyncthing(home_for(session.path))
            rest = Rest(s.address, key) if s.address else None
            stopped = owned.stop(None if rest is None else
                                 lambda: rest.post("/rest/system/shutdown"))
    finally:  # off in the vault even when Syncthing could not be told
        s = settings(session)
        s.enabled = False
        if s.attached:
            s.managed = []
        s.save(session)
    return Disabled(stopped)


@dataclass
class Status:
    settings: Settings
    syncthing_id: str
    folder_id: str
    observed: Observed
    #: laptops of the branch that have not switched always-on sync on yet (names)
    waiting: list[str]
    #: this laptop holds changes its files in the folder do not carry yet
    local_pending: bool
    #: this laptop may add and remove boxes
    admin: bool = False

    def to_dict(self) -> dict:
        s, seen = self.settings, self.observed
        return {
            "enabled": s.enabled, "syncthing": "yours" if s.attached else "caucus",
            "running": seen.running, "syncthing_id": self.syncthing_id, "folder": s.folder,
            "folder_id": self.folder_id,
            "address": s.address, "listen": s.listen, "discovery": s.discovery,
            "peers": [p.to_dict() for p in seen.peers], "waiting": self.waiting,
            "incoming_bytes": seen.incoming_bytes, "outgoing_bytes": seen.outgoing_bytes,
            "folder_state": seen.state, "last_received_ms": s.last_received_ms,
            "local_pending": self.local_pending, "problem": seen.problem,
        }


def status(session: Session, *, observe: bool = True) -> Status:
    """Where always-on sync stands: Syncthing running, peers connected, bytes pending,
    the last change received. Without ``observe``, only what the vault knows (Syncthing
    is not asked: the app asks it from a thread of its own, :meth:`Link.observe`)."""
    s = settings(session)
    waiting = [d.name for d in trust.list_devices(session.replica)
               if not d.this_device and not d.revoked and not d.syncthing_id]
    if not s.enabled:
        fid = _folder_id(session) if session.initialised else ""
        return Status(s, "", fid, Observed(False), waiting, False, session.is_admin)
    try:
        link_ = link(session)
    except SyncthingUnreachable as exc:
        return Status(s, "", _folder_id(session), Observed(False, problem=str(exc)), waiting,
                      pending(session.replica, s.folder), session.is_admin)
    seen = link_.observe() if observe else Observed(False, [PeerState(p) for p in link_.peers])
    me = link_.me or (_my_id(link_) if observe else "")
    return Status(s, me, link_.folder_id, seen, waiting, pending(session.replica, s.folder),
                  session.is_admin)


def _my_id(link_: Link) -> str:
    try:
        return str((link_.rest.get("/rest/system/status") or {}).get("myID", ""))
    except CaucusError:
        return ""


def local_pending(session: Session) -> bool:
    """Cheap: whether this laptop has news the folder does not carry yet (a reason to
    run :func:`sync_now`). False while always-on sync is off."""
    s = settings(session)
    return s.enabled and pending(session.replica, s.folder)


@dataclass
class BoxChanged:
    box: trust.Carrier
    changes: Changes


def add_box(session: Session, syncthing_id: str, address: str, name: str = "") -> BoxChanged:
    """Admit a carrier box by its Syncthing device ID and address (admins only); every
    laptop shares the folder with it as the admission reaches it."""
    box = trust.admit_carrier(session.replica, syncthing_id, [address], name)
    if settings(session).enabled:
        sync_now(session)
    return BoxChanged(box, Changes.of(Area.ROSTER))


def remove_box(session: Session, ref: str) -> BoxChanged:
    box = trust.remove_carrier(session.replica, ref)
    if settings(session).enabled:
        sync_now(session)
    return BoxChanged(box, Changes.of(Area.ROSTER))


def set_discovery(session: Session, on: bool) -> Settings:
    """Global discovery and relays on or off (Caucus's own Syncthing; see
    :data:`DISCOVERY_EXPLANATION` for what turning them on reveals)."""
    s = settings(session)
    if s.attached:
        raise AlwaysOnError(QT_TRANSLATE_NOOP(
            "errors", "Discovery and relays are set in your own Syncthing, not here."))
    s.discovery = bool(on)
    s.save(session)
    if s.enabled:
        _apply(session, connect(session, s), s)
    return s


def watch(session: Session, stop: threading.Event, *, every: float = 2.0,
          report: Callable[[Synced], None] | None = None,
          until: Callable[[], bool] | None = None) -> int:
    """Keep importing arrivals and leaving this laptop's news until ``stop`` is set (or
    ``until()`` says so, or always-on sync is switched off meanwhile): a step at once
    whenever Syncthing reports an arrival, and every ``every`` seconds for changes made
    by other programs. The steps taken."""
    events: Events | None = None
    steps = 0
    while not stop.is_set() and not (until and until()):
        try:
            synced = sync_now(session)
        except AlwaysOnOff:
            if steps:  # switched off meanwhile (by the app or another command): done
                return steps
            raise
        steps += 1
        if report is not None:
            report(synced)
        try:
            if events is None:
                events = link(session).events()
                events.wait(0)
            events.wait(max(1, int(every)))
        except SyncthingUnreachable:
            events = None  # restarted, or stopped: the next step starts it again
    return steps
