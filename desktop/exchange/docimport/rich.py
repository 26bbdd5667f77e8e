"""A chapter's paragraphs as the plan's structured text (desktop/core/richtext.py): automatic and typed lists
as nested <ul>/<ol>, bold and italic runs, links and footnotes. A body with none of these stays the plain text
it was before (paragraphs with a blank line between them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core import richtext
from desktop.core.richtext import ListBlock, ListItem, Paragraph, RichDoc, Span
from desktop.core.text_limits import TextError

# A paragraph typed as a list item: "- ", "• ", "– " or "1." / "1)" before its words.
TYPED_BULLET = re.compile(r"^\s*[-•–]\s+(?=\S)")
TYPED_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")


@dataclass
class Line:
    """One paragraph of a body: "p", "bullet" or "number", its list level and its inline runs."""

    kind: str
    level: int
    spans: tuple[Span, ...]


def plain_spans(text: str) -> tuple[Span, ...]:
    return richtext.normalise_spans([richtext.text_span(text)])


def strip_spans(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """The runs without the white space at their start and end (as the paragraph's text is stripped)."""
    spans = richtext.normalise_spans(spans)
    if not spans:
        return spans
    out = list(spans)
    out[0] = _edge(out[0], lead=True)
    out[-1] = _edge(out[-1], lead=False)
    return richtext.normalise_spans(out)


def _edge(span: Span, lead: bool) -> Span:
    if span.kind == "text":
        return richtext.text_span(span.text.lstrip() if lead else span.text.rstrip())
    if span.kind == "fn" or not span.children:
        return span
    children = list(span.children)
    i = 0 if lead else -1
    children[i] = _edge(children[i], lead)
    return Span(span.kind, "", tuple(children), span.href)


def drop_marker(spans: tuple[Span, ...], marker: re.Pattern[str]) -> tuple[Span, ...]:
    """The runs without a typed list marker ("- ", "1. ") at their start, wherever it stands (in a bold run too)."""
    if not spans:
        return spans
    first = spans[0]
    if first.kind == "text":
        return richtext.normalise_spans([richtext.text_span(marker.sub("", first.text, count=1)), *spans[1:]])
    if first.kind in ("b", "i"):
        return richtext.normalise_spans([Span(first.kind, "", drop_marker(first.children, marker)), *spans[1:]])
    return spans


def typed_line(text: str, spans: tuple[Span, ...]) -> Line:
    """A paragraph that is not an automatic list item: a typed list item when it starts with a marker."""
    spans = spans or plain_spans(text)
    if TYPED_BULLET.match(text):
        return Line("bullet", 0, drop_marker(spans, TYPED_BULLET))
    if TYPED_NUMBER.match(text):
        return Line("number", 0, drop_marker(spans, TYPED_NUMBER))
    return Line("p", 0, spans)


def document(lines: list[Line]) -> RichDoc:
    """The lines as blocks: consecutive list items as one list, a deeper item nested in the item above it."""
    blocks: list[richtext.Block] = []
    # The open lists, outermost first: (ordered, its items as [spans, nested lists]).
    stack: list[tuple[bool, list[list]]] = []

    def close(depth: int) -> None:
        while len(stack) > depth:
            ordered, items = stack.pop()
            block = _freeze(ordered, items)
            if stack:
                stack[-1][1][-1][1].append(block)
            else:
                blocks.append(block)

    for line in lines:
        if line.kind == "p":
            close(0)
            blocks.append(Paragraph(line.spans))
            continue
        ordered = line.kind == "number"
        depth = min(line.level + 1, len(stack) + 1, richtext.MAX_LIST_DEPTH)  # at most one deeper than now
        close(depth)
        if len(stack) == depth and stack[-1][0] != ordered:
            close(depth - 1)  # a bullet list after a numbered one at the same level: a list of its own
        if len(stack) < depth:
            stack.append((ordered, []))  # a list of its own, or nested under the item above it
        stack[-1][1].append([line.spans, []])
    close(0)
    return richtext.normalise(RichDoc(tuple(blocks)))


def _freeze(ordered: bool, items: list[list]) -> ListBlock:
    return ListBlock(ordered, tuple(ListItem(spans, tuple(lists)) for spans, lists in items))


def body_text(lines: list[Line], plain: str) -> str:
    """What a body is stored as: the structured form when its lines hold a list, emphasis, a link or a footnote
    (and it is a valid one), else `plain` as every import stored it before."""
    plain = richtext.from_plain(plain)  # typed "<doc>…" words stay words, never read as structure
    if not lines:
        return plain
    doc = document(lines)
    if not richtext.has_structure(doc):
        return plain
    text = richtext.serialise(doc)
    try:
        richtext.validate(text)
    except TextError:
        return plain  # too deep or too large to keep its form: its words as before
    return text
