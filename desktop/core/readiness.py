"""Whether the texts an export prints are ready in the chosen languages.

A text is not ready in a language when it is missing there, or when it is outdated: its translation
state says so, or it is a draft made from a source text that has changed since (a template's Serbian
beside an Albanian that was edited after the template filled both). An official document must not
print either without saying so, so the export lists both and marks them in the PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desktop.core.model import Document
from desktop.core.text import LANGUAGES, MultiText, TState

MISSING, OUTDATED = "missing", "outdated"


@dataclass(frozen=True)
class UnreadyText:
    """One printed text that is missing or outdated in some of the chosen languages."""

    part: str  # the entity's kind: "activity", "decision" ...
    entity_id: str
    field: str
    missing: tuple[str, ...] = ()  # the chosen languages it lacks
    outdated: tuple[str, ...] = ()  # the chosen languages where it was made from an older source

    @property
    def languages(self) -> tuple[str, ...]:
        """Every chosen language it is not ready in, in the usual order."""
        return tuple(lang for lang in LANGUAGES if lang in self.missing or lang in self.outdated)


def is_outdated(mt: MultiText, lang: str) -> bool:
    """The text in `lang` is written but no longer matches its source (see the module)."""
    tr = mt.values.get(lang)
    if tr is None or not tr.text:
        return False
    if tr.state == TState.OUTDATED:
        return True
    if tr.state != TState.DRAFT or lang == mt.source or tr.based_on is None:
        return False
    return tr.based_on != mt.get(mt.source) if mt.source else False


def unready_texts(
    doc: Document,
    languages: Iterable[str],
    printed: Callable[[str, str], bool] | None = None,
) -> list[UnreadyText]:
    """The texts (of those `printed(entity_id, field)` accepts) missing or outdated in `languages`, in
    document order. A field empty in every language is not a text and is left out."""
    langs = tuple(languages)
    out = []
    for entity in doc.walk():
        for name in entity.TEXTS:
            if printed is not None and not printed(entity.id, name):
                continue
            mt = entity.text(name)
            if mt.is_empty():
                continue
            missing = tuple(lang for lang in langs if not mt.get(lang))
            outdated = tuple(lang for lang in langs if is_outdated(mt, lang))
            if missing or outdated:
                out.append(UnreadyText(entity.KIND, entity.id, name, missing, outdated))
    return out


def tally(items: Iterable[UnreadyText]) -> list[tuple[str, str, int]]:
    """(MISSING or OUTDATED, language, how many), only for the languages affected: missing ones first."""
    counts: dict[tuple[str, str], int] = {}
    for item in items:
        for lang in item.missing:
            counts[(MISSING, lang)] = counts.get((MISSING, lang), 0) + 1
        for lang in item.outdated:
            counts[(OUTDATED, lang)] = counts.get((OUTDATED, lang), 0) + 1
    order = {MISSING: 0, OUTDATED: 1}
    keys = sorted(counts, key=lambda k: (order[k[0]], LANGUAGES.index(k[1]) if k[1] in LANGUAGES else 99))
    return [(what, lang, counts[(what, lang)]) for what, lang in keys]


_LANGUAGE_WORDS = {"sq": "Albanian", "sr": "Serbian", "en": "English"}


def describe_tally(items: Iterable[UnreadyText]) -> str:
    """In English, naming only the languages affected: "3 texts missing in Serbian, 2 outdated in Serbian"."""
    parts = []
    for what, lang, n in tally(items):
        noun = ("text " if n == 1 else "texts ") if not parts else ""
        parts.append(f"{n} {noun}{what} in {_LANGUAGE_WORDS.get(lang, lang)}")
    return ", ".join(parts)
