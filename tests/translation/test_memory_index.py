"""The translation memory at scale: the word index against the full scan, an older memory file, texts the
index cannot read, and TMX files imported streamed, in batches, with progress and cancel."""

from __future__ import annotations

import os
import sqlite3
import sys
import tracemalloc

import pytest

from desktop.core.input_files import InputFileError
from desktop.storage.memory_store import INDEX_SCHEMA, index_terms
from desktop.translation import memory as memory_module
from desktop.translation.memory import ImportCancelled, TranslationMemory, TranslationMemoryError, rank
from desktop.translation.sample_memory import sample_queries, sample_rows, sample_tmx

OLD_SCHEMA = """
CREATE TABLE unit(source_lang TEXT NOT NULL, target_lang TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
    source_folded TEXT NOT NULL, created TEXT NOT NULL, document_id TEXT,
    PRIMARY KEY(source_lang, target_lang, source, target));
CREATE INDEX unit_languages ON unit(source_lang, target_lang);
"""


def keys(suggestions) -> list[tuple[str, str]]:
    return [(s.source, s.target) for s in suggestions]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """3,000 units of Zipf text (8,000 words), and 150 texts: a third stored, a third changed, a third new."""
    rows = list(sample_rows(3_000))
    path = tmp_path_factory.mktemp("memory") / "generated.sqlite"
    with TranslationMemory(path) as memory:
        memory.add_pairs(("sq", "sr", source, target) for source, target in rows)
        memory.add_pairs(("sq", "en", source, f"EN {target}") for source, target in rows[:500])  # another pair
    return path, sample_queries([source for source, _target in rows], 150)


def test_the_index_finds_what_the_full_scan_finds(generated):
    path, queries = generated
    with TranslationMemory(path) as memory:
        every_unit = list(memory._store.candidates("sq", "sr"))  # newest first, as the scan read them
        found = wanted = top_found = tops = similar_found = similar = 0
        for query in queries:
            scanned = rank(query, every_unit, limit=3)
            indexed = memory.suggest(query, "sq", "sr", limit=3)
            assert [s.score for s in indexed] == sorted((s.score for s in indexed), reverse=True)
            got = set(keys(indexed))
            wanted += len(scanned)
            found += sum(key in got for key in keys(scanned))
            if scanned:
                tops += 1
                top_found += keys(indexed)[:1] == keys(scanned)[:1]
            for s in scanned:
                if s.score >= 0.75:  # a text that is the same text edited, not one sharing "e" and "të"
                    similar += 1
                    similar_found += (s.source, s.target) in got
    print(f"recall: top 3 {found}/{wanted}, first {top_found}/{tops}, scoring 0.75 or more {similar_found}/{similar}")
    assert top_found / tops >= 0.98
    assert similar_found / similar >= 0.98
    # The rest are matches between 0.6 and 0.75 sharing only the commonest words, which the index ranks last:
    # on this memory 2 of 107 are missed (105/107); memories generated with other seeds miss 5-13% of the top 3,
    # and at 200,000 units about a third (the first suggestion and the close ones are found there too).
    assert found / wanted >= 0.98


def test_exact_matches_first_then_similarity_then_newest(generated):
    path, queries = generated
    with TranslationMemory(path) as memory:
        stored = queries[0]
        found = memory.suggest(f"  {stored}  ", "sq", "sr")
        assert found[0].source == stored and found[0].score == 1.0
        assert all(s.score < 1.0 for s in found[1:])
        memory.add_pairs([("sq", "sr", stored, "a newer translation")])
        again = memory.suggest(stored, "sq", "sr")
        assert again[0].target == "a newer translation" and again[1].score == 1.0


def test_text_with_search_syntax_or_without_words(tmp_path):
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        memory.add_pairs(
            [
                ("sq", "sr", 'NOT "a" OR b* AND NEAR(c d) col:e -f ^g', "upit"),
                ("sq", "sr", "2024", "2024."),
                ("sq", "sr", "— %", "— posto"),
                ("sq", "sr", "Qendra ditore", "Dnevni centar"),
            ]
        )
        assert memory.suggest('NOT "a" OR b* AND NEAR(c d) col:e -f ^g', "sq", "sr")[0].target == "upit"
        near = 'NOT "a" OR b* AND NEAR(c d) col:e'  # similar text, not a query
        assert memory.suggest(near, "sq", "sr")[0].target == "upit"
        assert memory.suggest("2024", "sq", "sr")[0].target == "2024."
        assert memory.suggest("— %", "sq", "sr")[0].target == "— posto"  # no word at all: exact only
        assert memory.suggest("…", "sq", "sr") == []
        assert memory.suggest("Qendrat ditore", "sq", "sr")[0].target == "Dnevni centar"  # short: word beginnings


