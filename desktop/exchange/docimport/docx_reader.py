"""Word .docx (and .docm, read as the plain format: macros are never opened) through python-docx.

python-docx (MIT) is the maintained reader of WordprocessingML that the Word export also uses; the body is
walked on its lxml tree directly, which is what keeps a 100-page document well under a second."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from desktop.core.richtext import Span, check_href, text_span
from desktop.core.text_limits import TextError
from desktop.exchange.docimport.blocks import MAX_BLOCKS, Block, Para, Table, square
from desktop.exchange.docimport.errors import DocumentImportError
from desktop.exchange.docimport.rich import strip_spans

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


_REF = "ref"  # a printed footnote mark (a superscript number) until its note paragraph is found


def _spans(pieces: list[Span | None]) -> tuple[Span, ...]:
    """The runs of a paragraph, consecutive runs of one link joined into one link."""
    out: list[Span] = []
    for piece in pieces:
        if piece is None:
            continue
        if piece.kind == "a" and out and out[-1].kind == "a" and out[-1].href == piece.href:
            out[-1] = Span("a", "", out[-1].children + piece.children, piece.href)
        else:
            out.append(piece)
    return strip_spans(tuple(out))


def _printed_notes(blocks: list[Block]) -> list[Block]:
    """Footnotes as this app's Word export prints them (a superscript number in the text, the note in a
    paragraph after it starting with the same superscript number) back into footnotes at their marks; a mark
    without its note stays the number it shows."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        i += 1
        if not isinstance(b, Para) or not any(s.kind == _REF for s in b.spans):
            out.append(b)
            continue
        notes: dict[str, tuple[Span, ...]] = {}
        if b.spans[0].kind == _REF and not b.list_kind and not b.heading:
            out.append(_unmarked(b, notes))  # a note paragraph with no text referring to it
            continue
        while i < len(blocks) and isinstance(nb := blocks[i], Para) and nb.spans and nb.spans[0].kind == _REF:
            notes[_mark(nb.spans[0])] = strip_spans(nb.spans[1:])
            i += 1
        out.append(_unmarked(b, notes))
    return out


def _mark(span: Span) -> str:
    return "".join(c.text for c in span.children).strip()


def _unmarked(b: Para, notes: dict[str, tuple[Span, ...]]) -> Para:
    spans = []
    for s in b.spans:
        if s.kind != _REF:
            spans.append(s)
        elif notes.get(_mark(s)):
            spans.append(Span("fn", "", notes[_mark(s)]))
        else:
            spans.extend(s.children)
    b.spans = strip_spans(tuple(spans))
    return b


class _Reader:
    def __init__(self, document) -> None:
        self.document = document
        self.styles: dict[str, tuple[int | None, bool, str | None, bool]] = {}
        self.style_levels: dict[str, int] = {}  # the list level a list style gives ("List Bullet 2": 1)
        for style in document.styles.element.findall(f"{_W}style"):
            self.styles[style.get(f"{_W}styleId")] = self._style_facts(style)
            self.style_levels[style.get(f"{_W}styleId")] = self._style_level(style)
        self.bullets = self._bullet_lists()
        self.field_stack: list[str] = []
        self.images: dict[str, bytes] = {}
        self.notes: dict[str, str] | None = None  # footnote id -> its text, read when first referred to

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

    @staticmethod
    def _style_level(style) -> int:
        ilvl = style.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
        if ilvl is not None and (ilvl.get(f"{_W}val") or "").isdigit():
            return min(int(ilvl.get(f"{_W}val")), 8)
        name_el = style.find(f"{_W}name")
        m = re.match(r"^list (?:bullet|number)\s*(\d)$", ((name_el.get(f"{_W}val") if name_el is not None else "")
                                                         or "").strip().lower())  # fmt: skip
        return max(0, int(m.group(1)) - 1) if m else 0

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
        return _printed_notes(out)

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
            list_level = self.style_levels.get(style_id, 0)
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
        pieces: list[Span | None] = []  # each run's text with its emphasis, link or footnote
        for node in p.iter(f"{_W}r", f"{_W}fldSimple"):
            if node.tag == f"{_W}fldSimple":
                if "TOC" in (node.get(f"{_W}instr") or ""):
                    in_toc = True
                continue
            text = self._run(node, images)
            if "TOC" in self.field_stack:
                in_toc = True
            note = node.find(f"{_W}footnoteReference")
            if note is not None:
                pieces.append(self._footnote(note.get(f"{_W}id")))
            if text:
                parts.append(text)
                rpr = node.find(f"{_W}rPr")
                pieces.append(self._piece(node, rpr, text))
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
            spans=_spans(pieces),
        )

    @staticmethod
    def _flag(rpr, name: str) -> bool:
        el = rpr.find(f"{_W}{name}") if rpr is not None else None
        return el is not None and el.get(f"{_W}val") not in ("0", "false")

    def _piece(self, r, rpr, text: str) -> Span:
        """A run's text as an inline run: bold and italic set on the run itself (a heading style's bold is the
        style's, not emphasis), inside its link; a superscript number is a printed footnote mark (`_REF`)."""
        text = text.replace("\xa0", " ")
        va = rpr.find(f"{_W}vertAlign") if rpr is not None else None
        if va is not None and va.get(f"{_W}val") == "superscript" and re.fullmatch(r"\s*\d{1,3}\s*", text):
            return Span(_REF, "", (text_span(text),))  # children: normalising drops an empty element
        span = text_span(text)
        if self._flag(rpr, "i"):
            span = Span("i", "", (span,))
        if self._flag(rpr, "b"):
            span = Span("b", "", (span,))
        parent = r.getparent()
        if parent is not None and parent.tag == f"{_W}hyperlink":
            href = self._link(parent.get(f"{{{R}}}id"))
            if href:
                span = Span("a", "", (span,), href)
        return span

    def _link(self, rel_id: str | None) -> str:
        """A hyperlink's target if it is one a plan may keep (http, https, mailto); else "" (the words stay)."""
        try:
            rel = self.document.part.rels[rel_id]
            href = rel.target_ref if rel.is_external else ""
        except (KeyError, AttributeError):
            return ""
        try:
            return check_href(href)
        except TextError:
            return ""

    def _footnote(self, note_id: str | None) -> Span | None:
        """A footnote at its reference: its text from the footnotes part."""
        if self.notes is None:
            self.notes = self._footnotes()
        text = self.notes.get(note_id or "", "")
        return Span("fn", "", (text_span(text),)) if text else None

    def _footnotes(self) -> dict[str, str]:
        from lxml import etree

        for rel in self.document.part.rels.values():
            if rel.reltype.endswith("/footnotes") and not rel.is_external:
                try:
                    root = etree.fromstring(rel.target_part.blob, etree.XMLParser(resolve_entities=False,
                                                                                   no_network=True))  # fmt: skip
                except etree.XMLSyntaxError:
                    return {}
                out = {}
                for fn in root.findall(f"{_W}footnote"):
                    if fn.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                        continue
                    paras = (
                        "".join(t.text or "" for t in p.iter(f"{_W}t")).replace("\xa0", " ").strip()
                        for p in fn.iter(f"{_W}p")
                    )
                    out[fn.get(f"{_W}id") or ""] = " ".join(x for x in paras if x)
                return out
        return {}

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
