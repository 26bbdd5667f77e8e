"""Excel .xlsx (and .xlsm, whose macros openpyxl never runs: it does not keep them unless asked) via openpyxl.

openpyxl (MIT) is already the app's spreadsheet library (review sheets); merged ranges are read from the sheet
so an objective merged over its activities reaches every row."""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.exchange.docimport.blocks import MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, Block, Para, Table, square
from desktop.exchange.docimport.errors import DocumentImportError


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\xa0", " ").strip()


def read_xlsx(path: Path) -> list[Block]:
    import openpyxl  # lazy: only an import of a workbook needs it

    try:
        book = openpyxl.load_workbook(path, data_only=True, keep_vba=False, keep_links=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentImportError(f"{path.name} is not a readable Excel workbook: {exc}") from None
    except Exception as exc:  # a damaged part
        raise DocumentImportError(f"{path.name} is damaged: {exc.__class__.__name__}") from None
    out: list[Block] = []
    try:
        for sheet in book.worksheets:
            if sheet.sheet_state != "visible":
                continue
            height = min(sheet.max_row, MAX_TABLE_ROWS)
            width = min(sheet.max_column, MAX_TABLE_COLUMNS)
            rows = [
                [_text(v) for v in row]
                for row in sheet.iter_rows(min_row=1, max_row=height, max_col=width, values_only=True)
            ]
            for merged in sheet.merged_cells.ranges:
                top = (
                    rows[merged.min_row - 1][merged.min_col - 1]
                    if merged.min_row <= height and merged.min_col <= width
                    else ""
                )
                for r in range(merged.min_row, min(merged.max_row, height) + 1):
                    for c in range(merged.min_col, min(merged.max_col, width) + 1):
                        rows[r - 1][c - 1] = top
            rows = [r for r in rows if any(r)]
            if rows:
                out.append(Para(sheet.title, heading=1))
                out.append(Table(square(rows)))
    finally:
        book.close()
    return out
