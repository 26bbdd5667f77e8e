"""Structured texts (desktop.core.richtext) as reportlab flowables.

Paragraphs in the text's style; bullet and numbered lists as real lists (reportlab's ListFlowable), each
level indented further; bold and italic in the document's own font family (`fonts.register_fonts` joins
its bold, italic and bold italic faces, which are embedded like the regular one); links live and
underlined; footnotes numbered through the export (per language) with a superscript at the reference.

Footnotes print at the foot of the page where the block that refers to them ends: a zero-height
`FootnoteMark` after that block reserves the notes' height at the bottom of the frame (raising the
frame's bottom for the rest of the page, see `raise_bottom`) and draws them there, above the running footer; notes of a
later block on the same page go below the earlier ones. When the page has no room left, the mark and its
notes move to the next page's foot. Beside a translation (two columns in a table, where no frame is at
hand) the notes follow the text in its own column.
"""

from __future__ import annotations

from functools import cache
from itertools import groupby
from xml.sax.saxutils import quoteattr

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Paragraph
from reportlab.platypus.flowables import Flowable

from desktop.core import richtext as rt
from desktop.export.pdf.markup import literal
from desktop.export.pdf.styles import ACCENT, LIGHT_RULE

CHUNK = 2000  # as layout.CHUNK (not imported: layout imports this module)
BULLETS = ("•", "◦", "–")  # per level; DejaVu Sans has all three
LIST_INDENT = 16.0
NOTE_GAP = 4.0  # between the text above and the rule over the notes
RULE_WIDTH = 72.0
RULE_SPACE = NOTE_GAP + 2  # the gap and the rule above the first notes of a page


@cache
def _item_style(style: ParagraphStyle) -> ParagraphStyle:
    """The text style with little space between list items (styles are shared, so made once each)."""
    return ParagraphStyle(f"{style.name}-item", parent=style, spaceBefore=0, spaceAfter=2)


@cache
def _note_style(style: ParagraphStyle) -> ParagraphStyle:
    size = max(style.fontSize - 2, 6.5)
    return ParagraphStyle(
        f"{style.name}-note", parent=style, fontSize=size, leading=size * 1.3, spaceBefore=0, spaceAfter=1
    )


class _Notes:
    """The footnotes met while one text is set: their numbers (running per language) and markup."""

    def __init__(self, counters: dict[str, int], lang: str) -> None:
        self.counters, self.lang = counters, lang
        self.pending: list[tuple[int, str]] = []

    def add(self, markup: str) -> int:
        self.counters[self.lang] = n = self.counters.get(self.lang, 0) + 1
        self.pending.append((n, markup))
        return n

    def take(self) -> list[tuple[int, str]]:
        taken, self.pending = self.pending, []
        return taken


def markup(spans: tuple[rt.Span, ...], notes: _Notes | None) -> str:
    """Inline runs as Paragraph markup; the words printed literally, footnotes as superscript numbers."""
    out: list[str] = []
    for span in spans:
        if span.kind == "text":
            out.append(literal(span.text))
        elif span.kind in ("b", "i"):
            out.append(f"<{span.kind}>{markup(span.children, notes)}</{span.kind}>")
        elif span.kind == "a":
            # The address was checked when stored (http, https, mailto only); quoteattr escapes it.
            out.append(f'<a href={quoteattr(span.href)} color="#{ACCENT.hexval()[2:]}"><u>')
            out.append(markup(span.children, notes) + "</u></a>")
        elif span.kind == "fn" and notes is not None:
            out.append(f"<super>{notes.add(markup(span.children, None))}</super>")
    return "".join(out)


def _list(block: rt.ListBlock, style: ParagraphStyle, notes: _Notes, level: int, start: int = 1) -> ListFlowable:
    item_style = _item_style(style)
    items = []
    for item in block.items:
        content: list[Flowable] = [Paragraph(markup(item.spans, notes) or "&nbsp;", item_style)]
        content += [_list(sub, style, notes, level + 1) for sub in item.lists]
        items.append(ListItem(content))
    common = {
        "leftIndent": LIST_INDENT,
        "bulletFontName": style.fontName,
        "bulletFontSize": style.fontSize,
        "spaceAfter": style.spaceAfter if level == 0 else 0,
    }
    if block.ordered:
        return ListFlowable(items, bulletType="1", bulletFormat="%s.", start=start, **common)
    return ListFlowable(items, bulletType="bullet", start=BULLETS[min(level, len(BULLETS) - 1)], **common)


