"""Save PNG screenshots of the main screens, offscreen, over a fresh demo vault.

    python -m desktop.screenshots DIR [--members N]

Builds a demo branch (``sync.demo.create_demo_vault``, interactive KDF) and a second
laptop joined to it in a temporary folder, makes one USB sync and one conflict between
them, then saves: unlock, members (a member open), workplaces, the wall chart of the
biggest workplace (its petition on the cards), meetings (attendance),
sync (a USB sync report), devices and conflicts. Nothing is kept but the PNGs.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .i18n import LANGUAGES

#: a throw-away passphrase: the demo vault is deleted once the PNGs are saved
PASSPHRASE = secrets.token_urlsafe(24)
#: the README's screenshots: the most common secretary's laptop screen
SIZE = (1366, 768)


def _wait(app, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not settle")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def _second_laptop(folder: Path, founder_path: Path):
    """Join a secretary's laptop to the demo branch; make a conflict; leave a bundle."""
    from sync.ops import joining, roster, session, syncing
    from sync.records import MemberQuery

    founder = session.open_vault(founder_path, PASSPHRASE)
    second, request = joining.request_to_join(folder / "secretary.caucus", PASSPHRASE,
                                              "Sam's laptop", folder, "interactive")
    admitted = roster.admit(founder, roster.read_join_request(request), "secretary",
                            folder / "welcome")
    welcome = joining.read_welcome(second, admitted.welcome)
    second = joining.finish_join(second, admitted.welcome, welcome.fingerprint).session
    member_id = founder.branch.member_ids(MemberQuery(), "name")[0]
    founder.branch.update_member(member_id, job_title="Bus driver")
    second.branch.update_member(member_id, job_title="Depot steward")
    for n in range(3):
        second.branch.add_member(first_name=f"New{n}", last_name="Joiner", status="member")
    stick = folder / "stick"
    stick.mkdir()
    syncing.sync_folder(second, stick)
    second.lock()
    founder.lock()
    return stick


def _wall_chart(app, window, idle: Callable[[], bool]) -> None:
    """The biggest workplace's wall chart, its petition on the cards, given room."""
    page = window.workplaces
    rows = page.model.records
    biggest = max(range(len(rows)), key=lambda n: rows[n].density.now.people)
    page.table.selectRow(biggest)
    _wait(app, lambda: idle() and page.chart.chart is not None)
    tab = page.chart
    tab.action.setCurrentIndex(tab.action.count() - 1)  # the newest test: the petition
    tab.reload()
    _wait(app, lambda: idle() and tab.chart is not None and tab.chart.action_id is not None)
    page.splitter.setSizes([window.height() // 5, window.height()])
    _wait(app, idle)


def take(out: Path, members: int = 2000, size: tuple[int, int] = SIZE,
         language: str = "en") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sync.ops.session import create_demo, open_vault

    from .i18n import install_language
    from .main_window import MainWindow
    from .settings import Settings
    from .style import apply_style
    from .tasks import TaskRunner
    from .views.first_run import FirstRunWindow
    from .views.unlock import UnlockWindow

    app = QApplication.instance() or QApplication(["caucus-screenshots"])
    install_language(app, language)  # its words, its locale, its direction
    apply_style(app)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def shot(widget, name: str) -> None:
        for _ in range(10):
            app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path), "PNG")
        saved.append(path)

    with tempfile.TemporaryDirectory(prefix="caucus-shots-") as tmp:
        folder = Path(tmp)
        vault_path = folder / "demo.caucus"
        create_demo(vault_path, PASSPHRASE, members=members, profile="interactive").lock()
        stick = _second_laptop(folder, vault_path)
        settings = Settings(QSettings(str(folder / "settings.ini"),
                                      QSettings.Format.IniFormat))
        runner = TaskRunner()

        welcome = FirstRunWindow(runner, folder / "new.caucus")
        welcome.resize(*size)
        welcome.show()
        shot(welcome, "welcome")
        welcome.close()
        welcome.deleteLater()

        unlock = UnlockWindow(runner, vault_path)
        unlock.resize(*size)
        unlock.show()
        shot(unlock, "unlock")
        unlock.close()

        session = open_vault(vault_path, PASSPHRASE)
        window = MainWindow(session, runner, settings)
        window.resize(*size)
        window.show()

        def idle() -> bool:
            return not runner.busy

        _wait(app, lambda: idle() and window.members.model.rowCount() > 0)
        members_page = window.members
        members_page.select_member(members_page.model.ids[3])
        _wait(app, lambda: idle() and members_page.panel.member is not None)
        shot(window, "members")

        window.nav.setCurrentRow(window.stack.indexOf(window.workplaces))
        _wait(app, idle)
        shot(window, "workplaces")
        _wall_chart(app, window, idle)
        shot(window, "wallchart")

        window.nav.setCurrentRow(window.stack.indexOf(window.meetings))
        meetings = window.meetings
        _wait(app, lambda: idle() and meetings.model.rowCount() > 0)
        held = [n for n, m in enumerate(meetings.model.records) if m.attended]
        meetings.table.selectRow(held[0] if held else 0)
        _wait(app, lambda: idle() and meetings.attendance.model.rowCount() > 0)
        shot(window, "meetings")

        window.show_sync_page()
        usb = window.sync.usb
        usb.set_folder(str(stick))
        usb.sync_now()
        _wait(app, lambda: idle() and usb.outcome is not None, timeout=300)
        shot(window, "sync")
        window.sync.tabs.setCurrentWidget(window.sync.devices)
        _wait(app, idle)
        shot(window, "devices")
        window.sync.show_conflicts()
        _wait(app, idle)
        shot(window, "conflicts")
        window.sync.tabs.setCurrentWidget(window.sync.lan)
        _wait(app, idle)
        shot(window, "meeting")

        window.clear()
        runner.run(session.lock)
        runner.shutdown(wait=True)
        window.close()
        window.deleteLater()
        unlock.deleteLater()
        app.processEvents()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.screenshots",
                                     description="Save screenshots of Caucus's main screens.")
    parser.add_argument("folder", help="where to write the PNG files")
    parser.add_argument("--members", type=int, default=2000,
                        help="members in the demo branch (default: %(default)s)")
    parser.add_argument("--size", default="x".join(map(str, SIZE)), metavar="WxH",
                        help="window size in pixels (default: %(default)s)")
    parser.add_argument("--language", default="en", choices=LANGUAGES,
                        help="the interface's language (default: %(default)s); the files go "
                             "to a subfolder named after it, except English's")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    folder = Path(args.folder) if args.language == "en" else Path(args.folder) / args.language
    for path in take(folder, args.members, (width, height), args.language):
        print(path)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
