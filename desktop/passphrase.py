"""A plain-language strength hint for a new passphrase (a rough guide, not a guarantee)."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication

from sync.ops.session import MIN_PASSPHRASE

COMMON = {"password", "passphrase", "letmein", "qwerty", "123456", "12345678", "admin",
          "welcome", "solidarity", "union", "caucus", "iloveyou", "monkey", "dragon"}


def estimate_bits(text: str) -> float:
    """A rough entropy estimate: character pool per character, words count extra."""
    if not text:
        return 0.0
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^A-Za-z0-9]", text):
        pool += 33
    distinct = len(set(text))
    bits = min(len(text), distinct * 2) * math.log2(max(pool, 2))
    words = [w for w in re.split(r"[\s\-_.,]+", text) if len(w) >= 3]
    if len(words) >= 4:
        bits = max(bits, len(words) * 11.0)
    if text.lower().strip() in COMMON:
        bits = min(bits, 10.0)
    return bits


def strength_hint(text: str) -> tuple[int, str]:
    """``(score 0–4, sentence)`` for the passphrase a user is typing."""
    if not text:
        return 0, QCoreApplication.translate(
            "passphrase", "Choose a passphrase: four or more unrelated words work well."
        )
    if len(text) < MIN_PASSPHRASE:
        return 0, QCoreApplication.translate(
            "passphrase", "Too short: use at least {MIN_PASSPHRASE} characters."
        ).format(MIN_PASSPHRASE=MIN_PASSPHRASE)
    bits = estimate_bits(text)
    if bits < 40:
        return 1, QCoreApplication.translate("passphrase", "Weak: add more words or characters.")
    if bits < 60:
        return 2, QCoreApplication.translate(
            "passphrase", "Fair: another word or two would make it much stronger."
        )
    if bits < 80:
        return 3, QCoreApplication.translate("passphrase", "Good.")
    return 4, QCoreApplication.translate("passphrase", "Strong.")
