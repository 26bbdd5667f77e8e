"""Pages: portrait and landscape templates, running header, footer "Page n of m", watermark, bookmarks.

Everything that needs the page count or the page a heading landed on is done in ONE layout pass: the
canvas keeps each finished page (as reportlab's "NumberedCanvas" recipe does) and, when the document is
saved, draws the footers, the contents' page numbers and sets the bookmarks page by page. reportlab's
TableOfContents with multiBuild would lay the whole document out two or three times, and a plan of
1,000 activities must export in about two seconds.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.flowables import Flowable

from desktop.export.pdf import rich
from desktop.export.pdf.styles import (
    ACCENT,
    BOTTOM_MARGIN,
    FOOTER_Y,
    LANDSCAPE,
    LANDSCAPE_MARGIN,
    LIGHT_RULE,
    MARGIN,
    MUTED,
    PORTRAIT,
    TOP_MARGIN,
    WATERMARK,
)

COVER, PORTRAIT_PAGE, LANDSCAPE_PAGE, TABLE_PAGE = "cover", "portrait", "landscape", "landscape-table"


class ExportCancelled(Exception):
    """The progress callback asked to stop."""


@dataclass
class PageSetup:
    """What every page shows besides its content."""

    font: str
    bold: str
    header_left: str  # the municipality
    header_right: str  # the document's short title
    page_labels: list[str]  # "Faqja {n} nga {m}" per language
    # The DRAFT mark in each printed language and script ({"sq": "DRAFT", "sr": "НАЦРТ"}), None once approved.
    watermark: dict[str, str] | None
    # "Vendimi nr. 12 i datës 01.03.2026 / Odluka br. ..." once approved, "Drafti i versionit 2, ..." before.
    decision: str | None
    # The languages of the pages being laid out, whose marks the watermark shows (see `SetPageLanguages`).
    page_langs: tuple[str, ...] = ()
    # The action plan's column headers, drawn at the top of its continuation pages (see `Band`).
    band: Band | None = None
    band_height: float = 0.0
    # Filled while laying out: outline marks and contents slots per page, pages of the bookmarks.
    marks: dict[int, list[tuple[str, int, str, float]]] = field(default_factory=dict)
    slots: dict[int, list[tuple[str, float, float]]] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)


@dataclass
class Band:
    """A table's header row drawn by the page itself: cells (flowables) and column widths."""

    cells: list[Flowable]
    widths: list[float]
    padding: tuple[float, float, float, float]  # left, right, top, bottom
    draw: Callable[[Canvas, float, float, Band, float], None]  # (canvas, x, top, band, height)
    form: str | None = None  # the PDF form it is drawn into once, shown by every page

    def height(self) -> float:
        left, right, top, bottom = self.padding
        cells = zip(self.cells, self.widths, strict=True)
        return max(c.wrap(w - left - right, 10_000)[1] for c, w in cells) + top + bottom


class SetBand(Flowable):
    """Takes no room: from where it stands, continuation pages show this header row (None: none)."""

    def __init__(self, setup: PageSetup, band: Band | None) -> None:
        super().__init__()
        self.setup, self.band = setup, band
        if band is not None:
            setup.band_height = max(setup.band_height, band.height())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.setup.band = self.band


class SetPageLanguages(Flowable):
    """Takes no room: the pages after the next break are in these languages (one language's part of a
    sequential PDF); their watermark shows those languages' marks only. Put it before the PageBreak."""

    def __init__(self, setup: PageSetup, langs: tuple[str, ...]) -> None:
        super().__init__()
        self.setup, self.langs = setup, langs

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.setup.page_langs = self.langs


def outline(flowable: Flowable, key: str, level: int, title: str) -> Flowable:
    """Mark a heading: it gets a bookmark `key`, an outline entry and its page number in the contents."""
    # A bookmark shows one line: a title pasted with thousands of characters is shortened.
    flowable._plan_outline = (key, level, title if len(title) <= 300 else title[:299].rstrip() + "\u2026")
    return flowable


