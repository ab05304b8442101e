"""``python -m sync.cli``: the same as the ``caucus`` command."""

import sys

from .entry import main

sys.exit(main())
