"""Structured text: paragraphs, bullet and numbered lists, bold, italic, links and footnotes.

A text value stays a plain `str`. A text WITH structure is stored in one small XML form whose root is
`<doc>`, recognised by that exact prefix:

    <doc><p>Text with <b>bold</b>, <i>italic</i> and <a href="https://example.org">a link</a>.<fn>A
    footnote, printed at the page foot.</fn></p><ul><li>an item<ol><li>a numbered sub-item</li></ol></li></ul></doc>

Blocks are `<p>`, `<ul>` and `<ol>` holding `<li>`; a list item holds inline content followed by the
lists nested under it. Inline elements are `<b>`, `<i>`, `<a href>` (http, https or mailto only) and
`<fn>` (the footnote's text, at its reference point). Nothing else: no attributes but `href`, no other
tags. A text without the prefix is just text, exactly as before: typed markup stays literal, and a plain
text that itself starts with "<doc>" is stored in the structured form (`from_plain`) so that the two are
never confused. Consumers that only need the words read `to_plain`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.text_limits import MAX_TEXT_LENGTH, TextError

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

PREFIX = "<doc>"

# The fields whose texts may hold structure, as (entity kind, field name); every other field stays plain.
RICH_FIELDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("section", "body"),
        ("objective", "description"),
        ("priority", "description"),
        ("activity", "description"),
        ("activity", "notes"),
        ("decision", "legal_basis"),
        ("decision", "preamble"),
        ("decision", "points"),
        ("cell", "value"),
        ("meeting", "minutes"),
    }
)

MAX_LIST_DEPTH = 6  # lists inside list items; real plans use two or three
MAX_INLINE_DEPTH = 8  # b inside i inside a ...
MAX_ELEMENTS = 20_000
MAX_HREF = 2_000
_HREF = re.compile(r"(?:https?://[^\s<>\"]+|mailto:[^\s<>\"]+)", re.IGNORECASE)
BULLET = "• "


# -- the model -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """An inline run: plain text (`kind` "text") or an element ("b", "i", "a", "fn") holding inline runs."""

    kind: str
    text: str = ""
    children: tuple[Span, ...] = ()
    href: str = ""


@dataclass(frozen=True, slots=True)
class ListBlock:
    ordered: bool
    items: tuple[ListItem, ...]


@dataclass(frozen=True, slots=True)
class ListItem:
    spans: tuple[Span, ...] = ()
    lists: tuple[ListBlock, ...] = ()  # lists nested under this item


@dataclass(frozen=True, slots=True)
class Paragraph:
    spans: tuple[Span, ...] = ()


Block = Paragraph | ListBlock


@dataclass(frozen=True, slots=True)
class RichDoc:
    blocks: tuple[Block, ...] = field(default_factory=tuple)


def text_span(text: str) -> Span:
    return Span("text", text)


def is_structured(text: str) -> bool:
    return text.startswith(PREFIX)


def is_rich_field(kind: str, name: str) -> bool:
    return (kind, name) in RICH_FIELDS


# -- normalising: adjacent texts merged, empty inline elements dropped ----------------


def normalise_spans(spans: tuple[Span, ...] | list[Span]) -> tuple[Span, ...]:
    out: list[Span] = []
    for span in spans:
        if span.kind == "text":
            if not span.text:
                continue
            if out and out[-1].kind == "text":
                out[-1] = text_span(out[-1].text + span.text)
                continue
            out.append(span)
            continue
        children = normalise_spans(span.children)
        if children:
            out.append(Span(span.kind, "", children, span.href))
    return tuple(out)


def _normalise_list(block: ListBlock) -> ListBlock | None:
    items = tuple(
        ListItem(normalise_spans(item.spans), tuple(x for x in map(_normalise_list, item.lists) if x))
        for item in block.items
    )
    return ListBlock(block.ordered, items) if items else None


def normalise(doc: RichDoc) -> RichDoc:
    """The canonical form: what `parse(serialise(doc))` gives back."""
    blocks: list[Block] = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            blocks.append(Paragraph(normalise_spans(block.spans)))
        elif (lst := _normalise_list(block)) is not None:
            blocks.append(lst)
    return RichDoc(tuple(blocks))


# -- serialising ----------------------------------------------------------------------


def _spans_xml(spans: tuple[Span, ...], out: list[str]) -> None:
    from xml.sax.saxutils import escape, quoteattr  # imports urllib.request and http: not at start-up

    for span in spans:
        if span.kind == "text":
            out.append(escape(span.text))
        elif span.kind == "a":
            out.append(f"<a href={quoteattr(span.href)}>")
            _spans_xml(span.children, out)
            out.append("</a>")
        else:
            out.append(f"<{span.kind}>")
            _spans_xml(span.children, out)
            out.append(f"</{span.kind}>")


def _list_xml(block: ListBlock, out: list[str]) -> None:
    tag = "ol" if block.ordered else "ul"
    out.append(f"<{tag}>")
    for item in block.items:
        out.append("<li>")
        _spans_xml(item.spans, out)
        for sub in item.lists:
            _list_xml(sub, out)
        out.append("</li>")
    out.append(f"</{tag}>")


def serialise(doc: RichDoc) -> str:
    """The stored form of a structured text (always with the `<doc>` prefix, even when empty)."""
    out = [PREFIX]
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            out.append("<p>")
            _spans_xml(block.spans, out)
            out.append("</p>")
        else:
            _list_xml(block, out)
    out.append("</doc>")
    return "".join(out)


# -- parsing and validating ---------------------------------------------------------------


class _Parser:
    def __init__(self) -> None:
        self.elements = 0

    def count(self) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise TextError(f"the structured text has more than {MAX_ELEMENTS:,} elements")

    @staticmethod
    def no_attributes(el: ET.Element, allowed: tuple[str, ...] = ()) -> None:
        extra = sorted(set(el.attrib) - set(allowed))
        if extra:
            raise TextError(f"the structured text's <{el.tag}> has an attribute that is not allowed: {extra[0]}")

    @staticmethod
    def only_space(text: str | None, where: str) -> None:
        if text and text.strip():
            raise TextError(f"the structured text has text outside a paragraph or list item ({where})")

    def doc(self, root: ET.Element) -> RichDoc:
        if root.tag != "doc":
            raise TextError("a structured text's root element must be <doc>")
        self.no_attributes(root)
        self.only_space(root.text, "in <doc>")
        blocks: list[Block] = []
        for el in root:
            self.count()
            if el.tag == "p":
                self.no_attributes(el)
                blocks.append(Paragraph(self.spans(el, 0, in_link=False, in_note=False)))
            elif el.tag in ("ul", "ol"):
                blocks.append(self.list(el, 1))
            else:
                raise TextError(f"<{el.tag}> is not allowed in a structured text (only p, ul and ol at its top)")
            self.only_space(el.tail, "between blocks")
        return normalise(RichDoc(tuple(blocks)))

    def list(self, el: ET.Element, depth: int) -> ListBlock:
        if depth > MAX_LIST_DEPTH:
            raise TextError(f"lists are nested more than {MAX_LIST_DEPTH} levels deep")
        self.no_attributes(el)
        self.only_space(el.text, f"in <{el.tag}>")
        items: list[ListItem] = []
        for li in el:
            self.count()
            if li.tag != "li":
                raise TextError(f"<{el.tag}> may hold only <li>, not <{li.tag}>")
            self.no_attributes(li)
            spans: list[Span] = [text_span(li.text or "")]
            lists: list[ListBlock] = []
            for child in li:
                self.count()
                if child.tag in ("ul", "ol"):
                    lists.append(self.list(child, depth + 1))
                    self.only_space(child.tail, "after a nested list")
                elif lists:
                    raise TextError("a list item's text must come before the lists nested in it")
                else:
                    spans.append(self.inline(child, 1, in_link=False, in_note=False))
                    spans.append(text_span(child.tail or ""))
            items.append(ListItem(tuple(spans), tuple(lists)))
            self.only_space(li.tail, f"in <{el.tag}>")
        return ListBlock(el.tag == "ol", tuple(items))

    def spans(self, el: ET.Element, depth: int, *, in_link: bool, in_note: bool) -> tuple[Span, ...]:
        spans = [text_span(el.text or "")]
        for child in el:
            self.count()
            spans.append(self.inline(child, depth + 1, in_link=in_link, in_note=in_note))
            spans.append(text_span(child.tail or ""))
        return tuple(spans)

    def inline(self, el: ET.Element, depth: int, *, in_link: bool, in_note: bool) -> Span:
        if depth > MAX_INLINE_DEPTH:
            raise TextError(f"bold, italic, links and footnotes are nested more than {MAX_INLINE_DEPTH} deep")
        tag = el.tag
        if tag in ("b", "i"):
            self.no_attributes(el)
            return Span(tag, "", self.spans(el, depth, in_link=in_link, in_note=in_note))
        if tag == "a":
            if in_link:
                raise TextError("a link cannot hold another link")
            self.no_attributes(el, ("href",))
            href = check_href(el.get("href", ""))
            return Span("a", "", self.spans(el, depth, in_link=True, in_note=in_note), href)
        if tag == "fn":
            if in_note or in_link:
                raise TextError("a footnote cannot stand inside another footnote or a link")
            self.no_attributes(el)
            return Span("fn", "", self.spans(el, depth, in_link=in_link, in_note=True))
        raise TextError(f"<{tag}> is not allowed in a structured text's paragraph (only b, i, a and fn)")


def check_href(href: str) -> str:
    """A link's target, if it is one a printed plan may carry (http, https or mailto); else TextError."""
    href = href.strip()
    if not href:
        raise TextError("a link has no address")
    if len(href) > MAX_HREF:
        raise TextError(f"a link's address is longer than {MAX_HREF:,} characters")
    if not _HREF.fullmatch(href):
        raise TextError(f"a link may only lead to an http, https or mailto address, not {href[:60]!r}")
    return href


