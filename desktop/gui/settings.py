"""Where the window keeps its preferences (geometry, content language, recent files)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.paths import portable_dir

MAX_RECENT = 10
SETTINGS_FILE = "settings.ini"


def open_settings() -> QSettings:
    """The application's settings: settings.ini under PLAN_DATA_DIR (tests) or in the portable data folder,
    else the system's place for them (the registry on Windows)."""
    override = os.environ.get("PLAN_DATA_DIR")
    if override:
        return QSettings(str(Path(override) / SETTINGS_FILE), QSettings.Format.IniFormat)
    portable = portable_dir()
    if portable is not None:
        # Qt's own settings (its file dialog's history) follow, so nothing is written to the laptop's profile.
        for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(portable / "qt"))
        return QSettings(str(portable / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings("Plan", "Plan")


def string_list(value: object) -> list[str]:
    """A list read back from QSettings: INI files return one item as a str and none as None."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def recent_files(settings: QSettings) -> list[str]:
    return string_list(settings.value("files/recent"))


def remember_recent(settings: QSettings, path: Path | str) -> list[str]:
    """Put `path` first in the recent-files list (at most MAX_RECENT); returns the new list."""
    path = str(path)
    items = [path] + [p for p in recent_files(settings) if os.path.normcase(p) != os.path.normcase(path)]
    items = items[:MAX_RECENT]
    settings.setValue("files/recent", items)
    return items


def clear_recent(settings: QSettings) -> None:
    settings.setValue("files/recent", [])
