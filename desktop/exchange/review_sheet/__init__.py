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
catalogues: the sheet's language is the recipient's, not the interface's. They are in `texts`.

The package: `texts` (the three languages), `common` (limits, errors, previews, fingerprints), `layout`
(writing), `reading` (reading and applying). Its public names are importable from here.
"""

from __future__ import annotations

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
    entry_values,
    find_review,
    parse_fingerprint,
    review_of,
    row_fingerprint,
)
from desktop.exchange.review_sheet.layout import (
    export_review_sheet,
)
from desktop.exchange.review_sheet.reading import (
    apply_sheet_import,
    iter_descriptions,
    read_review_sheets,
)
from desktop.exchange.review_sheet.texts import (
    CYRILLIC_STATUS_NAMES,
    IDENTITY_HEADERS,
    INSTRUCTIONS,
    LABELS,
    STATUS_NAMES,
)

__all__ = [
    "CONFLICT_FILE",
    "CONFLICT_PLAN",
    "CYRILLIC_STATUS_NAMES",
    "ENTRY_FIELDS",
    "FORMAT",
    "FORMAT_VERSION",
    "IDENTITY_HEADERS",
    "INSTRUCTIONS",
    "LABELS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "MAX_UNPACKED_BYTES",
    "META_SHEET",
    "STATUS_NAMES",
    "SheetChange",
    "SheetError",
    "SheetImport",
    "apply_sheet_import",
    "canonical",
    "cell_digest",
    "current_value",
    "entry_values",
    "export_review_sheet",
    "find_review",
    "iter_descriptions",
    "parse_fingerprint",
    "read_review_sheets",
    "review_of",
    "row_fingerprint",
]
