"""Where the window keeps its preferences (geometry, content language, recent files, the folders and
options its file dialogs last used)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.paths import data_dir, portable_dir

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


# -- where file dialogs start ------------------------------------------------------------------------
# Every file dialog of the window goes through these: it starts in the folder where that dialog last
# saved or opened a file, else beside the open plan (when the plan is the user's own file), else in the
# user's Documents folder -- never in the application's hidden data folder.


def documents_folder() -> Path:
    """The user's Documents folder, or the home folder when there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def is_user_file(path: Path | str | None) -> bool:
    """A plan the user keeps somewhere: not the demo, a working copy or a backup in the data folder."""
    if path is None:
        return False
    try:
        Path(os.path.abspath(path)).relative_to(os.path.abspath(data_dir()))
    except ValueError:
        return True
    return False


def _folder_key(key: str) -> str:
    return f"folders/{key}"


def file_dialog_folder(key: str, plan_path: Path | str | None = None, settings: QSettings | None = None) -> Path:
    """Where the file dialog `key` starts (see above); `plan_path` is the open plan's file, if any."""
    settings = settings if settings is not None else open_settings()
    remembered = settings.value(_folder_key(key))
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    if is_user_file(plan_path) and Path(plan_path).parent.is_dir():
        return Path(plan_path).parent
    return documents_folder()


def remember_folder(key: str, path: Path | str, settings: QSettings | None = None) -> None:
    """Remember the folder of `path` (a file) for the next time the dialog `key` opens."""
    settings = settings if settings is not None else open_settings()
    settings.setValue(_folder_key(key), str(Path(path).parent))
    settings.sync()


def _ask(key: str, plan_path, settings, name: str, call) -> tuple:
    """Run a QFileDialog static `call` starting in the dialog's folder; remember where the user went."""
    start = file_dialog_folder(key, plan_path, settings)
    chosen, selected = call(str(start / name) if name else str(start))
    first = chosen[0] if isinstance(chosen, list) and chosen else chosen
    if first:
        remember_folder(key, first, settings)
    return chosen, selected


def ask_save_file_name(
    parent: QWidget | None,
    key: str,
    title: str,
    file_name: str,
    filters: str,
    plan_path: Path | str | None = None,
    settings: QSettings | None = None,
) -> tuple[str, str]:
    """QFileDialog.getSaveFileName starting in the dialog's folder; the chosen folder is remembered."""
    return _ask(key, plan_path, settings, file_name, lambda s: QFileDialog.getSaveFileName(parent, title, s, filters))


def ask_open_file_name(
    parent: QWidget | None,
    key: str,
    title: str,
    filters: str,
    plan_path: Path | str | None = None,
    settings: QSettings | None = None,
) -> tuple[str, str]:
    """QFileDialog.getOpenFileName starting in the dialog's folder; the chosen folder is remembered."""
    return _ask(key, plan_path, settings, "", lambda s: QFileDialog.getOpenFileName(parent, title, s, filters))


def ask_open_file_names(
    parent: QWidget | None,
    key: str,
    title: str,
    filters: str,
    plan_path: Path | str | None = None,
    settings: QSettings | None = None,
) -> tuple[list[str], str]:
    """QFileDialog.getOpenFileNames starting in the dialog's folder; the chosen folder is remembered."""
    return _ask(key, plan_path, settings, "", lambda s: QFileDialog.getOpenFileNames(parent, title, s, filters))


# -- options a dialog remembers ------------------------------------------------------------------------


def remembered_option(key: str, name: str, default: str, settings: QSettings | None = None) -> str:
    """An option the dialog `key` was last used with (a string; `default` the first time)."""
    settings = settings if settings is not None else open_settings()
    value = settings.value(f"options/{key}/{name}")
    return default if value is None or value == "" else str(value)


def remember_option(key: str, name: str, value: object, settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else open_settings()
    settings.setValue(f"options/{key}/{name}", "" if value is None else str(value))
    settings.sync()
