"""The PDF export: the strategy, the action plan, a yearly review, the assembly decision, the minutes of a
meeting or the donor version, in one, two or three languages, side by side or one after the other (see
`document.export_pdf`); the changes since the approved version (see `changes.export_changes_pdf`).

Importing this package imports reportlab: import it only when a PDF is made.
"""

from desktop.export.pdf.changes import export_changes_pdf
from desktop.export.pdf.document import (
    DOCUMENTS,
    LAYOUTS,
    ExportError,
    ExportResult,
    IncompleteError,
    check_completeness,
    describe_missing,
    export_pdf,
)
from desktop.export.pdf.pages import ExportCancelled

__all__ = [
    "DOCUMENTS",
    "LAYOUTS",
    "ExportCancelled",
    "ExportError",
    "ExportResult",
    "IncompleteError",
    "check_completeness",
    "describe_missing",
    "export_changes_pdf",
    "export_pdf",
]
