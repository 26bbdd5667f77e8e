"""Text written to a spreadsheet (CSV or xlsx) stays text: never a formula that runs when the file is opened.

A cell starting with = + - @ (or a tab or carriage return, which some programs skip before looking) is
taken by Excel and LibreOffice for a formula -- `=cmd|' /C calc'!A0` starts a program. Every CSV and xlsx
the app writes goes through here.
"""

from __future__ import annotations

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"  # what spreadsheets themselves use to mark "this is text"


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def csv_cell(text: str) -> str:
    """`text` for a CSV cell: a leading apostrophe before a formula trigger (and before an apostrophe that
    itself precedes one, so `csv_value` gives back exactly what was written)."""
    if looks_like_formula(text) or (text.startswith(_QUOTE) and looks_like_formula(text.lstrip(_QUOTE))):
        return _QUOTE + text
    return text


def csv_value(cell: str) -> str:
    """The text a CSV cell written by `csv_cell` stands for."""
    if cell.startswith(_QUOTE) and looks_like_formula(cell.lstrip(_QUOTE)):
        return cell[1:]
    return cell


def put_text(cell, text: str) -> None:
    """Store `text` in an openpyxl cell as a string, whatever it starts with (no apostrophe is needed:
    the cell's type says it is text)."""
    cell.value = text
    cell.data_type = "s"
