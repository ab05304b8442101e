"""Test helpers: several real replicas of one branch, cheap to clone.

Argon2id makes opening a vault deliberately slow, so property tests build one set of
vaults (a founder, admitted secretaries, a viewer, a spare device ready to join) once,
remember each vault's derived key, and give every example a fresh copy of the files,
opened with that key. Everything else is real: SQLCipher files, signatures, the same
engine code paths.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from sync.records import Branch
from sync.replica import Replica
from sync.store import vault as vault_mod
from sync.store.vault import Vault, sidecar_path
from sync.trust import admit_device, create_branch, join_branch, join_request, prepare_device

PASSPHRASE = "correct horse battery staple"


def open_with_key(path: Path, key: bytearray) -> Vault:
    """Open a vault whose key we already derived (skips only the KDF)."""
    conn = vault_mod._open_keyed(path, bytearray(key), allow_wrong_key=False)
    params, _check = vault_mod._read_sidecar(sidecar_path(path))
    return Vault(path, conn, params, bytearray(key))


@dataclass
class Template:
    folder: Path
    names: list[str]
    keys: dict[str, bytearray]

    def clone(self, dest: Path) -> dict[str, Branch]:
        dest.mkdir(parents=True, exist_ok=True)
        out = {}
        for name in self.names:
            for suffix in ("", ".sidecar"):
                shutil.copyfile(self.folder / f"{name}.caucus{suffix}",
                                dest / f"{name}.caucus{suffix}")
            vault = open_with_key(dest / f"{name}.caucus", self.keys[name])
            out[name] = Branch(vault)
        return out


def join_by_welcome(admin: Replica, new: Replica, role: str, folder: Path) -> None:
    welcome = folder / f"welcome-{new.device_id[:8]}"
    admit_device(admin, join_request(new), role, welcome)
    join_branch(new, welcome)
    welcome.unlink()


def build_template(folder: Path, secretaries: int = 2, viewer: bool = True,
                   spare: bool = True) -> Template:
    """founder + N secretaries (+ a viewer) admitted; a spare device prepared, not admitted."""
    folder.mkdir(parents=True, exist_ok=True)
    names: list[str] = []
    keys: dict[str, bytearray] = {}
    vaults: list[Vault] = []

    def new_vault(name: str) -> Vault:
        v = Vault.create(folder / f"{name}.caucus", PASSPHRASE, "interactive")
        names.append(name)
        keys[name] = bytearray(v._key)
        vaults.append(v)
        return v

    founder = create_branch(new_vault("founder"), "Riverside Tenants", "founder laptop")
    for i in range(secretaries):
        replica = Replica(new_vault(f"sec{i}"))
        prepare_device(replica, f"secretary {i} laptop")
        join_by_welcome(founder, replica, "secretary", folder)
    if viewer:
        replica = Replica(new_vault("viewer"))
        prepare_device(replica, "viewer laptop")
        join_by_welcome(founder, replica, "viewer", folder)
    # Everyone learns every admission before the template is frozen.
    replicas = [Replica(v) for v in vaults[1:]]
    for r in replicas:
        r.receive(founder.export_changesets())
    if spare:
        replica = Replica(new_vault("spare"))
        prepare_device(replica, "spare laptop")
    for v in vaults:
        v.lock()
    return Template(folder, names, keys)


def exchange_all(branches: list[Branch], rounds: int = 10) -> None:
    """Full exchange: every replica receives everything every other one holds."""
    for _ in range(rounds):
        before = [b.replica.version_vector() for b in branches]
        for src in branches:
            for dst in branches:
                if src is not dst and dst.replica.initialised:
                    dst.replica.receive(list(src.replica.export_changesets()))
        if [b.replica.version_vector() for b in branches] == before:
            return
    raise AssertionError("replicas did not settle after a full exchange")
