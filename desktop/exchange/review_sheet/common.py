"""What writing and reading a review sheet share: the format's limits, its errors and preview records
(`SheetError`, `SheetChange`, `SheetImport`), the fingerprint of a row's editable cells and the values those
cells hold in the plan."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.core.model import Document, FundingSource, Review, ReviewEntry

FORMAT, FORMAT_VERSION = "plan-review-sheet", 1
META_SHEET = "plan"  # hidden: format, plan, review, language
MAX_FILE_BYTES = 20 * 1024 * 1024
# An .xlsx is zip-compressed XML: this bounds what a small file can unpack to, read from the archive's directory
# before anything is unpacked. A review sheet of 10,000 rows unpacks to a few MB; the workbook is parsed twice
# (values and formulas), so 32 MB keeps the import under 200 MB of memory.
MAX_UNPACKED_BYTES = 32 * 1024 * 1024
MAX_ROWS = 10_000
CONFLICT_PLAN, CONFLICT_FILE = "plan", "file"


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


def canonical(value: object) -> str:
    """The one text form of a value, for comparing and hashing ("" is no data)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return "0" if value == 0 else format(value.normalize(), "f")
    return str(value)


def _shown(value: object) -> str:
    text = canonical(value)
    return f'"{text[:60]}"' if text else "nothing"


def cell_digest(ident: str, value: object) -> str:
    return hashlib.sha256(f"{ident}\x1f{canonical(value)}".encode()).hexdigest()[:12]


def row_fingerprint(ident: str, values: dict[str, object]) -> str:
    return ";".join(f"{key}={cell_digest(f'{ident}/{key}', value)}" for key, value in values.items())


def parse_fingerprint(text: object) -> dict[str, str] | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        pairs = dict(part.split("=", 1) for part in text.split(";"))
    except ValueError:
        return None
    return pairs if all(re.fullmatch(r"[0-9a-f]{12}", d) for d in pairs.values()) else None


def current_value(doc: Document, entry: ReviewEntry, name: str, target: str | None) -> object:
    """The plan's value of one field of a review entry."""
    if name in ("status", "progress", "updated"):
        return getattr(entry, name)
    if name == "spending":
        return next((s.amount for s in entry.spending if s.source == target), None)
    if name == "value":
        return next((v.value for v in entry.values if v.indicator_id == target), None)
    return entry.text(name).get(target)


# Each editable column of the review sheet: (key, field, target given the sheet's language).
ENTRY_FIELDS: tuple[tuple[str, str, Callable[[str], str | None]], ...] = (
    ("status", "status", lambda lang: None),
    ("progress", "progress", lambda lang: None),
    *((f"spent_{s.value}", "spending", lambda lang, s=s: s.value) for s in FundingSource),
    ("comment", "comment", lambda lang: lang),
    ("evidence", "evidence", lambda lang: lang),
    ("updated", "updated", lambda lang: None),
)


def entry_values(doc: Document, entry: ReviewEntry, lang: str) -> dict[str, object]:
    return {key: current_value(doc, entry, name, target(lang)) for key, name, target in ENTRY_FIELDS}


def find_review(doc: Document, year: int) -> Review:
    """The review of `year` (of the newest version of the plan when several were reviewed that year)."""
    found = [r for r in doc.reviews if r.year == year]
    if not found:
        raise SheetError(f"the plan has no review of {year}")
    versions = {p.id: p.number for p in doc.action_plans}
    return max(found, key=lambda r: versions.get(r.plan_id, 0))


def review_of(doc: Document, review: Review | str) -> Review:
    found = doc.find(review if isinstance(review, str) else review.id)
    if not isinstance(found, Review):
        raise SheetError("no such review in this plan")
    return found


# -- export --------------------------------------------------------------------------------------------
