"""A small client of Syncthing's REST API, on this computer only.

Every call sends the API key (``X-API-Key``) to an address on the loopback interface
(``127.0.0.1``, ``::1`` or ``localhost``): the key gives full control of Syncthing, so it
never travels over a network, and Caucus never talks to another machine's Syncthing.
Bodies are JSON both ways. Failures are :class:`~sync.errors.CaucusError` subclasses
that say what went wrong in words (the API key and Syncthing's own texts stay out of
them, beyond a short reason for a refused request).

Built on :mod:`http.client` rather than ``urllib.request`` for one reason: a long-poll
of the event API (a minute at most) must end at once when the app locks or quits, and
:meth:`Rest.abort` can shut the socket of a call in flight.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import socket
import threading
import urllib.parse
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, SyncthingFailed, SyncthingRefused, SyncthingUnreachable

LOOPBACK_NAMES = ("localhost",)
DEFAULT_TIMEOUT = 10.0
MAX_REPLY = 64 * 1024 * 1024  # a config of thousands of devices is a few MB


def loopback_address(address: str) -> tuple[str, int]:
    """``host, port`` of an address on this computer (``127.0.0.1:8384``,
    ``http://localhost:8384``); anything else is refused."""
    text = address.strip()
    if "://" not in text:
        text = f"http://{text}"
    try:
        parts = urllib.parse.urlsplit(text)
        port = parts.port
    except ValueError:
        port, parts = None, None
    if parts is None or parts.scheme != "http" or not parts.hostname or not port:
        raise SyncthingUnreachable(
            f"{address!r} is not an address of Syncthing's GUI on this computer; write it "
            "as 127.0.0.1:PORT (Syncthing shows it under Actions → Settings → GUI).")
    host = parts.hostname
    try:
        local = ipaddress.ip_address(host).is_loopback
    except ValueError:
        local = host.lower() in LOOPBACK_NAMES
    if not local:
        raise SyncthingUnreachable(
            "Caucus talks only to a Syncthing on this computer (127.0.0.1), so the API key "
            "never crosses a network.")
    return host, port


class Rest:
    """Calls to one Syncthing's REST API."""

    def __init__(self, address: str, api_key: str, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.host, self.port = loopback_address(address)
        self._key = api_key
        self.timeout = timeout
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._aborted = False

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def __repr__(self) -> str:  # never the key
        return f"Rest({self.address!r})"

    @property
    def in_flight(self) -> int:
        """How many calls are waiting on Syncthing now."""
        with self._lock:
            return len(self._open)

    def clone(self) -> Rest:
        """Another client of the same Syncthing, with calls of its own to abort."""
        return Rest(self.address, self._key, self.timeout)

    # -- verbs ----------------------------------------------------------------------------
    def get(self, path: str, timeout: float | None = None, **query: Any) -> Any:
        return self.call("GET", path, query=query, timeout=timeout)

    def put(self, path: str, body: Any) -> Any:
        return self.call("PUT", path, body)

    def patch(self, path: str, body: Any) -> Any:
        return self.call("PATCH", path, body)

    def post(self, path: str, body: Any = None, timeout: float | None = None,
             **query: Any) -> Any:
        return self.call("POST", path, body, query=query, timeout=timeout)

    def delete(self, path: str) -> Any:
        return self.call("DELETE", path)

    def abort(self) -> None:
        """End every call in flight now (and refuse new ones): they raise
        :class:`SyncthingUnreachable`. For a watcher that must stop at once."""
        with self._lock:
            self._aborted = True
            socks = list(self._open)
        for sock in socks:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed: nothing to wake

    # -- the one way out ----------------------------------------------------------------
    def call(self, method: str, path: str, body: Any = None, *,
             query: dict[str, Any] | None = None, timeout: float | None = None) -> Any:
        """One request; the JSON reply (None when the reply is empty)."""
        url = urllib.parse.quote(path, safe="/-_.~")
        if query:
            url += "?" + urllib.parse.urlencode({k: v for k, v in query.items()
                                                 if v is not None})
        headers = {"X-API-Key": self._key, "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        conn = http.client.HTTPConnection(self.host, self.port,
                                          timeout=timeout or self.timeout)
        try:
            status, reply = self._exchange(conn, method, url, data, headers)
        finally:
            conn.close()
        if status in (401, 403):
            raise SyncthingRefused()
        if status >= 400:
            reason = reply.decode("utf-8", "replace").strip().splitlines()
            #: {request} is the request ("GET /rest/config"), {reason} Syncthing's answer
            raise SyncthingFailed.of(QT_TRANSLATE_NOOP(
                "errors", "Syncthing refused a request ({request}: {reason})."),
                request=f"{method} {path}", reason=(reason or [str(status)])[0][:200])
        if not reply.strip():
            return None
        try:
            return json.loads(reply)
        except ValueError:
            raise SyncthingFailed.of(QT_TRANSLATE_NOOP(
                "errors", "Syncthing sent a reply Caucus cannot read ({path})."),
                path=path) from None

    def _exchange(self, conn: http.client.HTTPConnection, method: str, url: str,
                  data: bytes | None, headers: dict[str, str]) -> tuple[int, bytes]:
        sock = None
        try:
            with self._lock:
                if self._aborted:
                    raise OSError("aborted")
            conn.connect()
            sock = conn.sock
            with self._lock:
                self._open.add(sock)
                if self._aborted:  # abort came between the check and the connect
                    raise OSError("aborted")
            conn.request(method, url, data, headers)
            response = conn.getresponse()
            reply = response.read(MAX_REPLY + 1)
            if len(reply) > MAX_REPLY:
                raise SyncthingFailed("Syncthing sent a reply far larger than expected.")
            return response.status, reply
        except (OSError, http.client.HTTPException):
            raise SyncthingUnreachable(
                f"Syncthing does not answer at {self.address}; it may have stopped.") from None
        finally:
            if sock is not None:
                with self._lock:
                    self._open.discard(sock)
