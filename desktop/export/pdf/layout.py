"""How the chosen languages share the page: one column per language side by side, or one language.

A `Writer` turns the document's multilingual texts into flowables for one body: with two languages,
each heading, paragraph and table row stands beside its translation (a two-column table that splits
between rows, and inside a row when a paragraph is longer than a page); with one language, plain
paragraphs. Sequential output uses one single-language writer per language, one after the other.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from desktop.core.model import Document
from desktop.core.readiness import is_outdated
from desktop.core.richtext import append_words, is_structured, to_plain
from desktop.core.text import MAX_TEXT_LENGTH, MultiText
from desktop.export.pdf import rich
from desktop.export.pdf.contents import Entry
from desktop.export.pdf.markup import literal
from desktop.export.pdf.pages import PageSetup, outline
from desktop.export.pdf.styles import LIGHT_RULE, Styles, TextStyle, table_style
from desktop.export.pdf.textblock import plain_paragraph
from desktop.export.pdf.texts import Labels, number_locale, text_in

COLUMN_GAP = 18.0
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def roman(n: int) -> str:
    return ROMAN[n - 1] if 0 < n <= len(ROMAN) else str(n)


# Tables move whole rows to the next page; reportlab cuts a row (between lines of text) only when not
# even one row fits and at least this much of the page is left: a paragraph longer than a page.
SPLIT_IN_ROW = 140.0
# A row taller than a whole page (a pasted text of many thousand characters) is cut wherever the page
# ends, keeping at least this much on each side of the cut.
SPLIT_TALL_ROW = 12.0


# A paragraph longer than this is set in pieces (cut at a space where there is one): a piece in a
# half-width column stays well below a page, so the rows of a side-by-side table never need cutting.
CHUNK = 2000


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """`text` in pieces of at most `size` characters, each cut after a space when one is near the end."""
    out = []
    while len(text) > size:
        cut = text.rfind(" ", size - size // 4, size)
        cut = cut + 1 if cut > 0 else size
        out.append(text[:cut].rstrip())
        text = text[cut:]
    out.append(text)
    return out


class SplittingTable(Table):
    """A table that cuts a row longer than a page instead of giving up.

    reportlab cuts a row only when at least `splitInRow` points of it stay on each page; a row a little
    taller than the frame then fits neither way and the export fails ("too large on page N"). After a
    first refusal the table has been moved to a fresh frame (`_postponed`): if it still does not fit, it
    is cut with a minimum of one line instead.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if parts or not getattr(self, "_postponed", False) or self.splitInRow <= SPLIT_TALL_ROW:
            return parts
        usual, self.splitInRow = self.splitInRow, SPLIT_TALL_ROW
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = usual
        return parts


