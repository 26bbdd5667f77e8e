"""Review updates collected by spreadsheet: an .xlsx the responsible bodies fill in and send back by e-mail.

`export_review_sheet` writes a workbook in one language (sq, sr or en): an instructions sheet, one row per
activity of the review (status from a drop-down, progress, money spent per funding source, comment,
evidence, date of the update) and one row per indicator (the value reached). What comes from the plan is
locked; only the cells to fill in are open. Hidden columns identify each row (entry, activity, indicator)
and carry its fingerprint; a hidden sheet names the plan, the review and the language.

`read_review_sheets` reads one or more filled-in files and returns a preview (`SheetImport`): the changes,
the conflicts and the errors, nothing applied. `apply_sheet_import` applies the changes as one compound
operation made of the core's review operations.

The fingerprint holds a short hash of every editable cell's value as exported (not one hash of the whole
row): a cell the body did not touch is then never a change nor a conflict, even when the plan changed it
since, and a cell the body changed is a change when the plan kept its exported value, a conflict when the
plan changed it too (shown, never applied). Several files are read in order: when a later one changes a
cell an earlier one already changed, to another value, that is a conflict between the files.

Files come from outside: they are size-checked before they are opened, read with openpyxl in read-only,
values-only mode (a formula counts as the value it last showed, one never computed is refused; openpyxl
parses the XML with defusedxml), and every problem is a `SheetError` with a message for the user, never a
traceback. Cells that cannot be used are listed as errors; a file that cannot be used at all raises.

The sheet's texts in the three languages (labels, statuses, instructions) live here, not in the interface
catalogues: the sheet's language is the recipient's, not the interface's. They are a third of the module.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.worksheet.datavalidation import DataValidation

from desktop.core import operations as op
from desktop.core import reviews as rv
from desktop.core.amounts import NOT_A_NUMBER, AmountError, parse_amount
from desktop.core.cells import put_text
from desktop.core.model import Activity, ActivityStatus, Document, FundingSource, Indicator, Review, ReviewEntry
from desktop.core.operations import MAX_AMOUNT, Change
from desktop.core.text import LANGUAGES, TextError, clean_text
from desktop.storage.files import replace_atomically, temp_beside

FORMAT, FORMAT_VERSION = "plan-review-sheet", 1
META_SHEET = "plan"  # hidden: format, plan, review, language
MAX_FILE_BYTES = 20 * 1024 * 1024
# An .xlsx is zip-compressed XML: this bounds what a small file can unpack to, read from the archive's directory
# before anything is unpacked. A review sheet of 10,000 rows unpacks to a few MB; the workbook is parsed twice
# (values and formulas), so 32 MB keeps the import under 200 MB of memory.
MAX_UNPACKED_BYTES = 32 * 1024 * 1024
MAX_ROWS = 10_000
CONFLICT_PLAN, CONFLICT_FILE = "plan", "file"

# -- texts in the three languages (Serbian in Latin) ----------------------------------------------------

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "review_sheet": "Review {year}",
        "indicators_sheet": "Indicators",
        "instructions_sheet": "Instructions",
        "no": "No.",
        "objective": "Objective",
        "activity": "Activity",
        "responsible": "Responsible",
        "status": "Status",
        "progress": "Progress %",
        "spent_municipal": "Spent: municipal budget ({currency})",
        "spent_central": "Spent: central budget ({currency})",
        "spent_donor": "Spent: donors ({currency})",
        "spent_other": "Spent: other sources ({currency})",
        "comment": "Comment",
        "evidence": "Evidence",
        "updated": "Date of update",
        "indicator": "Indicator",
        "unit": "Unit",
        "baseline": "Baseline",
        "target": "Target {year}",
        "value": "Value reached {year}",
        "invalid": "Invalid value",
        "status_error": "Choose a status from the list.",
        "progress_error": "Enter a whole number from 0 to 100.",
        "amount_error": "Enter an amount of 0 or more.",
        "value_error": "Enter a number.",
        "date_error": "Enter a date (dd.mm.yyyy).",
    },
    "sq": {
        "review_sheet": "Shqyrtimi {year}",
        "indicators_sheet": "Treguesit",
        "instructions_sheet": "Udhëzime",
        "no": "Nr.",
        "objective": "Objektivi",
        "activity": "Aktiviteti",
        "responsible": "Përgjegjës",
        "status": "Statusi",
        "progress": "Përparimi %",
        "spent_municipal": "Shpenzuar: buxheti komunal ({currency})",
        "spent_central": "Shpenzuar: buxheti qendror ({currency})",
        "spent_donor": "Shpenzuar: donatorët ({currency})",
        "spent_other": "Shpenzuar: burime të tjera ({currency})",
        "comment": "Koment",
        "evidence": "Dëshmi",
        "updated": "Data e përditësimit",
        "indicator": "Treguesi",
        "unit": "Njësia",
        "baseline": "Vlera fillestare",
        "target": "Vlera e synuar {year}",
        "value": "Vlera e arritur {year}",
        "invalid": "Vlerë e pavlefshme",
        "status_error": "Zgjidhni një status nga lista.",
        "progress_error": "Shënoni një numër të plotë nga 0 deri në 100.",
        "amount_error": "Shënoni një shumë 0 ose më të madhe.",
        "value_error": "Shënoni një numër.",
        "date_error": "Shënoni një datë (dd.mm.vvvv).",
    },
    "sr": {
        "review_sheet": "Pregled {year}",
        "indicators_sheet": "Indikatori",
        "instructions_sheet": "Uputstvo",
        "no": "Br.",
        "objective": "Cilj",
        "activity": "Aktivnost",
        "responsible": "Odgovoran",
        "status": "Status",
        "progress": "Napredak %",
        "spent_municipal": "Potrošeno: opštinski budžet ({currency})",
        "spent_central": "Potrošeno: centralni budžet ({currency})",
        "spent_donor": "Potrošeno: donatori ({currency})",
        "spent_other": "Potrošeno: ostali izvori ({currency})",
        "comment": "Komentar",
        "evidence": "Dokaz",
        "updated": "Datum ažuriranja",
        "indicator": "Indikator",
        "unit": "Jedinica",
        "baseline": "Početna vrednost",
        "target": "Ciljana vrednost {year}",
        "value": "Postignuta vrednost {year}",
        "invalid": "Neispravna vrednost",
        "status_error": "Izaberite status sa liste.",
        "progress_error": "Upišite ceo broj od 0 do 100.",
        "amount_error": "Upišite iznos 0 ili veći.",
        "value_error": "Upišite broj.",
        "date_error": "Upišite datum (dd.mm.gggg).",
    },
}

STATUS_NAMES: dict[str, dict[ActivityStatus, str]] = {
    "en": {
        ActivityStatus.COMPLETED: "Completed",
        ActivityStatus.IN_PROGRESS: "In progress",
        ActivityStatus.DELAYED: "Delayed",
        ActivityStatus.NOT_STARTED: "Not started",
        ActivityStatus.CANCELLED: "Cancelled",
        ActivityStatus.POSTPONED: "Postponed",
    },
    "sq": {
        ActivityStatus.COMPLETED: "Realizuar",
        ActivityStatus.IN_PROGRESS: "Në proces",
        ActivityStatus.DELAYED: "Me vonesë",
        ActivityStatus.NOT_STARTED: "Nuk ka filluar",
        ActivityStatus.CANCELLED: "Anuluar",
        ActivityStatus.POSTPONED: "E shtyrë",
    },
    "sr": {
        ActivityStatus.COMPLETED: "Realizovano",
        ActivityStatus.IN_PROGRESS: "U toku",
        ActivityStatus.DELAYED: "Kasni",
        ActivityStatus.NOT_STARTED: "Nije započeto",
        ActivityStatus.CANCELLED: "Otkazano",
        ActivityStatus.POSTPONED: "Odloženo",
    },
}
# Accepted on import too: Serbian typed in Cyrillic.
_CYRILLIC_STATUS_NAMES = {
    ActivityStatus.COMPLETED: "Реализовано",
    ActivityStatus.IN_PROGRESS: "У току",
    ActivityStatus.DELAYED: "Касни",
    ActivityStatus.NOT_STARTED: "Није започето",
    ActivityStatus.CANCELLED: "Отказано",
    ActivityStatus.POSTPONED: "Одложено",
}

INSTRUCTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": (
        "Annual implementation review {year}: {municipality}",
        (
            "This workbook collects your report on the activities of the action plan in {year}. Fill it in and "
            "send it back by e-mail as it is, as an .xlsx file.",
            'Sheet "{review_sheet}": one row per activity. Fill in the white columns: the status (choose it from '
            "the list), the progress in percent (a whole number from 0 to 100), the money spent in {year} from "
            "each funding source in {currency}, a comment, the evidence (a report, an attendance list …) and the "
            "date of your update.",
            'Sheet "{indicators_sheet}": one row per indicator of each activity, with its target for {year}. '
            "Enter the value reached in {year} in the white column.",
            "Leave a cell empty when you have no data; do not write 0 for “no data”.",
            "The grey columns come from the plan and are protected. Do not add, delete, move or copy rows, do "
            "not rename the sheets and do not change the hidden columns: they tell the application which "
            "activity each row belongs to.",
            "If the plan was changed after this file was sent to you, the application shows the differences to "
            "the municipality instead of overwriting them.",
            "Exported on {date}.",
        ),
    ),
    "sq": (
        "Shqyrtimi vjetor i zbatimit {year}: {municipality}",
        (
            "Ky libër pune mbledh raportin tuaj për aktivitetet e planit të veprimit në vitin {year}. Plotësojeni "
            "dhe dërgojeni përsëri me e-mail ashtu siç është, si skedar .xlsx.",
            'Fleta "{review_sheet}": një rresht për çdo aktivitet. Plotësoni kolonat e bardha: statusin '
            "(zgjidheni nga lista), përparimin në përqindje (numër i plotë nga 0 deri në 100), paratë e "
            "shpenzuara në vitin {year} nga secili burim financimi në {currency}, një koment, dëshminë (një "
            "raport, një listë pjesëmarrësish …) dhe datën e përditësimit tuaj.",
            'Fleta "{indicators_sheet}": një rresht për çdo tregues të secilit aktivitet, me vlerën e synuar për '
            "vitin {year}. Shënoni vlerën e arritur në vitin {year} në kolonën e bardhë.",
            "Lëreni qelizën bosh kur nuk keni të dhëna; mos shkruani 0 për „nuk ka të dhëna“.",
            "Kolonat gri vijnë nga plani dhe janë të mbrojtura. Mos shtoni, fshini, zhvendosni ose kopjoni "
            "rreshta, mos i riemërtoni fletët dhe mos ndryshoni kolonat e fshehura: ato i tregojnë aplikacionit "
            "se cilit aktivitet i përket secili rresht.",
            "Nëse plani është ndryshuar pasi ju është dërguar ky skedar, aplikacioni ia tregon komunës dallimet "
            "në vend që t'i mbishkruajë.",
            "Eksportuar më {date}.",
        ),
    ),
    "sr": (
        "Godišnji pregled sprovođenja {year}: {municipality}",
        (
            "Ova radna sveska prikuplja vaš izveštaj o aktivnostima akcionog plana u {year}. godini. Popunite je "
            "i vratite e-poštom onakvu kakva jeste, kao .xlsx datoteku.",
            'List "{review_sheet}": jedan red za svaku aktivnost. Popunite bele kolone: status (izaberite ga sa '
            "liste), napredak u procentima (ceo broj od 0 do 100), novac potrošen u {year}. godini iz svakog "
            "izvora finansiranja u {currency}, komentar, dokaz (izveštaj, spisak učesnika …) i datum vašeg "
            "ažuriranja.",
            'List "{indicators_sheet}": jedan red za svaki indikator svake aktivnosti, sa ciljanom vrednošću za '
            "{year}. godinu. U belu kolonu upišite vrednost postignutu u {year}. godini.",
            "Ostavite ćeliju praznu kada nemate podatke; ne upisujte 0 umesto „nema podataka“.",
            "Sive kolone dolaze iz plana i zaštićene su. Ne dodajte, ne brišite, ne premeštajte i ne kopirajte "
            "redove, ne preimenujte listove i ne menjajte skrivene kolone: one aplikaciji govore kojoj "
            "aktivnosti pripada svaki red.",
            "Ako je plan izmenjen nakon što vam je ova datoteka poslata, aplikacija opštini prikazuje razlike "
            "umesto da ih prepiše.",
            "Izvezeno {date}.",
        ),
    ),
}

# The hidden identity columns keep these headers in every language.
IDENTITY_HEADERS = {
    "entry_id": "entry id",
    "activity_id": "activity id",
    "indicator_id": "indicator id",
    "fingerprint": "fingerprint",
}


class SheetError(ValueError):
    """A review sheet that cannot be written or read; `str()` is one line for the user, with where it is."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message, self.file, self.sheet, self.row, self.column = message, file, sheet, row, column

    def __str__(self) -> str:
        where = [
            self.file,
            f'sheet "{self.sheet}"' if self.sheet else None,
            f"row {self.row}" if self.row else None,
            f'column "{self.column}"' if self.column else None,
        ]
        where = [w for w in where if w]
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass(frozen=True)
class SheetChange:
    """One cell of a returned sheet that differs from the plan: a change, or a conflict that is not applied.

    `field` is "status", "progress", "updated", "spending", "comment", "evidence" or "value"; `target` is the
    funding source (spending), the language (comment, evidence) or the indicator id (value), else None.
    `old` is the plan's current value, `new` the sheet's: status values are `ActivityStatus` values, progress
    an int, dates ISO strings, amounts and indicator values Decimals; None (or "" for texts) is "no data".
    """

    entry_id: str
    activity_id: str
    number: str  # the activity's number in the plan (1.2)
    field: str
    target: str | None
    old: object
    new: object
    file: str
    sheet: str
    row: int
    column: str
    reason: str | None = None  # conflicts only: CONFLICT_PLAN or CONFLICT_FILE
    other_file: str | None = None  # CONFLICT_FILE: the earlier file that changed the cell
    other_value: object = None  # CONFLICT_FILE: the value the earlier file gave

    def describe(self) -> str:
        """One line in English (the command line prints it)."""
        where = f'{self.file}, sheet "{self.sheet}", row {self.row}, column "{self.column}" (activity {self.number})'
        if self.reason == CONFLICT_PLAN:
            return (
                f"{where}: the plan has {_shown(self.old)} since the export, the sheet {_shown(self.new)}; "
                "the plan's value is kept"
            )
        if self.reason == CONFLICT_FILE:
            return (
                f"{where}: {self.other_file} already changed it to {_shown(self.other_value)}, "
                f"this file to {_shown(self.new)}; not applied"
            )
        return f"{where}: {_shown(self.old)} -> {_shown(self.new)}"


