"""Keep an unlocked vault out of core dumps.

A crash of a process that holds an unlocked vault could write its memory — the keys,
decrypted pages, members' details — to a core file, or hand it to a crash reporter
(systemd-coredump, apport). So when a vault is unlocked the process gives that up for
good: its core-file size limit becomes 0, soft and hard (nothing it runs later can raise
it again), and on Linux it is marked not dumpable (``prctl(PR_SET_DUMPABLE, 0)``), which
stops dumps piped to a crash reporter whatever the limit, and keeps other programs of
the same user from attaching a debugger to it or reading its memory.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import sys

try:
    import resource
except ImportError:  # pragma: no cover - Windows has no core files to limit
    resource = None  # type: ignore[assignment]

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


@functools.lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - a Linux without a C library in the process
        return None


def disable_core_dumps() -> None:
    """No core file, and (on Linux) no dump or debugger, for this process from now on."""
    if resource is not None:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    libc = _libc()
    if libc is not None:
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def core_dumps_disabled() -> bool:
    """Whether :func:`disable_core_dumps` is in force (the limit is 0, and on Linux the
    process is not dumpable)."""
    if resource is not None and resource.getrlimit(resource.RLIMIT_CORE) != (0, 0):
        return False
    libc = _libc()
    return libc is None or libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
