"""Reading returned review sheets: every cell parsed and checked against the plan, a preview of changes,
conflicts and errors (`read_review_sheets`), then the changes applied as one operation (`apply_sheet_import`)."""

from __future__ import annotations

import io
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from openpyxl import load_workbook
from openpyxl.utils.datetime import from_excel

from desktop.core import operations as op
from desktop.core import reviews as rv
from desktop.core.amounts import NOT_A_NUMBER, AmountError, parse_amount
from desktop.core.model import ActivityStatus, Document, Indicator, Review, ReviewEntry
from desktop.core.operations import MAX_AMOUNT, Change
from desktop.core.text import LANGUAGES, TextError, clean_text
from desktop.exchange.review_sheet.common import (
    CONFLICT_FILE,
    CONFLICT_PLAN,
    ENTRY_FIELDS,
    FORMAT,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    META_SHEET,
    SheetChange,
    SheetError,
    SheetImport,
    canonical,
    cell_digest,
    current_value,
    parse_fingerprint,
    review_of,
)
from desktop.exchange.review_sheet.texts import CYRILLIC_STATUS_NAMES, IDENTITY_HEADERS, LABELS, STATUS_NAMES


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


_STATUS_BY_NAME: dict[str, str] = {}
for _names in (*STATUS_NAMES.values(), CYRILLIC_STATUS_NAMES):
    _STATUS_BY_NAME.update({_fold(name): status.value for status, name in _names.items()})
_STATUS_BY_NAME.update({_fold(s.value.replace("_", " ")): s.value for s in ActivityStatus})


def _blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _number(raw: object, what: str) -> Decimal:
    if isinstance(raw, bool | date):
        raise SheetError(f"{what} must be a number")
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        if raw != raw or raw in (float("inf"), float("-inf")):
            raise SheetError(f"{what} must be a number")
        return Decimal(repr(raw))
    text = str(raw).strip()
    for space in (" ", "\u00a0", "\u202f", "'"):
        text = text.replace(space, "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # a decimal comma typed as text
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
        raise SheetError(f'{what} must be a number, not "{str(raw)[:40]}"')
    return Decimal(text)


def _parse_status(raw: object, lang: str) -> str | None:
    if _blank(raw):
        return None
    status = _STATUS_BY_NAME.get(_fold(str(raw)))
    if status is None:
        names = ", ".join(STATUS_NAMES[lang].values())
        raise SheetError(f'"{str(raw)[:40]}" is not a status; choose one of: {names}')
    return status


def _parse_progress(raw: object, lang: str) -> int | None:
    if _blank(raw):
        return None
    number = _number(raw.strip().removesuffix("%") if isinstance(raw, str) else raw, "the progress")
    if number != number.to_integral_value():
        raise SheetError("the progress must be a whole number of percent")
    if not 0 <= number <= 100:
        raise SheetError(f"the progress must be between 0 and 100, not {canonical(number)}")
    return int(number)


def _parse_amount(raw: object, lang: str) -> Decimal | None:
    if _blank(raw):
        return None
    if isinstance(raw, str):
        # Typed text: the rule the window uses ("12.500" is 12 500 in every language; "1,2345" is refused).
        try:
            number = parse_amount(raw, allow_negative=True)  # the sign is refused below, in the sheet's words
        except AmountError as exc:
            if exc.reason == NOT_A_NUMBER:
                raise SheetError(f'the amount must be a number, not "{raw.strip()[:40]}"') from None
            raise SheetError(str(exc)) from None
    else:
        number = _number(raw, "the amount")
    if number < 0:
        raise SheetError("the amount cannot be negative")
    if number >= MAX_AMOUNT:
        raise SheetError("the amount is too large")
    return number


def _parse_value(raw: object, lang: str) -> Decimal | None:
    if _blank(raw):
        return None
    number = _number(raw, "the value")
    if abs(number) >= MAX_AMOUNT:
        raise SheetError("the value is too large")
    return number


def _parse_date(raw: object, lang: str) -> str | None:
    if _blank(raw):
        return None
    if isinstance(raw, datetime):
        day = raw.date()
    elif isinstance(raw, date):
        day = raw
    elif isinstance(raw, int | float) and not isinstance(raw, bool) and 1 <= raw < 2958466:
        day = from_excel(raw).date()  # a date that lost its cell format
    else:
        text = str(raw).strip().rstrip(".")
        iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        local = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text)
        try:
            if iso:
                day = date(int(iso[1]), int(iso[2]), int(iso[3]))
            elif local:
                day = date(int(local[3]), int(local[2]), int(local[1]))
            else:
                raise ValueError
        except ValueError:
            raise SheetError(f'"{str(raw)[:40]}" is not a date (dd.mm.yyyy)') from None
    if not 1900 < day.year < 2200:
        raise SheetError(f"{day.isoformat()} is not a plausible date of update")
    return day.isoformat()


