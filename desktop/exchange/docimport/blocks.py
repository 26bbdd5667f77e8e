"""What every reader gives the recogniser: the document's paragraphs and tables in reading order, with the
little each format tells about them (heading level, bold, list, table of contents), merged cells laid out."""

from __future__ import annotations

from dataclasses import dataclass, field

# The most a reader takes in: a 100-page plan has some 3,000 paragraphs and 500 table rows.
MAX_BLOCKS = 60_000
MAX_TABLE_ROWS = 5_000
MAX_TABLE_COLUMNS = 60


@dataclass
class Para:
    text: str
    heading: int | None = None  # 1 for a top-level heading (style or outline level), 0 for the title
    bold: bool = False  # every character is bold
    list_kind: str | None = None  # "bullet" or "number" for an automatic list item
    list_level: int = 0
    toc: bool = False  # inside a table of contents (its field, control or style)
    images: list[bytes] = field(default_factory=list)  # PNG/JPEG pictures placed in it
    spans: tuple = ()  # its inline runs (richtext.Span: bold, italic, links, footnotes); () when only `text`


@dataclass
class Table:
    """A table as a grid: a vertically merged cell's text repeated in every row it spans, a horizontally
    merged one in every column it spans; `header_rows`: rows marked to repeat at the top of each page."""

    rows: list[list[str]]
    header_rows: int = 0


Block = Para | Table


def square(rows: list[list[str]]) -> list[list[str]]:
    """Rows padded to one width and cut to the limits."""
    rows = [r[:MAX_TABLE_COLUMNS] for r in rows[:MAX_TABLE_ROWS]]
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]
