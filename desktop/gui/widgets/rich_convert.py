"""A QTextDocument to and from the stored structured form (desktop.core.richtext); Qt's HTML is never stored.

Only what the stored form can say survives the trip: paragraphs, bullet and numbered lists (their level
is the list's indent), bold, italic, links and footnotes. A footnote is edited where it stands, as text in
a small, shaded format carrying FOOTNOTE_PROPERTY; a link is an anchor with its address. Everything else
a document may hold (fonts, colours, tables, images, headings) is dropped, which is what pasting from
Word needs: its lists and emphasis kept, its styling left behind. Word's clipboard HTML often writes list
items as paragraphs starting with a bullet character or a typed number; those become list items too.
"""

from __future__ import annotations

import re
from itertools import groupby

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from desktop.core import richtext as rt
from desktop.core.text import TextError
from desktop.i18n import _

FOOTNOTE_PROPERTY = QTextFormat.Property.UserProperty + 1
FOOTNOTE_BACKGROUND = QColor("#fff1c2")
LINK_COLOUR = QColor("#1f3864")
ORDERED_STYLES = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}
BULLET_STYLES = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare)
# A pasted paragraph that Word wrote as a list item: a bullet character or a number, then spaces or a tab.
# "o", "§" and dashes (Word's second-level and dash bullets) count only in an indented paragraph.
_TYPED_BULLET = re.compile(r"^[\s\u00a0]*([•·▪◦\u25cf\uf0b7\uf0a7])[\s\u00a0]+(?=\S)")
_INDENTED_BULLET = re.compile(r"^[\s\u00a0]*([o§–-])[\s\u00a0]+(?=\S)")
_TYPED_NUMBER = re.compile(r"^[\s\u00a0]*(\d{1,3})[.)][\s\u00a0]+(?=\S)")
WORD_LEVEL_MARGIN = 40.0  # pixels of left margin per list level given to Word's pasted list paragraphs
# Word's clipboard HTML says a list paragraph's level in its style ("mso-list:l0 level2 lfo1"); Qt reads no
# margins in points, so the level is turned into a margin in pixels before Qt reads the HTML.
_MSO_LEVEL = re.compile(r"mso-list:\s*\w+\s+level(\d+)", re.IGNORECASE)


def pasted_html(html: str) -> str:
    """Word's list levels as margins Qt reads (see `_typed_list`)."""
    return _MSO_LEVEL.sub(lambda m: f"{m.group(0)};margin-left:{int(m.group(1)) * WORD_LEVEL_MARGIN:.0f}px", html)


# -- from the document --------------------------------------------------------------------------


def _flags(fmt: QTextCharFormat) -> dict[str, object]:
    href = fmt.anchorHref() if fmt.isAnchor() else ""
    if href:
        try:
            href = rt.check_href(href)
        except TextError:
            href = ""  # a link to a file or a script: its words stay, the link goes
    return {
        "fn": bool(fmt.property(FOOTNOTE_PROPERTY)),
        "a": href,
        "b": fmt.fontWeight() >= QFont.Weight.DemiBold,
        "i": fmt.fontItalic(),
    }


def _nest(runs: list[tuple[str, dict[str, object]]], keys: tuple[str, ...]) -> list[rt.Span]:
    """Runs of text with their flags as nested spans: footnote outside a link outside bold outside italic."""
    if not keys:
        return [rt.text_span("".join(text for text, _flags in runs))]
    key, rest = keys[0], keys[1:]
    out: list[rt.Span] = []
    for value, group in groupby(runs, key=lambda run: run[1][key]):
        inner = _nest(list(group), rest)
        if value:
            out.append(rt.Span(key, "", tuple(inner), value if key == "a" else ""))
        else:
            out += inner
    return out


def block_spans(block: QTextBlock) -> tuple[rt.Span, ...]:
    runs: list[tuple[str, dict[str, object]]] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            # Shift+Enter's line separator is a line break; an image's placeholder is dropped.
            text = fragment.text().replace("\u2028", "\n").replace("\ufffc", "")
            if text:
                runs.append((text, _flags(fragment.charFormat())))
        it += 1
    return rt.normalise_spans(_nest(runs, ("fn", "a", "b", "i")))


class _Level:
    def __init__(self, indent: int, ordered: bool) -> None:
        self.indent, self.ordered = indent, ordered
        self.items: list[tuple[tuple[rt.Span, ...], list[rt.ListBlock]]] = []

    def block(self) -> rt.ListBlock:
        return rt.ListBlock(self.ordered, tuple(rt.ListItem(spans, tuple(lists)) for spans, lists in self.items))


