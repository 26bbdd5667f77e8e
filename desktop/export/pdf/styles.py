"""The PDF's look: page sizes and margins, colours, paragraph styles and the table cells' text styles.

Styles are made once per export and shared by every paragraph and cell (making a ParagraphStyle per
paragraph costs time on a plan of 1,000 activities).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from desktop.export.fonts import font_faces

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN = 56.0  # about 2 cm: the usual margin of a printed municipal act
LANDSCAPE_MARGIN = 34.0  # the action plan needs the width
TOP_MARGIN = 62.0  # room for the running header
BOTTOM_MARGIN = 58.0  # room for the footer
FOOTER_Y = 30.0

ACCENT = colors.HexColor("#1F3864")  # dark blue of official documents
RULE = colors.HexColor("#8A96A8")
LIGHT_RULE = colors.HexColor("#C9D0DA")
BAND = colors.HexColor("#DCE3ED")  # table header
OBJECTIVE_BAND = colors.HexColor("#EEF1F6")
MUTED = colors.HexColor("#5A6472")
MISSING = colors.HexColor("#8C8C8C")
WATERMARK = colors.HexColor("#C00000")
TEXT = colors.black


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How a run of plain text in a table cell is set (see `TextBlock`)."""

    font: str
    size: float
    leading: float
    color: colors.Color = TEXT


@dataclass(frozen=True)
class Styles:
    regular: str
    bold: str
    italic: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cover_line: ParagraphStyle
    cover_name: ParagraphStyle
    cover_fact: ParagraphStyle  # donors, implementing partners
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    body_left: ParagraphStyle
    small: ParagraphStyle
    toc: ParagraphStyle
    toc_bold: ParagraphStyle
    missing: ParagraphStyle
    cell: TextStyle
    cell_bold: TextStyle
    cell_missing: TextStyle
    cell_muted: TextStyle
    header_cell: TextStyle


def make_styles() -> Styles:
    regular, bold, italic = font_faces()

    def para(name: str, **kw) -> ParagraphStyle:
        kw.setdefault("fontName", regular)
        kw.setdefault("fontSize", 10)
        kw.setdefault("leading", kw["fontSize"] * 1.35)
        return ParagraphStyle(name, **kw)

    body = para("body", alignment=TA_JUSTIFY, spaceAfter=6)
    return Styles(
        regular=regular,
        bold=bold,
        italic=italic,
        title=para("title", fontName=bold, fontSize=19, leading=24, alignment=TA_CENTER, textColor=ACCENT),
        subtitle=para("subtitle", fontSize=13, leading=17, alignment=TA_CENTER, textColor=ACCENT),
        cover_line=para("cover", fontName=bold, fontSize=11, leading=14.5, alignment=TA_CENTER),
        cover_name=para("cover_name", fontName=bold, fontSize=13.5, leading=18, alignment=TA_CENTER, textColor=ACCENT),
        cover_fact=para("cover_fact", fontSize=10.5, leading=14, alignment=TA_CENTER, spaceAfter=2),
        h1=para("h1", fontName=bold, fontSize=14, leading=18, textColor=ACCENT, spaceBefore=6, spaceAfter=8),
        h2=para("h2", fontName=bold, fontSize=11.5, leading=15, textColor=ACCENT, spaceBefore=4, spaceAfter=4),
        h3=para("h3", fontName=bold, fontSize=10, leading=13.5, spaceBefore=2, spaceAfter=3),
        body=body,
        body_left=para("body_left", spaceAfter=6, alignment=TA_LEFT),
        small=para("small", fontSize=8.5, leading=11, textColor=MUTED),
        toc=para("toc", fontSize=10, leading=13),
        toc_bold=para("toc_bold", fontName=bold, fontSize=10, leading=13),
        missing=para("missing", fontName=italic, textColor=MISSING, spaceAfter=6),
        cell=TextStyle(regular, 7.2, 8.9),
        cell_bold=TextStyle(bold, 7.2, 8.9),
        cell_missing=TextStyle(italic, 7.2, 8.9, MISSING),
        cell_muted=TextStyle(regular, 6.6, 8.2, MUTED),
        header_cell=TextStyle(bold, 7.2, 8.9, ACCENT),
    )


def table_style(font: str, commands: list[tuple]) -> TableStyle:
    """A table style that names the document's font for every cell: with reportlab's default every
    page would list Helvetica, a font that is not embedded, although every cell holds flowables."""
    return TableStyle([("FONT", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "TOP"), *commands])
