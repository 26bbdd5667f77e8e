"""Upgrades of older document files, one step per schema version.

A migration runs on the working copy; the original file is first copied into the document's
backup folder, and is only replaced when the user saves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop.storage.schema import HISTORY_DDL, SCHEMA_VERSION


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


def _add_group(conn: sqlite3.Connection) -> None:
    """Format 5: members, meetings, consultations, approved versions, the plan's status and the history."""
    ref = "REFERENCES entity(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED"
    for column in ("meeting_id TEXT", "related_ids TEXT", "assignee TEXT", "due TEXT", "done TEXT"):
        conn.execute(f"ALTER TABLE note ADD COLUMN {column}")
    conn.execute("ALTER TABLE document ADD COLUMN status TEXT")
    conn.execute("ALTER TABLE document ADD COLUMN status_date TEXT")
    conn.execute("UPDATE document SET status = 'draft'")
    conn.execute(f"CREATE TABLE member (id TEXT PRIMARY KEY {ref}, name TEXT, role TEXT, sector TEXT)")
    conn.execute(f"CREATE TABLE member_contact (id TEXT PRIMARY KEY {ref}, phone TEXT, email TEXT, address TEXT)")
    conn.execute(f"CREATE TABLE meeting (id TEXT PRIMARY KEY {ref}, date TEXT, present TEXT, absent TEXT)")
    conn.execute(
        f"CREATE TABLE consultation (id TEXT PRIMARY KEY {ref}, date TEXT, method TEXT, sessions INTEGER, "
        "objective_ids TEXT)"
    )
    conn.execute(
        f"CREATE TABLE participant_group (id TEXT PRIMARY KEY {ref}, target_group_id TEXT, women INTEGER, "
        "men INTEGER, unspecified INTEGER)"
    )
    conn.execute(
        f"CREATE TABLE version (id TEXT PRIMARY KEY {ref}, number INTEGER, body TEXT, decision_number TEXT, "
        "decision_date TEXT, frozen_at TEXT, author TEXT, digest TEXT, snapshot BLOB)"
    )
    for statement in HISTORY_DDL:
        conn.execute(statement)


def _add_shapes(conn: sqlite3.Connection) -> None:
    """Format 6: nested chapters with figures and an outline, the plan's facts and priorities, its own columns,
    sub-activities and numbering, and the decision's lines as the assembly writes them (DDL frozen as in 6)."""
    ref = "REFERENCES entity(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED"
    for column in ("document_kind TEXT", "start_month INTEGER", "end_month INTEGER", "numbering TEXT", "outline TEXT"):
        conn.execute(f"ALTER TABLE strategy ADD COLUMN {column}")
    conn.execute("UPDATE strategy SET document_kind = 'strategy', numbering = 'roman'")
    for column in ("parent_id TEXT", "number TEXT"):
        conn.execute(f"ALTER TABLE activity ADD COLUMN {column}")
    conn.execute("ALTER TABLE action_plan ADD COLUMN numbering TEXT")
    conn.execute("UPDATE action_plan SET numbering = 'by_objective'")
    conn.execute("ALTER TABLE decision ADD COLUMN point_style TEXT")
    conn.execute("UPDATE decision SET point_style = 'roman'")
    conn.execute(f"CREATE TABLE figure (id TEXT PRIMARY KEY {ref}, image BLOB)")
    conn.execute(f"CREATE TABLE plan_column (id TEXT PRIMARY KEY {ref}, key TEXT, level TEXT, hidden INTEGER)")
    conn.execute(f"CREATE TABLE cell (id TEXT PRIMARY KEY {ref}, column_id TEXT, item_id TEXT)")


# version N -> function upgrading a version-N database to N + 1 (inside the caller's transaction)
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _add_notes,
    2: _add_reviews,
    3: _add_decision,
    4: _add_group,
    5: _add_shapes,
}


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