def flowables(text: str, style: ParagraphStyle, counters: dict[str, int], lang: str, *, page_foot: bool) -> list:
    """A structured text as flowables. `counters` numbers footnotes through the export, per language;
    `page_foot` prints them at the page's foot (else after the text, for a text in a table cell)."""
    notes = _Notes(counters, lang)
    note_style = _note_style(style)
    out: list[Flowable] = []
    at_end: list[tuple[int, str]] = []
    for block in rt.document(text).blocks:
        if isinstance(block, rt.Paragraph):
            # Beside a translation a long paragraph is set in pieces, as a plain one is (layout.chunks):
            # a table row cut again and again at every page would take minutes.
            pieces = [block.spans] if page_foot else chunk_spans(block.spans, CHUNK)
            for piece in pieces:
                text_markup = markup(piece, notes)
                if text_markup.strip():  # an empty line, as between the paragraphs of a plain text, is skipped
                    out.append(Paragraph(text_markup, style))
        elif page_foot:
            out.append(_list(block, style, notes, 0))
        else:  # beside a translation: each item a row of its own, beside its translation
            out += [
                _list(rt.ListBlock(block.ordered, (item,)), style, notes, 0, start=n)
                for n, item in enumerate(block.items, 1)
            ]
        found = notes.take()
        if found and page_foot:
            out.append(FootnoteMark([_note(n, m, note_style) for n, m in found]))
        else:
            at_end += found
    if at_end:
        out.append(NoteRule())
        out += [_note(n, m, note_style) for n, m in at_end]
    return out


def _flatten(spans: tuple[rt.Span, ...], flags: dict[str, str], out: list) -> list:
    """Runs of (text, flags) with the link, bold and italic around them; a footnote stays whole."""
    for span in spans:
        if span.kind == "text":
            out.append((span.text, flags))
        elif span.kind == "fn":
            out.append((span, flags))
        else:
            _flatten(span.children, {**flags, span.kind: span.href or "yes"}, out)
    return out


def _nest(runs: list, keys: tuple[str, ...] = ("a", "b", "i")) -> list[rt.Span]:
    if not keys:
        return [run if isinstance(run, rt.Span) else rt.text_span(run) for run, _flags in runs]
    out: list[rt.Span] = []
    for value, group in groupby(runs, key=lambda run: run[1].get(keys[0], "")):
        inner = _nest(list(group), keys[1:])
        out += [rt.Span(keys[0], "", tuple(inner), value if keys[0] == "a" else "")] if value else inner
    return out


