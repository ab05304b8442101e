"""Meeting mode: find the branch's other laptops on the LAN with multicast DNS.

Only while meeting mode is on (``caucus lan serve --announce``, or while a pairing
code is shown) does a laptop announce itself; browsing sends only queries for the
service type.

**Service type.** ``_http._tcp`` — the most common service type on any network
(printers, NAS boxes, routers, cameras, development servers all announce it), so one
more instance says nothing about which program runs behind it. A dedicated type such
as ``_caucus._tcp`` would announce "a Caucus user is here" to everyone on the Wi-Fi,
and a rarer generic type (``_workstation._tcp``) would stand out more. The cost is
that HTTP browsers may list the random instance name; connecting to it gets a
connection that closes after 64 bytes, as for any non-member.

**Names.** A random 16-hex-digit instance name and a random 16-hex-digit host name
(``<random>.local.``) per session; the machine's hostname is never used (zeroconf
publishes no host records of its own). Addresses are this machine's IPv4 addresses on
every interface (or the one address the server is bound to).

**TXT record.** Two opaque values and nothing else::

    s = nonce (24) ‖ secretbox(device key, nonce, derive_key(branch key, "lan/mdns-seal/v1"))
    t = auth(derive_key(branch key, "lan/mdns-tag/v2"),
             window (u64) ‖ port (u16) ‖ len(instance) (u8) ‖ instance ‖ s)[:16]

``window`` is the current 5-minute period since the epoch; the record is re-sealed with
a fresh nonce each period, so ``s`` and ``t`` change every period and two laptops of one
branch announce unrelated-looking values. A member recognises the tag (current,
previous or next period, for clock skew; any branch-key epoch it holds), opens the
sealed device key and names the laptop from its roster. An outsider sees two random
strings; an old announcement replayed later fails the tag, and so does a copy
re-announced now under another port or instance name. A copy under the same name and
port with another address still passes (addresses are the A records, not the TXT), so
:func:`browse` keeps every ``(address, port)`` it saw for a laptop, and the client tries
each in turn: the copy's address cannot complete the handshake with the real key.

The :class:`ServiceBrowser` calls back on its own thread: the handler only puts the
service name in a bounded queue (new names beyond the bound are dropped) and returns;
resolving and checking happen on the caller's thread, within its time limit.
"""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import queue
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import nacl.bindings
import nacl.exceptions
import nacl.utils

from sync.errors import QT_TRANSLATE_NOOP
from sync.keys import derive_key
from sync.lan.errors import NoNetwork
from sync.lan.kdf import auth

SERVICE_TYPE = "_http._tcp.local."
WINDOW_SECONDS = 300
TAG_BYTES = 16
SEALED_BYTES = 24 + 32 + 16
MAX_CANDIDATES = 256
RESOLVE_TIMEOUT_MS = 1500

T = TypeVar("T")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: Any) -> bytes | None:
    if isinstance(text, bytes):
        try:
            text = text.decode("ascii")
        except UnicodeDecodeError:
            return None
    if not isinstance(text, str) or len(text) > 200:
        return None
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError):
        return None


def tag_key(branch_key: bytes) -> bytes:
    return derive_key(branch_key, "lan/mdns-tag/v2")


def seal_key(branch_key: bytes) -> bytes:
    return derive_key(branch_key, "lan/mdns-seal/v1")


