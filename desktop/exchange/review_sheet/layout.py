"""Writing a review sheet: the workbook's sheets (instructions, activities, indicators, the hidden plan sheet),
their locked and open cells, drop-downs and formats."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desktop.core.cells import put_text
from desktop.core.model import Activity, ActivityStatus, Document, FundingSource, Review
from desktop.core.operations import MAX_AMOUNT
from desktop.core.text import LANGUAGES
from desktop.exchange.review_sheet.common import (
    ENTRY_FIELDS,
    FORMAT,
    FORMAT_VERSION,
    META_SHEET,
    SheetError,
    current_value,
    entry_values,
    review_of,
    row_fingerprint,
)
from desktop.exchange.review_sheet.texts import IDENTITY_HEADERS, INSTRUCTIONS, LABELS, STATUS_NAMES
from desktop.storage.files import replace_atomically, temp_beside

_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
_UNLOCKED = Protection(locked=False)
_WRAP = Alignment(wrap_text=True, vertical="top")
_AMOUNT_FORMAT, _DATE_FORMAT = "#,##0.00", "DD.MM.YYYY"


def export_review_sheet(doc: Document, review: Review | str, lang: str, target: str | Path | BinaryIO) -> None:
    """Write the review as a workbook for the responsible bodies, in `lang`, to a path or a binary stream.

    A path is written atomically (a temporary file beside it, then renamed).
    """
    review = review_of(doc, review)
    if lang not in LANGUAGES:
        raise SheetError(f"unknown language {lang!r} (expected one of {', '.join(LANGUAGES)})")
    if review.closed:
        raise SheetError(f"the review of {review.year} is closed; re-open it to collect updates")
    workbook = _build_workbook(doc, review, lang)
    if not isinstance(target, str | Path):
        workbook.save(target)
        return
    buffer = io.BytesIO()
    workbook.save(buffer)
    path = Path(target)
    tmp = temp_beside(path)
    try:
        tmp.write_bytes(buffer.getvalue())
        replace_atomically(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SheetError(f"cannot write {path}: {exc.strerror}") from None


def _put(ws, row: int, column: int, value: object, *, editable: bool = False, number_format: str | None = None):
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        put_text(cell, ILLEGAL_CHARACTERS_RE.sub("", value))  # stays text, whatever it starts with ("=", "+")
    else:
        cell.value = value
    if editable:
        cell.protection = _UNLOCKED
    else:
        cell.fill = _LOCKED_FILL
    if number_format:
        cell.number_format = number_format
    cell.alignment = _WRAP
    return cell


def _header(ws, headers: list[str], widths: list[int], hidden: int) -> None:
    for column, (text, width) in enumerate(zip(headers, widths, strict=True), 1):
        cell = _put(ws, 1, column, text)
        cell.font, cell.fill = Font(bold=True), _HEADER_FILL
        letter = get_column_letter(column)
        ws.column_dimensions[letter].width = width
        ws.column_dimensions[letter].hidden = column <= hidden
    ws.freeze_panes = ws.cell(row=2, column=hidden + 2)  # the number stays in view


def _protect(ws, last_row: int, last_column: int) -> None:
    ws.protection.sheet = True  # no password: the protection prevents mistakes, not intent
    ws.protection.formatColumns = False  # columns may be widened
    ws.protection.formatRows = False
    ws.protection.autoFilter = False
    if last_row > 1:
        ws.auto_filter.ref = f"A1:{get_column_letter(last_column)}{last_row}"


# What Excel and LibreOffice check while the cells are filled in: (message, DataValidation arguments).
_CHECKS: dict[str, tuple[str, dict[str, str]]] = {
    "progress": ("progress_error", {"type": "whole", "operator": "between", "formula1": "0", "formula2": "100"}),
    "amount": ("amount_error", {"type": "decimal", "operator": "greaterThanOrEqual", "formula1": "0"}),
    "value": (
        "value_error",
        {"type": "decimal", "operator": "between", "formula1": f"{-(MAX_AMOUNT - 1)}", "formula2": f"{MAX_AMOUNT - 1}"},
    ),
    "date": (  # 1.1.2000 to 31.12.2100 as spreadsheet day numbers
        "date_error",
        {"type": "date", "operator": "between", "formula1": "36526", "formula2": "73415"},
    ),
}


def _validation(ws, lang: str, check: str, columns: list[int], last_row: int, **kwargs) -> None:
    if last_row < 2:
        return
    message, arguments = _CHECKS.get(check, (f"{check}_error", {}))
    labels = LABELS[lang]
    dv = DataValidation(
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=labels["invalid"],
        error=labels[message],
        **arguments,
        **kwargs,
    )
    for column in columns:
        letter = get_column_letter(column)
        dv.add(f"{letter}2:{letter}{last_row}")
    ws.add_data_validation(dv)


def _build_workbook(doc: Document, review: Review, lang: str) -> Workbook:
    labels = LABELS[lang]
    year, currency = review.year, doc.municipality.currency
    titles = {
        "review_sheet": labels["review_sheet"].format(year=year),
        "indicators_sheet": labels["indicators_sheet"],
        "instructions_sheet": labels["instructions_sheet"],
    }
    workbook = Workbook()
    _write_instructions(workbook.active, doc, review, lang, titles)
    rows = [
        (entry, activity)
        for entry in review.entries
        if entry.activity_id and isinstance(activity := doc.find(entry.activity_id), Activity)
    ]
    numbers = doc.numbers()
    _write_entries(workbook.create_sheet(titles["review_sheet"]), doc, rows, numbers, lang, year, currency)
    _write_indicators(workbook.create_sheet(titles["indicators_sheet"]), doc, rows, numbers, lang, year)
    meta = workbook.create_sheet(META_SHEET)
    for key, value in (
        ("format", FORMAT),
        ("format_version", FORMAT_VERSION),
        ("document_id", doc.id),
        ("review_id", review.id),
        ("year", year),
        ("lang", lang),
        ("currency", currency),
        ("exported", datetime.now().astimezone().isoformat(timespec="seconds")),
    ):
        meta.append([key, value])
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
    return workbook


def _write_instructions(ws, doc: Document, review: Review, lang: str, titles: dict[str, str]) -> None:
    title, paragraphs = INSTRUCTIONS[lang]
    values = {
        "year": review.year,
        "municipality": doc.municipality.name.best(lang)[0],
        "currency": doc.municipality.currency,
        "date": date.today().strftime("%d.%m.%Y"),
        **titles,
    }
    ws.title = titles["instructions_sheet"]
    ws.column_dimensions["A"].width = 110
    _put(ws, 1, 1, title.format(**values)).font = Font(bold=True, size=14)
    for row, paragraph in enumerate(paragraphs, 3):
        _put(ws, row, 1, paragraph.format(**values)).fill = PatternFill()
    ws.protection.sheet = True


def _write_entries(ws, doc, rows, numbers, lang: str, year: int, currency: str) -> None:
    labels = LABELS[lang]
    keys = ["entry_id", "activity_id", "fingerprint", "no", "objective", "activity", "responsible"]
    keys += [key for key, _name, _target in ENTRY_FIELDS]
    headers = [IDENTITY_HEADERS.get(k) or labels[k].format(currency=currency) for k in keys]
    _header(ws, headers, [38, 38, 40, 7, 30, 40, 24, 16, 11, 16, 16, 16, 16, 40, 30, 14], hidden=3)
    column = {key: i for i, key in enumerate(keys, 1)}
    objectives = {o.id: o for o in doc.objectives}
    for row, (entry, activity) in enumerate(rows, 2):
        values = entry_values(doc, entry, lang)
        objective = objectives.get(activity.objective_id)
        for key, value in (
            ("entry_id", entry.id),
            ("activity_id", activity.id),
            ("fingerprint", row_fingerprint(entry.id, values)),
            ("no", numbers.get(activity.id, "")),
            ("objective", objective.title.best(lang)[0] if objective else ""),
            ("activity", activity.title.best(lang)[0]),
            ("responsible", activity.responsible.best(lang)[0]),
        ):
            _put(ws, row, column[key], value)
        status = values["status"]
        _put(ws, row, column["status"], STATUS_NAMES[lang][ActivityStatus(status)] if status else None, editable=True)
        _put(ws, row, column["progress"], values["progress"], editable=True, number_format="0")
        for source in FundingSource:
            key = f"spent_{source.value}"
            _put(ws, row, column[key], values[key], editable=True, number_format=_AMOUNT_FORMAT)
        _put(ws, row, column["comment"], values["comment"], editable=True)
        _put(ws, row, column["evidence"], values["evidence"], editable=True)
        updated = date.fromisoformat(values["updated"]) if values["updated"] else None
        _put(ws, row, column["updated"], updated, editable=True, number_format=_DATE_FORMAT)
    last = len(rows) + 1
    names = ",".join(STATUS_NAMES[lang].values())
    _validation(ws, lang, "status", [column["status"]], last, type="list", formula1=f'"{names}"')
    _validation(ws, lang, "progress", [column["progress"]], last)
    _validation(ws, lang, "amount", [column[f"spent_{source.value}"] for source in FundingSource], last)
    _validation(ws, lang, "date", [column["updated"]], last)
    _protect(ws, last, len(keys))


def _write_indicators(ws, doc, rows, numbers, lang: str, year: int) -> None:
    labels = LABELS[lang]
    keys = ["entry_id", "activity_id", "indicator_id", "fingerprint", "no", "activity", "indicator", "unit"]
    keys += ["baseline", "target", "value"]
    headers = [IDENTITY_HEADERS.get(k) or labels[k].format(year=year) for k in keys]
    _header(ws, headers, [38, 38, 38, 20, 7, 40, 40, 14, 14, 16, 18], hidden=4)
    column = {key: i for i, key in enumerate(keys, 1)}
    row = 1
    for entry, activity in rows:
        for indicator in activity.indicators:
            row += 1
            current = current_value(doc, entry, "value", indicator.id)
            for key, value in (
                ("entry_id", entry.id),
                ("activity_id", activity.id),
                ("indicator_id", indicator.id),
                ("fingerprint", row_fingerprint(f"{entry.id}/{indicator.id}", {"value": current})),
                ("no", numbers.get(activity.id, "")),
                ("activity", activity.title.best(lang)[0]),
                ("indicator", indicator.name.best(lang)[0]),
                ("unit", indicator.unit.best(lang)[0]),
                ("baseline", indicator.baseline),
                ("target", indicator.targets.get(year)),
            ):
                _put(ws, row, column[key], value)
            _put(ws, row, column["value"], current, editable=True)
    _validation(ws, lang, "value", [column["value"]], row)
    _protect(ws, row, len(keys))


# -- reading one returned file ----------------------------------------------------------------------------
