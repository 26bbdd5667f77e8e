"""The document's outline: its chapters (sections, nested to any depth) in their order among the fixed parts
(objectives, target groups, action plans, annexes), and the numbers the chapters carry.

The strategy stores the top-level order in `outline` (section ids and the PARTS tokens); whatever it leaves
out follows in the default order, sections first, so a plan written before the outline existed reads as before.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass

from desktop.core.model import (
    PART_ACTION_PLANS,
    PART_ANNEXES,
    PART_OBJECTIVES,
    PART_TARGET_GROUPS,
    PARTS,
    ChapterNumbering,
    Document,
    Figure,
    Section,
)

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(number: int) -> str:
    """1 -> I, 4 -> IV, 14 -> XIV (numbers below 1 print as Arabic: there is no Roman zero)."""
    if number < 1:
        return str(number)
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def top_level(doc: Document) -> list[str]:
    """The top-level items in the document's order: section ids and PARTS tokens, each once."""
    sections = {s.id for s in doc.strategy.sections}
    known = sections | set(PARTS)
    order: list[str] = []
    for item in doc.strategy.outline:
        if item in known and item not in order:
            order.append(item)
    missing_sections = [s.id for s in doc.strategy.sections if s.id not in order]
    missing_parts = [p for p in PARTS if p not in order]
    if not doc.strategy.outline:
        return missing_sections + missing_parts
    # A section added later goes before the first part, as it would by default; a part not placed goes last.
    first_part = next((i for i, item in enumerate(order) if item in PARTS), len(order))
    order[first_part:first_part] = missing_sections
    return order + missing_parts


@dataclass(frozen=True)
class Chapter:
    """One entry of the outline as printed: a section (at any depth) or a fixed part at the top level."""

    key: str  # the section's id, or a PARTS token
    depth: int  # 0 for the top level
    number: str  # "IV.", "4.1", "4.1.1" (roman) or "4.", "4.1" (decimal)
    section: Section | None  # None for a part


def _walk(section: Section, depth: int, prefix: str) -> Iterator[Chapter]:
    for i, sub in enumerate(section.sections, 1):
        number = f"{prefix}.{i}"
        yield Chapter(sub.id, depth, number, sub)
        yield from _walk(sub, depth + 1, number)


def chapters(doc: Document, parts: Container[str] | None = None) -> list[Chapter]:
    """Every chapter in reading order with its number. `parts` are the fixed parts that print as chapters
    (those with content in the export at hand); the others take no number."""
    out: list[Chapter] = []
    sections = {s.id: s for s in doc.strategy.sections}
    use_roman = doc.strategy.numbering != ChapterNumbering.DECIMAL
    n = 0
    for key in top_level(doc):
        section = sections.get(key)
        if section is None and parts is not None and key not in parts:
            continue
        n += 1
        out.append(Chapter(key, 0, f"{roman(n) if use_roman else n}.", section))
        if section is not None:
            out.extend(_walk(section, 1, str(n)))
    return out


def chapter_numbers(doc: Document, parts: Container[str] | None = None) -> dict[str, str]:
    """Chapter numbers by section id and part token."""
    return {c.key: c.number for c in chapters(doc, parts)}


def figures(doc: Document) -> list[tuple[Figure, int]]:
    """The figures in reading order with their numbers (1, 2, …), as the outline places their chapters."""
    out: list[tuple[Figure, int]] = []
    for chapter in chapters(doc):
        if chapter.section is not None:
            base = len(out)
            out.extend((f, base + i) for i, f in enumerate(chapter.section.figures, 1))
    return out


def section_depth(doc: Document, section: Section) -> int:
    """0 for a top-level chapter, 1 for its sub-chapters, and so on."""
    depth = 0
    parent = doc.parent_of(section)
    while isinstance(parent, Section):
        depth += 1
        parent = doc.parent_of(parent)
    return depth


def all_sections(doc: Document) -> list[Section]:
    """Every section at any depth, in reading order."""
    return [c.section for c in chapters(doc) if c.section is not None]


# -- what an export prints ---------------------------------------------------------------------------------
def has_content(section: Section) -> bool:
    """A chapter prints when it has a title, a text, a figure or a sub-chapter that prints."""
    return (
        not section.title.is_empty()
        or not section.body.is_empty()
        or bool(section.figures)
        or any(has_content(s) for s in section.sections)
    )


def printed_parts(doc: Document, plan: object | None, *, with_annexes: bool = False) -> set[str]:
    """The fixed parts that have something to print (the others take no chapter number): the objectives when
    there are objectives or priorities of the plan, the target groups when one is named, the action plan when
    one is exported, the annexes when asked for and the group has members or consultations."""
    parts = set()
    if doc.strategy.objectives or doc.strategy.priorities:
        parts.add(PART_OBJECTIVES)
    if any(not g.name.is_empty() for g in doc.target_groups):
        parts.add(PART_TARGET_GROUPS)
    if plan is not None:
        parts.add(PART_ACTION_PLANS)
    if with_annexes and (doc.members or doc.consultations):
        parts.add(PART_ANNEXES)
    return parts


def printed_chapters(doc: Document, parts: Container[str]) -> list[Chapter]:
    """`chapters` without those that have nothing to print, numbered again so the printed numbers run without
    gaps. The window numbers chapters with this too, so a number said in a meeting is the one in the PDF."""
    use_roman = doc.strategy.numbering != ChapterNumbering.DECIMAL
    out: list[Chapter] = []
    counters: list[int] = []  # the running number at each depth
    for chapter in chapters(doc, parts):
        if chapter.section is not None and not has_content(chapter.section):
            continue
        del counters[chapter.depth + 1 :]
        while len(counters) <= chapter.depth:
            counters.append(0)
        counters[chapter.depth] += 1
        top = counters[0]
        number = ".".join(str(n) for n in counters) if chapter.depth else f"{roman(top) if use_roman else top}."
        out.append(Chapter(chapter.key, chapter.depth, number, chapter.section))
    return out
