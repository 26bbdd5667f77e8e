"""The table of contents, laid out once: its page numbers are drawn by the canvas when the document is
saved (see `pages`), since the headings' pages are known only then."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable

from desktop.export.pdf.markup import literal
from desktop.export.pdf.pages import PageSetup
from desktop.export.pdf.styles import LIGHT_RULE, Styles

NUMBER_WIDTH = 34.0
PAGE_WIDTH = 30.0
COLUMN_GAP = 12.0
# The contents point at a heading; a title pasted with thousands of characters is printed in full at the
# heading and shortened here (a contents line must fit on a page).
TITLE_CHARS = 300


def shortened(title: str, limit: int = TITLE_CHARS) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "\u2026"


@dataclass(frozen=True)
class Entry:
    key: str  # the heading's bookmark
    level: int  # 0 chapters, 1 objectives
    number: str  # "1", "1.2", or ""
    titles: tuple[str, ...]  # one per column (the languages side by side)


class ContentsLine(Flowable):
    """One entry: number, title(s), a dotted leader and a slot for the page number; a link to the heading."""

    def __init__(self, entry: Entry, styles: Styles, setup: PageSetup, top: int = 0) -> None:
        super().__init__()
        self.entry = entry
        self.setup = setup
        style = styles.toc_bold if entry.level <= top else styles.toc
        self.paras = [Paragraph(literal(shortened(t)), style) for t in entry.titles]
        self.number = Paragraph(literal(entry.number), style)
        self.indent = 14.0 * max(entry.level - top, 0)
        if entry.level < top:  # a language's part in sequential output: above the chapters' numbers
            self.number_width = 0.0
            self.spaceBefore = 12.0
        else:
            self.number_width = NUMBER_WIDTH
            self.spaceBefore = 5.0 if entry.level == top else 1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        n = len(self.paras)
        text_width = availWidth - self.indent - self.number_width - PAGE_WIDTH - COLUMN_GAP * (n - 1)
        self.column = text_width / n
        heights = [p.wrap(self.column, availHeight)[1] for p in self.paras]
        self.number.wrap(max(self.number_width, 1.0), availHeight)
        self.width, self.height = availWidth, max([*heights, self.number.height])
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        x = self.indent
        self.number.drawOn(canv, x, self.height - self.number.height)
        x += self.number_width
        for i, para in enumerate(self.paras):
            para.drawOn(canv, x + i * (self.column + COLUMN_GAP), self.height - para.height)
        last = self.paras[-1]
        style = last.style
        baseline = self.height - last.height + (style.leading - style.fontSize) + 0.5
        end = x + (len(self.paras) - 1) * (self.column + COLUMN_GAP) + self._last_line_width(last)
        right = self.width
        canv.saveState()
        canv.setStrokeColor(LIGHT_RULE)
        canv.setLineWidth(0.6)
        canv.setDash(0.6, 2.4)
        if right - PAGE_WIDTH > end + 6:
            canv.line(end + 4, baseline, right - PAGE_WIDTH + 2, baseline)
        canv.restoreState()
        ax, ay = canv.absolutePosition(right, baseline)
        self.setup.slots.setdefault(canv.page_index, []).append((self.entry.key, ax, ay))
        canv.linkRect("", self.entry.key, (0, 0, right, self.height), relative=1, thickness=0)

    @staticmethod
    def _last_line_width(para: Paragraph) -> float:
        lines = para.blPara.lines
        if not lines:
            return 0.0
        last = lines[-1]
        extra = last[0] if isinstance(last, tuple) else last.extraSpace
        return max(para.width - extra, 0.0)


def contents(entries: Sequence[Entry], styles: Styles, setup: PageSetup) -> list[Flowable]:
    """The lines of the contents; chapters (the numbered entries of the lowest level) are bold."""
    top = min((e.level for e in entries if e.number), default=0)
    return [ContentsLine(e, styles, setup, top) for e in entries]
