"""Running ``caucus`` (and the raw test peer) as real processes, with bounded waits."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.replicas import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
CAUCUS = [sys.executable, "-m", "sync.cli"]
RAWPEER = [sys.executable, "-m", "tests.lan.rawpeer"]
LISTENING = re.compile(r"Listening on (\S+):(\d+)")


def env(extra: dict[str, str] | None = None) -> dict[str, str]:
    out = dict(os.environ)
    out.pop("CAUCUS_VAULT", None)
    out["CAUCUS_PASSPHRASE"] = PASSPHRASE
    out["PYTHONPATH"] = str(REPO) + os.pathsep + out.get("PYTHONPATH", "")
    out["PYTHONUNBUFFERED"] = "1"
    out.update(extra or {})
    return out


def run(args: list[str], vault: Path | None = None, *, timeout: float = 120,
        prefix: list[str] | None = None, command: list[str] | None = None,
        extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    cmd = [*(prefix or []), *(command or CAUCUS)]
    if vault is not None:
        cmd += ["--vault", str(vault)]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=timeout,
                          env=env(extra_env), cwd=REPO, check=False)


def state_hash(vault: Path, prefix: list[str] | None = None) -> str:
    done = run(["state-hash"], vault, prefix=prefix)
    if done.returncode != 0:
        raise AssertionError(done.stderr)
    return done.stdout.strip()


def rawpeer(mode: str, address: str, server_key: str, vault: Path, *extra: str,
            timeout: float = 60) -> dict:
    """One attempt by the raw peer; ``mode`` may list several (``"a,b"``): then a list."""
    done = run([mode, address, server_key, "--vault", str(vault), *extra],
               command=RAWPEER, timeout=timeout)
    if done.returncode != 0:
        raise AssertionError(done.stderr)
    results = [json.loads(line) for line in done.stdout.strip().splitlines()]
    return results if "," in mode else results[-1]


class Proc:
    """A background ``caucus`` process whose output goes to files (never a full pipe)."""

    def __init__(self, args: list[str], vault: Path, folder: Path, name: str, *,
                 prefix: list[str] | None = None, extra_env: dict[str, str] | None = None):
        folder.mkdir(parents=True, exist_ok=True)
        self.out_path, self.err_path = folder / f"{name}.out", folder / f"{name}.err"
        self._out = open(self.out_path, "w")  # noqa: SIM115
        self._err = open(self.err_path, "w")  # noqa: SIM115
        self.popen = subprocess.Popen(
            [*(prefix or []), *CAUCUS, "--vault", str(vault), *args], stdout=self._out,
            stderr=self._err, env=env(extra_env), cwd=REPO, stdin=subprocess.DEVNULL,
        )

    @property
    def stdout(self) -> str:
        return self.out_path.read_text()

    @property
    def stderr(self) -> str:
        return self.err_path.read_text()

    def wait_listening(self, timeout: float = 60) -> tuple[str, int]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = LISTENING.search(self.stdout)
            if found:
                return found.group(1), int(found.group(2))
            if self.popen.poll() is not None:
                raise AssertionError(f"exited {self.popen.returncode}: {self.stderr}")
            time.sleep(0.05)
        raise AssertionError(f"not listening after {timeout} s: {self.stderr}")

    def wait_for(self, pattern: str, timeout: float = 30, stream: str = "stderr") -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = getattr(self, stream)
            if re.search(pattern, text):
                return text
            time.sleep(0.05)
        raise AssertionError(f"{pattern!r} not seen in {stream} after {timeout} s: "
                             f"{getattr(self, stream)}")

    def stop(self, timeout: float = 20) -> int:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(10)
        self._close()
        return self.popen.returncode

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
        self.popen.wait(10)
        self._close()

    def wait(self, timeout: float = 120) -> int:
        try:
            return self.popen.wait(timeout)
        finally:
            self._close()

    def _close(self) -> None:
        for fh in (self._out, self._err):
            if not fh.closed:
                fh.close()

    def __enter__(self) -> Proc:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