def parse(text: str) -> RichDoc:
    """The blocks of a structured text; TextError (one line for the user) when it is not a valid one."""
    if not is_structured(text):
        raise TextError("not a structured text (it does not start with <doc>)")
    if len(text) > MAX_TEXT_LENGTH:
        raise TextError(f"text is longer than {MAX_TEXT_LENGTH:,} characters")
    # The XML parsers are imported when the first structured text is read, not at the window's start.
    import xml.etree.ElementTree as ET

    import defusedxml
    import defusedxml.ElementTree as SafeET

    try:
        root = SafeET.fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException:
        raise TextError("a structured text may not declare a DTD or entities") from None
    except ET.ParseError as exc:
        raise TextError(f"the structured text is not well-formed ({exc})") from None
    return _Parser().doc(root)


def validate(text: str) -> None:
    """Nothing for a plain text or a valid structured one; TextError otherwise."""
    if is_structured(text):
        parse(text)


def document(text: str) -> RichDoc:
    """Any text as blocks: a structured one parsed, a plain one as one paragraph per line. Never raises:
    a damaged structured text (from an old or foreign file) is shown as the characters it holds."""
    if is_structured(text):
        try:
            return parse(text)
        except TextError:
            pass
    return RichDoc(tuple(Paragraph(normalise_spans([text_span(line)])) for line in text.split("\n")))


