"""Word .docx (and .docm, read as the plain format: macros are never opened) through python-docx.

python-docx (MIT) is the maintained reader of WordprocessingML that the Word export also uses; the body is
walked on its lxml tree directly, which is what keeps a 100-page document well under a second."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from desktop.exchange.docimport.blocks import MAX_BLOCKS, Block, Para, Table, square
from desktop.exchange.docimport.errors import DocumentImportError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_W = f"{{{W}}}"
_HEADING_STYLE = re.compile(r"^(?:heading|titull|naslov|наслов|überschrift|titre)\s*(\d)$", re.IGNORECASE)
_MACRO_PARTS = re.compile(r"(vbaProject|vbaData|activeX)", re.IGNORECASE)
_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _plain_package(path: Path) -> io.BytesIO:
    """A .docm/.dotx as a plain .docx in memory: the macro parts left out, the main part's type made plain."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if _MACRO_PARTS.search(info.filename):
                continue
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = re.sub(rb'ContentType="[^"]*(?:macroEnabled|template)\.main\+xml"',
                              f'ContentType="{_DOCX_MAIN}"'.encode(), data)  # fmt: skip
            dst.writestr(info.filename, data)
    out.seek(0)
    return out


def read_docx(path: Path) -> list[Block]:
    import docx  # lazy: only an import of a Word file needs it
    from docx.opc.exceptions import PackageNotFoundError

    source = path if path.suffix.lower() == ".docx" else _plain_package(path)
    try:
        document = docx.Document(source)
    except (PackageNotFoundError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise DocumentImportError(f"{path.name} is not a readable Word document: {exc}") from None
    except Exception as exc:  # lxml's XMLSyntaxError and the like: a damaged part
        raise DocumentImportError(f"{path.name} is damaged: {exc.__class__.__name__}") from None
    return _Reader(document).blocks()


class _Reader:
    def __init__(self, document) -> None:
        self.document = document
        self.styles: dict[str, tuple[int | None, bool, str | None, bool]] = {}
        for style in document.styles.element.findall(f"{_W}style"):
            self.styles[style.get(f"{_W}styleId")] = self._style_facts(style)
        self.bullets = self._bullet_lists()
        self.field_stack: list[str] = []
        self.images: dict[str, bytes] = {}

    # -- styles and numbering ---------------------------------------------------------------------
    def _style_facts(self, style) -> tuple[int | None, bool, str | None, bool]:
        """(heading level, bold, list kind, table of contents) a paragraph style gives."""
        name_el = style.find(f"{_W}name")
        name = (name_el.get(f"{_W}val") if name_el is not None else "") or ""
        heading = None
        m = _HEADING_STYLE.match(name.strip())
        if m:
            heading = int(m.group(1))
        elif name.strip().lower() == "title":
            heading = 0
        outline = style.find(f"{_W}pPr/{_W}outlineLvl")
        if heading is None and outline is not None and (outline.get(f"{_W}val") or "").isdigit():
            level = int(outline.get(f"{_W}val"))
            heading = level + 1 if level < 9 else None
        bold_el = style.find(f"{_W}rPr/{_W}b")
        bold = bold_el is not None and bold_el.get(f"{_W}val") not in ("0", "false")
        lower = name.lower()
        kind = "bullet" if "list bullet" in lower else "number" if "list number" in lower else None
        if kind is None and style.find(f"{_W}pPr/{_W}numPr") is not None and heading is None:
            kind = "bullet"
        toc = lower.startswith("toc") or lower.startswith("table of contents")
        return heading, bold, kind, toc

    def _bullet_lists(self) -> dict[str, bool]:
        """numId -> whether its first level is a bullet (else a numbered list)."""
        try:
            numbering = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return {}
        abstract: dict[str, bool] = {}
        for a in numbering.findall(f"{_W}abstractNum"):
            fmt = a.find(f"{_W}lvl/{_W}numFmt")
            abstract[a.get(f"{_W}abstractNumId")] = fmt is None or fmt.get(f"{_W}val") == "bullet"
        out = {}
        for n in numbering.findall(f"{_W}num"):
            ref = n.find(f"{_W}abstractNumId")
            if ref is not None:
                out[n.get(f"{_W}numId")] = abstract.get(ref.get(f"{_W}val"), True)
        return out

    # -- the body -------------------------------------------------------------------------------------
    def blocks(self) -> list[Block]:
        out: list[Block] = []
        self._walk(self.document.element.body, out, toc=False)
        return out

    def _walk(self, parent, out: list[Block], toc: bool) -> None:
        for el in parent:
            if len(out) >= MAX_BLOCKS:
                return
            tag = el.tag
            if tag == f"{_W}p":
                out.append(self._para(el, toc))
            elif tag == f"{_W}tbl":
                out.append(self._table(el))
            elif tag == f"{_W}sdt":
                gallery = el.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
                is_toc = gallery is not None and "contents" in (gallery.get(f"{_W}val") or "").lower()
                content = el.find(f"{_W}sdtContent")
                if content is not None:
                    self._walk(content, out, toc or is_toc)

    def _para(self, p, toc: bool) -> Para:
        style_id = None
        ppr = p.find(f"{_W}pPr")
        heading = list_kind = None
        bold_style = style_toc = False
        list_level = 0
        if ppr is not None:
            ps = ppr.find(f"{_W}pStyle")
            style_id = ps.get(f"{_W}val") if ps is not None else None
        if style_id in self.styles:
            heading, bold_style, list_kind, style_toc = self.styles[style_id]
        if ppr is not None:
            outline = ppr.find(f"{_W}outlineLvl")
            if outline is not None and (outline.get(f"{_W}val") or "").isdigit():
                level = int(outline.get(f"{_W}val"))
                heading = level + 1 if level < 9 else None
            num = ppr.find(f"{_W}numPr")
            if num is not None:
                num_id = num.find(f"{_W}numId")
                ilvl = num.find(f"{_W}ilvl")
                nid = num_id.get(f"{_W}val") if num_id is not None else None
                if nid and nid != "0":
                    list_kind = "bullet" if self.bullets.get(nid, True) else "number"
                    if ilvl is not None and (ilvl.get(f"{_W}val") or "").isdigit():
                        list_level = int(ilvl.get(f"{_W}val"))
                elif nid == "0":
                    list_kind = None
        parts: list[str] = []
        bold_chars = plain_chars = 0
        in_toc = toc or style_toc or "TOC" in self.field_stack
        images: list[bytes] = []
        for node in p.iter(f"{_W}r", f"{_W}fldSimple"):
            if node.tag == f"{_W}fldSimple":
                if "TOC" in (node.get(f"{_W}instr") or ""):
                    in_toc = True
                continue
            text = self._run(node, images)
            if "TOC" in self.field_stack:
                in_toc = True
            if text:
                parts.append(text)
                rpr = node.find(f"{_W}rPr")
                b = rpr.find(f"{_W}b") if rpr is not None else None
                bold = (b is not None and b.get(f"{_W}val") not in ("0", "false")) or (b is None and bold_style)
                if text.strip():
                    if bold:
                        bold_chars += len(text)
                    else:
                        plain_chars += len(text)
        text = "".join(parts).replace("\xa0", " ").strip()
        return Para(
            text=text,
            heading=heading,
            bold=bold_chars > 0 and plain_chars == 0,
            list_kind=list_kind if text else None,
            list_level=list_level,
            toc=in_toc,
            images=images,
        )

    def _run(self, r, images: list[bytes]) -> str:
        out = []
        for child in r:
            tag = child.tag
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}tab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}fldChar":
                kind = child.get(f"{_W}fldCharType")
                if kind == "begin":
                    self.field_stack.append("")
                elif kind == "end" and self.field_stack:
                    self.field_stack.pop()
            elif tag == f"{_W}instrText" and self.field_stack and not self.field_stack[-1]:
                words = (child.text or "").split()
                self.field_stack[-1] = words[0].upper() if words else ""
            elif tag == f"{_W}drawing":
                for blip in child.iter(f"{{{A}}}blip"):
                    image = self._image(blip.get(f"{{{R}}}embed"))
                    if image:
                        images.append(image)
        return "".join(out)

    def _image(self, rel_id: str | None) -> bytes | None:
        if not rel_id:
            return None
        try:
            blob = self.document.part.related_parts[rel_id].blob
        except (KeyError, AttributeError):
            return None
        return (
            blob
            if blob[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1") or blob[:3] == b"\xff\xd8\xff"
            else None
        )

    def _cell_text(self, tc) -> str:
        lines = []
        for p in tc.iter(f"{_W}p"):
            text = (
                "".join(
                    (c.text or "") if c.tag == f"{_W}t" else "\t" if c.tag == f"{_W}tab" else "\n"
                    for c in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br")
                )
                .replace("\xa0", " ")
                .strip()
            )
            if text:
                lines.append(text)
        return "\n".join(lines)

    def _table(self, tbl) -> Table:
        rows: list[list[str]] = []
        header_rows = 0
        above: dict[int, str] = {}  # grid column -> text of the cell that a vertical merge continues
        for r, tr in enumerate(tbl.findall(f"{_W}tr")):
            trpr = tr.find(f"{_W}trPr")
            if trpr is not None and trpr.find(f"{_W}tblHeader") is not None and header_rows == r:
                header_rows += 1
            row: list[str] = []
            for tc in tr.findall(f"{_W}tc"):
                tcpr = tc.find(f"{_W}tcPr")
                span = 1
                merge = None
                if tcpr is not None:
                    gs = tcpr.find(f"{_W}gridSpan")
                    if gs is not None and (gs.get(f"{_W}val") or "").isdigit():
                        span = max(1, min(int(gs.get(f"{_W}val")), 60))
                    vm = tcpr.find(f"{_W}vMerge")
                    if vm is not None:
                        merge = vm.get(f"{_W}val") or "continue"
                col = len(row)
                text = above.get(col, "") if merge == "continue" else self._cell_text(tc)
                for i in range(span):
                    row.append(text)
                    above[col + i] = text
            rows.append(row)
        return Table(square(rows), header_rows)
