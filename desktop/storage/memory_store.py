"""The SQLite file behind the translation memory (desktop.translation.memory): one table of units and a
full-text index of their words.

A unit is one pair (source text -> target text) between two languages. The table's primary key is the pair
itself, so adding the same unit twice keeps the first one (and its `created` time); the key also serves the
exact lookup of a source text.

The word index (`unit_words`, SQLite FTS5) holds the words of each unit's folded source text (`index_terms`),
each written with its language pair in front ("sqsr" + "qendra" -> "sqsrqendra"), so a query finds the few
dozen units of one pair sharing the most words with a text, in milliseconds at 200,000 units, and a word's
count in the index is its count in that pair (a column naming the pair cost an AND with every unit of it).

The index is contentless (rowids and words only; the texts stay in `unit`) and kept by this module, not by
triggers: with `trusted_schema` off SQLite refuses FTS5 tables inside triggers, and an
older Plan writing to the same file would fail on them. `unit_words_state` records how many units the index
holds and the last rowid indexed; a file changed by an older Plan (or a copy of the file without the index)
is brought up to date when it is opened or when another connection commits.

A read-only file without the index (or an SQLite built without FTS5) still works: `word_index` is then
False, `index_problem` says why, and the memory scans the pair instead.
"""

from __future__ import annotations

import re
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
# The source text is folded already (desktop.core.search.fold); the tokenizer only cuts it into words.
INDEX_SCHEMA = (
    "CREATE VIRTUAL TABLE unit_words USING fts5(words, content='', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TABLE unit_words_state(id INTEGER PRIMARY KEY CHECK (id = 1), units INTEGER NOT NULL,"
    " last_rowid INTEGER NOT NULL)",
    "INSERT INTO unit_words_state VALUES (1, 0, 0)",
)
_COLUMNS = "source_lang, target_lang, source, target, source_folded, created, document_id"
# Pages SQLite may keep in memory per connection (negative: KiB): the index's hot pages stay cached.
_CACHE_KIB = 8192
_BULK_CACHE_KIB = 32768
_WORD_COUNTS_KEPT = 50_000  # words whose counts are remembered between suggestions (a few MB at most)


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


_WORD = re.compile(r"[^\W_]+")  # a word as the index's tokenizer (unicode61) cuts it


def index_terms(folded: str) -> list[str]:
    """The distinct words of a folded text, as the index cuts them. (Pairs of consecutive words were tried as
    terms too: they found 5% more of the weakest matches at three times the cost of indexing.)"""
    return list(dict.fromkeys(_WORD.findall(folded)))


def _indexed(source_lang: str, target_lang: str, folded: str) -> str:
    """A unit's terms as the index holds them: each with its language pair in front ("sqsrqendra")."""
    terms = index_terms(folded)
    pair = source_lang + target_lang
    return pair + (" " + pair).join(terms) if terms else ""


Row = tuple[str, str, str, str, str, str, str | None]  # a unit as the table's row: StoredUnit's fields in order


@dataclass(frozen=True, slots=True)
class PreparedBatch:
    """Units made ready for `MemoryStore.add_batches`: the table's rows and each row's words as the index holds
    them. Plain Python, so it can be made in another thread (the TMX import makes it in its reader thread,
    while this one waits on SQLite)."""

    rows: list[Row]
    words: list[str]


def prepare(units: Iterable[StoredUnit | Row]) -> PreparedBatch:
    """Units (or rows in the table's order) as a batch to add."""
    rows = [
        u
        if isinstance(u, tuple)
        else (u.source_lang, u.target_lang, u.source, u.target, u.source_folded, u.created, u.document_id)
        for u in units
    ]
    return PreparedBatch(rows, [_indexed(row[0], row[1], row[4]) for row in rows])


def _read_only_error(exc: sqlite3.Error) -> bool:
    return "readonly" in str(exc) or "read-only" in str(exc)