@dataclass
class Writer:
    doc: Document
    langs: tuple[str, ...]  # one or two
    script: str  # the Serbian script, "latn" or "cyrl"
    styles: Styles
    setup: PageSetup
    width: float  # the portrait frame's width
    wide_width: float  # the landscape frame's width
    key_prefix: str = ""
    entries: list[Entry] = field(default_factory=list)
    chapter: int = 0
    landscape: bool = False  # set while the flowables of landscape pages are made
    annex_level: int = 1  # 2 while the annexes stand under a chapter of their own
    footnotes: dict[str, int] = field(default_factory=dict)  # footnotes numbered so far, per language

    def __post_init__(self) -> None:
        country = self.doc.municipality.country
        self.labels = {lang: Labels(lang, self.script, country) for lang in self.langs}

    # -- texts -------------------------------------------------------------------------------------
    def text(self, mt: MultiText, lang: str, *, rich: bool = False) -> str | None:
        """The text in `lang`; None when the field has text in another language only (print the marker).

        An outdated text (see `readiness`) is printed with its mark: "… [zastarelo]". A structured text
        comes as its plain words (lists as "• " lines) unless `rich` asks for its structure.
        """
        value = text_in(mt, lang, self.script)
        if value:
            value = value if rich else to_plain(value)
            return append_words(value, f" {self.labels[lang]['outdated']}") if is_outdated(mt, lang) else value
        return value if mt.is_empty() else None

    def label(self, key: str, lang: str, **values: object) -> str:
        return self.labels[lang].format(key, **values) if values else self.labels[lang][key]

    def locale(self, lang: str) -> str:
        return number_locale(lang, self.script)

    def key(self, name: str) -> str:
        return f"{self.key_prefix}{name}"

    @property
    def frame_width(self) -> float:
        return self.wide_width if self.landscape else self.width

    @property
    def side_by_side(self) -> bool:
        return len(self.langs) > 1

    def column_width(self, total: float) -> float:
        return (total - COLUMN_GAP * (len(self.langs) - 1)) / len(self.langs)

    # -- paragraphs ---------------------------------------------------------------------------------
    def _paras(self, text: str | None, lang: str, style) -> list[Flowable]:
        if text is None:
            return [Paragraph(literal(self.labels[lang]["missing"]), self.styles.missing)]
        if is_structured(text):  # lists, emphasis, links, footnotes (see rich.py)
            return rich.flowables(text, style, self.footnotes, lang, page_foot=not self.side_by_side)
        # Only beside a translation must a paragraph be cut into pieces (rows); alone it flows across pages.
        size = CHUNK if self.side_by_side else MAX_TEXT_LENGTH
        return [
            plain_paragraph(chunk, style)
            for p in _BLANK_LINES.split(text)
            if p.strip()
            for chunk in chunks(p.strip("\n"), size)
        ]

    def columns(self, cells: Sequence[Sequence[Flowable]], *, width: float | None = None) -> Table:
        """One row of a two-column table: each cell beside its translation."""
        return self.rows([cells], width=width)

    def rows(
        self, rows: Sequence[Sequence[Sequence[Flowable]]], *, width: float | None = None, gap: float = 0.0
    ) -> Table:
        col = self.column_width(width or self.frame_width)
        table = SplittingTable(
            [list(r) for r in rows], colWidths=[col] * len(self.langs), splitByRow=1, splitInRow=SPLIT_IN_ROW
        )
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), gap),
            ("RIGHTPADDING", (0, 0), (-2, -1), COLUMN_GAP / 2),
            ("LEFTPADDING", (1, 0), (-1, -1), COLUMN_GAP / 2),
            ("LINEAFTER", (0, 0), (-2, -1), 0.4, LIGHT_RULE),
        ]
        table.setStyle(table_style(self.styles.regular, commands))
        return table

    def prose(self, mt: MultiText, style=None) -> list[Flowable]:
        """A long text: its paragraphs, each beside its translation when both have as many paragraphs."""
        # Justified text in a half-width column leaves wide gaps between words: ragged right there.
        style = style or (self.styles.body_left if self.side_by_side else self.styles.body)
        per_lang = [self._paras(self.text(mt, lang, rich=True), lang, style) for lang in self.langs]
        if not self.side_by_side:
            return per_lang[0]
        if len({len(p) for p in per_lang}) == 1:
            return [self.rows([[[a], [b]] for a, b in zip(*per_lang, strict=True)], gap=style.spaceAfter)]
        if any(len(self.text(mt, lang) or "") > CHUNK for lang in self.langs):
            # A long text: rows of at most a chunk each, so no row is taller than a page.
            pairs = itertools.zip_longest(*per_lang, fillvalue=None)
            return [self.rows([[[f] if f else [] for f in pair] for pair in pairs], gap=style.spaceAfter)]
        return [self.rows([per_lang], gap=style.spaceAfter)]

    def missing_markup(self, lang: str) -> str:
        """The marker of a text missing in `lang`, as Paragraph markup (grey italic)."""
        return f'<font name="{self.styles.italic}" color="#8C8C8C">{literal(self.labels[lang]["missing"])}</font>'

    def markup(self, mt: MultiText, lang: str) -> str:
        """A user text as Paragraph markup printed literally, the marker when it is missing in `lang`."""
        value = self.text(mt, lang)
        return self.missing_markup(lang) if value is None else literal(value)

    def cells(self, per_lang: dict[str, list[Flowable]]) -> list[Flowable]:
        """Each language's flowables side by side in one row, or just the one language's."""
        if not self.side_by_side:
            return list(per_lang[self.langs[0]])
        return [self.columns([per_lang[lang] for lang in self.langs])]

    def aligned(self, per_lang: dict[str, list[list[Flowable]]], gap: float = 4) -> list[Flowable]:
        """Groups (lines, points) each beside its translation when every language has as many."""
        if not self.side_by_side:
            return [f for group in per_lang[self.langs[0]] for f in group]
        if not any(per_lang[lang] for lang in self.langs):
            return []
        if len({len(per_lang[lang]) for lang in self.langs}) == 1:
            return [
                self.rows([list(row) for row in zip(*(per_lang[lang] for lang in self.langs), strict=True)], gap=gap)
            ]
        return [self.rows([[[f for group in per_lang[lang] for f in group] for lang in self.langs]], gap=gap)]

    def line(self, texts: dict[str, str], style) -> list[Flowable]:
        """A short fixed text (labels, figures) in each language."""
        paras = [[plain_paragraph(texts[lang], style)] for lang in self.langs]
        return paras[0] if not self.side_by_side else [self.columns(paras)]

    # -- headings -------------------------------------------------------------------------------------
    def heading(
        self,
        level: int,
        number: str,
        titles: dict[str, str | None],
        key: str,
        *,
        lead: dict[str, str] | None = None,
        toc: bool = True,
        outline_level: int | None = None,
        toc_level: int | None = None,
    ) -> list[Flowable]:
        """A numbered heading (level 1 chapter, 2 objective, 3 priority) with its bookmark and contents entry.

        `lead` goes before the title ("Strategic objective 1: "); a title None is missing in that language
        and shows the marker.
        """
        style = {1: self.styles.h1, 2: self.styles.h2}.get(level, self.styles.h3)
        prefix = f"{number} " if number else ""
        lead = lead or {}
        paras, plain = [], {}
        for lang in self.langs:
            start = prefix + lead.get(lang, "")
            title = titles[lang]
            if title is None:
                marker = self.labels[lang]["missing"]
                plain[lang] = start + marker
                markup = f'{literal(start)}<font name="{self.styles.italic}" color="#8C8C8C">{literal(marker)}</font>'
            else:
                plain[lang] = start + title
                paras.append(plain_paragraph(start + title, style))
                continue
            paras.append(Paragraph(markup, style))
        flowable = paras[0] if not self.side_by_side else self.columns([[p] for p in paras])
        flowable.keepWithNext = True
        if self.side_by_side:
            flowable.spaceBefore, flowable.spaceAfter = style.spaceBefore, style.spaceAfter
        key = self.key(key)
        shown = [plain[lang].removeprefix(prefix) for lang in self.langs]
        level_in_outline = (outline_level if outline_level is not None else level - 1) + self._part_level
        outline(flowable, key, level_in_outline, prefix + " / ".join(shown))
        if toc:
            toc_level = toc_level if toc_level is not None else level - 1
            self.entries.append(Entry(key, toc_level + self._part_level, number, tuple(shown)))
        # Keep a heading off the last lines of a page: move on when less than this is left.
        return [CondPageBreak(90 if level == 1 else 60), flowable]

    _part_level = 0  # 1 in sequential output, where each language's part is a level of its own

    def chapter_heading(
        self, titles: dict[str, str | None], key: str, *, number: str | None = None, depth: int = 0
    ) -> list[Flowable]:
        """A chapter's heading with the number the outline gives it ("IV.", "4.1", "4.1.1"; the next Roman
        number when none is given), indented in the contents and the bookmarks by its depth."""
        if number is None:
            self.chapter += 1
            number = f"{roman(self.chapter)}."
        return self.heading(min(depth + 1, 3), number, titles, key, outline_level=depth, toc_level=depth)

    def spacer(self, height: float = 6) -> Spacer:
        return Spacer(1, height)


def cell_groups(writer: Writer, texts: dict[str, str | None], style: TextStyle) -> list[list[tuple[str, TextStyle]]]:
    """A table cell's text in each language (the marker where it is missing), nothing when it is empty."""
    groups = []
    for lang in writer.langs:
        value = texts.get(lang)
        if value is None:
            groups.append([(writer.labels[lang]["missing"], writer.styles.cell_missing)])
        elif value:
            groups.append([(value, style)])
    return groups