@dataclass
class SheetImport:
    """What reading returned sheets found; nothing is applied until `apply_sheet_import`."""

    document_id: str
    review_id: str
    year: int
    files: list[str]
    changes: list[SheetChange] = field(default_factory=list)
    conflicts: list[SheetChange] = field(default_factory=list)
    errors: list[SheetError] = field(default_factory=list)  # cells and rows that were refused

    @property
    def counts(self) -> dict[str, int]:
        return {"changes": len(self.changes), "conflicts": len(self.conflicts), "errors": len(self.errors)}


# -- values: canonical form, fingerprints, the plan's current value -----------------------------------


def _canon(value: object) -> str:
    """The one text form of a value, for comparing and hashing ("" is no data)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return "0" if value == 0 else format(value.normalize(), "f")
    return str(value)


def _shown(value: object) -> str:
    text = _canon(value)
    return f'"{text[:60]}"' if text else "nothing"


def _digest(ident: str, value: object) -> str:
    return hashlib.sha256(f"{ident}\x1f{_canon(value)}".encode()).hexdigest()[:12]


def _fingerprint(ident: str, values: dict[str, object]) -> str:
    return ";".join(f"{key}={_digest(f'{ident}/{key}', value)}" for key, value in values.items())


def _parse_fingerprint(text: object) -> dict[str, str] | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        pairs = dict(part.split("=", 1) for part in text.split(";"))
    except ValueError:
        return None
    return pairs if all(re.fullmatch(r"[0-9a-f]{12}", d) for d in pairs.values()) else None


def _current(doc: Document, entry: ReviewEntry, name: str, target: str | None) -> object:
    """The plan's value of one field of a review entry."""
    if name in ("status", "progress", "updated"):
        return getattr(entry, name)
    if name == "spending":
        return next((s.amount for s in entry.spending if s.source == target), None)
    if name == "value":
        return next((v.value for v in entry.values if v.indicator_id == target), None)
    return entry.text(name).get(target)


