"""WordprocessingML written as text and parsed once per batch: paragraphs, runs, table cells, rows and tables.

python-docx's object API takes about a millisecond per table cell (it looks the cell up through the whole
grid each time); the large plan's action plan has some 9,000 cells. Writing the markup and handing it to
python-docx's own parser in batches gives the same XML in a fraction of the time. Everything else (sections,
pictures, headers, styles) goes through python-docx itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree

from desktop.export.docx.blocks import BULLET, NUMBER, Block
from desktop.export.docx.styles import BULLETS, NUMBERS, ListNumbering

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})

# Word's style ids of its built-in styles (the names without spaces).
STYLE_IDS = {
    "Title": "Title",
    "Subtitle": "Subtitle",
    "Heading 1": "Heading1",
    "Heading 2": "Heading2",
    "Heading 3": "Heading3",
    "List Bullet": "ListBullet",
    "List Bullet 2": "ListBullet2",
    "List Number": "ListNumber",
    "List Number 2": "ListNumber2",
    "List Bullet 3": "ListBullet3",
    "List Number 3": "ListNumber3",
    "Caption": "Caption",
    "Table Grid": "TableGrid",
    "Normal Table": "TableNormal",
}
BAND_FILL = "DCE6F0"  # the objective's band, as the PDF shades it
HEADER_FILL = "EEF2F6"


def esc(text: str) -> str:
    return text.translate(_ESCAPES)


def run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: int | None = None,
    superscript: bool = False,
    link: bool = False,
) -> str:
    """A run of text; line breaks inside it become Word line breaks. Its properties in the order Word's schema
    wants them (Word refuses a file whose run properties are out of order)."""
    props = (
        ("<w:b/>" if bold else "")
        + ("<w:i/>" if italic else "")
        + ('<w:color w:val="0563C1"/>' if link else "")
        + (f'<w:sz w:val="{size}"/>' if size else "")
        + ('<w:u w:val="single"/>' if link else "")
        + ('<w:vertAlign w:val="superscript"/>' if superscript else "")
    )
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    pieces = "<w:br/>".join(f'<w:t xml:space="preserve">{esc(line)}</w:t>' for line in text.split("\n"))
    return f"<w:r>{rpr}{pieces}</w:r>"


def run_break(kind: str = "page") -> str:
    return f'<w:r><w:br w:type="{kind}"/></w:r>'


def para(
    runs: str | Iterable[str] = "",
    style: str | None = None,
    *,
    align: str | None = None,
    num_id: int | None = None,
    keep_next: bool = False,
    page_break: bool = False,
) -> str:
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{STYLE_IDS.get(style, style)}"/>')
    if keep_next:
        props.append("<w:keepNext/>")
    if page_break:
        props.append("<w:pageBreakBefore/>")
    if num_id is not None:
        props.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    if align:
        props.append(f'<w:jc w:val="{align}"/>')
    ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
    body = runs if isinstance(runs, str) else "".join(runs)
    return f"<w:p>{ppr}{body}</w:p>"


def block_paragraphs(items: list[Block], body: Body, size: int | None = None) -> list[str]:
    """The paragraphs of a text's blocks: Normal, List Bullet or List Number at the item's level; bold, italic
    and links as Word writes them. A footnote is numbered where it is referred to and its text follows the
    block in a small paragraph (python-docx writes no footnotes part). `size` in half-points (tables: smaller)."""
    out = []
    for b in items:
        notes: list[str] = []
        runs = []
        for r in b.runs:
            if r.note:
                n = body.next_note()
                notes.append(para(run(f"{n} ", superscript=True) + run(r.text, size=(size or 20) - 4)))
                runs.append(run(str(n), size=size, superscript=True))
            elif r.href:
                runs.append(body.hyperlink(r.href, run(r.text, bold=r.bold, italic=r.italic, size=size, link=True)))
            else:
                runs.append(run(r.text, bold=r.bold, italic=r.italic, size=size))
        if b.kind == BULLET:
            out.append(para(runs, BULLETS[b.level - 1]))
        elif b.kind == NUMBER:
            style = NUMBERS[b.level - 1]
            if b.first or style not in body.numbering.current:
                body.numbering.current[style] = body.numbering.restart(style)
            out.append(para(runs, style, num_id=body.numbering.current[style]))
        else:
            out.append(para(runs))
        out += notes
    return out


def cell(
    paragraphs: str | Iterable[str],
    width: int,
    *,
    span: int = 1,
    vmerge: str | None = None,
    fill: str | None = None,
) -> str:
    """A table cell; `vmerge` "restart" starts a cell merged down over the rows below that "continue" it."""
    props = [f'<w:tcW w:w="{width}" w:type="dxa"/>']
    if span > 1:
        props.append(f'<w:gridSpan w:val="{span}"/>')
    if vmerge == "restart":
        props.append('<w:vMerge w:val="restart"/>')
    elif vmerge == "continue":
        props.append("<w:vMerge/>")
    if fill:
        props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
    body = paragraphs if isinstance(paragraphs, str) else "".join(paragraphs)
    return f"<w:tc><w:tcPr>{''.join(props)}</w:tcPr>{body or '<w:p/>'}</w:tc>"


def row(cells: Iterable[str], *, header: bool = False) -> str:
    """A table row; a header row repeats at the top of each page the table runs over (w:tblHeader)."""
    props = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{props}{''.join(cells)}</w:tr>"


def table(rows: Iterable[str], widths: list[int], style: str = "Table Grid") -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{STYLE_IDS.get(style, style)}"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" '
        'w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


@dataclass
class Body:
    """Markup waiting to be added to the document's body, in order.

    Moving parsed elements into python-docx's tree costs lxml seconds for a large table (it reconciles every
    node's namespace one by one), so each batch leaves a placeholder paragraph in the tree and `finish`
    writes the whole document's XML once with the batches in their places.
    """

    document: WordDocument
    numbering: ListNumbering
    pending: list[str]
    batches: list[str]
    notes: int = 0
    links: dict[str, str] | None = None

    @classmethod
    def of(cls, document: WordDocument) -> Body:
        return cls(document, ListNumbering(document), [], [], 0, {})

    def next_note(self) -> int:
        self.notes += 1
        return self.notes

    def hyperlink(self, href: str, runs: str) -> str:
        """A link to `href` around `runs` (made with `run(..., link=True)`: blue and underlined like Word's)."""
        rid = self.links.get(href)
        if rid is None:
            rid = self.links[href] = self.document.part.relate_to(href, RT.HYPERLINK, is_external=True)
        return f'<w:hyperlink r:id="{rid}" w:history="1">{runs}</w:hyperlink>'

    def add(self, *xml: str) -> None:
        self.pending.extend(xml)

    def flush(self) -> None:
        """Mark the place of what is pending; call before anything python-docx adds itself."""
        if not self.pending:
            return
        self.batches.append("".join(self.pending))
        self.pending = []
        marker = parse_xml(f"<w:p {nsdecls('w')}><w:r><w:t>{_MARK}{len(self.batches) - 1}</w:t></w:r></w:p>")
        body = self.document.element.body
        if body.sectPr is not None:
            body.sectPr.addprevious(marker)
        else:
            body.append(marker)

    def finish(self) -> None:
        """Put every batch in its place: the document part's XML parsed once, whole."""
        self.flush()
        part = self.document.part
        skeleton = etree.tostring(part.element, encoding="unicode")
        xml = _MARKER.sub(lambda m: self.batches[int(m.group(1))], skeleton)
        part._element = parse_xml(xml)


_MARK = "\u2063PLAN-BATCH-"  # an invisible separator no text of the plan starts a run with
_MARKER = re.compile(r"<w:p(?: [^>]*)?><w:r><w:t>" + _MARK + r"(\d+)</w:t></w:r></w:p>")