def chunk_spans(spans: tuple[rt.Span, ...], size: int) -> list[tuple[rt.Span, ...]]:
    """Inline runs in pieces of about `size` characters, cut after a space near the end where there is one."""
    if len(rt.spans_plain(spans)) <= size:
        return [spans]
    pieces: list[list] = [[]]
    used = 0
    for run, flags in _flatten(spans, {}, []):
        if isinstance(run, rt.Span):  # a footnote's number: one character in its piece
            pieces[-1].append((run, flags))
            used += 1
            continue
        while used + len(run) > size:
            room = size - used
            cut = run.rfind(" ", room - size // 4, room)
            cut = cut + 1 if cut > 0 else room
            pieces[-1].append((run[:cut], flags))
            pieces.append([])
            used, run = 0, run[cut:]
        pieces[-1].append((run, flags))
        used += len(run)
    return [rt.normalise_spans(_nest(piece)) for piece in pieces if piece]


def _note(n: int, note_markup: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(f"<super>{n}</super> {note_markup}", style)


class NoteRule(Flowable):
    """The short rule above footnotes printed after their text."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, NOTE_GAP + 2

    def draw(self) -> None:
        self.canv.setStrokeColor(LIGHT_RULE)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 1, RULE_WIDTH, 1)


class FootnoteMark(Flowable):
    """No height where it stands; its notes drawn at the foot of the frame, whose bottom then rises.

    Notes that do not all fit at this page's foot are split: those that fit stay, the rest go to the next
    page's foot; a note longer than a whole page is printed in the text instead, where it can break.
    """

    def __init__(self, notes: list[Paragraph]) -> None:
        super().__init__()
        self.notes = notes
        self.inline = False
        self.first = True
        self.need = 0.0
        self.origin = (0.0, 0.0)

    def _heights(self, width: float) -> list[float]:
        return [p.wrap(width, 1e6)[1] + p.style.spaceAfter for p in self.notes]

    def _first_on_page(self) -> bool:
        """Whether no notes stand at this page's foot yet (the first ones get the rule above them)."""
        canv = getattr(self, "canv", None)
        page = getattr(canv, "_plan_note_page", None)
        return canv is None or page is None or page[0] is not canv._code

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.first = self._first_on_page()
        self.need = sum(self._heights(availWidth)) + (RULE_SPACE if self.first else 0.0)
        self.inline = getattr(self, "_frame", None) is None  # in a table cell: right here
        if self.inline:
            return availWidth, self.need
        if self.need <= availHeight:
            return availWidth, 0
        return availWidth, availHeight + 1  # not all at this page's foot: see split

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        heights = self._heights(availWidth)
        room = availHeight - (RULE_SPACE if self._first_on_page() else 0.0)
        n, used = 0, 0.0
        while n < len(heights) and used + heights[n] <= room:
            used += heights[n]
            n += 1
        if n:
            return [FootnoteMark(self.notes[:n]), FootnoteMark(self.notes[n:])]
        frame = getattr(self, "_frame", None)
        if frame is not None and availHeight >= frame._aH - 1:  # even an empty page's foot is too small
            rest = [FootnoteMark(self.notes[1:])] if len(self.notes) > 1 else []
            return [NoteRule(), self.notes[0], *rest]
        return []  # the next page's foot

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:
        self.origin = (x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        if self.inline:
            self._draw_notes(self.need)
            return
        canv, frame = self.canv, self._frame
        x, y = self.origin
        # The notes already at this page's foot move up by this mark's height; this mark's go below them.
        page = getattr(canv, "_plan_note_page", None)
        if page is None or page[0] is not canv._code:
            page = (canv._code, frame._y1p, [])
            canv._plan_note_page = page
        _code, bottom, placed = page
        for i, (index, dx, dy) in enumerate(placed):
            old = f"{fp_str(1, 0, 0, 1, dx, dy)} cm"  # as Canvas.transform writes it
            if index < len(canv._code) and canv._code[index] == old:
                placed[i] = (index, dx, dy + self.need)
                canv._code[index] = f"{fp_str(1, 0, 0, 1, dx, dy + self.need)} cm"
        dx, dy = frame._x1 + frame._leftPadding - x, bottom - y
        canv.saveState()
        placed.append((len(canv._code), dx, dy))
        canv.translate(dx, dy)
        self._draw_notes(self.need)
        canv.restoreState()
        raise_bottom(frame, self.need)

    def _draw_notes(self, height: float) -> None:
        canv = self.canv
        top = height
        if self.first:
            top -= NOTE_GAP
            canv.setStrokeColor(LIGHT_RULE)
            canv.setLineWidth(0.5)
            canv.line(0, top, RULE_WIDTH, top)
            top -= 2
        for p in self.notes:
            _w, h = p.wrap(self.width, 1e6)
            top -= h
            p.drawOn(canv, 0, top)
            top -= p.style.spaceAfter


def raise_bottom(frame, by: float) -> None:
    """Keep the rest of this page's frame above the notes drawn at its foot (undone by `restore_frame`)."""
    frame.__dict__.setdefault("_plan_bottom_padding", frame._bottomPadding)
    frame.bottomPadding = frame._bottomPadding + by  # Frame recomputes its usable height


def restore_frame(frame) -> None:
    """The frame whole again, at the start of a page (PlanDocTemplate.beforePage). reportlab's own way to
    save and restore a frame's geometry (Frame._saveGeom) fails when restoring in reportlab 5."""
    original = frame.__dict__.pop("_plan_bottom_padding", None)
    if original is not None:
        frame.bottomPadding = original