def _parse_text(raw: object, lang: str) -> str:
    if raw is None:
        return ""
    if isinstance(raw, datetime | date):
        raw = raw.strftime("%d.%m.%Y")
    elif isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    try:
        text = clean_text(str(raw))
    except TextError as exc:
        raise SheetError(str(exc)) from None
    return text if text.strip() else ""


_PARSERS: dict[str, Callable[[object, str], object]] = {
    "status": _parse_status,
    "progress": _parse_progress,
    "updated": _parse_date,
    "spending": _parse_amount,
    "comment": _parse_text,
    "evidence": _parse_text,
    "value": _parse_value,
}


@dataclass(frozen=True)
class _Row:
    number: int
    cells: dict[str, object]  # column key -> value (a formula's computed value)
    uncomputed: frozenset[str]  # columns holding a formula that was never computed (written by a program)


@dataclass
class _Returned:
    """One opened file: its hidden description and its two data sheets as rows of {column key: value}."""

    name: str
    meta: dict[str, object]
    sheets: dict[str, tuple[str, list[_Row]]]  # kind -> (title, rows)


def _open(data: bytes, name: str) -> tuple[object, object]:
    """The workbook twice, read-only: the values formulas last showed, and the formulas themselves."""
    if not isinstance(data, bytes | bytearray):
        raise SheetError("expected the bytes of an .xlsx file", file=name)
    if len(data) > MAX_FILE_BYTES:
        raise SheetError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB", file=name)
    not_xlsx = SheetError(
        "not an Excel workbook (.xlsx); save it as .xlsx, without a password, and try again", file=name
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise not_xlsx from None
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise not_xlsx
    if len(members) > 10_000 or sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise SheetError(
            f"the workbook unpacks to far more than a review sheet holds (limit {MAX_UNPACKED_BYTES // 2**20} MB)",
            file=name,
        )
    opened = []
    try:
        for data_only in (True, False):
            opened.append(load_workbook(io.BytesIO(data), read_only=True, data_only=data_only, keep_links=False))
    except Exception as exc:  # openpyxl raises many kinds on damaged files; the user needs one line
        for workbook in opened:
            workbook.close()
        raise SheetError(f"the workbook cannot be read ({exc.__class__.__name__})", file=name) from None
    return opened[0], opened[1]


def _read_file(data: bytes, name: str) -> _Returned:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about parts it skips (styles, extensions): not for users
        return _read_opened(*_open(data, name), name)


def _read_opened(workbook, formulas, name: str) -> _Returned:
    try:
        if META_SHEET not in workbook.sheetnames:
            raise SheetError("not a review sheet exported by Plan", file=name)
        meta: dict[str, object] = {}
        for row in workbook[META_SHEET].iter_rows(max_row=50, max_col=2, values_only=True):
            if row and isinstance(row[0], str):
                meta[row[0]] = row[1] if len(row) > 1 else None
        if meta.get("format") != FORMAT:
            raise SheetError("not a review sheet exported by Plan", file=name)
        if not isinstance(meta.get("format_version"), int) or meta["format_version"] > FORMAT_VERSION:
            raise SheetError("the sheet was written by a newer Plan; update Plan to read it", file=name)
        lang, year = meta.get("lang"), meta.get("year")
        if lang not in LANGUAGES or not isinstance(year, int):
            raise SheetError("the sheet's hidden description was changed", file=name)
        sheets = {}
        for kind in ("review_sheet", "indicators_sheet"):
            titles = [LABELS[x][kind].format(year=year) for x in (lang, *LANGUAGES)]
            title = next((t for t in titles if t in workbook.sheetnames), None)
            if title is None:
                raise SheetError(f'the sheet "{titles[0]}" is missing', file=name)
            headers = _headers(lang, year, str(meta.get("currency")))
            sheets[kind] = (title, _rows(workbook[title], formulas[title], name, title, headers))
        return _Returned(name, meta, sheets)
    except SheetError:
        raise
    except Exception as exc:  # a damaged sheet inside a readable workbook
        raise SheetError(f"the workbook cannot be read ({exc.__class__.__name__})", file=name) from None
    finally:
        workbook.close()
        formulas.close()


def _headers(lang: str, year: int, currency: str) -> dict[str, str]:
    """Column key by header text, as the export writes them."""
    by_header = {text: key for key, text in IDENTITY_HEADERS.items()}
    by_header.update({text.format(year=year, currency=currency): key for key, text in LABELS[lang].items()})
    return by_header


def _rows(ws, formulas_ws, name: str, title: str, by_header: dict[str, str]) -> list[_Row]:
    """The sheet's rows that hold anything, the columns found by their headers."""
    columns: dict[int, str] = {}
    rows: list[_Row] = []
    both = zip(
        ws.iter_rows(max_col=40, values_only=True), formulas_ws.iter_rows(max_col=40, values_only=True), strict=False
    )
    for number, (row, formula_row) in enumerate(both, 1):
        if number == 1:
            columns = {i: by_header[v] for i, v in enumerate(row) if isinstance(v, str) and v in by_header}
            if "entry_id" not in columns.values():
                raise SheetError("the hidden columns are missing; the sheet was changed", file=name, sheet=title)
            continue
        uncomputed = frozenset(
            key
            for i, key in columns.items()
            if i < len(row) and row[i] is None and i < len(formula_row) and str(formula_row[i]).startswith("=")
        )
        if not uncomputed and all(_blank(v) for v in row):
            continue
        if len(rows) >= MAX_ROWS:
            raise SheetError(f"more than {MAX_ROWS:,} rows", file=name, sheet=title)
        rows.append(_Row(number, {key: row[i] for i, key in columns.items() if i < len(row)}, uncomputed))
    if not columns:
        raise SheetError("the sheet is empty", file=name, sheet=title)
    return rows


# -- comparing with the plan ------------------------------------------------------------------------------


class _Reader:
    """Turns the rows of the returned files into changes, conflicts and errors."""

    def __init__(self, doc: Document, review: Review, result: SheetImport) -> None:
        self.doc, self.review, self.result = doc, review, result
        self.entries = {e.id: e for e in review.entries}
        self.numbers = doc.numbers()
        self.proposed: dict[tuple[str, str, str | None], SheetChange] = {}

    def read(self, returned: _Returned) -> None:
        lang = str(returned.meta["lang"])
        labels = LABELS[lang]
        title, rows = returned.sheets["review_sheet"]
        seen: set[str] = set()
        for line in rows:
            row, cells = line.number, line.cells
            entry = self._entry(cells, returned.name, title, row, seen)
            fingerprint = self._row_fingerprint(cells, returned.name, title, row) if entry else None
            if fingerprint is None:
                continue
            for key, name, target in ENTRY_FIELDS:
                if key in cells:
                    header = labels[key].format(currency=returned.meta.get("currency"))
                    where = (returned.name, title, row, header)
                    self._cell(entry, name, target(lang), line, lang, fingerprint, key, entry.id, where)
        title, rows = returned.sheets["indicators_sheet"]
        seen = set()
        header = labels["value"].format(year=self.review.year)
        for line in rows:
            row, cells = line.number, line.cells
            entry = self._entry(cells, returned.name, title, row, None)
            if entry is None:
                continue
            indicator_id = cells.get("indicator_id")
            indicator = self.doc.find(indicator_id) if isinstance(indicator_id, str) else None
            if not isinstance(indicator, Indicator) or self.doc.parent_of(indicator).id != entry.activity_id:
                self._error("the indicator is no longer one of this activity's", returned.name, title, row)
                continue
            if (entry.id, indicator.id) in seen:
                self._error("the indicator appears twice; the second row is ignored", returned.name, title, row)
                continue
            seen.add((entry.id, indicator.id))
            fingerprint = self._row_fingerprint(cells, returned.name, title, row)
            if fingerprint is not None and "value" in cells:
                where = (returned.name, title, row, header)
                ident = f"{entry.id}/{indicator.id}"
                self._cell(entry, "value", indicator.id, line, lang, fingerprint, "value", ident, where)

    def _error(self, message: str, file: str, sheet: str, row: int, column: str | None = None) -> None:
        self.result.errors.append(SheetError(message, file=file, sheet=sheet, row=row, column=column))

    def _entry(self, cells, file, sheet, row, seen: set | None) -> ReviewEntry | None:
        entry_id = cells.get("entry_id")
        if _blank(entry_id):
            if any(not _blank(v) for k, v in cells.items() if k not in IDENTITY_HEADERS):
                self._error("a row without its hidden identity (added by hand?) is ignored", file, sheet, row)
            return None
        entry = self.entries.get(entry_id) if isinstance(entry_id, str) else None
        if entry is None or entry.activity_id is None:
            self._error("the row is not an activity of this review; it is ignored", file, sheet, row)
            return None
        if cells.get("activity_id") != entry.activity_id:
            self._error("the row's hidden activity was changed; it is ignored", file, sheet, row)
            return None
        if seen is not None:
            if entry.id in seen:
                self._error("the activity appears twice; the second row is ignored", file, sheet, row)
                return None
            seen.add(entry.id)
        return entry

    def _row_fingerprint(self, cells, file, sheet, row) -> dict[str, str] | None:
        fingerprint = parse_fingerprint(cells.get("fingerprint"))
        if fingerprint is None:
            self._error("the row's hidden fingerprint was changed; the row is ignored", file, sheet, row)
        return fingerprint

    def _cell(self, entry, name, target, line: _Row, lang, fingerprint, key, ident, where) -> None:
        file, sheet, row, column = where
        if key in line.uncomputed:
            message = "a formula that was never computed: open the file in Excel or LibreOffice, save it, send it again"
            self._error(message, file, sheet, row, column)
            return
        raw = line.cells[key]
        try:
            new = _PARSERS[name](raw, lang)
        except SheetError as exc:
            self._error(exc.message, file, sheet, row, column)
            return
        old = current_value(self.doc, entry, name, target)
        if canonical(old) == canonical(new) or (
            isinstance(raw, float) and isinstance(old, Decimal) and float(old) == raw
        ):
            return  # as in the plan (a float cell may show a long decimal slightly rounded)
        exported = fingerprint.get(key)
        change = SheetChange(
            entry_id=entry.id,
            activity_id=entry.activity_id,
            number=self.numbers.get(entry.activity_id, ""),
            field=name,
            target=target,
            old=old,
            new=new,
            file=file,
            sheet=sheet,
            row=row,
            column=column,
        )
        if exported is not None and cell_digest(f"{ident}/{key}", old) == exported:
            self._propose(change)  # the plan kept the exported value: the body changed it
        elif exported is not None and cell_digest(f"{ident}/{key}", new) == exported:
            return  # the body left the exported value; the plan's newer one stays
        else:
            self.result.conflicts.append(replace(change, reason=CONFLICT_PLAN))

    def _propose(self, change: SheetChange) -> None:
        key = (change.entry_id, change.field, change.target)
        earlier = self.proposed.get(key)
        if earlier is None:
            self.proposed[key] = change
            self.result.changes.append(change)
        elif canonical(earlier.new) != canonical(change.new):
            self.result.conflicts.append(
                replace(change, reason=CONFLICT_FILE, other_file=earlier.file, other_value=earlier.new)
            )


def read_review_sheets(
    doc: Document, review: Review | str | None, files: Sequence[bytes], names: Sequence[str] | None = None
) -> SheetImport:
    """Read returned review sheets (their bytes) and compare them with the plan; nothing is changed.

    `review` None takes the review the first file names. `names` (the files' names) appear in the messages.
    A file that cannot be used at all (not an .xlsx, not ours, another plan or review, too large, more than
    10,000 rows, a sheet missing) raises SheetError; refused cells and rows are listed in `errors`.
    """
    names = list(names) if names is not None else [f"file {i}" for i in range(1, len(files) + 1)]
    if len(names) != len(files):
        raise SheetError("each file needs one name")
    if not files:
        raise SheetError("no file to read")
    returned = [_read_file(data, name) for data, name in zip(files, names, strict=True)]
    if review is None:
        review = returned[0].meta.get("review_id")
        if not isinstance(review, str) or not isinstance(doc.find(review), Review):
            raise SheetError("the sheet belongs to a review this plan does not have", file=names[0])
    review = review_of(doc, review)
    if review.closed:
        raise SheetError(f"the review of {review.year} is closed; re-open it to import updates")
    for one in returned:
        if one.meta.get("document_id") != doc.id:
            raise SheetError("the sheet belongs to another plan", file=one.name)
        if one.meta.get("review_id") != review.id:
            year = one.meta.get("year")
            raise SheetError(f"the sheet belongs to the review of {year}, not of {review.year}", file=one.name)
    result = SheetImport(doc.id, review.id, review.year, names)
    reader = _Reader(doc, review, result)
    for one in returned:
        reader.read(one)
    return result


# -- applying -------------------------------------------------------------------------------------------


def _apply_one(doc: Document, change: SheetChange) -> Change:
    if change.field in ("status", "progress", "updated"):
        return rv.update_review_entry(doc, change.entry_id, **{change.field: change.new})
    if change.field == "spending":
        return rv.set_spending(doc, change.entry_id, change.target, change.new)
    if change.field == "value":
        return rv.set_indicator_value(doc, change.entry_id, change.target, change.new)
    return op.set_text(doc, change.entry_id, change.field, change.target, change.new)


def apply_sheet_import(doc: Document, sheet_import: SheetImport) -> Change:
    """Apply the changes of a read (conflicts never); a cell the plan changed since the reading is skipped."""
    if sheet_import.document_id != doc.id:
        raise op.OperationError("these review updates belong to another plan")
    change = Change("import_review_sheet")
    for one in sheet_import.changes:
        entry = doc.find(one.entry_id)
        if not isinstance(entry, ReviewEntry):
            continue
        if canonical(current_value(doc, entry, one.field, one.target)) != canonical(one.old):
            continue  # the plan changed since the reading: never write over it
        change.extend(_apply_one(doc, one))
    return change


apply_sheet_import.compound = True  # several operations: the session reloads the document if one fails


def iter_descriptions(sheet_import: SheetImport) -> Iterator[str]:
    """Every conflict and error in one line each (English), conflicts first."""
    for conflict in sheet_import.conflicts:
        yield f"conflict: {conflict.describe()}"
    for error in sheet_import.errors:
        yield f"error: {error}"
