"""Where the application keeps its own files: working copies, backups, settings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DOCUMENT_SUFFIX = ".plan"


def data_dir() -> Path:
    """The user's data folder for Plan; PLAN_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("PLAN_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "Plan"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "Plan"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "plan"
    return base


def work_dir() -> Path:
    return data_dir() / "work"


def backup_root() -> Path:
    return data_dir() / "backups"
