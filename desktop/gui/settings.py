"""Where the window keeps its preferences (geometry, content language, recent files)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10


def open_settings() -> QSettings:
    """The application's settings; under PLAN_DATA_DIR (tests, portable use) an INI file there."""
    override = os.environ.get("PLAN_DATA_DIR")
    if override:
        return QSettings(str(Path(override) / "settings.ini"), QSettings.Format.IniFormat)
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
