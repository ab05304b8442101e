"""Typed options on top of QSettings (Picard's config registry, in small).

Settings hold window geometry, layout and preferences, never a passphrase, a key or
member data. Tests pass their own QSettings (an INI file in a temporary folder).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

AUTOLOCK_KEY = "security/autolock_minutes"
DEFAULT_AUTOLOCK_MINUTES = 10.0
CLIPBOARD_KEY = "security/clipboard_clear_seconds"
DEFAULT_CLIPBOARD_SECONDS = 30.0
THEMES = ("system", "light", "dark")


class Settings:
    """The app's options; each has a default and a type."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else QSettings()

    # -- security -------------------------------------------------------------------
    @property
    def autolock_minutes(self) -> float:
        """Minutes without keyboard or mouse input before the vault locks (0 = never)."""
        value = self.q.value(AUTOLOCK_KEY, DEFAULT_AUTOLOCK_MINUTES)
        try:
            minutes = float(value)
        except (TypeError, ValueError):
            return DEFAULT_AUTOLOCK_MINUTES
        return max(0.0, minutes)

    @autolock_minutes.setter
    def autolock_minutes(self, minutes: float) -> None:
        self.q.setValue(AUTOLOCK_KEY, float(minutes))

    @property
    def clipboard_clear_seconds(self) -> float:
        """Seconds after which a copied contact detail is cleared from the clipboard."""
        try:
            seconds = float(self.q.value(CLIPBOARD_KEY, DEFAULT_CLIPBOARD_SECONDS))
        except (TypeError, ValueError):
            return DEFAULT_CLIPBOARD_SECONDS
        return max(0.05, seconds)

    @clipboard_clear_seconds.setter
    def clipboard_clear_seconds(self, seconds: float) -> None:
        self.q.setValue(CLIPBOARD_KEY, float(seconds))

    # -- language -------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The interface's language ("system": the system's; else a code of
        :data:`desktop.i18n.LANGUAGES`). Applied when the app starts and when the
        preferences change it."""
        value = self.q.value("ui/language", "system")
        return str(value) if value else "system"

    @language.setter
    def language(self, code: str) -> None:
        self.q.setValue("ui/language", str(code))

    # -- sync -----------------------------------------------------------------------
    @property
    def last_sync_folder(self) -> str:
        """The folder or USB stick last used for a USB sync ("" if none yet)."""
        value = self.q.value("sync/last_folder", "")
        return str(value) if value else ""

    @last_sync_folder.setter
    def last_sync_folder(self, path: str) -> None:
        self.q.setValue("sync/last_folder", str(path))

    # -- the vault file (a path only) -----------------------------------------------
    @property
    def last_vault(self) -> str | None:
        value = self.q.value("vault/last_path", None)
        return str(value) if value else None

    @last_vault.setter
    def last_vault(self, path: str) -> None:
        self.q.setValue("vault/last_path", str(path))

    def branch_name(self, vault: str) -> str:
        """The name of the branch last unlocked from ``vault`` (shown on its unlock
        screen; the vault itself cannot be read before it is unlocked)."""
        names = self.q.value("vault/branch_names", {})
        return str(names.get(str(vault), "")) if isinstance(names, dict) else ""

    def set_branch_name(self, vault: str, name: str) -> None:
        names = self.q.value("vault/branch_names", {})
        names = dict(names) if isinstance(names, dict) else {}
        names[str(vault)] = name
        self.q.setValue("vault/branch_names", names)

    @property
    def my_name(self) -> str:
        """The user's name as tasks name them ("my tasks"); "" until set."""
        return str(self.q.value("tasks/my_name", "") or "")

    @my_name.setter
    def my_name(self, name: str) -> None:
        self.q.setValue("tasks/my_name", name)

    @property
    def last_page(self) -> int:
        """The page the window showed when it was last locked."""
        try:
            return int(self.q.value("window/last_page", 0))
        except (TypeError, ValueError):
            return 0

    @last_page.setter
    def last_page(self, row: int) -> None:
        self.q.setValue("window/last_page", int(row))

    @property
    def theme(self) -> str:
        """"system", "light" or "dark"."""
        value = str(self.q.value("appearance/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.q.setValue("appearance/theme", value if value in THEMES else "system")

    @property
    def style(self) -> str:
        """The Qt style: "" for the platform's, or a style name such as "Fusion"."""
        return str(self.q.value("appearance/style", "") or "")

    @style.setter
    def style(self, value: str) -> None:
        self.q.setValue("appearance/style", value)

    @property
    def last_folder(self) -> str:
        """The folder a file was last opened from or saved to ("" if none yet)."""
        value = self.q.value("files/last_folder", "")
        return str(value) if value else ""

    @last_folder.setter
    def last_folder(self, path: str) -> None:
        self.q.setValue("files/last_folder", str(path))

    # -- layout ---------------------------------------------------------------------
    def state(self, key: str) -> QByteArray | None:
        value = self.q.value(f"window/{key}", None)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.q.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self.q.sync()
