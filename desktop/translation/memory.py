"""A translation memory: texts already translated (sq, sr, en), offered again when the same or a similar text
comes up in another plan.

The memory is one file in the user's data folder (`translation-memory.sqlite`, see desktop.storage.memory_store);
this module holds the rules and speaks no SQL. A unit is a whole text field (a title, a description), not a
sentence: plans repeat whole titles and activity names far more often than they share sentences.

- `learn_from(doc)` takes every translated or approved translation of a document, from the field's source
  language into each other language.
- `suggest(text, ...)` finds exact matches (score 1.0, a lookup in the file's key) and fuzzy ones: the word
  index hands over the few dozen units of the pair sharing the most (and rarest) words with the text, and only
  those are scored (`rank`: difflib ratio of the folded texts, after a cheap prefilter on length and shared
  words). `rank` is the whole scorer and takes any list: on every unit of a pair it is the full scan, used when
  the file has no index (a read-only file of an earlier version).
- `to_tmx(source, target)` / `import_tmx_file()` exchange the memory with CAT tools as TMX 1.4: one file per
  language pair with its real `srclang` (a file of every pair made OmegaT take Serbian units for English ones),
  `segtype="paragraph"` (a unit is a whole field), Serbian tagged sr-Latn or sr-Cyrl. Import streams the file
  (desktop.translation.tmx_reader) into the memory in batches, in one transaction, with progress and cancel.
"""

from __future__ import annotations

import difflib
import heapq
import io
import queue
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.model import Document, Entity
from desktop.core.search import fold
from desktop.core.text import TState
from desktop.paths import data_dir
from desktop.storage.files import replace_atomically, temp_beside
from desktop.storage.memory_store import (
    MemoryStore,
    MemoryStoreError,
    PreparedBatch,
    StoredUnit,
    index_terms,
    prepare,
)
from desktop.translation.tmx_reader import (
    XML_LANG,
    TmxError,
    count_units,
    make_unit,
    open_tmx,
    read_units,
)
from desktop.translation.tmx_reader import normalised as _normalised
from desktop.translation.transliterate import CYRILLIC, LATIN, convert

MEMORY_FILE_NAME = "translation-memory.sqlite"
# TMX data already in memory (`parse_tmx`, `import_tmx`): counted in the bytes before parsing.
MAX_TMX_BYTES = 100_000_000
MAX_TMX_UNITS = 50_000
# A TMX file imported from disk (`import_tmx_file`) is streamed, so memory does not limit it; these bound the
# time (2,000,000 units import in about 2 minutes on an old laptop) and refuse what is not a memory.
MAX_TMX_FILE_BYTES = 1_000_000_000
MAX_TMX_FILE_UNITS = 2_000_000
IMPORT_BATCH = 5_000  # units inserted between two progress reports (and chances to cancel)
LEARNED_STATES = (TState.TRANSLATED, TState.APPROVED)

