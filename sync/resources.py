"""Where the files shipped beside the code live (fonts, icons, the style sheet).

``CAUCUS_RESOURCES``, else ``resources/`` at the top of a source tree (a checkout or an
editable install), else ``<prefix>/share/caucus``, where pyproject.toml's data-files put
them in an installed wheel.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder that holds ``fonts/``, ``icons/`` and ``style.qss``."""
    env = os.environ.get("CAUCUS_RESOURCES")
    if env:
        return Path(env)
    tree = Path(__file__).resolve().parent.parent / "resources"
    if tree.is_dir():
        return tree
    return Path(sys.prefix) / "share" / "caucus"
