"""Finding Syncthing on this computer, and the Syncthing that Caucus owns.

Caucus's own Syncthing has its own home folder (keys, config, index database) next to
the vault, so it never touches a Syncthing the user runs for anything else. Before every
start Caucus writes into that home's ``config.xml`` what must hold before Syncthing sends
its first packet: the GUI/REST address (127.0.0.1 and a port picked at random), the API
key (random, kept in the vault), global discovery, relays, NAT traversal, STUN, usage
and crash reporting and automatic upgrades off (or discovery and relays on, when the user
chose that), local discovery and the listen addresses as configured, and a device name
that names no one. Then it runs ``syncthing serve --no-browser --no-restart --no-upgrade
--no-default-folder`` in a session of its own, so the process keeps carrying the folder
when the app or the command that started it ends, until always-on sync is switched off.

The API key is never on a command line (other users of the computer could read it
there); Syncthing keeps it in its own config file, readable by this user only.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import shutil
import signal
import socket
import ssl
import subprocess
import time
import xml.etree.ElementTree as ET  # noqa: S405 - only the config Syncthing wrote itself
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, AlwaysOnError, SyncthingMissing, SyncthingUnreachable
from ..store.files import atomic_write
from .identity import GROUP, check_character

SYNCTHING = "syncthing"
MISSING = ("Syncthing is not installed on this computer: install the Debian package "
           "'syncthing' (sudo apt install syncthing), then switch always-on sync on again.")
START_SECONDS = 60.0
STOP_SECONDS = 30.0


def find_syncthing() -> str:
    """The ``syncthing`` program on PATH; :class:`SyncthingMissing` (one sentence that
    names the package to install) when there is none."""
    path = shutil.which(SYNCTHING)
    if path is None:
        raise SyncthingMissing(MISSING)
    return path


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on now (another program may take it before we do: the
    start then fails and says so)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def device_id_of(cert_pem: str) -> str:
    """A Syncthing device ID from its certificate (SHA-256 of the DER, base32, checked)."""
    der = ssl.PEM_cert_to_DER_cert(cert_pem)
    plain = base64.b32encode(hashlib.sha256(der).digest()).decode().rstrip("=")
    grouped = "".join(plain[i:i + GROUP] + check_character(plain[i:i + GROUP])
                      for i in range(0, len(plain), GROUP))
    return "-".join(grouped[i:i + 7] for i in range(0, len(grouped), 7))


@dataclass
class Launch:
    """What Caucus writes into the config before Syncthing starts."""

    gui_port: int
    api_key: str
    listen: list[str]
    #: option name (as in the REST API and config.xml) → value
    options: dict[str, bool | int] = field(default_factory=dict)
    name: str = "Caucus laptop"


def _text(value: bool | int | str) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


# Started here and not yet stopped: kept so each is reaped (no zombie, no warning).
_children: dict[int, subprocess.Popen] = {}


def _signal(pid: int, sig: int) -> None:
    """Signal the process group Caucus started Syncthing in (a session of its own, so the
    group is that Syncthing and whatever it forked, nothing else)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


