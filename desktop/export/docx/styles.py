"""The Word document's styles and page set-up: Word's own styles (Title, Heading 1-3, List Bullet/Number,
Caption, Table Grid) with one font that has ë, ç and Serbian Cyrillic, the document's language, portrait and
landscape sections, the running header and footer, and numbered lists that start at 1 again.

Fonts are named, not embedded: Word embeds a font only from files it is allowed to ship (TrueType embedding
rights) and python-docx cannot write the obfuscated font parts Word expects. Arial is on every Windows and
macOS machine and has Latin with diacritics and Cyrillic; LibreOffice shows it with the metric-compatible
Liberation Sans. Naming the font for every script slot of a run (ascii, hAnsi, eastAsia, cs) keeps Word from
falling back to a theme font that lacks Cyrillic.
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section as WordSection
from docx.shared import Cm, Pt

FONT = "Arial"
# The styles the export writes with: all of Word's own (built in), so they keep working when edited.
TITLE, SUBTITLE, CAPTION, TABLE_STYLE = "Title", "Subtitle", "Caption", "Table Grid"
HEADINGS = ("Heading 1", "Heading 2", "Heading 3")
BULLETS = ("List Bullet", "List Bullet 2", "List Bullet 3")
NUMBERS = ("List Number", "List Number 2", "List Number 3")

A4 = (Cm(21.0), Cm(29.7))
MARGIN = Cm(2.0)
LANDSCAPE_MARGIN = Cm(1.5)
# Text widths in twentieths of a point (Word's table unit): A4 less the margins.
PORTRAIT_WIDTH = int((21.0 - 4.0) / 2.54 * 1440)
LANDSCAPE_WIDTH = int((29.7 - 3.0) / 2.54 * 1440)

_LANGUAGE_TAGS = {"sq": "sq-AL", "en": "en-GB"}
_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def language_tag(lang: str, script: str = "latn") -> str:
    """The tag Word's proofing tools use: sq-AL, sr-Latn-RS or sr-Cyrl-RS, en-GB."""
    return _LANGUAGE_TAGS.get(lang) or ("sr-Cyrl-RS" if script == "cyrl" else "sr-Latn-RS")


def _fonts_element(font: str):
    return parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>')


def _set_fonts(rpr, font: str) -> None:
    """Name `font` for every script of a run's properties, dropping theme fonts that would win over it."""
    old = rpr.find(qn("w:rFonts"))
    new = _fonts_element(font)
    if old is not None:
        rpr.replace(old, new)
    else:
        rpr.insert(0, new)


def set_up(document: WordDocument, lang: str, script: str) -> None:
    """Fonts, language and the body text's size on the document's defaults and on every style that names
    fonts of its own (headings and the title name the theme's)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr, FONT)
    tag = language_tag(lang, script)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{tag}" w:eastAsia="{tag}" w:bidi="{tag}"/>'))
    for style in styles.findall(qn("w:style")):
        style_rpr = style.find(qn("w:rPr"))
        if style_rpr is not None and style_rpr.find(qn("w:rFonts")) is not None:
            _set_fonts(style_rpr, FONT)
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    document.styles[CAPTION].font.size = Pt(9)
    for name in (TITLE, *HEADINGS):
        # The default template's theme colours print pale on an official document.
        document.styles[name].font.color.rgb = None


def portrait(section: WordSection) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)


def landscape(section: WordSection) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_height, section.page_width = A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, LANDSCAPE_MARGIN)


def new_section(document: WordDocument, wide: bool) -> WordSection:
    """A section from a new page, landscape or portrait; it keeps the running header and footer."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    (landscape if wide else portrait)(section)
    return section


def running_header(section: WordSection, left: str, right: str, draft: str | None) -> None:
    """The municipality and the kind of document on each page; a draft says so above them, in every printed
    language ("DRAFT / NACRT"), as the PDF's mark does."""
    header = section.header
    paragraph = header.paragraphs[0]
    if draft:
        run = paragraph.add_run(draft)
        run.bold = True
        paragraph = header.add_paragraph()
    paragraph.add_run(" — ".join(x for x in (left, right) if x))
    for p in header.paragraphs:
        p.style = "Header"


def running_footer(section: WordSection, line: str | None) -> None:
    """The draft's or the approval's line and the page number."""
    footer = section.footer
    paragraph = footer.paragraphs[0]
    if line:
        paragraph.add_run(f"{line}   ")
    # The page number: a field at the paragraph's level (Word shows and updates it itself).
    paragraph._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )
    paragraph.style = "Footer"


class ListNumbering:
    """New numbering instances for numbered lists: every List Number paragraph in Word shares one counter, so
    each list that must count from 1 gets an instance of the style's numbering that starts over."""

    def __init__(self, document: WordDocument) -> None:
        self._numbering = document.part.numbering_part.element
        self._abstract: dict[str, str] = {}
        self.current: dict[str, int] = {}  # the list each style's items are in now
        self._next = 1 + max((int(n.get(qn("w:numId"))) for n in self._numbering.findall(qn("w:num"))), default=0)
        for name in NUMBERS:
            num_id = document.styles[name].element.find(qn("w:pPr")).find(qn("w:numPr")).find(qn("w:numId"))
            num = next(
                n for n in self._numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id.get(qn("w:val"))
            )
            self._abstract[name] = num.find(qn("w:abstractNumId")).get(qn("w:val"))

    def restart(self, style: str) -> int:
        """The id of a new numbering of `style` that starts at 1."""
        num_id = self._next
        self._next += 1
        self._numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{self._abstract[style]}"/>'
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        return num_id
