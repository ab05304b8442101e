"""Conformance: the language-independent ``shs1-test`` suite against both of our roles.

``shs1-test`` (npm, by Aljoscha Meyer) spawns an executable with hex arguments and
speaks the handshake with it over stdin/stdout, once as a well-behaved peer and many
times as a misbehaving one (random messages, wrong network key, wrong box keys, ...),
and checks every message and the final keys and nonces against its reference
implementation, ``shs1-crypto``. Its exit status is the number of failed cases:

    shs1testserver EXECUTABLE [SEED]   EXECUTABLE network_id_hex server_sk_hex server_pk_hex
    shs1testclient EXECUTABLE [SEED]   EXECUTABLE network_id_hex server_pk_hex

Our executable is a tiny shell wrapper around ``tests/lan/shs1_stdio.py``. The package
is installed once into ``<repo>/.cache/npm``; when it is missing and npm cannot fetch
it, these tests fail (they never skip). A negative control runs the suite against a
deliberately wrong outcome, so a suite that silently passes everything is caught too.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SHS1_TEST_VERSION = "1.1.1"
REPO = Path(__file__).resolve().parents[2]
NPM_PREFIX = REPO / ".cache" / "npm"
PACKAGE_DIR = NPM_PREFIX / "node_modules" / "shs1-test"
STDIO_SCRIPT = Path(__file__).resolve().with_name("shs1_stdio.py")
SEED = "caucus-shs1"  # makes the suite's keys and faults deterministic
SUITE_TIMEOUT = 300

pytestmark = pytest.mark.slow


def _installed_version() -> str | None:
    try:
        return json.loads((PACKAGE_DIR / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError):
        return None


@pytest.fixture(scope="module")
def suite_bin() -> Path:
    """The directory with ``shs1testserver``/``shs1testclient``, installing if needed."""
    node = shutil.which("node")
    npm = shutil.which("npm")
    if node is None or npm is None:
        pytest.fail("node and npm are required for the shs1 conformance test")
    if _installed_version() != SHS1_TEST_VERSION:
        NPM_PREFIX.mkdir(parents=True, exist_ok=True)
        try:
            done = subprocess.run(
                [
                    npm,
                    "install",
                    "--no-audit",
                    "--no-fund",
                    "--prefix",
                    str(NPM_PREFIX),
                    f"shs1-test@{SHS1_TEST_VERSION}",
                ],
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
                env={**os.environ, "npm_config_update_notifier": "false"},
            )
        except subprocess.TimeoutExpired:
            pytest.fail("npm install shs1-test timed out (is the npm registry reachable?)")
        if done.returncode != 0 or _installed_version() != SHS1_TEST_VERSION:
            pytest.fail(
                f"could not install shs1-test@{SHS1_TEST_VERSION} (exit {done.returncode}):\n"
                f"{done.stdout}\n{done.stderr}"
            )
    bin_dir = NPM_PREFIX / "node_modules" / ".bin"
    for name in ("shs1testserver", "shs1testclient"):
        if not (bin_dir / name).exists():
            pytest.fail(f"shs1-test is installed but {name} is missing from {bin_dir}")
    return bin_dir


def _wrapper(tmp_path: Path, *args: str) -> Path:
    """An executable the suite can spawn: our venv's Python running shs1_stdio.py."""
    path = tmp_path / ("shs1-" + "-".join(a.strip("-") for a in args))
    quoted = " ".join(f"'{part}'" for part in (sys.executable, str(STDIO_SCRIPT), *args))
    path.write_text(f'#!/bin/sh\nexec {quoted} "$@"\n')
    path.chmod(0o755)
    return path


def _run_suite(suite_bin: Path, program: str, executable: Path) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            [str(suite_bin / program), str(executable), SEED],
            capture_output=True,
            text=True,
            timeout=SUITE_TIMEOUT,
            check=False,
            env={**os.environ, "FORCE_COLOR": "0"},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{program} did not finish within {SUITE_TIMEOUT} s")


def _explain(result: subprocess.CompletedProcess) -> str:
    return (
        f"exit {result.returncode}\nstdout:\n{result.stdout[-6000:]}\n"
        f"stderr:\n{result.stderr[-2000:]}"
    )


def test_server_role_passes_shs1testserver(suite_bin, tmp_path):
    result = _run_suite(suite_bin, "shs1testserver", _wrapper(tmp_path, "server"))
    assert result.returncode == 0, _explain(result)
    assert "Passed the server test suite" in result.stdout, _explain(result)


def test_client_role_passes_shs1testclient(suite_bin, tmp_path):
    result = _run_suite(suite_bin, "shs1testclient", _wrapper(tmp_path, "client"))
    assert result.returncode == 0, _explain(result)
    assert "Passed the client test suite" in result.stdout, _explain(result)


@pytest.mark.parametrize(
    ("program", "role"), [("shs1testserver", "server"), ("shs1testclient", "client")]
)
def test_suite_catches_a_wrong_nonce(suite_bin, tmp_path, program, role):
    """Negative control: one flipped bit in the encryption nonce must fail every success case."""
    result = _run_suite(suite_bin, program, _wrapper(tmp_path, "--corrupt-outcome", role))
    assert result.returncode != 0, _explain(result)
    assert "wrote incorrect outcome" in result.stdout, _explain(result)
