"""A translation memory: texts already translated (sq, sr, en), offered again when the same or a similar text
comes up in another plan.

The memory is one file in the user's data folder (`translation-memory.sqlite`, see desktop.storage.memory_store);
this module holds the rules and speaks no SQL. A unit is a whole text field (a title, a description), not a
sentence: plans repeat whole titles and activity names far more often than they share sentences.

- `learn_from(doc)` takes every translated or approved translation of a document, from the field's source
  language into each other language.
- `suggest(text, ...)` finds exact matches (score 1.0) and fuzzy ones (difflib ratio of the folded texts, after a
  cheap prefilter on length and shared words).
- `to_tmx(source, target)` / `import_tmx()` exchange the memory with CAT tools as TMX 1.4: one file per language
  pair with its real `srclang` (a file of every pair made OmegaT take Serbian units for English ones),
  `segtype="paragraph"` (a unit is a whole field), Serbian tagged sr-Latn or sr-Cyrl. The standard DOCTYPE line
  CAT tools write (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`) is accepted and its DTD never read; any other DTD,
  and every entity declaration, is refused.
"""

from __future__ import annotations

import difflib
import heapq
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import defusedxml
import defusedxml.ElementTree as SafeET

from desktop.core.model import Document, Entity
from desktop.core.search import fold
from desktop.core.text import LANGUAGES, TextError, TState, clean_text
from desktop.paths import data_dir
from desktop.storage.files import replace_atomically, temp_beside
from desktop.storage.memory_store import MemoryStore, MemoryStoreError, StoredUnit
from desktop.translation.transliterate import CYRILLIC, LATIN, convert, detect_script, to_latin