def _old_memory(path, rows) -> None:
    """A memory file as earlier versions wrote it: the units table only."""
    conn = sqlite3.connect(path)
    conn.executescript(OLD_SCHEMA)
    conn.executemany(
        "INSERT INTO unit VALUES ('sq', 'sr', ?, ?, lower(?), '2026-01-01T00:00:00', NULL)",
        [(s, t, s) for s, t in rows],
    )
    conn.commit()
    conn.close()


def test_a_memory_file_of_an_earlier_version_gets_its_index_when_opened(tmp_path):
    path = tmp_path / "old.sqlite"
    rows = list(sample_rows(500))
    _old_memory(path, rows)
    with TranslationMemory(path) as memory:
        assert memory._store.word_index and memory.notice is None
        assert memory.suggest(rows[42][0], "sq", "sr")[0].target == rows[42][1]
        assert memory.counts() == {("sq", "sr"): 500}
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT units, last_rowid FROM unit_words_state").fetchone() == (500, 500)
    conn.close()


def test_two_openers_of_an_old_file_build_its_index_once(tmp_path):
    """A window and the memory learner's thread open an old file at once: the one that waited for the other's
    index finds it built (it failed with "table unit_words already exists")."""
    import threading

    path = tmp_path / "old.sqlite"
    rows = list(sample_rows(200))
    _old_memory(path, rows)
    first = sqlite3.connect(path, isolation_level=None)
    first.execute("PRAGMA journal_mode = WAL")  # as every memory file this version opened is
    first.execute("BEGIN IMMEDIATE")  # the first opener holds the file while it builds the index
    opened: list[object] = []
    second = threading.Thread(target=lambda: opened.append(_open_or_error(path)))
    second.start()
    second.join(0.5)
    assert second.is_alive()  # waiting for the lock, having seen no index
    for statement in INDEX_SCHEMA:
        first.execute(statement)
    first.execute("COMMIT")
    first.close()
    second.join(10)
    assert opened and not isinstance(opened[0], Exception), opened
    assert opened[0].suggest(rows[7][0], "sq", "sr")[0].target == rows[7][1]  # the rows got indexed
    opened[0].close()


def _open_or_error(path) -> object:
    try:
        return TranslationMemory(path)
    except Exception as exc:  # the test reports what the opener met
        return exc


def test_units_written_by_an_earlier_version_are_indexed_when_seen(tmp_path):
    path = tmp_path / "shared.sqlite"
    with TranslationMemory(path) as memory:
        memory.add_pairs([("sq", "sr", "Qendra ditore e komunës", "Dnevni centar opštine")])
        memory.suggest("Qendra ditore", "sq", "sr")
        older = sqlite3.connect(path)  # an older Plan in another window knows nothing of the index
        older.execute(
            "INSERT INTO unit VALUES ('sq', 'sr', 'Shtëpia e kulturës në fshat', 'Dom kulture u selu',"
            " 'shtepia e kultures ne fshat', '2026-01-02T00:00:00', NULL)"
        )
        older.commit()
        assert memory.suggest("Shtëpia e kulturës në fshatin", "sq", "sr")[0].target == "Dom kulture u selu"
        older.execute("DELETE FROM unit")  # it clears the memory, then learns one text
        older.execute(
            "INSERT INTO unit VALUES ('sq', 'sr', 'Biblioteka e qytetit', 'Gradska biblioteka',"
            " 'biblioteka e qytetit', '2026-01-03T00:00:00', NULL)"
        )
        older.commit()
        older.close()
        assert memory.suggest("Shtëpia e kulturës në fshatin", "sq", "sr") == []
        assert memory.suggest("Biblioteka e qytetit tonë", "sq", "sr")[0].target == "Gradska biblioteka"


def test_a_read_only_memory_without_the_index_scans_and_says_so(tmp_path):
    path = tmp_path / "old.sqlite"
    rows = list(sample_rows(300))
    _old_memory(path, rows)
    with TranslationMemory(path, read_only=True) as memory:
        assert not memory._store.word_index
        assert "read-only" in memory.notice
        assert memory.suggest(rows[7][0], "sq", "sr")[0].target == rows[7][1]
        assert memory.counts() == {("sq", "sr"): 300}
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'unit_words%'").fetchone()[0] == 0
    conn.close()


