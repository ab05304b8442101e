"""The sync folder: where every laptop leaves bundles for the others (ARCHITECTURE §7).

A folder on a USB stick passed between laptops, or one that Syncthing carries
(:mod:`sync.always_on`). A sync imports the other laptops' bundles, then leaves this
laptop's changes for them. The same rules serve both, because both carriers copy
files they do not understand:

**Write once, opaque names.** Every bundle gets a new name and is never rewritten, so a
carrier never holds two versions of one file (Syncthing never makes a conflict copy)::

    <24 hex: random nonce><20 hex: tag>.caucusbundle
    tag = BLAKE2b-80(nonce ‖ writer's device key,
                     key = derive_key(branch key of epoch 0, "sync-folder/name/v1"))

Every device of the branch holds the epoch 0 key, so members can tell which laptop
wrote a file; to anyone else (a carrier box, a found stick) the names are random and
say nothing of the branch, the laptop or its owner.

**A chain per laptop.** A laptop's files in a folder are one full bundle (everything it
holds) and then deltas, each holding only what it learned or wrote since the one
before (:func:`sync.bundle.write_bundle` ``since``). The vault remembers each file it
wrote (its predecessor and the version vector it covered). When the chain grows past
:data:`MAX_CHAIN` files, or its deltas outweigh the full bundle, or the key epoch has
changed, or the files in the folder are not exactly one intact chain this vault
remembers, the laptop writes a new full bundle and deletes its superseded files: the
folder holds at most about two full bundles per laptop.

**What is read.** Only names of exactly that form are bundles, plus the
``caucus-<16 hex>.caucusbundle`` of earlier builds (one rewritten file per laptop, named
by its device key's first bytes, later by a keyed digest of it), so sticks already in
use keep working: other laptops' old files are imported at every sync until their writer
syncs with this build, which deletes its own old files when it writes its first new one.
Syncthing's partial files (``.syncthing.*.tmp``, ``~syncthing~*.tmp``), its conflict
copies (``*.sync-conflict-*``), this program's own temp files (``.*.tmp``) and anything
else are ignored, never imported.

**Nothing is left behind.** A sync killed while it wrote (a stick pulled, a laptop shut)
leaves its temp file, ``.<bundle name>.<process id>.<8 hex>.tmp``. The next sync of the
laptop that wrote it removes it: the bundle name inside says whose it is, and a temp
file whose process is gone, or that nobody has written for an hour, is abandoned. Other
laptops' temp files are theirs to remove (one may be being written right now).

With ``skip_seen`` (always-on sync, which looks at the folder whenever something
arrives) a file imported once is not read again: a write-once name never changes.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import nacl.utils

from . import changes
from .bundle import (
    SUFFIX,
    current_epoch,
    export_bundle,
    import_bundle,
    inspect_bundle,
)
from .errors import QT_TRANSLATE_NOOP, BundleCorrupt, CaucusError, RevokedDevice, WrongBranch
from .keys import derive_key
from .progress import Progress, ProgressFn, Stage, in_part
from .replica import ImportReport, Replica
from .store.files import temp_target

NONCE_BYTES = 12
TAG_BYTES = 10
NAME = re.compile(rf"^[0-9a-f]{{{2 * (NONCE_BYTES + TAG_BYTES)}}}{re.escape(SUFFIX)}$")
LEGACY_NAME = re.compile(rf"^caucus-[0-9a-f]{{16}}{re.escape(SUFFIX)}$")
#: the most files of one laptop's chain before it is compacted into one full bundle
MAX_CHAIN = 12
#: how many written files the vault remembers (a few folders' chains)
MAX_REMEMBERED = 64
#: how many imported names the vault remembers for ``skip_seen``
MAX_SEEN = 2048
#: a temp file of this laptop's that nobody wrote for this long is abandoned (seconds)
ABANDONED_AFTER = 3600
CHAIN_KEY = "sync_folder.chain"
SEEN_KEY = "sync_folder.seen"
PROCESSED = ("applied", "rejected", "void")


@dataclass
class FolderSyncResult:
    """What a folder sync did. ``written`` is this laptop's newest bundle in the folder
    (the one just written, or the last one when nothing was new); ``removed`` its files
    that bundle superseded and any temp file of its own a killed sync left; ``ignored``
    the files that are not bundles."""

    written: Path
    imported: dict[str, ImportReport]
    skipped: dict[str, str]
    wrote: bool = True
    removed: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "written": str(self.written),
            "wrote": self.wrote,
            "imported": {k: v.to_dict() for k, v in self.imported.items()},
            "skipped": self.skipped,
            "removed": self.removed,
            "ignored": self.ignored,
        }


# -- names ----------------------------------------------------------------------------------
def _name_key(replica: Replica) -> bytes:
    key = replica.secret("branch_key.0")
    if key is None:
        raise CaucusError(QT_TRANSLATE_NOOP(
            "errors", "This laptop has not joined a branch yet; it cannot use a sync "
                          "folder."))
    return derive_key(key, "sync-folder/name/v1")


def _tag(key: bytes, nonce: bytes, device_id: str) -> bytes:
    return changes.blake2b(nonce + bytes.fromhex(device_id), key=key, size=TAG_BYTES)


def new_bundle_name(replica: Replica) -> str:
    """A fresh name for a bundle this laptop writes (never used before)."""
    nonce = nacl.utils.random(NONCE_BYTES)
    return (nonce + _tag(_name_key(replica), nonce, replica.device_id)).hex() + SUFFIX


def legacy_name(device_id: str) -> str:
    """The one file a device rewrote in place in the first builds (its key's first bytes)."""
    return f"caucus-{device_id[:16]}{SUFFIX}"


def legacy_names(replica: Replica, device_id: str) -> tuple[str, ...]:
    """Every name under which earlier builds kept a device's one rewritten file: the
    first builds' and then a keyed digest of the device key (bundles v2)."""
    key = replica.secret("branch_key.0")
    names = [legacy_name(device_id)]
    if key is not None:
        digest = changes.blake2b(bytes.fromhex(device_id),
                                 key=derive_key(key, "bundle/file-name/v2"), size=8)
        names.append(f"caucus-{digest.hex()}{SUFFIX}")
    return tuple(names)


def writer_of(replica: Replica, name: str, device_ids: Iterable[str],
              key: bytes | None = None) -> str | None:
    """Which of ``device_ids`` wrote the bundle called ``name`` (None: none of them)."""
    if LEGACY_NAME.match(name):
        return next((d for d in device_ids if name in legacy_names(replica, d)), None)
    if not NAME.match(name):
        return None
    raw = bytes.fromhex(name[:-len(SUFFIX)])
    nonce, tag = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
    key = key or _name_key(replica)
    return next((d for d in device_ids if _tag(key, nonce, d) == tag), None)


@dataclass
class Listing:
    """A folder's entries, sorted: this laptop's bundles, everyone else's, and the rest."""

    own: list[Path]
    others: list[Path]
    legacy_own: list[Path]
    ignored: list[str]
    abandoned: list[Path] = field(default_factory=list)


def scan(replica: Replica, folder: Path) -> Listing:
    """Sort what is in ``folder`` (see the module docstring for what counts)."""
    listing = Listing([], [], [], [])
    mine, key = replica.device_id, _name_key(replica)
    old = legacy_names(replica, mine)
    for path in sorted(folder.iterdir()):
        name = path.name
        if name.startswith("."):
            # the carrier's own (.stfolder, .stignore) and temp files
            target = temp_target(name)
            if target and _ours(replica, target[0], mine, key, old) and _abandoned(
                    path, target[1]):
                listing.abandoned.append(path)
            continue
        if LEGACY_NAME.match(name):
            ours = _ours(replica, name, mine, key, old)
            (listing.legacy_own if ours else listing.others).append(path)
        elif NAME.match(name):
            ours = _ours(replica, name, mine, key, old)
            (listing.own if ours else listing.others).append(path)
        else:
            listing.ignored.append(name)
    return listing


def _ours(replica: Replica, name: str, mine: str, key: bytes, old: tuple[str, ...]) -> bool:
    if LEGACY_NAME.match(name):
        return name in old
    return bool(NAME.match(name)) and writer_of(replica, name, (mine,), key) is not None


def _abandoned(path: Path, pid: int) -> bool:
    """Whether the temp file at ``path``, written by process ``pid`` of this laptop, is
    no longer being written: that process is gone (or is not ours: a process id of an
    earlier boot may have been given to another program), or the file is an hour old."""
    try:
        idle = time.time() - path.stat().st_mtime
    except FileNotFoundError:
        return False
    if idle > ABANDONED_AFTER:
        return True
    if pid == os.getpid():
        return False  # this process writes one file at a time, and not while it scans
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, another user's: not ours to judge
    return False


# -- what this vault remembers ------------------------------------------------------------
def _load(replica: Replica, key: str, empty):
    text = replica.meta(key)
    try:
        value = json.loads(text) if text else empty
    except ValueError:
        return empty
    return value if isinstance(value, type(empty)) else empty


def _processed(replica: Replica) -> int:
    marks = ", ".join("?" * len(PROCESSED))
    return replica.conn.execute(
        f"SELECT count(*) FROM changeset WHERE status IN ({marks})", PROCESSED  # noqa: S608
    ).fetchone()[0]


@dataclass
class _Chain:
    """This laptop's files in one folder, as far as the vault remembers writing them."""

    entries: dict[str, dict]  # every remembered file: name → {base, vv, n, epoch, order}
    head: str | None  # the newest file of an intact chain, or None (compact)

    @classmethod
    def of(cls, replica: Replica, own: list[Path]) -> _Chain:
        entries = _load(replica, CHAIN_KEY, {})
        names = {p.name for p in own}
        present = {n: entries[n] for n in names if isinstance(entries.get(n), dict)}
        bases = {e.get("base") for e in present.values()}
        heads = [n for n in present if n not in bases]
        head = heads[0] if len(heads) == 1 and len(present) == len(names) else None
        walked, name = set(), head
        while name is not None and name in present and name not in walked:
            walked.add(name)
            name = present[name].get("base")
        intact = head is not None and name is None and walked == names
        if intact and present[head].get("epoch") != current_epoch(replica):
            intact = False  # after a key rotation everything is sealed again
        return cls(entries, head if intact else None)

    def since(self) -> dict[bytes, int] | None:
        vv = self.entries[self.head]["vv"] if self.head else None
        return {bytes.fromhex(k): int(v) for k, v in vv.items()} if vv else None


def _state(replica: Replica) -> tuple[dict[str, int], int]:
    return replica.version_vector(), _processed(replica)


def pending(replica: Replica, folder: str | os.PathLike[str]) -> bool:
    """Whether this laptop holds anything its files in ``folder`` do not carry yet (or
    they need compacting or cleaning up): a sync would write a bundle or delete one."""
    folder = Path(folder)
    if not folder.is_dir():
        return False
    listing = scan(replica, folder)
    chain = _Chain.of(replica, listing.own)
    if chain.head is None or listing.legacy_own:
        return True
    head = chain.entries[chain.head]
    return (head.get("vv"), head.get("n")) != _state(replica)


# -- the sync ---------------------------------------------------------------------------------
def sync_folder(replica: Replica, folder: str | os.PathLike[str],
                progress: ProgressFn | None = None,
                cancelled: Callable[[], bool] | None = None, *,
                skip_seen: bool = False) -> FolderSyncResult:
    """Import every other laptop's bundles in ``folder``, then leave ours.

    Importing first means our bundle relays what we just learned: a stick passed
    A → B → C carries A's changes to C. ``progress`` hears each bundle's steps as one
    part of the whole (the last part is writing ours).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise CaucusError.of(QT_TRANSLATE_NOOP(
            "errors", "{folder} is not a folder."), folder=folder)
    listing = scan(replica, folder)
    paths = arrivals(replica, listing, skip_seen=skip_seen)
    imported, skipped = import_arrivals(replica, paths, progress, cancelled,
                                        skip_seen=skip_seen)
    result = publish(replica, folder, scan(replica, folder), progress, parts=len(paths) + 1)
    result.imported, result.skipped = imported, skipped
    result.ignored = listing.ignored
    return result


def arrivals(replica: Replica, listing: Listing, *, skip_seen: bool = False) -> list[Path]:
    """The files to import: others' (unless seen), and own files the vault does not
    remember writing (a vault restored from a backup: they may hold its lost work)."""
    chain = _load(replica, CHAIN_KEY, {})
    paths = [*listing.others, *(p for p in listing.own if p.name not in chain)]
    if not skip_seen:
        return sorted(paths)
    seen = set(_load(replica, SEEN_KEY, []))
    return sorted(p for p in paths if _seen_key(p) not in seen)


def _seen_key(path: Path) -> str:
    if LEGACY_NAME.match(path.name):  # rewritten in place: the same name is not the same file
        with contextlib.suppress(OSError):
            stat = path.stat()
            return f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}"
    return path.name


def import_arrivals(replica: Replica, paths: list[Path], progress: ProgressFn | None,
                    cancelled: Callable[[], bool] | None, *, skip_seen: bool = False,
                    ) -> tuple[dict[str, ImportReport], dict[str, str]]:
    """Import the bundles :func:`arrivals` chose; what each brought, and the files
    skipped (with the reason). With ``skip_seen``, each one imported is remembered."""
    imported: dict[str, ImportReport] = {}
    skipped: dict[str, str] = {}
    done: list[str] = []
    parts = len(paths) + 1
    for part, path in enumerate(paths):
        if cancelled and cancelled():
            break
        step = in_part(progress, part, parts) if progress else None
        if step:
            step(Progress(Stage.VERIFY, 0, None, subject=path.name))
        if not path.is_file():
            skipped[path.name] = "It is not a bundle file (a folder or a broken link)."
            continue
        try:
            if not inspect_bundle(path).is_for(replica.branch_id):
                skipped[path.name] = "belongs to another branch"
                continue
            key = _seen_key(path)
            report = import_bundle(replica, path, step, cancelled=cancelled)
        except (BundleCorrupt, RevokedDevice, WrongBranch) as exc:
            skipped[path.name] = str(exc)
            continue
        except OSError as exc:  # a failing stick, a file that vanished meanwhile
            skipped[path.name] = f"It could not be read: {exc.strerror or exc}."
            continue
        imported[path.name] = report
        if not report.cancelled:
            done.append(key)
    if skip_seen and done:
        seen = [k for k in _load(replica, SEEN_KEY, []) if k not in done] + done
        with replica.sql_transaction():
            replica.set_meta(SEEN_KEY, json.dumps(seen[-MAX_SEEN:]))
    return imported, skipped


def publish(replica: Replica, folder: Path, listing: Listing,
            progress: ProgressFn | None = None, parts: int = 1) -> FolderSyncResult:
    """Leave in ``folder`` what this laptop holds that its files there do not carry: a
    delta after its chain, or a new full bundle that replaces its files (compaction)."""
    leftovers = _remove(listing.abandoned)
    chain = _Chain.of(replica, listing.own)
    vv, processed = _state(replica)
    head = chain.entries.get(chain.head) if chain.head else None
    if head is not None and (head.get("vv"), head.get("n")) == (vv, processed):
        # nothing new: the chain carries it all, an earlier build's file of ours too
        return FolderSyncResult(folder / chain.head, {}, {}, wrote=False,
                                removed=leftovers + _remove(listing.legacy_own))
    full = head is None or len(listing.own) >= MAX_CHAIN or _deltas_outweigh(listing.own,
                                                                          chain)
    name = new_bundle_name(replica)
    if progress:
        progress(Progress(Stage.WRITE, 0, None, cancellable=False, subject=name,
                          part=parts - 1, parts=parts))
    export_bundle(replica, folder / name, since=None if full else chain.since())
    removed = _remove([*(listing.own if full else ()), *listing.legacy_own])
    entries = {n: e for n, e in chain.entries.items() if n not in removed}
    order = max((int(e.get("order", 0)) for e in entries.values()), default=0) + 1
    entries[name] = {"base": None if full else chain.head, "vv": vv, "n": processed,
                     "epoch": current_epoch(replica), "order": order}
    kept = sorted(entries, key=lambda n: int(entries[n].get("order", 0)))[-MAX_REMEMBERED:]
    with replica.sql_transaction():
        replica.set_meta(CHAIN_KEY, json.dumps({n: entries[n] for n in kept}))
    return FolderSyncResult(folder / name, {}, {}, wrote=True, removed=leftovers + removed)


def _remove(paths: list[Path]) -> list[str]:
    """Delete this laptop's superseded files; their names."""
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return [path.name for path in paths]


def _deltas_outweigh(own: list[Path], chain: _Chain) -> bool:
    """The deltas together are bigger than the full bundle they follow."""
    sizes: dict[str, int] = {}
    for path in own:
        with contextlib.suppress(OSError):
            sizes[path.name] = path.stat().st_size
    full = [n for n in sizes if chain.entries.get(n, {}).get("base") is None]
    return bool(full) and sum(sizes.values()) - sizes[full[0]] > sizes[full[0]]


def writer_names(replica: Replica, names: Iterable[str], devices: dict[str, str],
                 ) -> dict[str, str]:
    """Bundle file name → the name of the laptop that wrote it (for those in
    ``devices``, a map of device id → name)."""
    out = {}
    for name in names:
        writer = writer_of(replica, name, devices)
        if writer is not None:
            out[name] = devices[writer]
    return out