MEMORY_FILE_NAME = "translation-memory.sqlite"
MAX_TMX_BYTES = 100_000_000
# Counted in the bytes before parsing: 50,000 units parse in about a second; a plan has a few thousand texts.
MAX_TMX_UNITS = 50_000
LEARNED_STATES = (TState.TRANSLATED, TState.APPROVED)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_WORD = re.compile(r"\w+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_HOSTILE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# The DOCTYPE line of the TMX standard (OmegaT, Trados, memoQ write it): an external DTD by a bare file name,
# no internal subset. It is removed before parsing, so nothing is ever fetched.
_STANDARD_DOCTYPE = re.compile(rb"""<!DOCTYPE\s+tmx\s+SYSTEM\s+(["'])tmx1[1-4]\.dtd\1\s*>""")
_HOSTILE_MESSAGE = "The TMX file declares a DTD or entities; Plan does not read such files."
# Below this many words in the query the shared-word prefilter is skipped: one-word texts differ by a letter.
_WORD_FILTER_MIN_WORDS = 3


class TranslationMemoryError(ValueError):
    """The memory or a TMX file cannot be used; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    source: str
    target: str
    score: float  # 1.0 exact; below that, how similar the stored source is to the text asked about


@dataclass(frozen=True, slots=True)
class _Candidate:
    normalised: str
    folded: str
    words: frozenset[str]
    source: str
    target: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _normalised(text: str) -> str:
    """The text as compared for an exact match: surrounding whitespace removed, inner runs made one space."""
    return " ".join(text.split())


def _unit(source_lang: str, target_lang: str, source: str, target: str, created: str, doc_id: str | None):
    source = source.strip()
    return StoredUnit(source_lang, target_lang, source, target.strip(), fold(source), created, doc_id)


def normalise_language(tag: str | None) -> str | None:
    """ "sr-Latn", "SQ_al", "en-GB" -> "sr", "sq", "en"; None for a language Plan does not know."""
    if not tag:
        return None
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].casefold()
    return primary if primary in LANGUAGES else None


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

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            path = data_dir() / MEMORY_FILE_NAME
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._store = MemoryStore(self.path)
        except (OSError, MemoryStoreError) as exc:
            raise TranslationMemoryError(f"The translation memory cannot be opened: {exc}") from None
        self._cache: dict[tuple[str, str], tuple[tuple[int, int], list[_Candidate]]] = {}

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
        self._cache.clear()
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

    def suggest(
        self, text: str, source_lang: str, target_lang: str, *, limit: int = 5, min_score: float = 0.6
    ) -> list[Suggestion]:
        """Stored translations of `text` or of similar texts, best first (then newest first)."""
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
        for age, cand in enumerate(self._candidates(source_lang, target_lang)):  # newest first
            bar = best[0][0] if len(best) >= limit else min_score - 1e-9  # an older tie loses, so "> bar"
            if cand.normalised == query:
                score = 1.0
            else:
                shorter, longer = sorted((len(folded), len(cand.folded)))
                if 2 * shorter / (shorter + longer) <= bar:  # an upper bound of ratio(): exact, not a guess
                    continue
                if use_words:
                    # Heuristic: similar sentences share a good part of their words (Dice coefficient on words).
                    shared = len(words & cand.words)
                    if 2 * shared / (len(words) + len(cand.words)) < min_score / 2:
                        continue
                matcher.set_seq1(cand.folded)
                if matcher.real_quick_ratio() <= bar or matcher.quick_ratio() <= bar:
                    continue
                # Same letters but not the same text (case, accents, script): close, but not exact.
                score = min(round(matcher.ratio(), 4), 0.99)
                if score <= bar:
                    continue
            entry = (score, -age, Suggestion(cand.source, cand.target, score))
            if len(best) < limit:
                heapq.heappush(best, entry)
            else:
                heapq.heapreplace(best, entry)
        return [s for _score, _age, s in sorted(best, reverse=True)]

    def _candidates(self, source_lang: str, target_lang: str) -> list[_Candidate]:
        """One language pair's units, prepared for matching; kept while the file is unchanged. Through this
        object units are only added (a changed count) or all cleared (the cache is dropped); a commit by another
        window or process changes the file's data version, even when it leaves the count as it was."""
        version = (self._store.count(), self._store.data_version())
        key = (source_lang, target_lang)
        cached = self._cache.get(key)
        if cached is None or cached[0] != version:
            prepared = [
                _Candidate(
                    _normalised(u.source),
                    u.source_folded,
                    frozenset(_WORD.findall(u.source_folded)),
                    u.source,
                    u.target,
                )
                for u in self._store.candidates(source_lang, target_lang)
            ]
            cached = self._cache[key] = (version, prepared)
        return cached[1]

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
        """Add the units of a TMX file; returns how many were new. All or nothing: a bad file adds nothing."""
        units = parse_tmx(data, created=_now())
        return self._add(units)


def _seg_text(seg: ET.Element) -> str:
    """The plain text of a <seg>: its text and the text of <hi>/<sub>, without inline codes (<bpt>, <ph> ...).

    Walked with a stack, not by recursion: a file of 100,000 nested <hi> is text, not a RecursionError."""
    parts = [seg.text or ""]
    stack, tails = [iter(seg)], []  # tails[i]: the tail of the element whose children stack[i + 1] walks
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            if tails:
                parts.append(tails.pop())
        elif child.tag in ("hi", "sub"):
            parts.append(child.text or "")
            stack.append(iter(child))
            tails.append(child.tail or "")
        else:
            parts.append(child.tail or "")
    return "".join(parts)


def parse_tmx(data: bytes, *, created: str) -> list[StoredUnit]:
    """The units of a TMX file (any version from 1.1 to 1.4); raises TranslationMemoryError."""
    if not isinstance(data, bytes | bytearray):
        raise TranslationMemoryError("A TMX file must be read as bytes.")
    if len(data) > MAX_TMX_BYTES:
        raise TranslationMemoryError(f"The TMX file is larger than {MAX_TMX_BYTES // 1_000_000} MB.")
    if data.count(b"<tu>") + data.count(b"<tu ") > MAX_TMX_UNITS:
        raise TranslationMemoryError(f"The TMX file has more than {MAX_TMX_UNITS:,} translation units.")
    head = _STANDARD_DOCTYPE.search(data, 0, 1024)  # it comes right after the XML declaration
    if head:
        data = data[: head.start()] + data[head.end() :]
    if _HOSTILE.search(data):
        raise TranslationMemoryError(_HOSTILE_MESSAGE)
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException:
        raise TranslationMemoryError(_HOSTILE_MESSAGE) from None
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else "?"
        raise TranslationMemoryError(f"The TMX file is not well-formed XML (line {line}).") from None
    if root.tag != "tmx":
        raise TranslationMemoryError("The file is not a TMX file (its root element is not <tmx>).")
    header = root.find("header")
    body = root.find("body")
    if body is None:
        raise TranslationMemoryError("The TMX file has no <body>.")
    default_source = header.get("srclang") if header is not None else None
    units: list[StoredUnit] = []
    for tu in body.iter("tu"):
        segments: list[tuple[str, str]] = []  # (language, text), in file order
        for tuv in tu.findall("tuv"):
            tag = tuv.get(XML_LANG) or tuv.get("lang")  # TMX 1.1 used "lang"
            lang = normalise_language(tag)
            seg = tuv.find("seg")
            if lang is None or seg is None:
                continue
            text = _seg_text(seg)
            if lang == "sr" and ("cyrl" in (tag or "").casefold() or detect_script(text) == CYRILLIC):
                text = to_latin(text)  # the memory keeps Serbian in Latin script; suggestions are shown in either
            try:
                text = clean_text(text).strip()
            except TextError:
                continue
            if text:
                segments.append((lang, text))
        if len(segments) < 2:
            continue
        source_tag = tu.get("srclang") or default_source
        source_lang = normalise_language(source_tag) if source_tag != "*all*" else None
        source = next((s for s in segments if s[0] == source_lang), None) or segments[0]
        for lang, text in segments:  # a unit with several target languages: each goes in its own pair
            if lang != source[0] and _normalised(text) != _normalised(source[1]):  # a copy is no translation
                units.append(_unit(source[0], lang, source[1], text, created, None))
    return units
