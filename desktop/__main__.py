"""``python -m desktop`` starts the Caucus desktop app."""

import sys

from .app import main

sys.exit(main())
