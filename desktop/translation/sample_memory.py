"""Generated translation memories for `make bench` and the tests: ordinary text at the scale consultants bring.

Words are made of Albanian-like syllables and drawn from a Zipf distribution (the rank-1 word is about as
frequent as "e" or "të"), so a few words occur in most units and most words are rare, as in real text.
Everything is seeded: the same call gives the same units.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from xml.sax.saxutils import escape

# Albanian consonants (digraphs included) before each vowel: 203 syllables, so that unrelated words share
# no more letters than words of a real language do.
CONSONANTS = (
    "b", "c", "ç", "d", "dh", "f", "g", "gj", "h", "j", "k", "l", "ll", "m", "n", "nj", "p", "q", "r", "rr",
    "s", "sh", "t", "th", "v", "x", "xh", "z", "zh",
)  # fmt: skip
VOWELS = ("a", "e", "ë", "i", "o", "u", "y")
SYLLABLES = tuple(c + v for c in CONSONANTS for v in VOWELS)


class ZipfText:
    """Sentences of 4 to 18 words from a seeded vocabulary of `words` words with Zipf frequencies."""

    def __init__(self, words: int = 8_000, *, seed: int = 7, exponent: float = 1.0) -> None:
        self.rng = random.Random(seed)
        vocabulary: list[str] = []
        seen: set[str] = set()
        while len(vocabulary) < words:
            word = "".join(self.rng.choices(SYLLABLES, k=self.rng.randint(1, 4)))
            if word not in seen:
                seen.add(word)
                vocabulary.append(word)
        self.vocabulary = vocabulary
        self._cumulative = list(itertools.accumulate(1 / rank**exponent for rank in range(1, words + 1)))

    def sentence(self, low: int = 4, high: int = 18) -> str:
        words = self.rng.choices(self.vocabulary, cum_weights=self._cumulative, k=self.rng.randint(low, high))
        return " ".join(words).capitalize()

    def variant(self, text: str) -> str:
        """`text` as a translator meets it again: one or two words replaced, dropped or added."""
        words = text.split()
        for _ in range(self.rng.randint(1, 2)):
            i = self.rng.randrange(len(words))
            action = self.rng.choice(("replace", "drop", "add")) if len(words) > 2 else "add"
            new = self.rng.choices(self.vocabulary, cum_weights=self._cumulative)[0]
            if action == "replace":
                words[i] = new
            elif action == "drop":
                del words[i]
            else:
                words.insert(i, new)
        return " ".join(words)


def sample_rows(count: int, *, words: int = 8_000, seed: int = 7) -> Iterator[tuple[str, str]]:
    """`count` (Albanian source, Serbian target) pairs; each source is unique."""
    text = ZipfText(words, seed=seed)
    seen: set[str] = set()
    while len(seen) < count:
        source = text.sentence()
        if source in seen:
            continue
        seen.add(source)
        yield source, f"Prevod {len(seen)}: {text.sentence(2, 8)}"


def sample_tmx(rows: Iterator[tuple[str, str]] | list[tuple[str, str]], path) -> int:
    """Write (source, target) rows as a sq -> sr TMX 1.4 file, streamed; returns how many units."""
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n'
            '<header creationtool="bench" creationtoolversion="1" segtype="paragraph" o-tmf="bench" adminlang="en"'
            ' srclang="sq" datatype="plaintext"/>\n<body>\n'
        )
        for source, target in rows:
            out.write(
                f'<tu><tuv xml:lang="sq"><seg>{escape(source)}</seg></tuv>'
                f'<tuv xml:lang="sr-Latn"><seg>{escape(target)}</seg></tuv></tu>\n'
            )
            n += 1
        out.write("</body>\n</tmx>\n")
    return n


def sample_queries(sources: list[str], count: int = 200, *, words: int = 8_000, seed: int = 11) -> list[str]:
    """Texts a translator asks about: a third stored as they are, a third changed a little, a third new."""
    text = ZipfText(words, seed=seed)
    queries = []
    for i in range(count):
        kind = i % 3
        if kind == 0:
            queries.append(text.rng.choice(sources))
        elif kind == 1:
            queries.append(text.variant(text.rng.choice(sources)))
        else:
            queries.append(text.sentence())
    return queries