def quoted(term: str) -> str:
    """A term as an FTS5 string: whatever a user typed (AND, NEAR, "*", quotes) is only text."""
    return '"' + term.replace('"', '""') + '"'


class MemoryStore:
    """Raw access to the translation memory file; no rules here, only storage."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        """Open (or create) the file; `read_only` opens an existing one without ever writing to it (a memory on
        a read-only share). A file without write permission is opened read-only by SQLite in any case."""
        self.path = Path(path)
        self.word_index = False
        self.index_problem: str | None = None
        self._word_counts: dict[str, int] = {}  # term -> units holding it, until the file changes
        try:
            if read_only:
                uri = self.path.resolve().as_uri() + "?mode=ro"
                self._conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                self._conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA busy_timeout = 3000")
            harden(self._conn)
            self._conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
            try:  # on a file SQLite opened read-only these write nothing when the file is already set up
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = FULL")
                self._conn.executescript(_SCHEMA)
            except sqlite3.OperationalError as exc:
                if not _read_only_error(exc):
                    raise
        except sqlite3.Error as exc:
            raise MemoryStoreError(f"The translation memory {self.path} cannot be opened: {exc}") from None
        self._prepare_word_index()
        self._seen_version = self.data_version()

    # -- the word index ------------------------------------------------------------------------------------------

    def _prepare_word_index(self) -> None:
        """Build the index if the file has none (a memory from an earlier version: once, in one transaction)
        and bring it up to date; on a read-only file or without FTS5, say why and leave `word_index` False."""
        has_index = self._conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'unit_words_state'").fetchone()
        try:
            if not has_index:
                self._conn.execute("BEGIN IMMEDIATE")  # all or nothing: a half-built index is never seen
                # Another window (or the memory learner's thread) may have built it while this one waited.
                built = self._conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'unit_words_state'").fetchone()
                if not built:
                    for statement in INDEX_SCHEMA:
                        self._conn.execute(statement)
                    self._index_new_rows()
                self._conn.execute("COMMIT")
                if built:
                    self._sync_word_index()
            else:
                self._sync_word_index()
            # Per connection, not in the file: how many units hold a word.
            self._conn.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.unit_word_counts USING fts5vocab(main, unit_words, row)"
            )
        except sqlite3.OperationalError as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            text = str(exc)
            if _read_only_error(exc):
                self.index_problem = (
                    "The translation memory file is read-only and its word index is missing or out of date:"
                    " suggestions are slower."
                )
            elif "fts5" in text:
                self.index_problem = "This SQLite has no full-text search (FTS5): suggestions are slower."
            else:
                raise
            return
        self.word_index = True

    def _index_new_rows(self) -> int:
        """Index the units added since the last rowid indexed; inside the caller's transaction."""
        units, last = self._conn.execute("SELECT units, last_rowid FROM unit_words_state").fetchone()
        # Counted, not taken from total_changes: that counts FTS5's own table writes too.
        added = self._conn.execute("SELECT count(*) FROM unit WHERE rowid > ?", (last,)).fetchone()[0]
        if added:
            rows = self._conn.execute(
                "SELECT rowid, source_lang, target_lang, source_folded FROM unit WHERE rowid > ?", (last,)
            )
            self._conn.executemany(
                "INSERT INTO unit_words(rowid, words) VALUES (?, ?)",
                ((rowid, _indexed(src, tgt, folded)) for rowid, src, tgt, folded in rows),
            )
            newest = self._conn.execute("SELECT max(rowid) FROM unit").fetchone()[0]
            self._conn.execute("UPDATE unit_words_state SET units = ?, last_rowid = ?", (units + added, newest))
        return added

    def _sync_word_index(self) -> None:
        """Bring the index up to date with units written by a connection that did not index them."""
        units, last = self._conn.execute("SELECT units, last_rowid FROM unit_words_state").fetchone()
        total = self._conn.execute("SELECT count(*) FROM unit").fetchone()[0]  # two queries: each uses an index
        newest = self._conn.execute("SELECT coalesce(max(rowid), 0) FROM unit").fetchone()[0]
        if (total, newest) == (units, last):
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            units, last = self._conn.execute("SELECT units, last_rowid FROM unit_words_state").fetchone()
            above = self._conn.execute("SELECT count(*) FROM unit WHERE rowid > ?", (last,)).fetchone()[0]
            if self._conn.execute("SELECT count(*) FROM unit").fetchone()[0] - above != units:
                # Units removed (an older Plan cleared the memory): index everything again.
                self._conn.execute("INSERT INTO unit_words(unit_words) VALUES ('delete-all')")
                self._conn.execute("UPDATE unit_words_state SET units = 0, last_rowid = 0")
            self._index_new_rows()
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    def _fresh(self) -> None:
        """Before a read through the index: catch up when another connection committed since."""
        version = self.data_version()
        if version != self._seen_version:
            self._word_counts.clear()
            try:
                self._sync_word_index()
            except sqlite3.Error as exc:
                raise MemoryStoreError(f"The translation memory {self.path} cannot be read: {exc}") from None
            self._seen_version = version

    # -- reading and writing ---------------------------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def add(self, units: Iterable[StoredUnit]) -> int:
        """Add units in one transaction; returns how many were new."""
        return self.add_batches([units])

    def add_batches(self, batches: Iterable[Iterable[StoredUnit] | PreparedBatch]) -> int:
        """Add batches of units (or of rows made by `prepare`) in one transaction, indexing each batch as it
        goes; returns how many were new.

        Whatever the batches' iterator raises (a parse error, a cancelled import) rolls everything back and is
        raised again: the memory is left as it was."""
        added = 0
        started = False
        # A larger page cache while the batches go in: the key's pages are written where the texts sort.
        self._conn.execute(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
        try:
            for batch in batches:
                if not isinstance(batch, PreparedBatch):
                    batch = prepare(batch)
                if not batch.rows:
                    continue
                if not started:
                    self._conn.execute("BEGIN IMMEDIATE")
                    started = True
                    if self.word_index:
                        self._index_new_rows()  # units another connection added: indexed before ours
                before = self._conn.total_changes
                self._conn.executemany("INSERT OR IGNORE INTO unit VALUES (?, ?, ?, ?, ?, ?, ?)", batch.rows)
                new = self._conn.total_changes - before
                added += new
                if self.word_index and new:
                    self._index_batch(batch, new)
            if started:
                self._conn.execute("COMMIT")
                self._word_counts.clear()
        except sqlite3.Error as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise MemoryStoreError(f"The translation memory {self.path} cannot be written: {exc}") from None
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        finally:
            self._conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        return added

    def _index_batch(self, batch: PreparedBatch, new: int) -> None:
        """Index the `new` units a batch just added; inside the caller's transaction. When every row of the batch
        was new and the index held every unit before it, the rows took the rowids after the last one indexed, in
        order (SQLite gives a row the largest rowid + 1; a larger jump shows in max(rowid)): the words the batch
        brings are indexed as they are. Otherwise (a unit already stored) the new rows are read back."""
        units, last = self._conn.execute("SELECT units, last_rowid FROM unit_words_state").fetchone()
        newest = self._conn.execute("SELECT max(rowid) FROM unit").fetchone()[0]
        if new != len(batch.rows) or newest != last + new:
            self._index_new_rows()
            return
        self._conn.executemany(
            "INSERT INTO unit_words(rowid, words) VALUES (?, ?)",
            zip(range(last + 1, newest + 1), batch.words, strict=True),
        )
        self._conn.execute("UPDATE unit_words_state SET units = ?, last_rowid = ?", (units + new, newest))

    def _rows(self, sql: str, params: tuple) -> list[tuple[int, StoredUnit]]:
        try:
            return [(row[0], StoredUnit(*row[1:])) for row in self._conn.execute(sql, params)]
        except sqlite3.Error as exc:
            raise MemoryStoreError(f"The translation memory {self.path} cannot be read: {exc}") from None

    def exact(self, source_lang: str, target_lang: str, source: str) -> list[tuple[int, StoredUnit]]:
        """(rowid, unit) of the units whose source is `source` (a lookup in the primary key)."""
        return self._rows(
            f"SELECT rowid, {_COLUMNS} FROM unit WHERE source_lang = ? AND target_lang = ? AND source = ?",
            (source_lang, target_lang, source),
        )

    def word_counts(self, source_lang: str, target_lang: str, words: Iterable[str]) -> dict[str, int]:
        """In how many units of a language pair each of `words` occurs; a word in none is left out."""
        terms = {source_lang + target_lang + word: word for word in words}
        if not self.word_index or not terms:
            return {}
        self._fresh()
        cache = self._word_counts
        wanted = [term for term in terms if term not in cache]
        if wanted:
            if len(cache) > _WORD_COUNTS_KEPT:
                cache.clear()
            marks = ", ".join("?" * len(wanted))
            try:
                rows = self._conn.execute(f"SELECT term, doc FROM unit_word_counts WHERE term IN ({marks})", wanted)
                cache.update(dict.fromkeys(wanted, 0))
                cache.update(rows)
            except sqlite3.Error as exc:
                raise MemoryStoreError(f"The translation memory {self.path} cannot be read: {exc}") from None
        return {word: cache[term] for term, word in terms.items() if cache[term]}

    def sharing_words(
        self,
        source_lang: str,
        target_lang: str,
        words: Iterable[str],
        prefixes: Iterable[str] = (),
        limit: int = 40,
        weighing: Iterable[str] = (),
    ) -> list[tuple[int, StoredUnit]]:
        """(rowid, unit) of at most `limit` units of a pair holding the most of `words` (or words beginning with
        one of `prefixes`), the rarer words weighing more (BM25). Words in `weighing` find no unit by
        themselves but rank the units found (they are looked up only in those: a word in half the memory costs
        little that way). Needs `word_index`."""
        pair = source_lang + target_lang
        terms = [quoted(pair + w) for w in words] + [quoted(pair + p) + "*" for p in prefixes]
        if not terms or not self.word_index:
            return []
        self._fresh()
        query = " OR ".join(terms)
        weights = [quoted(pair + w) for w in weighing]
        if weights:
            query = f"{query} OR (({query}) AND ({' OR '.join(weights)}))"
        return self._rows(
            f"SELECT u.rowid, {', '.join('u.' + c for c in _COLUMNS.split(', '))} FROM"
            " (SELECT rowid FROM unit_words WHERE unit_words MATCH ? ORDER BY rank LIMIT ?) AS hit"
            " JOIN unit AS u ON u.rowid = hit.rowid WHERE u.source_lang = ? AND u.target_lang = ?",
            (query, limit, source_lang, target_lang),
        )

    def candidates(self, source_lang: str, target_lang: str) -> Iterator[StoredUnit]:
        """Every unit of one language pair, newest first."""
        cursor = self._conn.execute(
            f"SELECT {_COLUMNS} FROM unit WHERE source_lang = ? AND target_lang = ? ORDER BY created DESC, rowid DESC",
            (source_lang, target_lang),
        )
        for row in cursor:
            yield StoredUnit(*row)

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM unit").fetchone()[0]

    def count_by_languages(self) -> dict[tuple[str, str], int]:
        """How many units each (source language, target language) pair holds (counted in the index, no unit is
        loaded)."""
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
            if self.word_index:
                self._conn.execute("INSERT INTO unit_words(unit_words) VALUES ('delete-all')")
                self._conn.execute("UPDATE unit_words_state SET units = 0, last_rowid = 0")
            self._conn.execute("COMMIT")
            self._word_counts.clear()
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
        cursor = self._conn.execute(f"SELECT {_COLUMNS} FROM unit ORDER BY created, rowid")
        for row in cursor:
            yield StoredUnit(*row)