def _typed_list(block: QTextBlock, spans: tuple[rt.Span, ...]) -> tuple[bool, int, tuple[rt.Span, ...]] | None:
    """(ordered, level, spans without the typed marker) of a pasted paragraph Word wrote as a list item."""
    text = rt.spans_plain(spans)
    margin = block.blockFormat().leftMargin()
    match = _TYPED_BULLET.match(text) or _TYPED_NUMBER.match(text) or (margin > 0 and _INDENTED_BULLET.match(text))
    if not match:
        return None
    ordered = match.re is _TYPED_NUMBER
    level = 1 + int(max(margin - 1, 0) // WORD_LEVEL_MARGIN)
    if block.blockFormat().indent():
        level = max(level, block.blockFormat().indent())
    return ordered, max(level, 1), _drop_chars(spans, match.end())


def _drop_chars(spans: tuple[rt.Span, ...], count: int) -> tuple[rt.Span, ...]:
    out: list[rt.Span] = []
    for span in spans:
        if count <= 0:
            out.append(span)
            continue
        if span.kind == "text":
            out.append(rt.text_span(span.text[count:]))
            count -= len(span.text)
        else:
            words = len(rt.spans_plain(span.children))
            out.append(rt.Span(span.kind, "", _drop_chars(span.children, count), span.href))
            count -= words
    return rt.normalise_spans(out)


def to_rich(qdoc: QTextDocument, *, pasted: bool = False) -> rt.RichDoc:
    """The document's paragraphs and lists. `pasted`: also read typed bullets and numbers as lists."""
    blocks: list[rt.Block] = []
    stack: list[_Level] = []

    def close(level: _Level) -> None:
        if stack and stack[-1].items:
            stack[-1].items[-1][1].append(level.block())
        else:
            blocks.append(level.block())

    def pop_to(indent: int) -> None:
        while stack and stack[-1].indent > indent:
            close(stack.pop())

    block = qdoc.begin()
    while block.isValid():
        spans = block_spans(block)
        qlist = block.textList()
        item: tuple[bool, int, tuple[rt.Span, ...]] | None = None
        if qlist is not None:
            fmt = qlist.format()
            item = (fmt.style() in ORDERED_STYLES, max(fmt.indent(), 1), spans)
        elif pasted:
            item = _typed_list(block, spans)
        if item is None:
            pop_to(0)
            blocks.append(rt.Paragraph(spans))
        else:
            ordered, indent, spans = item
            indent = min(indent, rt.MAX_LIST_DEPTH)
            pop_to(indent)
            if stack and stack[-1].indent == indent and stack[-1].ordered != ordered:
                close(stack.pop())  # a numbered list right after a bulleted one at the same level
            if not stack or stack[-1].indent < indent:
                stack.append(_Level(indent, ordered))
            stack[-1].items.append((spans, []))
        block = block.next()
    pop_to(0)
    doc = rt.normalise(rt.RichDoc(tuple(blocks)))
    # A trailing empty paragraph (the editor's last line) says nothing.
    while doc.blocks and doc.blocks[-1] == rt.Paragraph(()) and len(doc.blocks) > 1:
        doc = rt.RichDoc(doc.blocks[:-1])
    return doc


def stored_text(qdoc: QTextDocument) -> str:
    """What the editor stores: plain text when nothing in it is structure, else the structured form."""
    return rt.stored_form(to_rich(qdoc))


# -- into the document ----------------------------------------------------------------------------


def char_format(flags: dict[str, object]) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if flags.get("b") else QFont.Weight.Normal)
    fmt.setFontItalic(bool(flags.get("i")))
    href = str(flags.get("a") or "")
    fmt.setAnchor(bool(href))
    fmt.setAnchorHref(href)
    fmt.setFontUnderline(bool(href))
    if href:
        fmt.setForeground(QBrush(LINK_COLOUR))
    if flags.get("fn"):
        fmt.setProperty(FOOTNOTE_PROPERTY, True)
        fmt.setBackground(QBrush(FOOTNOTE_BACKGROUND))
        fmt.setToolTip(_("Footnote"))
    return fmt


def _insert_spans(cursor: QTextCursor, spans: tuple[rt.Span, ...], flags: dict[str, object]) -> None:
    for span in spans:
        if span.kind == "text":
            cursor.insertText(span.text.replace("\n", "\u2028"), char_format(flags))
        else:
            inner = dict(flags)
            inner[span.kind] = span.href if span.kind == "a" else True
            _insert_spans(cursor, span.children, inner)


def list_format(ordered: bool, level: int) -> QTextListFormat:
    fmt = QTextListFormat()
    fmt.setStyle(
        QTextListFormat.Style.ListDecimal if ordered else BULLET_STYLES[min(level - 1, len(BULLET_STYLES) - 1)]
    )
    fmt.setIndent(level)
    return fmt


def _new_block(cursor: QTextCursor, first: list[bool]) -> None:
    """A fresh block outside any list (the document's first block is used as it is)."""
    if first[0]:
        first[0] = False
    else:
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    block = cursor.block()
    if block.textList() is not None:
        block.textList().remove(block)
    cursor.setBlockFormat(QTextBlockFormat())


def _insert_list(cursor: QTextCursor, block: rt.ListBlock, level: int, first: list[bool]) -> None:
    qlist = None
    for item in block.items:
        _new_block(cursor, first)
        if qlist is None:
            qlist = cursor.createList(list_format(block.ordered, level))
        else:
            qlist.add(cursor.block())
        _insert_spans(cursor, item.spans, {})
        for sub in item.lists:
            _insert_list(cursor, sub, level + 1, first)


def fill(qdoc: QTextDocument, text: str) -> None:
    """Replace the document's content by a stored text (structured or plain)."""
    qdoc.clear()
    cursor = QTextCursor(qdoc)
    if not rt.is_structured(text):
        cursor.insertText(text)
        return
    first = [True]
    for block in rt.document(text).blocks:
        if isinstance(block, rt.Paragraph):
            _new_block(cursor, first)
            _insert_spans(cursor, block.spans, {})
        else:
            _insert_list(cursor, block, 1, first)
