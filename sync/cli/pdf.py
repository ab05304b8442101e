"""Every PDF the command line writes goes through :func:`write_pdf`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import CaucusError


def write_pdf(doc: Any, path: str | Path) -> int:
    """Draw ``doc`` (a member list, labels, a sign-in sheet, a report) into ``path``;
    returns the number of pages. The renderer (fpdf2, fontTools, HarfBuzz) is imported
    only by the commands that draw."""
    try:
        from ..exchange.pdf import write_pdf as render
    except ImportError as exc:
        raise CaucusError(f"PDFs need the fpdf2 and uharfbuzz packages: {exc}.") from None
    return render(doc, path)
