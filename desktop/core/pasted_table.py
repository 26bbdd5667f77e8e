"""Tables pasted from Word, Excel or LibreOffice: the clipboard's HTML or tab-separated text as rows of cells.

Word and Excel put an HTML table on the clipboard (merged cells as rowspan/colspan: an objective
cell spanning its activities), plus tab-separated text where quoted cells may hold line breaks.
Both become a plain grid of strings; a merged cell's text is repeated in every row it spans.
"""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

MAX_ROWS = 5000
MAX_COLUMNS = 60
# Word's HTML for a 5,000-row table is some 20 MB; a larger clipboard is not a plan's table and is not parsed.
MAX_CLIPBOARD_CHARS = 20_000_000


class _TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._depth = 0
        self._row: list[tuple[str, int, int]] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._skip = 0  # inside <style>/<script>/<head>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head", "title"):
            self._skip += 1
        elif tag == "table":
            self._depth += 1
            if self._depth == 1:
                self.tables.append([])
        elif self._depth != 1:
            if self._cell is not None and tag in ("br", "p", "div", "li"):
                self._cell.append("\n")  # a nested table's text still reaches the outer cell
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            a = dict(attrs)
            self._span = (_int(a.get("rowspan")), _int(a.get("colspan")))
            self._cell = []
        elif tag in ("br", "p", "div", "li") and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag == "table":
            self._depth = max(0, self._depth - 1)
        elif self._depth != 1:
            return
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append((_clean("".join(self._cell)), *self._span))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self.tables:
                self.tables[-1].append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._skip:
            self._cell.append(re.sub(r"\s+", " ", data))


def _int(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), MAX_ROWS))
    except ValueError:
        return 1


def _clean(text: str) -> str:
    lines = [line.strip() for line in text.replace("\xa0", " ").split("\n")]
    return "\n".join(line for line in lines if line)


def _expand(rows: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """Lay out cells with rowspan/colspan on a grid, repeating merged cells' text."""
    grid: dict[tuple[int, int], str] = {}
    for r, row in enumerate(rows[:MAX_ROWS]):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in grid:
                c += 1
            # spans are cut at the grid's edges first: rowspan=5000 colspan=5000 costs no more than one row
            for dr in range(min(rowspan, MAX_ROWS - r) if c < MAX_COLUMNS else 0):
                for dc in range(min(colspan, MAX_COLUMNS - c)):
                    grid[(r + dr, c + dc)] = text
            c += colspan
    if not grid:
        return []
    height = max(r for r, _c in grid) + 1
    width = max(c for _r, c in grid) + 1
    return [[grid.get((r, c), "") for c in range(width)] for r in range(height)]


def parse_html(html: str) -> list[list[str]]:
    """The largest table in an HTML fragment as rows of cell texts ([] when there is none)."""
    parser = _TableParser()
    parser.feed(html)
    parser.close()
    tables = [_expand(t) for t in parser.tables]
    tables = [t for t in tables if t]
    return max(tables, key=lambda t: len(t) * len(t[0])) if tables else []


def parse_tsv(text: str) -> list[list[str]]:
    """Tab-separated text as Excel and LibreOffice write it (quoted cells may span lines)."""
    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t", quotechar='"')
    rows = [[_clean(cell) for cell in row[:MAX_COLUMNS]] for row, _ in zip(reader, range(MAX_ROWS), strict=False)]
    rows = [row for row in rows if any(row)]
    width = max((len(r) for r in rows), default=0)
    return [row + [""] * (width - len(row)) for row in rows]


def parse_clipboard(html: str | None, text: str | None) -> list[list[str]]:
    """Prefer the HTML table (it keeps line breaks and merged cells), else the tab-separated text.

    A clipboard larger than MAX_CLIPBOARD_CHARS gives no rows rather than minutes of parsing."""
    if html and len(html) > MAX_CLIPBOARD_CHARS:
        html = None
    if text and len(text) > MAX_CLIPBOARD_CHARS:
        text = None
    if html:
        rows = parse_html(html)
        if rows:
            return rows
    return parse_tsv(text or "") if text and ("\t" in text or "\n" in text.strip()) else []
