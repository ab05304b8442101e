"""File dialogs that open where the user last was (the stick, usually) and name the
kinds of file they take. The folder is remembered in the app's settings (a path only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "files/last_folder"
#: the ending a saved file of each kind gets when its name lacks one
SUFFIXES = {"pdf": ".pdf", "json": ".json", "caucus": ".caucus", "csv": ".csv",
            "xlsx": ".xlsx", "welcome": ".caucus-welcome"}




def file_types() -> dict[str, str]:
    """Each kind of file, as a file dialog names it."""
    return {
        "pdf": QCoreApplication.translate("Files", "PDF documents (*.pdf)"),
        "json": QCoreApplication.translate("Files", "JSON files (*.json)"),
        "caucus": QCoreApplication.translate("Files", "Caucus vaults (*.caucus)"),
        "csv": QCoreApplication.translate("Files", "CSV spreadsheets (*.csv)"),
        "xlsx": QCoreApplication.translate("Files", "Excel workbooks (*.xlsx)"),
        "spreadsheet": QCoreApplication.translate("Files", "Spreadsheets (*.csv *.xlsx *.txt)"),
        "request": QCoreApplication.translate("Files", "Join requests (*.caucus-request)"),
        "welcome": QCoreApplication.translate("Files", "Welcome files (*.caucus-welcome)"),
        "bundle": QCoreApplication.translate("Files", "Sync files (*.caucus-bundle)"),
    }


def recent_folder() -> str:
    """The folder a file was last opened from or saved to, else Documents."""
    value = QSettings().value(KEY, "")
    if value and Path(str(value)).is_dir():
        return str(value)
    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def remember(path: str | Path) -> None:
    """A file was chosen at ``path``: its folder is where the next dialog opens."""
    folder = Path(path) if Path(path).is_dir() else Path(path).parent
    QSettings().setValue(KEY, str(folder))


def save_path(parent: QWidget, caption: str, name: str, kind: str,
              folder: str | Path | None = None) -> Path | None:
    """Ask where to save a ``kind`` file (see :func:`file_types`), in ``folder`` or
    where the user last was; the suffix is added when the name lacks it. ``None`` if
    the user cancels."""
    start = Path(folder) if folder else Path(recent_folder())
    text, _ = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(start / name),
        file_types()[kind] + ";;" + QCoreApplication.translate("Files", "All files (*)"),
    )
    if not text:
        return None
    path = Path(text)
    remember(path)
    suffix = SUFFIXES.get(kind, "")
    return path if not suffix or path.suffix.lower() == suffix else \
        path.with_name(path.name + suffix)


def open_path(parent: QWidget, caption: str, *kinds: str) -> Path | None:
    """Ask for an existing file of one of ``kinds``; ``None`` if the user cancels."""
    types = file_types()
    filters = ";;".join(
        [*(types[k] for k in kinds), QCoreApplication.translate("Files", "All files (*)")]
    )
    text, _ = QFileDialog.getOpenFileName(parent, caption, recent_folder(), filters)
    if not text:
        return None
    remember(text)
    return Path(text)
