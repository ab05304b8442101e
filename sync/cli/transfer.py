"""``caucus bundle export|import`` and ``caucus usb sync``: change sets on a USB stick."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..bundle import export_bundle, import_bundle, sync_folder
from ..records import Branch
from ..replica import ImportReport
from .output import note, on_terminal, print_json, say
from .registry import CommandTable, arg

commands = CommandTable()


def bundle_progress(label: str) -> Callable[[int, int], None] | None:
    """``label: N change sets, X MB`` rewritten in place, on a terminal only."""
    def show(done: int, size: int) -> None:
        sys.stderr.write(f"\r{label}: {done} change sets, {size / 1e6:.1f} MB")
        sys.stderr.flush()
    return on_terminal(show)


def say_report(source: str, report: ImportReport) -> None:
    say(f"{source}: {report.summary()}.")
    for item in report.rejected:
        say(f"  rejected {item['what']}: {item['reason']}")


# -- bundles ----------------------------------------------------------------------------
commands.group("bundle", "export or import an encrypted bundle file (for a USB stick)")


@commands.command("bundle export",
                  "write everything this laptop holds to an encrypted bundle file",
                  arg("--out", required=True, metavar="FILE", help="the bundle file to write"))
def bundle_export(branch: Branch, args: argparse.Namespace) -> int:
    out = Path(args.out)
    count = export_bundle(branch.replica, out, progress=bundle_progress("Exporting"))
    say(f"Wrote {count} change sets to {out} ({out.stat().st_size:,} bytes, encrypted).")
    return 0


@commands.command("bundle import", "import a bundle file and print what was applied or rejected",
                  arg("file", metavar="FILE", help="the bundle file to read"), json_out=True)
def bundle_import(branch: Branch, args: argparse.Namespace) -> int:
    report = import_bundle(branch.replica, args.file, progress=bundle_progress("Importing"))
    if args.json:
        print_json(report.to_dict())
    else:
        say_report(Path(args.file).name, report)
    return 0


# -- the USB sync folder ----------------------------------------------------------------
commands.group("usb", "sync through a folder on a USB stick passed between laptops")


@commands.command("usb sync", "import every other laptop's bundle in DIR, then write ours there",
                  arg("dir", metavar="DIR", help="the sync folder (on the stick)"),
                  json_out=True)
def usb_sync(branch: Branch, args: argparse.Namespace) -> int:
    result = sync_folder(branch.replica, args.dir, progress=on_terminal(note))
    if args.json:
        print_json(result.to_dict())
        return 0
    for name, report in result.imported.items():
        say_report(name, report)
    for name, reason in result.skipped.items():
        say(f"{name}: skipped — {reason}")
    say(f"Wrote {result.written.name}.")
    return 0
