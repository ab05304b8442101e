"""``caucus vault info|passwd|backup|check``: the encrypted vault file itself."""

from __future__ import annotations

import argparse
import dataclasses

from ..ops import Session
from ..ops import session as vaults
from ..store.vault import sidecar_path
from .options import ENV_NEW_PASSPHRASE, kdf, read_passphrase
from .output import note, print_json, say
from .registry import CommandTable, arg

commands = CommandTable()
commands.group("vault", "the encrypted vault file: info, passphrase, backup, check")


@commands.command("vault info",
                  "show the vault's location, encryption, branch, device and counts",
                  json_out=True)
def vault_info(session: Session, args: argparse.Namespace) -> int:
    info = dataclasses.asdict(vaults.vault_info(session))
    if args.json:
        print_json(info)
        return 0
    counts = info.pop("counts")
    for key, value in info.items():
        say(f"{key.replace('_', ' ') + ':':<16} {value}")
    say("counts:          " + ", ".join(f"{n} {t}s" for t, n in counts.items()))
    return 0


@commands.command("vault passwd", f"change the passphrase (new one from ${ENV_NEW_PASSPHRASE} "
                  "or asked twice)", kdf(None))
def vault_passwd(session: Session, args: argparse.Namespace) -> int:
    new = read_passphrase(ENV_NEW_PASSPHRASE, "New passphrase: ", confirm=True)
    vaults.change_passphrase(session, new, args.kdf)
    say(f"Changed the passphrase of {session.path} (key profile "
        f"{session.vault.kdf_profile}).")
    return 0


@commands.command("vault backup", "write an encrypted copy (same passphrase)",
                  arg("--out", required=True, metavar="FILE", help="the new backup file"))
def vault_backup(session: Session, args: argparse.Namespace) -> int:
    dest = vaults.backup(session, args.out)
    say(f"Backed up to {dest}; keep {sidecar_path(dest).name} with it.")
    return 0


@commands.command("vault check", "check every page of the vault for damage", json_out=True)
def vault_check(session: Session, args: argparse.Namespace) -> int:
    problems = vaults.check_vault(session)
    if args.json:
        print_json({"ok": not problems, "problems": problems})
    elif not problems:
        say("The vault is intact.")
    for problem in problems:
        note(f"caucus: vault check: {problem}")
    return 1 if problems else 0
