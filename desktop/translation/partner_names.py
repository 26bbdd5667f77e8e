"""Partners' names that Cyrillic would split between the scripts, offered for the glossary's list of names kept
as written.

Its own module: it runs the transliterator, which reads the user's glossary for those names, so living in
`glossary` it tied the two into a circle of imports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.model import Document
from desktop.translation.transliterate import LATIN, detect_script, kept_names, set_kept_names, to_cyrillic

_WORD = re.compile(r"\w+")

_PARTNER_SEPARATORS = re.compile(r"[,;\n()\[\]/•]+|\s+[-–]\s+")


def partner_names_to_keep(doc: Document, kept: Iterable[str] = ()) -> list[str]:
    """Partners named in the plan's Serbian (Latin) texts that Cyrillic would split between the scripts.

    A partner whose conversion keeps some words in Latin and turns others into Cyrillic ("UN Women" read word by
    word) is a foreign name that should be kept whole; one converted entirely is a Serbian name, one kept entirely
    needs nothing, and an acronym beside Serbian words is written so ("SOS Dečja sela"). `kept` are names already
    listed; they count as kept.
    """
    previous = kept_names()
    set_kept_names([*previous, *kept])
    try:
        found: list[str] = []
        for entity in doc.walk():
            text = entity.text("partners").get("sr") if "partners" in entity.TEXTS else ""
            if not text or detect_script(text) != LATIN:
                continue
            for part in _PARTNER_SEPARATORS.split(text):
                name = " ".join(part.split())
                if name and name not in found and _mixed_scripts(to_cyrillic(name)):
                    found.append(name)
        return found
    finally:
        set_kept_names(previous)


def _mixed_scripts(text: str) -> bool:
    """Cyrillic beside a Latin word that is not an acronym ("SOS Дечја села" is written so on purpose)."""
    latin_words = [w for w in _WORD.findall(text) if re.search("[A-Za-z]", w)]
    return re.search("[\u0400-\u04ff]", text) is not None and any(not w.isupper() for w in latin_words)
