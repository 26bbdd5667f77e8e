"""The SQLite schema of a document file, derived from the entity kinds of the model.

entity: every entity's id, kind, parent and position; one table per kind for its scalar
attributes; text: one row per (entity, field, language) with its translation state.
"""

from __future__ import annotations

from desktop.core.model import KINDS

# "PLAN" in ASCII: marks a SQLite file as one of ours.
APPLICATION_ID = 0x504C414E
SCHEMA_VERSION = 6

_SQL_TYPES = {
    "int": "INTEGER",
    "str": "TEXT",
    "decimal": "TEXT",
    "bytes": "BLOB",
    "strlist": "TEXT",
    "decmap": "TEXT",
}

# Scalar columns that reference another entity's table.
_REFERENCES = {("activity", "objective_id"): "objective"}


def table_ddl() -> list[str]:
    statements = [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE entity (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            parent_id TEXT REFERENCES entity(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL
        )""",
        "CREATE INDEX entity_parent ON entity(parent_id, position)",
        """CREATE TABLE text (
            entity_id TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            field TEXT NOT NULL,
            lang TEXT NOT NULL,
            source TEXT,
            value TEXT NOT NULL,
            state TEXT NOT NULL,
            based_on TEXT,
            PRIMARY KEY (entity_id, field, lang)
        ) WITHOUT ROWID""",
    ]
    for kind, cls in KINDS.items():
        cols = ["id TEXT PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED"]
        for name, scalar in cls.SCALARS.items():
            col = f"{name} {_SQL_TYPES[scalar]}"
            target = _REFERENCES.get((kind, name))
            if target:
                col += f" REFERENCES {target}(id) DEFERRABLE INITIALLY DEFERRED"
            cols.append(col)
        statements.append(f"CREATE TABLE {kind} ({', '.join(cols)})")
    statements.append("CREATE INDEX activity_objective ON activity(objective_id)")
    statements.extend(HISTORY_DDL)
    return statements


# Who changed what and when: one row per changed field (storage only; not part of the entity tree).
HISTORY_DDL = (
    """CREATE TABLE history (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        author TEXT NOT NULL,
        operation TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        field TEXT NOT NULL,
        lang TEXT NOT NULL,
        before TEXT,
        after TEXT
    )""",
    "CREATE INDEX history_entity ON history(entity_id, seq)",
)


def create_schema(conn) -> None:
    """Create the tables in an empty database (the caller commits)."""
    for statement in table_ddl():
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