# Each editable column of the review sheet: (key, field, target given the sheet's language).
_ENTRY_FIELDS: tuple[tuple[str, str, Callable[[str], str | None]], ...] = (
    ("status", "status", lambda lang: None),
    ("progress", "progress", lambda lang: None),
    *((f"spent_{s.value}", "spending", lambda lang, s=s: s.value) for s in FundingSource),
    ("comment", "comment", lambda lang: lang),
    ("evidence", "evidence", lambda lang: lang),
    ("updated", "updated", lambda lang: None),
)


def _entry_values(doc: Document, entry: ReviewEntry, lang: str) -> dict[str, object]:
    return {key: _current(doc, entry, name, target(lang)) for key, name, target in _ENTRY_FIELDS}


def find_review(doc: Document, year: int) -> Review:
    """The review of `year` (of the newest version of the plan when several were reviewed that year)."""
    found = [r for r in doc.reviews if r.year == year]
    if not found:
        raise SheetError(f"the plan has no review of {year}")
    versions = {p.id: p.number for p in doc.action_plans}
    return max(found, key=lambda r: versions.get(r.plan_id, 0))


def _review(doc: Document, review: Review | str) -> Review:
    found = doc.find(review if isinstance(review, str) else review.id)
    if not isinstance(found, Review):
        raise SheetError("no such review in this plan")
    return found