def test_clear_empties_the_index_too(tmp_path):
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        memory.add_pairs([("sq", "sr", "Qendra ditore e komunës", "Dnevni centar opštine")])
        memory.clear()
        assert memory.suggest("Qendra ditore e komunës", "sq", "sr") == []
        memory.add_pairs([("sq", "sr", "Qendra ditore e qytetit", "Dnevni centar grada")])
        assert memory.suggest("Qendra ditore e komunës", "sq", "sr")[0].target == "Dnevni centar grada"


# -- TMX files, streamed ------------------------------------------------------------------------------------------


@pytest.fixture
def tmx_file(tmp_path):
    path = tmp_path / "memory.tmx"
    sample_tmx(list(sample_rows(12_000, seed=3)), path)
    return path


def test_a_tmx_file_imports_in_batches_with_progress(tmp_path, tmx_file):
    calls = []
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        added = memory.import_tmx_file(tmx_file, lambda read, total: calls.append((read, total)))
        assert added == 12_000 and memory.counts() == {("sq", "sr"): 12_000}
        assert calls == [(5_000, 12_000), (10_000, 12_000), (12_000, 12_000)]
        assert memory.import_tmx_file(tmx_file) == 0  # the same units again: nothing new


def _index_matches_the_units(path) -> None:
    """Every unit's words, and only they, are in the index under its rowid."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIRTUAL TABLE temp.instances USING fts5vocab(main, unit_words, instance)")
    held: dict[int, set[str]] = {}
    for term, rowid in conn.execute("SELECT term, doc FROM temp.instances"):
        held.setdefault(rowid, set()).add(term)
    wanted = {
        rowid: {src + tgt + word for word in index_terms(folded)}
        for rowid, src, tgt, folded in conn.execute("SELECT rowid, source_lang, target_lang, source_folded FROM unit")
    }
    units, last = conn.execute("SELECT units, last_rowid FROM unit_words_state").fetchone()
    newest = conn.execute("SELECT max(rowid) FROM unit").fetchone()[0]
    conn.close()
    assert held == {rowid: words for rowid, words in wanted.items() if words}
    assert (units, last) == (len(wanted), newest)


def test_an_import_indexes_each_new_unit_under_its_own_row(tmp_path, monkeypatch):
    """Batches of new units are indexed with the words they bring; a batch holding units already stored (their
    rows skipped) and units another Plan added before the import are indexed from the table."""
    monkeypatch.setattr(memory_module, "IMPORT_BATCH", 500)
    rows = list(sample_rows(3_000, seed=5))
    path = tmp_path / "memory.tmx"
    sample_tmx(rows, path)
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        memory.add_pairs(
            [("sq", "sr", *rows[700]), ("sq", "en", "Qendra ditore", "Day centre"), ("sq", "sr", *rows[2_999])]
        )
        older = sqlite3.connect(tmp_path / "m.sqlite")  # a Plan that knows nothing of the index
        older.execute(
            "INSERT INTO unit VALUES ('sq', 'sr', 'Biblioteka e qytetit', 'Gradska biblioteka',"
            " 'biblioteka e qytetit', '2026-01-03T00:00:00', NULL)"
        )
        older.commit()
        older.close()
        assert memory.import_tmx_file(path) == 2_998
        assert memory.suggest(rows[1_234][0], "sq", "sr")[0].target == rows[1_234][1]
        assert memory.suggest("Biblioteka e qytetit tonë", "sq", "sr")[0].target == "Gradska biblioteka"
    _index_matches_the_units(tmp_path / "m.sqlite")


@pytest.mark.parametrize("how", ["returns False", "raises"])
def test_a_cancelled_import_leaves_the_memory_as_it_was(tmp_path, tmx_file, how):
    def cancel(read: int, _total: int) -> bool:
        if read >= 10_000:
            if how == "raises":
                raise ImportCancelled
            return False
        return True

    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        memory.add_pairs([("sq", "sr", "Qendra ditore", "Dnevni centar")])
        with pytest.raises(ImportCancelled):
            memory.import_tmx_file(tmx_file, cancel)
        assert memory.counts() == {("sq", "sr"): 1}
        assert memory.suggest("Qendra ditore", "sq", "sr")[0].target == "Dnevni centar"
        assert memory.import_tmx_file(tmx_file) == 12_000  # nothing half-done stands in the way


def test_a_file_broken_halfway_adds_nothing(tmp_path, tmx_file):
    data = tmx_file.read_bytes()
    cut = tmp_path / "cut.tmx"
    cut.write_bytes(data[: len(data) * 2 // 3])
    hostile = tmp_path / "late.tmx"
    hostile.write_bytes(data.replace(b"</body>", b'<!ENTITY x "y"></body>'))
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        with pytest.raises(TranslationMemoryError, match="not well-formed XML"):
            memory.import_tmx_file(cut)
        with pytest.raises(TranslationMemoryError, match="DTD or entities"):
            memory.import_tmx_file(hostile)
        assert len(memory) == 0


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa">]><tmx version="1.4"><body><tu>'
        b'<tuv xml:lang="sq"><seg>&a;</seg></tuv><tuv xml:lang="sr"><seg>&a;</seg></tuv></tu></body></tmx>',
        b'<!DOCTYPE tmx SYSTEM "file:///etc/passwd"><tmx version="1.4"><body/></tmx>',
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE x [<!ENTITY e "x">]><tmx><body/></tmx>'.encode("utf-16"),
        '<?xml version="1.0" encoding="ISO-8859-1"?><!DOCTYPE x [<!ENTITY e "x">]><tmx><body/></tmx>'.encode("latin-1"),
    ],
    ids=["entities", "external DTD", "utf-16", "latin-1"],
)
def test_hostile_tmx_files_are_refused(tmp_path, data):
    path = tmp_path / "hostile.tmx"
    path.write_bytes(data)
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        with pytest.raises(TranslationMemoryError, match="DTD or entities"):
            memory.import_tmx_file(path)
        assert len(memory) == 0


def test_a_utf16_tmx_file_is_read(tmp_path):
    path = tmp_path / "utf16.tmx"
    text = (
        '<?xml version="1.0" encoding="UTF-16"?><tmx version="1.4"><header srclang="sq"/><body>'
        '<tu><tuv xml:lang="sq"><seg>Qendra ditore</seg></tuv><tuv xml:lang="sr-Cyrl"><seg>Дневни центар</seg></tuv>'
        "</tu></body></tmx>"
    )
    path.write_bytes(text.encode("utf-16"))
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        assert memory.import_tmx_file(path) == 1
        assert memory.suggest("Qendra ditore", "sq", "sr")[0].target == "Dnevni centar"


def test_tmx_file_limits_are_checked_before_parsing(tmp_path, tmx_file, monkeypatch):
    monkeypatch.setattr(memory_module, "MAX_TMX_FILE_UNITS", 11_999)
    with TranslationMemory(tmp_path / "m.sqlite") as memory:
        with pytest.raises(TranslationMemoryError, match="more than 11,999 translation units"):
            memory.import_tmx_file(tmx_file)
        monkeypatch.setattr(memory_module, "MAX_TMX_FILE_BYTES", 1_000_000)
        with pytest.raises(InputFileError, match="larger than the limit of 1 MB"):
            memory.import_tmx_file(tmx_file)
        assert len(memory) == 0


def test_the_file_limit_lets_a_million_units_through():
    assert memory_module.MAX_TMX_FILE_UNITS == 2_000_000
    assert memory_module.MAX_TMX_FILE_BYTES >= 1_000_000 * 400  # a million units of two plan-length texts


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "memory.tmx"
    os.mkfifo(fifo)
    with TranslationMemory(tmp_path / "m.sqlite") as memory, pytest.raises(InputFileError, match="not a regular"):
        memory.import_tmx_file(fifo)


def test_import_memory_does_not_grow_with_the_file(tmp_path, monkeypatch):
    """Python's allocations while importing 10,000 and 30,000 units (batches of 500): the parsed tree is dropped
    unit by unit and the batches are bounded, so three times the units take about the same memory."""
    monkeypatch.setattr(memory_module, "IMPORT_BATCH", 500)
    peaks = []
    for count in (10_000, 30_000):
        path = tmp_path / f"{count}.tmx"
        sample_tmx(sample_rows(count, seed=count), path)
        with TranslationMemory(tmp_path / f"{count}.sqlite") as memory:
            tracemalloc.start()
            assert memory.import_tmx_file(path) == count
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
    assert peaks[1] < 1.2 * peaks[0], peaks
