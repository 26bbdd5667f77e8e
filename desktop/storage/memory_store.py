"""The SQLite file behind the translation memory (desktop.translation.memory): one table of units.

A unit is one pair (source text -> target text) between two languages. The table's primary key is the pair
itself, so adding the same unit twice keeps the first one (and its `created` time).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.storage.database import harden
from desktop.storage.errors import StorageError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS unit(
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    source_folded TEXT NOT NULL,
    created TEXT NOT NULL,
    document_id TEXT,
    PRIMARY KEY(source_lang, target_lang, source, target)
);
CREATE INDEX IF NOT EXISTS unit_languages ON unit(source_lang, target_lang);
"""


@dataclass(frozen=True, slots=True)
class StoredUnit:
    source_lang: str
    target_lang: str
    source: str
    target: str
    source_folded: str
    created: str  # ISO 8601, UTC
    document_id: str | None = None


class MemoryStoreError(StorageError):
    """The translation memory file cannot be opened or written."""


class MemoryStore:
    """Raw access to the translation memory file; no rules here, only storage."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA busy_timeout = 3000")
            harden(self._conn)
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise MemoryStoreError(f"The translation memory {self.path} cannot be opened: {exc}") from None

    def close(self) -> None:
        self._conn.close()

    def add(self, units: Iterable[StoredUnit]) -> int:
        """Add units in one transaction; returns how many were new."""
        rows = [
            (u.source_lang, u.target_lang, u.source, u.target, u.source_folded, u.created, u.document_id) for u in units
        ]
        if not rows:
            return 0
        before = self._conn.total_changes
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.executemany("INSERT OR IGNORE INTO unit VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise MemoryStoreError(f"The translation memory {self.path} cannot be written: {exc}") from None
        return self._conn.total_changes - before

    def candidates(self, source_lang: str, target_lang: str) -> Iterator[StoredUnit]:
        """Every unit of one language pair, newest first."""
        cursor = self._conn.execute(
            "SELECT source_lang, target_lang, source, target, source_folded, created, document_id FROM unit"
            " WHERE source_lang = ? AND target_lang = ? ORDER BY created DESC, rowid DESC",
            (source_lang, target_lang),
        )
        for row in cursor:
            yield StoredUnit(*row)

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM unit").fetchone()[0]

    def count_by_languages(self) -> dict[tuple[str, str], int]:
        """How many units each (source language, target language) pair holds."""
        try:
            rows = self._conn.execute(
                "SELECT source_lang, target_lang, count(*) FROM unit GROUP BY source_lang, target_lang"
                " ORDER BY source_lang, target_lang"
            ).fetchall()
        except sqlite3.Error as exc:
            raise MemoryStoreError(f"The translation memory {self.path} cannot be read: {exc}") from None
        return {(source, target): n for source, target, n in rows}

    def data_version(self) -> int:
        """Changes whenever another connection (another window, another process) commits to the file."""
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def clear(self) -> int:
        """Remove every unit; returns how many there were. The freed pages are then vacuumed away, so the
        forgotten texts do not linger in the file."""
        try:
            self._conn.execute("PRAGMA secure_delete = ON")  # the freed pages are zeroed even if VACUUM cannot run
            self._conn.execute("BEGIN IMMEDIATE")
            removed = self._conn.execute("DELETE FROM unit").rowcount
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise MemoryStoreError(f"The translation memory {self.path} cannot be written: {exc}") from None
        try:  # best effort: the units are gone either way; another reader may keep VACUUM from running
            self._conn.execute("VACUUM")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        return removed

    def all(self) -> Iterator[StoredUnit]:
        """Every unit, oldest first."""
        cursor = self._conn.execute(
            "SELECT source_lang, target_lang, source, target, source_folded, created, document_id FROM unit"
            " ORDER BY created, rowid"
        )
        for row in cursor:
            yield StoredUnit(*row)
