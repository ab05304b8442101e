"""The fuzz tests' shared rule and their regression corpus.

Every decoder that takes outside bytes may only return or raise one of our own
:class:`~sync.errors.CaucusError` subclasses. :func:`only_our_errors` runs one input;
when anything else escapes, it keeps the input as a file under
``tests/fuzz_corpus/<decoder>/`` (named by its digest) before failing, so the input
that crashed a decoder once is replayed by ``test_the_corpus_replays_cleanly`` on every
run from then on: commit the file with the fix.

Inputs that are more than one byte string (a change set's three parts, a TXT record)
are kept as the canonical CBOR of a list of their parts; :func:`parts` reads them back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cbor2
from hypothesis import HealthCheck, settings

from sync.errors import CaucusError

CORPUS = Path(__file__).parent / "fuzz_corpus"
#: Deterministic and bounded: the same examples on every run, a few seconds each.
FUZZ = settings(derandomize=True, max_examples=300, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def keep(decoder: str, data: bytes) -> Path:
    folder = CORPUS / decoder
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.blake2b(data, digest_size=12).hexdigest()}.bin"
    path.write_bytes(data)
    return path


def only_our_errors(decoder: str, data: bytes, call: Callable[[], Any]) -> Any:
    """``call()``; a CaucusError is a clean refusal; anything else keeps ``data``."""
    try:
        return call()
    except CaucusError:
        return None
    except BaseException as exc:
        path = keep(decoder, data)
        raise AssertionError(f"{decoder} raised {type(exc).__name__} on an input now kept "
                             f"as {path.relative_to(CORPUS.parent)}") from exc


def pack(*items: Any) -> bytes:
    return cbor2.dumps(list(items), canonical=True)


def parts(data: bytes) -> list:
    return cbor2.loads(data)


def corpus(decoder: str) -> list[Path]:
    folder = CORPUS / decoder
    return sorted(folder.glob("*.bin")) if folder.is_dir() else []