# -- plain text ---------------------------------------------------------------------------


def from_plain(text: str) -> str:
    """What a plain text typed or imported is stored as: itself, unless it starts with the prefix, which
    would make it read as structure; then the same characters in the structured form."""
    if not is_structured(text):
        return text
    return serialise(RichDoc(tuple(Paragraph(normalise_spans([text_span(line)])) for line in text.split("\n"))))


def spans_plain(spans: tuple[Span, ...], notes: list[str] | None = None) -> str:
    """The words of inline runs; footnotes become "[n]" and their texts are appended to `notes`."""
    out: list[str] = []
    for span in spans:
        if span.kind == "text":
            out.append(span.text)
        elif span.kind == "fn":
            if notes is None:
                continue
            notes.append(spans_plain(span.children, notes))
            out.append(f"[{len(notes)}]")
        else:
            out.append(spans_plain(span.children, notes))
    return "".join(out)


def list_lines(block: ListBlock, notes: list[str] | None, level: int = 0) -> Iterator[str]:
    for n, item in enumerate(block.items, 1):
        marker = f"{n}. " if block.ordered else BULLET
        yield "  " * level + marker + spans_plain(item.spans, notes)
        for sub in item.lists:
            yield from list_lines(sub, notes, level + 1)


def to_plain(text: str) -> str:
    """The words of any text, for search, comparison, statistics, the memory and the glossary: a plain
    text as it is; a structured one as lines, list items with "• " or "1. " (indented two spaces a
    level), footnote references as "[1]" and the footnotes' texts as "[1] …" lines at the end."""
    if not is_structured(text):
        return text
    doc = document(text)
    notes: list[str] = []
    lines: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            lines.append(spans_plain(block.spans, notes))
        else:
            lines.extend(list_lines(block, notes))
    lines.extend(f"[{n}] {note}" for n, note in enumerate(notes, 1))
    return "\n".join(lines)