def window_of(now: float | None = None, window: int = WINDOW_SECONDS) -> int:
    return int((time.time() if now is None else now) // window)


def _tagged(window: int, port: int, instance: str, sealed: bytes) -> bytes:
    name = instance.encode("utf-8")[:255]
    return window.to_bytes(8, "big") + port.to_bytes(2, "big") + bytes([len(name)]) + name \
        + sealed


def member_txt(branch_key: bytes, device_pk: bytes, port: int, instance: str, *,
               now: float | None = None, nonce: bytes | None = None) -> dict[str, str]:
    """The TXT record announcing ``device_pk`` at ``port`` under the service name
    ``instance`` to the holders of ``branch_key``."""
    nonce = nacl.utils.random(24) if nonce is None else nonce
    sealed = nonce + nacl.bindings.crypto_secretbox_easy(device_pk, nonce, seal_key(branch_key))
    tag = auth(_tagged(window_of(now), port, instance, sealed), tag_key(branch_key))
    return {"t": _b64(tag[:TAG_BYTES]), "s": _b64(sealed)}


def read_member_txt(branch_keys: dict[int, bytes], properties: dict[Any, Any], port: int,
                    instance: str, *, now: float | None = None) -> tuple[bytes, int] | None:
    """``(device key, epoch)`` if the record is a current announcement of this branch,
    made for this ``port`` and ``instance`` name."""
    if not 0 < port < 65536:
        return None
    props = {(k.decode("ascii", "replace") if isinstance(k, bytes) else str(k)): v
             for k, v in list(properties.items())[:16]}
    tag, sealed = _unb64(props.get("t")), _unb64(props.get("s"))
    if tag is None or sealed is None or len(tag) != TAG_BYTES or len(sealed) != SEALED_BYTES:
        return None
    current = window_of(now)
    for epoch, key in sorted(branch_keys.items(), reverse=True):
        tk = tag_key(key)
        for window in (current, current - 1, current + 1):
            expected = auth(_tagged(window, port, instance, sealed), tk)[:TAG_BYTES]
            if secrets.compare_digest(expected, tag):
                try:
                    pk = nacl.bindings.crypto_secretbox_open_easy(
                        sealed[24:], sealed[:24], seal_key(key))
                except (nacl.exceptions.CryptoError, ValueError, TypeError):
                    return None
                return (pk, epoch) if len(pk) == 32 else None
    return None


def pairing_txt(nameplate: str) -> dict[str, str]:
    """A pairing offer: only the code's public first group (see :mod:`sync.lan.pairing`)."""
    return {"n": nameplate}


def read_pairing_txt(properties: dict[Any, Any]) -> str | None:
    value = properties.get(b"n", properties.get("n"))
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    return value if isinstance(value, str) and value.isdigit() and len(value) <= 4 else None


def local_addresses(include_loopback: bool = False) -> list[str]:
    """This machine's IPv4 addresses on every interface (loopback only if asked)."""
    import ifaddr

    out: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):
                continue
            addr = ipaddress.IPv4Address(ip.ip)
            if addr.is_link_local or (addr.is_loopback and not include_loopback):
                continue
            if ip.ip not in out:
                out.append(ip.ip)
    return out


def _random_label() -> str:
    return secrets.token_hex(8)


def _zeroconf(interfaces: Any = None) -> Any:
    from zeroconf import InterfaceChoice, IPVersion, Zeroconf

    try:
        return Zeroconf(interfaces=interfaces or InterfaceChoice.All,
                        ip_version=IPVersion.V4Only)
    except OSError as exc:
        raise NoNetwork.of(QT_TRANSLATE_NOOP(
            "errors", "Meeting mode cannot use the network: {reason}."),
            reason=exc.strerror or exc) from None


class Announcer:
    """Announce one service until :meth:`stop`; the TXT record is renewed every period.

    ``txt(port, instance)`` is called for each period's record (``instance`` is the
    random service name's label). The Zeroconf instance, and a thread that renews the
    record, live between :meth:`start` and :meth:`stop`.
    """

    def __init__(self, port: int, txt: Callable[[int, str], dict[str, str]], *,
                 addresses: Iterable[str] | None = None, interfaces: Any = None,
                 window: float = WINDOW_SECONDS) -> None:
        self.port = port
        self.txt = txt
        self.addresses = list(addresses) if addresses is not None else None
        self.interfaces = interfaces
        self.window = window
        self.instance = _random_label()
        self.host = _random_label()
        self._zc: Any = None
        self._info: Any = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _service_info(self) -> Any:
        from zeroconf import ServiceInfo

        addresses = self.addresses if self.addresses is not None else local_addresses()
        if not addresses:
            raise NoNetwork(QT_TRANSLATE_NOOP(
                "errors", "Meeting mode needs a network: this laptop has no IPv4 address."))
        return ServiceInfo(
            SERVICE_TYPE, f"{self.instance}.{SERVICE_TYPE}", port=self.port,
            properties=self.txt(self.port, self.instance), server=f"{self.host}.local.",
            addresses=[socket.inet_aton(a) for a in addresses],
        )

    def start(self) -> None:
        self._zc = _zeroconf(self.interfaces)
        try:
            self._info = self._service_info()
            self._zc.register_service(self._info)
        except BaseException:
            self._zc.close()
            self._zc = None
            raise
        self._thread = threading.Thread(target=self._renew, name="caucus-lan-announce",
                                        daemon=True)
        self._thread.start()

    def _renew(self) -> None:
        while True:
            left = self.window - (time.time() % self.window) + 0.5
            if self._stop.wait(left):
                return
            with contextlib.suppress(Exception):  # a failed renewal is retried next period
                self._info = self._service_info()
                self._zc.update_service(self._info)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5.0)
        if self._zc is not None:
            with contextlib.suppress(Exception):
                self._zc.unregister_service(self._info)
            self._zc.close()
            self._zc = None

    def __enter__(self) -> Announcer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@dataclass
