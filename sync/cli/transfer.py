"""``caucus bundle export|import`` and ``caucus usb sync``: change sets on a USB stick."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..ops import Progress, Session, Stage, syncing
from ..progress import ignore
from ..replica import ImportReport
from .output import note, on_terminal, print_json, progress_line, say
from .registry import CommandTable, arg

commands = CommandTable()


def folder_steps(step: Progress) -> None:
    """A folder sync names each bundle as it starts on it, and the one it writes."""
    if step.stage == Stage.VERIFY and step.done == 0 and step.total is None:
        note(f"Importing {step.subject}")
    elif step.stage == Stage.WRITE:
        note(f"Writing {step.subject}")


def say_report(source: str, report: ImportReport) -> None:
    say(f"{source}: {report.summary()}.")
    for item in report.rejected:
        say(f"  rejected {item['what']}: {item['reason']}")


# -- bundles ----------------------------------------------------------------------------
commands.group("bundle", "export or import an encrypted bundle file (for a USB stick)")


@commands.command("bundle export",
                  "write everything this laptop holds to an encrypted bundle file",
                  arg("--out", required=True, metavar="FILE", help="the bundle file to write"))
def bundle_export(session: Session, args: argparse.Namespace) -> int:
    out = Path(args.out)
    count = syncing.export_bundle(session, out,
                                  progress=progress_line("Exporting") or ignore)
    say(f"Wrote {count} change sets to {out} ({out.stat().st_size:,} bytes, encrypted).")
    return 0


@commands.command("bundle import", "import a bundle file and print what was applied or rejected",
                  arg("file", metavar="FILE", help="the bundle file to read"), json_out=True)
def bundle_import(session: Session, args: argparse.Namespace) -> int:
    report = syncing.import_bundle(session, args.file,
                                   progress=progress_line("Importing") or ignore).report
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
def usb_sync(session: Session, args: argparse.Namespace) -> int:
    result = syncing.sync_folder(session, args.dir,
                                 progress=on_terminal(folder_steps) or ignore).result
    if args.json:
        print_json(result.to_dict())
        return 0
    for name, report in result.imported.items():
        say_report(name, report)
    for name, reason in result.skipped.items():
        say(f"{name}: skipped — {reason}")
    say(f"Wrote {result.written.name}.")
    return 0