def make_canvas(setup: PageSetup) -> Callable[..., Canvas]:
    class PlanCanvas(Canvas):
        """Keeps every page until the end, then draws what depends on the page count (see the module)."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._kept: list[dict] = []
            self.setup = setup

        @property
        def page_index(self) -> int:
            return len(self._kept)

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            for index, state in enumerate(self._kept):
                self.__dict__.update(state)
                self._finish_page(index, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _finish_page(self, index: int, total: int) -> None:
            s = self.setup
            width, _height = self._pagesize
            self.saveState()
            for key, level, title, top in s.marks.get(index, ()):
                self.bookmarkPage(key, fit="XYZ", left=0, top=top)
                self.addOutlineEntry(title, key, level=level, closed=level >= 1)
            self.setFont(s.font, 9.5)
            self.setFillColor(ACCENT)
            for key, x, y in s.slots.get(index, ()):
                page = s.pages.get(key)
                if page is not None:
                    self.drawRightString(x, y, str(page))
            margin = LANDSCAPE_MARGIN if width > PORTRAIT[0] else MARGIN
            self.setStrokeColor(LIGHT_RULE)
            self.setLineWidth(0.5)
            self.line(margin, FOOTER_Y + 11, width - margin, FOOTER_Y + 11)
            self.setFont(s.font, 8)
            self.setFillColor(MUTED)
            label = " / ".join(p.format(n=index + 1, m=total) for p in s.page_labels)
            self.drawRightString(width - margin, FOOTER_Y, label)
            if s.decision:
                self.drawString(margin, FOOTER_Y, s.decision)
            self.restoreState()

    return PlanCanvas


class PlanDocTemplate(BaseDocTemplate):
    """Cover, portrait and landscape pages; reports progress and records where headings land."""

    def __init__(self, target, setup: PageSetup, progress: Callable[[int, int], bool] | None, **kw) -> None:
        super().__init__(target, pagesize=PORTRAIT, **kw)
        self.setup = setup
        self.progress = progress
        self._total = 1
        self._reported = -1
        self._done = 0
        pw, ph = PORTRAIT
        lw, lh = LANDSCAPE
        # No side padding: the content is exactly as wide as the text width the builders lay out for
        # (a table as wide as the frame would otherwise stick out by the padding).
        sides = {"leftPadding": 0, "rightPadding": 0}
        portrait = Frame(MARGIN, BOTTOM_MARGIN, pw - 2 * MARGIN, ph - TOP_MARGIN - BOTTOM_MARGIN, id="body", **sides)
        cover = Frame(MARGIN, BOTTOM_MARGIN, pw - 2 * MARGIN, ph - MARGIN - BOTTOM_MARGIN, id="cover", **sides)
        wide_height = lh - TOP_MARGIN - BOTTOM_MARGIN + 14
        wide_width = lw - 2 * LANDSCAPE_MARGIN
        wide = Frame(LANDSCAPE_MARGIN, BOTTOM_MARGIN - 8, wide_width, wide_height, id="wide", **sides)
        # The action plan's pages leave room at the top for the column headers (the band).
        table_height = wide_height - setup.band_height
        table = Frame(LANDSCAPE_MARGIN, BOTTOM_MARGIN - 8, wide_width, table_height, id="table", topPadding=0, **sides)
        self.addPageTemplates(
            [
                PageTemplate(
                    COVER, [cover], onPage=self._decorate, pagesize=PORTRAIT, autoNextPageTemplate=PORTRAIT_PAGE
                ),
                PageTemplate(PORTRAIT_PAGE, [portrait], onPage=self._decorate_with_header, pagesize=PORTRAIT),
                PageTemplate(LANDSCAPE_PAGE, [wide], onPage=self._decorate_with_header, pagesize=LANDSCAPE),
                PageTemplate(TABLE_PAGE, [table], onPage=self._decorate_with_band, pagesize=LANDSCAPE),
            ]
        )

    # -- page decoration, drawn before the content (the watermark lies under the text) ---------------
    def _decorate(self, canv: Canvas, doc) -> None:
        marks = self.setup.watermark
        if not marks:
            return
        words = [marks[lang] for lang in self.setup.page_langs or marks if lang in marks]
        if not words:
            return
        width, height = canv._pagesize
        diagonal = math.hypot(width, height)
        # Each language's mark over its own part of the diagonal: with two columns side by side, the first
        # language's lies over the left column and the second's over the right, so a Cyrillic column never
        # carries a Latin word.
        # The middle of the diagonal only: clear of the corners, where the page narrows, and of the table
        # headers at the top of landscape pages.
        used = 0.8 * diagonal
        share = used / len(words)
        widest = max(canv.stringWidth(word, self.setup.bold, 1.0) for word in words) or 1.0
        size = min(110.0, 0.6 * share / widest)
        canv.saveState()
        canv.setFont(self.setup.bold, size)
        canv.setFillColor(WATERMARK, alpha=0.07)
        canv.translate(width / 2, height / 2)
        canv.rotate(math.degrees(math.atan2(height, width)))
        for i, word in enumerate(words):
            canv.drawCentredString(-used / 2 + share * (i + 0.5), -size / 3, word)
        canv.restoreState()

    def _decorate_with_header(self, canv: Canvas, doc) -> None:
        self._decorate(canv, doc)
        s = self.setup
        width, height = canv._pagesize
        margin = LANDSCAPE_MARGIN if width > PORTRAIT[0] else MARGIN
        y = height - TOP_MARGIN + 20
        canv.saveState()
        canv.setFont(s.font, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(margin, y + 4, s.header_left)
        canv.drawRightString(width - margin, y + 4, s.header_right)
        canv.setStrokeColor(LIGHT_RULE)
        canv.setLineWidth(0.5)
        canv.line(margin, y, width - margin, y)
        canv.restoreState()

    def _decorate_with_band(self, canv: Canvas, doc) -> None:
        self._decorate_with_header(canv, doc)
        band = self.setup.band
        if band is not None:
            frame = self.pageTemplate.frames[0]
            top = frame._y1 + frame._height + self.setup.band_height  # the room left above the frame
            band.draw(canv, frame._x1 + frame._leftPadding, top, band, self.setup.band_height)

    # -- layout hooks ---------------------------------------------------------------------------------
    def beforePage(self) -> None:
        # Footnotes at a page's foot raise its frame's bottom (rich.FootnoteMark): each page starts whole.
        for frame in self.pageTemplate.frames:
            rich.restore_frame(frame)

    def build(self, flowables: list, **kw) -> None:
        self._total = max(len(flowables), 1)
        self._story = flowables
        super().build(flowables, **kw)

    def handle_flowable(self, flowables: list) -> None:
        # A heading cut in two (a title of thousands of characters) keeps its mark on the part drawn first.
        self._pending_mark = getattr(flowables[0], "_plan_outline", None) if flowables else None
        try:
            super().handle_flowable(flowables)
        finally:
            self._pending_mark = None
        # reportlab also hands its own short lists here (actions at a page's start): count the story only.
        if self.progress is not None and flowables is self._story:
            # A split puts its rest back in the list: never report a step back.
            done = self._done = max(self._done, self._total - len(flowables))
            # A report every half percent is smooth enough and keeps the callback cheap.
            if done * 200 // self._total != self._reported or not flowables:
                self._reported = done * 200 // self._total
                if self.progress(max(done, 0), self._total) is False:
                    raise ExportCancelled("the export was cancelled")

    def afterFlowable(self, flowable: Flowable) -> None:
        mark = getattr(flowable, "_plan_outline", None) or getattr(self, "_pending_mark", None)
        self._pending_mark = None
        if mark is None:
            return
        key, level, title = mark
        canv = self.canv
        index = canv.page_index
        top = self.frame._y + getattr(flowable, "height", 0) + 6
        self.setup.marks.setdefault(index, []).append((key, level, title, top))
        self.setup.pages[key] = index + 1
