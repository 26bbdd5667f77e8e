"""Exporting a PDF into memory and reading its text back, for the export tests."""

from __future__ import annotations

import io

from desktop.export.pdf import export_pdf


def export(doc, **kw) -> bytes:
    """The PDF's bytes (deterministic unless a test says otherwise)."""
    kw.setdefault("deterministic", True)
    buffer = io.BytesIO()
    export_pdf(doc, buffer, **kw)
    return buffer.getvalue()


def page_texts(data: bytes) -> list[str]:
    import pypdf  # the tests that read text skip without it (pytest.importorskip)

    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def normal(text: str) -> str:
    """Spaces of every kind (no-break, narrow) as one plain space."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