# -- export --------------------------------------------------------------------------------------------

_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
_UNLOCKED = Protection(locked=False)
_WRAP = Alignment(wrap_text=True, vertical="top")
_AMOUNT_FORMAT, _DATE_FORMAT = "#,##0.00", "DD.MM.YYYY"


def export_review_sheet(doc: Document, review: Review | str, lang: str, target: str | Path | BinaryIO) -> None:
    """Write the review as a workbook for the responsible bodies, in `lang`, to a path or a binary stream.

    A path is written atomically (a temporary file beside it, then renamed).
    """
    review = _review(doc, review)
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
    keys += [key for key, _name, _target in _ENTRY_FIELDS]
    headers = [IDENTITY_HEADERS.get(k) or labels[k].format(currency=currency) for k in keys]
    _header(ws, headers, [38, 38, 40, 7, 30, 40, 24, 16, 11, 16, 16, 16, 16, 40, 30, 14], hidden=3)
    column = {key: i for i, key in enumerate(keys, 1)}
    objectives = {o.id: o for o in doc.objectives}
    for row, (entry, activity) in enumerate(rows, 2):
        values = _entry_values(doc, entry, lang)
        objective = objectives.get(activity.objective_id)
        for key, value in (
            ("entry_id", entry.id),
            ("activity_id", activity.id),
            ("fingerprint", _fingerprint(entry.id, values)),
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
            current = _current(doc, entry, "value", indicator.id)
            for key, value in (
                ("entry_id", entry.id),
                ("activity_id", activity.id),
                ("indicator_id", indicator.id),
                ("fingerprint", _fingerprint(f"{entry.id}/{indicator.id}", {"value": current})),
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


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


_STATUS_BY_NAME: dict[str, str] = {}
for _names in (*STATUS_NAMES.values(), _CYRILLIC_STATUS_NAMES):
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
        raise SheetError(f"the progress must be between 0 and 100, not {_canon(number)}")
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
            for key, name, target in _ENTRY_FIELDS:
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
        fingerprint = _parse_fingerprint(cells.get("fingerprint"))
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
        old = _current(self.doc, entry, name, target)
        if _canon(old) == _canon(new) or (isinstance(raw, float) and isinstance(old, Decimal) and float(old) == raw):
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
        if exported is not None and _digest(f"{ident}/{key}", old) == exported:
            self._propose(change)  # the plan kept the exported value: the body changed it
        elif exported is not None and _digest(f"{ident}/{key}", new) == exported:
            return  # the body left the exported value; the plan's newer one stays
        else:
            self.result.conflicts.append(replace(change, reason=CONFLICT_PLAN))

    def _propose(self, change: SheetChange) -> None:
        key = (change.entry_id, change.field, change.target)
        earlier = self.proposed.get(key)
        if earlier is None:
            self.proposed[key] = change
            self.result.changes.append(change)
        elif _canon(earlier.new) != _canon(change.new):
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
    review = _review(doc, review)
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
        if _canon(_current(doc, entry, one.field, one.target)) != _canon(one.old):
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
