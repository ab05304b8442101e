"""``caucus`` commands for moving data between laptops: bundles, the USB sync folder,
the device roster (joining by USB, revoking) and conflicts.

Registered from :mod:`sync.cli` (see ``REGISTRARS`` there); shares its helpers.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from .bundle import export_bundle, import_bundle, sync_folder
from .cli import (
    Subparsers,
    UsageError,
    _confirm,
    _emit,
    _group,
    _interactive,
    _iso_ms,
    _kdf_option,
    _leaf,
    _note,
    _print_json,
    _say,
    read_passphrase,
    vault_path,
)
from .errors import CaucusError
from .progress import Progress, Stage
from .records import Branch, resolve_conflict
from .replica import ImportReport, Replica
from .store.files import atomic_write
from .store.vault import DEFAULT_PROFILE, Vault
from .trust import (
    ROLES,
    admit_device,
    branch_fingerprint,
    join_branch,
    join_request,
    list_devices,
    prepare_device,
    read_welcome,
    resolve_device,
    revoke_device,
)

LOST_LAPTOP_WARNING = (
    "Revoking stops this device from receiving anything new and voids any change it makes "
    "from now on. Data already on that laptop cannot be wiped remotely."
)


def register(sub: Subparsers) -> None:
    _register_bundle(sub)
    _register_usb(sub)
    _register_device(sub)
    _register_conflicts(sub)


def _progress(label: str):
    if not sys.stderr.isatty():
        return None

    def show(step: Progress) -> None:
        if step.stage == Stage.WRITE:
            sys.stderr.write(f"\r{label}: {step.done} change sets")
        else:
            sys.stderr.write(f"\r{label}: {step.done / 1e6:.1f} of "
                             f"{(step.total or 0) / 1e6:.1f} MB")
        sys.stderr.flush()
    return show


def _folder_progress(step: Progress) -> None:
    if step.stage == Stage.VERIFY and step.done == 0:
        _note(f"Importing {step.subject}")
    elif step.stage == Stage.WRITE:
        _note(f"Writing {step.subject}")


def _print_report(args: argparse.Namespace, report: ImportReport, source: str) -> None:
    if args.json:
        _print_json(report.to_dict())
    else:
        _say_report(source, report)


def _say_report(source: str, report: ImportReport) -> None:
    _say(f"{source}: {report.summary()}.")
    for item in report.rejected:
        _say(f"  rejected {item['what']}: {item['reason']}")


# -- bundles ----------------------------------------------------------------------------
def _register_bundle(sub: Subparsers) -> None:
    g = _group(sub, "bundle", "export or import an encrypted bundle file (for a USB stick)")
    p = _leaf(g, "export", "write everything this laptop holds to an encrypted bundle file",
              _cmd_bundle_export)
    p.add_argument("--out", required=True, metavar="FILE", help="the bundle file to write")
    p = _leaf(g, "import", "import a bundle file and print what was applied or rejected",
              _cmd_bundle_import, json_out=True)
    p.add_argument("file", metavar="FILE", help="the bundle file to read")


def _cmd_bundle_export(branch: Branch, args: argparse.Namespace) -> int:
    out = Path(args.out)
    count = export_bundle(branch.replica, out, progress=_progress("Exporting"))
    _say(f"Wrote {count} change sets to {out} ({out.stat().st_size:,} bytes, encrypted).")
    return 0


def _cmd_bundle_import(branch: Branch, args: argparse.Namespace) -> int:
    report = import_bundle(branch.replica, args.file, progress=_progress("Importing"))
    _print_report(args, report, Path(args.file).name)
    return 0


# -- USB sync folder --------------------------------------------------------------------
def _register_usb(sub: Subparsers) -> None:
    g = _group(sub, "usb", "sync through a folder on a USB stick passed between laptops")
    p = _leaf(g, "sync", "import every other laptop's bundle in DIR, then write ours there",
              _cmd_usb_sync, json_out=True)
    p.add_argument("dir", metavar="DIR", help="the sync folder (on the stick)")


def _cmd_usb_sync(branch: Branch, args: argparse.Namespace) -> int:
    result = sync_folder(branch.replica, args.dir,
                         progress=_folder_progress if sys.stderr.isatty() else None)
    if args.json:
        _print_json(result.to_dict())
        return 0
    for name, report in result.imported.items():
        _say_report(name, report)
    for name, reason in result.skipped.items():
        _say(f"{name}: skipped — {reason}")
    _say(f"Wrote {result.written.name}.")
    return 0


# -- devices ----------------------------------------------------------------------------
def _register_device(sub: Subparsers) -> None:
    g = _group(sub, "device", "the branch's devices: join by USB, admit, list, revoke")
    p = _leaf(g, "join-request", "make a join request for a new laptop (creates its vault)",
              _cmd_device_join_request, needs_branch=False)
    p.add_argument("--out", required=True, metavar="REQ", help="the request file to write")
    p.add_argument("--device", required=True, help="this laptop's name, e.g. \"Ana's laptop\"")
    _kdf_option(p, DEFAULT_PROFILE)
    p = _leaf(g, "admit", "admit the laptop that made REQ and write its welcome file",
              _cmd_device_admit)
    p.add_argument("request", metavar="REQ", help="the join request file")
    p.add_argument("--role", required=True, choices=ROLES, help="the new device's role")
    p.add_argument("--out", required=True, metavar="WELCOME", help="the welcome file to write")
    _leaf(g, "list", "list the branch's devices, their roles and whether revoked",
          _cmd_device_list, json_out=True)
    p = _leaf(g, "revoke", "revoke a device (lost laptop, officer leaving) and rotate the key",
              _cmd_device_revoke)
    p.add_argument("device", metavar="ID", help="device id, id prefix or name")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _cmd_device_join_request(args: argparse.Namespace) -> int:
    path = vault_path(args)
    out = Path(args.out)
    if path.exists():
        vault = Vault.open(path, read_passphrase(prompt=f"Passphrase for {path.name}: "))
    else:
        vault = Vault.create(path, read_passphrase(prompt="New passphrase: ", confirm=True),
                             args.kdf)
    try:
        replica = Replica(vault)
        prepare_device(replica, args.device)
        atomic_write(out, join_request(replica), mode=0o644)
        _say(f"device {replica.device_id} {args.device.strip()}")
    finally:
        vault.lock()
    _note(f"Wrote the join request {out}. Take it to an admin's laptop: "
          f"'caucus device admit {out.name} --role secretary --out welcome.caucus'.")
    return 0


def _cmd_device_admit(branch: Branch, args: argparse.Namespace) -> int:
    try:
        request = Path(args.request).read_bytes()
    except FileNotFoundError:
        raise CaucusError(f"There is no join request file at {args.request}.") from None
    device = admit_device(branch.replica, request, args.role, args.out)
    _say(f"Admitted {device.name} ({device.id}) as {device.role}.")
    _note(f"Wrote the welcome file {args.out}; it is encrypted for that laptop only. "
          f"On it: 'caucus init --join {Path(args.out).name}'.")
    return 0


def _cmd_device_list(branch: Branch, args: argparse.Namespace) -> int:
    devices = list_devices(branch.replica)
    _note(f"Branch fingerprint: {branch_fingerprint(branch.replica.branch_id)}")
    return _emit(args, devices, "device", ("id", "name", "role", "state", "last change"),
                 lambda d: (d.id[:16], d.name + (" (this laptop)" if d.this_device else ""),
                            d.role, _device_state(d), d.last_seq))


def _device_state(device) -> str:
    if device.revoked:
        return f"revoked after change {device.revoked_after}"
    return "clock ahead" if device.clock_ahead else "active"


def _cmd_device_revoke(branch: Branch, args: argparse.Namespace) -> int:
    device = resolve_device(branch.replica, args.device)
    _note(LOST_LAPTOP_WARNING)
    if not args.yes:
        if not _interactive():
            raise UsageError("Revoking needs confirmation: add --yes.")
        if not _confirm(f"Revoke {device.name} ({device.id[:12]}…)? [y/N] "):
            _note("Nothing was changed.")
            return 1
    done = revoke_device(branch.replica, device.id)
    _say(f"Revoked {done.name}; changes after its change {done.revoked_after} are void. "
         f"New branch key epoch {branch.replica.meta('key_epoch')}.")
    return 0


# -- conflicts --------------------------------------------------------------------------
def _register_conflicts(sub: Subparsers) -> None:
    g = _group(sub, "conflicts", "list and settle fields two laptops changed at once")
    _leaf(g, "list", "list open conflicts with both values, devices and times",
          _cmd_conflicts_list, json_out=True)
    p = _leaf(g, "resolve", "settle a conflict", _cmd_conflicts_resolve)
    p.add_argument("conflict", metavar="ID", help="the conflict id (table:row:field)")
    p.add_argument("--keep", required=True, metavar="mine|theirs|VALUE",
                   help="keep this laptop's value, the other one, or write a new value "
                        "(for a deleted-versus-edited member: restore or delete)")


def _cmd_conflicts_list(branch: Branch, args: argparse.Namespace) -> int:
    conflicts = branch.replica.conflicts()
    if args.json:
        _print_json([{"id": c.id, "table": c.table, "row": c.row, "field": c.field,
                      "candidates": c.candidates} for c in conflicts])
        return 0
    for c in conflicts:
        _say(c.id)
        for cand in c.candidates:
            who = cand["device_name"] + (" (this laptop)" if cand["mine"] else "")
            kind = "edited " + cand["field"] if cand.get("kind") == "edit" else "value"
            _say(f"  {kind}: {cand['value']!r} by {who} at {_iso_ms(cand['hlc'] >> 16)}")
    _note(f"{len(conflicts)} open conflict{'s' if len(conflicts) != 1 else ''}")
    return 0


def _cmd_conflicts_resolve(branch: Branch, args: argparse.Namespace) -> int:
    value = resolve_conflict(branch, args.conflict, args.keep)
    _say(f"Resolved {args.conflict}: kept {value!r}.")
    return 0


# -- joining (used by 'caucus init --join') --------------------------------------------------
def init_join(args: argparse.Namespace) -> int:
    path = vault_path(args)
    if not path.exists():
        raise CaucusError(f"There is no vault at {path}: make the join request from this "
                          "laptop first ('caucus device join-request').")
    vault = Vault.open(path, read_passphrase(prompt=f"Passphrase for {path.name}: "))
    try:
        replica = Replica(vault)
        welcome = read_welcome(replica, args.join)
        _note(f"The welcome file is for the branch {welcome.branch_name!r}, fingerprint "
              f"{welcome.fingerprint}; 'caucus device list' on the admin's laptop shows "
              "the real branch's.")
        given = getattr(args, "fingerprint", None)
        if given is not None:
            if re.sub(r"[\s-]", "", given).upper() != welcome.fingerprint.replace("-", ""):
                raise CaucusError("That welcome file is for another branch than the "
                                  "fingerprint given; nothing was imported.")
        elif _interactive() and not _confirm("Does the admin's laptop show the same "
                                             "fingerprint? [y/N] "):
            _note("Nothing was imported.")
            return 1
        report = join_branch(replica, args.join, fingerprint=welcome.fingerprint)
        branch = Branch(vault, replica)
        _say(f"Joined {branch.name} as {replica.device_role(replica.device_id)}: "
             f"{report.summary()}.")
    finally:
        vault.lock()
    return 0
