"""A fast flowable for plain text in table cells: runs of text, each in its own style, set line by line.

A plan of 1,000 activities side by side has some 15,000 cell texts. reportlab's Paragraph parses its
text as markup and measures every character again on each wrap (a table wraps a cell two or three
times); this flowable never parses (a user's `<b>` or `<img>` is printed as typed), measures each
distinct word once per font, and caches its lines for the width it was last wrapped to.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus.flowables import Flowable

from desktop.export.pdf.styles import LIGHT_RULE, TextStyle

GROUP_GAP = 3.6  # between two groups (the two languages of a cell): a hairline is drawn in its middle
RUN_GAP = 1.2  # between two runs of a group

# (font, size) -> word -> width; the same words recur throughout a plan.
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}

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
                w = cache[word] = font.stringWidth(word, size)
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
    pieces = []
    while word:
        n = len(word)
        while n > 1 and font.stringWidth(word[:n], size) > width:
            n -= 1
        pieces.append((word[:n], font.stringWidth(word[:n], size)))
        word = word[n:]
    return pieces


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
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight:
            return [self]
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
            text._code.append(text._formatText(line))
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
