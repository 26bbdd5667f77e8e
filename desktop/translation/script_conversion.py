"""Rewriting the stored Serbian texts of a plan in one script (Qt-free).

A machine transliteration is right almost always, not always (a foreign name, a word the rules do not
know), so every rewritten text becomes a draft until someone confirms it.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core import operations as op
from desktop.core.model import Document
from desktop.core.operations import Change
from desktop.core.text import TState
from desktop.translation.transliterate import NO_SCRIPT, convert, detect_script


def serbian_rewrites(
    doc: Document, script: str, entity_ids: Iterable[str] | None = None
) -> list[tuple[str, str, str, str]]:
    """(entity id, field, "sr", new text) for every Serbian text not yet in `script`."""
    wanted = set(entity_ids) if entity_ids is not None else None
    rewrites = []
    for entity in doc.walk():
        if (wanted is not None and entity.id not in wanted) or op.frozen_reason(doc, entity):
            continue  # not asked for, or kept as adopted
        for name in entity.TEXTS:
            text = entity.text(name).get("sr")
            if not text or detect_script(text) in (NO_SCRIPT, script):
                continue
            converted = convert(text, script)
            if converted != text:
                rewrites.append((entity.id, name, "sr", converted))
    return rewrites


def convert_serbian(doc: Document, script: str, entity_ids: Iterable[str] | None = None) -> Change:
    """Store the Serbian texts (of `entity_ids`, or all) in `script`, each marked draft."""
    return op.rewrite_texts(doc, serbian_rewrites(doc, script, entity_ids), TState.DRAFT)
