"""A fast flowable for plain text in table cells: runs of text, each in its own style, set line by line.

A plan of 1,000 activities side by side has some 15,000 cell texts. reportlab's Paragraph parses its
text as markup and measures every character again on each wrap (a table wraps a cell two or three
times); this flowable never parses (a user's `<b>` or `<img>` is printed as typed), measures each
distinct word once per font, and caches its lines for the width it was last wrapped to.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable

from desktop.export.pdf.markup import literal
from desktop.export.pdf.styles import LIGHT_RULE, TextStyle

GROUP_GAP = 3.6  # between two groups (the two languages of a cell): a hairline is drawn in its middle
RUN_GAP = 1.2  # between two runs of a group

# (font, size) -> word -> width; the same words recur throughout a plan.
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}

MAX_CACHED_WORD = 64

# A paragraph with an unbroken run longer than this is set by `TextBlock`: reportlab's Paragraph cuts such a
# run letter by letter each time a table measures or splits it, which grows with the square of its length.
LONG_RUN = 80

# Lines up to this length have their PDF operators remembered (see `_formatted`): amounts, funding sources,
# years and names recur; longer lines seldom do.
REMEMBERED_LINE = 20

# One set line: its text, its style, its width, and the gap above it.
Line = tuple[str, TextStyle, float, float]


def _measure(style: TextStyle) -> tuple[dict[str, float], object]:
    key = (style.font, style.size)
    cache = _WIDTHS.get(key)
    if cache is None:
        cache = _WIDTHS[key] = {}
    return cache, getFont(style.font)


def break_lines(text: str, style: TextStyle, width: float, gap: float = 0.0) -> list[Line]:
    """Greedy line breaking at spaces; a word wider than the line is cut between letters.

    Newlines in the text are kept; each stretch of spaces becomes one space.
    """
    cache, font = _measure(style)
    size = style.size
    space = cache.get(" ")
    if space is None:
        space = cache[" "] = font.stringWidth(" ", size)
    out: list[Line] = []
    for paragraph in text.split("\n"):
        words: list[str] = []
        used = 0.0
        for word in paragraph.split():
            w = cache.get(word)
            if w is None:
                w = font.stringWidth(word, size)
                if len(word) <= MAX_CACHED_WORD:  # a pasted run of 100,000 letters is not a word to keep
                    cache[word] = w
            if w > width:  # a URL or a very long word: cut it to fit
                if words:
                    out.append((" ".join(words), style, used, gap if not out else 0.0))
                    words, used = [], 0.0
                for piece, pw in _cut(word, font, size, width):
                    out.append((piece, style, pw, gap if not out else 0.0))
                continue
            if words and used + space + w > width:
                out.append((" ".join(words), style, used, gap if not out else 0.0))
                words, used = [word], w
            else:
                used = used + space + w if words else w
                words.append(word)
        if words or not paragraph.strip():
            out.append((" ".join(words), style, used, gap if not out else 0.0))
    return out


def _cut(word: str, font, size: float, width: float) -> list[tuple[str, float]]:
    """Cut a word into pieces no wider than `width`, in time proportional to its length.

    Each distinct character is measured once (a TrueType string's width is the sum of its characters'),
    so a 100,000-character run costs one pass, not one measurement per prefix.
    """
    cache, _font = _measure_chars(font, size)
    pieces = []
    start, used = 0, 0.0
    for i, ch in enumerate(word):
        w = cache.get(ch)
        if w is None:
            w = cache[ch] = font.stringWidth(ch, size)
        if used + w > width and i > start:
            pieces.append((word[start:i], used))
            start, used = i, 0.0
        used += w
    if start < len(word):
        pieces.append((word[start:], used))
    return pieces


# (font name, size) -> character -> width, for cutting long words.
_CHAR_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _measure_chars(font, size: float) -> tuple[dict[str, float], object]:
    key = (getattr(font, "fontName", str(font)), size)
    cache = _CHAR_WIDTHS.get(key)
    if cache is None:
        cache = _CHAR_WIDTHS[key] = {}
    return cache, font


Run = tuple[str, TextStyle] | tuple[str, TextStyle, float]  # text, style[, gap above when not first]


class TextBlock(Flowable):
    """Groups of runs of plain text, one below the other, left, right or centre aligned.

    `groups` is `[[(text, style), ...], ...]`: in a bilingual cell one group per language, separated
    by a gap with a hairline; the runs of a group (a title and its description) by a small gap.
    """

    def __init__(
        self,
        groups: Sequence[Sequence[Run]] = (),
        align: str = "left",
        *,
        rules: bool = True,
        lines: list[Line] | None = None,
    ) -> None:
        super().__init__()
        self.groups = groups
        self.align = align
        self.rules = rules
        self._lines = lines
        self._wrapped_at = None if lines is None else -1.0

    def _set(self, width: float) -> list[Line]:
        lines: list[Line] = []
        for g, runs in enumerate(self.groups):
            for r, run in enumerate(runs):
                gap = GROUP_GAP if g and not r else (run[2] if len(run) > 2 else RUN_GAP) if r else 0.0
                lines.extend(break_lines(run[0], run[1], width, gap))
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._lines is None or (self._wrapped_at != availWidth and self._wrapped_at != -1.0):
            self._lines = self._set(availWidth)
            self._wrapped_at = availWidth
        self.width = availWidth
        self.height = sum(line[1].leading + line[3] for line in self._lines)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A table cutting a row passes the column's width without its padding (reportlab 5.1): keep the
        # lines set for the width the table measured, or the cut parts would not match the row's height.
        if self._lines is None:
            self.wrap(availWidth, availHeight)
        self.height = sum(line[1].leading + line[3] for line in self._lines)
        if self.height <= availHeight:
            # It fits at this width (a table measured it at another): reportlab's cell splitting takes
            # exactly two parts, the second may be empty.
            return [self, TextBlock(self.groups, self.align, rules=self.rules, lines=[])]
        used, i = 0.0, 0
        while i < len(self._lines) and used + self._lines[i][1].leading + self._lines[i][3] <= availHeight:
            used += self._lines[i][1].leading + self._lines[i][3]
            i += 1
        if i == 0:
            return []
        rest = [
            (text, style, w, 0.0) if j == 0 else (text, style, w, gap)
            for j, (text, style, w, gap) in enumerate(self._lines[i:])
        ]
        return [
            TextBlock(self.groups, self.align, rules=self.rules, lines=self._lines[:i]),
            TextBlock(self.groups, self.align, rules=self.rules, lines=rest),
        ]

    def draw(self) -> None:
        # One text object; consecutive lines of one style step by the leading (T*, no coordinates):
        # a plan's tables have tens of thousands of lines, and each coordinate costs a float format.
        # (The text object's `_code` and `_formatText` are used directly, checked with reportlab 5.1.)
        canv = self.canv
        text = canv.beginText()
        top = self.height
        current = None
        rules = []
        previous = None  # (x, baseline) of the line before
        for line, style, width, gap in self._lines:
            if gap == GROUP_GAP:
                rules.append(top - gap / 2)
            top -= gap + style.leading
            baseline = top + (style.leading - style.size) / 2 + style.size * 0.22
            x = (
                self.width - width
                if self.align == "right"
                else (self.width - width) / 2
                if self.align == "centre"
                else 0.0
            )
            if style is not current:
                text.setFont(style.font, style.size, style.leading)
                text.setFillColor(style.color)
                current = style
            if previous is None:
                text.setTextOrigin(x, baseline)
            elif x == previous[0] and abs(previous[1] - baseline - style.leading) < 1e-6:
                text._code.append("T*")
                text._y0 -= style.leading
            else:
                text.moveCursor(x - previous[0], previous[1] - baseline)
            # textOut would measure the line again to advance a cursor nothing here uses.
            text._code.append(_formatted(canv, text, line))
            previous = (x, baseline)
        canv.drawText(text)
        if rules and self.rules:
            canv.saveState()
            canv.setStrokeColor(LIGHT_RULE)
            canv.setLineWidth(0.4)
            canv.setDash(1, 1.5)
            for ry in rules:
                canv.line(0, ry, self.width, ry)
            canv.restoreState()


def _formatted(canv, text, line: str) -> str:
    """The PDF operators of one line: `text._formatText(line)`, remembered per document.

    The same lines recur through a plan's table ("2026: 9 000 EUR", "Buxheti komunal", a responsible body),
    and formatting one for a TrueType font (its characters mapped to the font's subsets, escaped) is the
    largest part of drawing it. The operators depend only on the font, size, leading and the subset the text
    object is in before the line (it may switch subsets: the subset after it is remembered too), and the
    mapping of characters to subsets is the document's own: the memory lives on the canvas.
    """
    if len(line) > REMEMBERED_LINE:  # a title's line is seldom seen twice: not worth the memory
        return text._formatText(line)
    memory = canv.__dict__.get("_plan_lines")
    if memory is None:
        memory = canv._plan_lines = {}
    key = (text._fontname, text._fontsize, text._leading, text._curSubset, line)
    known = memory.get(key)
    if known is None:
        known = memory[key] = (text._formatText(line), text._curSubset)
    else:
        text._curSubset = known[1]
    return known[0]


def has_long_run(text: str, limit: int = LONG_RUN) -> bool:
    """True when some stretch of the text without a space is longer than `limit` characters."""
    if len(text) <= limit:
        return False
    return any(len(word) > limit for word in text.split())


def plain_paragraph(text: str, style: ParagraphStyle) -> Flowable:
    """A user's text printed literally in `style`: a Paragraph, or a TextBlock in the same font when the
    text holds a long unbroken run (a pasted link or table), so its time grows with its length only."""
    if not has_long_run(text):
        return Paragraph(literal(text), style)
    align = {TA_RIGHT: "right", TA_CENTER: "centre"}.get(style.alignment, "left")
    block = TextBlock(
        [[(text.replace("\t", "    "), TextStyle(style.fontName, style.fontSize, style.leading, style.textColor))]],
        align,
        rules=False,
    )
    block.spaceBefore, block.spaceAfter = style.spaceBefore, style.spaceAfter
    return block
