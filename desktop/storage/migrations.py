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


def _add_reviews(conn: sqlite3.Connection) -> None:
    """Format 3: yearly reviews and revised versions of the action plan (DDL frozen as in format 3)."""
    ref = "REFERENCES entity(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED"
    conn.execute("ALTER TABLE activity ADD COLUMN origin_id TEXT")
    for column in ("version INTEGER", "previous_id TEXT", "superseded_by TEXT"):
        conn.execute(f"ALTER TABLE action_plan ADD COLUMN {column}")
    conn.execute(
        f"CREATE TABLE review (id TEXT PRIMARY KEY {ref}, year INTEGER, plan_id TEXT, state TEXT, closed_on TEXT)"
    )
    conn.execute(
        f"CREATE TABLE review_entry (id TEXT PRIMARY KEY {ref}, activity_id TEXT, status TEXT, progress INTEGER, "
        "updated TEXT, change TEXT, new_end TEXT, budget_change TEXT, objective_id TEXT)"
    )
    conn.execute(f"CREATE TABLE indicator_value (id TEXT PRIMARY KEY {ref}, indicator_id TEXT, value TEXT)")
    conn.execute(f"CREATE TABLE spending (id TEXT PRIMARY KEY {ref}, source TEXT, amount TEXT, funder TEXT)")


def _add_decision(conn: sqlite3.Connection) -> None:
    """Format 4: the assembly decision approving the plan (DDL frozen as in format 4)."""
    conn.execute(
        "CREATE TABLE decision (id TEXT PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE DEFERRABLE INITIALLY "
        "DEFERRED, template TEXT, number TEXT, date TEXT, approved TEXT)"
    )


# version N -> function upgrading a version-N database to N + 1 (inside the caller's transaction)
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _add_notes, 2: _add_reviews, 3: _add_decision}


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
