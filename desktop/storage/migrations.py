"""Upgrades of older document files, one step per schema version.

A migration runs on the working copy; the original file is first copied into the document's
backup folder, and is only replaced when the user saves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop.storage.schema import SCHEMA_VERSION


def _add_notes(conn: sqlite3.Connection) -> None:
    """Format 2: meeting notes and decisions. The DDL is frozen here as it was in format 2."""
    conn.execute(
        "CREATE TABLE note (id TEXT PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE DEFERRABLE INITIALLY "
        "DEFERRED, category TEXT, date TEXT, item_id TEXT)"
    )


# version N -> function upgrading a version-N database to N + 1 (inside the caller's transaction)
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _add_notes}


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version, SCHEMA_VERSION):
            MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
