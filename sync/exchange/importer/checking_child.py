"""The row-cleaning child process (see :mod:`.checking`): its own module, so that
``python -m`` does not run a second copy of one the package has imported already."""

from __future__ import annotations

import sys

from ...helper import serve
from .checking import answer

if __name__ == "__main__":
    sys.exit(serve(answer))
