"""The consultants' glossary: agreed terms in Albanian, Serbian (Latin) and English.

A `Glossary` is a plain list of `Term`s and a list of `names` kept as written (organisations and programmes
such as "Save the Children", which stay in Latin letters when Serbian is shown in Cyrillic). It is seeded
from `glossary_seed.csv` (the table in DOMAIN.md and names of organisations working in the region),
exchanged with spreadsheets as CSV (header `sq,sr,en[,note][,keep]`; a name is a row with `keep` = yes and
the name in every language) and with CAT tools as TBX-Basic-like XML (a name is an entry with
`<descrip type="keepAsWritten">`).

`find_terms` finds glossary terms in a text; `consistency` lists the text fields whose source text uses a
glossary term but whose translation does not use the agreed translation.

Matching rules (kept simple on purpose, so a consultant can predict them):

- texts and terms are compared after `fold()` (case, accents and Serbian script do not matter: the Latin
  "Opština" finds "opstina" and "Општина");
- a term matches whole words only; the words of a multi-word term must follow each other separated by
  whitespace only;
- inflection: a term word of 5 letters or more also matches a text word that starts with its *stem* (the folded
  word minus one final vowel a/e/i/o/u) followed by at most 3 more letters.
  "Strategjia" (stem "strategji") finds "Strategjisë", "Plani" (stem "plan") finds "plan" and "planit",
  "Strategija" finds "Strategije". A word of 5 letters or more ending in a consonant is its own stem ("Budžet"
  finds "budžeta"). In Albanian a stem of 4 letters is enough ("Afati" finds "afatit"). Serbian words also
  match their stem followed by a case ending or the adjective suffix -sk- ("Rok" finds "roku", "Opština" finds
  "opštinskog"), with the fleeting a and k/g/h -> c/z/s before -i ("Sastanak" finds "sastanka", "sastanci",
  "sastancima"). Other words of 3 letters or fewer match exactly only. This applies to every word of a
  multi-word term, since Albanian and Serbian inflect the first word;
- where matches overlap, the longest wins ("Objektivi strategjik" rather than a shorter term inside it);
  ties go to the earlier match.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path

from desktop.core.cells import csv_cell, csv_value
from desktop.core.model import Document
from desktop.core.richtext import to_plain
from desktop.core.search import fold

try:  # defusedxml refuses DTDs, entity declarations and external references outright
    import defusedxml
    import defusedxml.ElementTree as SafeET
except ImportError:  # pragma: no cover - defusedxml is a dependency, the fallback is a second line of defence
    defusedxml = None
    SafeET = None

GLOSSARY_LANGUAGES = ("sq", "sr", "en")
SEED_PATH = Path(__file__).with_name("glossary_seed.csv")
MAX_TERMS = 10_000
MAX_NAMES = 2_000
KEEP_COLUMN = "keep"
KEEP_VALUES = frozenset({"yes", "y", "true", "1", "x", "po", "da"})  # what a spreadsheet user may type
KEEP_DESCRIP = "keepAsWritten"
MAX_FIELD_LENGTH = 500
MAX_TBX_BYTES = 20_000_000
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_LINE_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x85]+")  # become one space: a term is one line
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # all other control characters are removed
_WORD = re.compile(r"\w+")
_VOWELS = "aeiou"
_MIN_STEM_WORD = 5
_MAX_ENDING = 3
_MAX_ENDING_SQ = 3  # -eve, -ave, -ale; not 4: "komunitet" is not "komuna"
_MIN_STEM_SQ = 4
_MIN_STEM_SR = 3
# Serbian noun and adjective endings (folded: no diacritics), and the adjective suffix -sk- with its endings
# ("opštinski", "opštinskog"): a municipal X is still about the municipality.
_SR_ENDING_LIST = """a e i o u om em ima ama ov ovi ova ove ovo ovu ovima ev evi eva eve evima og oj ih im oga omu
    emu ski ska ske sko sku skog skom skoj skih skim skima"""
_SR_ENDINGS = frozenset(_SR_ENDING_LIST.split()) | {""}
_SR_PALATAL = {"k": "c", "g": "z", "h": "s"}  # sastanak -> sastanci, dijalog -> dijalozi, duh -> dusi
_SR_CONSONANTS = set("bcdfghjklmnprstvzž")
_SQ_ARTICLES = frozenset({"i", "e", "te", "se"})  # folded: i, e, të, së


class GlossaryError(ValueError):
    """A glossary file or term that cannot be used; the message says why."""


@dataclass(frozen=True)
class Term:
    sq: str
    sr: str
    en: str
    note: str = ""

    def in_language(self, lang: str) -> str:
        if lang not in GLOSSARY_LANGUAGES:
            raise GlossaryError(f"unknown glossary language {lang!r}")
        return getattr(self, lang)


@dataclass(frozen=True)
class Match:
    start: int  # offsets into the original (unfolded) text, `text[start:end]` is the matched wording
    end: int
    term: Term


@dataclass(frozen=True)
class Inconsistency:
    entity_id: str
    field: str
    term: Term
    expected: str  # the agreed translation
    found_text: str  # the whole target-language text that lacks it


def _clean_field(value: object, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise GlossaryError(f"{what} must be text")
    value = unicodedata.normalize("NFC", _CONTROL.sub("", _LINE_BREAKS.sub(" ", value))).strip()
    value = re.sub(r" {2,}", " ", value)
    if len(value) > MAX_FIELD_LENGTH:
        raise GlossaryError(f"{what} is longer than {MAX_FIELD_LENGTH} characters")
    return value


def clean_term(term: Term) -> Term:
    """The term with control characters removed, whitespace trimmed and lengths checked."""
    values = {f.name: _clean_field(getattr(term, f.name), f.name) for f in fields(Term)}
    if not any(values[lang] for lang in GLOSSARY_LANGUAGES):
        raise GlossaryError("a term needs at least one of sq, sr, en")
    return Term(**values)


def clean_names(names: Iterable[str]) -> list[str]:
    """The names cleaned like term fields, without blanks and without repeats (as written, case counts)."""
    cleaned: list[str] = []
    for name in names:
        value = _clean_field(name, "name")
        if value and value not in cleaned:
            cleaned.append(value)
    if len(cleaned) > MAX_NAMES:
        raise GlossaryError(f"a glossary keeps at most {MAX_NAMES:,} names")
    return cleaned


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # kept as written in every language and script

    def __post_init__(self) -> None:
        if len(self.terms) > MAX_TERMS:
            raise GlossaryError(f"a glossary holds at most {MAX_TERMS:,} terms")
        self.terms = [clean_term(t) for t in self.terms]
        self.names = clean_names(self.names)

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    # --- editing -------------------------------------------------------------------------------------------

    def add(self, term: Term) -> Term:
        if len(self.terms) >= MAX_TERMS:
            raise GlossaryError(f"a glossary holds at most {MAX_TERMS:,} terms")
        term = clean_term(term)
        self.terms.append(term)
        return term

    def remove(self, index: int) -> Term:
        return self.terms.pop(index)

    def replace(self, index: int, term: Term) -> Term:
        term = clean_term(term)
        self.terms[index] = term
        return term

    def merge(self, other: Glossary) -> int:
        """Append the terms and names of `other` this glossary lacks; returns how many were added. All or nothing.

        A term is already present when its sq, sr and en agree after `fold()` (the note does not count), a
        name when it is written the same way, so importing the same file twice adds nothing.
        """

        def key(t: Term) -> tuple[str, ...]:
            return tuple(fold(t.in_language(lang)) for lang in GLOSSARY_LANGUAGES)

        seen = {key(t) for t in self.terms}
        new = []
        for term in other.terms:
            if key(term) not in seen:
                seen.add(key(term))
                new.append(clean_term(term))
        if len(self.terms) + len(new) > MAX_TERMS:
            raise GlossaryError(f"a glossary holds at most {MAX_TERMS:,} terms")
        names = clean_names([*self.names, *other.names])
        added = len(new) + len(names) - len(self.names)
        self.terms.extend(new)
        self.names = names
        return added

    # --- seed and CSV --------------------------------------------------------------------------------------

    @classmethod
    def seed(cls) -> Glossary:
        """The glossary of DOMAIN.md, as shipped next to this module."""
        return cls.from_csv(SEED_PATH.read_text(encoding="utf-8"))

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([*GLOSSARY_LANGUAGES, "note", KEEP_COLUMN])
        for t in self.terms:
            writer.writerow([csv_cell(t.sq), csv_cell(t.sr), csv_cell(t.en), csv_cell(t.note), ""])
        for name in self.names:
            writer.writerow([csv_cell(name)] * 3 + ["", "yes"])
        return out.getvalue()

    @classmethod
    def from_csv(cls, text: str) -> Glossary:
        """Read `sq,sr,en[,note][,keep]` CSV (other columns are ignored, blank rows skipped)."""
        if not isinstance(text, str):
            raise GlossaryError("CSV must be text (decode it as UTF-8 first)")
        text = text.removeprefix("\ufeff")
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(reader, None)
            if header is None:
                raise GlossaryError("the CSV is empty; it needs a header sq,sr,en[,note]")
            names = [h.strip().lower() for h in header]
            missing = [lang for lang in GLOSSARY_LANGUAGES if lang not in names]
            if missing:
                raise GlossaryError(f"the CSV header lacks the column(s) {', '.join(missing)} (need sq,sr,en[,note])")
            if len(set(names)) != len(names):
                raise GlossaryError("the CSV header names a column twice")
            columns = {name: names.index(name) for name in (*GLOSSARY_LANGUAGES, "note") if name in names}
            keep_column = names.index(KEEP_COLUMN) if KEEP_COLUMN in names else None
            terms = []
            kept: list[str] = []
            for row in reader:
                if not any(cell.strip() for cell in row):
                    continue
                if len(terms) >= MAX_TERMS:
                    raise GlossaryError(f"the CSV has more than {MAX_TERMS:,} terms")
                values = {name: csv_value(row[i]) if i < len(row) else "" for name, i in columns.items()}
                try:
                    if keep_column is not None and keep_column < len(row) and _is_keep(row[keep_column]):
                        kept.append(_name_of(values))
                    else:
                        terms.append(clean_term(Term(**values)))
                except GlossaryError as exc:
                    raise GlossaryError(f"CSV line {reader.line_num}: {exc}") from None
        except csv.Error as exc:
            raise GlossaryError(f"not a readable CSV file: {exc}") from None
        return cls(terms, kept)

    # --- TBX -----------------------------------------------------------------------------------------------

    def to_tbx(self) -> bytes:
        """TBX-Basic-like XML: martif > text > body > termEntry > langSet[xml:lang] > tig > term."""
        root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: "sq"})
        header = ET.SubElement(root, "martifHeader")
        source = ET.SubElement(ET.SubElement(header, "fileDesc"), "sourceDesc")
        ET.SubElement(source, "p").text = "Plan glossary"
        body = ET.SubElement(ET.SubElement(root, "text"), "body")
        for n, t in enumerate(self.terms, 1):
            entry = ET.SubElement(body, "termEntry", {"id": f"t{n}"})
            if t.note:
                ET.SubElement(entry, "note").text = t.note
            for lang in GLOSSARY_LANGUAGES:
                value = t.in_language(lang)
                if value:
                    lang_set = ET.SubElement(entry, "langSet", {XML_LANG: lang})
                    ET.SubElement(ET.SubElement(lang_set, "tig"), "term").text = value
        # A name kept as written is its own translation in every language (what a CAT tool needs to know).
        for n, name in enumerate(self.names, len(self.terms) + 1):
            entry = ET.SubElement(body, "termEntry", {"id": f"t{n}"})
            ET.SubElement(entry, "descrip", {"type": KEEP_DESCRIP}).text = "yes"
            for lang in GLOSSARY_LANGUAGES:
                lang_set = ET.SubElement(entry, "langSet", {XML_LANG: lang})
                ET.SubElement(ET.SubElement(lang_set, "tig"), "term").text = name
        ET.indent(root)
        return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"

    @classmethod
    def from_tbx(cls, data: bytes) -> Glossary:
        """Read TBX safely: no DTDs, no entities, bounded size; other languages than sq/sr/en are ignored."""
        if not isinstance(data, bytes | bytearray):
            raise GlossaryError("TBX must be bytes")
        if len(data) > MAX_TBX_BYTES:
            raise GlossaryError(f"the TBX file is larger than {MAX_TBX_BYTES // 1_000_000} MB")
        root = _parse_xml(bytes(data))
        if _local(root.tag) != "martif":
            raise GlossaryError("not a TBX file (the root element is not <martif>)")
        terms = []
        kept: list[str] = []
        for entry in root.iter():
            if _local(entry.tag) != "termEntry":
                continue
            if len(terms) >= MAX_TERMS:
                raise GlossaryError(f"the TBX file has more than {MAX_TERMS:,} terms")
            values: dict[str, str] = {}
            keep = False
            for child in entry:
                name = _local(child.tag)
                if name == "descrip" and child.get("type") == KEEP_DESCRIP:
                    keep = _is_keep("".join(child.itertext()))
                elif name == "note" or (name == "descrip" and child.get("type") in ("note", "definition")):
                    values.setdefault("note", "".join(child.itertext()))
                elif name == "langSet":
                    lang = (child.get(XML_LANG) or child.get("lang") or "").split("-")[0].lower()
                    term = next((e for e in child.iter() if _local(e.tag) == "term"), None)
                    if lang in GLOSSARY_LANGUAGES and term is not None:
                        values.setdefault(lang, "".join(term.itertext()))
            if not any(values.get(lang, "").strip() for lang in GLOSSARY_LANGUAGES):
                continue
            try:
                if keep:
                    kept.append(_name_of(values))
                else:
                    terms.append(clean_term(Term(**{k: values.get(k, "") for k in ("sq", "sr", "en", "note")})))
            except GlossaryError as exc:
                raise GlossaryError(f"TBX entry {entry.get('id') or len(terms) + 1}: {exc}") from None
        return cls(terms, kept)


def _is_keep(value: str) -> bool:
    return value.strip().lower() in KEEP_VALUES


def _name_of(values: dict[str, str]) -> str:
    """A kept name from a row or entry: written the same in every language; Serbian first if not."""
    for lang in ("sr", "en", "sq"):
        name = _clean_field(values.get(lang, ""), "name")
        if name:
            return name
    raise GlossaryError("a name kept as written is empty")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parse_xml(data: bytes) -> ET.Element:
    if SafeET is not None:
        try:
            return SafeET.fromstring(data)
        except defusedxml.DefusedXmlException as exc:
            raise GlossaryError(f"the TBX file contains forbidden XML (DTD or entities): {exc}") from None
        except ET.ParseError as exc:
            raise GlossaryError(f"the TBX file is not well-formed XML: {exc}") from None
    # Fallback without defusedxml: refuse anything that could declare entities before expat sees it.
    upper = data.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper or b"\x00" in data:
        raise GlossaryError("the TBX file contains forbidden XML (DTD or entities)")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise GlossaryError(f"the TBX file is not well-formed XML: {exc}") from None


# --- matching ----------------------------------------------------------------------------------------------


def _fold_mapped(text: str) -> tuple[str, list[int]]:
    """`fold(text)` built character by character, with the original index of every folded character."""
    parts: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = fold(ch)
        parts.append(folded)
        index.extend([i] * len(folded))
    return "".join(parts), index


@dataclass(frozen=True)
class _TermWord:
    """How one word of a term matches a text word: exactly, by stem + a few letters, or by stem + an ending."""

    exact: str
    stem: str | None = None  # any ending of at most `max_ending` letters
    max_ending: int = _MAX_ENDING
    stems: tuple[str, ...] = ()  # Serbian: stems that take an ending from _SR_ENDINGS
    palatal: str | None = None  # Serbian: the stem before -i / -ima (sastanc-i)
    articles: frozenset[str] = frozenset()  # Albanian: the linking article follows the case of the word before

    def matches(self, word: str) -> bool:
        if word == self.exact or word in self.articles:
            return True
        if self.stem is not None and word.startswith(self.stem) and len(word) - len(self.stem) <= self.max_ending:
            return True
        for stem in self.stems:
            if word.startswith(stem) and word[len(stem) :] in _SR_ENDINGS:
                return True
        return self.palatal is not None and word in (self.palatal + "i", self.palatal + "ima")


def _term_word(word: str, lang: str) -> _TermWord:
    ends_in_vowel = word[-1] in _VOWELS
    if lang == "sq" and word in _SQ_ARTICLES:  # "plani i veprimit", "planit të veprimit"
        return _TermWord(word, stems=(), palatal=None, articles=_SQ_ARTICLES)
    if lang == "sq":
        stem = word[:-1] if ends_in_vowel and len(word) > _MIN_STEM_SQ else word
        return _TermWord(word, stem if len(stem) >= _MIN_STEM_SQ else None, _MAX_ENDING_SQ)
    stem = word[:-1] if len(word) >= _MIN_STEM_WORD and ends_in_vowel else None
    if stem is None and len(word) >= _MIN_STEM_WORD:
        stem = word
    if lang != "sr":
        return _TermWord(word, stem)
    base = word[:-1] if ends_in_vowel and len(word) > _MIN_STEM_SR else word
    if len(base) < _MIN_STEM_SR:
        return _TermWord(word, stem)
    stems = [base]
    # The fleeting a: sastanak -> sastanka, odgovoran -> odgovorna (a consonant on each side of the last a).
    if (
        not ends_in_vowel
        and len(base) >= _MIN_STEM_WORD
        and base[-2] == "a"
        and base[-1] in _SR_CONSONANTS
        and base[-3] in _SR_CONSONANTS
    ):
        stems.append(base[:-2] + base[-1])
    last = stems[-1]
    palatal = last[:-1] + _SR_PALATAL[last[-1]] if last[-1] in _SR_PALATAL else None
    return _TermWord(word, stem, _MAX_ENDING, tuple(stems), palatal)


def _pattern(term_text: str, lang: str = "") -> list[_TermWord]:
    """The folded words of a term, each with the inflected forms it also matches in `lang`."""
    return [_term_word(word, lang) for word in _WORD.findall(fold(term_text))]


def find_terms(glossary: Glossary, text: str, lang: str) -> list[Match]:
    """Occurrences of glossary terms (in `lang`) in `text`, in text order, without overlaps."""
    if lang not in GLOSSARY_LANGUAGES:
        raise GlossaryError(f"unknown glossary language {lang!r}")
    return _find(glossary.terms, text, lang)


def _find(terms: list[Term], text: str, lang: str) -> list[Match]:
    if not text:
        return []
    folded, index = _fold_mapped(text)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
    candidates: list[tuple[int, int, Term]] = []  # folded start, folded end, term
    for term in terms:
        pattern = _pattern(term.in_language(lang), lang)
        if not pattern:
            continue
        n = len(pattern)
        for k in range(len(words) - n + 1):
            if not all(pattern[j].matches(words[k + j][2]) for j in range(n)):
                continue
            # words of a multi-word term must be separated by whitespace only
            if any(folded[words[k + j][1] : words[k + j + 1][0]].strip() for j in range(n - 1)):
                continue
            candidates.append((words[k][0], words[k + n - 1][1], term))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, Term]] = []
    for cand in candidates:
        if all(cand[1] <= s or cand[0] >= e for s, e, _ in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c[0])
    return [Match(index[s], index[e - 1] + 1, term) for s, e, term in taken]


def consistency(doc: Document, glossary: Glossary, source_lang: str, target_lang: str) -> list[Inconsistency]:
    """Text fields whose `target_lang` text does not use the agreed translation of a term in the source text.

    Fields without a target text are not reported (they are untranslated, not inconsistent), nor are terms
    without a translation in `target_lang`, nor the texts kept as adopted (a revised version of the action plan,
    a closed review): they can no longer be changed, and the translation view does not list them either.
    """
    for lang in (source_lang, target_lang):
        if lang not in GLOSSARY_LANGUAGES:
            raise GlossaryError(f"unknown glossary language {lang!r}")
    found: list[Inconsistency] = []
    for entity in doc.walk():
        if _kept_as_adopted(doc, entity):
            continue
        for name in entity.TEXTS:
            texts = entity.text(name)
            # The words of a structured text, not its markup.
            source, target = to_plain(texts.get(source_lang)), to_plain(texts.get(target_lang))
            if not source or not target:
                continue
            seen: set[Term] = set()
            for match in find_terms(glossary, source, source_lang):
                term = match.term
                expected = term.in_language(target_lang)
                if term in seen or not expected:
                    continue
                seen.add(term)
                if not _find([term], target, target_lang):
                    found.append(Inconsistency(entity.id, name, term, expected, target))
    return found


def _kept_as_adopted(doc: Document, entity: object) -> bool:
    """In a revised (superseded) version of the action plan or in a closed review."""
    node = entity
    while node is not None:
        kind = getattr(node, "KIND", "")
        if (kind == "action_plan" and node.superseded_by) or (kind == "review" and node.closed):
            return True
        node = doc.parent_of(node)
    return False