class Found:
    """A recognised announcement: what it says, and every ``(address, port)`` it came
    with (one laptop on two interfaces, or a copy announced by someone else)."""

    value: Any
    endpoints: list[tuple[str, int]] = field(default_factory=list)


def browse(recognise: Callable[[dict[Any, Any], int, str], T | None], timeout: float, *,
           interfaces: Any = None, max_candidates: int = MAX_CANDIDATES,
           enough: Callable[[list[Found]], bool] | None = None,
           settle: float | None = None) -> list[Found]:
    """Browse the service type for ``timeout`` seconds; every announcement ``recognise``
    accepts (it gets the TXT properties, the port and the instance label, and returns a
    value or ``None``).

    Announcements with the same value are merged, keeping each one's addresses with
    its own port (at most 16 pairs).
    Stops early once ``enough(found)`` is true, or once something was recognised and no
    new service has appeared for ``settle`` seconds (responders answer a query within
    about 120 ms, so a quiet second means everyone present has answered).
    """
    from zeroconf import ServiceBrowser, ServiceStateChange

    names: queue.Queue[str] = queue.Queue(maxsize=max_candidates)
    seen: set[str] = set()
    guard = threading.Lock()

    def on_change(zeroconf: Any, service_type: str, name: str,
                  state_change: Any) -> None:  # runs on the browser's thread
        if state_change not in (ServiceStateChange.Added, ServiceStateChange.Updated):
            return
        with guard:
            if state_change is ServiceStateChange.Added and name in seen:
                return
            if len(seen) >= max_candidates:
                return
            seen.add(name)
        with contextlib.suppress(queue.Full):
            names.put_nowait(name)

    found: dict[Any, Found] = {}
    deadline = time.monotonic() + timeout
    last_new = time.monotonic()
    zc = _zeroconf(interfaces)
    browser = None
    try:
        browser = ServiceBrowser(zc, SERVICE_TYPE, handlers=[on_change])
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or (enough is not None and enough(list(found.values()))):
                break
            if settle is not None and found and time.monotonic() - last_new >= settle:
                break
            try:
                name = names.get(timeout=min(left, 0.2))
            except queue.Empty:
                continue
            last_new = time.monotonic()
            wait_ms = int(max(100, min(RESOLVE_TIMEOUT_MS, left * 1000)))
            try:
                info = zc.get_service_info(SERVICE_TYPE, name, timeout=wait_ms)
            except Exception:  # noqa: BLE001, S112 - a bad record from anyone is skipped
                continue
            if info is None or not info.port:
                continue
            value = recognise(dict(info.properties or {}), info.port,
                              name.removesuffix("." + SERVICE_TYPE))
            if value is None:
                continue
            entry = found.setdefault(_key(value), Found(value))
            for address in info.parsed_addresses():
                pair = (address, info.port)
                if pair not in entry.endpoints and len(entry.endpoints) < 16:
                    entry.endpoints.append(pair)
    finally:
        if browser is not None:
            browser.cancel()
        zc.close()
    return list(found.values())


def _key(value: Any) -> Any:
    return value[0] if isinstance(value, tuple) else value
