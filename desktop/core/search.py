"""Search across the whole document in every language, forgiving accents and script.

"e" finds "ë", "c" finds "č" and "ć", and Latin spelling finds Serbian Cyrillic ("opstina" finds
"Општина"): every text is folded to plain lower-case Latin once, and the index is refreshed only
for the entities an operation changed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.core.model import Document
from desktop.core.operations import Change
from desktop.core.richtext import to_plain
from desktop.core.text import LANGUAGES

# Serbian Cyrillic and the Latin letters without a decomposition, spelled as people type them
# without diacritics (đ as "dj").
_FOLD = str.maketrans(
    {
        **dict(zip("абвгдежзијклмнопрстуфхцчшћ", "abvgdezzijklmnoprstufhccsc", strict=True)),
        "ђ": "dj", "љ": "lj", "њ": "nj", "џ": "dz", "đ": "dj", "ł": "l", "ø": "o", "ß": "ss",
    }
)  # fmt: skip


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


# The characters _FOLD maps: a text without any (most Albanian and Latin Serbian text) skips translate(),
# which looks up every character in a dict (half of fold's time on a 200,000-unit TMX import).
_FOLDED_CHARS = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")


def fold(text: str) -> str:
    """Lower-case, script- and accent-free form used for matching."""
    text = text.casefold()
    if _FOLDED_CHARS.search(text):
        text = text.translate(_FOLD)
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


@dataclass(frozen=True)
class Hit:
    entity_id: str
    field: str
    lang: str
    text: str  # the matching text as written
    start: int  # where the first query word matches in `text` (approximate after folding)


class SearchIndex:
    """Folded copies of every text, kept up to date from operations' changes."""

    def __init__(self, doc: Document) -> None:
        self.rebuild(doc)

    def rebuild(self, doc: Document) -> None:
        self.doc = doc
        self._entries: dict[str, list[tuple[str, str, str, str]]] = {}  # id -> (field, lang, text, folded)
        self._order = [e.id for e in doc.walk()]
        for eid in self._order:
            self._index(eid)

    def _index(self, entity_id: str) -> None:
        entity = self.doc.find(entity_id)
        if entity is None:
            self._entries.pop(entity_id, None)
            return
        rows = []
        for name in entity.TEXTS:
            mt = entity.text(name)
            for lang in LANGUAGES:
                value = to_plain(mt.get(lang))  # the words of a structured text, not its markup
                if value:
                    rows.append((name, lang, value, fold(value)))
        self._entries[entity_id] = rows

    def update(self, change: Change, doc: Document | None = None) -> None:
        """Refresh after an operation (or everything when the document was replaced)."""
        if (doc is not None and doc is not self.doc) or change.operation == "reload":
            self.rebuild(doc or self.doc)
            return
        for eid in (*change.upserted, *change.removed):
            self._index(eid)
        if change.removed or change.reordered or any(e not in self._order for e in change.upserted):
            self._order = [e.id for e in self.doc.walk()]

    def search(self, query: str, *, langs: tuple[str, ...] = LANGUAGES, limit: int = 200) -> list[Hit]:
        """Texts containing every word of the query, in document order."""
        words = fold(query).split()
        if not words:
            return []
        hits: list[Hit] = []
        for eid in self._order:
            for name, lang, text, folded in self._entries.get(eid, ()):
                if lang in langs and all(w in folded for w in words):
                    hits.append(Hit(eid, name, lang, text, folded.find(words[0])))
                    if len(hits) >= limit:
                        return hits
        return hits
