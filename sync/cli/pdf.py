"""Every PDF the command line writes goes through :func:`write_pdf`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import CaucusError

# TODO(pdf): until sync.exchange.pdf renders without Qt, the window's package lends its
# Qt renderer through this entry point group (pyproject.toml); drop both when it lands.
QT_PDF_GROUP = "caucus.pdf"


def write_pdf(doc: Any, path: str | Path) -> int:
    """Draw ``doc`` (a member list, labels, a sign-in sheet, a report) into ``path``;
    returns the number of pages."""
    try:
        from ..exchange.pdf import write_pdf as render
    except ModuleNotFoundError as exc:
        if exc.name != "sync.exchange.pdf":
            raise CaucusError(f"PDFs cannot be written here: {exc}.") from None
        render = qt_renderer()  # TODO(pdf): drop this fallback
    return render(doc, path)


def qt_renderer() -> Any:  # TODO(pdf): drop with QT_PDF_GROUP
    """The Qt renderer named by the ``caucus.pdf`` entry point, loaded only now."""
    from importlib.metadata import entry_points

    found = sorted(entry_points(group=QT_PDF_GROUP), key=lambda entry: entry.name)
    if not found:
        raise CaucusError("PDFs need a PDF renderer, and none is installed.")
    try:
        return found[0].load()
    except ImportError as exc:
        raise CaucusError(f"PDFs need the {found[0].name} part of Caucus (Qt): {exc}.") from None
