"""Which script the window shows Serbian in (Qt-free).

Serbian text is stored once, in the script it was written in. The window can show it in Latin or
Cyrillic; what the user types in the shown script is turned back into the stored text's script, so
looking at a text never changes it and editing one word does not rewrite the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from desktop.core.text import MultiText

AS_WRITTEN = "as-written"
LATIN, CYRILLIC = "latn", "cyrl"  # the transliterator's names; it is imported on first use, not at start-up
SCRIPTS: tuple[str, ...] = (AS_WRITTEN, LATIN, CYRILLIC)

_shown = AS_WRITTEN


def shown_script() -> str:
    return _shown


def set_shown_script(script: str) -> None:
    global _shown
    _shown = script if script in SCRIPTS else AS_WRITTEN


@lru_cache(maxsize=8192)
def _converted(text: str, script: str) -> str:
    from desktop.translation.transliterate import convert

    return convert(text, script)


def kept_names_changed(names: Iterable[str]) -> None:
    """The glossary's names kept as written were saved: Cyrillic shows them in Latin from now on."""
    from desktop.translation.transliterate import set_kept_names

    set_kept_names(names)
    _converted.cache_clear()


def show(text: str, lang: str | None) -> str:
    """`text` as the window shows it: Serbian in the chosen script, other languages unchanged."""
    if lang != "sr" or _shown == AS_WRITTEN or not text:
        return text
    return _converted(text, _shown)


def text_in(mt: MultiText, lang: str) -> str:
    return show(mt.get(lang), lang)


def best_in(mt: MultiText, lang: str) -> tuple[str, str | None]:
    """Like MultiText.best, in the shown script."""
    text, shown = mt.best(lang)
    return show(text, shown), shown


def for_storage(typed: str, lang: str, stored: str) -> str:
    """What to store when the user typed `typed` over the shown form of `stored`.

    An unchanged text stays exactly as stored; an edit goes back into the stored text's script.
    """
    if lang != "sr" or _shown == AS_WRITTEN or not stored:
        return typed
    if typed == show(stored, lang):
        return stored
    from desktop.translation.transliterate import NO_SCRIPT, convert, detect_script

    script = detect_script(stored)
    if script in (NO_SCRIPT, _shown):
        return typed
    return convert(typed, script)
