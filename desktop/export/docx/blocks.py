"""A stored text as the blocks a Word document is made of: paragraphs, bullet items and numbered items (with
their list level), each a sequence of runs (bold, italic, a link, a footnote).

A structured text (desktop/core/richtext.py: paragraphs, lists, emphasis, links, footnotes) gives its own
blocks. A plain text is paragraphs separated by blank lines, its other line breaks kept: typed markup
("- ", "**") stays literal, as everywhere else in the app.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core import richtext

PARAGRAPH, BULLET, NUMBER = "paragraph", "bullet", "number"
MAX_LEVEL = 3  # Word's List Bullet 3 / List Number 3: deeper items print at the third level

_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""  # a link's target
    note: bool = False  # a footnote's text, printed where it is referred to (see parts.block_paragraphs)


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # PARAGRAPH, BULLET or NUMBER
    runs: tuple[Run, ...]
    level: int = 1  # 1 to MAX_LEVEL for list items
    first: bool = False  # a numbered item that starts its list (its numbering starts at 1)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs if not r.note)


def blocks(text: str) -> list[Block]:
    """The blocks of a text in reading order (an empty text has none)."""
    if richtext.is_structured(text):
        out: list[Block] = []
        for block in richtext.document(text).blocks:
            if isinstance(block, richtext.ListBlock):
                _list(block, 1, out)
            else:
                runs = _runs(block.spans)
                if runs:
                    out.append(Block(PARAGRAPH, runs))
        return out
    return [Block(PARAGRAPH, (Run(chunk.strip("\n")),)) for chunk in _BLANK_LINES.split(text) if chunk.strip()]


def _list(block: richtext.ListBlock, level: int, out: list[Block]) -> None:
    kind = NUMBER if block.ordered else BULLET
    for i, item in enumerate(block.items):
        out.append(Block(kind, _runs(item.spans), min(level, MAX_LEVEL), kind == NUMBER and i == 0))
        for sub in item.lists:
            _list(sub, level + 1, out)


def _runs(spans, bold: bool = False, italic: bool = False, href: str = "") -> tuple[Run, ...]:
    out: list[Run] = []
    for span in spans:
        if span.kind == "text":
            if span.text:
                out.append(Run(span.text, bold, italic, href))
        elif span.kind == "fn":
            out.append(Run(richtext.spans_plain(span.children), note=True))
        else:
            out.extend(
                _runs(
                    span.children,
                    bold or span.kind == "b",
                    italic or span.kind == "i",
                    span.href if span.kind == "a" else href,
                )
            )
    return tuple(out)
