"""Where the application keeps its own files: working copies, backups, settings, the translation memory.

Portable mode: a built copy with a file named `portable` beside its executable keeps all of these in
`PlanData/` beside it (for a copy on a USB stick that leaves nothing on the laptop). PLAN_DATA_DIR
overrides both (tests, the self-test).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DOCUMENT_SUFFIX = ".plan"
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "PlanData"


def application_folder() -> Path | None:
    """The folder a built (frozen) copy of Plan was started from; None when running from source.

    On macOS that is the folder holding Plan.app, not the executable's place inside the bundle."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    if folder.name == "MacOS" and folder.parent.name == "Contents" and folder.parent.parent.suffix == ".app":
        return folder.parent.parent.parent
    return folder


def portable_dir() -> Path | None:
    """The data folder beside the application when a `portable` file sits there, else None."""
    folder = application_folder()
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA
    return None


def data_dir() -> Path:
    """The user's data folder for Plan; PLAN_DATA_DIR overrides it, then portable mode."""
    override = os.environ.get("PLAN_DATA_DIR")
    if override:
        return Path(override)
    portable = portable_dir()
    if portable is not None:
        return portable
    # An empty variable counts as unset (the XDG specification says so), never as the current folder.
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "Plan"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Plan"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "plan"


def work_dir() -> Path:
    return data_dir() / "work"


def backup_root() -> Path:
    return data_dir() / "backups"