def _group_alive(pid: int) -> bool:
    try:
        os.killpg(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class OwnedSyncthing:
    """The Syncthing of one vault, in its own home folder."""

    def __init__(self, home: Path, binary: str | None = None) -> None:
        self.home = Path(home)
        self.binary = binary

    @property
    def config(self) -> Path:
        return self.home / "config.xml"

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"

    @property
    def pid_file(self) -> Path:
        return self.home / "caucus.pid"

    def ensure_home(self) -> str:
        """Make the home (keys and config) on first use; this device's ID."""
        if not self.config.is_file() or not (self.home / "cert.pem").is_file():
            self.home.mkdir(mode=0o700, parents=True, exist_ok=True)
            binary = self.binary or find_syncthing()
            done = subprocess.run(
                [binary, "generate", f"--home={self.home}", "--no-default-folder"],
                capture_output=True, text=True, timeout=START_SECONDS, check=False)
            if done.returncode != 0 or not self.config.is_file():
                raise AlwaysOnError.of(QT_TRANSLATE_NOOP(
                    "errors", "Syncthing could not make its home folder {home}."), home=self.home)
        return self.device_id()

    def device_id(self) -> str:
        return device_id_of((self.home / "cert.pem").read_text())

    def write_settings(self, launch: Launch) -> None:
        """Put ``launch`` into config.xml (Syncthing must not be running)."""
        tree = ET.parse(self.config)  # noqa: S314 - written by Syncthing, in our own home
        root = tree.getroot()
        me = self.device_id()
        for device in root.findall("device"):
            if device.get("id") == me:
                device.set("name", launch.name)
        gui = root.find("gui")
        if gui is None:
            gui = ET.SubElement(root, "gui")
        gui.set("enabled", "true")
        gui.set("tls", "false")
        for tag, value in (("address", f"127.0.0.1:{launch.gui_port}"),
                           ("apikey", launch.api_key)):
            node = gui.find(tag)
            (node if node is not None else ET.SubElement(gui, tag)).text = value
        options = root.find("options")
        if options is None:
            options = ET.SubElement(root, "options")
        for node in options.findall("listenAddress"):
            options.remove(node)
        for address in launch.listen:
            ET.SubElement(options, "listenAddress").text = address
        for name, value in launch.options.items():
            node = options.find(name)
            (node if node is not None else ET.SubElement(options, name)).text = _text(value)
        atomic_write(self.config, ET.tostring(root, encoding="utf-8"), mode=0o600)

    # -- the process ----------------------------------------------------------------------
    def pid(self) -> int | None:
        """The process id of this home's Syncthing, if one Caucus started still runs."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        child = _children.get(pid)
        if child is not None and child.poll() is not None:
            _children.pop(pid, None)
            return None
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            return None
        home = f"--home={self.home}".encode()
        return pid if home in cmdline else None

    def start(self, launch: Launch, ready: Callable[[], bool],
              timeout: float = START_SECONDS) -> int:
        """Write ``launch`` into the config, start Syncthing and wait until ``ready()``
        (its REST API answers with our key); the process id."""
        if self.pid() is not None:
            raise AlwaysOnError(QT_TRANSLATE_NOOP(
                "errors", "Caucus's Syncthing is already running."))
        binary = self.binary or find_syncthing()
        self.write_settings(launch)
        # STMONITORED: one process, no monitor that forks the real one (so the process id
        # Caucus keeps is Syncthing's own); STHASHING skips a one-second benchmark
        env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1", "STMONITORED": "1",
               "STHASHING": "minio"}
        env.pop("STGUIAPIKEY", None)
        with open(self.log, "ab") as log:
            child = subprocess.Popen(
                [binary, "serve", f"--home={self.home}", "--no-browser", "--no-restart",
                 "--no-upgrade", "--no-default-folder", "--logflags=3"],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
                start_new_session=True, close_fds=True)
        _children[child.pid] = child
        atomic_write(self.pid_file, f"{child.pid}\n".encode())
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(SyncthingUnreachable):
                if ready():
                    return child.pid
            try:
                child.wait(0.1)  # the pause between tries: ends at once if it stopped
            except subprocess.TimeoutExpired:
                continue
            _children.pop(child.pid, None)
            if "address already in use" in self._log_tail():
                raise PortBusy()
            #: {log} is the path of Syncthing's log file
            raise AlwaysOnError.of(QT_TRANSLATE_NOOP(
                "errors", "Syncthing stopped as it started; its log {log} says why."),
                log=self.log)
        self.kill()
        raise AlwaysOnError.of(QT_TRANSLATE_NOOP(
            "errors", "Syncthing did not start within {timeout:.0f} seconds; its log is {log}."),
            timeout=float(timeout), log=self.log)

    def stop(self, shutdown: Callable[[], None] | None = None,
             timeout: float = STOP_SECONDS) -> bool:
        """Ask Syncthing to exit (``shutdown``: the REST call), then make sure it did;
        False when none was running."""
        pid = self.pid()
        if pid is None:
            return False
        if shutdown is not None:
            with contextlib.suppress(SyncthingUnreachable):
                shutdown()
        if not self._gone(pid, timeout / 2):
            _signal(pid, signal.SIGTERM)
            if not self._gone(pid, timeout / 2):
                self.kill()
        with contextlib.suppress(OSError):
            self.pid_file.unlink()
        return True

    def kill(self) -> None:
        pid = self.pid()
        if pid is not None:
            _signal(pid, signal.SIGKILL)
            self._gone(pid, STOP_SECONDS)

    def _gone(self, pid: int, timeout: float) -> bool:
        """Wait (bounded) until process ``pid`` and its process group have exited."""
        deadline = time.monotonic() + timeout
        child = _children.get(pid)
        if child is not None:
            try:
                child.wait(timeout)
            except subprocess.TimeoutExpired:
                return False
            _children.pop(pid, None)
        while time.monotonic() < deadline:
            if not _group_alive(pid):
                return True
            time.sleep(0.05)  # another process's child: nothing to wait on but the group
        return not _group_alive(pid)

    def _log_tail(self) -> str:
        try:
            with open(self.log, "rb") as fh:
                fh.seek(max(0, fh.seek(0, os.SEEK_END) - 4096))
                return fh.read().decode("utf-8", "replace")
        except OSError:
            return ""


class PortBusy(AlwaysOnError):
    """Another program took the port chosen for Syncthing; a new one is picked next time."""