# -- rewriting the words only ------------------------------------------------------------


def _map_spans(spans: tuple[Span, ...], fn: Callable[[str], str]) -> tuple[Span, ...]:
    return tuple(
        text_span(fn(s.text)) if s.kind == "text" else Span(s.kind, "", _map_spans(s.children, fn), s.href)
        for s in spans
    )


def _map_list(block: ListBlock, fn: Callable[[str], str]) -> ListBlock:
    return ListBlock(
        block.ordered,
        tuple(ListItem(_map_spans(i.spans, fn), tuple(_map_list(x, fn) for x in i.lists)) for i in block.items),
    )


def map_words(text: str, fn: Callable[[str], str]) -> str:
    """`fn` applied to the words of a text and never to its markup or link addresses (another script,
    say). A plain text is passed to `fn` whole."""
    if not is_structured(text):
        return fn(text)
    try:
        doc = parse(text)
    except TextError:
        return fn(text)
    blocks = tuple(
        Paragraph(_map_spans(b.spans, fn)) if isinstance(b, Paragraph) else _map_list(b, fn) for b in doc.blocks
    )
    return serialise(RichDoc(blocks))


# -- helpers for editors and exports --------------------------------------------------------


def footnotes(doc: RichDoc) -> list[tuple[Span, ...]]:
    """The footnotes' texts in reading order (numbered 1, 2, … by their position in this list)."""
    found: list[tuple[Span, ...]] = []

    def walk(spans: tuple[Span, ...]) -> None:
        for span in spans:
            if span.kind == "fn":
                found.append(span.children)
            elif span.kind != "text":
                walk(span.children)

    def walk_list(block: ListBlock) -> None:
        for item in block.items:
            walk(item.spans)
            for sub in item.lists:
                walk_list(sub)

    for block in doc.blocks:
        if isinstance(block, Paragraph):
            walk(block.spans)
        else:
            walk_list(block)
    return found


def has_structure(doc: RichDoc) -> bool:
    """Whether the blocks hold anything a plain text could not say (a list, emphasis, a link, a footnote)."""
    return any(isinstance(b, ListBlock) or any(s.kind != "text" for s in b.spans) for b in doc.blocks)


def stored_form(doc: RichDoc) -> str:
    """What an editor stores: plain text when the blocks are only paragraphs of plain words (so a text
    without structure stays a plain text, as every older consumer expects), else the structured form."""
    doc = normalise(doc)
    if has_structure(doc):
        return serialise(doc)
    return from_plain("\n".join(spans_plain(b.spans) for b in doc.blocks if isinstance(b, Paragraph)))


def append_words(text: str, words: str) -> str:
    """`words` added at the end of a text (a mark such as "[outdated]"); a structured text keeps its form,
    the words joining its last paragraph or, after a list, standing as a paragraph of their own."""
    if not is_structured(text):
        return text + words
    try:
        doc = parse(text)
    except TextError:
        return text + words
    blocks = list(doc.blocks)
    if blocks and isinstance(blocks[-1], Paragraph):
        blocks[-1] = Paragraph(normalise_spans([*blocks[-1].spans, text_span(words)]))
    else:
        blocks.append(Paragraph(normalise_spans([text_span(words.lstrip())])))
    return serialise(RichDoc(tuple(blocks)))


def prepend_words(text: str, words: str) -> str:
    """`words` put before a text (a number such as "1. "); a structured text keeps its form."""
    if not is_structured(text):
        return words + text
    doc = document(text)
    blocks = list(doc.blocks)
    if blocks and isinstance(blocks[0], Paragraph):
        blocks[0] = Paragraph(normalise_spans([text_span(words), *blocks[0].spans]))
    else:
        blocks.insert(0, Paragraph((text_span(words.rstrip()),)))
    return serialise(RichDoc(tuple(blocks)))


def points(text: str) -> list[str]:
    """A structured text's points, as a decision numbers them: each paragraph with words, and each item of
    a list standing at the top (with the lists under it), as a structured text of its own."""
    out: list[str] = []
    for block in document(text).blocks:
        if isinstance(block, Paragraph):
            if spans_plain(block.spans).strip():
                out.append(serialise(RichDoc((block,))))
        else:
            out += [serialise(RichDoc((Paragraph(item.spans), *item.lists))) for item in block.items]
    return out
