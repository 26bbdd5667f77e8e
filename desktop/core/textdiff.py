"""Word-level differences between two versions of a text (what changed in a source since it was translated)."""

from __future__ import annotations

import difflib
import re

# Words with their following spaces, so joining the pieces gives the texts back exactly.
_TOKENS = re.compile(r"\S+\s*|\s+")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Pieces of text marked "equal", "delete" (only in old) or "insert" (only in new), in reading order.

    Joining the "equal" and "delete" pieces gives `old`; joining "equal" and "insert" gives `new`.
    """
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(("equal", "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            out.append(("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            out.append(("insert", "".join(b[j1:j2])))
    return out


def source_change(based_on: str | None, current_source: str) -> list[tuple[str, str]] | None:
    """What changed in the source since a translation was made; None when nothing is known or nothing changed."""
    if based_on is None or based_on == current_source:
        return None
    return word_diff(based_on, current_source)
