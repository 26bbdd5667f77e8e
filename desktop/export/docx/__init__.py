"""The Word export: the strategy, the action plan, the decision or a review report as a .docx file with
Word's own styles (see `document.export_docx`).

Importing this package imports python-docx: import it only when a Word file is made.
"""

from desktop.export.docx.document import DOCUMENTS, LAYOUTS, DocxExportError, DocxResult, export_docx

__all__ = ["DOCUMENTS", "LAYOUTS", "DocxExportError", "DocxResult", "export_docx"]
