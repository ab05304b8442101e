"""The Qt binding must not leak or drop references to Python's singletons.

PySide6 6.12.0 decremented ``None``'s reference count on every Qt call returning void;
under Python 3.11 (where ``None`` is not immortal) a long session then aborted with
"Fatal Python error: none_dealloc". pyproject.toml keeps that version out; this test
fails if a version with the same fault is installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

CALLS = 2000


def test_void_qt_calls_keep_none_alive(qapp):
    obj, label = QObject(), QLabel()
    before = sys.getrefcount(None)
    for i in range(CALLS):
        obj.setObjectName(f"n{i % 7}")
        label.setText("x")
        label.setAccessibleName("y")
    drift = before - sys.getrefcount(None)
    # a few references may come and go with the interpreter's own work; a fault
    # shows as one per call (thousands)
    assert abs(drift) < CALLS // 10, f"None's refcount moved by {drift} over {CALLS} calls"
