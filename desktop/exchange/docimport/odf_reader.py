"""OpenDocument text (.odt) and spreadsheets (.ods) through odfdo.

odfdo (Apache-2.0) is the maintained OpenDocument library (odfpy has had no release since 2020); it opens the
package and its parts, and the body is walked as its elements in order."""

from __future__ import annotations

from pathlib import Path

from desktop.exchange.docimport.blocks import (
    MAX_BLOCKS,
    MAX_TABLE_COLUMNS,
    MAX_TABLE_ROWS,
    Block,
    Para,
    Table,
    square,
)
from desktop.exchange.docimport.errors import DocumentImportError


def _open(path: Path):
    import odfdo  # lazy: only an import of an OpenDocument file needs it

    try:
        return odfdo.Document(str(path))
    except Exception as exc:  # odfdo raises plain exceptions and lxml's for a damaged part
        raise DocumentImportError(f"{path.name} is not a readable OpenDocument file: {exc}") from None


def _text(el) -> str:
    """An element's text with its tabs, line breaks and spaces (text:s) as they print."""
    out: list[str] = []

    def walk(node) -> None:
        tag = node.tag
        if tag == "text:tab":
            out.append("\t")
        elif tag == "text:line-break":
            out.append("\n")
        elif tag == "text:s":
            out.append(" " * int(node.get_attribute("text:c") or 1))
        elif tag in ("text:note", "office:annotation"):
            return  # a footnote's text is not the paragraph's
        if node.text and tag not in ("text:tab", "text:line-break", "text:s"):
            out.append(node.text)
        for child in node.children:
            walk(child)
            if child.tail:
                out.append(child.tail)

    if el.text:
        out.append(el.text)
    for child in el.children:
        walk(child)
        if child.tail:
            out.append(child.tail)
    return "".join(out).replace("\xa0", " ").strip()


class _Styles:
    def __init__(self, document) -> None:
        self.bold: dict[str, bool] = {}
        self.parent: dict[str, str] = {}
        self.bullet_lists: dict[str, bool] = {}
        for part in (document.styles, document.content):
            for style in part.get_elements("//style:style"):
                name = style.get_attribute("style:name")
                parent = style.get_attribute("style:parent-style-name")
                if parent:
                    self.parent[name] = parent
                props = style.get_elements("style:text-properties")
                if props and props[0].get_attribute("fo:font-weight") in ("bold", "700", "800", "900"):
                    self.bold[name] = True
            for lst in part.get_elements("//text:list-style"):
                first = lst.children[0] if lst.children else None
                self.bullet_lists[lst.get_attribute("style:name")] = first is None or "bullet" in first.tag

    def is_bold(self, name: str | None) -> bool:
        seen = 0
        while name and seen < 10:
            if self.bold.get(name):
                return True
            name = self.parent.get(name)
            seen += 1
        return False


def read_odt(path: Path) -> list[Block]:
    document = _open(path)
    styles = _Styles(document)
    out: list[Block] = []

    def image(frame) -> list[bytes]:
        found = []
        for img in frame.get_elements(".//draw:image"):
            href = img.get_attribute("xlink:href") or ""
            try:
                data = document.get_part(href) if href else None
            except Exception:
                data = None
            if isinstance(data, bytes) and (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8\xff")):
                found.append(data)
        return found

    def para(el, *, heading=None, list_kind=None, level=0, toc=False) -> Para:
        bold = styles.is_bold(el.get_attribute("text:style-name"))
        spans = el.get_elements("text:span")
        text = _text(el)
        if not bold and spans:
            span_text = "".join(_text(s) for s in spans if styles.is_bold(s.get_attribute("text:style-name")))
            bold = bool(text) and span_text.strip() == text
        images = [b for f in el.get_elements(".//draw:frame") for b in image(f)]
        return Para(text, heading, bold, list_kind if text else None, level, toc, images)

    def walk(parent, toc: bool, list_kind: str | None = None, level: int = 0) -> None:
        for el in parent.children:
            if len(out) >= MAX_BLOCKS:
                return
            tag = el.tag
            if tag == "text:h":
                raw = el.get_attribute("text:outline-level")
                out.append(para(el, heading=int(raw) if str(raw).isdigit() else 1, toc=toc))
            elif tag == "text:p":
                out.append(para(el, list_kind=list_kind, level=level, toc=toc))
            elif tag == "text:list":
                name = el.get_attribute("text:style-name")
                kind = list_kind or ("bullet" if styles.bullet_lists.get(name, True) else "number")
                for item in el.children:
                    walk(item, toc, kind, level + (1 if list_kind else 0))
            elif tag == "table:table":
                out.append(_table(el))
            elif tag in ("text:table-of-content", "text:index-body"):
                walk(el, True)
            elif tag in ("text:section", "text:list-header", "text:list-item", "text:soft-page-break"):
                walk(el, toc, list_kind, level)

    walk(document.body, False)
    return out


def _table(table) -> Table:
    """A table:table as a grid; covered cells take the text of the cell spanning them."""
    grid: dict[tuple[int, int], str] = {}
    header_rows = 0
    rows = []
    for child in table.children:
        if child.tag == "table:table-header-rows":
            found = [r for r in child.children if r.tag == "table:table-row"]
            header_rows += len(found)
            rows.extend(found)
        elif child.tag == "table:table-row":
            rows.append(child)
        elif child.tag == "table:table-rows":
            rows.extend(r for r in child.children if r.tag == "table:table-row")
    r = 0
    for row in rows:
        repeat = min(int(row.get_attribute("table:number-rows-repeated") or 1), MAX_TABLE_ROWS - r)
        cells: list[tuple[str, int, int, bool]] = []
        for cell in row.children:
            if cell.tag not in ("table:table-cell", "table:covered-table-cell"):
                continue
            n = min(int(cell.get_attribute("table:number-columns-repeated") or 1), MAX_TABLE_COLUMNS)
            covered = cell.tag == "table:covered-table-cell"
            text = "" if covered else "\n".join(t for p in cell.children if (t := _text(p)))
            rs = int(cell.get_attribute("table:number-rows-spanned") or 1)
            cs = int(cell.get_attribute("table:number-columns-spanned") or 1)
            for _ in range(n):
                cells.append((text, rs, cs, covered))
        for _ in range(repeat):
            c = 0
            for text, rs, cs, covered in cells:
                if c >= MAX_TABLE_COLUMNS:
                    break
                if covered:
                    c += 1  # its text came from the spanning cell
                    continue
                while (r, c) in grid:
                    c += 1
                for dr in range(min(rs, MAX_TABLE_ROWS - r)):
                    for dc in range(min(cs, MAX_TABLE_COLUMNS - c)):
                        grid.setdefault((r + dr, c + dc), text)
                c += cs
            r += 1
        if r >= MAX_TABLE_ROWS:
            break
    if not grid:
        return Table([], 0)
    height = max(k[0] for k in grid) + 1
    width = max(k[1] for k in grid) + 1
    lines = [[grid.get((i, j), "") for j in range(width)] for i in range(height)]
    while lines and not any(lines[-1]):
        lines.pop()
    while lines and lines[0] and not any(row[-1] for row in lines):
        lines = [row[:-1] for row in lines]
    return Table(square(lines), header_rows)


def read_ods(path: Path) -> list[Block]:
    document = _open(path)
    out: list[Block] = []
    for table in document.body.get_elements("table:table"):
        t = _table(table)
        if t.rows:
            out.append(Para(table.get_attribute("table:name") or "", heading=1))
            out.append(t)
    return out
