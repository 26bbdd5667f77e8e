"""Importing plans people already have: Word (.docx), LibreOffice (.odt, .ods) and Excel (.xlsx) documents read
into a preview of chapters, objectives, activities and the decision, then written into a plan as one step.

    preview = read_preview(path)       # DocumentImportError with a message for the user
    change = apply(preview, doc)       # into the open plan (one undo step); apply_new(preview) for a new one

Another language version of the open plan is paired with it instead (pairing.py):

    pairing = pair(doc, preview.build())   # pairs with their confidence, the unpaired items, what it replaces
    change = apply_pairing(pairing, doc)   # the texts as translations of the current source, one step
"""

from __future__ import annotations

from pathlib import Path

from desktop.exchange.docimport.errors import DocumentImportError
from desktop.exchange.docimport.preview import ROLES, Preview, PreviewItem, PreviewTable, apply, apply_new
from desktop.exchange.docimport.safety import check_file

__all__ = [
    "ROLES",
    "DocumentImportError",
    "Preview",
    "PreviewItem",
    "PreviewTable",
    "apply",
    "apply_new",
    "read_blocks",
    "read_preview",
]


def read_blocks(path: Path):
    """The document's paragraphs and tables, after the safety checks (size, zip bomb, encryption, format)."""
    kind = check_file(path)
    if kind == "docx":
        from desktop.exchange.docimport.docx_reader import read_docx

        return read_docx(path)
    if kind == "xlsx":
        from desktop.exchange.docimport.xlsx_reader import read_xlsx

        return read_xlsx(path)
    from desktop.exchange.docimport.odf_reader import read_ods, read_odt

    return read_odt(path) if kind == "odt" else read_ods(path)


def read_preview(path: str | Path, lang: str | None = None) -> Preview:
    """Read and recognise a document; nothing is written until `apply`."""
    from desktop.exchange.docimport.recognise import recognise

    path = Path(path)
    blocks = read_blocks(path)
    return recognise(blocks, path.name, lang)