_WORD = re.compile(r"\w+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Below this many words in the query the shared-word prefilter is skipped: one-word texts differ by a letter.
_WORD_FILTER_MIN_WORDS = 3
# Candidates the word index hands to the exact scorer: a few dozen, ranked by BM25 over the words asked for.
CANDIDATES = 40
# Words asked of the index: the rarest ones, at most this many, and past the rarest only while the units
# holding them stay under the budget (a word in half the memory costs time and tells little). The index ranks
# every unit the finding words hold (BM25 reads each one's size), so the budget is most of a suggestion's time.
# Measured on generated memories: at 200,000 units 1,500 finds what 5,000 and 10,000 find, the median
# suggestion 40% faster; at 3,000 units it finds more of the full scan's top 3 (105 of 107, 5,000: 103), the
# words past the budget ranking the candidates instead of finding them.
_QUERY_WORDS = 12
_POSTINGS_BUDGET = 1_500
# The commoner words only rank the units the rarer ones found (see MemoryStore.sharing_words). A text whose
# rarest word is in more units than this has no fuzzy matches worth the time (about 20 ms at 200,000 units).
_POSTINGS_LIMIT = 20_000
# In texts of one or two words a changed ending matters ("Fushata" / "Fushatat"): their words are also looked
# up by their first letters.
_PREFIX_LETTERS = 4


class TranslationMemoryError(ValueError):
    """The memory or a TMX file cannot be used; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    source: str
    target: str
    score: float  # 1.0 exact; below that, how similar the stored source is to the text asked about


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


_unit = make_unit


class ImportCancelled(Exception):
    """Raised by (or because of) a progress callback that stopped an import; the memory is as before."""


def units_of(doc: Document, entities: Iterable[Entity] | None = None) -> list[StoredUnit]:
    """The memory units of every translated or approved translation of `entities` (default: all of `doc`)."""
    created = _now()
    units = []
    for entity in doc.walk() if entities is None else entities:
        for name in entity.TEXTS:
            mt = entity.text(name)
            source_lang = mt.source
            source = mt.get(source_lang) if source_lang else ""
            if not source.strip():
                continue
            for lang, tr in mt.values.items():
                if lang == source_lang or not tr.text.strip() or tr.state not in LEARNED_STATES:
                    continue
                if tr.based_on is not None and tr.based_on != source:
                    continue  # made from an older source text
                units.append(_unit(source_lang, lang, source, tr.text, created, doc.id))
    return units


class TranslationMemory:
    """The user's translation memory. Not thread-safe; one instance per window is enough."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        if path is None:
            path = data_dir() / MEMORY_FILE_NAME
        self.path = Path(path)
        try:
            if not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._store = MemoryStore(self.path, read_only=read_only)
        except (OSError, MemoryStoreError) as exc:
            raise TranslationMemoryError(f"The translation memory cannot be opened: {exc}") from None

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return self._store.count()

    def counts(self) -> dict[tuple[str, str], int]:
        """Units per (source language, target language) pair."""
        try:
            return self._store.count_by_languages()
        except MemoryStoreError as exc:
            raise TranslationMemoryError(str(exc)) from None

    def clear(self) -> int:
        """Forget every unit; returns how many there were."""
        try:
            removed = self._store.clear()
        except MemoryStoreError as exc:
            raise TranslationMemoryError(str(exc)) from None
        return removed

    def _add(self, units: Iterable[StoredUnit]) -> int:
        try:
            return self._store.add(units)
        except MemoryStoreError as exc:
            raise TranslationMemoryError(str(exc)) from None

    # -- learning ------------------------------------------------------------

    def add_pairs(self, pairs: Iterable[tuple[str, str, str, str]], document_id: str | None = None) -> int:
        """Add (source lang, target lang, source, target) pairs, e.g. translations not applied to a plan."""
        created = _now()
        return self._add(
            _unit(src, tgt, source, target, created, document_id)
            for src, tgt, source, target in pairs
            if source.strip() and target.strip()
        )

    def learn_from(self, doc: Document, entities: Iterable[Entity] | None = None) -> int:
        """Add every translated or approved translation in `doc` (or in `entities` of it); returns how many were new."""
        return self.add_units(units_of(doc, entities))

    def add_units(self, units: Iterable[StoredUnit]) -> int:
        """Add units made by `units_of` (possibly in another thread, from another memory instance)."""
        return self._add(units)

    # -- suggesting ----------------------------------------------------------

    @property
    def notice(self) -> str | None:
        """Why suggestions are slower than they should be (a read-only file without the word index), or None."""
        return self._store.index_problem

    def suggest(
        self, text: str, source_lang: str, target_lang: str, *, limit: int = 5, min_score: float = 0.6
    ) -> list[Suggestion]:
        """Stored translations of `text` or of similar texts, best first (then newest first)."""
        query = _normalised(text)
        if not query or limit <= 0:
            return []
        try:
            if not self._store.word_index:
                return rank(query, self._store.candidates(source_lang, target_lang), limit=limit, min_score=min_score)
            found = dict(self._store.exact(source_lang, target_lang, query))
            words = index_terms(fold(query))
            if words:  # a text of signs only ("%", "—") has exact matches only
                chosen, prefixes, weighing = self._query_words(source_lang, target_lang, words)
                found.update(
                    self._store.sharing_words(source_lang, target_lang, chosen, prefixes, CANDIDATES, weighing)
                )
        except MemoryStoreError as exc:
            raise TranslationMemoryError(str(exc)) from None
        newest_first = sorted(found.items(), key=lambda item: (item[1].created, item[0]), reverse=True)
        return rank(query, (unit for _rowid, unit in newest_first), limit=limit, min_score=min_score)

    def _query_words(
        self, source_lang: str, target_lang: str, words: list[str]
    ) -> tuple[list[str], list[str], list[str]]:
        """What to ask the index: the words that find candidates (the rarest, within the budget), for a short
        text the beginnings of its words, and the commoner words that only rank what the others found."""
        counts = self._store.word_counts(source_lang, target_lang, words)
        known = sorted((w for w in words if w in counts), key=counts.__getitem__)[:_QUERY_WORDS]
        if not known or counts[known[0]] > _POSTINGS_LIMIT:
            return [], [], []  # only the commonest words ("e të në"): what shares them is not alike
        chosen: list[str] = []
        postings = 0
        for word in known:
            if chosen and postings + counts[word] > _POSTINGS_BUDGET:
                break
            chosen.append(word)
            postings += counts[word]
        prefixes: list[str] = []
        if len(words) < _WORD_FILTER_MIN_WORDS:
            prefixes = [w[:_PREFIX_LETTERS] for w in words if len(w) > _PREFIX_LETTERS]
        return chosen, prefixes, known[len(chosen) :]

    # -- TMX -----------------------------------------------------------------

    def pairs(self) -> list[tuple[str, str]]:
        """The (source language, target language) pairs the memory holds units of."""
        return sorted(self.counts())

    def to_tmx(self, source_lang: str, target_lang: str, *, serbian_script: str = LATIN) -> bytes:
        """One language pair of the memory as a TMX 1.4 file (UTF-8 bytes); Serbian in `serbian_script`."""
        if serbian_script not in (LATIN, CYRILLIC):
            raise TranslationMemoryError(f"Unknown script {serbian_script!r}.")

        def tag(lang: str) -> str:
            return lang if lang != "sr" else ("sr-Cyrl" if serbian_script == CYRILLIC else "sr-Latn")

        def shown(lang: str, text: str) -> str:
            return convert(text, serbian_script) if lang == "sr" else text

        root = ET.Element("tmx", {"version": "1.4"})
        ET.SubElement(
            root,
            "header",
            {
                "creationtool": "Plan",
                "creationtoolversion": "1",
                "segtype": "paragraph",  # a unit is a whole text field, not a sentence
                "o-tmf": "Plan",
                "adminlang": "en",
                "srclang": tag(source_lang),
                "datatype": "plaintext",
            },
        )
        body = ET.SubElement(root, "body")
        for unit in self._store.candidates(source_lang, target_lang):
            tu = ET.SubElement(body, "tu")
            for lang, text in ((unit.source_lang, unit.source), (unit.target_lang, unit.target)):
                tuv = ET.SubElement(tu, "tuv", {XML_LANG: tag(lang)})
                ET.SubElement(tuv, "seg").text = _NOT_XML.sub("", shown(lang, text))
        ET.indent(root, space=" ")
        return ET.tostring(root, encoding="utf-8", xml_declaration=True)

    def save_tmx(self, target: Path, source_lang: str, target_lang: str, *, serbian_script: str = LATIN) -> None:
        """Write `to_tmx(...)` to a file atomically (temporary file beside it, then replace)."""
        target = Path(target)
        data = self.to_tmx(source_lang, target_lang, serbian_script=serbian_script)
        tmp = temp_beside(target)
        try:
            tmp.write_bytes(data)
            replace_atomically(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise TranslationMemoryError(f"The TMX file {target.name} cannot be written: {exc.strerror}") from None

    def import_tmx(self, data: bytes) -> int:
        """Add the units of TMX data already in memory; returns how many were new. All or nothing."""
        units = parse_tmx(data, created=_now())
        return self._add(units)

    def import_tmx_file(self, path: Path, progress: Callable[[int, int], bool | None] | None = None) -> int:
        """Add the units of a TMX file, streamed and inserted in batches in one transaction; returns how many
        were new. All or nothing: a bad file, an error or a cancel leaves the memory as it was.

        `progress(read, total)` is called after each batch with the `<tu>` read so far and in the file; it
        cancels the import by returning False or raising ImportCancelled (ImportCancelled is raised then).
        InputFileError / OSError when the file cannot be read; TranslationMemoryError for a bad file."""
        created = _now()
        try:
            with open_tmx(Path(path), MAX_TMX_FILE_BYTES) as fh:
                total = count_units(fh)
                if total > MAX_TMX_FILE_UNITS:
                    raise TranslationMemoryError(
                        f"The TMX file has more than {MAX_TMX_FILE_UNITS:,} translation units."
                    )
                fh.seek(0)
                # The file is parsed in a thread of its own, a batch or two ahead of the inserts: SQLite lets
                # go of the interpreter while it writes, so the two overlap on a second core.
                reader = _ReadAhead(_read_batches(fh, created))
                try:
                    return self._store.add_batches(_reported(reader, total, progress))
                finally:
                    reader.close()
        except TmxError as exc:
            raise TranslationMemoryError(str(exc)) from None
        except MemoryStoreError as exc:
            raise TranslationMemoryError(str(exc)) from None


def _read_batches(fh, created: str) -> Iterator[tuple[PreparedBatch, int]]:
    """The units of a TMX file in batches of IMPORT_BATCH made ready to insert (`prepare`: the rows and their
    index words, made here in the reader thread), each with how many `<tu>` were read so far."""
    read = 0

    def on_unit(count: int) -> None:
        nonlocal read
        read = count

    batch: list = []
    reported = -1
    for row in read_units(fh, created=created, max_units=MAX_TMX_FILE_UNITS, on_unit=on_unit, as_rows=True):
        batch.append(row)
        if len(batch) >= IMPORT_BATCH:
            yield prepare(batch), read
            batch, reported = [], read
    if batch or read != reported:  # the rest, and the last report (once)
        yield prepare(batch), read


def _reported(
    batches: Iterable[tuple[PreparedBatch, int]], total: int, progress: Callable[[int, int], bool | None] | None
) -> Iterator[PreparedBatch]:
    """The batches; after each one is stored, `progress` is told how far the file was read, and may cancel."""
    for batch, read in batches:
        yield batch
        if progress is not None and progress(read, max(read, total)) is False:
            raise ImportCancelled


class _ReadAhead:
    """Items of an iterator made in a thread of its own, at most `depth` ahead of the one taking them; an error
    there is raised here. `close()` stops the thread (at its next item) and waits for it."""

    def __init__(self, source: Iterator, depth: int = 2) -> None:
        self._queue: queue.Queue = queue.Queue(depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(source,), name="tmx-reader", daemon=True)
        self._thread.start()

    def _run(self, source: Iterator) -> None:
        try:
            for item in source:
                if not self._put((True, item)):
                    return
            self._put((False, None))
        except BaseException as exc:  # handed to the taker, who raises it
            self._put((False, exc))

    def _put(self, entry: tuple) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def __iter__(self) -> Iterator:
        while True:
            more, item = self._queue.get()
            if not more:
                if item is not None:
                    raise item
                return
            yield item

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


def rank(text: str, candidates: Iterable[StoredUnit], *, limit: int = 5, min_score: float = 0.6) -> list[Suggestion]:
    """The best `limit` of `candidates` (newest first) for `text`: exact matches (1.0), then by similarity of
    the folded texts (at least `min_score`), then the newest. On every unit of a pair, this is the full scan."""
    query = _normalised(text)
    if not query or limit <= 0:
        return []
    folded = fold(query)
    words = set(_WORD.findall(folded))
    use_words = len(words) >= _WORD_FILTER_MIN_WORDS
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(folded)  # SequenceMatcher caches what it learns about seq2
    # The best `limit` so far as a min-heap on (score, -age): its root is the one to drop next.
    best: list[tuple[float, int, Suggestion]] = []
    for age, unit in enumerate(candidates):  # newest first
        bar = best[0][0] if len(best) >= limit else min_score - 1e-9  # an older tie loses, so "> bar"
        cand_folded = unit.source_folded
        if unit.source == query or _normalised(unit.source) == query:
            score = 1.0
        else:
            shorter, longer = sorted((len(folded), len(cand_folded)))
            if 2 * shorter / (shorter + longer) <= bar:  # an upper bound of ratio(): exact, not a guess
                continue
            if use_words:
                # Heuristic: similar sentences share a good part of their words (Dice coefficient on words).
                cand_words = set(_WORD.findall(cand_folded))
                shared = len(words & cand_words)
                if 2 * shared / (len(words) + len(cand_words)) < min_score / 2:
                    continue
            matcher.set_seq1(cand_folded)
            if matcher.real_quick_ratio() <= bar or matcher.quick_ratio() <= bar:
                continue
            # Same letters but not the same text (case, accents, script): close, but not exact.
            score = min(round(matcher.ratio(), 4), 0.99)
            if score <= bar:
                continue
        entry = (score, -age, Suggestion(unit.source, unit.target, score))
        if len(best) < limit:
            heapq.heappush(best, entry)
        else:
            heapq.heapreplace(best, entry)
    return [s for _score, _age, s in sorted(best, reverse=True)]


def parse_tmx(data: bytes, *, created: str) -> list[StoredUnit]:
    """The units of TMX data already in memory (any version from 1.1 to 1.4); raises TranslationMemoryError.
    Files are imported with `TranslationMemory.import_tmx_file`, which streams them."""
    if not isinstance(data, bytes | bytearray):
        raise TranslationMemoryError("A TMX file must be read as bytes.")
    if len(data) > MAX_TMX_BYTES:
        raise TranslationMemoryError(f"The TMX file is larger than {MAX_TMX_BYTES // 1_000_000} MB.")
    if data.count(b"<tu>") + data.count(b"<tu ") > MAX_TMX_UNITS:
        raise TranslationMemoryError(f"The TMX file has more than {MAX_TMX_UNITS:,} translation units.")
    try:
        return list(read_units(io.BytesIO(data), created=created, max_units=MAX_TMX_UNITS))
    except TmxError as exc:
        raise TranslationMemoryError(str(exc)) from None
